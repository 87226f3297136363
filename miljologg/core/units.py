"""Display and parsing of durations, hours, percentages and dates, in the current language.

The dashboard, the CLI and the dossier all print numbers through these functions, so the same
figure reads the same everywhere. Amounts of time are exact hours and minutes, never rounded
(«3 t 45 min»; English «3 h 45 min»). In bokmål and nynorsk: decimal comma in percentages, dates
as dd.mm.åååå («83,4 %», «10.03.2025»); in English: decimal point, dates as «10 Mar 2025».
The language is ``miljologg.core.i18n.current_language()``; Babel (CLDR's data) gives the
decimal sign, the month and weekday names, and the unit comes from the catalogue. Minutes stay
whole numbers underneath: only the text changes with the language.

Output uses an ordinary space between number and unit ("12 t 30 min", "83,4 %"). A no-break space
would be typographically nicer, but it survives copy-paste into terminals, CSV files and test
assertions as an invisible oddity; where a line must not break (the PDF), the caller can
substitute it.

Percentages round half-up on exact decimal values (83,25 % → 83,3 %), not Python's
round-half-even on binary floats, so a figure never rounds differently in two places of the same
document.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from babel.dates import format_date as babel_format_date
from babel.dates import get_day_names, get_month_names
from babel.numbers import format_decimal

from miljologg.core.i18n import _, current_language, pgettext

__all__ = [
    "format_date",
    "format_duration",
    "format_hours",
    "format_number",
    "format_percent",
    "format_size",
    "hour_unit",
    "minute_unit",
    "date_incomplete",
    "month_name",
    "parse_date_no",
    "parse_duration",
    "weekday_name",
]


def _decimal_no(value: Decimal, decimals: int) -> str:
    """`value` rounded half-up; whole numbers without decimals, others with exactly `decimals`."""
    if decimals < 0:
        raise ValueError("decimals cannot be negative")
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = abs(rounded)  # a tiny negative never prints as "-0 t" or "-0,00"
    whole = rounded == rounded.to_integral_value()
    pattern = "0" if whole or decimals == 0 else "0." + "0" * decimals
    # Already rounded half-up to the pattern's precision, so Babel only writes it out (its own
    # rounding is half-even); the sign is ours, an ASCII hyphen (CLDR's nb minus is U+2212).
    text = format_decimal(abs(rounded), pattern, locale=current_language())
    return f"-{text}" if rounded < 0 else text


def _to_decimal(value: int | float | Fraction | Decimal) -> Decimal:
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, float):
        return Decimal(repr(value))  # the shortest repr, so 12.25 stays 12.25 and rounds up
    return Decimal(value)


def format_hours(minutes: int, hour_minutes: int = 60) -> str:
    """Minutes as hours and minutes, exactly: "40 t", "3 t 45 min", "45 min", "0 t".

    The one way the app writes an amount of time. It never rounds, so figures add up as shown:
    three 75-minute sessions are "3 t 45 min", and 40 t minus that is "36 t 15 min" (rounded
    decimal hours said "3,8 t" and "36,3 t"). `hour_minutes` is the length of an hour in the
    scheme being reported (60, or 45 for schemes that count «skoletimer»): 100 minutes in
    45-minute hours are "2 t 10 min". Negative values get a leading (ASCII) minus. The units
    follow the language: "3 h 45 min" in English.
    """
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise TypeError("format_hours expects whole minutes (int)")
    if hour_minutes <= 0:
        raise ValueError(_("En time må være minst ett minutt lang."))
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), hour_minutes)
    h, m = hour_unit(), minute_unit()
    if hours and rest:
        return f"{sign}{hours} {h} {rest} {m}"
    if rest:
        return f"{sign}{rest} {m}"
    return f"{sign}{hours} {h}"


def hour_unit() -> str:
    """The abbreviation of «hours» in the current language: «t» (nb, nn), «h» (en)."""
    return pgettext("unit of hours", "t")


def minute_unit() -> str:
    """The abbreviation of «minutes» in the current language: «min»."""
    return pgettext("unit of minutes", "min")


def format_size(size: int) -> str:
    """A byte count as a person reads it: «7,3 MB», «12 kB» (nb, nn), «7.3 MB» (en); never
    «0 kB» for a file that exists. Backups and every file-size limit are said this way."""
    if size >= 1024 * 1024:
        return f"{_decimal_no(_to_decimal(Fraction(size, 1024 * 1024)), 1)} MB"
    return f"{max(1, round(size / 1024))} kB"


def format_percent(percent: int | float, decimals: int = 1) -> str:
    """A percentage on the 0–100 scale: "83,4 %", "80 %" (a space before %, as in Norwegian;
    English: "83.4%")."""
    number = _decimal_no(_to_decimal(percent), decimals)
    return f"{number}%" if current_language() == "en" else f"{number} %"


def format_number(value: int | float, decimals: int = 2) -> str:
    """A plain number as the language writes it: «2,5» (nb, nn), «2.5» (en), «80» for a whole
    one (half-up rounding to ``decimals``, as every figure here)."""
    return _decimal_no(_to_decimal(value), decimals)


def format_duration(minutes: int) -> str:
    """A session's length: `format_hours` in 60-minute hours ("1 t 30 min")."""
    return format_hours(minutes)


