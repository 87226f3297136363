"""Programme and scheme files: the bundled data is what the sources say, and bad files are
rejected with a message naming the file and the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from miljologg.assets import resources_dir
from miljologg.core.model import Form
from miljologg.core.programmes import (
    Gathering,
    Programme,
    ResourceFileError,
    RuleKind,
    Source,
    TeachingTime,
    bundled_programmes,
    bundled_schemes,
    load_programme,
    load_scheme,
)

D = dt.date
RBUP_ID = "rbup-kmaa-2024"
PHA_ID = "psykisk-helsearbeid-2023h"


@pytest.fixture(scope="module")
def rbup() -> Programme:
    return bundled_programmes()[RBUP_ID]


@pytest.fixture(scope="module")
def pha() -> Programme:
    return bundled_programmes()[PHA_ID]


# --- RBUP -------------------------------------------------------------------------------------


def test_rbup_shape_matches_the_programme_page(rbup: Programme) -> None:
    assert len(rbup.gatherings) == 22
    assert len(rbup.teaching_days()) == 44
    assert rbup.planned_teaching_minutes == 275 * 60
    assert rbup.start == D(2024, 11, 4)
    assert rbup.end == D(2026, 9, 22) == rbup.teaching_days()[-1].date
    assert rbup.verified is True
    assert rbup.source.title
    assert rbup.provider and rbup.cohort


def test_rbup_supervision_requirements_in_minutes(rbup: Programme) -> None:
    assert rbup.supervision_minutes(Form.GATHERING_GROUP) == 25 * 60
    assert rbup.supervision_minutes(Form.EXTERNAL_GROUP) == 55 * 60
    assert rbup.supervision_minutes(Form.INDIVIDUAL) == 40 * 60
    assert rbup.supervision_total_minutes == 120 * 60
    assert sum(rbup.supervision_minutes(f) for f in Form) == rbup.supervision_total_minutes
    assert rbup.approved_supervisor_forms == {Form.INDIVIDUAL, Form.EXTERNAL_GROUP}
    assert rbup.attendance_min_percent == 80
    assert rbup.supervision_participation_percent == 100
    assert rbup.has_supervision_requirements


@pytest.mark.parametrize(
    ("term", "count"),
    [("Høst 2024", 3), ("Vår 2025", 6), ("Høst 2025", 5), ("Vår 2026", 6), ("Høst 2026", 2)],
)
def test_rbup_gatherings_per_term(rbup: Programme, term: str, count: int) -> None:
    assert sum(1 for g in rbup.gatherings if g.term == term) == count


def test_rbup_gatherings_are_monday_tuesday_pairs(rbup: Programme) -> None:
    for g in rbup.gatherings:
        assert [d.weekday() for d in g.days] == [0, 1]
        assert g.days[1] - g.days[0] == dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("day", "minutes", "start", "end"),
    [
        (D(2024, 11, 4), 420, dt.time(10), dt.time(17)),
        (D(2024, 11, 5), 330, dt.time(9), dt.time(14, 30)),
        (D(2026, 8, 31), 420, dt.time(10), dt.time(17)),
        (D(2026, 9, 1), 330, dt.time(9), dt.time(14, 30)),
    ],
)
def test_rbup_teaching_day_times(
    rbup: Programme, day: dt.date, minutes: int, start: dt.time, end: dt.time
) -> None:
    t = rbup.teaching_day(day)
    assert t is not None
    assert (t.planned_minutes, t.start, t.end) == (minutes, start, end)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2024, 11, 4), True),
        (D(2024, 11, 6), False),  # Wednesday after the first gathering
        (D(2025, 6, 17), True),
        (D(2025, 6, 23), False),
        (D(2026, 9, 22), True),
        (D(2024, 11, 3), False),
    ],
)
def test_rbup_is_gathering_day(rbup: Programme, day: dt.date, expected: bool) -> None:
    assert rbup.is_gathering_day(day) is expected
    assert (rbup.teaching_day(day) is not None) is expected


def test_teaching_days_sorted_and_linked_to_gatherings(rbup: Programme) -> None:
    days = rbup.teaching_days()
    assert list(days) == sorted(days, key=lambda d: d.date)
    ids = {g.id for g in rbup.gatherings}
    assert {d.gathering_id for d in days} == ids
    assert rbup.teaching_day(D(2024, 11, 25)).gathering_id == rbup.gatherings[1].id  # type: ignore[union-attr]


# --- psykisk helsearbeid (ISO weeks) ----------------------------------------------------------


def test_iso_week_gatherings(pha: Programme) -> None:
    weeks = [(g.days[0].isocalendar().year, g.days[0].isocalendar().week) for g in pha.gatherings]
    assert weeks == [(2024, 37), (2024, 49), (2025, 4), (2025, 10), (2025, 22)]
    first = pha.gatherings[0]
    assert first.days == tuple(D(2024, 9, d) for d in range(9, 14))  # Monday–Friday
    assert pha.verified is False
    assert pha.notes


def test_iso_week_skip_day(pha: Programme) -> None:
    last = pha.gatherings[-1]
    assert D(2025, 5, 29) not in last.days  # Kristi himmelfartsdag
    assert last.days == (D(2025, 5, 26), D(2025, 5, 27), D(2025, 5, 28), D(2025, 5, 30))
    assert len(pha.teaching_days()) == 4 * 5 + 4


def test_practice_period_weeks_39_to_46(pha: Programme) -> None:
    (period,) = pha.practice_periods
    assert (period.start, period.end) == (D(2024, 9, 23), D(2024, 11, 17))
    assert (period.end - period.start).days + 1 == 8 * 7
    assert pha.is_practice_day(D(2024, 10, 1))
    assert not pha.is_practice_day(D(2024, 11, 18))


def test_programme_without_supervision_requirements(pha: Programme) -> None:
    assert pha.supervision_total_minutes == 0
    assert not pha.has_supervision_requirements
    assert all(pha.supervision_minutes(f) == 0 for f in Form)
    assert pha.approved_supervisor_forms == frozenset()


def test_bundled_ids_match_file_names_and_are_cached() -> None:
    for folder, items in (("programmes", bundled_programmes()), ("schemes", bundled_schemes())):
        stems = {p.stem for p in (resources_dir() / folder).glob("*.toml")}
        assert set(items) == stems
    assert bundled_programmes() is bundled_programmes()


def test_programme_built_by_hand_rejects_a_weekday_without_times() -> None:
    with pytest.raises(ValueError, match="undervisningstid"):
        Programme(
            id="x", name="X", provider="P", cohort="K", start=D(2025, 1, 1), end=D(2025, 12, 31),
            source=Source("s"), verified=False,
            gatherings=(Gathering("g", "Vår 2025", (D(2025, 1, 8),)),),  # a Wednesday
            teaching_times=(TeachingTime(0, dt.time(9), dt.time(15), 360),),
        )  # fmt: skip


# --- schemes ----------------------------------------------------------------------------------


def test_psykologforeningen_hour_is_45_minutes() -> None:
    scheme = bundled_schemes()["psykologforeningen-spesialist"]
    assert scheme.hour_minutes == 45
    rules = {r.key: r for r in scheme.rules}
    assert rules["total"].minutes == 240 * 45 == 10_800
    assert rules["individual"].minutes == 40 * 45
    assert scheme.max_group_size == 4
    assert rules["supervisors"].count == 2


@pytest.mark.parametrize(
    ("scheme_id", "total_hours"),
    [
        ("fo-klinisk-barnevernspedagog", 200),
        ("fo-klinisk-sosionom", 200),  # route 1; route 2 has 240
        ("fagforbundet-klinisk-fagstige-niva-1", 40),
        ("fagforbundet-klinisk-fagstige-niva-2", 70),
        ("fagforbundet-klinisk-fagstige-niva-3", 100),
        ("fagforbundet-klinisk-fagstige-niva-4", 100),  # received; 30 more given
        ("psykologforeningen-spesialist", 240),
    ],
)
def test_scheme_totals(scheme_id: str, total_hours: int) -> None:
    scheme = bundled_schemes()[scheme_id]
    (total,) = [r for r in scheme.all_rules if r.key == "total"]
    assert total.kind is RuleKind.MIN_TOTAL_HOURS
    assert total.minutes == total_hours * scheme.hour_minutes


def test_fo_faglig_veileder_is_40_received_20_given_10_on_given_and_30_more() -> None:
    scheme = bundled_schemes()["fo-faglig-veileder"]
    rules = {r.key: r for r in scheme.all_rules}
    assert (rules["same-supervisor"].hours, rules["given"].hours, rules["on-given"].hours) == (
        40,
        20,
        10,
    )
    assert (rules["given"].form, rules["on-given"].form) == ("given", "supervision_on_supervision")
    assert [route.key for route in scheme.routes] == ["valgfri-a", "valgfri-b", "valgfri-c"]
    assert rules["optional-30"].hours == 30 and rules["optional-30"].after == "same-supervisor"
    assert not any(r.kind is RuleKind.MIN_TOTAL_HOURS for r in scheme.all_rules)


def test_every_scheme_has_a_source_and_fagforbundet_is_unverified() -> None:
    for scheme in bundled_schemes().values():
        assert scheme.source.title and scheme.organisation
        assert scheme.verified is not scheme.id.startswith("fagforbundet")


def test_every_requirement_cites_a_page_a_date_and_a_sentence() -> None:
    """Issue 11 §2: the exact page (not a domain root), the date read, the sentence encoded."""
    from urllib.parse import urlsplit

    for scheme in bundled_schemes().values():
        for rule in scheme.all_rules:
            c = rule.citation
            assert c is not None, (scheme.id, rule.key)
            parts = urlsplit(c.url)
            assert parts.scheme in ("http", "https") and parts.path.strip("/"), c.url
            assert c.read == D(2026, 11, 29)
            assert len(c.quote) > 15 and c.quote == c.quote.strip()
        if scheme.verified:  # a union's own page, not a copy
            hosts = {urlsplit(r.citation.url).netloc for r in scheme.all_rules if r.citation}
            assert hosts <= {"www.fo.no", "fo.no", "brosjyrer.fo.no", "www.psykologforeningen.no"}


def test_fagforbundet_files_say_which_track_they_encode() -> None:
    for level in (1, 2, 3, 4):
        scheme = bundled_schemes()[f"fagforbundet-klinisk-fagstige-niva-{level}"]
        assert "høyskole" in scheme.track and not scheme.verified
        assert any("assistent" in n for n in scheme.notes)


def test_a_prerequisite_code_means_the_same_in_every_scheme() -> None:
    labels: dict[str, set[str]] = {}
    for scheme in bundled_schemes().values():
        for rule in scheme.all_rules:
            if rule.kind is RuleKind.PREREQUISITE:
                labels.setdefault(rule.prerequisite, set()).add(rule.label)
    assert labels["fo_faglig_veileder"] == {"Du er godkjent faglig veileder av FO"}
    assert all(len(texts) == 1 for texts in labels.values()), labels


# --- loader errors ----------------------------------------------------------------------------

PROGRAMME = """
id = "test"
name = "Testprogram"
provider = "Test"
cohort = "Kull 1"
start = 2025-01-06
end = 2025-06-30
verified = false

