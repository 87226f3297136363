"""Reading a JSON export back: the envelope, typed access that names the place of an error.

A bad file names the place (``sessions[3].minutes``, the file's own keys, never translated) and
the reason in the language in force; the import
(``services/transfer_import.py``) reads every record through ``Reader`` before it writes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from miljologg import fs, os_errors
from miljologg.core import json_input
from miljologg.core.i18n import N_, _
from miljologg.core.units import format_size
from miljologg.services import validation
from miljologg.services.errors import ValidationError

FORMAT = "miljologg-export"
#: 2 added ``proof`` (signatures, keys, requests, responses, scans; ``services/transfer_proof.py``)
#: and ``chain`` (the audit chain head when exported); version 1 files are still read.
VERSION = 2
#: An export of 10,000 sessions, each with the longest topic and reflection, is about 60 MB.
MAX_IMPORT_BYTES = 100 * 1024 * 1024
T = TypeVar("T")

#: JSON value kinds as a reader of the message knows them (translated where shown).
_KIND_NAMES: dict[type, str] = {
    str: N_("tekst"),
    int: N_("et heltall"),
    float: N_("et tall"),
    bool: N_("sann eller usann"),
    list: N_("en liste"),
    dict: N_("et objekt"),
}


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):  # before int: a bool is an int in Python
        return _(_KIND_NAMES[bool])
    for kind in (str, int, float, list, dict):
        if isinstance(value, kind):
            return _(_KIND_NAMES[kind])
    return _("en ukjent verdi")


class Reader:
    """Typed access to one JSON object, naming the path on every error."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise ValidationError(where, _("{where}: må være et objekt.").format(where=where))
        self.obj = obj
        self.where = where

    def fail(self, key: str, what: str) -> ValidationError:
        place = f"{self.where}.{key}"
        return ValidationError(place, f"{place}: {what}")

    def get(self, key: str, kind: type[T], default: T | None = None, required: bool = True) -> T:
        if key not in self.obj or self.obj[key] is None:
            if required and default is None:
                raise self.fail(key, _("mangler."))
            return default  # type: ignore[return-value]
        value = self.obj[key]
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise self.fail(key, _("må være et heltall."))
        if kind is not int and not isinstance(value, kind):
            wanted = _(_KIND_NAMES[kind]) if kind in _KIND_NAMES else _("noe annet")
            raise self.fail(
                key,
                _("må være {wanted}, ikke {found}.").format(wanted=wanted, found=_kind_of(value)),
            )
        return value  # type: ignore[no-any-return]

    def id(self, key: str = "id") -> str:
        """A record id: a UUID in its canonical text form."""
        raw = self.get(key, str)
        try:
            return str(uuid.UUID(raw))
        except ValueError:
            raise self.fail(key, _("er ikke en gyldig id.")) from None

    def parse(self, key: str, conv: Callable[[str], T], required: bool = True) -> T | None:
        raw = self.get(key, str, required=required)
        if raw is None:
            return None
        try:
            return conv(raw)
        except ValueError:
            raise self.fail(key, _("ugyldig verdi «{value}».").format(value=raw[:40])) from None


def parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def parse_time(text: str) -> dt.time:
    """``TT:MM`` by the rule the dialogs and the CLI use (``validation.clock``)."""
    try:
        return validation.clock(text)
    except ValidationError:
        raise ValueError(text) from None


def located(where: str, exc: ValidationError) -> ValidationError:
    """A service's error (field ``minutes``) placed in the file (``sessions[3].minutes``)."""
    if exc.field.startswith(where):  # already placed by the reader
        return exc
    place = f"{where}.{exc.field}"
    return ValidationError(place, f"{place}: {exc.message}")


def read_enum(r: Reader, key: str, kind: Callable[[str], T], default: str | None = None) -> T:
    raw = r.get(key, str, default)
    try:
        return kind(raw)
    except ValueError:
        raise r.fail(key, unknown_value(raw)) from None


def unknown_value(raw: str, limit: int = 40) -> str:
    """«ukjent verdi «…».», the value cut to ``limit`` characters."""
    return _("ukjent verdi «{value}».").format(value=raw[:limit])


def read_file(path: Path) -> dict[str, Any]:
    """Parse the file and check its envelope; errors name the line for broken JSON."""
    try:
        text = fs.read_limited(path, MAX_IMPORT_BYTES).decode("utf-8-sig")
    except OSError as exc:
        raise ValidationError("file", os_errors.cannot("lese", path.name, exc)) from None
    except fs.TooLargeError as exc:
        raise ValidationError(
            "file",
            _("{file} er større enn {limit} og er ikke en eksport fra miljologg.").format(
                file=path.name, limit=format_size(exc.limit)
            ),
        ) from None
    except UnicodeDecodeError:
        raise ValidationError(
            "file", _("{file} er ikke en UTF-8-tekstfil.").format(file=path.name)
        ) from None
    try:
        data = json_input.loads(text)
    except json_input.JsonInputError as exc:
        if exc.kind == "syntax":
            raise ValidationError(
                "file",
                _("{file}, linje {line}, kolonne {column}: ugyldig JSON.").format(
                    file=path.name, line=exc.lineno, column=exc.colno
                ),
            ) from None
        if exc.kind == "depth":
            raise ValidationError(
                "file", _("{file}: JSON-strukturen er for dypt nøstet.").format(file=path.name)
            ) from None
        raise ValidationError(
            "file",
            _("{file}: inneholder et tall som ikke kan brukes (for stort eller NaN).").format(
                file=path.name
            ),
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(
            "format", _("{file} er ikke en eksport fra miljologg.").format(file=path.name)
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValidationError("version", _("version: mangler eller er ikke et heltall."))
    if version < 1:
        raise ValidationError(
            "version", _("version: ukjent format {version}.").format(version=version)
        )
    if version > VERSION:
        raise ValidationError(
            "version",
            _("Filen har format {version}, som er nyere enn denne versjonen forstår.").format(
                version=version
            ),
        )
    return data


def unencodable(value: Any, where: str) -> str | None:
    """The place of the first string SQLite cannot store (a lone surrogate from a \\ud800
    escape), or None. Checked up front so such a file fails as a validation error."""
    stack = [(value, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return at
        elif isinstance(item, dict):
            for key, child in item.items():
                if unencodable(key, at) is not None:
                    return at or "file"
                stack.append((child, f"{at}.{key}" if at else str(key)))
        elif isinstance(item, list):
            stack.extend((child, f"{at}[{i}]") for i, child in enumerate(item))
    return None


def record_list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValidationError(key, _("{where}: må være en liste.").format(where=key))
    return value
