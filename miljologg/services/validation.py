"""Checks shared by the services; each failure is a ValidationError naming the field."""

from __future__ import annotations

import datetime as dt

from miljologg.core.model import Approval
from miljologg.core.privacy import check_text
from miljologg.core.professions import OTHER, vocabulary
from miljologg.services.errors import ValidationError

MIN_MINUTES = 1
MAX_MINUTES = 600
EARLIEST = dt.date(2000, 1, 1)


def text(field: str, label: str, value: str | None, *, max_len: int, required: bool = False) -> str:
    """Trim, bound the length, and refuse identity numbers (teieplikt) in free text."""
    value = (value or "").strip()
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. invalid UTF-8 from a command line
        raise ValidationError(field, f"{label} inneholder tegn som ikke kan lagres.") from None
    if required and not value:
        raise ValidationError(field, f"{label} må fylles ut.")
    if len(value) > max_len:
        raise ValidationError(field, f"{label} kan være høyst {max_len} tegn.")
    for finding in check_text(value, label):
        if finding.blocking:
            raise ValidationError(field, finding.message)
    return value


def holds_identifier(value: str) -> bool:
    """True when the privacy guard would refuse ``value``: a message must then not repeat it."""
    return any(finding.blocking for finding in check_text(value, ""))


def warnings(fields: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """Non-blocking privacy findings (phone, e-mail, address) as (field, message) pairs."""
    out: list[tuple[str, str]] = []
    for field, (label, value) in fields.items():
        out.extend((field, f.message) for f in check_text(value or "", label) if not f.blocking)
    return out


def minutes(field: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "Varigheten må være et helt antall minutter.")
    if not MIN_MINUTES <= value <= MAX_MINUTES:
        raise ValidationError(
            field, f"Varigheten må være mellom {MIN_MINUTES} og {MAX_MINUTES} minutter."
        )
    return value


def date(field: str, value: dt.date, today: dt.date, *, future_days: int = 366) -> dt.date:
    """A plausible date: not before 2000 and not more than about a year ahead."""
    if not isinstance(value, dt.date):
        raise ValidationError(field, "Ugyldig dato.")
    if value < EARLIEST:
        raise ValidationError(field, "Datoen er for langt tilbake i tid.")
    if value > today + dt.timedelta(days=future_days):
        raise ValidationError(field, "Datoen er for langt fram i tid.")
    return value


def profession(value: str | None, other: str | None) -> tuple[str, str, frozenset[Approval]]:
    """A typed profession → (code, text of an «annet», approvals a title implies).

    A code, name, synonym or title of the vocabulary gives its code («Klinisk sosionom» →
    sosionom + clinical); «annet» needs its text; any other text is kept as «annet» with that
    text, so nothing typed is lost, and such a profession never satisfies a profession rule.
    """
    typed = text("profession", "Profesjon", value, max_len=100)
    other_text = text("profession_other", "Annen profesjon", other, max_len=100)
    found = vocabulary().resolve(typed)
    if found.code != OTHER:
        return found.code, "", found.approvals
    other_text = found.other or other_text
    if not other_text:
        raise ValidationError("profession_other", "Skriv hvilken profesjon når du velger «Annet».")
    return OTHER, other_text, frozenset()
