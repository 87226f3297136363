"""Free-text guard for teieplikt: no client may be identifiable from the log.

Helsepersonelloven § 21 and forvaltningsloven § 13 forbid a log that identifies a client. The app
asks for no client data, but free-text fields (notes, reasons, topics) can still carry a national
identity number by accident. Every free-text field is therefore passed through `check_text` before
it is saved:

* identity numbers (fødselsnummer, D-nummer, H-nummer, synthetic test numbers) with valid check
  digits are *blocking* — the text must not be saved;
* phone numbers, e-mail addresses and street addresses are *warnings* — they are often harmless
  (the student's own workplace), so the user is told, not stopped.

The matched text is never put into a message, an exception or a log line: a message that echoed
the number would spread it to log files, crash reports and screenshots — exactly what the guard
exists to prevent. Findings carry a span instead, so a UI can highlight the place in the field the
user is already looking at.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "Finding",
    "PrivacyError",
    "check_text",
    "ensure_no_identifiers",
    "identity_kind",
]

FODSELSNUMMER = "fodselsnummer"
D_NUMMER = "d_nummer"
H_NUMMER = "h_nummer"
SYNTHETIC = "synthetic"
PHONE = "phone"
EMAIL = "email"
ADDRESS = "address"


@dataclass(frozen=True)
class Finding:
    """One suspicious passage in a free-text field; `message` never repeats the passage itself."""

    kind: str
    blocking: bool
    message: str
    start: int
    end: int


class PrivacyError(ValueError):
    """Raised by `ensure_no_identifiers`; carries the blocking finding so callers can react."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


# --- identity numbers -------------------------------------------------------------------------

_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
#: Remainders of the first weighted sum accepted for k1. 0 is the classic rule; from 2032
#: Skatteetaten also issues numbers leaving 1, 2 or 3, and those are already being assigned in
#: test data, so both rules are accepted.
_K1_REMAINDERS = frozenset({0, 1, 2, 3})

# Six date digits, at most one separator, five digits — and no digit on either side, so an
# 11-digit run inside a longer number (an account or order number) is not mistaken for one.
# Dashes include the typographic variants word processors substitute for "-"; spaces include
# no-break spaces pasted from documents. ASCII digits only: int() would also accept other
# scripts' digits, but nobody writes a fødselsnummer in them.
_SEPARATOR = r"[ .\-\u00a0\u202f\u2010\u2011\u2012\u2013\u2014]"
_IDENTITY_RE = re.compile(rf"(?<![0-9])([0-9]{{6}}){_SEPARATOR}?([0-9]{{5}})(?![0-9])")


def identity_kind(digits: str) -> str | None:
    """The kind of identity number `digits` (exactly 11 ASCII digits) is, or None if it is none.

    Checks both the birth date (after removing the D-, H- and synthetic offsets) and the check
    digits, so that ordinary 11-digit numbers rarely trip the guard.
    """
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return None
    d = [int(c) for c in digits]
    day = d[0] * 10 + d[1]
    month = d[2] * 10 + d[3]

    kind = FODSELSNUMMER
    if day > 40:  # D-nummer: first digit + 4
        day -= 40
        kind = D_NUMMER
    if month > 80:  # Skatteetaten's synthetic (Tenor) numbers: month + 80
        month -= 80
        kind = SYNTHETIC
    elif month > 40:  # H-nummer and NAV's synthetic numbers: month + 40
        month -= 40
        kind = H_NUMMER
    if not _plausible_day(day, month):
        return None

    if sum(w * x for w, x in zip(_W1, d, strict=False)) % 11 not in _K1_REMAINDERS:
        return None
    if sum(w * x for w, x in zip(_W2, d, strict=True)) % 11 != 0:
        return None
    return kind


def _plausible_day(day: int, month: int) -> bool:
    """Day and month form a calendar date in some year; 29 February always counts.

    The century hides in the individnummer and differs between number series, so the year is
    not checked: a leap year is used, which errs towards blocking.
    """
    try:
        dt.date(2000, month, day)
    except ValueError:
        return False
    return True


_IDENTITY_WORDS = {
    FODSELSNUMMER: "et fødselsnummer",
    D_NUMMER: "et D-nummer",
    H_NUMMER: "et H-nummer eller syntetisk fødselsnummer",
    SYNTHETIC: "et syntetisk fødselsnummer",
}


def _identity_findings(text: str, label: str) -> Iterator[Finding]:
    for m in _IDENTITY_RE.finditer(text):
        kind = identity_kind(m.group(1) + m.group(2))
        if kind is None:
            continue
        message = (
            f"«{label}» ser ut til å inneholde {_IDENTITY_WORDS[kind]}. Fjern det før du "
            "lagrer: loggen må aldri kunne identifisere en klient (taushetsplikt)."
        )
        yield Finding(kind, True, message, m.start(), m.end())


# --- warnings ---------------------------------------------------------------------------------

