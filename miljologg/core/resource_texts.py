"""The sentences that say what is wrong in a programme, scheme or profession file.

The loaders (``resource_files``, ``programme_files``, ``schemes``, ``professions``) decide *what*
is wrong and raise ``ResourceFileError`` with a code from ``PROBLEMS`` and its parameters; the
sentence is made here, in the language in force when it is shown (``sentences.render``), as
``programme_texts`` does for the rules. TOML keys, values to write (``monday``, ``programme``,
``https://…``) and the file's own words stay as written in every language: the person fixing
the file types them.
"""

from __future__ import annotations

from collections.abc import Iterable

from miljologg.core.i18n import N_, _
from miljologg.core.sentences import Template, render

__all__ = ["PROBLEMS", "file_field", "problem"]

#: What is wrong with one field of a resource file (``ResourceFileError.code`` → sentence).
PROBLEMS: dict[str, Template] = {
    # Any resource file (resource_files.Table).
    "unknown_field": N_("ukjent felt (skrivefeil?)"),
    "missing": N_("mangler"),
    "not_text": N_("må være tekst"),
    "empty": N_("kan ikke være tom"),
    "not_label": N_("må være tekst eller en tabell med nb, nn og en"),
    "not_ident": N_("må bestå av små bokstaver a–z, sifre, «-», «_» eller «.»"),
    "not_integer": N_("må være et heltall ≥ {minimum}"),
    "number_between": N_("må være et tall mellom {minimum_number} og {maximum_number}"),
    "number_at_least": N_("må være et tall ≥ {minimum_number}"),
    "not_boolean": N_("må være true eller false"),
    "not_date": N_("må være en dato skrevet åååå-mm-dd (uten anførselstegn)"),
    "not_time": N_("må være et klokkeslett «TT:MM», for eksempel «09:30»"),
    "not_list": N_("må være en liste [ … ]"),
    "not_nonempty_text": N_("må være tekst som ikke er tom"),
    "unknown_approval": N_("ukjent godkjenning «{name}» (bruk {allowed})"),
    "not_table": N_("må være en tabell"),
    "bad_toml": N_("ugyldig TOML: {detail}"),
    "unreadable": N_("kan ikke leses: {detail}"),
    # Programme files (programme_files).
    "unknown_weekday": N_("ukjent ukedag «{name}» (bruk monday … sunday)"),
    "unknown_weekday_key": N_("ukjent ukedag (bruk monday … sunday)"),
    "name_twice": N_("«{name}» står to ganger"),
    "end_not_after_start": N_("må være etter start"),
    "minutes_over_span": N_("kan ikke være mer enn tiden fra start til slutt ({span})"),
    "days_or_iso_week": N_("oppgi enten «days» (datoer) eller «iso_week» (uke), ikke begge/ingen"),
    "only_with_iso_week": N_("brukes bare sammen med «iso_week»"),
    "no_dates": N_("må ha minst én dato"),
    "no_such_week": N_("uke {week} finnes ikke i {year}"),
    "not_teaching_day_in_week": N_("{date} er ikke en undervisningsdag i uke {week}"),
    "no_days_left": N_("samlingen har ingen dager igjen"),
    "date_twice": N_("{date} står to ganger"),
    "no_gatherings": N_("programmet må ha minst én samling"),
    "gathering_id_taken": N_("«{name}» er brukt av en annen samling"),
    "day_outside_programme": N_(
        "{date} ligger utenfor programmets periode {start_date}–{end_date}"
    ),
    "day_without_teaching": N_("{date} er en ukedag uten undervisningstid i teaching.times"),
    "day_in_other_gathering": N_("{date} står også i samlingen «{name}»"),
    "total_below_forms": N_("kan ikke være mindre enn summen av formene ({parts})"),
    "unknown_supervision_form": N_("ukjent veiledningsform «{name}»"),
    "start_end_or_iso_weeks": N_(
        "oppgi enten «start» og «end» eller «iso_weeks», ikke begge/ingen"
    ),
    "ends_before_start": N_("slutter før den starter"),
    "practice_outside_programme": N_(
        "praksisperioden ligger utenfor programmets periode {start_date}–{end_date}"
    ),
    "end_before_start": N_("må være samme dag som eller etter start"),
    # Scheme files (schemes).
    "unknown_profession_code": N_("ukjent profesjonskode «{name}» (bruk {allowed})"),
    "unknown_form": N_("ukjent form «{name}» (bruk {allowed})"),
    "not_url": N_("må være en nettadresse (https://…)"),
    "url_not_page": N_("må vise til selve siden, ikke bare til nettstedet"),
    "url_missing": N_("mangler (oppgi url her eller i [source])"),
    "read_missing": N_("mangler (datoen siden ble lest, her eller i [source])"),
    "unknown_rule_kind": N_("ukjent regeltype «{name}» (bruk {allowed})"),
    "form_not_one_of": N_("må være en av {allowed}, ikke «{name}»"),
    "window_not_programme": N_("må være «programme» (programmets periode)"),
    "years_missing": N_("oppgi min_years og/eller max_years"),
    "max_below_min_years": N_("kan ikke være mindre enn min_years"),
    "prerequisite_without_label": N_("en forutsetning trenger en tekst studenten kan bekrefte"),
    "supervisors_unspecified": N_("oppgi hvilke veiledere som teller (professions/approvals/…)"),
    "participants_unspecified": N_("oppgi hvilken profesjon alle deltakerne må ha"),
    "key_used_in": N_("«{name}» er også brukt i {other}"),
    "after_unknown": N_("«{name}» er ingen tidligere regel om én og samme veileder"),
    "at_most": N_("må være høyst {maximum}"),
    "route_without_rules": N_("et løp må ha minst én regel"),
    "scheme_wide_rule_in_route": N_("gjelder hele ordningen og hører hjemme under [[rules]]"),
    "scheme_without_rules": N_("ordningen må ha minst én regel"),
    "single_route": N_("ett løp alene er ikke et valg: legg reglene under [[rules]]"),
    # The profession vocabulary (professions).
    "bad_profession_code": N_("må være små bokstaver a–z, sifre og «_», og ikke «annet»"),
    "name_taken": N_("«{name}» er allerede brukt om «{other}»"),
    "unknown_profession": N_("ukjent profesjon «{name}»"),
    "title_without_approval": N_("en tittel er en profesjon pluss minst én godkjenning"),
}


def problem(code: str, params: Iterable[tuple[str, str]] = ()) -> str:
    """The sentence for a problem code, in the current language."""
    return render(PROBLEMS[code], params)


def file_field(field: str) -> str:
    """A field as the message names it; the empty field is the file as a whole."""
    return field or _("(fil)")
