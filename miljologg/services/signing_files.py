"""Signing by file: the student's request, the supervisor's signed response, the import.

Request (``miljologg-signing-request`` v1, JSON): request id, student, the supervisor as the
student recorded them, the pinned fingerprint if any, and per session its canonical payload
(base64) and sha256. Response (``miljologg-signing-response`` v1): the request id, the student,
the supervisor's name, public key PEM and fingerprint, per session the decision, the payload,
its raw Ed25519 ``signature`` (base64, when signed) and a comment; and ``envelope_signature``
over the canonical JSON of everything else (sorted keys, no spaces, UTF-8), so no byte of the
file can change unnoticed. Importing is all or nothing: any problem leaves the file unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core import signing as crypto
from miljologg.core.model import Role, SessionStatus
from miljologg.db.models import (
    OwnKeyRow,
    ProfileRow,
    SessionRow,
    SignatureRow,
    SigningRequestRow,
    SupervisionGivenRow,
    SupervisorKeyRow,
    SupervisorRow,
    new_id,
)
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Context
from miljologg.services.errors import NotFoundError, ValidationError
from miljologg.services.signing import (
    KeyInfo,
    active_signature,
    create_own_key,
    describe,
    session_payload,
    signable_session,
)

REQUEST_FORMAT = "miljologg-signing-request"
RESPONSE_FORMAT = "miljologg-signing-response"
VERSION = 1
MAX_FILE_BYTES = 5_000_000
NOTHING = " Ingenting er importert."


@dataclass(frozen=True)
class RequestItem:
    session_id: str
    payload: crypto.SessionPayload
    data: bytes


@dataclass(frozen=True)
class RequestView:
    """A parsed request as the supervisor reviews it."""

    request_id: str
    student_id: str
    student: str
    supervisor: str
    pinned_fingerprint: str | None
    items: tuple[RequestItem, ...]


@dataclass(frozen=True)
class ImportResult:
    supervisor: str
    key: KeyInfo
    pinned_now: bool
    signed: tuple[str, ...]
    rejected: dict[str, str]


def _bad(message: str, field: str = "file") -> ValidationError:
    return ValidationError(field, message)


def _load(data: bytes, expected: str, what: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise _bad(f"Filen er for stor til å være {what}.")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _bad(
            f"Filen kan ikke leses: den er skadet, avkortet eller ikke {what} fra miljologg."
        ) from None
    if not isinstance(doc, dict):
        raise _bad(f"Filen er ikke {what} fra miljologg.")
    kind = doc.get("format")
    if kind != expected:
        if kind == REQUEST_FORMAT:
            raise _bad("Dette er en signeringsforespørsel, ikke et svar. Send den til veilederen.")
        if kind == RESPONSE_FORMAT:
            raise _bad("Dette er et signert svar, ikke en forespørsel.")
        raise _bad(f"Filen er ikke {what} fra miljologg.")
    if doc.get("version") != VERSION:
        raise _bad(f"Filen er laget av en annen versjon av miljologg ({doc.get('version')}).")
    return doc


def _field(doc: Mapping[str, Any], name: str, kind: type = str) -> Any:
    value = doc.get(name) if isinstance(doc, Mapping) else None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise _bad(f"Filen er skadet: feltet «{name}» mangler eller er ugyldig.")
    return value


def _decoded(doc: Mapping[str, Any], name: str) -> bytes:
    try:
        return crypto.b64decode(_field(doc, name))
    except ValueError:
        raise _bad(f"Filen er skadet: feltet «{name}» er ikke gyldig base64.") from None


def _payload(data: bytes, session_id: str, student_id: str) -> crypto.SessionPayload:
    try:
        payload = crypto.parse_payload(data)
    except crypto.SigningError as exc:
        raise _bad(f"Filen er skadet: {exc}") from None
    if payload.id != session_id or payload.student_id != student_id:
        raise _bad("Filen er skadet: et møte i filen stemmer ikke med det signerte innholdet.")
    return payload


# ---------------------------------------------------------------------------------------------
# The student's request


def create_request(
    ctx: Context, supervisor_id: str, session_ids: Sequence[str] | None = None
) -> tuple[str, bytes]:
    """Record a request and return (request id, file bytes). ``None``: every unsigned held
    session of the supervisor. The caller writes the bytes; see ``write_request``."""
    now = ctx.now()
    with ctx.write() as s:
        return _create_request(s, now, supervisor_id, session_ids)


def write_request(
    ctx: Context, path: Any, supervisor_id: str, session_ids: Sequence[str] | None = None
) -> str:
    """Create a request and write it to ``path``; the request is only kept if the write works."""
    from pathlib import Path

    target = Path(path)
    if not target.parent.is_dir():
        raise _bad(f"Mappen {target.parent} finnes ikke.", "out")
    now = ctx.now()
    with ctx.write() as s:
        request_id, data = _create_request(s, now, supervisor_id, session_ids)
        try:
            target.write_bytes(data)
        except OSError as exc:
            raise _bad(f"Kunne ikke skrive {target}: {exc.strerror or exc}.", "out") from None
    return request_id


def _create_request(
    s: OrmSession, now: dt.datetime, supervisor_id: str, session_ids: Sequence[str] | None
) -> tuple[str, bytes]:
    profile = s.execute(select(ProfileRow).limit(1)).scalar()
    if profile is None or profile.role != Role.STUDENT.value:
        raise _bad("Bare en students datafil kan be om signering.", "profile")
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
        raise _bad(f"Ingen usignerte møter med {sup.name} å be om signatur for.", "sessions")
    rows = [signable_session(s, sid, supervisor_id, sup.name) for sid in dict.fromkeys(session_ids)]
    pinned = s.execute(
        select(SupervisorKeyRow.fingerprint).where(
            SupervisorKeyRow.supervisor_id == supervisor_id, SupervisorKeyRow.origin == "file"
        )
    ).scalar()
    request_id = new_id()
    items = []
    digests: dict[str, str] = {}
    for row in rows:
        data = session_payload(s, row, profile).to_bytes()
        digests[row.id] = crypto.payload_digest(data)
        items.append({"session_id": row.id, "payload": crypto.b64encode(data)})
    doc = {
        "format": REQUEST_FORMAT,
        "version": VERSION,
        "request_id": request_id,
        "created_at": now.isoformat(),
        "student": {"id": profile.id, "name": profile.name},
        "supervisor": {"name": sup.name},
        "pinned_fingerprint": pinned,
        "items": items,
    }
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
    return request_id, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# The supervisor's side


def read_request(data: bytes) -> RequestView:
    """Parse and check a request file (nothing is written)."""
    doc = _load(data, REQUEST_FORMAT, "en signeringsforespørsel")
    student = _field(doc, "student", dict)
    student_id = _field(student, "id")
    items_doc = _field(doc, "items", list)
    if not items_doc:
        raise _bad("Forespørselen har ingen møter.")
    items = []
    for entry in items_doc:
        sid = _field(entry, "session_id")
        data_bytes = _decoded(entry, "payload")
        items.append(RequestItem(sid, _payload(data_bytes, sid, student_id), data_bytes))
    if len({i.session_id for i in items}) != len(items):
        raise _bad("Filen er skadet: et møte står to ganger.")
    pinned = doc.get("pinned_fingerprint")
    return RequestView(
        request_id=_field(doc, "request_id"),
        student_id=student_id,
        student=_field(student, "name"),
        supervisor=_field(_field(doc, "supervisor", dict), "name"),
        pinned_fingerprint=pinned if isinstance(pinned, str) else None,
        items=tuple(items),
    )


def resolve_session(view: RequestView, key: str) -> str:
    """A session id of the request from its full id or a unique prefix (CLI convenience)."""
    matches = [i.session_id for i in view.items if i.session_id.startswith(key.strip())]
    if len(matches) != 1 or not key.strip():
        raise _bad(f"Forespørselen har ikke noe (entydig) møte med id «{key}».", "reject")
    return matches[0]


def sign_request(
    ctx: Context,
    data: bytes,
    passphrase: str,
    rejections: Mapping[str, str] | None = None,
    *,
    create_key: bool = False,
) -> bytes:
    """Sign (or reject, with a comment) each session of a request; returns the response bytes.

    Runs on a supervisor's data file; the first time, ``create_key`` makes the file's key with
    ``passphrase``. Each decision is recorded as supervision given.
    """
    view = read_request(data)
    rejections = {
        resolve_session(view, k): (v or "").strip() for k, v in (rejections or {}).items()
    }
    for sid, comment in rejections.items():
        if not comment:
            raise _bad(f"Skriv en kommentar til det avviste møtet {sid}.", "comment")
    now = ctx.now()
    with ctx.write() as s:
        profile = s.execute(select(ProfileRow).limit(1)).scalar()
        if profile is None or profile.role != Role.SUPERVISOR.value:
            raise _bad(
                "Forespørsler signeres i veilederens egen datafil "
                "(opprett den med «miljologg init --role supervisor --name …»).",
                "profile",
            )
        key_row = s.execute(select(OwnKeyRow).limit(1)).scalar()
        if key_row is None:
            if not create_key:
                raise _bad("Datafilen har ingen nøkkel ennå; velg en passordfrase.", "passphrase")
            key_row = create_own_key(s, now, passphrase)
        try:
            pair = crypto.decrypt_private(key_row.encrypted_private, passphrase)
        except crypto.SigningError as exc:
            raise _bad(str(exc), "passphrase") from None
        audit = AuditWriter(s, now)
        items = []
        for item in view.items:
            comment = rejections.get(item.session_id, "")
            decision = "rejected" if item.session_id in rejections else "signed"
            sig = crypto.b64encode(pair.sign(item.data)) if decision == "signed" else ""
            entry = {
                "session_id": item.session_id,
                "decision": decision,
                "payload": crypto.b64encode(item.data),
                "comment": comment,
            }
            if sig:
                entry["signature"] = sig
            items.append(entry)
            _record_given(s, audit, view, item, decision, comment, sig, pair.fingerprint, now)
        doc: dict[str, Any] = {
            "format": RESPONSE_FORMAT,
            "version": VERSION,
            "request_id": view.request_id,
            "answered_at": now.isoformat(),
            "student": {"id": view.student_id, "name": view.student},
            "supervisor": {
                "name": profile.name,
                "fingerprint": pair.fingerprint,
                "public_key_pem": pair.public_pem,
            },
            "items": items,
        }
        doc["envelope_signature"] = crypto.b64encode(pair.sign(crypto.canonical_json(doc)))
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


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


def import_response(ctx: Context, data: bytes) -> ImportResult:
    """Check a response completely, then record it in one transaction (or refuse it whole)."""
    try:
        return _import_response(ctx, data)
    except ValidationError as exc:
        if not exc.message.endswith(NOTHING):
            exc.message += NOTHING
            exc.args = (exc.message,)
        raise


def _import_response(ctx: Context, data: bytes) -> ImportResult:
    doc = _load(data, RESPONSE_FORMAT, "et signert svar")
    request_id = _field(doc, "request_id")
    student = _field(doc, "student", dict)
    student_id, student_name = _field(student, "id"), _field(student, "name")
    supervisor = _field(doc, "supervisor", dict)
    name, fingerprint = _field(supervisor, "name"), _field(supervisor, "fingerprint")
    try:
        public = crypto.load_public_pem(_field(supervisor, "public_key_pem"))
    except crypto.SigningError as exc:
        raise _bad(f"Filen er skadet: {exc}") from None
    if crypto.fingerprint(public) != fingerprint:
        raise _bad("Filen er skadet: fingeravtrykket stemmer ikke med nøkkelen.")
    envelope = _decoded(doc, "envelope_signature")
    body = {k: v for k, v in doc.items() if k != "envelope_signature"}
    if not crypto.verify(public, crypto.canonical_json(body), envelope):
        raise _bad("Filen er endret etter at veilederen signerte den; signaturen stemmer ikke.")
    entries = []
    for entry in _field(doc, "items", list):
        sid = _field(entry, "session_id")
        payload_bytes = _decoded(entry, "payload")
        decision = _field(entry, "decision")
        if decision not in ("signed", "rejected"):
            raise _bad("Filen er skadet: ukjent avgjørelse for et møte.")
        signature = _decoded(entry, "signature") if decision == "signed" else b""
        comment = entry.get("comment", "") if isinstance(entry.get("comment"), str) else ""
        entries.append(
            (
                sid,
                payload_bytes,
                _payload(payload_bytes, sid, student_id),
                decision,
                signature,
                comment,
            )
        )

    now = ctx.now()
    with ctx.write() as s:
        profile = s.execute(select(ProfileRow).limit(1)).scalar()
        if profile is None or profile.id != student_id:
            raise _bad(f"Svaret gjelder en annen student ({student_name}), ikke denne datafilen.")
        req = s.get(SigningRequestRow, request_id)
        if req is None:
            raise _bad("Svaret hører ikke til noen forespørsel fra denne datafilen.")
        if req.answered_at is not None:
            raise _bad(
                f"Dette svaret er allerede importert ({req.answered_at.astimezone():%d.%m.%Y})."
            )
        sup = s.get(SupervisorRow, req.supervisor_id)
        sup_name = sup.name if sup else name
        pinned = s.execute(
            select(SupervisorKeyRow).where(
                SupervisorKeyRow.supervisor_id == req.supervisor_id,
                SupervisorKeyRow.origin == "file",
            )
        ).scalar()
        if pinned is not None and pinned.fingerprint != fingerprint:
            raise _bad(
                f"Svaret er signert med en annen nøkkel ({crypto.format_fingerprint(fingerprint)})"
                f" enn den som er festet for {sup_name} "
                f"({crypto.format_fingerprint(pinned.fingerprint)})."
            )
        if {e[0] for e in entries} != set(req.items) or len(entries) != len(req.items):
            raise _bad("Svaret samsvarer ikke med forespørselen (andre møter).")
        for sid, payload_bytes, payload, decision, signature, _comment in entries:
            if crypto.payload_digest(payload_bytes) != req.items[sid]:
                raise _bad(f"Svaret samsvarer ikke med forespørselen ({describe(payload)}).")
            row = s.get(SessionRow, sid)
            if row is None:
                raise _bad(f"Møtet {describe(payload)} finnes ikke lenger i loggen.")
            current = session_payload(s, row, profile)
            if current.to_bytes() != payload_bytes:
                fields = ", ".join(crypto.changed_fields(payload, current))
                raise _bad(
                    f"Møtet {describe(payload)} er endret etter at forespørselen ble laget "
                    f"({fields}). Lag en ny forespørsel."
                )
            if decision == "signed":
                if active_signature(s, sid) is not None:
                    raise _bad(f"Møtet {describe(payload)} er allerede signert.")
                if not crypto.verify(public, payload_bytes, signature):
                    raise _bad(f"Signaturen for møtet {describe(payload)} er ugyldig.")

        audit = AuditWriter(s, now)
        pinned_now = pinned is None
        if pinned is None:
            pinned = SupervisorKeyRow(
                id=new_id(),
                supervisor_id=req.supervisor_id,
                origin="file",
                fingerprint=fingerprint,
                public_pem=crypto.public_pem(public),
                encrypted_private="",
                pinned_at=now,
            )
            s.add(pinned)
            audit.record("pin", pinned, "file")
        signed: list[str] = []
        rejected: dict[str, str] = {}
        outcome: dict[str, dict[str, str]] = {}
        for sid, payload_bytes, _payload_obj, decision, signature, comment in entries:
            outcome[sid] = {"decision": decision, "comment": comment}
            if decision == "rejected":
                rejected[sid] = comment
                continue
            sig = SignatureRow(
                id=new_id(),
                session_id=sid,
                supervisor_id=req.supervisor_id,
                method="file",
                fingerprint=fingerprint,
                payload=crypto.b64encode(payload_bytes),
                signature=crypto.b64encode(signature),
                request_id=req.id,
                signed_at=now,
                void_at=None,
                void_reason="",
            )
            s.add(sig)
            audit.record("sign", sig, "file")
            signed.append(sid)
        req.answered_at = now
        req.outcome = outcome
        req.response_fingerprint = fingerprint
        audit.record("response", req)
        return ImportResult(
            supervisor=sup_name,
            key=KeyInfo(fingerprint, crypto.public_pem(public)),
            pinned_now=pinned_now,
            signed=tuple(signed),
            rejected=rejected,
        )
