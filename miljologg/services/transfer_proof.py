"""The proof in a JSON export, and taking it in again: a log that moves keeps its signatures.

An export (version 2) carries, under ``proof``, every record sign-off rests on: the supervisors'
pinned and retired public keys (an in-person key with its encrypted envelope), the signatures
(payload, signature, key fingerprint, state), the signing requests with their outcomes, the
supervisors' responses as received, the paper scans (base64) and, on a supervisor's own file,
the encrypted key envelope and the «supervision given» records, and the printed sign sheets
(which session stood on which supervisor's sheet with which fingerprint, so ``signing paper``
warns after a move exactly as before). A private key only ever travels inside its
passphrase-encrypted envelope.

The import checks all of it before the transaction commits — a public key against its
fingerprint, every signature against its payload and key, a valid signature's payload against
the session as imported, each scan against its digest, each response's envelope signature, each
signed «supervision given» record against the file's own key — so a file edited by hand is
refused as a whole (nothing is written), and after a move ``verify`` reports what it reported
before. Rows are (de)serialised column by column from the models, so a column added later
travels too.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import JSON, Date, Integer, LargeBinary, select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core import key_envelope
from miljologg.core import signing as crypto
from miljologg.core.i18n import _
from miljologg.db.models import Base, ProfileRow, SessionRow, SupervisorRow, UTCDateTime
from miljologg.db.signing_models import (
    OwnKeyRow,
    PaperScanRow,
    RetiredKeyRow,
    SignatureRow,
    SigningRequestRow,
    SigningResponseRow,
    SignSheetRow,
    SupervisionGivenRow,
    SupervisorKeyRow,
)
from miljologg.services import validation
from miljologg.services.audit import AuditWriter
from miljologg.services.errors import ValidationError
from miljologg.services.scan_file import check_scan
from miljologg.services.signing_base import given_holds, session_payload
from miljologg.services.signing_format import read_response
from miljologg.services.transfer_import import add_or_skip
from miljologg.services.transfer_read import Reader, unknown_value

#: The proof's kinds in the order they are added (foreign keys first), with their rows.
KINDS: tuple[tuple[str, type[Base]], ...] = (
    ("keys", SupervisorKeyRow),
    ("retired_keys", RetiredKeyRow),
    ("own_keys", OwnKeyRow),
    ("requests", SigningRequestRow),
    ("signatures", SignatureRow),
    ("responses", SigningResponseRow),
    ("paper_scans", PaperScanRow),
    ("supervision_given", SupervisionGivenRow),
    ("sign_sheets", SignSheetRow),
)
MEDIA_TYPES = ("application/pdf", "image/png", "image/jpeg")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHORT = re.compile(r"[0-9A-F]{4} [0-9A-F]{4}")


# -- export ------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def export_proof(s: OrmSession) -> dict[str, list[dict[str, Any]]]:
    """Every sign-off record of the file, column by column (bytes as base64)."""
    return {
        kind: [
            {c.key: _plain(getattr(row, c.key)) for c in cls.__mapper__.column_attrs}
            for row in s.execute(select(cls).order_by(cls.__table__.c.id)).scalars()
        ]
        for kind, cls in KINDS
    }


# -- reading rows back -------------------------------------------------------------------------


def _row(cls: type[Base], raw: Any, where: str) -> Base:
    """A row of ``cls`` from its exported columns, each typed as the model declares it."""
    r = Reader(raw, where)
    values: dict[str, Any] = {}
    for column in cls.__table__.columns:
        key, kind, nullable = column.key, column.type, bool(column.nullable)
        if key == "id" or key.endswith("_id"):  # record ids travel as UUIDs
            values[key] = r.id(key) if not nullable or r.obj.get(key) is not None else None
        elif isinstance(kind, UTCDateTime):
            text = r.get(key, str, required=not nullable)
            values[key] = None if text is None else _timestamp(r, key, text)
        elif isinstance(kind, Date):
            values[key] = r.parse(key, dt.date.fromisoformat, required=not nullable)
        elif isinstance(kind, Integer):
            values[key] = r.get(key, int, required=not nullable)
        elif isinstance(kind, LargeBinary):
            values[key] = _bytes(r, key)
        elif isinstance(kind, JSON):
            values[key] = r.get(key, dict if key in ("items", "outcome") else list)
        else:
            values[key] = r.get(key, str, required=not nullable)
    return cls(**values)


def _timestamp(r: Reader, key: str, text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise r.fail(key, _("ugyldig tidspunkt «{value}».").format(value=text[:40])) from None
    if value.tzinfo is None:
        raise r.fail(key, _("tidspunktet mangler tidssone."))
    return value.astimezone(dt.UTC)


def _bytes(r: Reader, key: str) -> bytes:
    try:
        return base64.b64decode(r.get(key, str), validate=True)
    except (ValueError, binascii.Error):
        raise r.fail(key, _("er ikke gyldig base64.")) from None


# -- import -------------------------------------------------------------------------------------


class _Check:
    """What the rows of one import are checked against: keys, sessions, the file's owner."""

    def __init__(self, s: OrmSession) -> None:
        self.s = s
        profile = s.execute(select(ProfileRow).limit(1)).scalar()
        self.profile = profile
        self.keys: dict[tuple[str, str], str] = {}
        for k in s.execute(select(SupervisorKeyRow)).scalars():
            self.keys[(k.supervisor_id, k.fingerprint)] = k.public_pem
        for r in s.execute(select(RetiredKeyRow)).scalars():
            self.keys[(r.supervisor_id, r.fingerprint)] = r.public_pem
        self.own: dict[str, str] = {
            k.fingerprint: k.public_pem for k in s.execute(select(OwnKeyRow)).scalars()
        }
        self.active = set(
            s.execute(
                select(SignatureRow.session_id).where(
                    SignatureRow.void_at.is_(None), SignatureRow.session_id.is_not(None)
                )
            ).scalars()
        )
        self.signature_methods: dict[str, str] = {
            row[0]: row[1] for row in s.execute(select(SignatureRow.id, SignatureRow.method))
        }

    def supervisor(self, where: str, supervisor_id: str) -> None:
        if self.s.get(SupervisorRow, supervisor_id) is None:
            raise _bad(where, "supervisor_id", _("viser til en ukjent veileder."))


