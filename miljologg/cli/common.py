"""Small pieces several command groups share: input parsing, output paths, JSON out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, TextIO

from miljologg.core.i18n import _
from miljologg.core.units import parse_date_no
from miljologg.services.errors import ValidationError


class CliError(Exception):
    """Bad input found by the command line itself (exit 2)."""


def whole_number(text: str) -> int:
    """``type=`` for counts and minutes: its name is what argparse prints after «skal være»."""
    return int(text)


whole_number.__name__ = "et heltall"


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
        raise ValidationError("out", _("Mappen {parent} finnes ikke.").format(parent=path.parent))
    return path


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
