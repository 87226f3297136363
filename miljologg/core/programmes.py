"""Programme and approval-scheme files (``resources/``) as validated, frozen dataclasses.

The one import for callers: the programme records (``programme_model.py``), reading a programme
file (``programme_files.py``) and the schemes (``schemes.py``) are re-exported here, and the
programmes and schemes shipped in ``resources/`` are read here, once per language.

Programmes and schemes are data, not code: a study programme changes its dates every cohort and a
union changes its rules, and a user should be able to fix a TOML file without a new release. So
every field is checked on load, and a mistake names the file and the field in Norwegian
(``rbup.toml: requirements.supervision.individual_minutes: må være et heltall ≥ 0``).

Supervision requirements of a programme are stored in minutes (the truth everywhere in the app);
scheme files are written in the scheme's own hours (``hour_minutes`` long) because that is how
the unions publish them, and are converted to minutes here.
"""

from __future__ import annotations

import functools

from miljologg.assets import resources_dir
from miljologg.core.i18n import Language, current_language, language
from miljologg.core.programme_files import load_programme
from miljologg.core.programme_model import (
    Gathering,
    PracticePeriod,
    Programme,
    TeachingDay,
    TeachingTime,
)
from miljologg.core.resource_files import ResourceFileError, Source
from miljologg.core.schemes import RuleKind, Scheme, SchemeRule, load_scheme

__all__ = [
    "Gathering",
    "PracticePeriod",
    "Programme",
    "ResourceFileError",
    "RuleKind",
    "Scheme",
    "SchemeRule",
    "Source",
    "TeachingDay",
    "TeachingTime",
    "bundled_programmes",
    "bundled_schemes",
    "load_programme",
    "load_scheme",
]


def _bundled(folder: str, kind: str) -> dict[str, Programme | Scheme]:
    out: dict[str, Programme | Scheme] = {}
    files: dict[str, str] = {}
    for path in sorted((resources_dir() / folder).glob("*.toml")):
        item = load_programme(path) if kind == "programme" else load_scheme(path)
        if item.id in out:
            raise ResourceFileError(
                path.name, "id", "key_used_in", name=item.id, other=files[item.id]
            )
        out[item.id] = item
        files[item.id] = path.name
    return out


def bundled_programmes() -> dict[str, Programme]:
    """The programmes shipped in resources/programmes, by id, with their labels in the current
    language (read once per process and language)."""
    return _bundled_in("programmes", "programme", current_language())  # type: ignore[return-value]


def bundled_schemes() -> dict[str, Scheme]:
    """The approval schemes shipped in resources/schemes, by id, with their labels in the
    current language (read once per process and language)."""
    return _bundled_in("schemes", "scheme", current_language())  # type: ignore[return-value]


@functools.cache
def _bundled_in(folder: str, kind: str, lang: Language) -> dict[str, Programme | Scheme]:
    """``_bundled`` read with ``lang`` in force (its labels), cached per language."""
    with language(lang):
        return _bundled(folder, kind)
