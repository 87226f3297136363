"""Hjelp → Brukerveiledning (F1) in the app's language, and Om miljologg (issue 10 §5, 15)."""

from __future__ import annotations

import importlib.metadata as md
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

import miljologg
from miljologg.about import font_licence_path, shipped_licences, user_guide_path
from miljologg.core.i18n import Language
from miljologg.services.app import Services
from miljologg.ui.shell.help import TextDialog, about_html
from miljologg.ui.shell.main_window import MainWindow
from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers


def _window(qtbot, services: Services, data_file: Path, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(services, data_file, settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, services: Services, data_file: Path, tmp_path: Path) -> MainWindow:
    return _window(qtbot, services, data_file, tmp_path)


#: Per language: the guide's title, topics it must cover, its file.
GUIDES = {
    "nb": (
        "Brukerveiledning",
        (
            "Før et veiledningsmøte",  # the main tasks
            "Registrer oppmøte",
            "Signering",  # how sign-off works
            "Dokumentasjonen",  # what the dossier is for
            "godkjenningen",
            "Datafilen og sikkerhetskopiene",  # where the data file and the backups are
        ),
        "brukerveiledning.md",
    ),
    "nn": (
        "Brukarrettleiing",
        (
            "Før eit rettleiingsmøte",
            "Registrer oppmøte",
            "Signering",
            "Dokumentasjonen",
            "godkjenninga",
            "Datafila og tryggingskopiane",
        ),
        "brukarrettleiing.md",
    ),
    "en": (
        "User guide",
        (
            "Log a supervision session",
            "Register attendance",
            "Signing",
            "The dossier",
            "approval",
            "The data file and the backups",
        ),
        "user-guide.md",
    ),
}


@pytest.mark.parametrize("lang", list(GUIDES))
def test_f1_opens_the_user_guide_in_the_apps_language(
    qtbot, speak, services: Services, data_file: Path, tmp_path: Path, lang: str
) -> None:
    speak(lang)
    window = _window(qtbot, services, data_file, tmp_path)
    assert window.guide_action.shortcut() == QKeySequence("F1")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.dialog
    assert isinstance(dialog, TextDialog) and dialog.isVisible()
    title, topics, name = GUIDES[lang]
    assert dialog.windowTitle() == title
    assert user_guide_path().name == name
    text = dialog.text()
    for topic in (*topics, "miljologg.sqlite", "backups"):
        assert topic in text, topic
    assert "# " not in text  # shown as Markdown, not as its source


@pytest.mark.parametrize(("lang", "terms"), [("nn", NOT_NYNORSK), ("en", NOT_ENGLISH)])
def test_the_nynorsk_and_english_guides_have_no_bokmal_left(
    lang: Language, terms: frozenset[str]
) -> None:
    """The app's bokmål terms (tests/i18n) are not in the other guides, except where the
    English guide names a Norwegian title as it is written («klinisk godkjenning»)."""
    guide = user_guide_path(lang).read_text(encoding="utf-8")
    assert leftovers(guide, terms, ["klinisk godkjenning", "miljologg"]) == []
    nb = user_guide_path("nb").read_text(encoding="utf-8")
    assert leftovers(nb, terms, []) != []  # the same check finds bokmål where there is some
    # the same sections, in the same order, as the bokmål guide
    assert len(re.findall(r"^## ", guide, re.M)) == len(re.findall(r"^## ", nb, re.M))


@pytest.mark.parametrize("lang", list(GUIDES))
def test_every_command_the_guide_names_exists(
    qtbot, speak, services: Services, data_file: Path, tmp_path: Path, lang: str
) -> None:
    """The guide says «Fil → Profil …», «Signer …»: each must be a menu entry or a button of
    the window in the guide's language, and each page it names in italics a page."""
    speak(lang)
    window = _window(qtbot, services, data_file, tmp_path)
    for key in window.page_keys:
        window.show_page(key)
    window._fill_signing_menu()
    texts = set()
    for action in window.findChildren(QAction):
        texts.add(action.text().replace("&", ""))
    for button in window.findChildren(QAbstractButton):
        texts.add(button.text().replace("&", ""))
    guide = user_guide_path(lang).read_text(encoding="utf-8")
    named = [b for b in re.findall(r"\*\*([^*]+)\*\*", guide) if "…" in b]
    assert len(named) >= 10
    for phrase in named:
        for step in phrase.split("→"):  # each menu on the way, too
            assert " ".join(step.split()) in texts, phrase
    pages = {window.nav.item(i).text() for i in range(window.nav.count())}
    italics = set(re.findall(r"(?<!\*)\*([^*\n]+)\*(?!\*)", guide)) - {"Avlyst", "Cancelled"}
    assert len(italics) >= 4 and italics <= pages, italics - pages


def test_about_shows_version_data_file_and_licences(window: MainWindow, data_file: Path) -> None:
    window.show_about()
    dialog = window.dialog
    assert isinstance(dialog, TextDialog) and dialog.windowTitle() == "Om miljologg"
    text = dialog.text()
    assert f"miljologg {miljologg.version()}" in text
    assert str(data_file) in text and str(data_file.parent / "backups") in text
    assert "Kilde" in text and "Teieplikt" in text
    assert "GNU LGPL versjon 3" in text
    # each library as its own metadata states it, not a table in the code
    expected = md.metadata("SQLAlchemy").get_all("License-Expression")
    assert expected and f"SQLAlchemy {md.version('SQLAlchemy')}: {expected[0]}" in text
    names = {item.name.lower() for item in shipped_licences()}
    for shipped in ("sqlalchemy", "alembic", "reportlab", "cryptography", "pypdf", "filelock"):
        assert shipped in names
    assert "pytest" not in names  # a test extra is not shipped
    fonts = font_licence_path().read_text(encoding="utf-8")
    assert "Bitstream" in fonts and fonts.splitlines()[-1].strip() in text


def test_about_html_without_a_programme(tmp_path: Path) -> None:
    text = about_html(tmp_path / "veileder.sqlite", None)
    assert "veileder.sqlite" in text and "Studieprogram" not in text
