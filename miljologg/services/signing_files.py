"""Signing by file: the student's request, the supervisor's signed response, the import.

The student writes a request for one supervisor (``write_request``), the supervisor reviews it
(``read_request``, ``earlier_answer``) and signs or rejects each session in their own data file
(``sign_request``), and the student imports the response (``import_response``) — or, after
comparing fingerprints, re-pins a supervisor's new key first (``repin``). The file format is
``services/signing_format.py``; the import and the re-pin are ``services/signing_import.py``.
Importing is all or nothing: any problem leaves the data file unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg import fs, os_errors
from miljologg.core import signing as crypto
from miljologg.core.i18n import N_, _
from miljologg.core.model import Role, SessionStatus
from miljologg.core.units import format_size
from miljologg.db.models import SessionRow, SupervisorRow, new_id
from miljologg.db.signing_models import SigningRequestRow, SupervisionGivenRow
from miljologg.services import records, signing_import, validation
from miljologg.services.audit import AuditWriter, chain_head
from miljologg.services.context import Service
from miljologg.services.errors import ValidationError
from miljologg.services.signing_base import (
    active_signature,
    create_own_key,
    own_key_row,
    pinned_key,
    profile_row,
    session_payload,
    signable_session,
    unlock_key,
)
from miljologg.services.signing_format import (
    MAX_FILE_BYTES,
    RequestItem,
    RequestView,
    bad,
    read_request,
    read_response,
    request_bytes,
    resolve_session,
    response_bytes,
    same_person,
)
from miljologg.services.signing_import import ImportResult, RepinResult

__all__ = ["EarlierAnswer", "FileSigningService", "ImportResult", "RepinResult"]

NOTHING = N_("Ingenting er importert.")
UNCHANGED = N_("Ingenting er endret.")


@dataclass(frozen=True)
class EarlierAnswer:
    """On a supervisor's file: an answer already given to a request (it is being reopened)."""

    decided_at: dt.datetime
    signed: int
    rejected: int


class FileSigningService(Service):
    """Sign-off by file: requests out, responses signed on the supervisor's file, imported."""

    def write_request(
        self, path: Path, supervisor_id: str, session_ids: Sequence[str] | None = None
    ) -> str:
        """Export a signing request for one supervisor to ``path``; returns its id.

        ``None``: every unsigned held session of the supervisor. The request is only kept if
        the write works."""
        target = Path(path)
        if not target.parent.is_dir():
            raise bad(_("Mappen {parent} finnes ikke.").format(parent=target.parent), "out")
        now = self._ctx.now()
        with self._ctx.write() as s:
            request_id, data = _create_request(s, now, supervisor_id, session_ids)
            read_request(data)  # what the supervisor's miljologg would refuse is never sent
            try:
                fs.write_bytes(target, data)
            except OSError as exc:
                raise bad(os_errors.cannot("skrive", target, exc), "out") from None
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
        out: Path | None = None,
        overwrite: bool = False,
    ) -> bytes:
        """On a supervisor's file: sign or reject (with a comment) each session of a request;
        returns the response bytes, and writes them to ``out`` when given — never over an
        existing file unless ``overwrite`` (the GUI's save dialog has asked).

        Refused when the file is not the addressee's: its owner's name differs from the name
        the request is addressed to and its key is not one the student's file knows (the
        student would refuse the response). The first time, ``create_key`` makes the file's
        key with ``passphrase``. Each decision is recorded as supervision given.
        """
        view = read_request(data)
        rejections = {
            resolve_session(view, k): (v or "").strip() for k, v in (rejections or {}).items()
        }
        for sid, comment in rejections.items():
            if not comment:
                raise bad(
                    _("Skriv en kommentar til det avviste møtet {sid}.").format(sid=sid), "comment"
                )
            # The comment goes into the student's log, CSV and dossier: the rules of any text.
            validation.text("comment", "Kommentar", comment, max_len=500)
        target = Path(out) if out is not None else None
        if target is not None and not overwrite and target.exists():
            raise bad(
                _(
                    "Filen {target} finnes allerede; et svar skrives aldri over en annen "
                    "fil. Velg et annet navn."
                ).format(target=target),
                "out",
            )
        now = self._ctx.now()
        with self._ctx.write() as s:
            response = _sign(s, now, view, passphrase, rejections, create_key)
            if target is not None:  # inside the transaction: no record without the file
                _write_response(target, response, overwrite)
            return response

    def earlier_answer(self, data: bytes) -> EarlierAnswer | None:
        """On a supervisor's file: the answer already given to this request, if any."""
        view = read_request(data)
        with self._ctx.read() as s:
            rows = list(
                s.execute(
                    select(SupervisionGivenRow).where(
                        SupervisionGivenRow.request_id == view.request_id
                    )
                ).scalars()
            )
        if not rows:
            return None
        return EarlierAnswer(
            max(r.decided_at for r in rows),
            sum(1 for r in rows if r.decision == "signed"),
            sum(1 for r in rows if r.decision == "rejected"),
        )

    def import_response(self, path: Path) -> ImportResult:
        """Import a signed response file: checked completely (the right signer, the right
        key, the request, the log), then recorded and kept in one transaction, or refused
        whole."""
        data = read_signing_file(path)
        try:
            response = read_response(data)
            now = self._ctx.now()
            with self._ctx.write() as s:
                return signing_import.import_response(s, now, response, data)
        except ValidationError as exc:
            raise _suffixed(exc, NOTHING) from None

    def repin(
        self, supervisor_id: str, path: Path, typed_fingerprint: str, reason: str = ""
    ) -> RepinResult:
        """Pin the key a response was signed with for ``supervisor_id``, on purpose, after the
        student compared fingerprints with the supervisor (see ``signing_import.repin``)."""
        data = read_signing_file(path)
        try:
            response = read_response(data)
            now = self._ctx.now()
            with self._ctx.write() as s:
                return signing_import.repin(
                    s, now, supervisor_id, response, typed_fingerprint, reason
                )
        except ValidationError as exc:
            raise _suffixed(exc, UNCHANGED) from None


