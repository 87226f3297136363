"""Participation, assignments, pace and problems for a programme (re-exported by ``rules``)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from miljologg.core import programme_texts as texts
from miljologg.core.model import PROGRAMME_FORMS, Log, Session, SessionStatus
from miljologg.core.professions import OTHER
from miljologg.core.programmes import Programme
from miljologg.core.rules_attendance import AttendanceResult
from miljologg.core.rules_base import Params, Problem, RequirementResult

_HELD = SessionStatus.HELD


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
    never asks for more than everything that is left. After the programme's last day there is
    no pace to a date gone by: ``ended`` is true, ``minutes_per_week_needed`` is None and
    ``missing`` says what is missing instead — (requirement key, minutes) for every requirement
    not met, the total last.
    """

    remaining_minutes: int
    end_date: dt.date
    weeks_left: float
    minutes_per_week_needed: int | None
    ended: bool = False
    missing: tuple[tuple[str, int], ...] = ()


def participation(
    log: Log, programme: Programme, is_made_up: Callable[[Session], bool]
) -> ParticipationResult:
    """Participation in supervision within the programme period."""
    held = missed = made_up = 0
    not_made_up: list[Session] = []
    start, end = programme.start, programme.end
    for s in log.sessions:
        if not start <= s.date <= end or s.form not in PROGRAMME_FORMS:
            continue
        if s.status is _HELD:
            held += 1
        else:
            missed += 1
            if is_made_up(s):
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


def assignments(log: Log, today: dt.date) -> AssignmentsResult:
    items = sorted(log.assignments, key=lambda a: (a.due_date, a.id))
    return AssignmentsResult(
        total=len(items),
        handed_in=sum(1 for a in items if a.handed_in is not None),
        approved=sum(1 for a in items if a.approved is not None),
        overdue=tuple(a.id for a in items if a.handed_in is None and a.due_date < today),
    )


def pace(
    programme: Programme, supervision: tuple[RequirementResult, ...], today: dt.date
) -> PaceResult:
    total = supervision[-1]
    remaining = total.remaining_minutes
    if today > programme.end:
        missing = tuple((r.key, r.remaining_minutes) for r in supervision if r.remaining_minutes)
        return PaceResult(remaining, programme.end, 0.0, None, True, missing)
    days_left = (programme.end - max(today, programme.start)).days + 1
    weeks = days_left / 7
    # ceil(remaining / max(1, weeks)), in integers
    per_week = 0 if remaining <= 0 else -(-remaining * 7 // max(7, days_left))
    return PaceResult(remaining, programme.end, weeks, per_week)


def planned_by(programme: Programme, day: dt.date) -> int:
    """The straight plan line's value on ``day`` (whole minutes, rounded down)."""
    length = (programme.end - programme.start).days
    if day <= programme.start or length <= 0:
        return 0 if day < programme.end else programme.supervision_total_minutes
    elapsed = min((day - programme.start).days, length)
    return programme.supervision_total_minutes * elapsed // length


# --------------------------------------------------------------------------------------------
# Problems


def _problem(
    code: str, params: Params = (), entity: str | None = None, entity_id: str | None = None
) -> Problem:
    return Problem(code, texts.problem(code, params), entity, entity_id, params)


def problems(
    log: Log,
    programme: Programme,
    today: dt.date,
    sessions: dict[str, Session],
    supervision: tuple[RequirementResult, ...],
    att: AttendanceResult,
    part: ParticipationResult,
    tasks: AssignmentsResult,
    pace: PaceResult,
) -> list[Problem]:
    """Everything to follow up, each a code with parameters pointing at its record if any."""
    out: list[Problem] = []
    if att.unregistered_past_days:  # one line for them all, linked to the first
        first = att.unregistered_past_days[0].isoformat()
        count = str(len(att.unregistered_past_days))
        out.append(
            _problem(
                "attendance_unregistered",
                (("count", count), ("first_date", first)),
                "attendance",
                first,
            )
        )
    required = ("required_percent", str(att.required_percent))
    params: Params
    if att.required_percent > 0 and not att.reachable:
        params = (
            required,
            ("out_of_reach_minutes", str(att.out_of_reach_minutes)),
            ("best_possible_percent", str(att.best_possible_percent)),
        )
        out.append(_problem("attendance_out_of_reach", params, "attendance"))
    elif att.percent_of_registered is not None and att.percent_of_registered < att.required_percent:
        params = (("percent", str(att.percent_of_registered)), required)
        out.append(_problem("attendance_below", params, "attendance"))
    if part.percent < part.required_percent:
        for sid in part.missed_not_made_up:
            date = ("date", sessions[sid].date.isoformat())
            out.append(_problem("missed_not_made_up", (date,), "session", sid))
    for s in sorted(log.sessions, key=lambda s: (s.date, s.id)):
        rejection = log.rejection(s.id)
        if rejection is None:
            continue
        sup = log.supervisor(rejection.supervisor_id)
        params = (
            ("date", s.date.isoformat()),
            ("name", sup.name if sup else ""),
            ("comment", rejection.comment),
        )
        out.append(_problem("rejected", params, "session", s.id))
    not_approved: dict[str, int] = defaultdict(int)
    for result in supervision[:-1]:
        for u in result.uncounted:
            if u.code == "supervisor_not_approved":
                not_approved[sessions[u.session_id].supervisor_id] += u.minutes
    for sup_id, minutes in not_approved.items():
        sup = log.supervisor(sup_id)
        params = (("name", sup.name if sup else sup_id), ("minutes", str(minutes)))
        out.append(_problem("supervisor_not_approved", params, "supervisor", sup_id))
    for sup in sorted(log.supervisors, key=lambda x: (x.name, x.id)):
        if sup.profession == OTHER:
            params = (("name", sup.name), ("text", sup.profession_other or "annet"))
            out.append(_problem("supervisor_profession_other", params, "supervisor", sup.id))
    titles = {a.id: a.title for a in log.assignments}
    for aid in tasks.overdue:
        out.append(_problem("assignment_overdue", (("title", titles[aid]),), "assignment", aid))
    total = supervision[-1]
    labels = {r.key: r.label for r in supervision}
    if pace.ended:  # no pace to a date gone by: what is missing, requirement by requirement
        for key, minutes in pace.missing:
            params = (
                ("end_date", pace.end_date.isoformat()),
                ("label", labels[key]),
                ("remaining_minutes", str(minutes)),
            )
            out.append(_problem("supervision_incomplete", params))
    elif total.required_minutes and total.remaining_minutes:
        behind = planned_by(programme, today) - total.counted_minutes
        if behind > 0:
            params = (
                ("behind_minutes", str(behind)),
                ("per_week_minutes", str(pace.minutes_per_week_needed or 0)),
                ("end_date", pace.end_date.isoformat()),
            )
            out.append(_problem("behind_pace", params))
    return out
