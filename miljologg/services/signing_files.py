"""Signing by file: the student's request, the supervisor's signed response, the import.

The student writes a request for one supervisor (``write_request``), the supervisor signs or
rejects each session in their own data file (``sign_request``), and the student imports the
response (``import_response``). The file format is ``services/signing_format.py``. Importing is
all or nothing: any problem leaves the data file unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg import fs
from miljologg.core import signing as crypto
from miljologg.core.model import Role, SessionStatus
from miljologg.db.models import (
    SessionRow,
    SigningRequestRow,
    SupervisionGivenRow,
    SupervisorKeyRow,
    SupervisorRow,
    new_id,
)
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Context
from miljologg.services.errors import NotFoundError, ValidationError
from miljologg.services.signing_base import (
    KeyInfo,
    active_signature,
    add_signature,
    create_own_key,
    describe,
    own_key_row,
    pinned_key,
    profile_row,
    session_payload,
    signable_session,
    unlock_key,
)
from miljologg.services.signing_format import (
    RequestItem,
    RequestView,
    ResponseView,
    bad,
    read_request,
    read_response,
    request_bytes,
    resolve_session,
    response_bytes,
)

NOTHING = " Ingenting er importert."


@dataclass(frozen=True)
class ImportResult:
    supervisor: str
    key: KeyInfo
    pinned_now: bool
    signed: tuple[str, ...]
    rejected: dict[str, str]


class FileSigningService:
    """Sign-off by file: requests out, responses signed on the supervisor's file, imported."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def write_request(
        self, path: Path, supervisor_id: str, session_ids: Sequence[str] | None = None
    ) -> str:
        """Export a signing request for one supervisor to ``path``; returns its id.

        ``None``: every unsigned held session of the supervisor. The request is only kept if
        the write works."""
        target = Path(path)
        if not target.parent.is_dir():
            raise bad(f"Mappen {target.parent} finnes ikke.", "out")
        now = self._ctx.now()
        with self._ctx.write() as s:
            request_id, data = _create_request(s, now, supervisor_id, session_ids)
            try:
                fs.write_bytes(target, data)
            except OSError as exc:
                raise bad(f"Kunne ikke skrive {target}: {exc.strerror or exc}.", "out") from None
        return request_id

    def read_request(self, data: bytes) -> RequestView:
        """Parse and check a request file (nothing is written)."""
        return read_request(data)

    def sign_request(
        self,
        data: bytes,
        passphrase: str,
        rejections: Mapping[str, str] | None = None,
        *,
        create_key: bool = False,
    ) -> bytes:
        """On a supervisor's file: sign or reject (with a comment) each session of a request;
        returns the response bytes.

        The first time, ``create_key`` makes the file's key with ``passphrase``. Each decision
        is recorded as supervision given.
        """
        view = read_request(data)
        rejections = {
            resolve_session(view, k): (v or "").strip() for k, v in (rejections or {}).items()
        }
        for sid, comment in rejections.items():
            if not comment:
                raise bad(f"Skriv en kommentar til det avviste møtet {sid}.", "comment")
        now = self._ctx.now()
        with self._ctx.write() as s:
            return _sign(s, now, view, passphrase, rejections, create_key)

    def import_response(self, path: Path) -> ImportResult:
        """Import a signed response file: checked completely, then recorded in one
        transaction, or refused whole."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError(
                "file", f"Kunne ikke lese {path}: {exc.strerror or exc}."
            ) from None
        try:
            response = read_response(data)
            now = self._ctx.now()
            with self._ctx.write() as s:
                return _import(s, now, response)
        except ValidationError as exc:
            if not exc.message.endswith(NOTHING):
                exc.message += NOTHING
                exc.args = (exc.message,)
            raise


# ---------------------------------------------------------------------------------------------
# The student's request


def _create_request(
    s: OrmSession, now: dt.datetime, supervisor_id: str, session_ids: Sequence[str] | None
) -> tuple[str, bytes]:
    profile = profile_row(s)
    if profile is None or profile.role != Role.STUDENT.value:
        raise bad("Bare en students datafil kan be om signering.", "profile")
    sup = s.get(SupervisorRow, supervisor_id)
    if sup is None:
        raise NotFoundError("supervisor", "Fant ikke veilederen.")
    if session_ids is None:
        candidates = s.execute(
            select(SessionRow.id)
            .where(
                SessionRow.supervisor_id == supervisor_id,
                SessionRow.status == SessionStatus.HELD.value,
            )
            .order_by(SessionRow.date)
        ).scalars()
        session_ids = [sid for sid in candidates if active_signature(s, sid) is None]
    if not session_ids:
        raise bad(f"Ingen usignerte møter med {sup.name} å be om signatur for.", "sessions")
    rows = [signable_session(s, sid, supervisor_id, sup.name) for sid in dict.fromkeys(session_ids)]
    pinned = pinned_key(s, supervisor_id, "file")
    request_id = new_id()
    payloads = {row.id: session_payload(s, row, profile).to_bytes() for row in rows}
    digests = {sid: crypto.payload_digest(data) for sid, data in payloads.items()}
    req = SigningRequestRow(
        id=request_id,
        supervisor_id=supervisor_id,
        created_at=now,
        items=digests,
        answered_at=None,
        outcome={},
        response_fingerprint="",
    )
    s.add(req)
    AuditWriter(s, now).record("request", req)
    fingerprint = pinned.fingerprint if pinned else None
    return request_id, request_bytes(
        request_id, now, profile.id, profile.name, sup.name, fingerprint, payloads
    )


# ---------------------------------------------------------------------------------------------
# The supervisor's side


def _sign(
    s: OrmSession,
    now: dt.datetime,
    view: RequestView,
    passphrase: str,
    rejections: Mapping[str, str],
    create_key: bool,
) -> bytes:
    profile = profile_row(s)
    if profile is None or profile.role != Role.SUPERVISOR.value:
        raise bad(
            "Forespørsler signeres i veilederens egen datafil "
            "(opprett den med «miljologg init --role supervisor --name …»).",
            "profile",
        )
    key_row = own_key_row(s)
    if key_row is None:
        if not create_key:
            raise bad("Datafilen har ingen nøkkel ennå; velg en passordfrase.", "passphrase")
        key_row = create_own_key(s, now, passphrase)
    pair = unlock_key(key_row.encrypted_private, passphrase)
    audit = AuditWriter(s, now)
    decisions = []
    for item in view.items:
        comment = rejections.get(item.session_id, "")
        decision = "rejected" if item.session_id in rejections else "signed"
        sig = crypto.b64encode(pair.sign(item.data)) if decision == "signed" else ""
        decisions.append((item, decision, comment, sig))
        _record_given(s, audit, view, item, decision, comment, sig, pair.fingerprint, now)
    return response_bytes(view, profile.name, pair, now, decisions)


def _record_given(
    s: OrmSession,
    audit: AuditWriter,
    view: RequestView,
    item: RequestItem,
    decision: str,
    comment: str,
    signature: str,
    fingerprint: str,
    now: dt.datetime,
) -> None:
    row = s.execute(
        select(SupervisionGivenRow).where(
            SupervisionGivenRow.request_id == view.request_id,
            SupervisionGivenRow.session_id == item.session_id,
        )
    ).scalar()
    action = "update"
    if row is None:
        row = SupervisionGivenRow(
            id=new_id(), request_id=view.request_id, session_id=item.session_id
        )
        s.add(row)
        action = "create"
    p = item.payload
    row.student_id, row.student_name = view.student_id, view.student
    row.date, row.minutes, row.form, row.group_size = p.date, p.minutes, p.form, p.group_size
    row.topic, row.decision, row.comment = p.topic, decision, comment
    row.payload, row.signature, row.fingerprint = (
        crypto.b64encode(item.data),
        signature,
        fingerprint,
    )
    row.decided_at = now
    audit.record(action, row, decision)


# ---------------------------------------------------------------------------------------------
# The student imports the response


def _import(s: OrmSession, now: dt.datetime, response: ResponseView) -> ImportResult:
    fingerprint = response.fingerprint
    profile = profile_row(s)
    if profile is None or profile.id != response.student_id:
        raise bad(f"Svaret gjelder en annen student ({response.student}), ikke denne datafilen.")
    req = s.get(SigningRequestRow, response.request_id)
    if req is None:
        raise bad("Svaret hører ikke til noen forespørsel fra denne datafilen.")
    if req.answered_at is not None:
        raise bad(f"Dette svaret er allerede importert ({req.answered_at.astimezone():%d.%m.%Y}).")
    sup = s.get(SupervisorRow, req.supervisor_id)
    sup_name = sup.name if sup else response.supervisor
    pinned = pinned_key(s, req.supervisor_id, "file")
    if pinned is not None and pinned.fingerprint != fingerprint:
        raise bad(
            f"Svaret er signert med en annen nøkkel ({crypto.format_fingerprint(fingerprint)})"
            f" enn den som er festet for {sup_name} "
            f"({crypto.format_fingerprint(pinned.fingerprint)})."
        )
    entries = response.items
    if {e.session_id for e in entries} != set(req.items) or len(entries) != len(req.items):
        raise bad("Svaret samsvarer ikke med forespørselen (andre møter).")
    for e in entries:
        if crypto.payload_digest(e.data) != req.items[e.session_id]:
            raise bad(f"Svaret samsvarer ikke med forespørselen ({describe(e.payload)}).")
        row = s.get(SessionRow, e.session_id)
        if row is None:
            raise bad(f"Møtet {describe(e.payload)} finnes ikke lenger i loggen.")
        current = session_payload(s, row, profile)
        if current.to_bytes() != e.data:
            fields = ", ".join(crypto.changed_fields(e.payload, current))
            raise bad(
                f"Møtet {describe(e.payload)} er endret etter at forespørselen ble laget "
                f"({fields}). Lag en ny forespørsel."
            )
        if e.decision == "signed":
            if active_signature(s, e.session_id) is not None:
                raise bad(f"Møtet {describe(e.payload)} er allerede signert.")
            if not crypto.verify(response.public_key, e.data, e.signature):
                raise bad(f"Signaturen for møtet {describe(e.payload)} er ugyldig.")

    audit = AuditWriter(s, now)
    public_pem = crypto.public_pem(response.public_key)
    pinned_now = pinned is None
    if pinned is None:
        pinned = SupervisorKeyRow(
            id=new_id(),
            supervisor_id=req.supervisor_id,
            origin="file",
            fingerprint=fingerprint,
            public_pem=public_pem,
            encrypted_private="",
            pinned_at=now,
        )
        s.add(pinned)
        audit.record("pin", pinned, "file")
    signed: list[str] = []
    rejected: dict[str, str] = {}
    outcome: dict[str, dict[str, str]] = {}
    for e in entries:
        outcome[e.session_id] = {"decision": e.decision, "comment": e.comment}
        if e.decision == "rejected":
            rejected[e.session_id] = e.comment
            continue
        add_signature(
            s,
            audit,
            now,
            session_id=e.session_id,
            supervisor_id=req.supervisor_id,
            method="file",
            payload=e.data,
            signature=e.signature,
            fingerprint=fingerprint,
            request_id=req.id,
        )
        signed.append(e.session_id)
    req.answered_at = now
    req.outcome = outcome
    req.response_fingerprint = fingerprint
    audit.record("response", req)
    return ImportResult(
        supervisor=sup_name,
        key=KeyInfo(fingerprint, public_pem),
        pinned_now=pinned_now,
        signed=tuple(signed),
        rejected=rejected,
    )
