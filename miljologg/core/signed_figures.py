"""How much of what counts rests on signatures: the dossier's signature table and attests.

The part of a requirement's counted total that rests on signatures made in miljologg (in person
or by file) and on paper is the rules engine run over a log holding only the sessions signed
that way (the rest of the log as context: supervisors' approvals, the attendance register), on
the day the dossier is judged. A session counts or not on its own facts (date, form, group
size, supervisor's approval, attendance that day), so the signed part is well defined, and
``verify-dossier`` recomputes it from the signed records alone. What is not signed is the rest
of the counted total (``SignedSplit.unsigned``): views print these and add nothing up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from miljologg.core.model import Log, Session
from miljologg.core.programmes import Programme
from miljologg.core.rules import evaluate_programme

__all__ = [
    "DIGITAL_METHODS",
    "REQUIREMENT_KEYS",
    "SignedSplit",
    "counted_minutes",
    "signed_counts",
    "signed_split",
]

#: Sign-off methods with a signature made in miljologg (paper has a scan instead).
DIGITAL_METHODS = ("in_person", "file")
#: The programme requirements the split is given for, the total last.
REQUIREMENT_KEYS = ("individual", "external_group", "gathering_group", "total")


def counted_minutes(
    sessions: Iterable[Session], context: Log, programme: Programme, judged_on: dt.date
) -> dict[str, int]:
    """The rules engine's counted minutes per requirement for exactly ``sessions``; ``context``
    supplies what the engine needs besides the sessions (supervisors, attendance)."""
    status = evaluate_programme(replace(context, sessions=tuple(sessions)), programme, judged_on)
    return {r.key: r.counted_minutes for r in status.supervision}


@dataclass(frozen=True)
class SignedSplit:
    """Counted minutes per requirement resting on digital and on paper signatures."""

    digital: Mapping[str, int]
    paper: Mapping[str, int]

    def unsigned(self, key: str, counted: int) -> int:
        """The part of ``counted`` (the requirement's counted total) resting on no signature."""
        return max(0, counted - self.digital.get(key, 0) - self.paper.get(key, 0))

    def as_dict(self) -> dict[str, dict[str, int]]:
        """``{"digital": {key: minutes}, "paper": {…}}``, as the dossier embeds it."""
        return {"digital": dict(self.digital), "paper": dict(self.paper)}


def signed_split(
    log: Log, programme: Programme, judged_on: dt.date, method_of: Callable[[str], str]
) -> SignedSplit:
    """The split of ``log``'s counted minutes; ``method_of`` gives a session's valid sign-off
    method ("in_person", "file", "paper", or "" when it has none)."""
    zero = dict.fromkeys(REQUIREMENT_KEYS, 0)
    digital = [s for s in log.sessions if method_of(s.id) in DIGITAL_METHODS]
    paper = [s for s in log.sessions if method_of(s.id) == "paper"]
    return SignedSplit(
        counted_minutes(digital, log, programme, judged_on) if digital else zero,
        counted_minutes(paper, log, programme, judged_on) if paper else dict(zero),
    )


def signed_counts(session_ids: Iterable[str], method_of: Callable[[str], str]) -> tuple[int, int]:
    """(digital, paper): how many of ``session_ids`` carry a valid signature made in miljologg
    and how many a registration on paper. An attest counts them among the sessions it confirms
    (``figures.SupervisorTotal.session_ids``)."""
    methods = [method_of(sid) for sid in session_ids]
    return sum(m in DIGITAL_METHODS for m in methods), sum(m == "paper" for m in methods)
