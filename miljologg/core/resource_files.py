"""Validation of the resource files: typed, located access to a TOML document read with tomllib.

The programme, scheme and profession loaders read their files through this module.

A resource file is edited by hand, so every value is checked for its type and every error says
which file and which field (``gatherings[3].days``) is wrong, in Norwegian. Unknown keys are
errors too: a typo such as ``individual_minute`` must not silently become "no requirement".
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from miljologg.core import resource_texts
from miljologg.core.i18n import LANGUAGES, current_language
from miljologg.core.model import Approval
from miljologg.core.sentences import params_of

_MISSING: Any = object()
_IDENT = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class ResourceFileError(ValueError):
    """A programme or scheme file is wrong; the message names the file and the field.

    It carries a code from ``resource_texts.PROBLEMS`` and its parameters; the sentence is made
    when the error is shown, so it speaks the language in force then (``field`` "" is the file
    as a whole).
    """

    def __init__(self, file: str, field: str, code: str, **params: object) -> None:
        self.file = file
        self.field = field
        self.code = code
        self.params = params_of(params)
        super().__init__(file, field, code, self.params)

    @property
    def problem(self) -> str:
        """What is wrong, in the current language."""
        return resource_texts.problem(self.code, self.params)

    def __str__(self) -> str:
        return f"{self.file}: {resource_texts.file_field(self.field)}: {self.problem}"


def weekday_number(name: object) -> int | None:
    """0 for "monday" … 6 for "sunday" (case-insensitive); None for anything else."""
    if not isinstance(name, str):
        return None
    try:
        return _WEEKDAY_NAMES.index(name.strip().lower())
    except ValueError:
        return None


class Table:
    """One TOML table and its dotted path in the file."""

    def __init__(self, file: str, data: dict[str, Any], path: str = "") -> None:
        self.file = file
        self.data = data
        self.path = path

    # -- basics -------------------------------------------------------------------------------
    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, code: str, **params: object) -> NoReturn:
        """Raise ``ResourceFileError`` for ``key``: a code of ``resource_texts.PROBLEMS``."""
        raise ResourceFileError(self.file, self.at(key), code, **params)

    def has(self, key: str) -> bool:
        return key in self.data

    def names(self) -> list[str]:
        return list(self.data)

    def only(self, allowed: Iterable[str]) -> None:
        """Reject keys the format does not know (most often a typo)."""
        allowed = set(allowed)
        for key in self.data:
            if key not in allowed:
                self.fail(key, "unknown_field")

    def _get(self, key: str, default: Any) -> Any:
        if key in self.data:
            return self.data[key]
        if default is _MISSING:
            self.fail(key, "missing")
        return default

    # -- scalars ------------------------------------------------------------------------------
    def text(self, key: str, default: Any = _MISSING, *, allow_empty: bool = False) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            self.fail(key, "not_text")
        if not allow_empty and not value.strip():
            self.fail(key, "empty")
        return value.strip()

    def label_variants(
        self, key: str, default: Any = _MISSING, *, allow_empty: bool = False
    ) -> dict[str, str]:
        """A label in every language: a text (a name that stays as its owner writes it, the same
        in bokmål, nynorsk and English) or a table ``{nb = …, nn = …, en = …}`` with all three."""
        value = self._get(key, default)
        if isinstance(value, str):
            text = self.text(key, default, allow_empty=allow_empty)
            return dict.fromkeys(LANGUAGES, text)
        if not isinstance(value, dict):
            self.fail(key, "not_label")
        table = Table(self.file, value, self.at(key))
        table.only(LANGUAGES)
        return {lang: table.text(lang) for lang in LANGUAGES}

    def label(self, key: str, default: Any = _MISSING, *, allow_empty: bool = False) -> str:
        """A label (``label_variants``) in the current language (``core.i18n``)."""
        return self.label_variants(key, default, allow_empty=allow_empty)[current_language()]

    def ident(self, key: str, default: Any = _MISSING) -> str:
        value = self.text(key, default)
        if not _IDENT.match(value):
            self.fail(key, "not_ident")
        return value

    def integer(self, key: str, default: Any = _MISSING, *, minimum: int = 0) -> int:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.fail(key, "not_integer", minimum=minimum)
        return value

    def number(
        self, key: str, default: Any = _MISSING, *, minimum: float = 0, maximum: float | None = None
    ) -> float:
        value = self._get(key, default)
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not ok or value < minimum or (maximum is not None and value > maximum):
            if maximum is not None:
                self.fail(key, "number_between", minimum_number=minimum, maximum_number=maximum)
            self.fail(key, "number_at_least", minimum_number=minimum)
        return value  # type: ignore[no-any-return]

    def boolean(self, key: str, default: Any = _MISSING) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            self.fail(key, "not_boolean")
        return value

    def date(self, key: str, default: Any = _MISSING) -> dt.date:
        value = self._get(key, default)
        return self._as_date(key, value)

    def _as_date(self, key: str, value: Any) -> dt.date:
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.fail(key, "not_date")
        return value

    def time(self, key: str) -> dt.time:
        """A clock time written "HH:MM" (or a TOML local time)."""
        value = self._get(key, _MISSING)
        if isinstance(value, dt.time):
            return value
        match = _TIME.match(value) if isinstance(value, str) else None
        if match is None:
            self.fail(key, "not_time")
        return dt.time(int(match.group(1)), int(match.group(2)))

    # -- containers ---------------------------------------------------------------------------
    def _list(self, key: str, default: Any) -> list[Any]:
        value = self._get(key, default)
        if not isinstance(value, list):
            self.fail(key, "not_list")
        return value

    def texts(self, key: str, default: Any = _MISSING) -> list[str]:
        values = self._list(key, default)
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                self.fail(f"{key}[{i}]", "not_nonempty_text")
        return [v.strip() for v in values]

    def approvals(self, key: str, default: Any = _MISSING) -> frozenset[Approval]:
        """A list of approval codes (``programme``, ``clinical``, ...), each one known."""
        out: set[Approval] = set()
        for i, name in enumerate(self.texts(key, default)):
            try:
                out.add(Approval(name))
            except ValueError:
                allowed = ", ".join(a.value for a in Approval)
                self.fail(f"{key}[{i}]", "unknown_approval", name=name, allowed=allowed)
        return frozenset(out)

    def dates(self, key: str, default: Any = _MISSING) -> list[dt.date]:
        return [self._as_date(f"{key}[{i}]", v) for i, v in enumerate(self._list(key, default))]

    def table(self, key: str, default: Any = _MISSING) -> Table:
        value = self._get(key, default)
        if not isinstance(value, dict):
            self.fail(key, "not_table")
        return Table(self.file, value, self.at(key))

    def tables(self, key: str, default: Any = _MISSING) -> list[Table]:
        """An array of tables (``[[key]]``), each located as ``key[i]``."""
        values = self._list(key, default)
        out = []
        for i, value in enumerate(values):
            if not isinstance(value, dict):
                self.fail(f"{key}[{i}]", "not_table")
            out.append(Table(self.file, value, self.at(f"{key}[{i}]")))
        return out


@dataclass(frozen=True)
class Source:
    """Where a programme's or scheme's numbers come from; the app shows it beside them.

    ``read`` is the date the page was read (a page changes; the date says which version).
    """

    title: str
    url: str = ""
    read: dt.date | None = None


@dataclass(frozen=True)
class Citation:
    """The page a requirement comes from, the day it was read, and the sentence it encodes."""

    url: str
    read: dt.date | None
    quote: str


def read_document(path: Path) -> Table:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ResourceFileError(path.name, "", "bad_toml", detail=exc) from exc
    except OSError as exc:
        raise ResourceFileError(path.name, "", "unreadable", detail=exc) from exc
    return Table(path.name, data)


def read_source(doc: Table) -> Source:
    src = doc.table("source")
    src.only({"title", "url", "read"})
    read = src.date("read") if src.has("read") else None
    return Source(src.text("title"), src.text("url", "", allow_empty=True), read)


def read_notes(doc: Table) -> tuple[str, ...]:
    """The notes in the current language: each a text or a table ``{nb, nn, en}``."""
    notes = doc._list("notes", [])
    table = Table(doc.file, {str(i): note for i, note in enumerate(notes)}, doc.at("notes"))
    return tuple(table.label(str(i)) for i in range(len(notes)))
