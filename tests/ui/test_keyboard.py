"""The keyboard and the small things a person trips over (issue 10 §5).

- Every dialog of the app (each QDialog subclass under miljologg.ui, found by walking the
  package, so a new dialog cannot be forgotten: tests/ui/dialogs.py) and every menu gives each
  Alt+letter once, in bokmål, nynorsk and English (each translation picks its own letters):
  Alt+O was both «Arbeidsoppgaver» and «Opprett», «Stilling» and «Studieprogram» shared t.
- Tab leaves a table or tree instead of walking its cells.
- After T, D or B on Samlinger the next day is selected.
- Slett and Rediger on a signed session say it is signed and offer «Gjenåpne» before any
  «Dette kan ikke angres».
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)

from miljologg.core.model import AttendanceStatus
from miljologg.services.app import Services
from miljologg.ui.shell.main_window import PAGE_KEYS, MainWindow
from tests.services.signing_helpers import PASS, kari_id
from tests.ui.dialogs import FACTORIES, add_session, app_dialog_classes

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the texts that claim it, for every label, button and group in ``root``
    (shown or not: a field hidden for one role is shown for the other)."""
    texts: list[str] = []
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for button in root.findChildren(QAbstractButton):
        texts.append(button.text())
    for group in root.findChildren(QGroupBox):
        texts.append(group.title())
    claims: dict[str, list[str]] = {}
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            claims.setdefault(key, []).append(text)
    return claims


def clashes(claims: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: texts for key, texts in claims.items() if len(texts) > 1}


def test_every_dialog_of_the_app_is_walked() -> None:
    assert app_dialog_classes() == set(FACTORIES)


#: Every language the window speaks: the translations choose their own Alt+letters.
LANGUAGES = ("nb", "nn", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_each_dialog_gives_each_alt_letter_once(
    qtbot, speak, services: Services, tmp_path: Path, name: str, lang: str
) -> None:
    speak(lang)
    for dialog in FACTORIES[name](services, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        claims = mnemonics(dialog)
        assert not clashes(claims), f"{type(dialog).__name__}: {clashes(claims)}"
        for view in dialog.findChildren(QAbstractItemView):
            assert not view.tabKeyNavigation(), f"{type(dialog).__name__}: {type(view)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menus_give_each_alt_letter_once(
    qtbot, speak, services: Services, tmp_path: Path, lang: str
) -> None:
    speak(lang)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, services.db.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._fill_signing_menu()
    bar = [a.text() for a in window.menuBar().actions()]
    assert not clashes({k: [t for t in bar if mnemonic(t) == k] for k in map(mnemonic, bar) if k})
    for menu in window.findChildren(QMenu):
        texts = [a.text() for a in menu.actions() if isinstance(a, QAction) and a.text()]
        claims: dict[str, list[str]] = {}
        for text in texts:
            key = mnemonic(text)
            if key is not None:
                claims.setdefault(key, []).append(text)
        assert not clashes(claims), f"{menu.title()}: {clashes(claims)}"


def test_tab_leaves_every_table_and_tree(qtbot, services: Services, tmp_path: Path) -> None:
    for day in (2, 3):
        add_session(services, day)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, services.db.path, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key in PAGE_KEYS:
        window.show_page(key)
        for view in window.pages[key].findChildren(QAbstractItemView):
            if not view.isVisible() or view.model() is None or not view.model().rowCount():
                continue
            assert not view.tabKeyNavigation(), f"{key}: {type(view).__name__}"
            view.setFocus()
            view.setCurrentIndex(view.model().index(0, 0))
            QTest.keyClick(view, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is not view, f"{key}: Tab stayed in the table"


def status_of(services: Services, day: dt.date) -> AttendanceStatus | None:
    return next((a.status for a in services.attendance.list() if a.date == day), None)


def test_a_key_on_a_day_moves_to_the_next_day(qtbot, services: Services) -> None:
    from miljologg.ui.gatherings.page import GatheringsPage

    page = GatheringsPage(services)
    qtbot.addWidget(page)
    page.show()
    first, second, third = dt.date(2025, 3, 10), dt.date(2025, 3, 11), dt.date(2025, 4, 7)
    page.select(first.isoformat())
    QTest.keyClick(page.tree, Qt.Key.Key_T)
    assert status_of(services, first) is AttendanceStatus.PRESENT
    assert page.tree.currentItem() is page.day_item(second)
    QTest.keyClick(page.tree, Qt.Key.Key_B)  # asks for a reason first
    dialog = page.dialog
    assert dialog is not None and page.tree.currentItem() is page.day_item(second)
    QTest.keyClicks(dialog.reason_edit.lineEdit(), "Syk")  # type: ignore[attr-defined]
    dialog.accept()
    assert status_of(services, second) is AttendanceStatus.ABSENT
    assert page.tree.currentItem() is page.day_item(third)  # the next gathering's first day
    QTest.keyClick(page.tree, Qt.Key.Key_Delete)  # undo stays on its day
    assert page.tree.currentItem() is page.day_item(third)


@pytest.mark.parametrize("action", ["delete", "edit"])
def test_a_signed_session_says_so_before_anything_else(
    qtbot, services: Services, monkeypatch, action: str
) -> None:
    from miljologg.ui.sessions import page as page_module
    from miljologg.ui.sessions.page import SessionsPage
    from miljologg.ui.signing.actions import ReopenDialog

    sid = add_session(services)
    services.signing.sign_in_person([sid], kari_id(services), PASS, create_key=True)
    page = SessionsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.select(sid)
    asked: list[tuple[str, str, str]] = []

    def confirm(_parent: object, title: str, text: str, yes: str = "") -> bool:
        asked.append((title, text, yes))
        return True

    monkeypatch.setattr(page_module, "confirm", confirm)
    (page.delete_selected if action == "delete" else page.edit_selected)()
    assert len(asked) == 1  # one question, and not «Dette kan ikke angres»
    title, text, yes = asked[0]
    assert title == "Signert møte" and "signert" in text and yes == "Gjenåpne …"
    assert "kan ikke angres" not in text
    assert isinstance(page.dialog, ReopenDialog)
    assert services.sessions.get(sid) is not None  # nothing deleted


def test_welcome_role_fields_do_not_share_a_letter(qtbot) -> None:
    """The pair the issue names: «Stilling» (supervisor) and «Studieprogram» (student)."""
    from miljologg.ui.shell.welcome import WelcomeDialog

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    claims = mnemonics(dialog)
    owners = {
        text.replace("&", "").rstrip(":"): key for key, texts in claims.items() for text in texts
    }
    assert owners["Stilling"] != owners["Studieprogram"]
    assert owners["Arbeidsoppgaver"] != owners["Opprett"]
