"""What Hjelp → Om tells: the licences of what the app ships, read from where they are written.

A library's licence is read from its installed distribution's metadata (``License-Expression``,
else ``License``, else the trove classifier), walking miljologg's own requirements and theirs,
so the list follows ``pyproject.toml`` and the versions actually installed instead of a table
that goes stale. The fonts' licence is the text shipped beside them in ``resources/fonts``.
No Qt here: the dialog only shows what these functions return.
"""

from __future__ import annotations

import importlib.metadata as md
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from miljologg.assets import resources_dir
from miljologg.core.i18n import Language, _, current_language

DIST_NAME = "miljologg"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
#: Requirements of an extra (``; extra == "test"``) are not shipped with the app.
_EXTRA = re.compile(r"extra\s*==")


@dataclass(frozen=True)
class Licence:
    """One shipped library: name and version as installed, and its licence as it states it."""

    name: str
    version: str
    licence: str


def _field(meta: md.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _licence_of(meta: md.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License").strip()
    if text and text.upper() != "UNKNOWN" and len(text) <= 120:
        return text.split("(")[0].strip() if "(" in text else text
    classifiers = [
        str(c).rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []
        if str(c).startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    if text:  # a whole licence text in the field: its first line names it
        return text.splitlines()[0].strip()
    return _("ikke oppgitt")


def _requirements(dist: str) -> list[str]:
    """Names of what ``dist`` needs at run time (extras left out; markers are not evaluated:
    a requirement for another system is simply not installed, so it is not listed)."""
    try:
        required = md.requires(dist) or []
    except md.PackageNotFoundError:
        return []
    names = []
    for line in required:
        requirement, _, marker = line.partition(";")
        found = _NAME.match(requirement.strip())
        if found and not _EXTRA.search(marker):
            names.append(found.group(0))
    return names


def shipped_licences(root: str = DIST_NAME) -> list[Licence]:
    """Every installed library ``root`` depends on, directly or not, sorted by name."""
    seen: dict[str, Licence] = {}
    todo = _requirements(root)
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        meta = dist.metadata
        seen[key] = Licence(_field(meta, "Name") or name, dist.version, _licence_of(meta))
        todo.extend(_requirements(name))
    return sorted(seen.values(), key=lambda item: item.name.lower())


def font_licence_path() -> Path:
    """The DejaVu fonts' licence, shipped beside the fonts the dossier embeds."""
    return resources_dir() / "fonts" / "LICENSE-DejaVu.txt"


#: The user guide in each language, Markdown files in ``resources/help/``.
USER_GUIDES: Mapping[Language, str] = {
    "nb": "brukerveiledning.md",
    "nn": "brukarrettleiing.md",
    "en": "user-guide.md",
}


def user_guide_path(language: Language | None = None) -> Path:
    """The user guide Hjelp → Brukerveiledning shows: in ``language``, by default the app's."""
    return resources_dir() / "help" / USER_GUIDES[language or current_language()]
