"""Figures the pages show besides the requirements: one place, so no two views can disagree.

The rules engine (``rules``) judges requirements; this module gives the other sums a view
prints — the summary line of a filtered list of sessions (Veiledning), the hours per
supervisor (Veiledere and the attests in the dossier) —, the lines about attendance,
participation and pace that the dashboard and ``status`` both show (``Note``: a code with
parameters, its sentence from ``programme_texts``), and the one colour rule, ``level``, that
every page uses to mark a figure ok, a warning or bad. Views format what these return with
``core.units`` and add nothing up themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from miljologg.core import programme_texts as texts
from miljologg.core.model import Form, Log, Session, SessionStatus
from miljologg.core.rules import ProgrammeStatus, RequirementResult
from miljologg.core.rules_attendance import AttendanceResult, DayResult, DayState, GatheringDays
from miljologg.core.rules_base import Params, Problem
from miljologg.core.rules_progress import ParticipationResult

__all__ = [
    "DAY_LEVELS",
    "gathering_level",
    "Level",
    "LogContents",
    "Note",
    "SessionsSummary",
    "SupervisorTotal",
    "attendance_level",
    "attendance_notes",
    "follow_ups",
    "level",
    "log_contents",
    "pace_notes",
    "participation_notes",
    "requirement_level",
    "summarize_sessions",
    "supervisor_totals",
    "teaching_days_until",
]


class Level(StrEnum):
    """How a figure stands: the one scale every page colours by."""

    OK = "ok"  # meets its requirement
    WARNING = "warning"  # does not yet, but still can
    BAD = "bad"  # can no longer be met
    NEUTRAL = "neutral"  # nothing to judge yet (a day ahead)


def level(value: float | None, required: float, *, reachable: bool = True) -> Level:
    """The one colour rule: ok when ``value`` meets ``required`` (or there is nothing to judge
    yet, ``None``), a warning while it does not but still can, bad once it cannot."""
    if value is not None and value >= required:
        return Level.OK
    if not reachable:
        return Level.BAD
    return Level.OK if value is None else Level.WARNING


#: A teaching day's level by its state: attended is ok, a partial day or one to register is a
#: warning, an absence is bad, a day still ahead is neutral.
DAY_LEVELS: dict[DayState, Level] = {
    DayState.PRESENT: Level.OK,
    DayState.PARTIAL: Level.WARNING,
    DayState.ABSENT: Level.BAD,
    DayState.UNREGISTERED: Level.WARNING,
    DayState.TODAY: Level.NEUTRAL,
    DayState.UPCOMING: Level.NEUTRAL,
}


def gathering_level(days: GatheringDays) -> Level:
    """A gathering as its worst day: an absence is bad, a partial day or one to register a
    warning, all days attended ok, nothing registered yet neutral."""
    if days.absent:
        return Level.BAD
    if days.partial or days.unregistered:
        return Level.WARNING
    return Level.OK if days.present else Level.NEUTRAL


def requirement_level(req: RequirementResult, ended: bool) -> Level:
    """A requirement is ok when met, a warning while it can still be met, bad after the end."""
    return level(req.counted_minutes, req.required_minutes, reachable=not ended)


def attendance_level(att: AttendanceResult) -> Level:
    """Attendance on the registered days against the requirement, bad once out of reach."""
    return level(att.percent_of_registered, att.required_percent, reachable=att.reachable)


@dataclass(frozen=True)
class Note:
    """One line about where the student stands: a code with parameters, and its level."""

    code: str
    params: Params = ()
    level: Level = Level.NEUTRAL

    @property
    def text(self) -> str:
        return texts.note(self.code, self.params)


def _p(name: str, value: object) -> tuple[str, str]:
    return (name, str(value))


def attendance_notes(att: AttendanceResult) -> tuple[Note, ...]:
    """The percentage on the registered days, what may still be missed (or that the requirement
    is out of reach, and by how much), what is still possible, and the days to register."""
    required = _p("required_percent", att.required_percent)
    params: Params
    if att.percent_of_registered is None:
        notes = [Note("attendance_none_registered", (required,), attendance_level(att))]
    else:
        params = (
            _p("percent", att.percent_of_registered),
            _p("count", att.registered_days),
            required,
        )
        notes = [Note("attendance_percent", params, attendance_level(att))]
    if not att.reachable:
        params = (
            required,
            _p("out_of_reach_minutes", att.out_of_reach_minutes),
            _p("best_possible_percent", att.best_possible_percent),
        )
        notes.append(Note("attendance_out_of_reach", params, Level.BAD))
    elif not att.unregistered_minutes:
        notes.append(Note("attendance_all_registered", (), Level.OK))
    else:
        if att.may_still_miss_minutes:
            params = (_p("may_still_miss_minutes", att.may_still_miss_minutes),)
            notes.append(Note("attendance_may_miss", params, Level.OK))
        else:
            notes.append(Note("attendance_no_more", (), Level.WARNING))
        params = (_p("best_possible_percent", att.best_possible_percent),)
        notes.append(Note("attendance_best_possible", params))
    if att.unregistered_past_days:
        params = (_p("count", len(att.unregistered_past_days)),)
        notes.append(Note("attendance_unregistered_days", params, Level.WARNING))
    return tuple(notes)


def participation_notes(part: ParticipationResult) -> tuple[Note, ...]:
    """Sessions held and missed, the participation percentage, what is still to make up."""
    required = _p("required_percent", part.required_percent)
    counts = (_p("held_count", part.held), _p("missed_count", part.missed))
    percent = (_p("percent", part.percent), required)
    notes = [
        Note("participation_sessions", counts),
        Note("participation_percent", percent, level(part.percent, part.required_percent)),
    ]
    if part.missed_not_made_up:
        params = (_p("count", len(part.missed_not_made_up)), required)
        notes.append(Note("participation_open", params, Level.WARNING))
    elif part.missed:
        notes.append(Note("participation_all_made_up", (), Level.OK))
    return tuple(notes)


def pace_notes(status: ProgrammeStatus) -> tuple[Note, ...]:
    """The pace to the programme's end; after its last day, what is missing instead."""
    total = status.requirement("total")
    pace = status.pace
    required = _p("required_minutes", total.required_minutes)
    labels = {r.key: r.label for r in status.supervision}
    params: Params
    if pace.ended and pace.missing:
        notes = [Note("pace_ended", (_p("end_date", pace.end_date.isoformat()),), Level.BAD)]
        for key, minutes in pace.missing:
            params = (_p("label", labels[key]), _p("remaining_minutes", minutes))
            notes.append(Note("requirement_missing", params, Level.BAD))
        return tuple(notes)
    if pace.remaining_minutes <= 0 or pace.minutes_per_week_needed is None:
        return (Note("pace_met", (required,), Level.OK),)
    params = (
        _p("per_week_minutes", pace.minutes_per_week_needed),
        required,
        _p("end_date", pace.end_date.isoformat()),
    )
    return (Note("pace_needed", params),)


