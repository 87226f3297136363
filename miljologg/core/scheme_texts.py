"""The Norwegian sentences of scheme evaluation, made in one place from codes and parameters.

``rules_scheme`` decides *what* holds (a code such as ``supervisor_mismatch`` with parameters
such as the supervisor's name); this module says it in bokmål. Results carry both the code with
its parameters and the sentence, so another language only needs another catalogue.
"""

from __future__ import annotations

from miljologg.core.model import Approval
from miljologg.core.professions import vocabulary
from miljologg.core.rules_base import Params, rejected_reason
from miljologg.core.schemes import RuleKind, SchemeRule

__all__ = ["APPROVAL_NAMES", "label", "problem", "reason", "who"]

APPROVAL_NAMES = {
    Approval.PROGRAMME: "godkjent av utdanningen",
    Approval.FO_SUPERVISOR: "veiledergodkjenning",
    Approval.CLINICAL: "klinisk godkjenning",
    Approval.SPECIALIST: "spesialistgodkjenning",
}

#: Why a session does not count for a rule (``Uncounted.code`` → sentence).
REASONS: dict[str, str] = {
    "missed": "Møtet ble ikke holdt.",
    "future": "Datoen har ikke vært ennå.",
    "group_too_large": "Gruppen hadde {size} deltakere; ordningen godtar høyst {limit}.",
    "group_participants": (
        "Gruppen er ikke registrert med bare {who} som deltakere; ordningen teller bare slike "
        "grupper."
    ),
    "supervisor_not_allowed": (
        "Veileder «{name}» er ikke {who}; ordningen teller bare veiledning fra slike veiledere."
    ),
    "unknown_supervisor": "Veilederen finnes ikke i loggen.",
    "profile_profession_missing": "Din profesjon er ikke registrert.",
    "profile_profession_other": (
        "Din profesjon er utenfor listen, så krav om samme profesjon kan ikke oppfylles."
    ),
    "supervisor_profession_other": (
        "Veileder «{name}» har en profesjon utenfor listen («{text}»), og den teller ikke for "
        "krav om profesjon."
    ),
    "supervisor_mismatch": "Veileder «{name}» er ikke {who}.",
    "outside_window": "Ligger utenfor programperioden {start}–{end}.",
    "no_programme": "Profilen har ikke noe studieprogram, så perioden kan ikke sjekkes.",
}

#: What the student should follow up (``Problem.code`` → sentence).
PROBLEMS: dict[str, str] = {
    "profile_profession_missing": (
        "Registrer din profesjon i profilen, ellers kan ikke alle krav sjekkes."
    ),
    "profile_profession_other": (
        "Din profesjon er registrert som «annet»; velg en profesjon fra listen i profilen hvis "
        "den finnes der."
    ),
    "supervisor_profession_missing": "Veileder «{name}» har ingen profesjon registrert.",
    "unknown_supervisor": "Veilederen finnes ikke i loggen. Rett opp veiledningen.",
    "no_programme": (
        "Velg studieprogram i profilen: noen krav gjelder veiledning i programmets periode."
    ),
}

_FORM_WORDS = {
    "individual": "individuell veiledning",
    "group": "gruppeveiledning",
    "given": "veiledning du har gitt",
    "supervision_on_supervision": "veiledning på veiledningen du har gitt",
}


def reason(code: str, params: Params = ()) -> str:
    """The sentence for an uncounted session's reason code."""
    values = dict(params)
    if code == "rejected":  # one wording with the programme's (the supervisor's own words)
        return rejected_reason(values.get("comment", ""))
    return REASONS[code].format(**values)


def problem(code: str, params: Params = ()) -> str:
    """The sentence for a problem code."""
    return PROBLEMS[code].format(**dict(params))


def _hours(hours: float) -> str:
    text = f"{hours:g}".replace(".", ",")
    return f"{text} t"


def _profession_word(code: str) -> str:
    """A profession as a word inside a sentence: «sosionom», «barnevernspedagog»."""
    found = vocabulary().get(code)
    return found.name.lower() if found else code


def who(rule: SchemeRule) -> str:
    """The supervisors a rule accepts, in Norwegian: «barnevernspedagog med klinisk godkjenning»."""
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


def participants(rule: SchemeRule) -> str:
    """Who the participants of a group must be: «psykolog» (any of the rule's professions)."""
    return " eller ".join(sorted(_profession_word(code) for code in rule.professions))


def label(rule: SchemeRule) -> str:
    """The requirement as a line on the dashboard, in the dossier and from ``status``."""
    h = _hours(rule.hours)
    window = " i programmets periode" if rule.window == "programme" else ""
    if rule.label:
        return f"{rule.label} (minst {h})" if rule.minutes else rule.label
    match rule.kind:
        case RuleKind.MIN_TOTAL_HOURS:
            return f"Minst {h} veiledning totalt{window}"
        case RuleKind.MIN_FORM_HOURS:
            return f"Minst {h} {_FORM_WORDS[rule.form or 'individual']}{window}"
        case RuleKind.MIN_HOURS_FROM:
            return f"Minst {h} fra {who(rule)}{window}"
        case RuleKind.MIN_HOURS_SAME_SUPERVISOR:
            besides = " (utenom timene i kravet over)" if rule.after else ""
            return f"Minst {h} fra én og samme veileder{besides}{window}"
        case RuleKind.MIN_SUPERVISORS:
            return f"Minst {rule.count} ulike veiledere"
        case RuleKind.MAX_GROUP_SIZE:
            return f"Gruppeveiledning teller bare med høyst {rule.max_group_size} deltakere"
        case RuleKind.SUPERVISOR_MUST_BE:
            return f"Veilederen må være {who(rule)}"
        case RuleKind.GROUP_PARTICIPANTS:
            return (
                "Gruppeveiledning teller bare når alle deltakerne har profesjonen "
                f"{participants(rule)}"
            )
        case RuleKind.PREREQUISITE:
            return rule.label
        case _:
            low, high = rule.min_years, rule.max_years
            if low is not None and high is not None:
                return f"Veiledningen strekker seg over {low:g}–{high:g} år"
            if low is not None:
                return f"Veiledningen strekker seg over minst {low:g} år"
            return f"Veiledningen strekker seg over høyst {high:g} år"


def hour_note(hour_minutes: int) -> str:
    return f"I denne ordningen er én time {hour_minutes} minutter."