[source]
title = "Test"

[teaching]
weekdays = ["monday", "tuesday"]

[teaching.times]
monday = { start = "10:00", end = "17:00" }
tuesday = { start = "09:00", end = "14:30" }

[requirements]
attendance_min_percent = 80

[requirements.supervision]
individual_minutes = 2400
external_group_minutes = 600
approved_supervisor_forms = ["individual"]

[[gatherings]]
id = "a"
term = "Vår 2025"
days = [2025-01-06, 2025-01-07]

[[gatherings]]
id = "b"
term = "Vår 2025"
iso_week = { year = 2025, week = 10 }
"""


def write(tmp_path: Path, text: str, name: str = "bad.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_programme_loads(tmp_path: Path) -> None:
    p = load_programme(write(tmp_path, PROGRAMME, "ok.toml"))
    assert [len(g.days) for g in p.gatherings] == [2, 2]  # ISO week: the listed weekdays only
    assert p.supervision_total_minutes == 3000  # defaults to the sum of the forms
    assert p.supervision_participation_percent == 0


@pytest.mark.parametrize(
    ("old", "new", "field", "fragment"),
    [
        ("individual_minutes = 2400", "individual_minutes = -5",
         "requirements.supervision.individual_minutes", "heltall ≥ 0"),
        ("individual_minutes = 2400", 'individual_minutes = "40"',
         "requirements.supervision.individual_minutes", "heltall ≥ 0"),
        ("individual_minutes = 2400", "individual_minute = 2400",
         "requirements.supervision.individual_minute", "ukjent felt"),
        ("individual_minutes = 2400", "individual_minutes = 2400\ntotal_minutes = 100",
         "requirements.supervision.total_minutes", "summen"),
        ('name = "Testprogram"\n', "", "name", "mangler"),
        ("end = 2025-06-30", "end = 2024-06-30", "end", "etter start"),
        ("start = 2025-01-06", 'start = "6.1.2025"', "start", "dato"),
        ("days = [2025-01-06, 2025-01-07]", "days = [2025-01-06, 2025-07-07]",
         "gatherings[0].days", "utenfor"),
        ("days = [2025-01-06, 2025-01-07]", "days = [2025-01-06, 2025-01-08]",
         "gatherings[0].days", "ukedag"),
        ("days = [2025-01-06, 2025-01-07]", "days = [2025-03-03]",
         "gatherings[1].days", "står også"),
        ("days = [2025-01-06, 2025-01-07]", "days = [2025-01-06, 2025-01-06]",
         "gatherings[0].days[1]", "to ganger"),
        ("week = 10", "week = 54", "gatherings[1].iso_week.week", "finnes ikke"),
        ('monday = { start = "10:00"', 'monday = { start = "25:00"',
         "teaching.times.monday.start", "klokkeslett"),
        ('end = "17:00"', 'end = "08:00"', "teaching.times.monday.end", "etter start"),
        ('weekdays = ["monday", "tuesday"]', 'weekdays = ["mandag"]',
         "teaching.weekdays[0]", "ukjent ukedag"),
        ('["individual"]', '["individuell"]',
         "requirements.supervision.approved_supervisor_forms[0]", "ukjent veiledningsform"),
        ("attendance_min_percent = 80", "attendance_min_percent = 180",
         "requirements.attendance_min_percent", "mellom 0 og 100"),
        ("verified = false", 'verified = "nei"', "verified", "true eller false"),
        ('id = "a"', 'id = "A b"', "gatherings[0].id", "små bokstaver"),
        ('id = "b"', 'id = "a"', "gatherings[1].id", "annen samling"),
        ("iso_week = { year = 2025, week = 10 }",
         "iso_week = { year = 2025, week = 10 }\ndays = [2025-03-03]",
         "gatherings[1].days", "ikke begge"),
        ("[source]", "[kilde]", "kilde", "ukjent felt"),
    ],
)  # fmt: skip
def test_programme_errors_name_file_and_field(
    tmp_path: Path, old: str, new: str, field: str, fragment: str
) -> None:
    assert old in PROGRAMME
    path = write(tmp_path, PROGRAMME.replace(old, new, 1))
    with pytest.raises(ResourceFileError) as info:
        load_programme(path)
    err = info.value
    assert str(err).startswith(f"bad.toml: {field}: ")
    assert (err.file, err.field) == ("bad.toml", field)
    assert fragment in str(err)


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ('[[practice_periods]]\nlabel = "P"\nstart = 2024-12-01\nend = 2025-01-31\n',
         "practice_periods[0].start"),
        ('[[practice_periods]]\nlabel = "P"\nstart = 2025-02-01\nend = 2025-01-31\n',
         "practice_periods[0].end"),
        ('[[practice_periods]]\nlabel = "P"\niso_weeks = { year = 2025, first = 5, last = 60 }\n',
         "practice_periods[0].iso_weeks.last"),
    ],
)  # fmt: skip
def test_practice_period_errors(tmp_path: Path, extra: str, field: str) -> None:
    with pytest.raises(ResourceFileError) as info:
        load_programme(write(tmp_path, PROGRAMME + "\n" + extra))
    assert str(info.value).startswith(f"bad.toml: {field}: ")


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ResourceFileError, match=r"^broken\.toml: \(fil\): ugyldig TOML"):
        load_programme(write(tmp_path, 'id = "x\n', "broken.toml"))


SCHEME = """
id = "test-scheme"
name = "Test"
organisation = "Testforbundet"
verified = false
hour_minutes = 45

