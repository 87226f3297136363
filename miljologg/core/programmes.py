"""Programme and approval-scheme files (``resources/``) as validated, frozen dataclasses.

Schemes live in ``schemes.py`` and are re-exported here, so callers have one import.

Programmes and schemes are data, not code: a study programme changes its dates every cohort and a
union changes its rules, and a user should be able to fix a TOML file without a new release. So
every field is checked on load, and a mistake names the file and the field in Norwegian
(``rbup.toml: requirements.supervision.individual_minutes: må være et heltall ≥ 0``).

Supervision requirements of a programme are stored in minutes (the truth everywhere in the app);
scheme files are written in the scheme's own hours (``hour_minutes`` long) because that is how
the unions publish them, and are converted to minutes here.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

from miljologg.assets import resources_dir
from miljologg.core.i18n import Language, current_language, language
from miljologg.core.model import Form
from miljologg.core.resource_files import (
    ResourceFileError,
    Source,
    Table,
    read_document,
    read_notes,
    read_source,
    weekday_number,
)
from miljologg.core.schemes import RuleKind, Scheme, SchemeRule, load_scheme

__all__ = [
    "Gathering",
    "PracticePeriod",
    "Programme",
    "ResourceFileError",
    "RuleKind",
    "Scheme",
    "SchemeRule",
    "Source",
    "TeachingDay",
    "TeachingTime",
    "bundled_programmes",
    "bundled_schemes",
    "load_programme",
    "load_scheme",
]


# --------------------------------------------------------------------------------------------
# Programme records


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
                    raise ValueError(f"{day}: ingen undervisningstid for denne ukedagen")
                if day in by_date:
                    raise ValueError(f"{day}: samlingsdagen står to ganger")
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


# --------------------------------------------------------------------------------------------
# Loading

_PROGRAMME_KEYS = {
    "id", "name", "provider", "cohort", "start", "end", "verified", "notes", "source",
    "teaching", "requirements", "gatherings", "practice_periods",
}  # fmt: skip
_WEEKDAYS_DEFAULT = ["monday", "tuesday", "wednesday", "thursday", "friday"]
_FORM_KEYS = {
    Form.INDIVIDUAL: "individual_minutes",
    Form.EXTERNAL_GROUP: "external_group_minutes",
    Form.GATHERING_GROUP: "gathering_group_minutes",
}


def _weekdays(t: Table, key: str, default: list[str]) -> tuple[int, ...]:
    names = t.texts(key, default)
    days: list[int] = []
    for i, name in enumerate(names):
        number = weekday_number(name)
        if number is None:
            t.fail(f"{key}[{i}]", f"ukjent ukedag «{name}» (bruk monday … sunday)")
        if number in days:
            t.fail(f"{key}[{i}]", f"«{name}» står to ganger")
        days.append(number)
    return tuple(days)


def _teaching(doc: Table) -> tuple[tuple[int, ...], tuple[TeachingTime, ...]]:
    teaching = doc.table("teaching")
    teaching.only({"weekdays", "times"})
    weekdays = _weekdays(teaching, "weekdays", _WEEKDAYS_DEFAULT)
    times_table = teaching.table("times")
    times: list[TeachingTime] = []
    for name in times_table.names():
        number = weekday_number(name)
        if number is None:
            times_table.fail(name, "ukjent ukedag (bruk monday … sunday)")
        t = times_table.table(name)
        t.only({"start", "end", "minutes"})
        start, end = t.time("start"), t.time("end")
        span = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        if span <= 0:
            t.fail("end", "må være etter start")
        minutes = t.integer("minutes", span, minimum=1)
        if minutes > span:
            t.fail("minutes", f"kan ikke være mer enn tiden fra start til slutt ({span})")
        times.append(TeachingTime(number, start, end, minutes))
    return weekdays, tuple(sorted(times, key=lambda t: t.weekday))


def _gathering_days(g: Table, weekdays: tuple[int, ...]) -> tuple[dt.date, ...]:
    if g.has("days") == g.has("iso_week"):
        g.fail("days", "oppgi enten «days» (datoer) eller «iso_week» (uke), ikke begge/ingen")
    if g.has("days"):
        for key in ("weekdays", "skip_days"):
            if g.has(key):
                g.fail(key, "brukes bare sammen med «iso_week»")
        days = g.dates("days")
        if not days:
            g.fail("days", "må ha minst én dato")
    else:
        week = g.table("iso_week")
        week.only({"year", "week"})
        year, number = week.integer("year", minimum=1900), week.integer("week", minimum=1)
        try:
            dt.date.fromisocalendar(year, number, 1)
        except ValueError:
            week.fail("week", f"uke {number} finnes ikke i {year}")
        own = _weekdays(g, "weekdays", []) if g.has("weekdays") else weekdays
        days = [dt.date.fromisocalendar(year, number, d + 1) for d in sorted(own)]
        skip = g.dates("skip_days", [])
        for i, day in enumerate(skip):
            if day not in days:
                g.fail(f"skip_days[{i}]", f"{day} er ikke en undervisningsdag i uke {number}")
        days = [d for d in days if d not in skip]
        if not days:
            g.fail("skip_days", "samlingen har ingen dager igjen")
    for i, day in enumerate(days):
        if day in days[:i]:
            g.fail(f"days[{i}]", f"{day} står to ganger")
    return tuple(sorted(days))


def _gatherings(
    doc: Table, weekdays: tuple[int, ...], times: tuple[TeachingTime, ...],
    start: dt.date, end: dt.date,
) -> tuple[Gathering, ...]:  # fmt: skip
    has_times = {t.weekday for t in times}
    seen_days: dict[dt.date, str] = {}
    gatherings: list[Gathering] = []
    tables = doc.tables("gatherings")
    if not tables:
        doc.fail("gatherings", "programmet må ha minst én samling")
    for g in tables:
        g.only({"id", "term", "days", "iso_week", "weekdays", "skip_days"})
        gid = g.ident("id")
        if any(x.id == gid for x in gatherings):
            g.fail("id", f"«{gid}» er brukt av en annen samling")
        days = _gathering_days(g, weekdays)
        for day in days:
            if not start <= day <= end:
                g.fail("days", f"{day} ligger utenfor programmets periode {start}–{end}")
            if day.weekday() not in has_times:
                g.fail("days", f"{day} er en ukedag uten undervisningstid i teaching.times")
            if day in seen_days:
                g.fail("days", f"{day} står også i samlingen «{seen_days[day]}»")
            seen_days[day] = gid
        gatherings.append(Gathering(gid, g.text("term", "", allow_empty=True), days))
    return tuple(sorted(gatherings, key=lambda x: x.first_day))


def _requirements(doc: Table) -> dict[str, object]:
    req = doc.table("requirements", {})
    req.only({"attendance_min_percent", "supervision_participation_percent", "supervision"})
    out: dict[str, object] = {
        "attendance_min_percent": req.number("attendance_min_percent", 0, maximum=100),
        "supervision_participation_percent": req.number(
            "supervision_participation_percent", 0, maximum=100
        ),
    }
    sup = req.table("supervision", {})
    sup.only({"total_minutes", "approved_supervisor_forms", *_FORM_KEYS.values()})
    per_form = tuple((form, sup.integer(key, 0)) for form, key in _FORM_KEYS.items())
    parts = sum(m for _f, m in per_form)
    total = sup.integer("total_minutes", parts)
    if total < parts:
        sup.fail("total_minutes", f"kan ikke være mindre enn summen av formene ({parts})")
    forms: set[Form] = set()
    for i, name in enumerate(sup.texts("approved_supervisor_forms", [])):
        try:
            forms.add(Form(name))
        except ValueError:
            sup.fail(f"approved_supervisor_forms[{i}]", f"ukjent veiledningsform «{name}»")
    out["supervision_form_minutes"] = tuple((f, m) for f, m in per_form if m)
    out["supervision_total_minutes"] = total
    out["approved_supervisor_forms"] = frozenset(forms)
    return out


def _practice_periods(doc: Table, start: dt.date, end: dt.date) -> tuple[PracticePeriod, ...]:
    periods: list[PracticePeriod] = []
    for p in doc.tables("practice_periods", []):
        p.only({"label", "start", "end", "iso_weeks"})
        if p.has("iso_weeks") == (p.has("start") or p.has("end")):
            p.fail("start", "oppgi enten «start» og «end» eller «iso_weeks», ikke begge/ingen")
        if p.has("iso_weeks"):
            w = p.table("iso_weeks")
            w.only({"year", "first", "last"})
            year = w.integer("year", minimum=1900)
            first, last = w.integer("first", minimum=1), w.integer("last", minimum=1)
            for key, week in (("first", first), ("last", last)):
                try:
                    dt.date.fromisocalendar(year, week, 1)
                except ValueError:
                    w.fail(key, f"uke {week} finnes ikke i {year}")
            p_start = dt.date.fromisocalendar(year, first, 1)
            p_end = dt.date.fromisocalendar(year, last, 7)
        else:
            p_start, p_end = p.date("start"), p.date("end")
        if p_end < p_start:
            p.fail("end", "slutter før den starter")
        if p_start < start or p_end > end:
            p.fail("start", f"praksisperioden ligger utenfor programmets periode {start}–{end}")
        periods.append(PracticePeriod(p.label("label"), p_start, p_end))
    return tuple(periods)


def load_programme(path: Path | str) -> Programme:
    """Read and validate one programme file; ResourceFileError names the file and the field."""
    path = Path(path)
    doc = read_document(path)
    doc.only(_PROGRAMME_KEYS)
    start, end = doc.date("start"), doc.date("end")
    if end < start:
        doc.fail("end", "må være samme dag som eller etter start")
    weekdays, times = _teaching(doc)
    gatherings = _gatherings(doc, weekdays, times, start, end)
    return Programme(
        id=doc.ident("id"),
        name=doc.text("name"),
        provider=doc.text("provider"),
        cohort=doc.text("cohort"),
        start=start,
        end=end,
        source=read_source(doc),
        verified=doc.boolean("verified"),
        notes=read_notes(doc),
        gatherings=gatherings,
        teaching_times=times,
        practice_periods=_practice_periods(doc, start, end),
        **_requirements(doc),  # type: ignore[arg-type]
    )


def _bundled(folder: str, kind: str) -> dict[str, Programme | Scheme]:
    out: dict[str, Programme | Scheme] = {}
    files: dict[str, str] = {}
    for path in sorted((resources_dir() / folder).glob("*.toml")):
        item = load_programme(path) if kind == "programme" else load_scheme(path)
        if item.id in out:
            raise ResourceFileError(path.name, "id", f"«{item.id}» brukes også i {files[item.id]}")
        out[item.id] = item
        files[item.id] = path.name
    return out


def bundled_programmes() -> dict[str, Programme]:
    """The programmes shipped in resources/programmes, by id, with their labels in the current
    language (read once per process and language)."""
    return _bundled_in("programmes", "programme", current_language())  # type: ignore[return-value]


def bundled_schemes() -> dict[str, Scheme]:
    """The approval schemes shipped in resources/schemes, by id, with their labels in the
    current language (read once per process and language)."""
    return _bundled_in("schemes", "scheme", current_language())  # type: ignore[return-value]


@functools.cache
def _bundled_in(folder: str, kind: str, lang: Language) -> dict[str, Programme | Scheme]:
    """``_bundled`` read with ``lang`` in force (its labels), cached per language."""
    with language(lang):
        return _bundled(folder, kind)