def _bad(where: str, key: str, what: str) -> ValidationError:
    return ValidationError(f"{where}.{key}", f"{where}.{key}: {what}")


def _key(c: _Check, row: Base, where: str) -> None:
    assert isinstance(row, SupervisorKeyRow | RetiredKeyRow)
    c.supervisor(where, row.supervisor_id)
    if row.origin not in ("in_person", "file"):
        raise _bad(where, "origin", unknown_value(row.origin, 20))
    fingerprint = _fingerprint(row, where)
    envelope = getattr(row, "encrypted_private", "")
    if envelope:
        _envelope(where, envelope, fingerprint)
    c.keys[(row.supervisor_id, fingerprint)] = row.public_pem


def _fingerprint(row: SupervisorKeyRow | RetiredKeyRow | OwnKeyRow, where: str) -> str:
    """The key's fingerprint, refused unless the row's public key is one and the row's
    ``fingerprint`` is its fingerprint (a key row edited by hand names the field)."""
    try:
        fingerprint = crypto.fingerprint(row.public_pem)
    except crypto.SigningError:
        raise _bad(where, "public_pem", _("er ikke en gyldig offentlig nøkkel.")) from None
    if fingerprint != row.fingerprint:
        raise _bad(where, "fingerprint", _("stemmer ikke med nøkkelen."))
    return fingerprint


def _envelope(where: str, envelope: str, fingerprint: str) -> None:
    try:
        inside = key_envelope.envelope_fingerprint(envelope)
    except crypto.SigningError as exc:
        raise _bad(where, "encrypted_private", str(exc)) from None
    if inside != fingerprint:
        raise _bad(where, "encrypted_private", _("er for en annen nøkkel."))


