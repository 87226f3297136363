"""The first-run dialog: typing into the fields and clicking «Opprett» creates the profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from miljologg.services.app import Services
from miljologg.ui.shell.welcome import WelcomeDialog, welcome_dialog

RBUP = "rbup-kmaa-2024"


def _select_programme(dialog: WelcomeDialog, programme_id: str) -> None:
    index = dialog.programme_combo.findData(programme_id)
    assert index >= 0
    dialog.programme_combo.setCurrentIndex(index)


def test_welcome_creates_profile(qtbot, empty_services: Services) -> None:
    dialog = welcome_dialog(empty_services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Ingrid Hansen")
    dialog.profession_combo.setCurrentText("vernepleier")
    qtbot.keyClicks(dialog.workplace_edit, "Ambulant team")
    _select_programme(dialog, RBUP)
    qtbot.keyClicks(dialog.client_group_edit, "ungdom 13-18 år")
    qtbot.keyClicks(dialog.tasks_edit, "miljøterapi")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    profile = empty_services.profile.get()
    assert profile is not None
    assert profile.name == "Ingrid Hansen"
    assert profile.programme_id == RBUP
    assert profile.profession == "vernepleier"
    assert profile.workplace == "Ambulant team"
    assert profile.client_group == "ungdom 13-18 år"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.profile == profile


def test_programme_period_and_gatherings_are_shown(qtbot, empty_services: Services) -> None:
    dialog = welcome_dialog(empty_services)
    qtbot.addWidget(dialog)
    _select_programme(dialog, RBUP)
    text = dialog.programme_info.text()
    assert "04.11.2024" in text
    assert "samlinger" in text


def test_missing_name_is_shown_at_the_field_and_no_file_is_asked_for(
    qtbot, empty_services: Services
) -> None:
    calls: list[int] = []

    def factory() -> Services:
        calls.append(1)
        return empty_services

    dialog = welcome_dialog(factory)
    qtbot.addWidget(dialog)
    dialog.show()
    _select_programme(dialog, RBUP)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.messages["name"].isVisible()
    assert "Navn" in dialog.messages["name"].text()
    assert calls == []  # validation happens before the data file is created
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert empty_services.profile.get() is None


def test_identity_number_in_client_group_blocks_saving(qtbot, empty_services: Services) -> None:
    dialog = welcome_dialog(empty_services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Ingrid Hansen")
    _select_programme(dialog, RBUP)
    qtbot.keyClicks(dialog.client_group_edit, "gutt 02013299997")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.messages["client_group"].isVisible()
    assert "02013299997" not in dialog.messages["client_group"].text()
    assert empty_services.profile.get() is None


def test_phone_number_gives_a_warning_as_you_type(qtbot, empty_services: Services) -> None:
    dialog = welcome_dialog(empty_services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.tasks_edit, "ring 912 34 567")
    assert dialog.messages["tasks"].isVisible()
    dialog.tasks_edit.clear()
    assert not dialog.messages["tasks"].isVisible()
