"""The session dialog, driven like a user: type, pick, press OK, then look in the data file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from miljologg.core.model import Form, SessionStatus
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput
from miljologg.ui.sessions.dialog import SessionDialog
from miljologg.ui.sessions.page import session_dialog


def kari(services: Services) -> str:
    return services.supervisors.find("Kari Nordmann").id


def open_dialog(qtbot, services: Services, session=None) -> SessionDialog:
    dialog = session_dialog(services, session)  # as the page opens it
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ok_button(dialog: SessionDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def pick_supervisor(dialog: SessionDialog, supervisor_id: str) -> None:
    dialog.supervisor.setCurrentIndex(dialog.supervisor.findData(supervisor_id))


def type_minutes(qtbot, dialog: SessionDialog, text: str) -> None:
    dialog.minutes.lineEdit().selectAll()
    qtbot.keyClicks(dialog.minutes, text)


def test_typing_a_session_and_pressing_ok_saves_it(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    assert ok_button(dialog).text() == "OK"
    dialog.date.setDate(dt.date(2025, 6, 10))
    type_minutes(qtbot, dialog, "90")
    assert dialog.minutes_text.text() == "= 1 t 30 min"
    pick_supervisor(dialog, kari(services))
    qtbot.keyClicks(dialog.topic, "Relasjonsbygging i miljøterapi")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = services.sessions.list()
    assert saved == dialog.saved
    assert (saved.date, saved.minutes, saved.form) == (dt.date(2025, 6, 10), 90, Form.INDIVIDUAL)
    assert saved.supervisor_id == kari(services)
    assert saved.group_size == 1
    assert saved.topic == "Relasjonsbygging i miljøterapi"
    assert saved.start_time is None


def test_start_time_is_optional(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    assert not dialog.start_time.isEnabled()
    dialog.has_time.setChecked(True)
    assert dialog.start_time.isEnabled()
    dialog.start_time.setTime(dialog.start_time.time().fromString("09:15", "HH:mm"))
    pick_supervisor(dialog, kari(services))
    dialog.accept()
    assert services.sessions.list()[0].start_time == dt.time(9, 15)


def test_minutes_cannot_be_zero_or_above_600(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    assert (dialog.minutes.minimum(), dialog.minutes.maximum()) == (1, 600)
    dialog.minutes.setValue(0)
    assert dialog.minutes.value() == 1
    assert dialog.minutes.suffix() == " min"


def test_identity_number_in_topic_blocks_saving(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    pick_supervisor(dialog, kari(services))
    qtbot.keyClicks(dialog.topic, "Samtale om 02013299997")
    message = dialog.messages["topic"]
    assert message.isVisible()
    assert "fødselsnummer" in message.text()
    assert "02013299997" not in message.text()
    assert not ok_button(dialog).isEnabled()
    dialog.accept()  # even forced, nothing is saved
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.sessions.list() == ()
    dialog.topic.clear()
    assert not message.isVisible() and ok_button(dialog).isEnabled()


def test_identity_number_in_reflection_blocks_too(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    qtbot.keyClicks(dialog.reflection, "nr 30108299920")
    assert dialog.messages["reflection"].isVisible()
    assert not ok_button(dialog).isEnabled()


def test_phone_number_warns_but_saves(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    pick_supervisor(dialog, kari(services))
    qtbot.keyClicks(dialog.topic, "Ring vakta på 912 34 567")
    assert dialog.messages["topic"].isVisible()
    assert "telefonnummer" in dialog.messages["topic"].text()
    message = dialog.messages["topic"]  # amber, not red (the theme's light «warning»)
    assert message.palette().color(message.foregroundRole()).name() == "#8a5a00"
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert len(services.sessions.list()) == 1


def test_gathering_group_only_on_gathering_days(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    pick_supervisor(dialog, kari(services))
    dialog.form.setCurrentIndex(dialog.form.findData(Form.GATHERING_GROUP))
    # Today (18 June) is no gathering day: the latest gathering day before it is chosen.
    assert dialog.current_date() == dt.date(2025, 6, 17)
    assert dialog.gathering_day.isVisible()
    assert dialog.group_size.isEnabled() and dialog.group_size.minimum() == 2

    dialog.date.setDate(dt.date(2025, 6, 10))
    message = dialog.messages["date"]
    assert message.isVisible()
    assert "samlingsdag" in message.text()
    assert not ok_button(dialog).isEnabled()
    dialog.accept()
    assert services.sessions.list() == ()

    index = dialog.gathering_day_index(dt.date(2025, 5, 12))
    assert dialog.gathering_day.itemText(index).startswith("mandag 12.05.2025 – samling 12.–13.")
    dialog.gathering_day.setCurrentIndex(index)
    dialog.gathering_day.activated.emit(index)
    assert dialog.current_date() == dt.date(2025, 5, 12)
    assert not message.isVisible() and ok_button(dialog).isEnabled()
    dialog.group_size.setValue(9)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    [saved] = services.sessions.list()
    assert (saved.form, saved.date, saved.group_size) == (
        Form.GATHERING_GROUP,
        dt.date(2025, 5, 12),
        9,
    )


def test_group_size_follows_the_form(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    assert not dialog.group_size.isEnabled() and dialog.group_size.value() == 1
    dialog.form.setCurrentIndex(dialog.form.findData(Form.EXTERNAL_GROUP))
    assert dialog.group_size.isEnabled() and dialog.group_size.value() == 2
    dialog.group_size.setValue(1)
    assert dialog.group_size.value() == 2
    dialog.form.setCurrentIndex(dialog.form.findData(Form.INDIVIDUAL))
    assert dialog.group_size.value() == 1 and not dialog.group_size.isEnabled()


def test_held_session_cannot_be_in_the_future(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    pick_supervisor(dialog, kari(services))
    dialog.date.setDate(dt.date(2025, 7, 1))
    assert "fram i tid" in dialog.messages["date"].text()
    assert not ok_button(dialog).isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData(SessionStatus.MISSED))
    assert ok_button(dialog).isEnabled()  # a planned session that was cancelled may be ahead
    dialog.accept()
    assert services.sessions.list()[0].status is SessionStatus.MISSED


def test_missing_supervisor_is_shown_at_the_field(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    assert dialog.supervisor_id() is None  # two supervisors: no guess
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.messages["supervisor"].isVisible()
    assert dialog.messages["supervisor"].text() == "Velg en veileder."
    assert services.sessions.list() == ()


def test_service_refusal_is_shown_under_its_field(
    qtbot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_data: SessionInput):
        raise ValidationError("group_size", "Gruppeveiledning må ha mellom 2 og 50 deltakere.")

    monkeypatch.setattr(services.sessions, "add", refuse)
    dialog = open_dialog(qtbot, services)
    pick_supervisor(dialog, kari(services))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.messages["group_size"].isVisible()
    assert dialog.messages["group_size"].text().startswith("Gruppeveiledning må ha")


def test_editing_fills_the_fields_and_updates(qtbot, services: Services) -> None:
    original = services.sessions.add(
        SessionInput(
            dt.date(2025, 3, 3),
            45,
            Form.EXTERNAL_GROUP,
            kari(services),
            group_size=4,
            topic="Grensesetting",
            start_time=dt.time(13, 0),
        )
    )
    dialog = open_dialog(qtbot, services, original)
    assert dialog.current_date() == dt.date(2025, 3, 3)
    assert dialog.minutes.value() == 45 and dialog.group_size.value() == 4
    assert dialog.has_time.isChecked() and dialog.topic.text() == "Grensesetting"
    type_minutes(qtbot, dialog, "75")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    [saved] = services.sessions.list()
    assert saved.id == original.id and saved.minutes == 75 and saved.start_time == dt.time(13, 0)


def test_new_supervisor_shortcut(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    sub = dialog.open_new_supervisor()
    qtbot.keyClicks(sub.name, "Siri Berg")
    qtbot.mouseClick(
        sub.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    new = services.supervisors.find("Siri Berg")
    assert dialog.supervisor_id() == new.id


def test_the_dialog_itself_writes_nothing(qtbot, services: Services) -> None:
    """OK hands the value to the caller (DESIGN.md); without one, nothing is saved."""
    dialog = SessionDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    pick_supervisor(dialog, kari(services))
    with qtbot.waitSignal(dialog.submitted) as submitted:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    [value] = submitted.args
    assert isinstance(value, SessionInput) and value.supervisor_id == kari(services)
    assert dialog.isVisible() and services.sessions.list() == ()
    assert not dialog.new_supervisor.isVisibleTo(dialog)  # no way to add one was given
