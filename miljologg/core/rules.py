"""The one place that computes progress: (log, programme or scheme) → results with reasons.

The dashboard, ``miljologg status`` and the PDF dossier print what this module returns, so their
numbers can never disagree. Every session that does not count carries exactly one code and one
plain Norwegian reason, so a student can see *why* an hour is missing, not just that it is.

Counting supervision for a programme. A session is checked in this order and gets the reason of
the first check it fails:

1. ``missed_made_up`` / ``missed_not_made_up`` – it was not held (never counts, made up or not);
2. ``future`` – dated after today (a held session cannot lie ahead);
3. ``outside_programme`` – dated outside the programme period [start, end];
4. ``group_too_small`` – a group form with fewer than 2 participants;
5. ``unknown_supervisor`` / ``supervisor_not_approved`` – only for forms in
   ``approved_supervisor_forms``: the supervisor must exist and hold ``Approval.PROGRAMME``;
6. gathering group only: ``not_gathering_day``, ``attendance_unregistered`` (no attendance
   registered for that day) or ``absent`` (registered absent); present and partial both count.

Everything is a single pass over the sessions with dictionaries for lookups (attendance by date,
sessions by id), so 10,000 sessions take a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from miljologg.core.model import AttendanceStatus, Form, Log, Session, SessionStatus
from miljologg.core.programmes import Gathering, Programme
from miljologg.core.rules_attendance import AttendanceResult, evaluate_attendance
from miljologg.core.rules_base import (
    UNCOUNTED_ORDER,
    Problem,
    RequirementResult,
    SeriesPoint,
    Uncounted,
)
from miljologg.core.rules_scheme import SchemeStatus, evaluate_scheme
from miljologg.core.units import format_date, format_hours, format_percent

__all__ = [
    "AssignmentsResult",
    "AttendanceResult",
    "PaceResult",
    "ParticipationResult",
    "Problem",
    "ProgrammeStatus",
    "RequirementResult",
    "SchemeStatus",
    "SeriesPoint",
    "Uncounted",
    "evaluate_programme",
    "evaluate_scheme",
    "plan_series",
    "progress_series",
]

#: The order of ``ProgrammeStatus.supervision`` and the Norwegian label of each requirement.
REQUIREMENT_LABELS: dict[str, str] = {
    Form.INDIVIDUAL.value: "Individuell veiledning",
    Form.EXTERNAL_GROUP.value: "Gruppeveiledning med ekstern veileder",
    Form.GATHERING_GROUP.value: "Gruppeveiledning på samlingene",
    "total": "Veiledning totalt",
}
_FORMS = (Form.INDIVIDUAL, Form.EXTERNAL_GROUP, Form.GATHERING_GROUP)
_HELD, _INDIVIDUAL, _GATHERING = SessionStatus.HELD, Form.INDIVIDUAL, Form.GATHERING_GROUP


@dataclass(frozen=True)
class ParticipationResult:
    """Participation in supervision: a missed session must be made up by a later one.

    ``percent`` = sessions held or made up ÷ all sessions in the programme period, held plus
    missed (a make-up session is itself held); 100 when there are none.
    """

    held: int
    missed: int
    missed_not_made_up: tuple[str, ...]
    made_up: int
    required_percent: float
    percent: float


@dataclass(frozen=True)
class AssignmentsResult:
    """Written assignments; overdue = due before today and not handed in."""

    total: int
    handed_in: int
    approved: int
    overdue: tuple[str, ...]


@dataclass(frozen=True)
class PaceResult:
    """What it takes to reach the total supervision requirement by the programme's end.

    ``weeks_left`` counts from today (or the start, if later) to the end, both days included;
    ``minutes_per_week_needed`` divides the remainder by at least one week, so a last short week
    never asks for more than everything that is left.
    """

    remaining_minutes: int
    end_date: dt.date
    weeks_left: float
    minutes_per_week_needed: int


@dataclass(frozen=True)
class ProgrammeStatus:
    """Everything the dashboard, ``status`` and the dossier show about a programme."""

    programme_id: str
    today: dt.date
    supervision: tuple[RequirementResult, ...]  # individual, external_group, gathering_group, total
    attendance: AttendanceResult
    participation: ParticipationResult
    assignments: AssignmentsResult
    pace: PaceResult
    next_gathering: Gathering | None
    problems: tuple[Problem, ...]

    def requirement(self, key: str) -> RequirementResult:
        """The supervision result by key ("individual", …, "total"); KeyError if unknown."""
        for result in self.supervision:
            if result.key == key:
                return result
        raise KeyError(key)


# --------------------------------------------------------------------------------------------
# Supervision


class _Counter:
    """Why a session does not count for a programme; ``None`` when it counts."""

    def __init__(self, log: Log, programme: Programme, today: dt.date) -> None:
        self.log = log
        self.programme = programme
        self.today = today
        self.by_id = {s.id: s for s in log.sessions}
        self.attendance = {a.date: a for a in log.attendance}
        self.period = f"{format_date(programme.start)}–{format_date(programme.end)}"
        # For the fast path: what every check needs, as sets, so most sessions cost a few
        # comparisons and no method calls.
        self.approved = frozenset(s.id for s in log.supervisors if s.programme_approved)
        self.attended_days = frozenset(
            d.date
            for d in programme.teaching_days()
            if (a := self.attendance.get(d.date)) is not None
            and a.status is not AttendanceStatus.ABSENT
        )

    def counts(self, s: Session) -> bool:
        """The quick answer to ``reason(s) is None`` (the two must agree)."""
        form = s.form
        return (
            s.status is _HELD
            and self.programme.start <= s.date <= self.today
            and s.date <= self.programme.end
            and (form is _INDIVIDUAL or s.group_size >= 2)
            and (
                form not in self.programme.approved_supervisor_forms
                or s.supervisor_id in self.approved
            )
            and (form is not _GATHERING or s.date in self.attended_days)
        )

    def made_up(self, s: Session) -> bool:
        """Missed, and linked to a session that exists and was held."""
        other = self.by_id.get(s.made_up_by_id) if s.made_up_by_id is not None else None
        return other is not None and other.status is SessionStatus.HELD

    def reason(self, s: Session) -> tuple[str, str] | None:
        if s.status is SessionStatus.MISSED:
            if self.made_up(s):
                return "missed_made_up", "Møtet ble ikke holdt (det er tatt igjen ved et annet)."
            return "missed_not_made_up", "Møtet ble ikke holdt og er ikke tatt igjen."
        if s.date > self.today:
            return "future", "Datoen har ikke vært ennå."
        if not self.programme.contains(s.date):
            return "outside_programme", f"Ligger utenfor programperioden {self.period}."
        if s.form.is_group and s.group_size < 2:
            return "group_too_small", "Gruppeveiledning krever minst 2 deltakere."
        if s.form in self.programme.approved_supervisor_forms:
            sup = self.log.supervisor(s.supervisor_id)
            if sup is None:
                return "unknown_supervisor", "Veilederen finnes ikke i loggen."
            if not sup.programme_approved:
                return (
                    "supervisor_not_approved",
                    f"Veileder «{sup.name}» er ikke registrert som godkjent av utdanningen.",
                )
        if s.form is Form.GATHERING_GROUP:
            if not self.programme.is_gathering_day(s.date):
                return "not_gathering_day", "Datoen er ikke en samlingsdag i programmet."
            reg = self.attendance.get(s.date)
            if reg is None:
                return "attendance_unregistered", "Oppmøte ikke registrert for samlingsdagen."
            if reg.status is AttendanceStatus.ABSENT:
                return "absent", "Du er registrert borte fra samlingen denne dagen."
        return None


def _supervision(
    log: Log, programme: Programme, counter: _Counter
) -> tuple[tuple[RequirementResult, ...], list[Session]]:
    counted: dict[Form, int] = dict.fromkeys(_FORMS, 0)
    every: list[Uncounted] = []
    forms: dict[str, Form] = {}
    counted_sessions: list[Session] = []
    fast = counter.counts
    for s in log.sessions:
        why = None if fast(s) else counter.reason(s)
        if why is None:
            counted[s.form] += s.minutes
            counted_sessions.append(s)
        else:
            every.append(Uncounted(s.id, s.date, s.minutes, why[0], why[1]))
            forms[s.id] = s.form
    every.sort(key=UNCOUNTED_ORDER)  # one sort; the per-form splits keep it
    results = []
    for form in _FORMS:
        items = tuple(u for u in every if forms[u.session_id] is form)
        results.append(
            RequirementResult(
                key=form.value,
                label=REQUIREMENT_LABELS[form.value],
                required_minutes=programme.supervision_minutes(form),
                counted_minutes=counted[form],
                uncounted_minutes=sum(u.minutes for u in items),
                uncounted=items,
            )
        )
    results.append(
        RequirementResult(
            key="total",
            label=REQUIREMENT_LABELS["total"],
            required_minutes=programme.supervision_total_minutes,
            counted_minutes=sum(r.counted_minutes for r in results),
            uncounted_minutes=sum(u.minutes for u in every),
            uncounted=tuple(every),
        )
    )
    return tuple(results), counted_sessions


# --------------------------------------------------------------------------------------------
# Participation, assignments, pace


def _participation(log: Log, programme: Programme, counter: _Counter) -> ParticipationResult:
    held = missed = made_up = 0
    not_made_up: list[Session] = []
    start, end = programme.start, programme.end
    for s in log.sessions:
        if not start <= s.date <= end:
            continue
        if s.status is _HELD:
            held += 1
        else:
            missed += 1
            if counter.made_up(s):
                made_up += 1
            else:
                not_made_up.append(s)
    total = held + missed
    percent = 100.0 if total == 0 else 100.0 * (total - len(not_made_up)) / total
    return ParticipationResult(
        held=held,
        missed=missed,
        missed_not_made_up=tuple(s.id for s in sorted(not_made_up, key=lambda s: (s.date, s.id))),
        made_up=made_up,
        required_percent=programme.supervision_participation_percent,
        percent=percent,
    )


def _assignments(log: Log, today: dt.date) -> AssignmentsResult:
    items = sorted(log.assignments, key=lambda a: (a.due_date, a.id))
    return AssignmentsResult(
        total=len(items),
        handed_in=sum(1 for a in items if a.handed_in is not None),
        approved=sum(1 for a in items if a.approved is not None),
        overdue=tuple(a.id for a in items if a.handed_in is None and a.due_date < today),
    )


def _pace(programme: Programme, total: RequirementResult, today: dt.date) -> PaceResult:
    remaining = total.remaining_minutes
    days_left = (programme.end - max(today, programme.start)).days + 1
    weeks = max(0, days_left) / 7
    # ceil(remaining / max(1, weeks)), in integers
    per_week = 0 if remaining <= 0 else -(-remaining * 7 // max(7, days_left))
    return PaceResult(remaining, programme.end, weeks, per_week)


def _planned_by(programme: Programme, day: dt.date) -> int:
    """The straight plan line's value on ``day`` (whole minutes, rounded down)."""
    length = (programme.end - programme.start).days
    if day <= programme.start or length <= 0:
        return 0 if day < programme.end else programme.supervision_total_minutes
    elapsed = min((day - programme.start).days, length)
    return programme.supervision_total_minutes * elapsed // length


