"""Free-text guard for teieplikt: no client may be identifiable from the log.

Helsepersonelloven § 21 and forvaltningsloven § 13 forbid a log that identifies a client. The app
asks for no client data, but free-text fields (notes, reasons, topics) can still carry a national
identity number by accident. Every free-text field is therefore passed through `check_text` before
it is saved:

* identity numbers (fødselsnummer, D-nummer, H-nummer, FH-nummer, synthetic test numbers) with
  valid check digits are *blocking* — the text must not be saved;
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

from miljologg.core.i18n import N_, _

__all__ = [
    "Finding",
    "PrivacyError",
    "check_text",
    "ensure_no_identifiers",
    "identity_kind",
    "redact",
]

FODSELSNUMMER = "fodselsnummer"
D_NUMMER = "d_nummer"
H_NUMMER = "h_nummer"
SYNTHETIC = "synthetic"
FH_NUMMER = "fh_nummer"
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
_CLASSIC = frozenset({0})
_RULE_2032 = frozenset({0, 1, 2, 3})
#: Remainders of the first weighted sum accepted for k1, per kind. 0 is the classic rule. For
#: fødselsnumre and D-numre issued from 1 January 2032 Skatteetaten also accepts 1, 2 and 3, and
#: health and NAV systems that compute H-numbers and synthetic numbers (month + 40) with the
#: same routine may follow, so those kinds take both rules. Tenor's synthetic numbers (month +
#: 80) and FH-numbers take the classic rule only: a Tenor number belongs to no real person, an
#: FH-number is Norsk helsenett's and not part of the 2032 change, and every valid bank account
#: number passes the second check (its weights are the same), so each extra remainder would
#: block more account numbers. With both rules there too, the guard would block about 10 % of
#: plain 11-digit account numbers instead of about 8 % (tests/core/test_privacy.py measures it).
_K1_REMAINDERS: dict[str, frozenset[int]] = {
    FODSELSNUMMER: _RULE_2032,
    D_NUMMER: _RULE_2032,
    H_NUMMER: _RULE_2032,
    SYNTHETIC: _CLASSIC,
    FH_NUMMER: _CLASSIC,
}

# How people write the 11 digits: in one run, or as the date part and the personnummer with a
# separator between them, each part possibly in groups of its own — the date as 6, 2-2-2
# (02.01.32) or 3-3 digits, the personnummer as 5 or 3-2 (individnummer, check digits). So
# «020132 99997», «020132/99997», «02.01.32 99997», «020 132 999 97» and «02 01 32 999 97» are
# caught, while the 4-2-5 grouping of a bank account number (1234.56.78903, 1234 56 78903)
# never matches: that is the way out the refusal message offers for an account number.
# A separator is one to four spaces or line breaks (any Unicode white space, the invisible
# ones that come with pasted text included), or one dot, slash, hyphen or typographic dash
# with up to three of those on each side. No digit may touch the number on either side, so a
# run inside a longer number (an order number, a 12-digit run) is not mistaken for one; other
# digit groups nearby do not protect it. ASCII digits only: nobody writes one in other scripts.
_WS = r"\s\u00ad\u200b\u200c\u200d\u2060\ufeff"
_PUNCT = r"./\-\u2010-\u2015\u2212"
_SEP = rf"(?:[{_WS}]{{0,3}}[{_PUNCT}][{_WS}]{{0,3}}|[{_WS}]{{1,4}})"
_DATE = rf"(?:[0-9]{{6}}|[0-9]{{2}}{_SEP}[0-9]{{2}}{_SEP}[0-9]{{2}}|[0-9]{{3}}{_SEP}[0-9]{{3}})"
_PERSONNUMMER = rf"(?:[0-9]{{5}}|[0-9]{{3}}{_SEP}[0-9]{{2}})"
# Candidates may overlap: one that fails the checks («000000 000 15» read as 6-3-2) can hold
# the start of a valid one («15 02 69 38853»), so after a failed candidate the search goes on
# from its second character, not from its end.
_IDENTITY_RE = re.compile(rf"(?<![0-9])([0-9]{{11}}|{_DATE}{_SEP}{_PERSONNUMMER})(?![0-9])")
_NOT_DIGIT_RE = re.compile(r"[^0-9]+")
#: Stretches of digits and separator characters at least 11 long. The guard runs on every
#: free-text field at every save, so it first finds these (a scan the regex engine does fast,
#: as the pattern starts with a digit) and looks for numbers only inside them; every way of
#: writing a number above is such a stretch.
_STRETCH_RE = re.compile(rf"[0-9][0-9{_WS}{_PUNCT}]{{10,}}")


def identity_kind(digits: str) -> str | None:
    """The kind of identity number `digits` (exactly 11 ASCII digits) is, or None if it is none.

    Checks both check digits and, except for an FH-number (first digit 8 or 9, the rest random),
    the birth date after removing the D-, H- and synthetic offsets, so that ordinary 11-digit
    numbers rarely trip the guard.
    """
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return None
    d = [int(c) for c in digits]
    if sum(w * x for w, x in zip(_W2, d, strict=True)) % 11 != 0:
        return None
    remainder = sum(w * x for w, x in zip(_W1, d, strict=False)) % 11
    if remainder > 3:  # no rule accepts it; most numbers end here
        return None

    day = d[0] * 10 + d[1]
    month = d[2] * 10 + d[3]
    if day >= 80:  # FH-nummer (felles hjelpenummer, Norsk helsenett): first digit 8 or 9
        kind = FH_NUMMER
    else:
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
    return kind if remainder in _K1_REMAINDERS[kind] else None


def _plausible_day(day: int, month: int) -> bool:
    """Day and month form a calendar date in some year; 29 February always counts.

    The century hides in the individnummer and differs between number series (and from 2032
    the number alone no longer tells it), so the year is not checked: a leap year is used,
    which errs towards blocking.
    """
    try:
        dt.date(2000, month, day)
    except ValueError:
        return False
    return True


_IDENTITY_WORDS = {
    FODSELSNUMMER: N_("et fødselsnummer"),
    D_NUMMER: N_("et D-nummer"),
    H_NUMMER: N_("et H-nummer eller syntetisk fødselsnummer"),
    SYNTHETIC: N_("et syntetisk fødselsnummer"),
    FH_NUMMER: N_("et hjelpenummer (FH-nummer)"),
}

#: Added when the digits stand in one run, the only way of writing them an account number
#: shares. No digits in it: the message must not carry any, not even an example.
_ACCOUNT_HINT = N_(
    "Er det et kontonummer, skriv det med punktum mellom gruppene (xxxx.xx.xxxxx), så blir "
    "det ikke tatt for et fødselsnummer."
)


def _identity_findings(text: str, label: str) -> Iterator[Finding]:
    for stretch in _STRETCH_RE.finditer(text):
        pos, endpos = stretch.start(), stretch.end()
        while (m := _IDENTITY_RE.search(text, pos, endpos)) is not None:
            written = m.group(1)
            kind = identity_kind(_NOT_DIGIT_RE.sub("", written))
            if kind is None:
                pos = m.start() + 1
                continue
            pos = m.end()
            message = _(
                "«{label}» ser ut til å inneholde {what}. Fjern det før du lagrer: loggen må "
                "aldri kunne identifisere en klient (taushetsplikt)."
            ).format(label=label, what=_(_IDENTITY_WORDS[kind]))
            if len(written) == 11:
                message += " " + _(_ACCOUNT_HINT)
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


#: Necessary conditions, each a scan the regex engine does fast (a pattern starting with a
#: character set), so the slower patterns above run only on text that could match: eight
#: digits or spaces in a row starting with a digit for a phone number, a space and a digit 1-9
#: for a house number. The three patterns cost ~20 µs on a 70-character topic with digits.
_PHONE_HINT_RE = re.compile(r"[0-9][0-9 \u00a0]{7}")
_HOUSE_NUMBER_HINT_RE = re.compile(r"[ \u00a0][1-9]")


#: What each warning says (translated where it is found); ``{label}`` names the field.
_WARNINGS = {
    PHONE: N_(
        "«{label}» ser ut til å inneholde et telefonnummer. Ta det bare med hvis det "
        "ikke kan knyttes til en klient."
    ),
    EMAIL: N_(
        "«{label}» ser ut til å inneholde en e-postadresse. Ta den bare med hvis den "
        "ikke kan knyttes til en klient."
    ),
    ADDRESS: N_(
        "«{label}» ser ut til å inneholde en gateadresse. Ta den bare med hvis den "
        "ikke kan knyttes til en klient."
    ),
}


def _warning_findings(text: str, label: str) -> Iterator[Finding]:
    phones = _PHONE_RE.finditer(text) if _PHONE_HINT_RE.search(text) else ()
    emails = _EMAIL_RE.finditer(text) if "@" in text else ()
    addresses = _ADDRESS_RE.finditer(text) if _HOUSE_NUMBER_HINT_RE.search(text) else ()
    found = (
        (PHONE, (m for m in phones if not _looks_like_compact_date(m.group("number")))),
        (EMAIL, emails),
        (ADDRESS, addresses),
    )
    for kind, matches in found:
        for m in matches:
            message = _(_WARNINGS[kind]).format(label=label)
            yield Finding(kind, False, message, m.start(), m.end())


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


#: What `redact` puts where an identity number stood.
REDACTED = "[identitetsnummer]"


def redact(text: str) -> str:
    """`text` with every identity number the guard would refuse replaced by `REDACTED`.

    For messages that quote what the user typed («Fant ingen veileder «…»»): a number refused in
    a field must not come back through an error message either.
    """
    if _TRIGGER_RE.search(text) is None:
        return text
    out, at = [], 0
    for finding in _identity_findings(text, ""):
        out += [text[at : finding.start], REDACTED]
        at = finding.end
    return "".join(out) + text[at:] if out else text
