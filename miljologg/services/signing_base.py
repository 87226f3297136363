"""What every way of signing shares: keys, the signed payload, the lock on a signed session.

In person (``services/signing.py``), by file (``services/signing_files.py``) and on paper
(``services/paper.py``) all sign the same canonical payload of a session as it is in the file,
refuse a session that already has a valid signature, and lock a signed one. Those pieces live
here, below all three, so none of them imports another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core import key_envelope
from miljologg.core import signing as crypto
from miljologg.core.i18n import N_, _
from miljologg.core.labels import SIGNED_UNDER_NAME
from miljologg.core.model import KeyInfo as KeyInfo  # re-exported: services name it from here
from miljologg.core.model import SessionStatus, copy_fields
from miljologg.core.units import format_date
from miljologg.db.models import ProfileRow, SessionRow, SupervisorRow, new_id
from miljologg.db.signing_models import (
    OwnKeyRow,
    SignatureRow,
    SupervisionGivenRow,
    SupervisorKeyRow,
)
from miljologg.services import records, rejections
from miljologg.services.audit import AuditWriter
from miljologg.services.errors import ValidationError

#: Translated where it is raised.
LOCKED_MESSAGE = N_("Møtet er signert. Velg «Gjenåpne» med en begrunnelse for å endre det.")


def ensure_unlocked(
    s: OrmSession,
    session_id: str,
    audit: AuditWriter | None = None,
    *,
    deleting: bool = False,
) -> None:
    """Refuse to change a signed or rejected session; before a delete, detach its void
    signatures.

    Called by SessionService inside its write transaction. A rejected session is held as firmly
    as a signed one: only «Gjenåpne» (with a reason that stays visible) opens it. The void
    signatures of a deleted session are kept (their payload still names it) with ``session_id``
    cleared, each with an audit event, so the foreign key's ON DELETE SET NULL never changes an
    audited row silently.
    """
    signatures = s.execute(select(SignatureRow).where(SignatureRow.session_id == session_id))
    rows = list(signatures.scalars())
    if any(row.void_at is None for row in rows):
        raise ValidationError("session", _(LOCKED_MESSAGE))
    if rejections.is_rejected(s, session_id):
        raise ValidationError("session", _(rejections.REJECTED_LOCKED_MESSAGE))
    if deleting:
        for row in rows:
            row.session_id = None
            if audit is not None:
                audit.record("update", row, "session_deleted")


#: Supervision the student gave has no supervisor in the log, so no one signs it here.
_GIVEN_UNSIGNABLE = N_(
    "Møtet {when} er veiledning du har gitt; det har ingen veileder som signerer."
)


def profile_row(s: OrmSession) -> ProfileRow | None:
    """The file's one profile row, if the file has one yet."""
    return s.execute(select(ProfileRow).limit(1)).scalar()


def session_payload(
    s: OrmSession, row: SessionRow, profile: ProfileRow | None = None
) -> crypto.SessionPayload:
    """The canonical facts of a session as they are now in the file."""
    prof = profile or profile_row(s)
    if prof is None:
        raise ValidationError("profile", _("Datafilen har ingen profil ennå."))
    if row.supervisor_id is None:
        raise ValidationError("sessions", _(_GIVEN_UNSIGNABLE).format(when=format_date(row.date)))
    sup = s.get(SupervisorRow, row.supervisor_id)
    return copy_fields(
        crypto.SessionPayload,
        row,
        student_id=prof.id,
        student=prof.name,
        supervisor_id=row.supervisor_id,  # narrowed from the column's None above
        supervisor=sup.name if sup else "",
    )


def former_name_note(payload_b64: str, profile: ProfileRow | None) -> str:
    """«signert under navnet X» when a signature carries another name than the profile's now.

    The student may have changed their name since (README «Profilen kan endres»); the
    signature still holds over the bytes signed, and the sign-off says under which name.
    """
    try:
        signed = crypto.parse_payload(crypto.b64decode(payload_b64)).student
    except (ValueError, crypto.SigningError):
        return ""  # a damaged record: ``verify`` names it
    if profile is None or signed == profile.name:
        return ""
    return _(SIGNED_UNDER_NAME).format(name=signed)


def describe(payload: crypto.SessionPayload) -> str:
    """«02.05.2025, 90 min (Kari Nordmann)» for messages."""
    return f"{format_date(payload.date)}, {payload.minutes} min ({payload.supervisor})"


def active_signature(s: OrmSession, session_id: str) -> SignatureRow | None:
    """The session's signature that is not void (at most one), or None."""
    return s.execute(
        select(SignatureRow).where(
            SignatureRow.session_id == session_id, SignatureRow.void_at.is_(None)
        )
    ).scalar()


