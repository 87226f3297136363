"""Norwegian display and parsing of minutes, hours, percentages and dates."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from miljologg.core.units import (
    date_incomplete,
    format_date,
    format_duration,
    format_hours,
    format_percent,
    hours_number,
    month_name,
    parse_date_no,
    parse_duration,
    weekday_name,
)


@pytest.mark.parametrize(
    ("minutes", "hour_minutes", "decimals", "expected"),
    [
        (0, 60, 1, "0 t"),
        (2400, 60, 1, "40 t"),
        (750, 60, 1, "12,5 t"),
        (75, 60, 1, "1,3 t"),  # 1,25 rounds half up
        (45, 60, 1, "0,8 t"),
        (57, 60, 1, "1 t"),  # 0,95 rounds to a whole hour: no ",0"
        (125, 60, 1, "2,1 t"),
        (125, 60, 2, "2,08 t"),
        (90, 60, 2, "1,50 t"),  # fixed decimals when not whole
        (90, 60, 0, "2 t"),
        (45, 45, 1, "1 t"),  # a scheme counting 45-minute hours
        (90, 45, 1, "2 t"),
        (100, 45, 1, "2,2 t"),
        (-30, 60, 1, "-0,5 t"),
        (-1, 60, 1, "0 t"),  # never "-0 t"
        (735.0, 60, 1, "12,3 t"),  # float minutes, e.g. a weekly pace; 12,25 rounds up
        (60_000, 60, 1, "1000 t"),
    ],
)
def test_format_hours(minutes: float, hour_minutes: int, decimals: int, expected: str) -> None:
    assert format_hours(minutes, hour_minutes, decimals) == expected


@pytest.mark.parametrize(
    ("minutes", "decimals", "fixed", "expected"),
    [
        (90, 2, True, "1,50"),  # the CSV's column: always two decimals
        (120, 2, True, "2,00"),
        (0, 2, True, "0,00"),
        (-0.1, 2, True, "0,00"),  # never "-0,00"
        (1, 2, True, "0,02"),
        (45, 1, False, "0,8"),  # half up, as format_hours
        (120, 2, False, "2"),
        (735.0, 1, False, "12,3"),
    ],
)
def test_hours_number(minutes: float, decimals: int, fixed: bool, expected: str) -> None:
    assert hours_number(minutes, 60, decimals, fixed=fixed) == expected
    if not fixed:
        assert format_hours(minutes, 60, decimals) == f"{expected} t"


def test_format_hours_refuses_a_zero_hour() -> None:
    with pytest.raises(ValueError, match="minst ett minutt"):
        format_hours(60, 0)


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (0, "0 min"),
        (1, "1 min"),
        (45, "45 min"),
        (60, "1 t"),
        (90, "1 t 30 min"),
        (120, "2 t"),
        (605, "10 t 5 min"),
        (-90, "-1 t 30 min"),
    ],
)
def test_format_duration(minutes: int, expected: str) -> None:
    assert format_duration(minutes) == expected


@pytest.mark.parametrize("bad", [1.5, True, "90"])
def test_format_duration_wants_whole_minutes(bad: object) -> None:
    with pytest.raises(TypeError):
        format_duration(bad)  # type: ignore[arg-type]


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


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_date_round_trips(d: dt.date) -> None:
    assert parse_date_no(format_date(d)) == d
    assert parse_date_no(d.isoformat()) == d


@given(st.integers(-(10**6), 10**6), st.sampled_from([45, 60]), st.integers(0, 3))
def test_format_hours_shape(minutes: int, hour_minutes: int, decimals: int) -> None:
    text = format_hours(minutes, hour_minutes, decimals)
    assert re.fullmatch(rf"-?[0-9]+(,[0-9]{{{decimals}}})? t", text)
    assert "." not in text and text != "-0 t"
