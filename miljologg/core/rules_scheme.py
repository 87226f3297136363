"""A log against a union's approval scheme (re-exported by ``rules``).

Every session is first checked once for the whole scheme, in this order: not held
(``missed``), rejected by its supervisor (``rejected``, see ``core.model.Rejection``), dated
after today (``future``), a group larger than the scheme allows
(``group_too_large``). What passes is *eligible*; each rule then counts the eligible sessions it
concerns, and for rules about supervisors lists the eligible sessions of other supervisors as
uncounted with the reason (``supervisor_mismatch``, ``unknown_supervisor``,
``profile_profession_missing``). Minutes are counted as stored; the scheme's hour length only
converts the required hours (240 t × 45 min = 10,800 min).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from miljologg.core.model import Approval, Form, Log, Session, SessionStatus
from miljologg.core.professions import OTHER, vocabulary
from miljologg.core.rules_base import (
    UNCOUNTED_ORDER,
    Problem,
    RequirementResult,
    Uncounted,
    rejected_reason,
)
from miljologg.core.schemes import RuleKind, Scheme, SchemeRule
from miljologg.core.units import format_hours

APPROVAL_NAMES = {
    Approval.PROGRAMME: "godkjent av utdanningen",
    Approval.FO_SUPERVISOR: "veiledergodkjenning",
    Approval.CLINICAL: "klinisk godkjenning",
    Approval.SPECIALIST: "spesialistgodkjenning",
}


@dataclass(frozen=True)
class SchemeStatus:
    """One result per scheme rule, in file order, plus problems and the scheme's notes."""

    scheme_id: str
    hour_minutes: int
    requirements: tuple[RequirementResult, ...]
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]


def _who(rule: SchemeRule) -> str:
    """The supervisors a rule accepts, in Norwegian: "barnevernspedagog med klinisk godkjenning"."""
    words = sorted(_profession_word(code) for code in rule.professions)
    parts = [" eller ".join(words) if words else "veileder"]
    if rule.approvals:
        parts.append("med " + " og ".join(APPROVAL_NAMES[a] for a in sorted(rule.approvals)))
    if rule.approvals_any:
        names = " eller ".join(APPROVAL_NAMES[a] for a in sorted(rule.approvals_any))
        parts.append(("og " if rule.approvals else "med ") + names)
    if rule.same_profession_as_student:
        parts.append("i din profesjon")
    return " ".join(parts)


def _profession_word(code: str) -> str:
    """A profession as a word inside a sentence: «sosionom», «barnevernspedagog»."""
    found = vocabulary().get(code)
    return found.name.lower() if found else code


def _label(rule: SchemeRule) -> str:
    h = format_hours(rule.hours * 60)  # the number of hours the scheme's file gives
    if rule.label:
        return f"{rule.label} (minst {h})" if rule.minutes else rule.label
    match rule.kind:
        case RuleKind.MIN_TOTAL_HOURS:
            return f"Minst {h} veiledning totalt"
        case RuleKind.MIN_FORM_HOURS:
            form = "individuell veiledning" if rule.form == "individual" else "gruppeveiledning"
            return f"Minst {h} {form}"
        case RuleKind.MIN_HOURS_FROM:
            return f"Minst {h} fra {_who(rule)}"
        case RuleKind.MIN_HOURS_SAME_SUPERVISOR:
            return f"Minst {h} fra én og samme veileder"
        case RuleKind.MIN_SUPERVISORS:
            return f"Minst {rule.count} ulike veiledere"
        case RuleKind.MAX_GROUP_SIZE:
            return f"Gruppeveiledning teller bare med høyst {rule.max_group_size} deltakere"
        case _:
            low, high = rule.min_years, rule.max_years
            if low is not None and high is not None:
                return f"Veiledningen strekker seg over {low:g}–{high:g} år"
            if low is not None:
                return f"Veiledningen strekker seg over minst {low:g} år"
            return f"Veiledningen strekker seg over høyst {high:g} år"


