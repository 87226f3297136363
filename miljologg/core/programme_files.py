"""Read and validate a programme file (``resources/programmes/*.toml``) into a ``Programme``.

A programme file is edited by hand when a cohort's dates change, so every field is checked on
load and a mistake names the file and the field (``rbup.toml: gatherings[3].days: …``) through
``resource_files.Table``; unknown keys are errors too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from miljologg.core.model import Form
from miljologg.core.programme_model import Gathering, PracticePeriod, Programme, TeachingTime
from miljologg.core.resource_files import (
    Table,
    read_document,
    read_notes,
    read_source,
    weekday_number,
)

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
            t.fail(f"{key}[{i}]", "unknown_weekday", name=name)
        if number in days:
            t.fail(f"{key}[{i}]", "name_twice", name=name)
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
            times_table.fail(name, "unknown_weekday_key")
        t = times_table.table(name)
        t.only({"start", "end", "minutes"})
        start, end = t.time("start"), t.time("end")
        span = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        if span <= 0:
            t.fail("end", "end_not_after_start")
        minutes = t.integer("minutes", span, minimum=1)
        if minutes > span:
            t.fail("minutes", "minutes_over_span", span=span)
        times.append(TeachingTime(number, start, end, minutes))
    return weekdays, tuple(sorted(times, key=lambda t: t.weekday))


def _gathering_days(g: Table, weekdays: tuple[int, ...]) -> tuple[dt.date, ...]:
    if g.has("days") == g.has("iso_week"):
        g.fail("days", "days_or_iso_week")
    if g.has("days"):
        for key in ("weekdays", "skip_days"):
            if g.has(key):
                g.fail(key, "only_with_iso_week")
        days = g.dates("days")
        if not days:
            g.fail("days", "no_dates")
    else:
        week = g.table("iso_week")
        week.only({"year", "week"})
        year, number = week.integer("year", minimum=1900), week.integer("week", minimum=1)
        try:
            dt.date.fromisocalendar(year, number, 1)
        except ValueError:
            week.fail("week", "no_such_week", week=number, year=year)
        own = _weekdays(g, "weekdays", []) if g.has("weekdays") else weekdays
        days = [dt.date.fromisocalendar(year, number, d + 1) for d in sorted(own)]
        skip = g.dates("skip_days", [])
        for i, day in enumerate(skip):
            if day not in days:
                g.fail(f"skip_days[{i}]", "not_teaching_day_in_week", date=day, week=number)
        days = [d for d in days if d not in skip]
        if not days:
            g.fail("skip_days", "no_days_left")
    for i, day in enumerate(days):
        if day in days[:i]:
            g.fail(f"days[{i}]", "date_twice", date=day)
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
        doc.fail("gatherings", "no_gatherings")
    for g in tables:
        g.only({"id", "term", "days", "iso_week", "weekdays", "skip_days"})
        gid = g.ident("id")
        if any(x.id == gid for x in gatherings):
            g.fail("id", "gathering_id_taken", name=gid)
        days = _gathering_days(g, weekdays)
        for day in days:
            if not start <= day <= end:
                g.fail("days", "day_outside_programme", date=day, start_date=start, end_date=end)
            if day.weekday() not in has_times:
                g.fail("days", "day_without_teaching", date=day)
            if day in seen_days:
                g.fail("days", "day_in_other_gathering", date=day, name=seen_days[day])
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
        sup.fail("total_minutes", "total_below_forms", parts=parts)
    forms: set[Form] = set()
    for i, name in enumerate(sup.texts("approved_supervisor_forms", [])):
        try:
            forms.add(Form(name))
        except ValueError:
            sup.fail(f"approved_supervisor_forms[{i}]", "unknown_supervision_form", name=name)
    out["supervision_form_minutes"] = tuple((f, m) for f, m in per_form if m)
    out["supervision_total_minutes"] = total
    out["approved_supervisor_forms"] = frozenset(forms)
    return out


def _practice_periods(doc: Table, start: dt.date, end: dt.date) -> tuple[PracticePeriod, ...]:
    periods: list[PracticePeriod] = []
    for p in doc.tables("practice_periods", []):
        p.only({"label", "start", "end", "iso_weeks"})
        if p.has("iso_weeks") == (p.has("start") or p.has("end")):
            p.fail("start", "start_end_or_iso_weeks")
        if p.has("iso_weeks"):
            w = p.table("iso_weeks")
            w.only({"year", "first", "last"})
            year = w.integer("year", minimum=1900)
            first, last = w.integer("first", minimum=1), w.integer("last", minimum=1)
            for key, week in (("first", first), ("last", last)):
                try:
                    dt.date.fromisocalendar(year, week, 1)
                except ValueError:
                    w.fail(key, "no_such_week", week=week, year=year)
            p_start = dt.date.fromisocalendar(year, first, 1)
            p_end = dt.date.fromisocalendar(year, last, 7)
        else:
            p_start, p_end = p.date("start"), p.date("end")
        if p_end < p_start:
            p.fail("end", "ends_before_start")
        if p_start < start or p_end > end:
            p.fail("start", "practice_outside_programme", start_date=start, end_date=end)
        periods.append(PracticePeriod(p.label("label"), p_start, p_end))
    return tuple(periods)


def load_programme(path: Path | str) -> Programme:
    """Read and validate one programme file; ResourceFileError names the file and the field."""
    path = Path(path)
    doc = read_document(path)
    doc.only(_PROGRAMME_KEYS)
    start, end = doc.date("start"), doc.date("end")
    if end < start:
        doc.fail("end", "end_before_start")
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
