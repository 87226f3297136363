"""A sentence from a catalogue template and raw parameters: the one way core says a code.

Core decides *what* holds and records it as a code with parameters (a reason a session does not
count, a problem to follow up, a mistake in a resource file, a signature that does not check);
each family keeps its templates in one table (``programme_texts``, ``resource_texts``,
``signing_texts``), every template the bokmål source marked with ``N_`` for the gettext
catalogue. ``render`` translates the template into the current language and formats the
parameters in, so nynorsk and English come from ``resources/locale`` and a count's plural from
the catalogue (``plural.choose``, which is ``ngettext``).

Parameters are stored raw (text) and formatted by their name, one rule for all:
``…minutes`` → hours (``units.format_hours``), ``…date`` → dd.mm.åååå or «10 Mar 2025»
(``units.format_date``), ``…percent`` → a percentage, ``…number`` → a decimal number in the
language's way (``units.format_number``), ``…count`` → a number that chooses its noun through
``plural``: either the whole template is a (singular, plural) pair chosen by ``count``, or a
placeholder names the noun's two forms, ``{held_count:møte|møter}`` → «1 møte», «2 møter»;
anything else as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from miljologg.core.i18n import _
from miljologg.core.plural import choose
from miljologg.core.plural import count as count_text
from miljologg.core.units import format_date, format_hours, format_number, format_percent

__all__ = ["Template", "params_of", "render"]

#: A sentence, or (singular, plural) chosen by the parameter ``count``.
Template = str | tuple[str, str]


def params_of(values: dict[str, object]) -> tuple[tuple[str, str], ...]:
    """Parameters stored raw: a date as ISO text, anything else as ``str``."""
    return tuple(
        (k, v.isoformat() if isinstance(v, dt.date) else str(v)) for k, v in values.items()
    )


class _Count(int):
    """A count that can name its noun: ``format(_Count(2), "møte|møter")`` → «2 møter»."""

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            singular, plural = spec.split("|", 1)
            return count_text(int(self), singular, plural)
        return format(int(self), spec)


def _value(name: str, raw: str) -> object:
    """A parameter as the sentence shows it, chosen by its name (see the module doc)."""
    if name.endswith("count"):
        return _Count(int(raw))
    if name.endswith("minutes"):
        return format_hours(int(raw))
    if name.endswith("date"):
        return format_date(dt.date.fromisoformat(raw))
    if name.endswith("percent"):
        return format_percent(float(raw))
    if name.endswith("number"):
        return format_number(float(raw))
    return raw


def render(template: Template, params: Iterable[tuple[str, str]]) -> str:
    """``template`` with ``params`` formatted in; a pair is chosen by the ``count`` parameter."""
    values = dict(params)
    if isinstance(template, tuple):
        text = choose(_(template[0]), _(template[1]), int(values["count"]))
    else:
        text = _(template)
    return text.format(**{k: _value(k, v) for k, v in values.items()})