def signable_session(
    s: OrmSession,
    session_id: str,
    supervisor_id: str,
    name: str,
    *,
    rejected_ok: bool = True,
) -> SessionRow:
    """The session row, if this supervisor may sign it now (held, theirs, not yet signed).

    A rejected session may be signed by its supervisor (in person, or asked again by file), but
    not registered on paper (``rejected_ok=False``): a paper registration is the student's own
    statement, and it cannot overturn the supervisor's signed «avvist».
    """
    row = records.existing(s, SessionRow, session_id, "sessions")
    when = format_date(row.date)
    if row.supervisor_id is None:
        raise ValidationError("sessions", _(_GIVEN_UNSIGNABLE).format(when=when))
    if row.supervisor_id != supervisor_id:
        raise ValidationError(
            "sessions",
            _("Møtet {when} er ikke ført med {name} som veileder.").format(when=when, name=name),
        )
    if row.status != SessionStatus.HELD.value:
        raise ValidationError(
            "sessions",
            _("Møtet {when} ble ikke gjennomført og kan ikke signeres.").format(when=when),
        )
    if active_signature(s, session_id) is not None:
        raise ValidationError("sessions", _("Møtet {when} er allerede signert.").format(when=when))
    if not rejected_ok and rejections.is_rejected(s, session_id):
        raise ValidationError(
            "sessions",
            _("Møtet {when} er avvist av {name}; be om en ny signatur, eller gjenåpne det.").format(
                when=when, name=name
            ),
        )
    return row


def pinned_key(s: OrmSession, supervisor_id: str, origin: str) -> SupervisorKeyRow | None:
    """The supervisor's key pinned in this file by ``origin`` («in_person» or «file»)."""
    return s.execute(
        select(SupervisorKeyRow).where(
            SupervisorKeyRow.supervisor_id == supervisor_id,
            SupervisorKeyRow.origin == origin,
        )
    ).scalar()


def own_key_row(s: OrmSession) -> OwnKeyRow | None:
    """The file owner's key (a supervisor's data file), if made."""
    return s.execute(select(OwnKeyRow).limit(1)).scalar()


def new_key(passphrase: str) -> tuple[crypto.KeyPair, str]:
    """A fresh key pair and its private half encrypted with ``passphrase``.

    A passphrase too short to protect the key is refused as a ``ValidationError`` on the
    passphrase field, before anything is written."""
    pair = crypto.generate()
    try:
        return pair, key_envelope.encrypt_private(pair, passphrase)
    except crypto.SigningError as exc:
        raise ValidationError("passphrase", str(exc)) from None


def unlock_key(envelope: str, passphrase: str) -> crypto.KeyPair:
    """The stored key pair; a wrong passphrase or a damaged key is a passphrase error."""
    try:
        return key_envelope.decrypt_private(envelope, passphrase)
    except crypto.SigningError as exc:
        raise ValidationError("passphrase", str(exc)) from None


def create_own_key(s: OrmSession, now: dt.datetime, passphrase: str) -> OwnKeyRow:
    """Make the owner's key pair, audited; refused when one exists (it would break pins)."""
    if own_key_row(s) is not None:
        raise ValidationError("key", _("Datafilen har allerede en nøkkel."))
    pair, envelope = new_key(passphrase)
    row = OwnKeyRow(
        id=new_id(),
        fingerprint=pair.fingerprint,
        public_pem=pair.public_pem,
        encrypted_private=envelope,
        created_at=now,
    )
    s.add(row)
    AuditWriter(s, now).record("create", row)
    return row


def add_signature(
    s: OrmSession,
    audit: AuditWriter,
    now: dt.datetime,
    *,
    session_id: str,
    supervisor_id: str,
    method: str,
    payload: bytes,
    signature: bytes = b"",
    fingerprint: str = "",
    request_id: str | None = None,
) -> SignatureRow:
    """Record one signature (``method``: «in_person», «file» or «paper») with its audit event.

    ``payload`` is the exact signed bytes; a paper signature has no key, so no ``signature``
    and no ``fingerprint``."""
    row = SignatureRow(
        id=new_id(),
        session_id=session_id,
        supervisor_id=supervisor_id,
        method=method,
        fingerprint=fingerprint,
        payload=crypto.b64encode(payload),
        signature=crypto.b64encode(signature),
        request_id=request_id,
        signed_at=now,
        void_at=None,
        void_reason="",
    )
    s.add(row)
    audit.record("sign", row, method)
    if method != "paper":
        rejections.clear_by_signature(s, audit, session_id, supervisor_id, row.id)
    return row


def given_holds(row: SupervisionGivenRow, own_keys: Mapping[str, str]) -> bool:
    """Whether a supervisor's recorded response signature holds under their own key.

    ``own_keys``: the file's own public keys by fingerprint. The check on the file (``verify``)
    and the one on an imported file (``transfer_proof``) must agree on what a good signature is,
    so a damaged base64 or an unknown key is a bad signature in both, never an exception.
    """
    pem = own_keys.get(row.fingerprint)
    try:
        return pem is not None and crypto.verify(
            pem, crypto.b64decode(row.payload), crypto.b64decode(row.signature)
        )
    except (ValueError, crypto.SigningError):
        return False
