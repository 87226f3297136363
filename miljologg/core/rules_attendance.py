"""Teaching attendance against a programme's threshold (re-exported by ``rules``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from miljologg.core.model import Attendance, AttendanceStatus, Log
from miljologg.core.programmes import Programme, TeachingDay


@dataclass(frozen=True)
class AttendanceResult:
    """Attendance at the programme's teaching days.

    Definitions (all minutes are planned teaching minutes of the programme's teaching days):

    - A day has *elapsed* when it lies before today, or is today and already registered (so a
      gathering day in progress is not held against the student before they could register).
    - ``percent`` = present minutes ÷ elapsed planned minutes × 100. An elapsed day without a
      registration counts as planned but not present (0 minutes): attendance must be registered
      to count. A partial day counts its registered minutes (at most the planned minutes).
      With nothing elapsed, ``percent`` is 100.
    - ``present_days``, ``partial_days`` and ``absent_days`` count registrations on teaching
      days, including absences registered in advance for future days.
    - *Missed so far* = the planned minutes not attended on elapsed days (unregistered ones in
      full) plus the minutes of absences already registered for future days.
    - ``may_still_miss_minutes`` = how much more teaching the student can miss, over the whole
      programme, and still reach ``required_percent`` of all planned minutes; never negative.
    - ``projected_percent`` = the percentage reached if every remaining day is attended in full:
      (planned − missed so far) ÷ planned × 100.
    """

    planned_minutes: int
    planned_days: int
    elapsed_planned_minutes: int
    elapsed_days: int
    present_minutes: int
    present_days: int
    absent_days: int
    partial_days: int
    unregistered_past_days: tuple[dt.date, ...]
    percent: float
    required_percent: float
    may_still_miss_minutes: int
    projected_percent: float


def _present(day: TeachingDay, reg: Attendance | None) -> int:
    """Minutes present on a teaching day according to its registration (0 if none)."""
    if reg is None or reg.status is AttendanceStatus.ABSENT:
        return 0
    if reg.status is AttendanceStatus.PRESENT:
        return day.planned_minutes
    return max(0, min(reg.minutes_present or 0, day.planned_minutes))


def evaluate_attendance(log: Log, programme: Programme, today: dt.date) -> AttendanceResult:
    """Attendance on ``today``; see ``AttendanceResult`` for how each figure is defined."""
    registered = {a.date: a for a in log.attendance}
    days = programme.teaching_days()
    planned = sum(d.planned_minutes for d in days)
    elapsed_minutes = elapsed_days = present = missed = 0
    counts = {s: 0 for s in AttendanceStatus}
    unregistered: list[dt.date] = []
    for day in days:
        reg = registered.get(day.date)
        if reg is not None:
            counts[reg.status] += 1
        minutes = _present(day, reg)
        if day.date < today or (day.date == today and reg is not None):
            elapsed_minutes += day.planned_minutes
            elapsed_days += 1
            present += minutes
            missed += day.planned_minutes - minutes
            if reg is None:
                unregistered.append(day.date)
        elif reg is not None and reg.status is not AttendanceStatus.PRESENT:
            missed += day.planned_minutes - minutes
    required = programme.attendance_min_percent
    needed = _ceil(Fraction(str(required)) * planned / 100)
    percent = 100.0 if not elapsed_minutes else 100.0 * present / elapsed_minutes
    projected = 100.0 if not planned else 100.0 * (planned - missed) / planned
    return AttendanceResult(
        planned_minutes=planned,
        planned_days=len(days),
        elapsed_planned_minutes=elapsed_minutes,
        elapsed_days=elapsed_days,
        present_minutes=present,
        present_days=counts[AttendanceStatus.PRESENT],
        absent_days=counts[AttendanceStatus.ABSENT],
        partial_days=counts[AttendanceStatus.PARTIAL],
        unregistered_past_days=tuple(unregistered),
        percent=percent,
        required_percent=required,
        may_still_miss_minutes=max(0, planned - needed - missed),
        projected_percent=projected,
    )


def _ceil(value: Fraction) -> int:
    return -(-value.numerator // value.denominator)