#: How a date is written, per language (CLDR patterns): the figures Norwegians write, and the
#: day-month-year order with the month's short name that no English reader misreads.
DATE_PATTERNS = {"nb": "dd.MM.yyyy", "nn": "dd.MM.yyyy", "en": "d MMM yyyy"}


def format_date(d: dt.date) -> str:
    """A date as "dd.mm.åååå" (nb, nn; years before 1000 too) or "10 Mar 2025" (en)."""
    lang = current_language()
    return str(babel_format_date(d, DATE_PATTERNS[lang], locale=lang))


def format_local_time(when: dt.datetime) -> str:
    """«dd.mm.åååå tt:mm» in the user's local time (when a backup was made, for one)."""
    return f"{when.astimezone():%d.%m.%Y %H:%M}"


def weekday_name(d: dt.date) -> str:
    """The weekday as written mid-sentence: "mandag" (nb), "måndag" (nn), "Monday" (en)."""
    return str(get_day_names("wide", locale=current_language())[d.weekday()])


def month_name(month: int | dt.date) -> str:
    """The month as written mid-sentence: 1 or a date in January → "januar" (nb, nn),
    "January" (en)."""
    number = month.month if isinstance(month, dt.date) else month
    if isinstance(number, bool) or not 1 <= number <= 12:
        raise ValueError(_("Måneden må være et tall fra 1 til 12."))
    return str(get_month_names("wide", locale=current_language())[number])


_DATE_NO_RE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4}|[0-9]{2})")
_DATE_DIGITS_RE = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4}|[0-9]{2})")
_DATE_ISO_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DATE_EN_RE = re.compile(r"([0-9]{1,2}) ([a-z]+)\.? ([0-9]{4})")


def _english_month(name: str) -> int | None:
    """1–12 for an English month name or its short form ("mar", "march", "sept"), else None."""
    for width in ("abbreviated", "wide"):
        for number, text in get_month_names(width, locale="en").items():
            if name == str(text).lower():
                return int(number)
    return 9 if name == "sept" else None


#: What a date can look like while it is being typed (each part may still be short).
_DATE_NO_PREFIX_RE = re.compile(r"([0-9]{1,2})(?:\.(?:([0-9]{1,2})(?:\.([0-9]{0,4}))?)?)?")
_DATE_ISO_PREFIX_RE = re.compile(r"[0-9]{4}(?:-(?:([0-9]{1,2})(?:-([0-9]{0,2}))?)?)?")
_DATE_EN_PREFIX_RE = re.compile(r"([0-9]{1,2})(?: (?:[a-z]+\.?(?: ([0-9]{0,4}))?)?)?")
#: A two-digit year is read in this century: the app holds no date before 2000.
TWO_DIGIT_CENTURY = 2000


