"""The professions vocabulary: names, synonyms and titles resolve to codes; nothing is guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from miljologg.core.model import Approval, Profile, Supervisor
from miljologg.core.professions import (
    OTHER,
    load_vocabulary,
    profile_profession_name,
    supervisor_profession_name,
    vocabulary,
)
from miljologg.core.resource_files import ResourceFileError

CLIN, SPEC, FO = Approval.CLINICAL, Approval.SPECIALIST, Approval.FO_SUPERVISOR


@pytest.mark.parametrize(
    ("typed", "code", "approvals"),
    [
        ("Klinisk sosionom", "sosionom", {CLIN}),
        ("  klinisk   SOSIONOM ", "sosionom", {CLIN}),
        ("Klinisk barnevernspedagog", "barnevernspedagog", {CLIN}),
        ("Psykologspesialist", "psykolog", {SPEC}),
        ("Spesialpsykolog", "psykolog", {SPEC}),
        ("Psykiater", "lege", {SPEC}),
        ("Spesialsykepleier", "sykepleier", {SPEC}),
        ("Vernepleier", "vernepleier", set()),
        ("Barnevernspedagog", "barnevernspedagog", set()),
        ("barnevernpedagog", "barnevernspedagog", set()),
        ("Sosionom", "sosionom", set()),
        ("Psykolog", "psykolog", set()),
        ("Lege", "lege", set()),
        ("Sykepleier", "sykepleier", set()),
        ("Ergoterapeut", "ergoterapeut", set()),
        ("Pedagog", "pedagog", set()),
        ("Spesialpedagog", "spesialpedagog", set()),
        ("Familieterapeut", "familieterapeut", set()),
        ("sosionom", "sosionom", set()),  # a code is its own name
    ],
)
def test_names_synonyms_and_titles_resolve(typed: str, code: str, approvals: set[Approval]) -> None:
    found = vocabulary().resolve(typed)
    assert (found.code, set(found.approvals), found.other) == (code, approvals, "")
    assert vocabulary().lookup(typed) == found


@pytest.mark.parametrize("typed", ["Miljøterapeut", "Sosionom/familieterapeut", "Klinisk"])
def test_anything_else_is_annet_with_the_text_as_typed(typed: str) -> None:
    found = vocabulary().resolve(f" {typed} ")
    assert (found.code, found.approvals, found.other) == (OTHER, frozenset(), typed)
    assert not found.known
    assert vocabulary().lookup(typed) is None  # what the command line refuses


def test_blank_is_not_registered_and_annet_alone_has_no_text() -> None:
    assert vocabulary().resolve("  ").code == ""
    assert (vocabulary().resolve("Annet").code, vocabulary().resolve("Annet").other) == (OTHER, "")


def test_a_stored_profession_reads_as_its_title_name_or_text() -> None:
    kari = Supervisor("k", "Kari", "sosionom", frozenset({CLIN, FO, Approval.PROGRAMME}))
    assert supervisor_profession_name(kari) == "Klinisk sosionom"
    assert supervisor_profession_name(Supervisor("o", "Ola", "psykolog", frozenset({SPEC}))) == (
        "Psykologspesialist"
    )
    assert supervisor_profession_name(Supervisor("s", "Siri", "sosionom")) == "Sosionom"
    other = Supervisor("m", "Mona", OTHER, profession_other="Musikkterapeut")
    assert supervisor_profession_name(other) == "Musikkterapeut"
    assert supervisor_profession_name(Supervisor("n", "Nils")) == ""
    assert profile_profession_name(Profile("p", "P", profession="barnevernspedagog")) == (
        "Barnevernspedagog"
    )


def test_the_bundled_vocabulary_is_professions_not_positions() -> None:
    codes = set(vocabulary().codes())
    assert {"sosionom", "barnevernspedagog", "vernepleier", "psykolog", "lege"} <= codes
    # Titles are a profession plus approvals, never a profession of their own.
    assert not codes & {"klinisk_sosionom", "psykologspesialist", "spesialpsykolog", "psykiater"}
    assert "miljoterapeut" not in codes  # a position, not a profession
    assert all(t.approvals for t in vocabulary().titles)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('[[professions]]\ncode = "a"\nname = "A"\n[[professions]]\ncode = "b"\nname = "a"\n',
         "professions[1].name"),
        ('[[professions]]\ncode = "annet"\nname = "X"\n', "professions[0].code"),
        ('[[professions]]\ncode = "a"\nname = "A"\n'
         '[[titles]]\nname = "T"\nprofession = "b"\napprovals = ["clinical"]\n',
         "titles[0].profession"),
        ('[[professions]]\ncode = "a"\nname = "A"\n'
         '[[titles]]\nname = "T"\nprofession = "a"\napprovals = []\n', "titles[0].approvals"),
        ('[[professions]]\ncode = "a"\nname = "A"\n'
         '[[titles]]\nname = "A"\nprofession = "a"\napprovals = ["clinical"]\n', "titles[0].name"),
        ('[[professions]]\ncode = "a"\nname = "A"\nsynonym = ["x"]\n', "professions[0].synonym"),
    ],
)  # fmt: skip
def test_a_bad_vocabulary_names_the_field(tmp_path: Path, text: str, field: str) -> None:
    with pytest.raises(ResourceFileError) as caught:
        load_vocabulary(_write(tmp_path, text))
    assert caught.value.field == field