[source]
title = "Test"
url = "https://example.org/krav"
read = 2026-11-29

[[rules]]
kind = "min_total_hours"
hours = 10
quote = "Minst ti timer."

[[rules]]
kind = "min_hours_from"
hours = 4
approvals = ["fo_supervisor"]
quote = "Fire timer fra godkjent veileder."
"""


def test_minimal_scheme_loads_and_converts_hours(tmp_path: Path) -> None:
    scheme = load_scheme(write(tmp_path, SCHEME, "ok.toml"))
    assert [r.minutes for r in scheme.rules] == [450, 180]
    assert [r.key for r in scheme.rules] == ["min_total_hours-1", "min_hours_from-2"]


@pytest.mark.parametrize(
    ("old", "new", "field", "fragment"),
    [
        ('kind = "min_total_hours"', 'kind = "group_counts_half"', "rules[0].kind", "ukjent"),
        ("hours = 10", "hours = -1", "rules[0].hours", "≥ 0"),
        ("hours = 10", "hours = 10\nform = \"individual\"", "rules[0].form", "ukjent felt"),
        ('approvals = ["fo_supervisor"]', "", "rules[1].professions", "hvilke veiledere"),
        ('approvals = ["fo_supervisor"]', 'approvals = ["fo"]', "rules[1].approvals[0]",
         "ukjent godkjenning"),
        ("hour_minutes = 45", "hour_minutes = 0", "hour_minutes", "heltall ≥ 1"),
        ('title = "Test"', 'titel = "Test"', "source.titel", "ukjent felt"),
        ('url = "https://example.org/krav"', 'url = "https://example.org/"', "source.url",
         "selve siden"),
        ('url = "https://example.org/krav"', 'url = "example.org/krav"', "source.url",
         "nettadresse"),
        ('quote = "Minst ti timer."\n', "", "rules[0].quote", "mangler"),
        ("read = 2026-11-29", "", "rules[0].read", "datoen"),
        ('approvals = ["fo_supervisor"]', 'professions = ["klinisk sosionom"]',
         "rules[1].professions[0]", "ukjent profesjonskode"),
    ],
)  # fmt: skip
def test_scheme_errors_name_file_and_field(
    tmp_path: Path, old: str, new: str, field: str, fragment: str
) -> None:
    assert old in SCHEME
    with pytest.raises(ResourceFileError) as info:
        load_scheme(write(tmp_path, SCHEME.replace(old, new, 1)))
    assert str(info.value).startswith(f"bad.toml: {field}: ")
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        ('kind = "span_years"\nmin_years = 4\nmax_years = 2', "rules[2].max_years"),
        ('kind = "span_years"', "rules[2].min_years"),
        ('kind = "min_form_hours"\nhours = 1\nform = "both"', "rules[2].form"),
        ('kind = "max_group_size"\nsize = 0', "rules[2].size"),
        ('kind = "min_supervisors"\ncount = 1.5', "rules[2].count"),
        ('key = "min_total_hours-1"\nkind = "min_supervisors"\ncount = 2', "rules[2].key"),
        ('kind = "min_total_hours"\nhours = 1\nwindow = "year"', "rules[2].window"),
        ('kind = "min_hours_same_supervisor"\nhours = 1\nafter = "nope"', "rules[2].after"),
        ('kind = "min_hours_from"\nhours = 1\nforms = ["indiv"]\napprovals = ["clinical"]',
         "rules[2].forms[0]"),
        ('kind = "prerequisite"\nprerequisite = "x"', "rules[2].label"),
        ('kind = "group_participants"', "rules[2].professions"),
        ('kind = "supervisor_must_be"', "rules[2].professions"),
    ],
)  # fmt: skip
def test_scheme_rule_errors(tmp_path: Path, rule: str, field: str) -> None:
    text = SCHEME + "\n[[rules]]\n" + rule + '\nquote = "Setningen."\n'
    with pytest.raises(ResourceFileError) as info:
        load_scheme(write(tmp_path, text))
    assert info.value.field == field


ROUTES = """
[[routes]]
key = "a"
label = "Løp A"

