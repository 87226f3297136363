"""Norwegian display and parsing of durations, hours, percentages and dates.

The dashboard, the CLI and the dossier all print numbers through these functions, so the same
figure reads the same everywhere: decimal comma, "t" and "min" as units, dates as dd.mm.åååå.

Output uses an ordinary space between number and unit ("12,5 t", "83,4 %"). A no-break space
would be typographically nicer, but it survives copy-paste into terminals, CSV files and test
assertions as an invisible oddity; where a line must not break (the PDF), the caller can
substitute it.

Rounding is half-up on exact decimal values (12,25 t → 12,3 t), not Python's round-half-even
on binary floats, so a figure never rounds differently in two places of the same document.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

__all__ = [
    "format_date",
    "format_duration",
    "format_hours",
    "format_percent",
    "hours_number",
    "month_name",
    "parse_date_no",
    "parse_duration",
    "weekday_name",
]

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def _decimal_no(value: Decimal, decimals: int, fixed: bool = False) -> str:
    """`value` rounded half-up; whole numbers without decimals, others with exactly `decimals`
    (`fixed`: every number with exactly `decimals`, as a column of figures wants)."""
    if decimals < 0:
        raise ValueError("Antall desimaler kan ikke være negativt.")
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = abs(rounded)  # a tiny negative never prints as "-0 t" or "-0,00"
    whole = rounded == rounded.to_integral_value()
    text = str(int(rounded)) if whole and not fixed else f"{rounded:f}"
    return text.replace(".", ",")


def _to_decimal(value: int | float | Fraction | Decimal) -> Decimal:
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, float):
        return Decimal(repr(value))  # the shortest repr, so 12.25 stays 12.25 and rounds up
    return Decimal(value)


def format_hours(minutes: int | float, hour_minutes: int = 60, decimals: int = 1) -> str:
    """Minutes as hours: "40 t", "12,5 t".

    `hour_minutes` is the length of an hour in the scheme being reported (60, or 45 for schemes
    that count «skoletimer»), so the same minutes print as that scheme's hours.
    """
    return f"{hours_number(minutes, hour_minutes, decimals)} t"


def hours_number(
    minutes: int | float, hour_minutes: int = 60, decimals: int = 1, *, fixed: bool = False
) -> str:
    """Minutes as a number of hours without the unit, rounded as `format_hours` does: "12,5".

    `fixed` gives every number exactly `decimals` decimals ("2,00", "1,50"), for a column of
    figures such as the CSV export's.
    """
    if hour_minutes <= 0:
        raise ValueError("En time må være minst ett minutt lang.")
    hours = _to_decimal(minutes) / Decimal(hour_minutes)
    return _decimal_no(hours, decimals, fixed)


def format_percent(percent: int | float, decimals: int = 1) -> str:
    """A percentage on the 0–100 scale: "83,4 %", "80 %" (a space before %, as in Norwegian)."""
    return f"{_decimal_no(_to_decimal(percent), decimals)} %"


def format_duration(minutes: int) -> str:
    """Whole minutes as "1 t 30 min", "45 min" or "2 t"; negative values get a leading minus."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise TypeError("format_duration expects whole minutes (int)")
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if hours and rest:
        return f"{sign}{hours} t {rest} min"
    if hours:
        return f"{sign}{hours} t"
    return f"{sign}{rest} min"


def format_date(d: dt.date) -> str:
    """A date as "dd.mm.åååå" (also for years before 1000, which strftime pads unreliably)."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def weekday_name(d: dt.date) -> str:
    """The Norwegian weekday in lower case, as written mid-sentence: "mandag"."""
    return WEEKDAYS[d.weekday()]


def month_name(month: int | dt.date) -> str:
    """The Norwegian month name in lower case: 1 or a date in January → "januar"."""
    number = month.month if isinstance(month, dt.date) else month
    if isinstance(number, bool) or not 1 <= number <= 12:
        raise ValueError("Måneden må være et tall fra 1 til 12.")
    return MONTHS[number - 1]


_DATE_NO_RE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_DATE_ISO_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def parse_date_no(text: str) -> dt.date:
    """Read "dd.mm.åååå", "d.m.åååå" or ISO "åååå-mm-dd".

    Error messages never repeat the input: a user who pastes the wrong thing into a date field
    may have pasted an identity number, and the message may end up in a log.
    """
    value = text.strip()
    if m := _DATE_NO_RE.fullmatch(value):
        day, month, year = (int(g) for g in m.groups())
    elif m := _DATE_ISO_RE.fullmatch(value):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise ValueError("Ugyldig dato. Skriv den som dd.mm.åååå, for eksempel 17.06.2025.")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError("Datoen finnes ikke i kalenderen.") from None


_NUMBER = r"[0-9]+(?:[.,][0-9]+)?"
_HOURS_UNIT = r"(?:t|h|time|timer|tim)"
_MINUTES_UNIT = r"(?:m|min|minutt|minutter)"
_CLOCK_RE = re.compile(r"([0-9]+):([0-5][0-9])")
_UNITS_RE = re.compile(
    rf"(?:(?P<hours>{_NUMBER})\s*{_HOURS_UNIT}\.?)?"
    rf"\s*(?:(?P<minutes>[0-9]+)\s*{_MINUTES_UNIT}\.?)?"
)


def parse_duration(text: str) -> int:
    """Read a duration in whole minutes: "90", "1:30", "1 t 30 min", "1,5 t", "1.5t", "45 min".

    A bare number is minutes, because that is what the forms store and what most people type.
    Decimal hours must come out as whole minutes ("1,51 t" is refused, not silently rounded).
    """
    value = text.strip().lower()
    if not value:
        raise ValueError("Skriv inn en varighet, for eksempel 90, 1:30 eller 1 t 30 min.")
    if value.isascii() and value.isdigit():
        return int(value)
    if m := _CLOCK_RE.fullmatch(value):
        return int(m.group(1)) * 60 + int(m.group(2))
    m = _UNITS_RE.fullmatch(value)
    if m is None or (m.group("hours") is None and m.group("minutes") is None):
        if re.fullmatch(_NUMBER, value):
            raise ValueError("Et tall uten enhet leses som minutter; skriv for eksempel «1,5 t».")
        raise ValueError("Ugyldig varighet. Skriv for eksempel 90, 1:30, 1 t 30 min eller 1,5 t.")
    total = Fraction(0)
    if m.group("hours") is not None:
        total += Fraction(m.group("hours").replace(",", ".")) * 60
    if m.group("minutes") is not None:
        total += int(m.group("minutes"))
    if total.denominator != 1:
        raise ValueError("Varigheten må bli et helt antall minutter.")
    return int(total)
