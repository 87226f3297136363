"""Rows to plain records: what services hand to the UI, the CLI and the rules engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core.i18n import N_, _
from miljologg.core.model import (
    Approval,
    Assignment,
    Attendance,
    AttendanceStatus,
    Confirmation,
    Form,
    Log,
    Profile,
    Role,
    Session,
    SessionStatus,
    Supervisor,
    copy_fields,
)
from miljologg.db.models import (
    AssignmentRow,
    AttendanceRow,
    ConfirmationRow,
    ProfileRow,
    SessionRow,
    SupervisorRow,
)
from miljologg.services.audit import AuditWriter
from miljologg.services.errors import NotFoundError
from miljologg.services.rejections import standing_rejections

if TYPE_CHECKING:
    from miljologg.services.context import Context

R = TypeVar("R", SessionRow, SupervisorRow, AssignmentRow)
T = TypeVar("T")
D = TypeVar("D")

#: What a caller named that is not (any longer) in the file: the field and the message.
_MISSING: dict[type, tuple[str, str]] = {
    SessionRow: ("session", N_("Fant ikke veiledningsmøtet.")),
    SupervisorRow: ("supervisor", N_("Fant ikke veilederen.")),
    AssignmentRow: ("assignment", N_("Fant ikke arbeidskravet.")),
}


def existing(s: OrmSession, cls: type[R], row_id: str, field: str = "") -> R:
    """The row with this id, or ``NotFoundError`` naming ``field`` (the kind's by default)."""
    row = s.get(cls, row_id)
    if row is None:
        default_field, message = _MISSING[cls]
        raise NotFoundError(field or default_field, _(message))
    return row


def updated(
    ctx: Context,
    cls: type[R],
    row_id: str,
    apply: Callable[[R, D], None],
    data: D,
    record: Callable[[R], T],
) -> T:
    """A plain record changed the one way (supervisors, assignments): found or refused,
    changed by ``apply(row, data)``, stamped, one audit event «update», all in one transaction; the
    caller validated the input first. Sessions add the signing lock and make-ups, so they
    keep their own."""
    with ctx.write() as s:
        row = existing(s, cls, row_id)
        apply(row, data)
        row.updated_at = ctx.now()
        AuditWriter(s, ctx.now()).record("update", row)
        return record(row)


def profile(row: ProfileRow) -> Profile:
    return copy_fields(Profile, row, role=Role(row.role))


def supervisor(row: SupervisorRow) -> Supervisor:
    return copy_fields(
        Supervisor, row, approvals=frozenset(Approval(a) for a in row.approvals or ())
    )


def session(row: SessionRow) -> Session:
    return copy_fields(
        Session,
        row,
        form=Form(row.form),
        supervisor_id=row.supervisor_id or "",  # NULL for supervision given
        status=SessionStatus(row.status),
    )


def attendance(row: AttendanceRow) -> Attendance:
    return Attendance(
        date=row.day,
        status=AttendanceStatus(row.status),
        minutes_present=row.minutes_present,
        reason=row.reason,
    )


def assignment(row: AssignmentRow) -> Assignment:
    return copy_fields(Assignment, row)


def confirmations(s: OrmSession) -> tuple[Confirmation, ...]:
    """The prerequisites the student has confirmed, by code."""
    rows = s.execute(select(ConfirmationRow).order_by(ConfirmationRow.code)).scalars()
    return tuple(Confirmation(r.code, r.confirmed_on, r.note) for r in rows)


def load_log(s: OrmSession) -> Log:
    """The whole log in one read transaction, ready for the rules engine."""
    prof = s.execute(select(ProfileRow).limit(1)).scalar()
    return Log(
        supervisors=tuple(supervisor(r) for r in s.execute(select(SupervisorRow)).scalars()),
        sessions=read_sessions(s),
        attendance=tuple(
            attendance(r)
            for r in s.execute(select(AttendanceRow).order_by(AttendanceRow.day)).scalars()
        ),
        assignments=tuple(
            assignment(r)
            for r in s.execute(select(AssignmentRow).order_by(AssignmentRow.due_date)).scalars()
        ),
        profile=profile(prof) if prof else None,
        rejections=standing_rejections(s),
        confirmations=frozenset(s.execute(select(ConfirmationRow.code)).scalars()),
    )


def read_sessions(s: OrmSession) -> tuple[Session, ...]:
    """All sessions straight from the driver's rows.

    Every page and the rules engine start from this list, so it is on the start-up path:
    plain tuples parsed here take a third of the time of ORM objects for a 10,000-session log.
    SQLAlchemy's SQLite ``Date``/``Time`` types store ISO text, which ``fromisoformat`` reads.
    """
    dbapi = s.connection().connection.dbapi_connection  # the same connection and transaction
    assert dbapi is not None
    rows = dbapi.execute(
        "SELECT id, date, minutes, form, supervisor_id, group_size, topic, reflection,"
        " start_time, status, made_up_by_id, participants_profession FROM session"
        " ORDER BY date, id"
    ).fetchall()
    date, time = dt.date.fromisoformat, dt.time.fromisoformat
    forms = {f.value: f for f in Form}
    statuses = {x.value: x for x in SessionStatus}
    return tuple(
        Session(
            id=r[0],
            date=date(r[1]),
            minutes=r[2],
            form=forms[r[3]],
            supervisor_id=r[4] or "",
            group_size=r[5],
            topic=r[6],
            reflection=r[7],
            start_time=time(r[8]) if r[8] else None,
            status=statuses[r[9]],
            made_up_by_id=r[10],
            participants_profession=r[11],
        )
        for r in rows
    )
