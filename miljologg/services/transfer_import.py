"""The import of a JSON export: every record validated as the dialogs do, then added at once.

Records carry their UUIDs, so the same record imported twice is recognised as a duplicate and
skipped; the same id with other content is refused rather than silently overwriting what the
user has. The file is read by ``services/transfer_read.py``; the service is
``services/transfer.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core.i18n import _
from miljologg.core.model import Approval, AttendanceStatus, Form, Role, SessionStatus
from miljologg.core.programmes import bundled_programmes
from miljologg.core.units import format_date
from miljologg.db.models import (
    AssignmentRow,
    AttendanceRow,
    Base,
    ConfirmationRow,
    ProfileRow,
    SessionRow,
    SupervisorRow,
    new_id,
)
from miljologg.services import validation
from miljologg.services.assignments import AssignmentInput, validate_assignment
from miljologg.services.assignments import _apply as apply_assignment
from miljologg.services.attendance import _check as check_attendance
from miljologg.services.audit import AuditWriter
from miljologg.services.confirmations import prerequisites
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileInput, validate_profile
from miljologg.services.sessions import SessionInput
from miljologg.services.sessions import _apply as apply_session
from miljologg.services.sessions import _validate as validate_session
from miljologg.services.supervisors import SupervisorInput
from miljologg.services.supervisors import _apply as apply_supervisor
from miljologg.services.supervisors import _validate as validate_supervisor
from miljologg.services.transfer_read import (
    Reader,
    located,
    parse_date,
    parse_time,
    read_enum,
    record_list,
    unencodable,
)


@dataclass(frozen=True)
class ImportReport:
    """What an import did: counts of new and already-present records per kind."""

    added: Mapping[str, int]
    duplicates: Mapping[str, int]
    #: The export's profile name when the file kept its own, different profile (the file's
    #: owner never changes by an import); None when they agree or the profile was taken in.
    profile_not_taken: str | None = None


def check_encodable(data: Mapping[str, Any]) -> None:
    """Refuse a file with a string SQLite cannot store, before a transaction is opened."""
    bad = unencodable(data, "")
    if bad is not None:
        if bad:
            message = _("{where}: inneholder ugyldige tegn.").format(where=bad)
        else:
            message = _("Filen inneholder ugyldige tegn.")
        raise ValidationError(bad or "file", message)


def import_into(
    s: OrmSession, today: dt.date, now: dt.datetime, data: Mapping[str, Any]
) -> ImportReport:
    """Validate everything and add it in the caller's transaction (all or nothing); the
    caller has checked the text with ``check_encodable`` first."""
    added = {
        "profile": 0, "supervisors": 0, "sessions": 0, "attendance": 0, "assignments": 0,
        "confirmations": 0,
    }  # fmt: skip
    dups = dict.fromkeys(added, 0)
    #: Ids present per table, read once: asking the session per record would flush the rows
    #: added so far each time (about a millisecond a record).
    known: dict[type[Base], set[str]] = {}
    profile_not_taken: str | None = None
    audit = AuditWriter(s, now)
    existing_profile = s.execute(select(ProfileRow).limit(1)).scalar()
    programme_id = existing_profile.programme_id if existing_profile else ""
    if data.get("profile") is not None:
        r = Reader(data["profile"], "profile")
        try:
            prof = validate_profile(
                ProfileInput(
                    name=r.get("name", str),
                    programme_id=r.get("programme_id", str, ""),
                    role=read_enum(r, "role", Role, "student"),
                    profession=r.get("profession", str, ""),
                    workplace=r.get("workplace", str, ""),
                    client_group=r.get("client_group", str, ""),
                    tasks=r.get("tasks", str, ""),
                    profession_other=r.get("profession_other", str, ""),
                )
            )
        except ValidationError as exc:
            raise located("profile", exc) from None
        if existing_profile is None:
            profile_row = ProfileRow(id=r.id(), created_at=now, updated_at=now)
            for key in (
                "name",
                "profession",
                "profession_other",
                "workplace",
                "programme_id",
                "client_group",
                "tasks",
            ):
                setattr(profile_row, key, getattr(prof, key))
            profile_row.role = prof.role.value
            s.add(profile_row)
            audit.record("create", profile_row, "import")
            added["profile"] = 1
            programme_id = prof.programme_id
        else:
            dups["profile"] = 1
            if (prof.name, prof.programme_id) != (
                existing_profile.name,
                existing_profile.programme_id,
            ):
                profile_not_taken = prof.name
    programme = bundled_programmes().get(programme_id)

    supervisor_ids = set(s.execute(select(SupervisorRow.id)).scalars())
    for i, raw in enumerate(record_list(data, "supervisors")):
        where = f"supervisors[{i}]"
        r = Reader(raw, where)
        try:
            approvals = frozenset(Approval(a) for a in r.get("approvals", list, []))
        except (ValueError, TypeError):
            raise r.fail("approvals", _("ukjent godkjenning.")) from None
        try:
            clean = validate_supervisor(
                SupervisorInput(
                    r.get("name", str),
                    r.get("profession", str, ""),
                    approvals,
                    r.get("workplace", str, ""),
                    r.get("position", str, ""),
                    r.get("profession_other", str, ""),
                )
            )
        except ValidationError as exc:
            raise located(where, exc) from None
        supervisor_row = SupervisorRow(id=r.id(), created_at=now, updated_at=now)
        apply_supervisor(supervisor_row, clean)
        add_or_skip(s, audit, supervisor_row, where, added, dups, "supervisors", known)
        supervisor_ids.add(supervisor_row.id)

    links: list[tuple[str, str, str]] = []
    for i, raw in enumerate(record_list(data, "sessions")):
        where = f"sessions[{i}]"
        r = Reader(raw, where)
        try:
            item = SessionInput(
                date=r.parse("date", parse_date),  # type: ignore[arg-type]
                minutes=r.get("minutes", int),
                form=read_enum(r, "form", Form),
                # supervision the student gave has none (null)
                supervisor_id=r.id("supervisor_id") if raw.get("supervisor_id") else "",
                group_size=r.get("group_size", int, 1),
                topic=r.get("topic", str, ""),
                reflection=r.get("reflection", str, ""),
                start_time=r.parse("start_time", parse_time, required=False),
                status=read_enum(r, "status", SessionStatus, "held"),
                participants_profession=r.get("participants_profession", str, ""),
            )
            clean_session = validate_session(item, programme, today, supervisor_ids)
        except ValidationError as exc:
            raise located(where, exc) from None
        session_row = SessionRow(id=r.id(), created_at=now, updated_at=now, made_up_by_id=None)
        apply_session(session_row, clean_session)
        made_up = r.id("made_up_by_id") if raw.get("made_up_by_id") else None
        if made_up:
            links.append((session_row.id, made_up, where))
        add_or_skip(
            s,
            audit,
            session_row,
            where,
            added,
            dups,
            "sessions",
            known,
            ignore=("made_up_by_id",),
        )
    s.flush()
    for missed_id, make_up_id, where in links:
        missed = s.get(SessionRow, missed_id)
        replacement = s.get(SessionRow, make_up_id)
        if replacement is None:
            place = f"{where}.made_up_by_id"
            raise ValidationError(place, f"{place}: " + _("viser til et ukjent møte."))
        if missed is not None:
            try:  # the rule «Ta igjen» applies: a later held session, never the session itself
                validation.make_up(missed, replacement, "made_up_by_id")
            except ValidationError as exc:
                raise located(where, exc) from None
        if missed is not None and missed.made_up_by_id != make_up_id:
            missed.made_up_by_id = make_up_id
            audit.record("update", missed, "import")

    for i, raw in enumerate(record_list(data, "attendance")):
        where = f"attendance[{i}]"
        r = Reader(raw, where)
        if programme is None:
            problem = _("oppmøte krever et studieprogram i profilen.")
            raise ValidationError(where, f"{where}: {problem}")
        day = r.parse("date", parse_date)
        assert day is not None  # required: parse raised if it was missing
        status = read_enum(r, "status", AttendanceStatus)
        try:
            minutes = check_attendance(
                programme, day, status, r.get("minutes_present", int, required=False), today
            )
        except ValidationError as exc:
            raise located(where, exc) from None
        existing = s.execute(select(AttendanceRow).where(AttendanceRow.day == day)).scalar()
        try:
            reason = validation.text(
                "reason", _("Begrunnelse"), r.get("reason", str, ""), max_len=500
            )
        except ValidationError as exc:
            raise located(where, exc) from None
        if status is AttendanceStatus.PRESENT:
            reason = ""  # as AttendanceService.set_many stores it
        if existing is not None:
            if (existing.status, existing.minutes_present, existing.reason) != (
                status.value,
                minutes,
                reason,
            ):
                problem = _("{date} er allerede registrert annerledes.")
                raise ValidationError(where, f"{where}: " + problem.format(date=format_date(day)))
            dups["attendance"] += 1
            continue
        attendance_row = AttendanceRow(
            id=new_id(),
            day=day,
            status=status.value,
            minutes_present=minutes,
            reason=reason,
            created_at=now,
            updated_at=now,
        )
        s.add(attendance_row)
        audit.record("create", attendance_row, "import")
        added["attendance"] += 1

    for i, raw in enumerate(record_list(data, "assignments")):
        where = f"assignments[{i}]"
        r = Reader(raw, where)
        try:
            clean_a = validate_assignment(
                AssignmentInput(
                    r.get("title", str),
                    r.parse("due_date", parse_date),  # type: ignore[arg-type]
                    r.parse("handed_in", parse_date, required=False),
                    r.parse("approved", parse_date, required=False),
                    r.get("note", str, ""),
                ),
                today,
            )
        except ValidationError as exc:
            raise located(where, exc) from None
        assignment_row = AssignmentRow(id=r.id(), created_at=now, updated_at=now)
        apply_assignment(assignment_row, clean_a)
        add_or_skip(s, audit, assignment_row, where, added, dups, "assignments", known)
    _import_confirmations(s, audit, today, now, data, added, dups)
    return ImportReport(added, dups, profile_not_taken)


def _import_confirmations(
    s: OrmSession,
    audit: AuditWriter,
    today: dt.date,
    now: dt.datetime,
    data: Mapping[str, Any],
    added: dict[str, int],
    dups: dict[str, int],
) -> None:
    """Confirmed prerequisites: a code the file already has confirmed is kept as it is."""
    known = {p.code for p in prerequisites()}
    have = set(s.execute(select(ConfirmationRow.code)).scalars())
    for i, raw in enumerate(record_list(data, "confirmations")):
        where = f"confirmations[{i}]"
        r = Reader(raw, where)
        code = r.get("code", str)
        if code not in known:
            raise r.fail("code", _("ukjent forutsetning «{code}».").format(code=code[:40]))
        when = r.parse("confirmed_on", parse_date)
        assert when is not None  # required: parse raised if it was missing
        try:
            validation.date("confirmed_on", when, today, future_days=0)
            note = validation.text("note", _("Merknad"), r.get("note", str, ""), max_len=500)
        except ValidationError as exc:
            raise located(where, exc) from None
        if code in have:
            dups["confirmations"] += 1
            continue
        row = ConfirmationRow(
            id=new_id(), code=code, confirmed_on=when, note=note, created_at=now, updated_at=now
        )
        s.add(row)
        audit.record("create", row, "import")
        have.add(code)
        added["confirmations"] += 1


def add_or_skip(
    s: OrmSession,
    audit: AuditWriter,
    row: Base,
    where: str,
    added: dict[str, int],
    dups: dict[str, int],
    key: str,
    known: dict[type[Base], set[str]],
    ignore: tuple[str, ...] = (),
) -> None:
    """Insert a new record, skip an identical one, refuse the same id with other content."""
    cls = type(row)
    ids = known.get(cls)
    if ids is None:
        ids = known[cls] = set(s.execute(select(cls.id)).scalars())  # type: ignore[attr-defined]
    record_id = row.id  # type: ignore[attr-defined]
    existing = s.get(cls, record_id) if record_id in ids else None
    if existing is None:
        ids.add(record_id)
        s.add(row)
        audit.record("create", row, "import")
        added[key] += 1
        return
    same = all(
        getattr(existing, c.key) == getattr(row, c.key)
        for c in cls.__mapper__.column_attrs
        if c.key not in {"created_at", "updated_at", *ignore}
    )
    if not same:
        problem = _("id {id} finnes allerede med annet innhold.").format(id=record_id)
        raise ValidationError(where, f"{where}: {problem}")
    dups[key] += 1
