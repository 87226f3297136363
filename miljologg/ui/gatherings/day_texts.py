"""How a day and a gathering read on «Samlinger»: dates, weekdays, terms and status texts.

The tree's rows and the tests that read them back use the same words; keeping the wording
apart from the widgets lets each be checked without building a page. Every state comes from
``core.rules`` (``DayResult``), so nothing here decides whether a day counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from miljologg.core import units
from miljologg.core.figures import DAY_LEVELS, Level, gathering_level
from miljologg.core.labels import ATTENDANCE_LABELS
from miljologg.core.model import AttendanceStatus
from miljologg.core.plural import choose
from miljologg.core.rules import DayResult, DayState, GatheringDays
from miljologg.ui.widgets.common import QT_TRANSLATE_NOOP


def date_range_text(days: Sequence[dt.date]) -> str:
    """«13.–14.01.2025», «31.08.–01.09.2026»: the short form a gathering is known by."""
    first, last = days[0], days[-1]
    if first == last:
        return units.format_date(first)
    if first.year != last.year:
        return f"{units.format_date(first)}–{units.format_date(last)}"
    if first.month != last.month:
        return f"{first.day:02d}.{first.month:02d}.–{units.format_date(last)}"
    return f"{first.day:02d}.–{units.format_date(last)}"


def day_text(day: dt.date) -> str:
    """«Mandag 13.01.2025»."""
    return f"{units.weekday_name(day).capitalize()} {units.format_date(day)}"


def term_of(first_day: dt.date) -> str:
    """«Vår 2025» / «Høst 2024» when a programme file names no term."""
    season = (
        QCoreApplication.translate("Attendance", "Vår")
        if first_day.month <= 7
        else QCoreApplication.translate("Attendance", "Høst")
    )
    return f"{season} {first_day.year}"


def day_status(day: DayResult) -> tuple[str, Level]:
    """The text and level of one day as the rules engine sees it."""
    if not day.state.registered:
        return QCoreApplication.translate("Attendance", _OPEN_TEXTS[day.state]), DAY_LEVELS[
            day.state
        ]
    status = AttendanceStatus(day.state.value)
    label = ATTENDANCE_LABELS[status]
    if status is AttendanceStatus.PARTIAL:
        label = f"{label}: {units.format_hours(day.present_minutes)}"
    elif status is AttendanceStatus.ABSENT and day.reason:
        reason = day.reason if len(day.reason) <= 24 else day.reason[:23].rstrip() + "…"
        label = f"{label} – {reason}"
    return label, DAY_LEVELS[day.state]


_OPEN_TEXTS = {
    DayState.UNREGISTERED: QT_TRANSLATE_NOOP("Attendance", "Ikke registrert"),
    DayState.TODAY: QT_TRANSLATE_NOOP("Attendance", "I dag – ikke registrert ennå"),
    DayState.UPCOMING: QT_TRANSLATE_NOOP("Attendance", "Kommer"),
}


def gathering_status(n: GatheringDays) -> tuple[str, Level]:
    """A summary short enough for the column: what is missing first, then any absence."""
    level = gathering_level(n)
    if n.unregistered:
        missing = choose(
            QCoreApplication.translate("Attendance", "Mangler 1 dag"),
            QCoreApplication.translate("Attendance", "Mangler {count} dager"),
            n.unregistered,
        )
        return missing.format(count=n.unregistered), level
    if not n.registered:
        return QCoreApplication.translate("Attendance", "Kommer"), level
    for count, status in (
        (n.absent, AttendanceStatus.ABSENT),
        (n.partial, AttendanceStatus.PARTIAL),
    ):
        if count:
            of_days = choose(
                QCoreApplication.translate("Attendance", "{count} av {total} dag"),
                QCoreApplication.translate("Attendance", "{count} av {total} dager"),
                n.days,
            )
            return f"{ATTENDANCE_LABELS[status]} {of_days.format(count=count, total=n.days)}", level
    return ATTENDANCE_LABELS[AttendanceStatus.PRESENT], level