def _own_key(c: _Check, row: Base, where: str) -> None:
    assert isinstance(row, OwnKeyRow)
    fingerprint = _fingerprint(row, where)
    _envelope(where, row.encrypted_private, fingerprint)
    if c.own and fingerprint not in c.own:
        problem = _("datafilen har allerede en annen egen nøkkel.")
        raise ValidationError(where, f"{where}: {problem}")
    c.own[fingerprint] = row.public_pem


def _request(c: _Check, row: Base, where: str) -> None:
    assert isinstance(row, SigningRequestRow)
    c.supervisor(where, row.supervisor_id)
    items = row.items
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in items.items()):
        raise _bad(where, "items", _("må knytte møte-id-er til sjekksummer."))
    for sid, entry in row.outcome.items():
        if not isinstance(entry, dict) or entry.get("decision") not in ("signed", "rejected"):
            raise _bad(where, f"outcome.{sid}", _("ukjent avgjørelse."))
        if not all(isinstance(v, str) for v in entry.values()):
            raise _bad(where, f"outcome.{sid}", _("må være tekst."))


def _signature(c: _Check, row: Base, where: str) -> None:
    assert isinstance(row, SignatureRow)
    c.supervisor(where, row.supervisor_id)
    if row.method not in ("in_person", "file", "paper"):
        raise _bad(where, "method", unknown_value(row.method, 20))
    try:
        data = crypto.b64decode(row.payload)
        signed = crypto.parse_payload(data)
    except (ValueError, crypto.SigningError):
        raise _bad(where, "payload", _("det signerte innholdet er skadet.")) from None
    if signed.supervisor_id != row.supervisor_id or (
        row.session_id is not None and signed.id != row.session_id
    ):
        raise _bad(where, "payload", _("gjelder et annet møte eller en annen veileder."))
    if row.request_id is not None and c.s.get(SigningRequestRow, row.request_id) is None:
        raise _bad(where, "request_id", _("viser til en ukjent forespørsel."))
    if row.method != "paper":
        pem = c.keys.get((row.supervisor_id, row.fingerprint))
        if pem is None:
            raise _bad(where, "fingerprint", _("nøkkelen er ikke festet for veilederen."))
        try:
            good = crypto.verify(pem, data, crypto.b64decode(row.signature))
        except (ValueError, crypto.SigningError):
            good = False
        if not good:
            problem = _("signaturen stemmer ikke med innholdet og nøkkelen.")
            raise _bad(where, "signature", problem)
    c.signature_methods[row.id] = row.method
    if row.void_at is not None or row.session_id is None:
        return  # history: what was signed then, not a claim about the session now
    session = c.s.get(SessionRow, row.session_id)
    if session is None:
        raise _bad(where, "session_id", _("viser til et ukjent møte."))
    if c.profile is None or signed.student_id != c.profile.id:
        raise _bad(where, "payload", _("er signert for en annen student enn datafilens."))
    # Facts, not bytes: the bytes may carry a former name of the student (core.signing).
    if crypto.changed_fields(signed, session_payload(c.s, session, c.profile)):
        raise _bad(where, "payload", _("møtet i eksporten er ikke det som ble signert."))
    if row.session_id in c.active:
        raise _bad(where, "session_id", _("møtet har allerede en gyldig signatur."))
    c.active.add(row.session_id)


def _response(c: _Check, row: Base, where: str) -> None:
    assert isinstance(row, SigningResponseRow)
    req = c.s.get(SigningRequestRow, row.request_id)
    if req is None:
        raise _bad(where, "request_id", _("viser til en ukjent forespørsel."))
    try:
        view = read_response(row.document.encode("utf-8"))
    except ValidationError as exc:
        raise _bad(where, "document", exc.message) from None
    if view.request_id != req.id or view.fingerprint != req.response_fingerprint:
        raise _bad(where, "document", _("er ikke svaret på denne forespørselen."))


