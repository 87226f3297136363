"""SQLAlchemy 2 typed models: the log's own tables (profile, supervisors, sessions,
confirmations, attendance, assignments, the audit chain, the file's identity).

Alembic owns the schema; a change here needs a migration in ``migrations/versions``. The
sign-off tables are in ``signing_models.py``; this module imports it, so ``Base.metadata`` taken
from here holds every table of a data file (Alembic and the schema tests rely on that).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from miljologg.db import signing_models as signing_models  # registers the sign-off tables
from miljologg.db.model_base import Base, Timestamped, UTCDateTime, new_id, utcnow

__all__ = [
    "AssignmentRow",
    "AttendanceRow",
    "AuditEventRow",
    "Base",
    "ConfirmationRow",
    "FileIdentityRow",
    "ProfileRow",
    "SessionRow",
    "SupervisorRow",
    "UTCDateTime",
    "new_id",
    "utcnow",
]


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


class FileIdentityRow(Base):
    """The data file's own random id (revision 0008), one row: backups carry it, so a backup
    is matched to its log by content, not only by its file name (``services/backup_files``)."""

    __tablename__ = "file_identity"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
