"""Rows to plain records: what services hand to the UI, the CLI and the rules engine."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core.model import (
    Approval,
    Assignment,
    Attendance,
    AttendanceStatus,
    Form,
    Log,
    Profile,
    Role,
    Session,
    SessionStatus,
    Supervisor,
)
from miljologg.db.models import AssignmentRow, AttendanceRow, ProfileRow, SessionRow, SupervisorRow


def profile(row: ProfileRow) -> Profile:
    return Profile(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        profession=row.profession,
        workplace=row.workplace,
        programme_id=row.programme_id,
        client_group=row.client_group,
        tasks=row.tasks,
    )


def supervisor(row: SupervisorRow) -> Supervisor:
    return Supervisor(
        id=row.id,
        name=row.name,
        profession=row.profession,
        approvals=frozenset(Approval(a) for a in row.approvals or ()),
        workplace=row.workplace,
        position=row.position,
    )


def session(row: SessionRow) -> Session:
    return Session(
        id=row.id,
        date=row.date,
        minutes=row.minutes,
        form=Form(row.form),
        supervisor_id=row.supervisor_id,
        group_size=row.group_size,
        topic=row.topic,
        reflection=row.reflection,
        start_time=row.start_time,
        status=SessionStatus(row.status),
        made_up_by_id=row.made_up_by_id,
    )


def attendance(row: AttendanceRow) -> Attendance:
    return Attendance(
        date=row.day,
        status=AttendanceStatus(row.status),
        minutes_present=row.minutes_present,
        reason=row.reason,
    )


def assignment(row: AssignmentRow) -> Assignment:
    return Assignment(
        id=row.id,
        title=row.title,
        due_date=row.due_date,
        handed_in=row.handed_in,
        approved=row.approved,
        note=row.note,
    )


def load_log(s: OrmSession) -> Log:
    """The whole log in one read transaction, ready for the rules engine."""
    prof = s.execute(select(ProfileRow).limit(1)).scalar()
    return Log(
        supervisors=tuple(supervisor(r) for r in s.execute(select(SupervisorRow)).scalars()),
        sessions=tuple(
            session(r)
            for r in s.execute(
                select(SessionRow).order_by(SessionRow.date, SessionRow.id)
            ).scalars()
        ),
        attendance=tuple(
            attendance(r)
            for r in s.execute(select(AttendanceRow).order_by(AttendanceRow.day)).scalars()
        ),
        assignments=tuple(
            assignment(r)
            for r in s.execute(select(AssignmentRow).order_by(AssignmentRow.due_date)).scalars()
        ),
        profile=profile(prof) if prof else None,
    )
