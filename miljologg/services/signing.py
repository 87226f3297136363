"""Supervisor sign-off: in person, by file (services/signing_files.py), reopen, verify.

A session with a signature that is not void is *locked*: ``SessionService.update`` and
``delete`` call ``ensure_unlocked`` and refuse it. ``reopen`` voids the signature («endret
etter signering»), keeps it, and unlocks the session so it can be changed and signed again.
Every sign, void, reopen, pin and request leaves an audit event, and the signature rows, keys
and requests are audited records like any other, so edits behind the app's back are found by
``verify`` as well as by the signatures themselves.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core import signing as crypto
from miljologg.core.model import Session, SessionStatus
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
from miljologg.services import records
from miljologg.services.audit import AuditReport, AuditWriter
from miljologg.services.audit import verify as verify_audit
from miljologg.services.context import Context
from miljologg.services.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from miljologg.services.signing_files import ImportResult, RequestView

LOCKED_MESSAGE = "Møtet er signert. Velg «Gjenåpne» med en begrunnelse for å endre det."
OVERDUE_DAYS = 14
METHOD_LABELS = {"in_person": "personlig", "file": "fil", "paper": "papir"}


def ensure_unlocked(
    s: OrmSession,
    session_id: str,
    audit: AuditWriter | None = None,
    *,
    deleting: bool = False,
) -> None:
    """Refuse to change a signed session; before a delete, detach its void signatures.

    Called by SessionService inside its write transaction. The void signatures of a deleted
    session are kept (their payload still names it) with ``session_id`` cleared, each with an
    audit event, so the foreign key's ON DELETE SET NULL never changes an audited row silently.
    """
    signatures = s.execute(select(SignatureRow).where(SignatureRow.session_id == session_id))
    rows = list(signatures.scalars())
    if any(row.void_at is None for row in rows):
        raise ValidationError("session", LOCKED_MESSAGE)
    if deleting:
        for row in rows:
            row.session_id = None
            if audit is not None:
                audit.record("update", row, "session_deleted")


@dataclass(frozen=True)
class SignOff:
    """A session's sign-off as the table and the dossier show it."""

    session_id: str
    state: str  # "unsigned" | "signed" | "void" | "requested" | "rejected"
    method: str = ""
    signer: str = ""
    signed_at: dt.datetime | None = None
    fingerprint: str = ""
    void_reason: str = ""
    comment: str = ""

    @property
    def locked(self) -> bool:
        return self.state == "signed"

    @property
    def text(self) -> str:
        """Short Norwegian text for a table cell."""
        when = f"{self.signed_at.astimezone():%d.%m.%Y}" if self.signed_at else ""
        if self.state == "signed":
            return f"Signert {when} av {self.signer} ({METHOD_LABELS.get(self.method, '')})"
        if self.state == "void":
            return f"Ugyldig – endret etter signering ({self.void_reason})"
        if self.state == "requested":
            return f"Sendt til signering {when}"
        if self.state == "rejected":
            return f"Avvist av veileder: {self.comment}"
        return "Ikke signert"


@dataclass(frozen=True)
class KeyInfo:
    """A public key and its fingerprint (hex and readable)."""

    fingerprint: str
    public_pem: str

    @property
    def readable(self) -> str:
        return crypto.format_fingerprint(self.fingerprint)


@dataclass(frozen=True)
class SignResult:
    signed: tuple[str, ...]
    key: KeyInfo
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


@dataclass(frozen=True)
class VerifyReport:
    """Signatures and the audit chain together; ``problems`` are Norwegian sentences."""

    signatures: int
    audit: AuditReport
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _crypto_error(field: str, exc: crypto.SigningError) -> ValidationError:
    return ValidationError(field, str(exc))


def session_payload(
    s: OrmSession, row: SessionRow, profile: ProfileRow | None = None
) -> crypto.SessionPayload:
    """The canonical facts of a session as they are now in the file."""
    prof = profile or s.execute(select(ProfileRow).limit(1)).scalar()
    if prof is None:
        raise ValidationError("profile", "Datafilen har ingen profil ennå.")
    sup = s.get(SupervisorRow, row.supervisor_id)
    return crypto.SessionPayload(
        id=row.id,
        student_id=prof.id,
        student=prof.name,
        supervisor_id=row.supervisor_id,
        supervisor=sup.name if sup else "",
        date=row.date,
        status=row.status,
        form=row.form,
        minutes=row.minutes,
        group_size=row.group_size,
        topic=row.topic,
    )


