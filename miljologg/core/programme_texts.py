"""The Norwegian sentences of programme evaluation, made in one place from codes and parameters.

``rules``, ``rules_progress`` and ``rules_attendance`` decide *what* holds: a reason code for a
session that does not count, a problem code for something to follow up, each with parameters
(``Params``: name → raw value as text). This module says it, as ``scheme_texts`` does for the
schemes: every template is marked (``N_``) for the gettext catalogue and translated when it is
rendered (``_``), so nynorsk and English come from ``resources/locale``. A (singular, plural) pair
is two messages, each translated, and ``plural.choose`` picks one by the count (the three
languages share the rule).

Parameters are stored raw and formatted by their name (``sentences.render``, one rule for all
the tables of core).

``NOTES`` are the lines the dashboard, ``status`` and the dossier show about attendance,
participation and the pace (``figures.attendance_notes`` and friends choose which).
"""

from __future__ import annotations

from miljologg.core.i18n import N_, _
from miljologg.core.rules_base import Params, rejected_reason
from miljologg.core.sentences import Template, render

__all__ = ["NOTES", "PROBLEMS", "REASONS", "note", "problem", "reason", "render"]

#: Why a held session does not count for the programme (``Uncounted.code`` → sentence).
REASONS: dict[str, Template] = {
    "future": N_("Datoen har ikke vært ennå."),
    "outside_programme": N_("Ligger utenfor programperioden {start_date}–{end_date}."),
    "group_too_small": N_("Gruppeveiledning krever minst 2 deltakere."),
    "unknown_supervisor": N_("Veilederen finnes ikke i loggen."),
    "supervisor_not_approved": N_(
        "Veileder «{name}» er ikke registrert som godkjent av utdanningen."
    ),
    "not_gathering_day": N_("Datoen er ikke en samlingsdag i programmet."),
    "attendance_unregistered": N_("Oppmøte ikke registrert for samlingsdagen."),
    "absent": N_("Du er registrert borte fra samlingen denne dagen."),
}

#: What the student should follow up (``Problem.code`` → sentence).
PROBLEMS: dict[str, Template] = {
    "attendance_unregistered": (
        N_("{count} samlingsdag er ikke registrert ({first_date})."),
        N_("{count} samlingsdager er ikke registrert (den første {first_date})."),
    ),
    "attendance_out_of_reach": N_(
        "Oppmøtekravet på {required_percent} kan ikke lenger nås: selv med oppmøte på alle "
        "dagene som gjenstår, mangler {out_of_reach_minutes} undervisning (høyst "
        "{best_possible_percent} er mulig)."
    ),
    "attendance_below": N_(
        "Oppmøtet på de registrerte dagene er {percent}, under kravet på {required_percent}; "
        "du kan fortsatt nå det."
    ),
    "missed_not_made_up": N_("Veiledningen {date} ble ikke holdt og må tas igjen."),
    "rejected": N_(
        "Veiledningen {date} er avvist av {name}{comment}. Den teller ikke før veilederen "
        "signerer den, eller du gjenåpner og retter den."
    ),
    "supervisor_not_approved": N_(
        "Veileder «{name}» er ikke registrert som godkjent av utdanningen; {minutes} veiledning "
        "teller derfor ikke."
    ),
    "supervisor_profession_other": N_(
        "Veileder «{name}» har profesjonen «{text}», som ikke er i listen. Velg en profesjon fra "
        "listen hvis den passer; ellers teller timene ikke der en ordning krever en bestemt "
        "profesjon."
    ),
    "assignment_overdue": N_("Arbeidskravet «{title}» har passert fristen og er ikke levert."),
    "supervision_incomplete": N_(
        "{label}: {remaining_minutes} mangler, og programmet ble avsluttet {end_date}."
    ),
    "session_uncounted": N_("Veiledning {date} ({minutes}) teller ikke: {reason}"),
    "behind_pace": N_(
        "Du ligger {behind_minutes} bak en jevn plan for veiledningen; {per_week_minutes} per "
        "uke trengs fram til {end_date}."
    ),
}


#: Lines about where the student stands (``figures.Note.code`` → sentence).
NOTES: dict[str, Template] = {
    "attendance_percent": (
        N_("{percent} oppmøte på den {count} registrerte dagen (krav {required_percent})."),
        N_("{percent} oppmøte på de {count} registrerte dagene (krav {required_percent})."),
    ),
    "attendance_none_registered": N_(
        "Ingen samlingsdager er registrert ennå (krav {required_percent})."
    ),
    "attendance_may_miss": N_(
        "Du kan være borte {may_still_miss_minutes} til og fortsatt nå kravet."
    ),
    "attendance_no_more": N_("Du kan ikke være borte mer uten å komme under kravet."),
    "attendance_all_registered": N_("Alle samlingsdagene er registrert."),
    "attendance_out_of_reach": PROBLEMS["attendance_out_of_reach"],
    "attendance_best_possible": N_(
        "Møter du alle dagene som ikke er registrert ennå, ender du på {best_possible_percent}."
    ),
    "attendance_unregistered_days": (
        N_("{count} samlingsdag er ikke registrert."),
        N_("{count} samlingsdager er ikke registrert."),
    ),
    "participation_sessions": N_(
        "{held_count:møte|møter} holdt, {missed_count} avlyst eller uteblitt."
    ),
    "participation_percent": N_("Deltakelse {percent} (krav {required_percent})."),
    "participation_open": (
        N_("{count} møte er ikke tatt igjen ennå – kravet er {required_percent}."),
        N_("{count} møter er ikke tatt igjen ennå – kravet er {required_percent}."),
    ),
    "participation_all_made_up": N_("Alle møter du har gått glipp av, er tatt igjen."),
    "pace_met": N_("Du har nådd kravet på {required_minutes}."),
    "pace_needed": N_(
        "{per_week_minutes} per uke trengs for å nå {required_minutes} innen {end_date}."
    ),
    "pace_ended": N_("Programmet ble avsluttet {end_date}. Dette mangler:"),
    "requirement_missing": N_("{label}: {remaining_minutes}"),
}


def reason(code: str, params: Params = ()) -> str:
    """The sentence for a reason code (a rejection quotes the supervisor's comment)."""
    if code == "rejected":
        return rejected_reason(dict(params).get("comment", ""))
    return render(REASONS[code], params)


def note(code: str, params: Params = ()) -> str:
    """The sentence for a note code."""
    return render(NOTES[code], params)


def problem(code: str, params: Params = ()) -> str:
    """The sentence for a problem code."""
    if code == "rejected":
        values = dict(params)
        comment = values.get("comment", "")
        values["comment"] = f": «{comment}»" if comment else ""
        values["name"] = values.get("name") or _("veilederen")
        return render(PROBLEMS[code], tuple(values.items()))
    return render(PROBLEMS[code], params)
