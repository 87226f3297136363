"""Fil → Profil … (issue 10 §3): the profile is changed from the window, checked as at creation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from miljologg.core.model import Role
from miljologg.services.app import Services
from miljologg.ui.shell.main_window import MainWindow
from miljologg.ui.shell.profile_dialog import ProfileDialog
from tests.services.signing_helpers import PASS, add_session, kari_id, supervisor_file


@pytest.fixture
def window(qtbot, services: Services, data_file: Path, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(services, data_file, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _save(qtbot, dialog: ProfileDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _retype(edit, text: str) -> None:
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, text)


def test_the_profile_is_changed_from_the_file_menu(qtbot, window: MainWindow) -> None:
    assert window.profile_action.isEnabled() and window.profile_action.text() == "&Profil …"
    window.profile_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ProfileDialog) and dialog.isVisible()
    assert dialog.name_edit.text() == "Test Student"
    _retype(dialog.name_edit, "Test Nyvik")
    _retype(dialog.workplace_edit, "Ambulant team")
    dialog.client_group_edit.setPlainText("Ungdom 13–18 år")  # QTest types ASCII only
    dialog.profession_combo.setCurrentText("Klinisk sosionom")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    profile = window.services.profile.get()
    assert profile is not None
    assert (profile.name, profile.workplace, profile.profession) == (
        "Test Nyvik",
        "Ambulant team",
        "sosionom",
    )
    assert profile.client_group == "Ungdom 13–18 år" and profile.role is Role.STUDENT
    assert "Test Nyvik – " in window.windowTitle()  # the window follows at once
    assert window.services.status.verify_audit().ok


def test_an_identity_number_is_refused_at_the_field(qtbot, window: MainWindow) -> None:
    dialog = window.show_profile()
    assert dialog is not None
    QTest.keyClicks(dialog.tasks_edit, "Samtaler med 020132 99997")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    message = dialog.messages["tasks"]
    assert message.isVisible() and "fødselsnummer" in message.text()
    assert "99997" not in message.text()
    profile = window.services.profile.get()
    assert profile is not None and profile.tasks == ""


def test_a_new_name_says_what_happens_to_signed_sessions(
    qtbot, window: MainWindow, services: Services
) -> None:
    sid = add_session(services, 6)
    services.signing.sign_in_person([sid], kari_id(services), PASS, create_key=True)
    dialog = window.show_profile()
    assert dialog is not None
    assert not dialog.name_note.isVisible()
    _retype(dialog.name_edit, "Test Nyvik")
    assert dialog.name_note.isVisible()
    assert "1 signerte møter beholder signaturen" in dialog.name_note.text()
    assert "signert under navnet Test Student" in dialog.name_note.text()
    _save(qtbot, dialog)
    assert services.signing.verify().ok
    assert services.signing.sign_offs()[sid].note == "signert under navnet Test Student"


def test_a_supervisors_file_has_a_position(qtbot, tmp_path: Path) -> None:
    sup = supervisor_file(tmp_path)
    settings = QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat)
    window = MainWindow(sup, sup.db.path, settings)
    qtbot.addWidget(window)
    window.show()
    dialog = window.show_profile()
    assert dialog is not None and dialog.supervisor
    assert not dialog.client_group_edit.isVisibleTo(dialog)
    QTest.keyClicks(dialog.position_edit, "Fagkonsulent")
    _save(qtbot, dialog)
    profile = sup.profile.get()
    assert profile is not None and profile.tasks == "Fagkonsulent"
    assert profile.role is Role.SUPERVISOR
