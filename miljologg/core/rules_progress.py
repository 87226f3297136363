"""Participation, assignments, pace and problems for a programme (re-exported by ``rules``)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from miljologg.core.i18n import _
from miljologg.core.model import PROGRAMME_FORMS, Log, Session, SessionStatus
from miljologg.core.professions import OTHER
from miljologg.core.programmes import Programme
from miljologg.core.rules_attendance import AttendanceResult
from miljologg.core.rules_base import Problem, RequirementResult
from miljologg.core.units import format_date, format_hours, format_percent

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
    never asks for more than everything that is left.
    """

    remaining_minutes: int
    end_date: dt.date
    weeks_left: float
    minutes_per_week_needed: int


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


def pace(programme: Programme, total: RequirementResult, today: dt.date) -> PaceResult:
    remaining = total.remaining_minutes
    days_left = (programme.end - max(today, programme.start)).days + 1
    weeks = max(0, days_left) / 7
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
    """Everything to follow up, in Norwegian, each pointing at its record where there is one."""
    out: list[Problem] = []
    for day in att.unregistered_past_days:
        out.append(
            Problem(
                "attendance_unregistered",
                _("Oppmøte er ikke registrert for samlingsdagen {date}.").format(
                    date=format_date(day)
                ),
                "attendance",
                day.isoformat(),
            )
        )
    need = format_percent(att.required_percent, 0)
    if att.required_percent > 0 and att.projected_percent < att.required_percent:
        out.append(
            Problem(
                "attendance_projected_below",
                _(
                    "Med fraværet som er registrert kan du høyst nå {percent} oppmøte; "
                    "kravet er {need}."
                ).format(percent=format_percent(att.projected_percent), need=need),
                "attendance",
                None,
            )
        )
    elif att.elapsed_planned_minutes and att.percent < att.required_percent:
        out.append(
            Problem(
                "attendance_below",
                _("Oppmøtet så langt er {percent}, under kravet på {need}.").format(
                    percent=format_percent(att.percent), need=need
                ),
                "attendance",
                None,
            )
        )
    if part.percent < part.required_percent:
        for sid in part.missed_not_made_up:
            when = format_date(sessions[sid].date)
            out.append(
                Problem(
                    "missed_not_made_up",
                    _("Veiledningen {when} ble ikke holdt og må tas igjen.").format(when=when),
                    "session",
                    sid,
                )
            )
    for s in sorted(log.sessions, key=lambda s: (s.date, s.id)):
        rejection = log.rejection(s.id)
        if rejection is None:
            continue
        sup = log.supervisor(rejection.supervisor_id)
        comment = f": «{rejection.comment}»" if rejection.comment else ""
        out.append(
            Problem(
                "rejected",
                _(
                    "Veiledningen {date} er avvist av {value}{comment}. Den teller ikke "
                    "før veilederen signerer den, eller du gjenåpner og retter den."
                ).format(
                    date=format_date(s.date),
                    value=sup.name if sup else _("veilederen"),
                    comment=comment,
                ),
                "session",
                s.id,
            )
        )
    not_approved: dict[str, int] = defaultdict(int)
    for result in supervision[:-1]:
        for u in result.uncounted:
            if u.code == "supervisor_not_approved":
                not_approved[sessions[u.session_id].supervisor_id] += u.minutes
    for sup_id, minutes in not_approved.items():
        sup = log.supervisor(sup_id)
        name = sup.name if sup else sup_id
        out.append(
            Problem(
                "supervisor_not_approved",
                _(
                    "Veileder «{name}» er ikke registrert som godkjent av utdanningen; "
                    "{hours} veiledning teller derfor ikke."
                ).format(name=name, hours=format_hours(minutes)),
                "supervisor",
                sup_id,
            )
        )
    for sup in sorted(log.supervisors, key=lambda x: (x.name, x.id)):
        if sup.profession == OTHER:
            out.append(
                Problem(
                    "supervisor_profession_other",
                    _(
                        "Veileder «{name}» har profesjonen «{value}», som ikke er i listen. "
                        "Velg en profesjon fra listen hvis den passer; ellers teller timene "
                        "ikke der en ordning krever en bestemt profesjon."
                    ).format(name=sup.name, value=sup.profession_other or _("annet")),
                    "supervisor",
                    sup.id,
                )
            )
    titles = {a.id: a.title for a in log.assignments}
    for aid in tasks.overdue:
        out.append(
            Problem(
                "assignment_overdue",
                _("Arbeidskravet «{value}» har passert fristen og er ikke levert.").format(
                    value=titles[aid]
                ),
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
                    _("Programmet er avsluttet, og {hours} veiledning mangler.").format(
                        hours=format_hours(total.remaining_minutes)
                    ),
                    None,
                    None,
                )
            )
        else:
            behind = planned_by(programme, today) - total.counted_minutes
            if behind > 0:
                out.append(
                    Problem(
                        "behind_pace",
                        _(
                            "Du ligger {hours} bak en jevn plan for veiledningen; {hours2} per uke "
                            "trengs fram til {date}."
                        ).format(
                            hours=format_hours(behind),
                            hours2=format_hours(pace.minutes_per_week_needed),
                            date=format_date(pace.end_date),
                        ),
                        None,
                        None,
                    )
                )
    return out
