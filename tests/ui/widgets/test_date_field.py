"""Dates typed the ways Norwegians write them give exactly that date, or a refusal at the field.

Issue 10 §2: Ctrl+N, Tab and typing «10.03.2025» into a QDateEdit showed «.00003.2025» and saved
10.11.2026; «31032025» gave 30.03.2025. Every test here types key by key, as a person does.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from miljologg.services.app import Services
from miljologg.ui.assignments.dialog import AssignmentDialog
from miljologg.ui.dossier.page import DossierPage
from miljologg.ui.sessions.dialog import SessionDialog
from miljologg.ui.shell.main_window import MainWindow
from miljologg.ui.widgets.date_field import DateField
from miljologg.ui.widgets.form_dialog import persist

GOOD = [
    ("10.03.2025", dt.date(2025, 3, 10)),
    ("10.3.2025", dt.date(2025, 3, 10)),
    ("10032025", dt.date(2025, 3, 10)),
    ("1.3.25", dt.date(2025, 3, 1)),
    ("31032025", dt.date(2025, 3, 31)),
    ("2025-03-10", dt.date(2025, 3, 10)),  # ISO is unambiguous: taken as it is
]
BAD = [
    ("31.02.2025", "finnes ikke"),
    ("32.01.2025", "finnes ikke"),
    ("tiende mars", "dd.mm.åååå"),
    ("10.03.202", "ikke skrevet ferdig"),
    ("10/03/2025", "dd.mm.åååå"),
    ("", "Skriv en dato"),
]


def _new_session_by_keyboard(qtbot, services: Services, tmp_path: Path) -> SessionDialog:
    """Ctrl+N in the main window, then Tab from the first field to the date."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, tmp_path / "logg.sqlite", settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.pages["sessions"].dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, SessionDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isActiveWindow())
    assert QApplication.focusWidget() is dialog.form  # the first field
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date.edit
    return dialog


@pytest.mark.parametrize(("typed", "expected"), GOOD)
def test_session_dialog_saves_exactly_the_typed_date(
    qtbot, services: Services, tmp_path: Path, typed: str, expected: dt.date
) -> None:
    dialog = _new_session_by_keyboard(qtbot, services, tmp_path)
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit) and edit.selectedText() == edit.text()  # Tab selects all
    QTest.keyClicks(edit, typed)
    assert dialog.date.text() == typed  # what was typed is what shows while typing
    QTest.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field shows the date in full
    assert dialog.date.text() == expected.strftime("%d.%m.%Y")
    dialog.supervisor.setCurrentIndex(1)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    [saved] = services.sessions.list()
    assert saved.date == expected


@pytest.mark.parametrize(("typed", "message"), BAD)
def test_session_dialog_refuses_a_bad_date_at_the_field(
    qtbot, services: Services, tmp_path: Path, typed: str, message: str
) -> None:
    dialog = _new_session_by_keyboard(qtbot, services, tmp_path)
    edit = dialog.date.edit
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, typed)
    dialog.supervisor.setCurrentIndex(1)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    assert dialog.isVisible()  # not accepted
    assert not services.sessions.list()
    assert dialog.date.message.isVisible()
    assert message in dialog.date.message.text()
    assert QApplication.focusWidget() is edit  # back at the field to correct it
    if typed:
        assert dialog.date.text() == typed  # never replaced by another date
        assert typed not in dialog.date.message.text()  # a refusal never echoes the input