# Norwegian subscriber numbers are eight digits and never start with 0 or 1 (those are prefixes
# and short codes), which keeps "12345678"-like references out. Only the groupings people
# actually write are accepted (12345678, 22 33 44 55, 912 34 567), separated by single spaces,
# so dates (dots, dashes), times (colons) and amounts such as "120 timer" do not match. The
# look-arounds refuse a number that is part of a longer digit run or list of numbers.
_SP = r"[ \u00a0]"
_PHONE_RE = re.compile(
    rf"(?<![0-9+])(?<![0-9]{_SP})"
    rf"(?:(?:\+|00)47{_SP}?)?"
    rf"(?P<number>[2-9][0-9]{{7}}"
    rf"|[2-9][0-9]{_SP}[0-9]{{2}}{_SP}[0-9]{{2}}{_SP}[0-9]{{2}}"
    rf"|[2-9][0-9]{{2}}{_SP}[0-9]{{2}}{_SP}[0-9]{{3}})"
    rf"(?![0-9])(?!{_SP}[0-9])"
)

_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")

# A street name is a capitalised word ending in a street suffix ("Storgata", "Kirkeveien") or
# capitalised words followed by a separate street word ("Karl Johans gate"), then a house number
# of one to three digits and an optional letter ("5B"). Three digits at most keeps years out.
#: Endings that are common in ordinary nouns are left out on purpose: "-ringen" (Vurderingen 2),
#: "-plass" (Praksisplass 2) and "-alle" (Kalle 5) would flag everyday sentences.
_SUFFIXES = (
    "veien|vegen|vei|veg|gata|gaten|gate|stien|sti|plassen|alléen|allé|torget|torg"
    "|bakken|svingen|tunet|brygga|kaia|løkka"
)
_STREET_WORDS = "gate|gata|vei|veg|allé|plass|torg|sti|brygge"
_CAP = r"[A-ZÆØÅ][a-zæøåéèüöä'’.\-]*"
_ADDRESS_RE = re.compile(
    rf"(?<![\w])(?:[A-ZÆØÅ][a-zæøåéèüöä\-]*(?:{_SUFFIXES})"
    rf"|(?:{_CAP}[ ]){{1,3}}(?:{_STREET_WORDS}))"
    rf"[ \u00a0][1-9][0-9]{{0,2}}[A-Za-z]?(?![\w])"
)


def _warning_findings(text: str, label: str) -> Iterator[Finding]:
    for m in _PHONE_RE.finditer(text):
        if _looks_like_compact_date(m.group("number")):
            continue
        yield Finding(
            PHONE,
            False,
            f"«{label}» ser ut til å inneholde et telefonnummer. Ta det bare med hvis det ikke "
            "kan knyttes til en klient.",
            m.start(),
            m.end(),
        )
    for m in _EMAIL_RE.finditer(text):
        yield Finding(
            EMAIL,
            False,
            f"«{label}» ser ut til å inneholde en e-postadresse. Ta den bare med hvis den ikke "
            "kan knyttes til en klient.",
            m.start(),
            m.end(),
        )
    for m in _ADDRESS_RE.finditer(text):
        yield Finding(
            ADDRESS,
            False,
            f"«{label}» ser ut til å inneholde en gateadresse. Ta den bare med hvis den ikke "
            "kan knyttes til en klient.",
            m.start(),
            m.end(),
        )


def _looks_like_compact_date(number: str) -> bool:
    """True for eight digits that read as a date (ddmmåååå or ååååmmdd), not a phone number."""
    if not number.isdigit():
        return False
    for day, month, year in (
        (number[:2], number[2:4], number[4:]),
        (number[6:], number[4:6], number[:4]),
    ):
        if 1900 <= int(year) <= 2099:
            try:
                dt.date(int(year), int(month), int(day))
            except ValueError:
                continue
            return True
    return False


# --- public entry points ----------------------------------------------------------------------

#: Identity numbers, phone numbers and addresses all contain an ASCII digit, e-mail an «@»:
#: text with neither (most text) needs no further look.
_TRIGGER_RE = re.compile(r"[0-9@]")


def check_text(text: str, field_label: str) -> tuple[Finding, ...]:
    """Every privacy finding in `text`, in reading order; blocking ones are identity numbers.

    `field_label` is the label the user sees (e.g. "Notat"), so each message can say which field
    to fix. A warning overlapping an identity number is dropped: the blocking finding already
    covers that passage.
    """
    if _TRIGGER_RE.search(text) is None:  # every pattern needs an ASCII digit or an «@»
        return ()
    blocking = list(_identity_findings(text, field_label))
    warnings = [
        w
        for w in _warning_findings(text, field_label)
        if not any(w.start < b.end and b.start < w.end for b in blocking)
    ]
    return tuple(sorted(blocking + warnings, key=lambda f: (f.start, f.end, f.kind)))


def ensure_no_identifiers(text: str, field_label: str) -> tuple[Finding, ...]:
    """Raise `PrivacyError` on the first identity number; otherwise return the warnings.

    The one call a save path needs: blocking findings stop the save, the rest are shown.
    """
    findings = check_text(text, field_label)
    for finding in findings:
        if finding.blocking:
            raise PrivacyError(finding)
    return findings
