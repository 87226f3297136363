"""Labels, professions, programme and scheme texts read in the language in force."""

from __future__ import annotations

from pathlib import Path

import pytest

from miljologg.core import scheme_texts
from miljologg.core.i18n import language
from miljologg.core.labels import ATTENDANCE_LABELS, FORM_LABELS, sign_off_text
from miljologg.core.model import Approval, AttendanceStatus, Form
from miljologg.core.professions import load_vocabulary, vocabulary
from miljologg.core.programmes import bundled_programmes, bundled_schemes
from miljologg.core.resource_files import ResourceFileError, read_document


def test_labels_follow_the_language() -> None:
    seen = {}
    for lang in ("nb", "nn", "en"):
        with language(lang):  # type: ignore[arg-type]
            seen[lang] = (
                FORM_LABELS[Form.EXTERNAL_GROUP],
                ATTENDANCE_LABELS[AttendanceStatus.ABSENT],
                sign_off_text("signed", "10.03.2025", "paper", "Kari"),
            )
    assert seen == {
        "nb": ("Gruppe (ekstern)", "Fraværende", "Signert 10.03.2025 av Kari (papir)"),
        "nn": ("Gruppe (ekstern)", "Fråverande", "Signert 10.03.2025 av Kari (papir)"),
        "en": ("Group (external)", "Absent", "Signed 10.03.2025 by Kari (paper)"),
    }


def test_a_profession_in_any_language_is_the_same_code() -> None:
    for lang, name in (
        ("nb", "Klinisk sosionom"),
        ("nn", "Klinisk sosionom"),
        ("en", "Clinical social worker"),
    ):
        with language(lang):  # type: ignore[arg-type]
            v = vocabulary()
            assert v.name("sosionom", approvals=[Approval.CLINICAL]) == name
            for typed in ("Vernepleier", "vernepleiar", "Social educator"):
                assert v.resolve(typed).code == "vernepleier"
            assert v.resolve("Specialist nurse").approvals == {Approval.SPECIALIST}


def test_scheme_and_programme_texts_in_three_languages() -> None:
    labels = {}
    for lang in ("nb", "nn", "en"):
        with language(lang):  # type: ignore[arg-type]
            scheme = bundled_schemes()["psykologforeningen-spesialist"]
            programme = bundled_programmes()["rbup-kmaa-2024"]
            labels[lang] = (scheme_texts.label(scheme.rules[0]), programme.notes[1], scheme.name)
    assert labels["nb"][0].startswith("Veilederen må være psykologspesialist")
    assert labels["nn"][0].startswith("Rettleiaren må vere psykologspesialist")
    assert labels["en"][0].startswith("The supervisor must be a specialist psychologist")
    assert labels["en"][1] == "Written assignments are handed in between the gatherings."
    assert {names[2] for names in labels.values()} == {labels["nb"][2]}  # the owner's name


def test_a_label_table_needs_all_three_languages(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('name = { nb = "Lege", nn = "Lege" }\n', encoding="utf-8")
    with pytest.raises(ResourceFileError, match="en"):
        read_document(path).label("name")
    path.write_text('name = { nb = "Lege", nn = "Lege", en = "Physician", se = "x" }\n', "utf-8")
    with pytest.raises(ResourceFileError, match="se"):
        read_document(path).label("name")


def test_two_professions_may_not_share_a_name_in_any_language(tmp_path: Path) -> None:
    path = tmp_path / "professions.toml"
    path.write_text(
        '[[professions]]\ncode = "a"\nname = { nb = "A", nn = "A", en = "Same" }\n'
        '[[professions]]\ncode = "b"\nname = { nb = "B", nn = "B", en = "Same" }\n',
        encoding="utf-8",
    )
    with pytest.raises(ResourceFileError, match="Same"):
        load_vocabulary(path)
