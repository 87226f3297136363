"""The one place a count chooses its word: «1 møte», «2 møter», «0 møter».

Every text with a count goes through ``choose`` (a sentence's two forms) or ``count`` (a number
and its noun), so the plural form is decided here and nowhere else. ``choose`` is the language
catalogue's ``ngettext`` (``core.i18n``): bokmål, the source, uses the first form for exactly one
and the second otherwise, zero included; a catalogue that holds the text gives its own forms, and
one that does not falls back to the bokmål rule, which nynorsk and English share.

It is not called ``ngettext`` itself so that the gettext extraction (Babel, every module outside
``ui/``) does not pick up sentence fragments before the sentences around them are in the
catalogue; the Qt layer translates each form with ``tr`` and lets this module choose.
"""

from __future__ import annotations

from miljologg.core.i18n import ngettext

__all__ = ["choose", "count"]


def choose(singular: str, plural: str, n: int) -> str:
    """``singular`` when ``n`` is one, else ``plural`` (the caller formats ``n`` in)."""
    return ngettext(singular, plural, n)


def count(n: int, singular: str, plural: str) -> str:
    """A number and its noun in the form that fits: ``count(1, "møte", "møter")`` → «1 møte»."""
    return f"{n} {choose(singular, plural, n)}"
