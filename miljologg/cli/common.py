"""Small pieces several command groups share: input parsing, output paths, JSON out."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any, TextIO

from miljologg.core.i18n import _
from miljologg.core.units import parse_date_no
from miljologg.services.errors import ValidationError

#: Invisible characters that reorder what a terminal shows (Trojan Source, CVE-2021-42574).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def one_line(text: str) -> str:
    """``text`` safe to print as one terminal line: control characters shown, not obeyed.

    A message may quote what the user typed or what a file held (a profession, an argparse
    choice, a name in a dossier's attachment). A line break there split the CLI's one line on
    stderr in two, and an escape character (``\x1b]…``) was sent to the terminal as a command.
    Control characters, line and paragraph separators and bidirectional overrides are written
    as escapes (``\n``, ``\x1b``, ``\u202e``); everything else, Norwegian letters included,
    stays as it is.
    """
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI
        else ch
        for ch in text
    )


class CliError(Exception):
    """Bad input found by the command line itself (exit 2)."""


def whole_number(text: str) -> int:
    """``type=`` for counts and minutes: its name is what argparse prints after «skal være»."""
    return int(text)


whole_number.__name__ = "et heltall"  # i18n: keep (the parser names it in the language in force)


def parse_date(text: str) -> dt.date:
    """A date as Norwegians write it (or ISO); the message never repeats the input."""
    try:
        return parse_date_no(text)
    except ValueError as exc:
        raise ValidationError("date", str(exc)) from None


def parse_time(text: str | None) -> dt.time | None:
    """``TT:MM`` or nothing, by the dialogs' and the import's rule (``validation.clock``); the
    message never repeats the input (it may be anything)."""
    from miljologg.services.validation import clock

    if not text:
        return None
    return clock(text)


def output_path(text: str) -> Path:
    """A file to write: its folder must exist (a typo should not create folders)."""
    path = Path(text)
    if not path.parent.is_dir():
        raise ValidationError("out", missing_folder(path.parent))
    return path


def missing_folder(folder: Path) -> str:
    """Why ``folder`` cannot hold a new file: missing, or a file where a folder belongs."""
    if folder.exists():
        return _("{folder} er ikke en mappe.").format(folder=folder)
    return _("Mappen {folder} finnes ikke.").format(folder=folder)


def print_json(data: Any, out: TextIO) -> None:
    """JSON for scripts: UTF-8 text as it is (Norwegian letters unescaped), indented."""
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def profession(text: str, other: str) -> tuple[str, str]:
    """``--profession`` (a code, name, synonym or title) and ``--profession-other`` checked.

    A text outside the vocabulary is refused rather than stored as «annet» by accident; a
    profession outside the list is given as ``--profession annet --profession-other TEXT``.
    """
    from miljologg.core.professions import OTHER, vocabulary

    if other.strip() and not text.strip():
        return OTHER, other
    if vocabulary().lookup(text) is None:
        codes = ", ".join(vocabulary().codes())
        raise ValidationError(
            "profession",
            _(
                "Ukjent profesjon «{value}». Bruk en av {codes} (eller navnet, f.eks. "
                "«Klinisk sosionom»), eller --profession annet --profession-other «…»."
            ).format(value=text.strip(), codes=codes),
        )
    return text, other
