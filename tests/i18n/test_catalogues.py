"""The catalogues are what their sources make them: run ``scripts/translations.py update`` after
changing a user-facing string, translate what it reports, and these pass again.

- gettext (Babel): the template holds exactly the messages in the source, every message has a
  nynorsk and an English translation, and each shipped ``.mo`` is its ``.po`` compiled;
- Qt Linguist: ``pyside6-lupdate`` run over ``miljologg/ui`` into a copy of each ``.ts`` changes
  nothing, and each shipped ``.qm`` is what ``pyside6-lrelease`` makes of its ``.ts``.
"""

from __future__ import annotations

import gettext
import io
import shutil
from pathlib import Path

import pytest

from tests.i18n.scripts import load_script

tr = load_script("translations")
HOW = "run «python scripts/translations.py update» and translate what it reports"


def test_the_template_holds_every_message_of_the_source() -> None:
    extracted = tr.message_keys(tr.extract())
    template = tr.message_keys(tr.read_catalog(tr.POT))
    assert len(extracted) > 10  # the extraction found the catalogue's messages
    assert sorted(map(str, extracted - template)) == [], f"new messages: {HOW}"
    assert sorted(map(str, template - extracted)) == [], f"messages gone from the source: {HOW}"


@pytest.mark.parametrize("lang", tr.TARGETS)
def test_every_message_is_translated(lang: str) -> None:
    catalog = tr.read_catalog(tr.po_path(lang), lang)
    template = tr.message_keys(tr.read_catalog(tr.POT))
    assert tr.message_keys(catalog) == template, f"{lang}.po is not merged: {HOW}"
    assert tr.untranslated(catalog) == []


@pytest.mark.parametrize("lang", tr.TARGETS)
def test_the_shipped_mo_is_the_po_compiled(lang: str) -> None:
    po = tr.po_path(lang)
    fresh = tr.compile_mo(tr.read_catalog(po, lang))
    shipped = po.with_suffix(".mo").read_bytes()
    assert gettext.GNUTranslations(io.BytesIO(fresh))._catalog == (
        gettext.GNUTranslations(io.BytesIO(shipped))._catalog
    ), f"{lang}: {HOW}"


def test_a_message_missing_from_a_catalogue_is_found() -> None:
    """The checks above can fail: an entry emptied in a copy is reported."""
    catalog = tr.read_catalog(tr.po_path("en"), "en")
    first = next(m for m in catalog if m.id)
    first.string = ("", "") if isinstance(first.id, tuple | list) else ""
    assert tr.untranslated(catalog) != []


@pytest.mark.parametrize("lang", tr.QT_LANGUAGES)
def test_lupdate_changes_no_ts_file(tmp_path: Path, lang: str) -> None:
    shipped = tr.ts_path(lang)
    copy = tmp_path / shipped.name
    shutil.copyfile(shipped, copy)
    tr.run_lupdate(copy, lang)
    assert copy.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8"), (
        f"{shipped.name} is not up to date with miljologg/ui: {HOW}"
    )


@pytest.mark.parametrize("lang", tr.QT_LANGUAGES)
def test_the_shipped_qm_is_the_ts_compiled(tmp_path: Path, lang: str) -> None:
    fresh = tmp_path / "fresh.qm"
    tr.run_lrelease(tr.ts_path(lang), fresh)
    assert fresh.read_bytes() == tr.ts_path(lang).with_suffix(".qm").read_bytes(), HOW


@pytest.mark.parametrize("lang", tr.TARGETS)
def test_every_qt_text_is_translated(lang: str) -> None:
    path = tr.ts_path(lang)
    assert path.read_text(encoding="utf-8").count("<message") > 500  # the whole window's texts
    assert tr.unfinished_ts(path) == [], f"{path.name}: {HOW}"


def test_an_unfinished_qt_text_is_found(tmp_path: Path) -> None:
    """The check above can fail: a translation marked unfinished in a copy is reported."""
    text = tr.ts_path("en").read_text(encoding="utf-8")
    copy = tmp_path / "copy.ts"
    copy.write_text(text.replace("<translation>", '<translation type="unfinished">', 1), "utf-8")
    assert len(tr.unfinished_ts(copy)) == 1
