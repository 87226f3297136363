"""Result records shared by programme and scheme evaluation (re-exported by ``rules``).

They live apart only to keep each rules module small; import them from ``miljologg.core.rules``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal

from miljologg.core.i18n import _
from miljologg.core.resource_files import Citation

Unit = Literal["minutes", "count", "months", "check"]
#: A reason's or problem's parameters, as (name, value) pairs: what the sentence was made from.
Params = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Uncounted:
    """A session (or its minutes) that does not count for a requirement, and why, in Norwegian."""

    session_id: str
    date: dt.date
    minutes: int
    code: str
    reason: str
    params: Params = ()


@dataclass(frozen=True)
class RequirementResult:
    """One requirement: what is required, what counts, and what does not (with reasons).

    ``unit`` says how to read the three numbers: "minutes" (the usual case), "count" (e.g. the
    number of distinct supervisors), "months" (a time span) or "check" (a prerequisite the
    student confirms: 1 of 1 when confirmed). The field names keep "minutes" for every unit so
    that callers can treat all results alike. ``maximum`` is an upper bound in the same unit (a
    span of at most N years), or None. A scheme's requirement carries its ``citation`` (page,
    date read, the sentence) and, inside an alternative route, that route's key.
    """

    key: str
    label: str
    required_minutes: int
    counted_minutes: int
    uncounted_minutes: int = 0
    uncounted: tuple[Uncounted, ...] = ()
    unit: Unit = "minutes"
    maximum: int | None = None
    note: str = ""
    route: str = ""
    citation: Citation | None = None

    @property
    def remaining_minutes(self) -> int:
        """How much is still missing to reach the requirement; never negative."""
        return max(0, self.required_minutes - self.counted_minutes)

    @property
    def met(self) -> bool:
        over = self.maximum is not None and self.counted_minutes > self.maximum
        return self.counted_minutes >= self.required_minutes and not over


@dataclass(frozen=True)
class Problem:
    """Something the student should follow up, in Norwegian, pointing at the record if any.

    ``entity`` is "session", "attendance", "assignment", "supervisor" or None; ``entity_id`` is
    that record's id (an ISO date for attendance).
    """

    code: str
    message: str
    entity: str | None = None
    entity_id: str | None = None
    params: Params = ()


@dataclass(frozen=True)
class SeriesPoint:
    """A point on a progress chart: cumulative minutes on a date."""

    date: dt.date
    minutes: int


def rejected_reason(comment: str) -> str:
    """Why a rejected session does not count, with the supervisor's own words."""
    if comment:
        return _("Avvist av veileder: «{comment}».").format(comment=comment)
    return _("Avvist av veileder.")


#: The order of every ``uncounted`` tuple: by date, then session id (a C-level sort key).
UNCOUNTED_ORDER = attrgetter("date", "session_id")


def sorted_uncounted(items: Iterable[Uncounted]) -> tuple[Uncounted, ...]:
    """Uncounted sessions in a stable order: by date, then id."""
    return tuple(sorted(items, key=UNCOUNTED_ORDER))