def read_signing_file(path: Path | str) -> bytes:
    """A request or response file's bytes, read with a limit (``fs.read_limited``)."""
    try:
        return fs.read_limited(path, MAX_FILE_BYTES)
    except fs.TooLargeError as exc:
        raise ValidationError(
            "file",
            _(
                "{name} er større enn {limit_text} og er ikke en signeringsfil fra miljologg."
            ).format(name=Path(path).name, limit_text=format_size(exc.limit)),
        ) from None
    except OSError as exc:
        raise ValidationError("file", os_errors.cannot("lese", path, exc)) from None


def _suffixed(exc: ValidationError, suffix: str) -> ValidationError:
    suffix = " " + _(suffix)
    if not exc.message.endswith(suffix):
        exc.message += suffix
        exc.args = (exc.message,)
    return exc


def _write_response(target: Path, data: bytes, overwrite: bool) -> None:
    try:
        if overwrite:
            fs.write_bytes(target, data)
        else:
            fs.write_new_bytes(target, data)
    except FileExistsError:
        raise bad(
            _("Filen {target} finnes allerede; et svar skrives aldri over en annen fil.").format(
                target=target
            ),
            "out",
        ) from None
    except OSError as exc:
        raise bad(os_errors.cannot("skrive", target, exc), "out") from None


# ---------------------------------------------------------------------------------------------
# The student's request


def _create_request(
    s: OrmSession, now: dt.datetime, supervisor_id: str, session_ids: Sequence[str] | None
) -> tuple[str, bytes]:
    profile = profile_row(s)
    if profile is None or profile.role != Role.STUDENT.value:
        raise bad(_("Bare en students datafil kan be om signering."), "profile")
    sup = records.existing(s, SupervisorRow, supervisor_id)
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
        raise bad(
            _("Ingen usignerte møter med {name} å be om signatur for.").format(name=sup.name),
            "sessions",
        )
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
    known = [
        row.fingerprint
        for row in (pinned_key(s, supervisor_id, "in_person"), pinned)
        if row is not None
    ]
    return request_id, request_bytes(
        request_id,
        now,
        profile.id,
        profile.name,
        (sup.id, sup.name),
        fingerprint,
        payloads,
        known,
        chain_head(s),
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
            _(
                "Forespørsler signeres i veilederens egen datafil "
                "(opprett den med «miljologg init --role supervisor --name …»)."
            ),
            "profile",
        )
    key_row = own_key_row(s)
    if key_row is None:
        if not create_key:
            raise bad(_("Datafilen har ingen nøkkel ennå; velg en passordfrase."), "passphrase")
        key_row = create_own_key(s, now, passphrase)
    if key_row.fingerprint not in view.known_fingerprints and not same_person(
        profile.name, view.supervisor
    ):
        raise bad(
            _(
                "Forespørselen er til «{supervisor}», men denne datafilen tilhører "
                "«{name}». Et svar herfra ville bli avvist hos studenten; be {student} "
                "sende forespørselen til riktig veileder eller rette navnet."
            ).format(supervisor=view.supervisor, name=profile.name, student=view.student),
            "profile",
        )
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
