"""SQLAlchemy 2 typed models: the schema of a miljologg data file, and nothing else.

Alembic owns the schema; a change here needs a migration in ``migrations/versions``.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """Records travel between installations, so ids are UUIDs, not row numbers."""
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps; SQLite itself forgets the zone."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    """Declarative base with a naming convention so batch migrations can name constraints."""

    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    """Created/updated stamps kept by the services."""

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ProfileRow(Timestamped, Base):
    """The owner of the file (one row)."""

    __tablename__ = "profile"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="student")
    profession: Mapped[str] = mapped_column(String(100), default="")
    workplace: Mapped[str] = mapped_column(String(200), default="")
    programme_id: Mapped[str] = mapped_column(String(100), default="")
    client_group: Mapped[str] = mapped_column(Text, default="")
    tasks: Mapped[str] = mapped_column(Text, default="")
    # profession is a code of resources/professions.toml, "annet" (then this holds the text) or
    # "" (revision 0004; before it, profession was free text)
    profession_other: Mapped[str] = mapped_column(String(100), default="")


class SupervisorRow(Timestamped, Base):
    """A supervisor: name, profession (a code, or «annet» with a text), approvals, workplace."""

    __tablename__ = "supervisor"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    profession: Mapped[str] = mapped_column(String(100), default="")
    approvals: Mapped[list[str]] = mapped_column(JSON, default=list)
    workplace: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    profession_other: Mapped[str] = mapped_column(String(100), default="")  # revision 0004


class SessionRow(Timestamped, Base):
    """One supervision session: received, or given by the student (form «given», no supervisor)."""

    __tablename__ = "session"
    __table_args__ = (
        CheckConstraint("minutes > 0", name="minutes_positive"),
        CheckConstraint("group_size >= 1", name="group_size_positive"),
        CheckConstraint(
            "form IN ('individual', 'external_group', 'gathering_group', 'given',"
            " 'supervision_on_supervision')",
            name="form_known",
        ),
        CheckConstraint("status IN ('held', 'missed')", name="status_known"),
        # Supervision the student gave has no supervisor; every other session has one.
        CheckConstraint("(form = 'given') = (supervisor_id IS NULL)", name="given_no_supervisor"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    minutes: Mapped[int] = mapped_column(Integer)
    form: Mapped[str] = mapped_column(String(30))
    supervisor_id: Mapped[str | None] = mapped_column(
        ForeignKey("supervisor.id", ondelete="RESTRICT"), index=True, nullable=True
    )
    group_size: Mapped[int] = mapped_column(Integer, default=1)
    topic: Mapped[str] = mapped_column(Text, default="")
    reflection: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="held")
    made_up_by_id: Mapped[str | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), nullable=True
    )
    # Group sessions: the profession code every participant has, "" when mixed or not recorded
    # (revision 0007).
    participants_profession: Mapped[str] = mapped_column(String(100), default="")


class ConfirmationRow(Timestamped, Base):
    """A prerequisite of an approval scheme the student confirms (not hours): a checklist item.

    ``code`` is the prerequisite's code in the scheme files («fo_faglig_veileder»), one row per
    code (revision 0007).
    """

    __tablename__ = "confirmation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(100), unique=True)
    confirmed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class AttendanceRow(Timestamped, Base):
    """Attendance on one gathering day (one row per day)."""

    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint("status IN ('present', 'partial', 'absent')", name="status_known"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    status: Mapped[str] = mapped_column(String(10))
    minutes_present: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class AssignmentRow(Timestamped, Base):
    """A written assignment."""

    __tablename__ = "assignment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[dt.date] = mapped_column(Date)
    handed_in: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    approved: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEventRow(Base):
    """Append-only, hash-chained record of every write.

    ``content_hash`` is the hash of the record's canonical content after the write (empty for a
    delete); ``hash`` covers this event and ``prev_hash``, so removing or editing an event breaks
    the chain, and a record edited behind the app's back no longer matches its last event.
    """

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


# ---------------------------------------------------------------------------------------------
# Sign-off (revision 0002). Payloads and signatures are stored as base64 text, so the audit
# log's canonical JSON covers them like any other column.


class SupervisorKeyRow(Base):
    """A supervisor's public key as pinned in a student's file, per way of signing.

    ``origin`` "file": pinned by the first signed response file (a later one with another key
    is refused). ``origin`` "in_person": made on this computer when the supervisor first signed
    here; only then is ``encrypted_private`` set (scrypt + ChaCha20-Poly1305, see core.signing).
    """

    __tablename__ = "supervisor_key"
    __table_args__ = (
        CheckConstraint("origin IN ('in_person', 'file')", name="origin_known"),
        UniqueConstraint("supervisor_id", "origin"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    supervisor_id: Mapped[str] = mapped_column(
        ForeignKey("supervisor.id", ondelete="RESTRICT"), index=True
    )
    origin: Mapped[str] = mapped_column(String(10))
    fingerprint: Mapped[str] = mapped_column(String(64))
    public_pem: Mapped[str] = mapped_column(Text)
    encrypted_private: Mapped[str] = mapped_column(Text, default="")
    pinned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class OwnKeyRow(Base):
    """The key of the file's owner (a supervisor's data file): signs response files."""

    __tablename__ = "own_key"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    public_pem: Mapped[str] = mapped_column(Text)
    encrypted_private: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class SigningRequestRow(Base):
    """A signing request the student exported, and how its response was received.

    ``items`` maps session id → sha256 of the payload sent; ``outcome`` maps session id →
    {"decision": "signed"|"rejected", "comment": …} once a response is imported.
    """

    __tablename__ = "signing_request"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    supervisor_id: Mapped[str] = mapped_column(
        ForeignKey("supervisor.id", ondelete="RESTRICT"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    items: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    outcome: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    response_fingerprint: Mapped[str] = mapped_column(String(64), default="")


class SignatureRow(Base):
    """One sign-off of one session: the signed bytes, the signature, and whether it is void.

    A session with a signature whose ``void_at`` is NULL is locked. ``session_id`` is set NULL
    (by the services, with an audit event) only when a reopened session is deleted; the payload
    still names it.
    """

    __tablename__ = "signature"
    __table_args__ = (
        CheckConstraint("method IN ('in_person', 'file', 'paper')", name="method_known"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), nullable=True, index=True
    )
    supervisor_id: Mapped[str] = mapped_column(
        ForeignKey("supervisor.id", ondelete="RESTRICT"), index=True
    )
    method: Mapped[str] = mapped_column(String(10))
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[str | None] = mapped_column(
        ForeignKey("signing_request.id", ondelete="RESTRICT"), nullable=True
    )
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    void_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class SupervisionGivenRow(Base):
    """On a supervisor's file: a session reviewed from a student's request, signed or rejected."""

    __tablename__ = "supervision_given"
    __table_args__ = (
        CheckConstraint("decision IN ('signed', 'rejected')", name="decision_known"),
        UniqueConstraint("request_id", "session_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(String(36))
    session_id: Mapped[str] = mapped_column(String(36))
    student_id: Mapped[str] = mapped_column(String(36))
    student_name: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    form: Mapped[str] = mapped_column(String(20))
    group_size: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class PaperScanRow(Base):
    """A scanned paper sign sheet (PDF, PNG or JPEG), kept in the data file («one file»).

    The sessions it signs have ``SignatureRow``s with method "paper" whose ids are listed in
    ``signature_ids``; each holds the payload as it was on the sheet, so a later change shows as
    void like any other signature. ``sha256`` is over ``data`` and is printed in the dossier.
    """

    __tablename__ = "paper_scan"
    __table_args__ = (
        CheckConstraint(
            "media_type IN ('application/pdf', 'image/png', 'image/jpeg')", name="media_type_known"
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    supervisor_id: Mapped[str] = mapped_column(
        ForeignKey("supervisor.id", ondelete="RESTRICT"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(30))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    signature_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


# ---------------------------------------------------------------------------------------------
# Proof kept (revision 0005): responses as received, and keys that were replaced.


class SigningResponseRow(Base):
    """A supervisor's signed response file, exactly as imported (one per answered request).

    Kept whole because it is proof the student cannot rewrite: its envelope signature covers
    the decisions, the comments and the student's audit chain head the request carried
    (``services/anchors.py`` compares the chain with it), and its PEM re-checks the signatures.
    """

    __tablename__ = "signing_response"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("signing_request.id", ondelete="RESTRICT"), unique=True
    )
    document: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class RetiredKeyRow(Base):
    """A supervisor's key that was pinned here and then replaced by an explicit re-pin.

    Signatures made with it stay valid against it; ``reason`` is the student's note, and the
    re-pin is audited with both fingerprints (``services/signing_import.py``).
    """

    __tablename__ = "retired_key"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    supervisor_id: Mapped[str] = mapped_column(
        ForeignKey("supervisor.id", ondelete="RESTRICT"), index=True
    )
    origin: Mapped[str] = mapped_column(String(10))
    fingerprint: Mapped[str] = mapped_column(String(64))
    public_pem: Mapped[str] = mapped_column(Text)
    pinned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    retired_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    replaced_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")


class SignSheetRow(Base):
    """A paper sign sheet as printed (revision 0006): ``items`` maps session id → the short
    fingerprint beside it; recording a paper sign-off warns about a session not on a sheet."""

    __tablename__ = "sign_sheet"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    supervisor_id: Mapped[str] = mapped_column(
        ForeignKey("supervisor.id", ondelete="RESTRICT"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    items: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class FileIdentityRow(Base):
    """The data file's own random id (revision 0008), one row: backups carry it, so a backup
    is matched to its log by content, not only by its file name (``services/backup_files``)."""

    __tablename__ = "file_identity"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