def test_a_date_that_cannot_become_one_is_refused_while_typing(qtbot) -> None:
    field = DateField(dt.date(2025, 6, 18))
    qtbot.addWidget(field)
    field.show()
    seen: list[object] = []
    field.dateChanged.connect(seen.append)
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "10.0")  # on its way: nothing said yet
    assert field.date() is None and not field.message.isVisible()
    QTest.keyClicks(field.edit, "3.2025")
    assert field.date() == dt.date(2025, 3, 10) and not field.message.isVisible()
    for _ in range(7):
        QTest.keyClick(field.edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(field.edit, "13")  # 10.13 can never be a date: said at once
    assert field.text() == "10.13"
    assert field.date() is None
    assert field.message.isVisible() and "dd.mm.åååå" in field.message.text()
    # «10.03.20» is 10.03.2020 on the way to 10.03.2025 (a two-digit year), never kept unless
    # typing stops there
    assert seen[:4] == [None, dt.date(2020, 3, 10), None, dt.date(2025, 3, 10)]
    assert seen[-1] is None


def test_leaving_an_unfinished_date_says_so(qtbot) -> None:
    field = DateField(dt.date(2025, 6, 18))
    qtbot.addWidget(field)
    field.show()
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "1003")
    assert not field.message.isVisible()
    QTest.keyClick(field.edit, Qt.Key.Key_Return)  # editingFinished
    assert field.message.isVisible() and "ikke skrevet ferdig" in field.message.text()
    assert field.text() == "1003"


def test_range_and_calendar(qtbot) -> None:
    field = DateField(dt.date(2025, 6, 18))
    qtbot.addWidget(field)
    field.show()
    field.setMaximumDate(dt.date(2025, 12, 31))
    field.edit.selectAll()
    QTest.keyClicks(field.edit, "01.01.2026")
    assert field.date() is None
    assert "fra 01.01.2000 til 31.12.2025" in field.message.text()
    field.setDate(dt.date(2025, 6, 18))
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    QTest.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field.popup.isVisible)
    assert field.calendar.selectedDate().toString("dd.MM.yyyy") == "18.06.2025"
    assert field.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(3))
    assert not field.popup.isVisible()
    assert field.date() == dt.date(2025, 6, 21)
    assert field.text() == "21.06.2025"


def test_assignment_dates_are_typed_too(qtbot, services: Services) -> None:
    dialog = AssignmentDialog(services)
    persist(dialog, services.assignments.add)  # as the page saves what the dialog submits
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.title_edit, "Refleksjonsnotat 1")
    dialog.due_edit.edit.selectAll()
    QTest.keyClicks(dialog.due_edit.edit, "1.9.25")
    dialog.handed_in_check.setChecked(True)
    dialog.handed_in_edit.edit.selectAll()
    QTest.keyClicks(dialog.handed_in_edit.edit, "31.06.2025")  # June has 30 days
    dialog.accept()
    assert not services.assignments.list()
    assert "finnes ikke" in dialog.handed_in_edit.message.text()
    dialog.handed_in_edit.edit.selectAll()
    QTest.keyClicks(dialog.handed_in_edit.edit, "01062025")
    dialog.accept()
    assert not dialog.handed_in_edit.message.isVisible(), dialog.handed_in_edit.message.text()
    assert not dialog.messages["handed_in"].isVisible(), dialog.messages["handed_in"].text()
    [saved] = services.assignments.list()
    assert (saved.due_date, saved.handed_in) == (dt.date(2025, 9, 1), dt.date(2025, 6, 1))


def test_dossier_period_is_typed_too(qtbot, services: Services) -> None:
    page = DossierPage(services)
    qtbot.addWidget(page)
    page.show()
    page.limit.setChecked(True)
    page.start.edit.selectAll()
    QTest.keyClicks(page.start.edit, "1.3.25")
    page.end.edit.selectAll()
    QTest.keyClicks(page.end.edit, "30.02.2025")
    assert not page.save_button.isEnabled()
    assert "finnes ikke" in page.end.message.text()
    page.end.edit.selectAll()
    QTest.keyClicks(page.end.edit, "30.06.2025")
    assert page.period() == (dt.date(2025, 3, 1), dt.date(2025, 6, 30))
    assert page.save_button.isEnabled()


def test_no_date_edit_left_in_the_app() -> None:
    """One date field everywhere: QDateEdit's section editing is what made the wrong dates."""
    root = Path(__file__).resolve().parents[3] / "miljologg"
    users = [
        p
        for p in root.rglob("*.py")
        if re.search(r"\bQDate(Time)?Edit\(|^\s+QDate(Time)?Edit,$", p.read_text("utf-8"), re.M)
    ]
    assert users == []
