"""Supervisor sign-off in person, reopening, the sign-off state of every session, verify.

A session with a signature that is not void is *locked*: ``SessionService.update`` and
``delete`` call ``ensure_unlocked`` and refuse it. ``reopen`` voids the signature («endret
etter signering»), keeps it, and unlocks the session so it can be changed and signed again.
Every sign, void, reopen, pin and request leaves an audit event, and the signature rows, keys
and requests are audited records like any other, so edits behind the app's back are found by
``verify`` as well as by the signatures themselves.

The other rooms: what all ways of signing share is ``signing_base.py``; signing by file
``signing_files.py`` (its file format ``signing_format.py``); on paper ``paper.py``; the
checks behind ``verify`` ``signing_verify.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from miljologg.core.i18n import _
from miljologg.core.model import Session, SessionStatus
from miljologg.core.sign_off import SignOff
from miljologg.db.models import SessionRow, SupervisorRow, new_id
from miljologg.db.signing_models import (
    SignatureRow,
    SupervisionGivenRow,
    SupervisorKeyRow,
)
from miljologg.services import records, rejections, sign_off_state, signing_verify
from miljologg.services import signing_base as base
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Service
from miljologg.services.errors import ValidationError
from miljologg.services.signing_verify import VerifyReport

OVERDUE_DAYS = 14


@dataclass(frozen=True)
class SignResult:
    signed: tuple[str, ...]
    key: base.KeyInfo
    created_key: bool


@dataclass(frozen=True)
class Overdue:
    """Held sessions of one supervisor still unsigned more than ``OVERDUE_DAYS`` after."""

    supervisor_id: str
    supervisor: str
    sessions: tuple[Session, ...]


@dataclass(frozen=True)
class Given:
    """On a supervisor's file: one session reviewed from a student's request."""

    id: str
    student: str
    date: dt.date
    minutes: int
    form: str
    group_size: int
    topic: str
    decision: str  # "signed" | "rejected"
    comment: str
    decided_at: dt.datetime


class SigningService(Service):
    """Sign sessions in person, reopen them, report sign-off state, verify everything."""

    # -- keys ---------------------------------------------------------------------
    def in_person_key(self, supervisor_id: str) -> base.KeyInfo | None:
        """The key a supervisor made on this computer, if any (the dialog asks to confirm a new
        passphrase when there is none)."""
        return self._pinned(supervisor_id, "in_person")

    def file_key(self, supervisor_id: str) -> base.KeyInfo | None:
        """The key pinned by the supervisor's first response file, if any."""
        return self._pinned(supervisor_id, "file")

    def _pinned(self, supervisor_id: str, origin: str) -> base.KeyInfo | None:
        with self._ctx.read() as s:
            row = base.pinned_key(s, supervisor_id, origin)
            return base.KeyInfo(row.fingerprint, row.public_pem) if row else None

    def own_key(self) -> base.KeyInfo | None:
        """The file owner's key (a supervisor's data file), if made."""
        with self._ctx.read() as s:
            row = base.own_key_row(s)
            return base.KeyInfo(row.fingerprint, row.public_pem) if row else None

    def create_own_key(self, passphrase: str) -> base.KeyInfo:
        """Make the owner's key pair; refused when one exists (a new key would break pins)."""
        with self._ctx.write() as s:
            row = base.create_own_key(s, self._ctx.now(), passphrase)
            return base.KeyInfo(row.fingerprint, row.public_pem)

    # -- signing in person ----------------------------------------------------------
    def sign_in_person(
        self,
        session_ids: Sequence[str],
        supervisor_id: str,
        passphrase: str,
        *,
        create_key: bool = False,
    ) -> SignResult:
        """The supervisor signs the given sessions on the student's computer.

        The first time (no key of this supervisor here) ``create_key`` must be True: a key pair
        is made and its private half stored encrypted with ``passphrase``. Afterwards the
        passphrase unlocks that key; a wrong one is refused. All sessions or none are signed.
        """
        if not session_ids:
            raise ValidationError("sessions", _("Velg minst ett møte å signere."))
        now = self._ctx.now()
        with self._ctx.write() as s:
            sup = records.existing(s, SupervisorRow, supervisor_id)
            rows = [
                base.signable_session(s, sid, supervisor_id, sup.name)
                for sid in dict.fromkeys(session_ids)
            ]
            audit = AuditWriter(s, now)
            key_row = base.pinned_key(s, supervisor_id, "in_person")
            created = key_row is None
            if key_row is None:
                if not create_key:
                    raise ValidationError(
                        "passphrase",
                        _(
                            "{name} har ingen nøkkel på denne datamaskinen ennå; velg en ny "
                            "passordfrase og bekreft den."
                        ).format(name=sup.name),
                    )
                pair, envelope = base.new_key(passphrase)
                key_row = SupervisorKeyRow(
                    id=new_id(),
                    supervisor_id=supervisor_id,
                    origin="in_person",
                    fingerprint=pair.fingerprint,
                    public_pem=pair.public_pem,
                    encrypted_private=envelope,
                    pinned_at=now,
                )
                s.add(key_row)
                audit.record("pin", key_row, "in_person")
            else:
                pair = base.unlock_key(key_row.encrypted_private, passphrase)
            profile = base.profile_row(s)
            signed: list[str] = []
            for row in rows:
                data = base.session_payload(s, row, profile).to_bytes()
                base.add_signature(
                    s,
                    audit,
                    now,
                    session_id=row.id,
                    supervisor_id=supervisor_id,
                    method="in_person",
                    payload=data,
                    signature=pair.sign(data),
                    fingerprint=pair.fingerprint,
                )
                signed.append(row.id)
            return SignResult(
                tuple(signed), base.KeyInfo(pair.fingerprint, pair.public_pem), created
            )

    # -- after signing -----------------------------------------------------------------
    def reopen(self, session_id: str, reason: str) -> None:
        """Open a signed or rejected session for change, with a reason that stays visible.

        A signature is voided («endret etter signering») and kept; a standing rejection is
        marked reopened (the supervisor's comment and the student's reason both stay), so the
        session counts again only as an unsigned one the student vouches for.
        """
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("reason", _("Skriv hvorfor møtet gjenåpnes."))
        if len(reason) > 500:
            raise ValidationError(
                "reason", _("Begrunnelsen kan være høyst {n} tegn.").format(n=500)
            )
        now = self._ctx.now()
        with self._ctx.write() as s:
            session = records.existing(s, SessionRow, session_id)
            audit = AuditWriter(s, now)
            sig = base.active_signature(s, session_id)
            if sig is not None:
                sig.void_at = now
                sig.void_reason = reason
                audit.record("void", sig, "endret etter signering")  # i18n: keep (hashed)
            elif not rejections.reopen(s, audit, session_id, reason, now):
                raise ValidationError(
                    "session", _("Møtet er ikke signert eller avvist, så det er åpent allerede.")
                )
            audit.record("reopen", session, reason)

    def invalid_signatures(self) -> dict[str, str]:
        """Session id → why its signature does not hold (key, signature, or the session changed
        behind the app's back): such a session is «Signatur ugyldig», never «Signert»."""
        with self._ctx.read() as s:
            return signing_verify.invalid_signatures(s)

    def is_locked(self, session_id: str) -> bool:
        with self._ctx.read() as s:
            return base.active_signature(s, session_id) is not None

    def sign_offs(self, *, checked: bool = False) -> dict[str, SignOff]:
        """Every session's sign-off state, by session id (``sign_off_state.sign_offs``);
        ``checked`` verifies each signature too, as the dossier needs."""
        with self._ctx.read() as s:
            return sign_off_state.sign_offs(s, checked=checked)

    def unsigned_overdue(
        self,
        days: int = OVERDUE_DAYS,
        today: dt.date | None = None,
        sessions: Iterable[Session] | None = None,
    ) -> tuple[Overdue, ...]:
        """Held sessions older than ``days`` with no valid signature, per supervisor.

        ``sessions`` (in date order) spares a second read of the log when the caller has it,
        as the dashboard does (``status.log()``: about 90 ms at 10,000 sessions).
        """
        cutoff = (today or self._ctx.today()) - dt.timedelta(days=days)
        with self._ctx.read() as s:
            locked = set(
                s.execute(
                    select(SignatureRow.session_id).where(SignatureRow.void_at.is_(None))
                ).scalars()
            )
            grouped: dict[str, list[Session]] = {}
            if sessions is None:
                sessions = records.read_sessions(s)  # ordered by date
            for item in sessions:
                if (
                    item.status is SessionStatus.HELD
                    and item.date < cutoff
                    and item.id not in locked
                ):
                    grouped.setdefault(item.supervisor_id, []).append(item)
            names = {r[0]: r[1] for r in s.execute(select(SupervisorRow.id, SupervisorRow.name))}
        return tuple(
            Overdue(sid, names.get(sid, ""), tuple(items))
            for sid, items in sorted(grouped.items(), key=lambda kv: names.get(kv[0], ""))
        )

    def supervision_given(self) -> tuple[Given, ...]:
        """On a supervisor's file: every reviewed session, newest first (FO asks for this)."""
        with self._ctx.read() as s:
            rows = s.execute(
                select(SupervisionGivenRow).order_by(
                    SupervisionGivenRow.date.desc(), SupervisionGivenRow.student_name
                )
            ).scalars()
            return tuple(
                Given(
                    r.id,
                    r.student_name,
                    r.date,
                    r.minutes,
                    r.form,
                    r.group_size,
                    r.topic,
                    r.decision,
                    r.comment,
                    r.decided_at,
                )
                for r in rows
            )

    # -- checking ---------------------------------------------------------------------
    def verify(self) -> VerifyReport:
        """Every valid signature against its pinned key and the session as it is now; then the
        audit chain. Messages name the session and what is wrong."""
        with self._ctx.read() as s:
            return signing_verify.verify(s, self._ctx.db.path)

    def signed_records_json(self) -> bytes:
        """The signed records and their keys as JSON, for embedding in the dossier PDF.

        Each record carries the exact signed bytes (base64) and the signature, and each key its
        PEM, so a reviewer can check them with openssl alone (see README, «Signering»).
        """
        with self._ctx.read() as s:
            return signing_verify.signed_records_json(s)
