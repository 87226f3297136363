"""A programme cohort as frozen records: gatherings, teaching days and times, practice periods,
and the requirements the rules engine checks.

The records only; reading and validating a programme file is ``programme_files.py``, and
``programmes.py`` is the one import callers use (the bundled programmes and schemes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from miljologg.core.i18n import _
from miljologg.core.model import Form
from miljologg.core.resource_files import Source
from miljologg.core.units import format_date


@dataclass(frozen=True)
class Gathering:
    """One gathering («samling»): a few consecutive teaching days under a term label."""

    id: str
    term: str
    days: tuple[dt.date, ...]

    @property
    def first_day(self) -> dt.date:
        return self.days[0]

    @property
    def last_day(self) -> dt.date:
        return self.days[-1]


@dataclass(frozen=True)
class TeachingTime:
    """Teaching hours on one weekday (0 = Monday); ``minutes`` may be less than the span."""

    weekday: int
    start: dt.time
    end: dt.time
    minutes: int


@dataclass(frozen=True)
class TeachingDay:
    """A planned teaching day: what attendance is measured against and the ics export shows."""

    date: dt.date
    gathering_id: str
    planned_minutes: int
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class PracticePeriod:
    """A practice period (e.g. «åtte uker brukerrettet prosjektpraksis»), both ends included."""

    label: str
    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Programme:
    """A programme cohort: gatherings, teaching hours and the requirements the rules check.

    Teaching days are derived once here from the gatherings and the weekday teaching times, so
    lookups by date are O(1) for the rules engine and the services.
    """

    id: str
    name: str
    provider: str
    cohort: str
    start: dt.date
    end: dt.date
    source: Source
    verified: bool
    gatherings: tuple[Gathering, ...]
    teaching_times: tuple[TeachingTime, ...]
    notes: tuple[str, ...] = ()
    supervision_form_minutes: tuple[tuple[Form, int], ...] = ()
    supervision_total_minutes: int = 0
    approved_supervisor_forms: frozenset[Form] = frozenset()
    attendance_min_percent: float = 0.0
    supervision_participation_percent: float = 0.0
    practice_periods: tuple[PracticePeriod, ...] = ()
    _days: tuple[TeachingDay, ...] = field(init=False, repr=False, compare=False)
    _by_date: dict[dt.date, TeachingDay] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        times = {t.weekday: t for t in self.teaching_times}
        by_date: dict[dt.date, TeachingDay] = {}
        for gathering in self.gatherings:
            for day in gathering.days:
                t = times.get(day.weekday())
                if t is None:
                    raise ValueError(
                        _("{date}: ingen undervisningstid for denne ukedagen").format(
                            date=format_date(day)
                        )
                    )
                if day in by_date:
                    raise ValueError(
                        _("{date}: samlingsdagen står to ganger").format(date=format_date(day))
                    )
                by_date[day] = TeachingDay(day, gathering.id, t.minutes, t.start, t.end)
        days = tuple(by_date[d] for d in sorted(by_date))
        object.__setattr__(self, "_days", days)
        object.__setattr__(self, "_by_date", by_date)

    def teaching_days(self) -> tuple[TeachingDay, ...]:
        """Every teaching day of the programme, sorted by date."""
        return self._days

    def teaching_day(self, day: dt.date) -> TeachingDay | None:
        return self._by_date.get(day)

    def is_gathering_day(self, day: dt.date) -> bool:
        return day in self._by_date

    def gathering(self, gathering_id: str) -> Gathering | None:
        return next((g for g in self.gatherings if g.id == gathering_id), None)

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies within the programme period (both ends included)."""
        return self.start <= day <= self.end

    def is_practice_day(self, day: dt.date) -> bool:
        return any(p.contains(day) for p in self.practice_periods)

    @property
    def planned_teaching_minutes(self) -> int:
        return sum(d.planned_minutes for d in self._days)

    def supervision_minutes(self, form: Form) -> int:
        """Required supervision minutes of one form; 0 when the programme states none."""
        return dict(self.supervision_form_minutes).get(form, 0)

    @property
    def has_supervision_requirements(self) -> bool:
        return self.supervision_total_minutes > 0
