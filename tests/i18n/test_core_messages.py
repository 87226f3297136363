"""Core's own messages in the language asked for: what is wrong in a programme or scheme file
(``resource_texts``) and why a key, envelope or signed payload cannot be used
(``signing_texts``) read in nynorsk and English with none of the app's bokmål words, while the
same messages in bokmål do have them (so the check can fail)."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from miljologg.core import key_envelope, programme_texts, resource_texts, signing, signing_texts
from miljologg.core.i18n import Language, language
from miljologg.core.professions import vocabulary
from miljologg.core.programmes import ResourceFileError, load_programme, load_scheme
from miljologg.core.sentences import Template, render
from tests.core.test_programmes import PROGRAMME, SCHEME, write
from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers, leftovers_exact

TERMS: dict[Language, frozenset[str]] = {"nn": NOT_NYNORSK, "en": NOT_ENGLISH}
#: What the person fixing a file types stays as written: TOML keys and values, file names.
KEPT = ("annet", "monday", "sunday", "programme", "iso_week", "iso_weeks", "min_years")


def _placeholders(template: Template) -> set[str]:
    forms = template if isinstance(template, tuple) else (template,)
    return {name for form in forms for _t, name, _s, _c in string.Formatter().parse(form) if name}


def _sample(name: str) -> str:
    if name.endswith("date"):
        return "2025-03-10"
    if name.endswith(("count", "number", "minimum", "maximum", "span", "parts", "week", "year")):
        return "8"
    return "x"


def _sentences() -> Iterator[tuple[str, str]]:
    for table in (resource_texts.PROBLEMS, signing_texts.PROBLEMS):
        for code, template in table.items():
            params = tuple((name, _sample(name)) for name in sorted(_placeholders(template)))
            yield code, render(template, params)


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_every_core_problem_speaks_the_language(lang: Language) -> None:
    with language("nb"):
        source = dict(_sentences())
    with language(lang):
        said = dict(_sentences())
    left = {code: leftovers(text, TERMS[lang], KEPT) for code, text in said.items()}
    assert {code: words for code, words in left.items() if words} == {}
    # Nynorsk shares many words with bokmål («ukjent felt»); English shares none of these.
    same = [code for code, text in said.items() if text == source[code]]
    assert same == [] if lang == "en" else len(same) < len(said) / 4, same


def test_the_same_problems_in_bokmal_have_bokmal_words() -> None:
    with language("nb"):
        text = " ".join(t for _c, t in _sentences())
    assert {"ikke", "mangler"} <= set(leftovers(text, NOT_NYNORSK, KEPT))
    assert {"og", "av", "er"} <= set(leftovers(text, NOT_ENGLISH, KEPT))


#: Broken programme files (old → new in the test programme), each a different mistake.
BROKEN_PROGRAMMES = [
    ('name = "Testprogram"\n', ""),
    ("end = 2025-06-30", "end = 2024-06-30"),
    ("days = [2025-01-06, 2025-01-07]", "days = [2025-01-06, 2025-07-07]"),
    ("days = [2025-01-06, 2025-01-07]", "days = [2025-03-03]"),
    ("week = 10", "week = 54"),
    ('weekdays = ["monday", "tuesday"]', 'weekdays = ["mandag"]'),
    ("attendance_min_percent = 80", "attendance_min_percent = 180"),
    ("individual_minutes = 2400", "individual_minutes = 2400\ntotal_minutes = 100"),
    ('id = "b"', 'id = "a"'),
    ("iso_week = { year = 2025, week = 10 }", "iso_week = { year = 2025, week = 10 }\ndays = []"),
]
BROKEN_SCHEMES = [
    ('approvals = ["fo_supervisor"]', ""),
    ('url = "https://example.org/krav"', 'url = "https://example.org/"'),
    ("read = 2026-11-29", ""),
    ('approvals = ["fo_supervisor"]', 'professions = ["klinisk sosionom"]'),
    ("hour_minutes = 45", "hour_minutes = 200"),
]


def _errors(tmp_path: Path, lang: Language) -> list[str]:
    out = []
    for loader, base, cases in (
        (load_programme, PROGRAMME, BROKEN_PROGRAMMES),
        (load_scheme, SCHEME, BROKEN_SCHEMES),
    ):
        for old, new in cases:
            assert old in base
            with pytest.raises(ResourceFileError) as info:
                loader(write(tmp_path, base.replace(old, new, 1)))
            with language(lang):
                out.append(str(info.value))
    with pytest.raises(ResourceFileError) as info:
        load_programme(write(tmp_path, 'id = "x\n'))
    with language(lang):
        out.append(str(info.value))
    return out


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_a_broken_file_is_named_in_the_language(tmp_path: Path, lang: Language) -> None:
    errors = _errors(tmp_path, lang)
    assert all(e.startswith("bad.toml: ") for e in errors)
    # «klinisk sosionom» is the file's own (wrong) value, quoted back as written, and the
    # profession codes it may use instead are codes (barne_og_ungdomsarbeider).
    kept = (*KEPT, "klinisk sosionom", *vocabulary().codes())
    assert [leftovers_exact(e, TERMS[lang], kept) for e in errors] == [[] for _e in errors]
    assert errors != _errors(tmp_path, "nb")


def test_a_broken_file_in_bokmal_and_english_dates(tmp_path: Path) -> None:
    nb, en = _errors(tmp_path, "nb"), _errors(tmp_path, "en")
    assert any("ikke" in e for e in nb) and any("mangler" in e for e in nb)
    assert en[-1].startswith("bad.toml: (file): invalid TOML")
    assert nb[-1].startswith("bad.toml: (fil): ugyldig TOML")
    # The date outside the programme is written the language's way.
    assert "7 Jul 2025" in en[2] and "07.07.2025" in nb[2]
    assert re.search(r"6 Jan 2025.30 Jun 2025", en[2])


def test_signing_errors_follow_the_language() -> None:
    envelope = key_envelope.encrypt_private(signing.generate(), "riktig passord")
    with pytest.raises(key_envelope.WrongPassphraseError) as wrong:
        key_envelope.decrypt_private(envelope, "galt passord")
    with pytest.raises(signing.SigningError) as short:
        key_envelope.encrypt_private(signing.generate(), "kort")
    with pytest.raises(signing.SigningError) as payload:
        signing.parse_payload(b"miljologg-session-v1\nid=1\n")
    said = {}
    for lang in ("nb", "nn", "en"):
        with language(lang):
            said[lang] = [str(wrong.value), str(short.value), str(payload.value)]
    assert said["nb"] == [
        "Feil passordfrase.",
        "Passordfrasen må ha minst 8 tegn.",
        "Det signerte innholdet har feil antall felt.",
    ]
    assert said["en"] == [
        "Wrong passphrase.",
        "The passphrase must be at least 8 characters long.",
        "The signed content has the wrong number of fields.",
    ]
    assert said["nn"][1:] == [
        "Passordfrasen må ha minst 8 teikn.",
        "Det signerte innhaldet har feil tal på felt.",
    ]


@pytest.mark.parametrize("held", [1, 2])
@pytest.mark.parametrize("missed", [0, 1, 3])
def test_the_participation_line_agrees_with_one_and_many_in_nynorsk(held: int, missed: int) -> None:
    """«1 møte haldne, 1 avlyste eller uteblivne» put plural participles beside a count of one;
    the nynorsk line reads as a label with its count (no agreement to get wrong), in every
    number, and still names both counts."""
    params = (("held_count", str(held)), ("missed_count", str(missed)))
    with language("nn"):
        text = programme_texts.note("participation_sessions", params)
    assert text == f"Halde: {held} møte. Avlyst eller uteblitt: {missed}."
    assert programme_texts.note("participation_sessions", params).startswith(
        f"{held} møte{'' if held == 1 else 'r'} holdt"
    )
