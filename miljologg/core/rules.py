"""The one place that computes progress: (log, programme or scheme) → results with reasons.

The dashboard, the pages, ``miljologg status``, the CSV export and the PDF dossier print what
this module (with ``figures`` for a list's summary and the hours per supervisor) returns, and
``tests/test_views_agree.py`` compares them, so their numbers can never disagree. Every held
session that does not count carries exactly one code with its parameters and one plain
Norwegian reason, so a student can see *why* an hour is missing, not just that it is.

Counting supervision for a programme. A session that was not held (missed) is no supervision
at all: it is a participation matter (``ParticipationResult``: made up or not), never in an
``uncounted`` list or ``uncounted_minutes`` — a committee must not read it as rejected hours.
A held session is checked in this order and gets the reason of the first check it fails:

1. ``rejected`` – its supervisor rejected it and the rejection stands (``Log.rejections``): it
   counts again only once the same supervisor signs it or the student reopens it;
2. ``future`` – dated after today (a held session cannot lie ahead);
3. ``outside_programme`` – dated outside the programme period [start, end];
4. ``group_too_small`` – a group form with fewer than 2 participants;
5. ``unknown_supervisor`` / ``supervisor_not_approved`` – only for forms in
   ``approved_supervisor_forms``: the supervisor must exist and hold ``Approval.PROGRAMME``;
6. gathering group only: ``not_gathering_day``, ``attendance_unregistered`` (no attendance
   registered for that day) or ``absent`` (registered absent); present and partial both count.

Reasons and problems are codes with parameters; their sentences come from ``programme_texts``.

Everything is a single pass over the sessions with dictionaries for lookups (attendance by date,
sessions by id), so 10,000 sessions take a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from miljologg.core import programme_texts as texts
from miljologg.core import rules_progress as progress
from miljologg.core.i18n import Labels
from miljologg.core.labels import FORM_TITLES, TOTAL_TITLE
from miljologg.core.model import (
    PROGRAMME_FORMS,
    AttendanceStatus,
    Form,
    Log,
    Session,
    SessionStatus,
)
from miljologg.core.programmes import Gathering, Programme
from miljologg.core.rules_attendance import (
    AttendanceResult,
    DayResult,
    DayState,
    GatheringDays,
    count_days,
    evaluate_attendance,
)
from miljologg.core.rules_base import (
    UNCOUNTED_ORDER,
    Params,
    Problem,
    RequirementResult,
    SeriesPoint,
    Uncounted,
)
from miljologg.core.rules_progress import AssignmentsResult, PaceResult, ParticipationResult
from miljologg.core.rules_scheme import RouteResult, SchemeStatus, evaluate_scheme

__all__ = [
    "AssignmentsResult",
    "AttendanceResult",
    "DayResult",
    "DayState",
    "GatheringDays",
    "PaceResult",
    "ParticipationResult",
    "Problem",
    "ProgrammeStatus",
    "RequirementResult",
    "RouteResult",
    "SchemeStatus",
    "SeriesPoint",
    "Uncounted",
    "count_days",
    "evaluate_programme",
    "evaluate_scheme",
    "plan_series",
    "progress_series",
]

#: The order of ``ProgrammeStatus.supervision`` and the Norwegian label of each requirement.
REQUIREMENT_LABELS: Mapping[str, str] = Labels(
    {
        **{form.value: FORM_TITLES.source(form) for form in FORM_TITLES},
        "total": TOTAL_TITLE,
    }
)
_FORMS = PROGRAMME_FORMS
_HELD, _INDIVIDUAL, _GATHERING = SessionStatus.HELD, Form.INDIVIDUAL, Form.GATHERING_GROUP


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
    #: The ids of the sessions that count (for a list's summary: ``figures.summarize_sessions``).
    counted_ids: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

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
        self.period = (
            ("start_date", programme.start.isoformat()),
            ("end_date", programme.end.isoformat()),
        )
        # For the fast path: what every check needs, as sets, so most sessions cost a few
        # comparisons and no method calls.
        self.approved = frozenset(s.id for s in log.supervisors if s.programme_approved)
        self.rejected = frozenset(r.session_id for r in log.rejections)
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
            and s.id not in self.rejected
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

    def reason(self, s: Session) -> tuple[str, Params] | None:
        """Why a held session does not count (a code and its parameters), or None."""
        rejection = self.log.rejection(s.id)
        if rejection is not None:
            return "rejected", (("comment", rejection.comment),)
        if s.date > self.today:
            return "future", ()
        if not self.programme.contains(s.date):
            return "outside_programme", self.period
        if s.form.is_group and s.group_size < 2:
            return "group_too_small", ()
        if s.form in self.programme.approved_supervisor_forms:
            sup = self.log.supervisor(s.supervisor_id)
            if sup is None:
                return "unknown_supervisor", ()
            if not sup.programme_approved:
                return "supervisor_not_approved", (("name", sup.name),)
        if s.form is Form.GATHERING_GROUP:
            if not self.programme.is_gathering_day(s.date):
                return "not_gathering_day", ()
            reg = self.attendance.get(s.date)
            if reg is None:
                return "attendance_unregistered", ()
            if reg.status is AttendanceStatus.ABSENT:
                return "absent", ()
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
        if s.form not in counted:
            continue  # supervision given, or received on it: not a programme form at all
        if s.status is not _HELD:
            continue  # not supervision at all: participation says whether it was made up
        why = None if fast(s) else counter.reason(s)
        if why is None:
            counted[s.form] += s.minutes
            counted_sessions.append(s)
        else:
            code, params = why
            every.append(
                Uncounted(s.id, s.date, s.minutes, code, texts.reason(code, params), params)
            )
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
# Public API


def evaluate_programme(log: Log, programme: Programme, today: dt.date) -> ProgrammeStatus:
    """The student's whole standing in a programme on ``today``."""
    counter = _Counter(log, programme, today)
    supervision, counted = _supervision(log, programme, counter)
    attendance = evaluate_attendance(log, programme, today)
    participation = progress.participation(log, programme, counter.made_up)
    assignments = progress.assignments(log, today)
    pace = progress.pace(programme, supervision, today)
    next_gathering = next((g for g in programme.gatherings if g.last_day >= today), None)
    problems = progress.problems(
        log,
        programme,
        today,
        counter.by_id,
        supervision,
        attendance,
        participation,
        assignments,
        pace,
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
        counted_ids=frozenset(s.id for s in counted),
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