# --------------------------------------------------------------------------------------------
# Problems


def _problems(
    log: Log,
    programme: Programme,
    today: dt.date,
    counter: _Counter,
    supervision: tuple[RequirementResult, ...],
    att: AttendanceResult,
    part: ParticipationResult,
    assignments: AssignmentsResult,
    pace: PaceResult,
) -> list[Problem]:
    out: list[Problem] = []
    for day in att.unregistered_past_days:
        out.append(
            Problem(
                "attendance_unregistered",
                f"Oppmøte er ikke registrert for samlingsdagen {format_date(day)}.",
                "attendance",
                day.isoformat(),
            )
        )
    need = format_percent(att.required_percent, 0)
    if att.required_percent > 0 and att.projected_percent < att.required_percent:
        out.append(
            Problem(
                "attendance_projected_below",
                f"Med fraværet som er registrert kan du høyst nå "
                f"{format_percent(att.projected_percent)} oppmøte; kravet er {need}.",
                "attendance",
                None,
            )
        )
    elif att.elapsed_planned_minutes and att.percent < att.required_percent:
        out.append(
            Problem(
                "attendance_below",
                f"Oppmøtet så langt er {format_percent(att.percent)}, under kravet på {need}.",
                "attendance",
                None,
            )
        )
    if part.percent < part.required_percent:
        for sid in part.missed_not_made_up:
            when = format_date(counter.by_id[sid].date)
            out.append(
                Problem(
                    "missed_not_made_up",
                    f"Veiledningen {when} ble ikke holdt og må tas igjen.",
                    "session",
                    sid,
                )
            )
    not_approved: dict[str, int] = defaultdict(int)
    for result in supervision[:-1]:
        for u in result.uncounted:
            if u.code == "supervisor_not_approved":
                not_approved[counter.by_id[u.session_id].supervisor_id] += u.minutes
    for sup_id, minutes in not_approved.items():
        sup = log.supervisor(sup_id)
        name = sup.name if sup else sup_id
        out.append(
            Problem(
                "supervisor_not_approved",
                f"Veileder «{name}» er ikke registrert som godkjent av utdanningen; "
                f"{format_hours(minutes)} veiledning teller derfor ikke.",
                "supervisor",
                sup_id,
            )
        )
    titles = {a.id: a.title for a in log.assignments}
    for aid in assignments.overdue:
        out.append(
            Problem(
                "assignment_overdue",
                f"Arbeidskravet «{titles[aid]}» har passert fristen og er ikke levert.",
                "assignment",
                aid,
            )
        )
    total = supervision[-1]
    if total.required_minutes and total.remaining_minutes:
        if today > programme.end:
            out.append(
                Problem(
                    "supervision_incomplete",
                    f"Programmet er avsluttet, og {format_hours(total.remaining_minutes)} "
                    "veiledning mangler.",
                    None,
                    None,
                )
            )
        else:
            behind = _planned_by(programme, today) - total.counted_minutes
            if behind > 0:
                out.append(
                    Problem(
                        "behind_pace",
                        f"Du ligger {format_hours(behind)} bak en jevn plan for veiledningen; "
                        f"{format_hours(pace.minutes_per_week_needed)} per uke trengs "
                        f"fram til {format_date(pace.end_date)}.",
                        None,
                        None,
                    )
                )
    return out


