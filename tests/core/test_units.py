"""Norwegian display and parsing of minutes, hours, percentages and dates."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from miljologg.core.plural import choose, count
from miljologg.core.units import (
    date_incomplete,
    format_date,
    format_duration,
    format_hours,
    format_local_time,
    format_percent,
    month_name,
    parse_date_no,
    parse_duration,
    weekday_name,
)


@pytest.mark.parametrize(
    ("minutes", "hour_minutes", "expected"),
    [
        (0, 60, "0 t"),
        (2400, 60, "40 t"),
        (750, 60, "12 t 30 min"),
        (75, 60, "1 t 15 min"),  # exact: never «1,3 t»
        (225, 60, "3 t 45 min"),  # three 75-minute sessions
        (2400 - 225, 60, "36 t 15 min"),  # what is left of 40 t: adds up as shown
        (45, 60, "45 min"),
        (1, 60, "1 min"),
        (20, 60, "20 min"),  # a third of an hour has no exact decimal; «t min» has
        (605, 60, "10 t 5 min"),
        (45, 45, "1 t"),  # a scheme counting 45-minute hours
        (90, 45, "2 t"),
        (100, 45, "2 t 10 min"),
        (-30, 60, "-30 min"),
        (-90, 60, "-1 t 30 min"),
        (60_000, 60, "1000 t"),
    ],
)
def test_format_hours(minutes: int, hour_minutes: int, expected: str) -> None:
    assert format_hours(minutes, hour_minutes) == expected


def test_format_hours_refuses_a_zero_hour() -> None:
    with pytest.raises(ValueError, match="minst ett minutt"):
        format_hours(60, 0)


@pytest.mark.parametrize("bad", [1.5, True, "90"])
def test_format_hours_wants_whole_minutes(bad: object) -> None:
    with pytest.raises(TypeError):
        format_hours(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (1, "1 min"),
        (45, "45 min"),
        (60, "1 t"),
        (90, "1 t 30 min"),
        (120, "2 t"),
        (605, "10 t 5 min"),
        (-90, "-1 t 30 min"),
    ],
)
def test_format_duration_is_format_hours(minutes: int, expected: str) -> None:
    assert format_duration(minutes) == expected == format_hours(minutes)


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 møter"), (1, "1 møte"), (2, "2 møter"), (21, "21 møter"), (-1, "-1 møter")],
)
def test_count_chooses_the_bokmal_plural(n: int, expected: str) -> None:
    assert count(n, "møte", "møter") == expected
    days = choose("{n} dag", "{n} dager", n).format(n=n)
    assert days == (f"{n} dag" if n == 1 else f"{n} dager")


@pytest.mark.parametrize(
    ("percent", "expected"),
    [
        (83.44, "83,4 %"),
        (83.45, "83,5 %"),  # half up on the written value, not the binary float
        (80, "80 %"),
        (100.0, "100 %"),
        (0, "0 %"),
        (99.96, "100 %"),
        (12.5, "12,5 %"),
    ],
)
def test_format_percent(percent: float, expected: str) -> None:
    assert format_percent(percent) == expected


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (dt.date(2025, 6, 17), "17.06.2025"),
        (dt.date(2024, 1, 2), "02.01.2024"),
        (dt.date(999, 12, 31), "31.12.0999"),
        (dt.datetime(2025, 6, 17, 23, 59), "17.06.2025"),
    ],
)
def test_format_date(d: dt.date, expected: str) -> None:
    assert format_date(d) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17.06.2025", dt.date(2025, 6, 17)),
        ("7.6.2025", dt.date(2025, 6, 7)),
        ("07.6.2025", dt.date(2025, 6, 7)),
        ("  17.06.2025 ", dt.date(2025, 6, 17)),
        ("2025-06-17", dt.date(2025, 6, 17)),
        ("29.02.2024", dt.date(2024, 2, 29)),
        # the ways Norwegians type a date (issue 10 §2): exactly that date, never another
        ("10.03.2025", dt.date(2025, 3, 10)),
        ("10.3.2025", dt.date(2025, 3, 10)),
        ("10032025", dt.date(2025, 3, 10)),
        ("31032025", dt.date(2025, 3, 31)),
        ("100325", dt.date(2025, 3, 10)),
        ("1.3.25", dt.date(2025, 3, 1)),
        ("17.06.25", dt.date(2025, 6, 17)),
        ("01.01.00", dt.date(2000, 1, 1)),
    ],
)
def test_parse_date_no(text: str, expected: dt.date) -> None:
    assert parse_date_no(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "dd.mm.åååå"),
        ("17.06.025", "dd.mm.åååå"),
        ("1.3.2", "dd.mm.åååå"),
        ("1032025", "dd.mm.åååå"),
        ("10.03.2025.", "dd.mm.åååå"),
        ("17/06/2025", "dd.mm.åååå"),
        ("2025.06.17", "dd.mm.åååå"),
        ("i morgen", "dd.mm.åååå"),
        ("020132 99997", "dd.mm.åååå"),
        ("29.02.2025", "finnes ikke"),
        ("31.04.2025", "finnes ikke"),
        ("00.01.2025", "finnes ikke"),
        ("2025-13-01", "finnes ikke"),
        ("31.02.2025", "finnes ikke"),
        ("32.01.2025", "finnes ikke"),
        ("32012025", "finnes ikke"),
        ("290225", "finnes ikke"),
    ],
)
def test_parse_date_no_rejects_in_norwegian_without_echoing(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        parse_date_no(text)
    if text.strip():
        assert text.strip() not in str(info.value)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("90", 90),
        ("0", 0),
        (" 45 ", 45),
        ("1:30", 90),
        ("0:45", 45),
        ("10:05", 605),
        ("1 t 30 min", 90),
        ("1t30min", 90),
        ("2 t", 120),
        ("2 timer", 120),
        ("1 time", 60),
        ("1 T 30 MIN", 90),
        ("45 min", 45),
        ("45 minutter", 45),
        ("45 m", 45),
        ("1,5 t", 90),
        ("1.5t", 90),
        ("0,25 t", 15),
        ("1,55 t", 93),
        ("1.5 h", 90),
        ("1 t 90 min", 150),
    ],
)
def test_parse_duration(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Skriv inn en varighet"),
        ("   ", "Skriv inn en varighet"),
        ("1,5", "uten enhet"),
        ("1,51 t", "helt antall minutter"),
        ("0,1 min", "Ugyldig varighet"),
        ("-30", "Ugyldig varighet"),
        ("1:75", "Ugyldig varighet"),
        ("1:5", "Ugyldig varighet"),
        ("halvannen time", "Ugyldig varighet"),
        ("t", "Ugyldig varighet"),
        ("30 sek", "Ugyldig varighet"),
        ("١٢", "Ugyldig varighet"),  # non-ASCII digits
    ],
)
def test_parse_duration_rejects_in_norwegian(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_duration(text)


@pytest.mark.parametrize(
    ("d", "name"),
    [
        (dt.date(2025, 6, 16), "mandag"),
        (dt.date(2025, 6, 18), "onsdag"),
        (dt.date(2025, 6, 21), "lørdag"),
        (dt.date(2025, 6, 22), "søndag"),
    ],
)
def test_weekday_name(d: dt.date, name: str) -> None:
    assert weekday_name(d) == name


@pytest.mark.parametrize(
    ("month", "name"),
    [(1, "januar"), (5, "mai"), (12, "desember"), (dt.date(2025, 3, 1), "mars")],
)
def test_month_name(month: int | dt.date, name: str) -> None:
    assert month_name(month) == name


@pytest.mark.parametrize("bad", [0, 13, -1])
def test_month_name_rejects_impossible_months(bad: int) -> None:
    with pytest.raises(ValueError, match="fra 1 til 12"):
        month_name(bad)


# --- properties -------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=100_000))
def test_duration_round_trips(minutes: int) -> None:
    assert parse_duration(format_duration(minutes)) == minutes


@pytest.mark.parametrize(
    ("text", "incomplete"),
    [
        ("", True),
        ("1", True),
        ("10", True),
        ("10.", True),
        ("10.0", True),
        ("10.03.", True),
        ("10.03.202", True),
        ("1003", True),
        ("1003202", True),
        ("2025-", True),
        ("2025-03-", True),
        ("10.03.2025", False),  # a date: complete
        ("100325", False),
        ("32", True),  # four digits or fewer may still be the year of an ISO date
        ("32.", False),  # no day 32: refused at once
        ("10.13", False),
        ("101320", False),
        ("31.02.2025", False),
        ("abc", False),
        ("10.03.2025.", False),
        ("10.03.20255", False),
    ],
)
def test_date_incomplete(text: str, incomplete: bool) -> None:
    assert date_incomplete(text) is incomplete


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_typed_shape_gives_that_date(d: dt.date) -> None:
    """However a date is typed, it reads back as that very date (never a neighbour)."""
    shapes = [
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day:02d}{d.month:02d}{d.year}",
        f"{d.day:02d}{d.month:02d}{d.year % 100:02d}",
        f"{d.day}.{d.month}.{d.year % 100:02d}",
    ]
    for shape in shapes:
        assert parse_date_no(shape) == d, shape
        assert not date_incomplete(shape)
        for cut in range(1, len(shape)):  # every prefix typed on the way is not refused yet
            prefix = shape[:cut]
            try:
                parse_date_no(prefix)
            except ValueError:
                assert date_incomplete(prefix), prefix


@given(st.integers(min_value=0, max_value=10_000))
def test_tenths_of_an_hour_round_trip_through_format_hours(tenths: int) -> None:
    minutes = tenths * 6
    assert parse_duration(format_hours(minutes)) == minutes


@given(st.integers(min_value=-(10**6), max_value=10**6), st.sampled_from([45, 60]))
def test_format_hours_is_exact(minutes: int, hour_minutes: int) -> None:
    """What is printed is what was stored: read back in that hour length, nothing is lost."""
    text = format_hours(minutes, hour_minutes)
    m = re.fullmatch(r"(-?)(?:([0-9]+) t)? ?(?:([0-9]+) min)?", text)
    assert m is not None and text.strip() == text and "  " not in text
    hours, rest = int(m.group(2) or 0), int(m.group(3) or 0)
    assert rest < hour_minutes and text != "-0 t"
    assert (-1 if m.group(1) else 1) * (hours * hour_minutes + rest) == minutes
    if hour_minutes == 60 and minutes >= 0:
        assert parse_duration(text) == minutes


@given(st.lists(st.integers(1, 600), max_size=30), st.integers(0, 50_000))
def test_shown_hours_add_up(sessions: list[int], required: int) -> None:
    """The parts as shown sum to the total as shown, and the remainder to the requirement."""
    shown = sum(parse_duration(format_hours(m)) for m in sessions)
    assert format_hours(shown) == format_hours(sum(sessions))
    left = max(0, required - sum(sessions))
    assert shown + parse_duration(format_hours(left)) == max(required, sum(sessions))


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_date_round_trips(d: dt.date) -> None:
    assert parse_date_no(format_date(d)) == d
    assert parse_date_no(d.isoformat()) == d


def test_format_local_time_is_the_local_clock() -> None:
    when = dt.datetime(2026, 11, 30, 8, 5, tzinfo=dt.UTC)
    assert format_local_time(when) == f"{when.astimezone():%d.%m.%Y %H:%M}"
    assert re.fullmatch(r"\d\d\.\d\d\.2026 \d\d:\d\d", format_local_time(when))
