"""The sentences of scheme evaluation, made in one place from codes and parameters.

``rules_scheme`` decides *what* holds (a code such as ``supervisor_mismatch`` with parameters
such as the supervisor's name); this module says it in the current language, from the gettext
catalogue (the tables hold the bokmål source, marked with ``N_``, translated where used).
"""

from __future__ import annotations

from miljologg.core.i18n import N_, Labels, _
from miljologg.core.model import Approval
from miljologg.core.professions import vocabulary
from miljologg.core.rules_base import Params, rejected_reason
from miljologg.core.schemes import RuleKind, SchemeRule
from miljologg.core.units import format_hours

__all__ = ["APPROVAL_NAMES", "label", "problem", "reason", "who"]

APPROVAL_NAMES = Labels(
    {
        Approval.PROGRAMME: N_("godkjent av utdanningen"),
        Approval.FO_SUPERVISOR: N_("veiledergodkjenning"),
        Approval.CLINICAL: N_("klinisk godkjenning"),
        Approval.SPECIALIST: N_("spesialistgodkjenning"),
    }
)

#: Why a session does not count for a rule (``Uncounted.code`` → sentence).
REASONS: dict[str, str] = {
    "future": N_("Datoen har ikke vært ennå."),
    "group_too_large": N_("Gruppen hadde {size} deltakere; ordningen godtar høyst {limit}."),
    "group_participants": N_(
        "Gruppen er ikke registrert med bare {who} som deltakere; ordningen teller bare slike "
        "grupper."
    ),
    "supervisor_not_allowed": N_(
        "Veileder «{name}» er ikke {who}; ordningen teller bare veiledning fra slike veiledere."
    ),
    "unknown_supervisor": N_("Veilederen finnes ikke i loggen."),
    "profile_profession_missing": N_("Din profesjon er ikke registrert."),
    "profile_profession_other": N_(
        "Din profesjon er utenfor listen, så krav om samme profesjon kan ikke oppfylles."
    ),
    "supervisor_profession_other": N_(
        "Veileder «{name}» har en profesjon utenfor listen («{text}»), og den teller ikke for "
        "krav om profesjon."
    ),
    "supervisor_mismatch": N_("Veileder «{name}» er ikke {who}."),
    "outside_window": N_("Ligger utenfor programperioden {start}–{end}."),
    "no_programme": N_("Profilen har ikke noe studieprogram, så perioden kan ikke sjekkes."),
}

#: What the student should follow up (``Problem.code`` → sentence).
PROBLEMS: dict[str, str] = {
    "profile_profession_missing": N_(
        "Registrer din profesjon i profilen, ellers kan ikke alle krav sjekkes."
    ),
    "profile_profession_other": N_(
        "Din profesjon er registrert som «annet»; velg en profesjon fra listen i profilen hvis "
        "den finnes der."
    ),
    "supervisor_profession_missing": N_("Veileder «{name}» har ingen profesjon registrert."),
    "unknown_supervisor": N_("Veilederen finnes ikke i loggen. Rett opp veiledningen."),
    "no_programme": N_(
        "Velg studieprogram i profilen: noen krav gjelder veiledning i programmets periode."
    ),
}

_FORM_WORDS = {
    "individual": N_("individuell veiledning"),
    "group": N_("gruppeveiledning"),
    "given": N_("veiledning du har gitt"),
    "supervision_on_supervision": N_("veiledning på veiledningen du har gitt"),
}


def reason(code: str, params: Params = ()) -> str:
    """The sentence for an uncounted session's reason code."""
    values = dict(params)
    if code == "rejected":  # one wording with the programme's (the supervisor's own words)
        return rejected_reason(values.get("comment", ""))
    return _(REASONS[code]).format(**values)


def problem(code: str, params: Params = ()) -> str:
    """The sentence for a problem code."""
    return _(PROBLEMS[code]).format(**dict(params))


def _hours(hours: float) -> str:
    return format_hours(round(hours * 60))


def _profession_word(code: str) -> str:
    """A profession as a word inside a sentence: «sosionom», «barnevernspedagog»."""
    found = vocabulary().get(code)
    return found.name.lower() if found else code


def who(rule: SchemeRule) -> str:
    """The supervisors a rule accepts, in Norwegian: «barnevernspedagog med klinisk godkjenning»."""
    words = sorted(_profession_word(code) for code in rule.professions)
    parts = [_(" eller ").join(words) if words else _("veileder")]
    if rule.approvals:
        names = _(" og ").join(APPROVAL_NAMES[a] for a in sorted(rule.approvals))
        parts.append(_("med {approvals}").format(approvals=names))
    if rule.approvals_any:
        names = _(" eller ").join(APPROVAL_NAMES[a] for a in sorted(rule.approvals_any))
        with_ = _("og {approvals}") if rule.approvals else _("med {approvals}")
        parts.append(with_.format(approvals=names))
    if rule.same_profession_as_student:
        parts.append(_("i din profesjon"))
    return " ".join(parts)


def participants(rule: SchemeRule) -> str:
    """Who the participants of a group must be: «psykolog» (any of the rule's professions)."""
    return _(" eller ").join(sorted(_profession_word(code) for code in rule.professions))


def label(rule: SchemeRule) -> str:
    """The requirement as a line on the dashboard, in the dossier and from ``status``."""
    h = _hours(rule.hours)
    window = _(" i programmets periode") if rule.window == "programme" else ""
    if rule.label:
        if not rule.minutes:
            return rule.label
        return _("{label} (minst {hours})").format(label=rule.label, hours=h)
    match rule.kind:
        case RuleKind.MIN_TOTAL_HOURS:
            return _("Minst {hours} veiledning totalt{window}").format(hours=h, window=window)
        case RuleKind.MIN_FORM_HOURS:
            form = _(_FORM_WORDS[rule.form or "individual"])
            return _("Minst {hours} {form}{window}").format(hours=h, form=form, window=window)
        case RuleKind.MIN_HOURS_FROM:
            return _("Minst {hours} fra {who}{window}").format(
                hours=h, who=who(rule), window=window
            )
        case RuleKind.MIN_HOURS_SAME_SUPERVISOR:
            besides = _(" (utenom timene i kravet over)") if rule.after else ""
            return _("Minst {hours} fra én og samme veileder{besides}{window}").format(
                hours=h, besides=besides, window=window
            )
        case RuleKind.MIN_SUPERVISORS:
            return _("Minst {count} ulike veiledere").format(count=rule.count)
        case RuleKind.MAX_GROUP_SIZE:
            return _("Gruppeveiledning teller bare med høyst {size} deltakere").format(
                size=rule.max_group_size
            )
        case RuleKind.SUPERVISOR_MUST_BE:
            return _("Veilederen må være {who}").format(who=who(rule))
        case RuleKind.GROUP_PARTICIPANTS:
            return _(
                "Gruppeveiledning teller bare når alle deltakerne har profesjonen {professions}"
            ).format(professions=participants(rule))
        case RuleKind.PREREQUISITE:
            return rule.label
        case _:
            low, high = rule.min_years, rule.max_years
            if low is not None and high is not None:
                return _("Veiledningen strekker seg over {low}–{high} år").format(
                    low=f"{low:g}", high=f"{high:g}"
                )
            if low is not None:
                return _("Veiledningen strekker seg over minst {low} år").format(low=f"{low:g}")
            return _("Veiledningen strekker seg over høyst {high} år").format(high=f"{high:g}")


def hour_note(hour_minutes: int) -> str:
    return _("I denne ordningen er én time {minutes} minutter.").format(minutes=hour_minutes)
