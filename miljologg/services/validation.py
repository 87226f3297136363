"""Checks shared by the services; each failure is a ValidationError naming the field.

The one place for each rule: the dialogs, the CLI and the import all reach it (the dialogs and
the CLI through the services, the import record by record, the CLI and the import also for the
text of a clock time), so a value one of them refuses is refused by all three.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from miljologg.core.i18n import _
from miljologg.core.model import Approval, SessionStatus
from miljologg.core.privacy import check_text
from miljologg.core.professions import OTHER, vocabulary
from miljologg.services.errors import ValidationError

MIN_MINUTES = 1
MAX_MINUTES = 600
FOREIGN_MAX_LEN = 10_000
EARLIEST = dt.date(2000, 1, 1)
#: Control characters (Unicode's Cc: C0, DEL and C1) other than tab, line feed and carriage
#: return: a NUL in a topic went raw into the CSV, and none of them can be typed or shown.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def text(field: str, label: str, value: str | None, *, max_len: int, required: bool = False) -> str:
    """Trim, bound the length, and refuse identity numbers (teieplikt) in free text."""
    value = (value or "").strip()
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. invalid UTF-8 from a command line
        raise ValidationError(
            field, _("{label} inneholder tegn som ikke kan lagres.").format(label=label)
        ) from None
    if _CONTROL.search(value):
        raise ValidationError(
            field, _("{label} inneholder kontrolltegn som ikke kan lagres.").format(label=label)
        )
    if required and not value:
        raise ValidationError(field, _("{label} må fylles ut.").format(label=label))
    if len(value) > max_len:
        raise ValidationError(
            field, _("{label} kan være høyst {n} tegn.").format(label=label, n=max_len)
        )
    for finding in check_text(value, label):
        if finding.blocking:
            raise ValidationError(field, finding.message)
    return value


def foreign_text(field: str, label: str, value: str) -> str:
    """Text from another person's file (a signing request or response, a moved log's records
    of supervision given) held to the rules ``text`` holds typed text to: no control character
    and no identity number. The length is theirs to choose (within ``FOREIGN_MAX_LEN``), and
    nothing is trimmed: a signed value must stay as it was signed."""
    text(field, label, value, max_len=FOREIGN_MAX_LEN)
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
        raise ValidationError(field, _("Varigheten må være et helt antall minutter."))
    if not MIN_MINUTES <= value <= MAX_MINUTES:
        raise ValidationError(
            field,
            _("Varigheten må være mellom {low} og {high} minutter.").format(
                low=MIN_MINUTES, high=MAX_MINUTES
            ),
        )
    return value


def date(field: str, value: dt.date, today: dt.date, *, future_days: int = 366) -> dt.date:
    """A plausible date: not before 2000 and not more than about a year ahead."""
    if not isinstance(value, dt.date):
        raise ValidationError(field, _("Ugyldig dato."))
    if value < EARLIEST:
        raise ValidationError(field, _("Datoen er for langt tilbake i tid."))
    if value > today + dt.timedelta(days=future_days):
        raise ValidationError(field, _("Datoen er for langt fram i tid."))
    return value


def profession(value: str | None, other: str | None) -> tuple[str, str, frozenset[Approval]]:
    """A typed profession → (code, text of an «annet», approvals a title implies).

    A code, name, synonym or title of the vocabulary gives its code («Klinisk sosionom» →
    sosionom + clinical); «annet» needs its text; any other text is kept as «annet» with that
    text, so nothing typed is lost, and such a profession never satisfies a profession rule.
    """
    typed = text("profession", _("Profesjon"), value, max_len=100)
    other_text = text("profession_other", _("Annen profesjon"), other, max_len=100)
    found = vocabulary().resolve(typed)
    if found.code != OTHER:
        return found.code, "", found.approvals
    other_text = found.other or other_text
    if not other_text:
        raise ValidationError(
            "profession_other", _("Skriv hvilken profesjon når du velger «Annet».")
        )
    return OTHER, other_text, frozenset()


def clock(text: str, field: str = "start_time") -> dt.time:
    """A start time as typed or stored: ``TT:MM``, a wall-clock time in Norway.

    The CLI took ``10:00+02:00`` and dropped the offset without a word (the import refused the
    same value); seconds were dropped the same way by the export. Neither is accepted now.
    """
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        raise ValidationError(field, _("Ugyldig klokkeslett (bruk TT:MM)."))
    try:
        return dt.time(int(match[1]), int(match[2]))
    except ValueError:  # 25:00, 10:61
        raise ValidationError(field, _("Ugyldig klokkeslett (bruk TT:MM).")) from None


def start_time(value: dt.time | None, field: str = "start_time") -> dt.time | None:
    """A session's start: local wall-clock time in whole minutes, or None."""
    if value is None:
        return None
    if not isinstance(value, dt.time):
        raise ValidationError(field, _("Ugyldig klokkeslett."))
    if value.tzinfo is not None:
        raise ValidationError(field, _("Klokkeslettet skal være lokal tid, uten tidssone."))
    if value.second or value.microsecond:
        raise ValidationError(field, _("Klokkeslettet skal være i hele minutter (TT:MM)."))
    return value


class DatedSession(Protocol):
    """What the make-up rule needs of a session (a row or a record)."""

    @property
    def id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def form(self) -> str: ...


def make_up(
    missed: DatedSession, replacement: DatedSession | None, field: str = "made_up_by"
) -> None:
    """A missed session may be made up by a later held session, never by itself, and never
    by (or as) supervision the student gave."""
    if SessionStatus(missed.status) is not SessionStatus.MISSED:
        raise ValidationError(field, _("Bare et avlyst/uteblitt møte kan tas igjen."))
    if replacement is None:
        return
    if replacement.id == missed.id:
        raise ValidationError(field, _("Et møte kan ikke erstatte seg selv."))
    if SessionStatus(replacement.status) is not SessionStatus.HELD:
        raise ValidationError(field, _("Erstatningsmøtet må være gjennomført."))
    if replacement.date < missed.date:
        raise ValidationError(field, _("Erstatningsmøtet kan ikke være før det avlyste møtet."))
    if "given" in (replacement.form, missed.form):
        raise ValidationError(field, _("Veiledning du har gitt, kan ikke ta igjen et møte."))