def describe(payload: crypto.SessionPayload) -> str:
    """«02.05.2025, 90 min (Kari Nordmann)» for messages."""
    return f"{payload.date:%d.%m.%Y}, {payload.minutes} min ({payload.supervisor})"


def active_signature(s: OrmSession, session_id: str) -> SignatureRow | None:
    return s.execute(
        select(SignatureRow).where(
            SignatureRow.session_id == session_id, SignatureRow.void_at.is_(None)
        )
    ).scalar()


class SigningService:
    """Sign sessions in person, reopen them, report sign-off state, verify everything."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # -- keys ---------------------------------------------------------------------
    def in_person_key(self, supervisor_id: str) -> KeyInfo | None:
        """The key a supervisor made on this computer, if any (the dialog asks to confirm a new
        passphrase when there is none)."""
        return self._pinned(supervisor_id, "in_person")

    def file_key(self, supervisor_id: str) -> KeyInfo | None:
        """The key pinned by the supervisor's first response file, if any."""
        return self._pinned(supervisor_id, "file")

    def _pinned(self, supervisor_id: str, origin: str) -> KeyInfo | None:
        with self._ctx.read() as s:
            row = s.execute(
                select(SupervisorKeyRow).where(
                    SupervisorKeyRow.supervisor_id == supervisor_id,
                    SupervisorKeyRow.origin == origin,
                )
            ).scalar()
            return KeyInfo(row.fingerprint, row.public_pem) if row else None

    def own_key(self) -> KeyInfo | None:
        """The file owner's key (a supervisor's data file), if made."""
        with self._ctx.read() as s:
            row = s.execute(select(OwnKeyRow).limit(1)).scalar()
            return KeyInfo(row.fingerprint, row.public_pem) if row else None

    def create_own_key(self, passphrase: str) -> KeyInfo:
        """Make the owner's key pair; refused when one exists (a new key would break pins)."""
        with self._ctx.write() as s:
            row = create_own_key(s, self._ctx.now(), passphrase)
            return KeyInfo(row.fingerprint, row.public_pem)

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
            raise ValidationError("sessions", "Velg minst ett møte å signere.")
        now = self._ctx.now()
        with self._ctx.write() as s:
            sup = s.get(SupervisorRow, supervisor_id)
            if sup is None:
                raise NotFoundError("supervisor", "Fant ikke veilederen.")
            rows = [
                signable_session(s, sid, supervisor_id, sup.name)
                for sid in dict.fromkeys(session_ids)
            ]
            audit = AuditWriter(s, now)
            key_row = s.execute(
                select(SupervisorKeyRow).where(
                    SupervisorKeyRow.supervisor_id == supervisor_id,
                    SupervisorKeyRow.origin == "in_person",
                )
            ).scalar()
            created = key_row is None
            if key_row is None:
                if not create_key:
                    raise ValidationError(
                        "passphrase",
                        f"{sup.name} har ingen nøkkel på denne datamaskinen ennå; "
                        "velg en ny passordfrase og bekreft den.",
                    )
                pair = crypto.generate()
                try:
                    envelope = crypto.encrypt_private(pair, passphrase)
                except crypto.SigningError as exc:
                    raise _crypto_error("passphrase", exc) from None
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
                try:
                    pair = crypto.decrypt_private(key_row.encrypted_private, passphrase)
                except crypto.SigningError as exc:
                    raise _crypto_error("passphrase", exc) from None
            profile = s.execute(select(ProfileRow).limit(1)).scalar()
            signed: list[str] = []
            for row in rows:
                data = session_payload(s, row, profile).to_bytes()
                sig = SignatureRow(
                    id=new_id(),
                    session_id=row.id,
                    supervisor_id=supervisor_id,
                    method="in_person",
                    fingerprint=pair.fingerprint,
                    payload=crypto.b64encode(data),
                    signature=crypto.b64encode(pair.sign(data)),
                    request_id=None,
                    signed_at=now,
                    void_at=None,
                    void_reason="",
                )
                s.add(sig)
                audit.record("sign", sig, "in_person")
                signed.append(row.id)
            return SignResult(tuple(signed), KeyInfo(pair.fingerprint, pair.public_pem), created)

    # -- after signing -----------------------------------------------------------------
    def reopen(self, session_id: str, reason: str) -> None:
        """Void the session's signature («endret etter signering») so it can be changed."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("reason", "Skriv hvorfor møtet gjenåpnes.")
        if len(reason) > 500:
            raise ValidationError("reason", "Begrunnelsen kan være høyst 500 tegn.")
        now = self._ctx.now()
        with self._ctx.write() as s:
            session = s.get(SessionRow, session_id)
            if session is None:
                raise NotFoundError("session", "Fant ikke veiledningsmøtet.")
            sig = active_signature(s, session_id)
            if sig is None:
                raise ValidationError("session", "Møtet er ikke signert, så det er åpent allerede.")
            audit = AuditWriter(s, now)
            sig.void_at = now
            sig.void_reason = reason
            audit.record("void", sig, "endret etter signering")
            audit.record("reopen", session, reason)

    def is_locked(self, session_id: str) -> bool:
        with self._ctx.read() as s:
            return active_signature(s, session_id) is not None

    def sign_offs(self) -> dict[str, SignOff]:
        """Every session's sign-off state, by session id (for the table's sign-off column).

        A valid signature wins; otherwise the latest of: a pending request, a rejection, a void
        signature.
        """
        with self._ctx.read() as s:
            names = {r[0]: r[1] for r in s.execute(select(SupervisorRow.id, SupervisorRow.name))}
            out = {
                sid: SignOff(sid, "unsigned") for sid in s.execute(select(SessionRow.id)).scalars()
            }
            latest: dict[str, tuple[dt.datetime, SignOff]] = {}

            def offer(when: dt.datetime, item: SignOff) -> None:
                if item.session_id in out and (
                    item.session_id not in latest or latest[item.session_id][0] <= when
                ):
                    latest[item.session_id] = (when, item)

            for req in s.execute(select(SigningRequestRow)).scalars():
                for sid in req.items:
                    decision = (req.outcome or {}).get(sid)
                    if req.answered_at is None:
                        offer(req.created_at, SignOff(sid, "requested", signed_at=req.created_at))
                    elif decision and decision.get("decision") == "rejected":
                        comment = decision.get("comment", "")
                        offer(req.answered_at, SignOff(sid, "rejected", comment=comment))
            active: dict[str, SignOff] = {}
            for sig in s.execute(select(SignatureRow)).scalars():
                if sig.session_id is None:
                    continue
                item = SignOff(
                    sig.session_id,
                    "signed" if sig.void_at is None else "void",
                    method=sig.method,
                    signer=names.get(sig.supervisor_id, ""),
                    signed_at=sig.signed_at,
                    fingerprint=sig.fingerprint,
                    void_reason=sig.void_reason,
                )
                if sig.void_at is None:
                    active[sig.session_id] = item
                else:
                    offer(sig.void_at, item)
            out.update({sid: item for sid, (_when, item) in latest.items()})
            out.update({sid: item for sid, item in active.items() if sid in out})
            return out

    # -- by file (see services/signing_files.py) ---------------------------------------
    def write_request(
        self, path: Path, supervisor_id: str, session_ids: Sequence[str] | None = None
    ) -> str:
        """Export a signing request for one supervisor to ``path``; returns its id."""
        from miljologg.services import signing_files

        return signing_files.write_request(self._ctx, path, supervisor_id, session_ids)

    def read_request(self, data: bytes) -> RequestView:
        from miljologg.services import signing_files

        return signing_files.read_request(data)

    def sign_request(
        self,
        data: bytes,
        passphrase: str,
        rejections: Mapping[str, str] | None = None,
        *,
        create_key: bool = False,
    ) -> bytes:
        """On a supervisor's file: sign or reject each session; returns the response bytes."""
        from miljologg.services import signing_files

        return signing_files.sign_request(
            self._ctx, data, passphrase, rejections, create_key=create_key
        )

    def import_response(self, path: Path) -> ImportResult:
        """Import a signed response file, all or nothing."""
        from miljologg.services import signing_files

        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError(
                "file", f"Kunne ikke lese {path}: {exc.strerror or exc}."
            ) from None
        return signing_files.import_response(self._ctx, data)

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
            problems, count = _verify_signatures(s)
            problems.extend(_verify_given(s))
            report = verify_audit(s)
        problems.extend(p.message for p in report.problems)
        return VerifyReport(count, report, tuple(problems))

    def signed_records_json(self) -> bytes:
        """The signed records and their keys as JSON, for embedding in the dossier PDF.

        Each record carries the exact signed bytes (base64) and the signature, and each key its
        PEM, so a reviewer can check them with openssl alone (see README, «Signering»).
        """
        with self._ctx.read() as s:
            sigs = s.execute(select(SignatureRow).order_by(SignatureRow.signed_at)).scalars()
            keys = s.execute(select(SupervisorKeyRow)).scalars()
            data = {
                "format": "miljologg-signed-records",
                "version": 1,
                "payload_format": crypto.PAYLOAD_VERSION,
                "keys": [
                    {
                        "supervisor_id": k.supervisor_id,
                        "origin": k.origin,
                        "fingerprint": k.fingerprint,
                        "public_key_pem": k.public_pem,
                    }
                    for k in keys
                ],
                "signatures": [
                    {
                        "session_id": sig.session_id,
                        "supervisor_id": sig.supervisor_id,
                        "method": sig.method,
                        "fingerprint": sig.fingerprint,
                        "payload": sig.payload,
                        "signature": sig.signature,
                        "signed_at": sig.signed_at.isoformat(),
                        "void_at": sig.void_at.isoformat() if sig.void_at else None,
                        "void_reason": sig.void_reason,
                    }
                    for sig in sigs
                ],
            }
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def create_own_key(s: OrmSession, now: dt.datetime, passphrase: str) -> OwnKeyRow:
    if s.execute(select(OwnKeyRow).limit(1)).scalar() is not None:
        raise ValidationError("key", "Datafilen har allerede en nøkkel.")
    pair = crypto.generate()
    try:
        envelope = crypto.encrypt_private(pair, passphrase)
    except crypto.SigningError as exc:
        raise _crypto_error("passphrase", exc) from None
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