def _months(first: dt.date, last: dt.date) -> int:
    """Whole months from ``first`` to ``last`` (1 Jan → 31 Jan is 0, → 1 Feb is 1)."""
    return (last.year - first.year) * 12 + last.month - first.month - (last.day < first.day)


class _Evaluation:
    def __init__(self, log: Log, scheme: Scheme, today: dt.date) -> None:
        self.log = log
        self.scheme = scheme
        self.profession = log.profile.profession if log.profile else ""
        self.eligible: list[Session] = []
        self.excluded: list[tuple[Session, Uncounted]] = []
        limit = scheme.max_group_size
        for s in log.sessions:
            why = None
            rejection = log.rejection(s.id)
            if s.status is not SessionStatus.HELD:
                why = ("missed", "Møtet ble ikke holdt.")
            elif rejection is not None:
                why = ("rejected", rejected_reason(rejection.comment))
            elif s.date > today:
                why = ("future", "Datoen har ikke vært ennå.")
            elif limit is not None and s.form.is_group and s.group_size > limit:
                why = (
                    "group_too_large",
                    f"Gruppen hadde {s.group_size} deltakere; ordningen godtar høyst {limit}.",
                )
            if why is None:
                self.eligible.append(s)
            else:
                self.excluded.append((s, Uncounted(s.id, s.date, s.minutes, *why)))
        self.excluded.sort(key=lambda pair: (pair[1].date, pair[1].session_id))
        self.supervisor_ids = {s.supervisor_id for s in self.eligible}
        self.problems: dict[tuple[str, str | None], Problem] = {}
        self.verdicts: dict[tuple[str, str], tuple[str, str] | None] = {}

    def verdict(self, rule: SchemeRule, supervisor_id: str) -> tuple[str, str] | None:
        """Why hours from this supervisor do not count for ``rule`` (None if they do); cached,
        so a rule costs one check per supervisor rather than one per session."""
        cache_key = (rule.key, supervisor_id)
        if cache_key in self.verdicts:
            return self.verdicts[cache_key]
        sup = self.log.supervisor(supervisor_id)
        why: tuple[str, str] | None
        if sup is None:
            why = ("unknown_supervisor", "Veilederen finnes ikke i loggen.")
        elif rule.same_profession_as_student and not self.profession:
            why = ("profile_profession_missing", "Din profesjon er ikke registrert.")
            self.problem(
                why[0], "Registrer din profesjon i profilen, ellers kan ikke alle krav sjekkes."
            )
        elif rule.same_profession_as_student and self.profession == OTHER:
            why = (
                "profile_profession_other",
                "Din profesjon er utenfor listen, så krav om samme profesjon kan ikke oppfylles.",
            )
            self.problem(
                why[0],
                "Din profesjon er registrert som «annet»; velg en profesjon fra listen i profilen "
                "hvis den finnes der.",
            )
        elif rule.supervisor_matches(sup, self.profession):
            why = None
        elif sup.profession == OTHER and (rule.professions or rule.same_profession_as_student):
            text = sup.profession_other or "annet"
            why = (
                "supervisor_profession_other",
                f"Veileder «{sup.name}» har en profesjon utenfor listen («{text}»), og den teller "
                "ikke for krav om profesjon.",
            )
        else:
            why = ("supervisor_mismatch", f"Veileder «{sup.name}» er ikke {_who(rule)}.")
            if (rule.professions or rule.same_profession_as_student) and not sup.profession:
                self.problem(
                    "supervisor_profession_missing",
                    f"Veileder «{sup.name}» har ingen profesjon registrert.",
                    "supervisor",
                    sup.id,
                )
        self.verdicts[cache_key] = why
        return why

    def mismatch(self, rule: SchemeRule, s: Session) -> Uncounted | None:
        """Why an eligible session's supervisor does not count for ``rule``; None if it does."""
        why = self.verdict(rule, s.supervisor_id)
        if why is None:
            return None
        if why[0] == "unknown_supervisor":
            self.problem(why[0], why[1] + " Rett opp veiledningen.", "session", s.id)
        return Uncounted(s.id, s.date, s.minutes, *why)

    def problem(
        self, code: str, message: str, entity: str | None = None, entity_id: str | None = None
    ) -> None:
        self.problems.setdefault((code, entity_id), Problem(code, message, entity, entity_id))

    def evaluate(self, rule: SchemeRule) -> RequirementResult:
        label = _label(rule)
        result = partial(RequirementResult, key=rule.key, note=rule.note)
        if rule.kind is RuleKind.SPAN_YEARS:
            dates = [s.date for s in self.eligible]
            span = _months(min(dates), max(dates)) if dates else 0
            high = None if rule.max_years is None else round(rule.max_years * 12)
            low = 0 if rule.min_years is None else round(rule.min_years * 12)
            return result(label=label, required_minutes=low, counted_minutes=span,
                          unit="months", maximum=high)  # fmt: skip
        if rule.kind is RuleKind.MIN_SUPERVISORS:
            ids = {s.supervisor_id for s in self.eligible if self.matches(rule, s)}
            return result(label=label, required_minutes=rule.count,
                          counted_minutes=len(ids), unit="count")  # fmt: skip
        if rule.kind is RuleKind.MIN_HOURS_SAME_SUPERVISOR:
            per: dict[str, int] = defaultdict(int)
            for s in self.eligible:
                if self.matches(rule, s):
                    per[s.supervisor_id] += s.minutes
            best = max(per, key=lambda k: (per[k], k), default=None)
            if best is not None:
                sup = self.log.supervisor(best)
                label = f"{label} – flest timer hos {sup.name if sup else best}"
            return result(label=label, required_minutes=rule.minutes,
                          counted_minutes=per[best] if best else 0)  # fmt: skip
        counted = 0
        uncounted: list[Uncounted] = []
        forms = {f for f in Form if rule.applies_to_form(f)}
        if rule.kind is RuleKind.MAX_GROUP_SIZE:
            forms = {f for f in forms if f.is_group}
        if rule.filters_supervisors:
            ok = {i for i in self.supervisor_ids if self.verdict(rule, i) is None}
        else:
            ok = self.supervisor_ids
        for s in self.eligible:
            if s.form not in forms:
                continue
            if s.supervisor_id in ok:
                counted += s.minutes
            else:
                uncounted.append(self.mismatch(rule, s))  # type: ignore[arg-type]
        uncounted.sort(key=UNCOUNTED_ORDER)
        only_size = rule.kind is RuleKind.MAX_GROUP_SIZE
        excluded = [
            why
            for s, why in self.excluded
            if s.form in forms and (not only_size or why.code == "group_too_large")
        ]
        items = (
            tuple(heapq.merge(uncounted, excluded, key=UNCOUNTED_ORDER))
            if excluded
            else tuple(uncounted)
        )
        return result(
            label=label,
            required_minutes=rule.minutes,
            counted_minutes=counted,
            uncounted_minutes=sum(u.minutes for u in items),
            uncounted=items,
        )

    def matches(self, rule: SchemeRule, s: Session) -> bool:
        return not rule.filters_supervisors or self.verdict(rule, s.supervisor_id) is None


def evaluate_scheme(log: Log, scheme: Scheme, today: dt.date) -> SchemeStatus:
    """Each rule of ``scheme`` checked against the whole log (no programme period applies)."""
    ev = _Evaluation(log, scheme, today)
    requirements = tuple(ev.evaluate(rule) for rule in scheme.rules)
    notes = list(scheme.notes)
    if scheme.hour_minutes != 60:
        notes.insert(0, f"I denne ordningen er én time {scheme.hour_minutes} minutter.")
    notes += [f"{_label(r)}: {r.note}" for r in scheme.rules if r.note]
    return SchemeStatus(
        scheme_id=scheme.id,
        hour_minutes=scheme.hour_minutes,
        requirements=requirements,
        problems=tuple(ev.problems.values()),
        notes=tuple(notes),
    )