#: Uncounted reasons the engine already sums up in one problem (per supervisor).
_GROUPED = frozenset({"supervisor_not_approved"})


def follow_ups(status: ProgrammeStatus) -> tuple[Problem, ...]:
    """What the dashboard lists to follow up: the engine's problems, then each held session that
    does not count and is not named yet (one line per session, linked to it)."""
    items = list(status.problems)
    named = {p.entity_id for p in items if p.entity_id}
    for u in status.requirement("total").uncounted:
        if u.session_id in named or u.code in _GROUPED:
            continue
        named.add(u.session_id)
        params = (
            _p("date", u.date.isoformat()),
            _p("minutes", u.minutes),
            _p("reason", u.reason),
        )
        items.append(
            Problem(
                "session_uncounted",
                texts.problem("session_uncounted", params),
                "session",
                u.session_id,
                params,
            )
        )
    return tuple(items)


@dataclass(frozen=True)
class SessionsSummary:
    """A list of sessions in figures: what the Veiledning page's summary line says.

    ``held_minutes`` are the minutes of the held sessions; ``counted_minutes`` the part of them
    that counts for the programme (None without a programme to judge by). A missed session is
    no supervision: it is counted as a session, never as minutes.
    """

    sessions: int
    held: int
    missed: int
    held_minutes: int
    counted_minutes: int | None

    @property
    def uncounted_minutes(self) -> int | None:
        """Held minutes that do not count (None without a programme)."""
        if self.counted_minutes is None:
            return None
        return self.held_minutes - self.counted_minutes


