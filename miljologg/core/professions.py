"""Professions as a vocabulary (``resources/professions.toml``): codes, names, synonyms, titles.

A rule such as «120 t fra klinisk sosionom» can only be checked if «Klinisk sosionom»,
«klinisk sosionom » and «Sosionom» with a clinical approval are recognised as the same thing.
So a supervisor stores a profession *code* and approvals; a title («Psykologspesialist») is a
profession plus approvals; anything else is stored as ``annet`` with the text as typed, which is
shown but never satisfies a rule about a profession (guessing would put hours where a committee
would not).

The same resolution serves the dialogs, the command line, imports of old exports and the data
migration of old files, so a text maps the same way wherever it is typed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from miljologg.assets import resources_dir
from miljologg.core.i18n import N_, Language, _, current_language, language
from miljologg.core.model import Approval, Profile, Supervisor
from miljologg.core.resource_files import read_document

__all__ = [
    "OTHER",
    "Profession",
    "Resolution",
    "Title",
    "Vocabulary",
    "load_vocabulary",
    "normalise",
    "profile_profession_name",
    "supervisor_profession_name",
    "vocabulary",
]

#: The code of a profession outside the vocabulary (stored with its text).
OTHER = "annet"
OTHER_NAME = N_("Annet")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form names are compared in: case-folded, whitespace collapsed, ends trimmed."""
    return _SPACES.sub(" ", text).strip().casefold()


@dataclass(frozen=True)
class Profession:
    """One profession: its code (what is stored), its bokmål name and other spellings."""

    code: str
    name: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Title:
    """A title that is a profession plus approvals («Klinisk sosionom» = sosionom + clinical)."""

    name: str
    profession: str
    approvals: frozenset[Approval]


@dataclass(frozen=True)
class Resolution:
    """What a typed profession means: a code (or ``annet`` with the text) and implied approvals."""

    code: str
    approvals: frozenset[Approval] = frozenset()
    other: str = ""

    @property
    def known(self) -> bool:
        return self.code not in ("", OTHER)


@dataclass(frozen=True)
class Vocabulary:
    """The professions and titles, with lookups by code and by any name (normalised)."""

    professions: tuple[Profession, ...]
    titles: tuple[Title, ...]

    @functools.cached_property
    def _by_code(self) -> dict[str, Profession]:
        return {p.code: p for p in self.professions}

    @functools.cached_property
    def _by_name(self) -> dict[str, Resolution]:
        names: dict[str, Resolution] = {}
        for p in self.professions:
            for text in (p.code, p.name, *p.synonyms):
                names[normalise(text)] = Resolution(p.code)
        for t in self.titles:
            names[normalise(t.name)] = Resolution(t.profession, t.approvals)
        return names

    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.professions)

    def get(self, code: str) -> Profession | None:
        return self._by_code.get(code)

    def resolve(self, text: str) -> Resolution:
        """A code, name, synonym or title → its code and approvals; ``annet`` + text otherwise.

        Empty text is "not registered" (code ""). The word «annet» alone is ``annet`` with no
        text, which the services refuse (free text needs its text).
        """
        key = normalise(text)
        if not key:
            return Resolution("")
        if key == OTHER:
            return Resolution(OTHER)
        found = self._by_name.get(key)
        if found is not None:
            return found
        return Resolution(OTHER, frozenset(), _SPACES.sub(" ", text).strip())

    def lookup(self, text: str) -> Resolution | None:
        """Like ``resolve`` but None for a text outside the vocabulary (what the CLI refuses)."""
        found = self.resolve(text)
        return None if found.code == OTHER and found.other else found

    def name(self, code: str, other: str = "", approvals: Iterable[Approval] = ()) -> str:
        """How a stored profession reads: the title its approvals make, the name, or the text.

        Sosionom with a clinical approval reads «Klinisk sosionom»; ``annet`` reads as its text.
        """
        if code == OTHER:
            return other or _(OTHER_NAME)
        if not code:
            return ""
        profession = self._by_code.get(code)
        if profession is None:
            return code  # a code from a newer vocabulary: show it rather than nothing
        held = frozenset(approvals)
        for title in self.titles:
            if title.profession == code and title.approvals <= held:
                return title.name
        return profession.name


# --------------------------------------------------------------------------------------------
# Loading


def load_vocabulary(path: Path | str) -> Vocabulary:
    """Read and check the vocabulary: codes unique, every name meaning one thing only."""
    doc = read_document(Path(path))
    doc.only({"professions", "titles"})
    professions: list[Profession] = []
    seen: dict[str, str] = {normalise(OTHER): OTHER}
    for p in doc.tables("professions"):
        p.only({"code", "name", "synonyms"})
        code = p.ident("code")
        if code == OTHER or "-" in code or "." in code:
            p.fail("code", "bad_profession_code")
        names = p.label_variants("name")
        # The name in the language in force; the others are read as its synonyms, so a
        # profession typed in any of the three languages resolves to the same code.
        others = [n for n in dict.fromkeys(names.values()) if n != names[current_language()]]
        prof = Profession(code, names[current_language()], (*p.texts("synonyms", []), *others))
        for field, text in (("code", code), ("name", prof.name)) + tuple(
            (f"synonyms[{i}]", s) for i, s in enumerate(prof.synonyms)
        ):
            key = normalise(text)
            if seen.get(key, code) != code:
                p.fail(field, "name_taken", name=text, other=seen[key])
            seen[key] = code
        professions.append(prof)
    codes = {p.code for p in professions}
    titles: list[Title] = []
    for t in doc.tables("titles", []):
        t.only({"name", "profession", "approvals"})
        title_names = t.label_variants("name")
        title = Title(
            title_names[current_language()], t.text("profession"), t.approvals("approvals")
        )
        if title.profession not in codes:
            t.fail("profession", "unknown_profession", name=title.profession)
        if not title.approvals:
            t.fail("approvals", "title_without_approval")
        for text in dict.fromkeys(title_names.values()):
            key = normalise(text)
            if key in seen:
                t.fail("name", "name_taken", name=text, other=seen[key])
            seen[key] = title.name
        titles.append(title)
        titles.extend(
            Title(text, title.profession, title.approvals)
            for text in dict.fromkeys(title_names.values())
            if text != title.name
        )
    return Vocabulary(tuple(professions), tuple(titles))


def vocabulary() -> Vocabulary:
    """The bundled vocabulary, its names in the current language (read once per language)."""
    return _vocabulary_in(current_language())


@functools.cache
def _vocabulary_in(lang: Language) -> Vocabulary:
    with language(lang):
        return load_vocabulary(resources_dir() / "professions.toml")


def supervisor_profession_name(supervisor: Supervisor) -> str:
    """«Klinisk sosionom», «Psykolog», the text of an «annet», or "" when none is registered."""
    sup = supervisor
    return vocabulary().name(sup.profession, sup.profession_other, sup.approvals)


def profile_profession_name(profile: Profile) -> str:
    """The student's (or supervisor-owner's) profession as it reads; "" when none."""
    return vocabulary().name(profile.profession, profile.profession_other)
