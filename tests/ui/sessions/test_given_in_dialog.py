"""The session dialog offers supervision the student gave (no supervisor) and received on it,
and records who a group's participants are."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from miljologg.core.labels import FORM_LABELS
from miljologg.core.model import Form, SessionStatus
from miljologg.services.app import Services

from .test_session_dialog import kari, ok_button, open_dialog, pick_supervisor


def _pick_form(dialog, form: Form) -> None:
    dialog.form.setCurrentIndex(dialog.form.findData(form))


def test_every_form_is_offered(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    offered = [dialog.form.itemText(i) for i in range(dialog.form.count())]
    assert offered == list(FORM_LABELS.values())


def test_given_supervision_needs_no_supervisor(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    _pick_form(dialog, Form.GIVEN)
    assert not dialog.supervisor.isEnabled() and not dialog.status.isEnabled()
    assert dialog.group_label.text() == "Antall du veiledet:"
    dialog.date.setDate(dt.date(2025, 6, 10))
    dialog.group_size.setValue(3)
    qtbot.keyClicks(dialog.topic, "Veiledning av nye kolleger")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = services.sessions.list()
    assert (saved.form, saved.supervisor_id, saved.group_size, saved.status) == (
        Form.GIVEN,
        "",
        3,
        SessionStatus.HELD,
    )


def test_a_group_records_its_participants(qtbot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    _pick_form(dialog, Form.EXTERNAL_GROUP)
    dialog.date.setDate(dt.date(2025, 6, 10))
    pick_supervisor(dialog, kari(services))
    dialog.group_size.setValue(4)
    assert dialog.participants.isEnabled()
    dialog.participants.set_code("psykolog")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    [saved] = services.sessions.list()
    assert (saved.group_size, saved.participants_profession) == (4, "psykolog")
    assert saved.date == dt.date(2025, 6, 10)

    edit = open_dialog(qtbot, services, saved)
    assert edit.participants.code() == "psykolog"
    _pick_form(edit, Form.INDIVIDUAL)
    assert not edit.participants.isEnabled()  # one person has no «participants»
    assert edit.data().participants_profession == ""