def summarize_sessions(
    sessions: Iterable[Session], counted_ids: Collection[str] | None
) -> SessionsSummary:
    """The summary of ``sessions``; ``counted_ids`` is ``ProgrammeStatus.counted_ids`` (or None
    without a programme)."""
    n = held = held_minutes = counted = 0
    for s in sessions:
        n += 1
        if s.status is SessionStatus.HELD:
            held += 1
            held_minutes += s.minutes
            if counted_ids is not None and s.id in counted_ids:
                counted += s.minutes
    return SessionsSummary(
        n, held, n - held, held_minutes, None if counted_ids is None else counted
    )


@dataclass(frozen=True)
class SupervisorTotal:
    """What one supervisor gave: the held sessions they can confirm, in total and per form.

    Supervision the student gave has no supervisor here. A missed session took place with
    nobody, and a session its supervisor rejected
    (``Log.rejections``) is one they refuse to confirm: both are left out. Every other held
    session is in, whether or not a requirement counts it — this is what took place.
    """

    supervisor_id: str
    sessions: int
    minutes: int
    minutes_by_form: tuple[tuple[Form, int], ...]
    first: dt.date
    last: dt.date
    themes: tuple[str, ...]
    session_ids: tuple[str, ...] = ()  # the sessions above, oldest first

    @property
    def forms(self) -> tuple[Form, ...]:
        """The forms of supervision given, in the order of ``Form``."""
        return tuple(form for form, _minutes in self.minutes_by_form)

    def minutes_in(self, form: Form) -> int:
        return dict(self.minutes_by_form).get(form, 0)


def supervisor_totals(log: Log) -> tuple[SupervisorTotal, ...]:
    """Per supervisor with at least one such session, sorted by name (then id)."""
    held: dict[str, list[Session]] = {}
    for s in sorted(log.sessions, key=lambda s: (s.date, s.start_time or dt.time(0), s.id)):
        if not s.form.has_supervisor:
            continue  # supervision the student gave: no supervisor attests it
        if s.status is SessionStatus.HELD and log.rejection(s.id) is None:
            held.setdefault(s.supervisor_id, []).append(s)
    result = []
    for sid, items in held.items():
        themes: dict[str, None] = {}
        by_form: dict[Form, int] = {}
        for s in items:
            by_form[s.form] = by_form.get(s.form, 0) + s.minutes
            if s.topic.strip():
                themes.setdefault(s.topic.strip(), None)
        result.append(
            SupervisorTotal(
                supervisor_id=sid,
                sessions=len(items),
                minutes=sum(by_form.values()),
                minutes_by_form=tuple((f, by_form[f]) for f in Form if f in by_form),
                first=items[0].date,
                last=items[-1].date,
                themes=tuple(themes),
                session_ids=tuple(s.id for s in items),
            )
        )

    def name(total: SupervisorTotal) -> tuple[str, str]:
        sup = log.supervisor(total.supervisor_id)
        return ((sup.name if sup else "").casefold(), total.supervisor_id)

    return tuple(sorted(result, key=name))


def teaching_days_until(att: AttendanceResult, end: dt.date) -> tuple[DayResult, ...]:
    """The teaching days a dossier lists: every one from the programme's start up to ``end``
    (attendance is cumulative, so a period's dossier keeps the days before the period)."""
    return tuple(d for d in att.days if d.date <= end)


@dataclass(frozen=True)
class LogContents:
    """What a dossier of a log holds, counted: the preview on Dokumentasjon says it.

    ``sessions_by_form`` has every form, in the order of ``Form``, so its counts add up to
    ``sessions`` (missed sessions included: the log lists them).
    """

    sessions: int
    sessions_by_form: tuple[tuple[Form, int], ...]
    attests: int
    teaching_days: int
    assignments: int

    def sessions_in(self, form: Form) -> int:
        return dict(self.sessions_by_form).get(form, 0)


def log_contents(log: Log, att: AttendanceResult, end: dt.date) -> LogContents:
    """The counts of a dossier of ``log`` (already restricted to its period) whose period ends
    on ``end``: sessions per form, one attest per ``supervisor_totals`` entry, the teaching
    days of ``teaching_days_until`` and the written assignments."""
    by_form = dict.fromkeys(Form, 0)
    for s in log.sessions:
        by_form[s.form] += 1
    return LogContents(
        sessions=len(log.sessions),
        sessions_by_form=tuple(by_form.items()),
        attests=len(supervisor_totals(log)),
        teaching_days=len(teaching_days_until(att, end)),
        assignments=len(log.assignments),
    )
