"""A log against a union's approval scheme (re-exported by ``rules``).

A session that was not held is no supervision: it is left out, in no ``uncounted`` list (a
committee must not read it as rejected hours). Every held session is first checked once for
the whole scheme, in this order: rejected by its supervisor (``rejected``, see
``core.model.Rejection``), dated after today (``future``), and, for supervision received, the
scheme-wide
rules: a group larger than the scheme allows (``group_too_large``), a group whose participants
are not all of the required profession (``group_participants``), a supervisor the scheme does
not accept (``supervisor_not_allowed``, ``unknown_supervisor``). What passes is *eligible*.

Each rule then counts the eligible sessions of the forms it concerns (``individual``,
``group``, ``given``, ``supervision_on_supervision``; supervision received unless the rule says
otherwise); a rule limited to the programme's period lists the others as ``outside_window``;
a rule about supervisors lists the sessions of other supervisors with the reason
(``supervisor_mismatch``, ``supervisor_profession_other``, ``unknown_supervisor``,
``profile_profession_missing``, ``profile_profession_other``). A prerequisite is not hours: it
is met when the student has confirmed it. With alternative routes, the scheme is met when the
shared rules and all rules of any one route are met.

Minutes are counted as stored; the scheme's hour length only converts the required hours
(240 t × 45 min = 10,800 min). Reasons are codes with parameters; the sentences come from
``scheme_texts``.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from dataclasses import dataclass

from miljologg.core import scheme_texts as texts
from miljologg.core.i18n import _
from miljologg.core.model import Log, Session, SessionStatus
from miljologg.core.professions import OTHER
from miljologg.core.programmes import Programme
from miljologg.core.rules_base import (
    UNCOUNTED_ORDER,
    Params,
    Problem,
    RequirementResult,
    Uncounted,
    Unit,
)
from miljologg.core.schemes import RuleKind, Scheme, SchemeRule
from miljologg.core.units import format_date

__all__ = ["RouteResult", "SchemeStatus", "evaluate_scheme", "session_forms"]


@dataclass(frozen=True)
class RouteResult:
    """One alternative route: met when every requirement with its key is met."""

    key: str
    label: str
    met: bool
    note: str = ""


@dataclass(frozen=True)
class SchemeStatus:
    """One result per scheme rule (shared rules first, then each route's), plus the verdict.

    ``met`` is the scheme as a whole: shared requirements met and, when the scheme has routes,
    every requirement of at least one route.
    """

    scheme_id: str
    hour_minutes: int
    requirements: tuple[RequirementResult, ...]
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]
    routes: tuple[RouteResult, ...] = ()
    met: bool = False


def session_forms(s: Session) -> frozenset[str]:
    """The scheme forms a session belongs to (see ``schemes.SCHEME_FORMS``)."""
    form = s.form.value
    if form == "given":
        return frozenset({"given"})
    if form == "supervision_on_supervision":
        size = "group" if s.group_size > 1 else "individual"
        return frozenset({"supervision_on_supervision", size})
    return frozenset({"group" if s.form.is_group else "individual"})


def _months(first: dt.date, last: dt.date) -> int:
    """Whole months from ``first`` to ``last`` (1 Jan → 31 Jan is 0, → 1 Feb is 1)."""
    return (last.year - first.year) * 12 + last.month - first.month - (last.day < first.day)


def _uncounted(s: Session, code: str, params: Params = ()) -> Uncounted:
    return Uncounted(s.id, s.date, s.minutes, code, texts.reason(code, params), params)


class _Evaluation:
    def __init__(
        self, log: Log, scheme: Scheme, today: dt.date, programme: Programme | None
    ) -> None:
        self.log = log
        self.scheme = scheme
        self.programme = programme
        self.profession = log.profile.profession if log.profile else ""
        self.problems: dict[tuple[str, str | None], Problem] = {}
        self.verdicts: dict[tuple[str, str], tuple[str, Params] | None] = {}
        self.same_used: dict[str, tuple[str, int]] = {}  # rule key → (supervisor, minutes used)
        self.forms: dict[str, frozenset[str]] = {}
        self.eligible: list[Session] = []
        self.excluded: list[tuple[Session, Uncounted]] = []
        wide = {r.kind: r for r in scheme.rules if r.kind in (
            RuleKind.SUPERVISOR_MUST_BE, RuleKind.GROUP_PARTICIPANTS)}  # fmt: skip
        limit = scheme.max_group_size
        for s in log.sessions:
            forms = self.forms[s.id] = session_forms(s)
            if s.status is not SessionStatus.HELD:
                continue  # not supervision at all (participation), so never an uncounted hour
            why: tuple[str, Params] | None = None
            rejection = log.rejection(s.id)
            if rejection is not None:
                why = ("rejected", (("comment", rejection.comment),))
            elif s.date > today:
                why = ("future", ())
            elif "given" in forms:
                pass  # the scheme-wide rules are about supervision received
            elif limit is not None and "group" in forms and s.group_size > limit:
                why = ("group_too_large", (("size", str(s.group_size)), ("limit", str(limit))))
            elif (
                (rule := wide.get(RuleKind.GROUP_PARTICIPANTS)) is not None
                and "group" in forms
                and s.participants_profession not in rule.professions
            ):
                why = ("group_participants", (("who", texts.participants(rule)),))
            elif (rule := wide.get(RuleKind.SUPERVISOR_MUST_BE)) is not None:
                why = self.verdict(rule, s)
                if why is not None and why[0] not in ("unknown_supervisor",):
                    why = ("supervisor_not_allowed", (*_named(why), ("who", texts.who(rule))))
            if why is None:
                self.eligible.append(s)
            else:
                self.excluded.append((s, _uncounted(s, *why)))
        self.excluded.sort(key=lambda pair: (pair[1].date, pair[1].session_id))

    # -- supervisors -------------------------------------------------------------------------
    def verdict(self, rule: SchemeRule, s: Session) -> tuple[str, Params] | None:
        """Why hours from this session's supervisor do not count for ``rule`` (None if they do);
        cached, so a rule costs one check per supervisor rather than one per session."""
        cache_key = (rule.key, s.supervisor_id)
        if cache_key in self.verdicts:
            why = self.verdicts[cache_key]
        else:
            why = self.verdicts[cache_key] = self._verdict(rule, s.supervisor_id)
        if why is not None and why[0] == "unknown_supervisor":
            self.problem("unknown_supervisor", (), "session", s.id)
        return why

    def _verdict(self, rule: SchemeRule, supervisor_id: str) -> tuple[str, Params] | None:
        sup = self.log.supervisor(supervisor_id)
        if sup is None:
            return ("unknown_supervisor", ())
        name = (("name", sup.name),)
        if rule.same_profession_as_student and not self.profession:
            self.problem("profile_profession_missing")
            return ("profile_profession_missing", ())
        if rule.same_profession_as_student and self.profession == OTHER:
            self.problem("profile_profession_other")
            return ("profile_profession_other", ())
        if rule.supervisor_matches(sup, self.profession):
            return None
        about_profession = bool(rule.professions or rule.same_profession_as_student)
        if sup.profession == OTHER and about_profession:
            return ("supervisor_profession_other", (*name, ("text", sup.profession_other)))
        if about_profession and not sup.profession:
            self.problem("supervisor_profession_missing", name, "supervisor", sup.id)
        return ("supervisor_mismatch", (*name, ("who", texts.who(rule))))

    def problem(
        self,
        code: str,
        params: Params = (),
        entity: str | None = None,
        entity_id: str | None = None,
    ) -> None:
        message = texts.problem(code, params)
        found = Problem(code, message, entity, entity_id, params)
        self.problems.setdefault((code, entity_id), found)

    # -- rules ---------------------------------------------------------------------------------
    def _in_window(self, rule: SchemeRule, s: Session) -> tuple[str, Params] | None:
        if rule.window is None:
            return None
        if self.programme is None:
            self.problem("no_programme")
            return ("no_programme", ())
        if self.programme.start <= s.date <= self.programme.end:
            return None
        period = (("start", format_date(self.programme.start)),
                  ("end", format_date(self.programme.end)))  # fmt: skip
        return ("outside_window", period)

    def _scope(self, rule: SchemeRule) -> tuple[list[Session], list[Uncounted]]:
        """The eligible sessions a rule counts, and those of its forms it sets aside (why)."""
        counted: list[Session] = []
        uncounted: list[Uncounted] = []
        for s in self.eligible:
            if not rule.forms & self.forms[s.id]:
                continue
            why = self._in_window(rule, s)
            if why is None and rule.filters_supervisors:
                why = self.verdict(rule, s)
            if why is None:
                counted.append(s)
            else:
                uncounted.append(_uncounted(s, *why))
        return counted, uncounted

    def evaluate(self, rule: SchemeRule, route: str) -> RequirementResult:
        if rule.kind is RuleKind.PREREQUISITE:
            done = int(rule.prerequisite in self.log.confirmations)
            return _result(rule, route, required_minutes=1, counted_minutes=done, unit="check")
        if rule.kind is RuleKind.SPAN_YEARS:
            dates = [s.date for s in self.eligible]
            span = _months(min(dates), max(dates)) if dates else 0
            high = None if rule.max_years is None else round(rule.max_years * 12)
            low = 0 if rule.min_years is None else round(rule.min_years * 12)
            return _result(rule, route, required_minutes=low, counted_minutes=span,
                           unit="months", maximum=high)  # fmt: skip
        if rule.kind in _WIDE_CODES:
            items = tuple(why for _s, why in self.excluded if why.code in _WIDE_CODES[rule.kind])
            lost = sum(u.minutes for u in items)
            return _result(rule, route, required_minutes=0, counted_minutes=0,
                           uncounted_minutes=lost, uncounted=items)  # fmt: skip
        counted, uncounted = self._scope(rule)
        if rule.kind is RuleKind.MIN_SUPERVISORS:
            ids = {s.supervisor_id for s in counted}
            return _result(rule, route, required_minutes=rule.count, counted_minutes=len(ids),
                           unit="count")  # fmt: skip
        if rule.kind is RuleKind.MIN_HOURS_SAME_SUPERVISOR:
            return self._same_supervisor(rule, route, counted)
        uncounted.sort(key=UNCOUNTED_ORDER)
        excluded = [why for s, why in self.excluded if rule.forms & self.forms[s.id]]
        items = tuple(heapq.merge(uncounted, excluded, key=UNCOUNTED_ORDER))
        return _result(
            rule,
            route,
            required_minutes=rule.minutes,
            counted_minutes=sum(s.minutes for s in counted),
            uncounted_minutes=sum(u.minutes for u in items),
            uncounted=items,
        )

    def _same_supervisor(
        self, rule: SchemeRule, route: str, counted: list[Session]
    ) -> RequirementResult:
        """The supervisor with the most hours; with ``after``, the hours the named rule used
        from its supervisor are set aside first (40 t from one, then 30 t more)."""
        per: dict[str, int] = defaultdict(int)
        for s in counted:
            per[s.supervisor_id] += s.minutes
        if rule.after is not None and rule.after in self.same_used:
            used_by, used = self.same_used[rule.after]
            per[used_by] = max(0, per[used_by] - used)
        best = max(per, key=lambda k: (per[k], k), default=None)
        minutes = per[best] if best is not None else 0
        label = texts.label(rule)
        if best is not None and minutes:
            sup = self.log.supervisor(best)
            label = _("{label} – flest timer hos {value}").format(
                label=label, value=sup.name if sup else best
            )
            self.same_used[rule.key] = (best, min(minutes, rule.minutes))
        return _result(rule, route, label=label, required_minutes=rule.minutes,
                       counted_minutes=minutes)  # fmt: skip


#: The exclusion codes each scheme-wide rule reports as its own.
_WIDE_CODES: dict[RuleKind, tuple[str, ...]] = {
    RuleKind.MAX_GROUP_SIZE: ("group_too_large",),
    RuleKind.SUPERVISOR_MUST_BE: ("supervisor_not_allowed", "unknown_supervisor"),
    RuleKind.GROUP_PARTICIPANTS: ("group_participants",),
}


def _result(
    rule: SchemeRule,
    route: str,
    *,
    required_minutes: int,
    counted_minutes: int,
    uncounted_minutes: int = 0,
    uncounted: tuple[Uncounted, ...] = (),
    unit: Unit = "minutes",
    maximum: int | None = None,
    label: str | None = None,
) -> RequirementResult:
    return RequirementResult(
        key=rule.key,
        label=label if label is not None else texts.label(rule),
        required_minutes=required_minutes,
        counted_minutes=counted_minutes,
        uncounted_minutes=uncounted_minutes,
        uncounted=uncounted,
        unit=unit,
        maximum=maximum,
        note=rule.note,
        route=route,
        citation=rule.citation,
    )


def _named(why: tuple[str, Params]) -> Params:
    """The supervisor's name from a verdict's parameters (for the scheme-wide sentence)."""
    return tuple(p for p in why[1] if p[0] == "name")


def evaluate_scheme(
    log: Log, scheme: Scheme, today: dt.date, programme: Programme | None = None
) -> SchemeStatus:
    """Each rule of ``scheme`` checked against the whole log.

    ``programme`` is the student's programme: rules limited to its period («knyttet til
    videreutdanningen») need it; without it they count nothing and say why.
    """
    ev = _Evaluation(log, scheme, today, programme)
    requirements = [ev.evaluate(rule, "") for rule in scheme.rules]
    shared_met = all(r.met for r in requirements)
    routes: list[RouteResult] = []
    for route in scheme.routes:
        results = [ev.evaluate(rule, route.key) for rule in route.rules]
        requirements += results
        routes.append(RouteResult(route.key, route.label, all(r.met for r in results), route.note))
    notes = list(scheme.notes)
    if scheme.hour_minutes != 60:
        notes.insert(0, texts.hour_note(scheme.hour_minutes))
    notes += [f"{texts.label(r)}: {r.note}" for r in scheme.all_rules if r.note]
    return SchemeStatus(
        scheme_id=scheme.id,
        hour_minutes=scheme.hour_minutes,
        requirements=tuple(requirements),
        problems=tuple(ev.problems.values()),
        notes=tuple(notes),
        routes=tuple(routes),
        met=shared_met and (not routes or any(r.met for r in routes)),
    )