def parse_date_no(text: str) -> dt.date:
    """Read a date the ways people type it, or refuse it; never guess another date.

    Accepted: "17.06.2025", "7.6.2025", "7.6.25", "17062025", "170625", ISO "2025-06-17" and
    the English "17 Jun 2025". A two-digit year is 20åå (``TWO_DIGIT_CENTURY``). A day or month
    that does not exist is refused, never rolled over into the next month.

    Error messages never repeat the input: a user who pastes the wrong thing into a date field
    may have pasted an identity number, and the message may end up in a log.
    """
    value = text.strip()
    if m := _DATE_NO_RE.fullmatch(value) or _DATE_DIGITS_RE.fullmatch(value):
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            year += TWO_DIGIT_CENTURY
    elif m := _DATE_ISO_RE.fullmatch(value):
        year, month, day = (int(g) for g in m.groups())
    elif (m := _DATE_EN_RE.fullmatch(value.lower())) and _english_month(m.group(2)):
        day, month, year = int(m.group(1)), _english_month(m.group(2)) or 0, int(m.group(3))
    else:
        raise ValueError(
            _("Ugyldig dato. Skriv den som {pattern}, for eksempel {example}.").format(
                pattern=_("dd.mm.åååå"), example=format_date(dt.date(2025, 6, 17))
            )
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(_("Datoen finnes ikke i kalenderen.")) from None


def date_incomplete(text: str) -> bool:
    """True while ``text`` is not a date yet but could become one by typing on ("10.0", "1003").

    A date field says nothing about such a text until the user leaves it; any other text that
    ``parse_date_no`` refuses can be refused at once.
    """
    value = text.strip()
    if not value:
        return True
    try:
        parse_date_no(value)
    except ValueError:
        pass
    else:
        return False
    if value.isascii() and value.isdigit():
        # "ddmmåååå" on its way, or the year of an ISO date
        return len(value) <= 4 or (len(value) < 8 and _parts_possible(value[:2], value[2:4]))
    if m := _DATE_NO_PREFIX_RE.fullmatch(value):
        return _parts_possible(m.group(1), m.group(2) or "") and len(m.group(3) or "") != 4
    if m := _DATE_ISO_PREFIX_RE.fullmatch(value):
        return _parts_possible("", m.group(1) or "", m.group(2) or "")
    if m := _DATE_EN_PREFIX_RE.fullmatch(value.lower()):  # "17 Ju" on its way to "17 Jun 2025"
        return _parts_possible(m.group(1), "") and len(m.group(2) or "") != 4
    return False


def _parts_possible(day: str, month: str, iso_day: str = "") -> bool:
    """Whether typed day and month parts can still belong to a real date."""
    for part, top in ((day, 31), (month, 12), (iso_day, 31)):
        if len(part) == 2 and not 1 <= int(part) <= top:
            return False
    return True


_NUMBER = r"[0-9]+(?:[.,][0-9]+)?"
_HOURS_UNIT = r"(?:t|h|time|timar|timer|tim|hr|hrs|hour|hours)"
_MINUTES_UNIT = r"(?:m|min|mins|minutt|minutter|minutte|minuttar|minute|minutes)"
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
        raise ValueError(
            _("Skriv inn en varighet, for eksempel 90, 1:30 eller {example}.").format(
                example=format_duration(90)
            )
        )
    if value.isascii() and value.isdigit():
        return int(value)
    if m := _CLOCK_RE.fullmatch(value):
        return int(m.group(1)) * 60 + int(m.group(2))
    m = _UNITS_RE.fullmatch(value)
    if m is None or (m.group("hours") is None and m.group("minutes") is None):
        if re.fullmatch(_NUMBER, value):
            raise ValueError(
                _("Et tall uten enhet leses som minutter; skriv for eksempel «{example}».").format(
                    example=format_hours(90)
                )
            )
        raise ValueError(
            _("Ugyldig varighet. Skriv for eksempel 90, 1:30, {duration} eller {hours}.").format(
                duration=format_duration(90), hours=format_hours(90)
            )
        )
    total = Fraction(0)
    if m.group("hours") is not None:
        total += Fraction(m.group("hours").replace(",", ".")) * 60
    if m.group("minutes") is not None:
        total += int(m.group("minutes"))
    if total.denominator != 1:
        raise ValueError(_("Varigheten må bli et helt antall minutter."))
    return int(total)