# --------------------------------------------------------------------------------------------
# Public API


def evaluate_programme(log: Log, programme: Programme, today: dt.date) -> ProgrammeStatus:
    """The student's whole standing in a programme on ``today``."""
    counter = _Counter(log, programme, today)
    supervision, _counted = _supervision(log, programme, counter)
    attendance = evaluate_attendance(log, programme, today)
    participation = _participation(log, programme, counter)
    assignments = _assignments(log, today)
    pace = _pace(programme, supervision[-1], today)
    next_gathering = next((g for g in programme.gatherings if g.last_day >= today), None)
    problems = _problems(
        log, programme, today, counter, supervision, attendance, participation, assignments, pace
    )
    return ProgrammeStatus(
        programme_id=programme.id,
        today=today,
        supervision=supervision,
        attendance=attendance,
        participation=participation,
        assignments=assignments,
        pace=pace,
        next_gathering=next_gathering,
        problems=tuple(problems),
    )


def progress_series(
    log: Log, programme: Programme, today: dt.date | None = None
) -> tuple[SeriesPoint, ...]:
    """Cumulative counted supervision minutes (all forms) per date with sessions, for a chart.

    The first point is (start, 0) so the line begins where the plan line does. Without
    ``today``, no session is treated as lying in the future.
    """
    counter = _Counter(log, programme, today or dt.date.max)
    _results, counted = _supervision(log, programme, counter)
    per_day: dict[dt.date, int] = defaultdict(int)
    for s in counted:
        per_day[s.date] += s.minutes
    points = [SeriesPoint(programme.start, 0)]
    running = 0
    for day in sorted(per_day):
        running += per_day[day]
        if day == programme.start:
            points[0] = SeriesPoint(day, running)
        else:
            points.append(SeriesPoint(day, running))
    return tuple(points)


def plan_series(programme: Programme) -> tuple[SeriesPoint, ...]:
    """A straight plan line from (start, 0) to (end, total required minutes)."""
    return (
        SeriesPoint(programme.start, 0),
        SeriesPoint(programme.end, programme.supervision_total_minutes),
    )