def _scan(c: _Check, row: Base, where: str) -> None:
    assert isinstance(row, PaperScanRow)
    c.supervisor(where, row.supervisor_id)
    if row.media_type not in MEDIA_TYPES:
        raise _bad(where, "media_type", unknown_value(row.media_type, 30))
    if len(row.data) != row.size or hashlib.sha256(row.data).hexdigest() != row.sha256:
        raise _bad(where, "data", _("skannet stemmer ikke med sjekksummen."))
    try:  # the same check as «signing paper» and the dialog: the dossier draws it
        kind = check_scan(row.data)
    except ValidationError as exc:
        raise _bad(where, "data", exc.message) from None
    if kind != row.media_type:
        raise _bad(where, "media_type", _("stemmer ikke med innholdet i skannet."))
    for sig_id in row.signature_ids:
        if c.signature_methods.get(str(sig_id)) != "paper":
            raise _bad(where, "signature_ids", _("viser til en ukjent papirsignatur."))


def _given(c: _Check, row: Base, where: str) -> None:
    assert isinstance(row, SupervisionGivenRow)
    for key, label, value in (
        ("student_name", _("Studentens navn"), row.student_name),
        ("topic", _("Tema"), row.topic),
        ("comment", _("Kommentar"), row.comment),
    ):
        try:
            validation.foreign_text(key, label, value)
        except ValidationError as exc:
            raise _bad(where, key, exc.message) from None
    if row.decision not in ("signed", "rejected"):
        raise _bad(where, "decision", unknown_value(row.decision, 20))
    if row.decision != "signed":
        return
    if not given_holds(row, c.own):
        raise _bad(where, "signature", _("signaturen stemmer ikke med den egne nøkkelen."))


def _sheet(c: _Check, row: Base, where: str) -> None:
    """A printed sheet: its supervisor, and session ids (UUIDs) each with the short fingerprint
    printed beside it («3F2A 9C01»); a session deleted since may still be on it."""
    assert isinstance(row, SignSheetRow)
    c.supervisor(where, row.supervisor_id)
    for sid, digest in row.items.items():
        if not _UUID.fullmatch(sid) or not isinstance(digest, str) or not _SHORT.fullmatch(digest):
            problem = _("må knytte møte-id-er til fingeravtrykk som «3F2A 9C01».")
            raise _bad(where, "items", problem)


_CHECKS: Mapping[str, Callable[[_Check, Base, str], None]] = {
    "keys": _key,
    "retired_keys": _key,
    "own_keys": _own_key,
    "requests": _request,
    "signatures": _signature,
    "responses": _response,
    "paper_scans": _scan,
    "supervision_given": _given,
    "sign_sheets": _sheet,
}


def import_proof(
    s: OrmSession, now: dt.datetime, proof: Any
) -> tuple[dict[str, int], dict[str, int]]:
    """Check and add the proof of an export in the caller's transaction (after the log itself);
    returns (added, duplicates) per kind. Raises ``ValidationError`` naming the place."""
    if not isinstance(proof, dict):
        raise ValidationError("proof", _("{where}: må være et objekt.").format(where="proof"))
    audit = AuditWriter(s, now)
    check = _Check(s)
    added = {kind: 0 for kind, _cls in KINDS}
    dups = dict.fromkeys(added, 0)
    known: dict[type[Base], set[str]] = {}
    for kind, cls in KINDS:
        records = proof.get(kind, [])
        if not isinstance(records, list):
            place = f"proof.{kind}"
            raise ValidationError(place, _("{where}: må være en liste.").format(where=place))
        present = set(s.execute(select(cls.id)).scalars())  # type: ignore[attr-defined]
        for i, raw in enumerate(records):
            where = f"proof.{kind}[{i}]"
            row = _row(cls, raw, where)
            if row.id not in present:  # type: ignore[attr-defined]
                _CHECKS[kind](check, row, where)  # one already here: the same, or refused
            add_or_skip(s, audit, row, where, added, dups, kind, known)
        s.flush()  # the next kind's foreign keys point at these
    return added, dups