[[routes.rules]]
kind = "min_total_hours"
key = "a-total"
hours = 2
quote = "To timer."
"""


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ("", "routes"),  # one route alone is no choice
        ('[[routes]]\nkey = "b"\nlabel = "B"\n[[routes.rules]]\nkind = "max_group_size"\nsize = 2\n'
         'quote = "Maks to."\n', "routes[1].rules[0].kind"),
        ('[[routes]]\nkey = "a"\nlabel = "B"\n[[routes.rules]]\nkind = "min_total_hours"\n'
         'hours = 1\nquote = "En."\n', "routes[1].key"),
        ('[[routes]]\nkey = "b"\nlabel = "B"\n[[routes.rules]]\nkind = "min_total_hours"\n'
         'key = "a-total"\nhours = 1\nquote = "En."\n', "routes[1].rules[0].key"),
    ],
)  # fmt: skip
def test_route_errors(tmp_path: Path, extra: str, field: str) -> None:
    with pytest.raises(ResourceFileError) as info:
        load_scheme(write(tmp_path, SCHEME + ROUTES + extra))
    assert info.value.field == field


def test_routes_load_with_their_rules(tmp_path: Path) -> None:
    extra = (
        '[[routes]]\nkey = "b"\nlabel = "Løp B"\n[[routes.rules]]\nkind = "prerequisite"\n'
        'prerequisite = "kurs"\nlabel = "Du har tatt kurset"\nquote = "Kurs."\n'
        'url = "https://example.org/kurs"\nread = 2026-11-30\n'
    )
    scheme = load_scheme(write(tmp_path, SCHEME + ROUTES + extra, "ok.toml"))
    assert [(r.key, [x.key for x in r.rules]) for r in scheme.routes] == [
        ("a", ["a-total"]),
        ("b", ["prerequisite-1"]),
    ]
    (prereq,) = scheme.routes[1].rules
    shared = scheme.routes[0].rules[0].citation
    assert prereq.citation is not None and shared is not None
    assert (prereq.citation.url, prereq.citation.read) == (
        "https://example.org/kurs",
        D(2026, 11, 30),
    )
    assert (shared.url, shared.read) == ("https://example.org/krav", D(2026, 11, 29))
