"""The app's language (bokmål, nynorsk or English) and the gettext catalogue that speaks it.

Every sentence outside the Qt layer (core, services, dossier, CLI) is written in bokmål in the
source and passed through ``_()`` or, when it holds a count, ``ngettext()``; the nynorsk and
English catalogues (``resources/locale/<lang>/LC_MESSAGES/miljologg.mo``, extracted and compiled
with Babel by ``scripts/translations.py``) give the other two. Bokmål needs no catalogue: the
source is bokmål, and gettext's fallback already chooses «1 møte» / «2 møter» the way bokmål does.

Which language:
- the process's language, set once at start (``set_language``) from ``--language``, then
  ``MILJOLOGG_LANG``, then the GUI's setting, then the system locale (``resolve_language``);
- a different language for one piece of work, such as a dossier for a nynorsk committee, with
  ``with language("nn"): ...``. It is a context variable, so the GUI thread keeps speaking the
  app's language while a worker thread renders the dossier in another.

Plain Python: the core imports it, so it must load neither Qt nor SQLAlchemy.
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final, Literal, TypeGuard, TypeVar

from miljologg.assets import resources_dir

Language = Literal["nb", "nn", "en"]

#: In the order the menus and ``--help`` list them; the first is the source language.
LANGUAGES: Final[tuple[Language, ...]] = ("nb", "nn", "en")
SOURCE_LANGUAGE: Final[Language] = "nb"
#: Each language's own name for itself, as a language menu shows it (never translated).
ENDONYMS: Final[Mapping[Language, str]] = {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}
#: The environment variable that chooses the language when ``--language`` is not given.
LANGUAGE_ENV_VAR: Final = "MILJOLOGG_LANG"
DOMAIN: Final = "miljologg"

K = TypeVar("K")

_process_language: Language = SOURCE_LANGUAGE
_override: ContextVar[Language | None] = ContextVar("miljologg_language", default=None)


def is_language(value: object) -> TypeGuard[Language]:
    """True for ``"nb"``, ``"nn"`` and ``"en"``."""
    return value in LANGUAGES


def from_locale_name(name: str | None) -> Language | None:
    """A locale name (``nn_NO.UTF-8``, ``nb-NO``, ``no``, ``en_GB``, ``Norwegian Nynorsk_Norway``)
    as one of ours: nynorsk for a nynorsk locale, bokmål for any other Norwegian locale, English
    for any other language; ``None`` for ``C``, ``POSIX`` or nothing, which choose no language.
    """
    if not name:
        return None
    text = name.strip().lower()
    base = text.replace("-", "_").split(".")[0].split("@")[0]
    if base in ("", "c", "posix"):
        return None
    code = base.split("_")[0]
    if code == "nn" or "nynorsk" in text:
        return "nn"
    if code in ("nb", "no") or text.startswith("norwegian"):
        return "nb"
    return "en"


def system_language(env: Mapping[str, str], platform_locale: str | None = None) -> Language:
    """The language the system asks for: POSIX's ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG`` in ``env`` (in gettext's order), else ``platform_locale`` (Windows and macOS name
    their language there, not in the environment), else bokmål.

    A system that names no language (``C``, ``POSIX``: a container, a bare CI machine, ``env -i``)
    gets the app's own language rather than English: nobody chose English there.
    """
    candidates = [*env.get("LANGUAGE", "").split(":")[:1]]
    candidates += [env.get("LC_ALL", ""), env.get("LC_MESSAGES", ""), env.get("LANG", "")]
    for candidate in [*candidates, platform_locale]:
        found = from_locale_name(candidate)
        if found is not None:
            return found
    return SOURCE_LANGUAGE


def resolve_language(
    option: str | None,
    env: Mapping[str, str],
    setting: str | None = None,
    platform_locale: str | None = None,
) -> Language:
    """``--language`` beats ``MILJOLOGG_LANG`` beats the GUI's setting beats the system locale.

    An unknown value in the environment or the setting is passed over (the parser refuses a bad
    ``--language`` before it gets here), so a stale setting never stops the app from starting.
    """
    for value in (option, env.get(LANGUAGE_ENV_VAR), setting):
        if value and is_language(value.strip().lower()):
            return value.strip().lower()  # type: ignore[return-value]  # checked just above
    return system_language(env, platform_locale)


def set_language(lang: Language) -> None:
    """Make ``lang`` the process's language (the CLI and the GUI do this once, at start)."""
    global _process_language
    if not is_language(lang):
        raise ValueError(f"unknown language {lang!r}")
    _process_language = lang


def current_language() -> Language:
    """The language sentences are made in right now (a ``language()`` block, else the process's)."""
    return _override.get() or _process_language


@contextmanager
def language(lang: Language) -> Iterator[None]:
    """Speak ``lang`` inside the block (this thread or task only)."""
    if not is_language(lang):
        raise ValueError(f"unknown language {lang!r}")
    token = _override.set(lang)
    try:
        yield
    finally:
        _override.reset(token)


@functools.cache
def translations(lang: Language) -> gettext.NullTranslations:
    """The gettext catalogue of ``lang``; bokmål (the source) has none and gets the source back."""
    if lang == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=resources_dir() / "locale", languages=[lang])


def _(message: str) -> str:
    """``message`` (bokmål) in the current language."""
    return translations(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` (bokmål) that fits ``n``, in the current language.

    The caller still formats the number in: ``ngettext("{n} møte", "{n} møter", n).format(n=n)``.
    """
    return translations(current_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` (bokmål) in the current language, where ``context`` tells two uses of the same
    words apart for the translator (``pgettext("unit of hours", "t")``)."""
    return translations(current_language()).pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - gettext's own name for it
    """Mark ``message`` for the catalogue without translating it yet (a table of labels made at
    import time is translated where it is shown, with ``_(label)``)."""
    return message


class Labels(Mapping[K, str]):
    """A fixed table of bokmål labels (each marked with ``N_``) read in the current language.

    The table is made once, at import time, but every lookup translates: ``FORM_LABELS[form]``
    reads «Individuell», «Individual» or «Individuell» by the language in force when asked.
    """

    def __init__(self, table: Mapping[K, str]) -> None:
        self._table = dict(table)

    def __getitem__(self, key: K) -> str:
        return _(self._table[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def source(self, key: K) -> str:
        """The bokmål label itself (the catalogue's key)."""
        return self._table[key]
