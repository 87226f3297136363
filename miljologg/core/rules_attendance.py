"""Teaching attendance against a programme's threshold (re-exported by ``rules``).

A day not yet registered is neither present nor absent: it is open. So the figures speak of the
registered days (``percent_of_registered``) and of what is still possible if every open day is
attended (``best_possible_percent``, ``may_still_miss_minutes``, ``out_of_reach_minutes``),
never of unregistered days as absences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from miljologg.core.model import Attendance, AttendanceStatus, Log
from miljologg.core.programmes import Programme, TeachingDay


class DayState(StrEnum):
    """Where one teaching day stands: three registered states and three open ones."""

    PRESENT = "present"
    PARTIAL = "partial"
    ABSENT = "absent"
    UNREGISTERED = "unregistered"  # before today and not registered: the student should register
    TODAY = "today"  # today and not registered yet (the gathering may be in progress)
    UPCOMING = "upcoming"  # after today, not registered

    @property
    def registered(self) -> bool:
        return self in _REGISTERED


_REGISTERED = frozenset({DayState.PRESENT, DayState.PARTIAL, DayState.ABSENT})


@dataclass(frozen=True)
class DayResult:
    """One teaching day: its state, planned minutes and the minutes attended (0 when open)."""

    date: dt.date
    gathering_id: str
    state: DayState
    planned_minutes: int
    present_minutes: int
    reason: str = ""


@dataclass(frozen=True)
class GatheringDays:
    """How many days of one gathering (or any set of days) are in each state, and the teaching
    time planned on them (the gathering's tooltip on «Samlinger»)."""

    days: int
    present: int
    partial: int
    absent: int
    unregistered: int
    open_days: int  # today's unregistered day and upcoming ones
    planned_minutes: int

    @property
    def registered(self) -> int:
        return self.present + self.partial + self.absent


@dataclass(frozen=True)
class AttendanceResult:
    """Attendance at the programme's teaching days.

    All minutes are planned teaching minutes of the programme's teaching days.

    - A *registered* day has a registration (present, partly present, absent), whenever it lies
      (an absence may be registered in advance). ``registered_minutes`` are their planned
      minutes, ``present_minutes`` the minutes attended on them (a partial day counts its
      registered minutes, at most the planned ones); the rest of them is *missed*.
    - ``unregistered_minutes`` = planned − registered: every open day, past or ahead.
      ``unregistered_past_days`` are the open days before today: the student should register
      them. Today's day is not among them (a gathering in progress).
    - ``percent_of_registered`` = present ÷ registered × 100, or None when nothing is registered.
    - ``best_possible_percent`` = (planned − missed) ÷ planned × 100: the percentage reached if
      every open day is attended in full.
    - ``needed_minutes`` = ``required_percent`` of the planned minutes, rounded up.
      ``may_still_miss_minutes`` = how much of the open days may still be missed and the
      requirement reached (never negative, never more than is open);
      ``out_of_reach_minutes`` = how far the best possible falls short of it (0 while
      reachable).
    - ``elapsed_planned_minutes``/``elapsed_days``: the days before today, and today once
      registered.
    """

    planned_minutes: int
    planned_days: int
    elapsed_planned_minutes: int
    elapsed_days: int
    registered_minutes: int
    registered_days: int
    unregistered_minutes: int
    present_minutes: int
    present_days: int
    absent_days: int
    partial_days: int
    unregistered_past_days: tuple[dt.date, ...]
    percent_of_registered: float | None
    best_possible_percent: float
    required_percent: float
    needed_minutes: int
    may_still_miss_minutes: int
    out_of_reach_minutes: int
    days: tuple[DayResult, ...] = ()

    @property
    def missed_minutes(self) -> int:
        """Planned minutes not attended on registered days."""
        return self.registered_minutes - self.present_minutes

    @property
    def reachable(self) -> bool:
        """Whether the requirement can still be met (attending every open day)."""
        return self.out_of_reach_minutes == 0


def _present(day: TeachingDay, reg: Attendance | None) -> int:
    """Minutes present on a teaching day according to its registration (0 if none)."""
    if reg is None or reg.status is AttendanceStatus.ABSENT:
        return 0
    if reg.status is AttendanceStatus.PRESENT:
        return day.planned_minutes
    return max(0, min(reg.minutes_present or 0, day.planned_minutes))


def _state(day: dt.date, reg: Attendance | None, today: dt.date) -> DayState:
    if reg is not None:
        return DayState(reg.status.value)
    if day < today:
        return DayState.UNREGISTERED
    return DayState.TODAY if day == today else DayState.UPCOMING


def evaluate_attendance(log: Log, programme: Programme, today: dt.date) -> AttendanceResult:
    """Attendance on ``today``; see ``AttendanceResult`` for how each figure is defined."""
    registered = {a.date: a for a in log.attendance}
    days: list[DayResult] = []
    planned = elapsed_minutes = elapsed_days = reg_minutes = reg_days = present = 0
    counts = dict.fromkeys(AttendanceStatus, 0)
    unregistered: list[dt.date] = []
    for day in programme.teaching_days():
        reg = registered.get(day.date)
        state = _state(day.date, reg, today)
        minutes = _present(day, reg)
        planned += day.planned_minutes
        days.append(
            DayResult(
                day.date,
                day.gathering_id,
                state,
                day.planned_minutes,
                minutes,
                reg.reason if reg else "",
            )
        )
        if reg is not None:
            counts[reg.status] += 1
            reg_minutes += day.planned_minutes
            reg_days += 1
            present += minutes
        elif state is DayState.UNREGISTERED:
            unregistered.append(day.date)
        if day.date < today or (day.date == today and reg is not None):
            elapsed_minutes += day.planned_minutes
            elapsed_days += 1
    missed = reg_minutes - present
    required = programme.attendance_min_percent
    needed = _ceil(Fraction(str(required)) * planned / 100)
    possible = planned - missed
    return AttendanceResult(
        planned_minutes=planned,
        planned_days=len(days),
        elapsed_planned_minutes=elapsed_minutes,
        elapsed_days=elapsed_days,
        registered_minutes=reg_minutes,
        registered_days=reg_days,
        unregistered_minutes=planned - reg_minutes,
        present_minutes=present,
        present_days=counts[AttendanceStatus.PRESENT],
        absent_days=counts[AttendanceStatus.ABSENT],
        partial_days=counts[AttendanceStatus.PARTIAL],
        unregistered_past_days=tuple(unregistered),
        percent_of_registered=100.0 * present / reg_minutes if reg_minutes else None,
        best_possible_percent=100.0 * possible / planned if planned else 100.0,
        required_percent=required,
        needed_minutes=needed,
        may_still_miss_minutes=max(0, min(possible - needed, planned - reg_minutes)),
        out_of_reach_minutes=max(0, needed - possible),
        days=tuple(days),
    )


def count_days(days: Iterable[DayResult]) -> GatheringDays:
    """How many of ``days`` are in each state (a gathering's row on «Samlinger»)."""
    n = dict.fromkeys(DayState, 0)
    planned = 0
    for d in days:
        n[d.state] += 1
        planned += d.planned_minutes
    return GatheringDays(
        days=sum(n.values()),
        present=n[DayState.PRESENT],
        partial=n[DayState.PARTIAL],
        absent=n[DayState.ABSENT],
        unregistered=n[DayState.UNREGISTERED],
        open_days=n[DayState.TODAY] + n[DayState.UPCOMING],
        planned_minutes=planned,
    )


def _ceil(value: Fraction) -> int:
    return -(-value.numerator // value.denominator)