def signable_session(s: OrmSession, session_id: str, supervisor_id: str, name: str) -> SessionRow:
    row = s.get(SessionRow, session_id)
    if row is None:
        raise NotFoundError("sessions", "Fant ikke veiledningsmøtet.")
    when = f"{row.date:%d.%m.%Y}"
    if row.supervisor_id != supervisor_id:
        raise ValidationError("sessions", f"Møtet {when} er ikke ført med {name} som veileder.")
    if row.status != SessionStatus.HELD.value:
        raise ValidationError(
            "sessions", f"Møtet {when} ble ikke gjennomført og kan ikke signeres."
        )
    if active_signature(s, session_id) is not None:
        raise ValidationError("sessions", f"Møtet {when} er allerede signert.")
    return row


def _verify_signatures(s: OrmSession) -> tuple[list[str], int]:
    problems: list[str] = []
    count = 0
    profile = s.execute(select(ProfileRow).limit(1)).scalar()
    keys = {
        (k.supervisor_id, k.fingerprint): k.public_pem
        for k in s.execute(select(SupervisorKeyRow)).scalars()
    }
    sigs = s.execute(select(SignatureRow).where(SignatureRow.void_at.is_(None))).scalars()
    for sig in sigs:
        count += 1
        try:
            data = crypto.b64decode(sig.payload)
            signed = crypto.parse_payload(data)
        except (ValueError, crypto.SigningError):
            problems.append(f"Signatur {sig.id}: det signerte innholdet er skadet.")
            continue
        label = describe(signed)
        if sig.method != "paper":
            pem = keys.get((sig.supervisor_id, sig.fingerprint))
            if pem is None:
                problems.append(
                    f"Signaturen for møtet {label}: nøkkelen "
                    f"{crypto.format_fingerprint(sig.fingerprint)} er ikke festet for veilederen."
                )
                continue
            try:
                good = crypto.verify(pem, data, crypto.b64decode(sig.signature))
            except (ValueError, crypto.SigningError):
                good = False
            if not good:
                problems.append(f"Signaturen for møtet {label} er ugyldig.")
                continue
        row = s.get(SessionRow, sig.session_id) if sig.session_id else None
        if row is None or signed.id != row.id:
            problems.append(f"Det signerte møtet {label} finnes ikke lenger i loggen.")
            continue
        current = session_payload(s, row, profile)
        if current.to_bytes() != data:
            fields = ", ".join(crypto.changed_fields(signed, current))
            problems.append(f"Møtet {label} er endret etter signering ({fields}).")
    return problems, count


def _verify_given(s: OrmSession) -> list[str]:
    """On a supervisor's file: every response signature it recorded, against its own key."""
    own = {k.fingerprint: k.public_pem for k in s.execute(select(OwnKeyRow)).scalars()}
    problems: list[str] = []
    rows = s.execute(
        select(SupervisionGivenRow).where(SupervisionGivenRow.decision == "signed")
    ).scalars()
    for row in rows:
        pem = own.get(row.fingerprint)
        try:
            good = pem is not None and crypto.verify(
                pem, crypto.b64decode(row.payload), crypto.b64decode(row.signature)
            )
        except (ValueError, crypto.SigningError):
            good = False
        if not good:
            problems.append(
                f"Signaturen for {row.student_name}s møte {row.date:%d.%m.%Y} er ugyldig."
            )
    return problems
