"""The right signer and a rejection that stays, in the GUI (issue 12 §1, §2): the supervisor's
review shows the addressee, the student and every signed field; a new key is offered for re-pin
with both fingerprints; a rejected row says so with the comment and edits only after «Gjenåpne»."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from miljologg.core.model import Form
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.ui.sessions.model import SessionTableModel as M
from miljologg.ui.sessions.page import SessionsPage
from miljologg.ui.signing.actions import ReopenDialog
from miljologg.ui.signing.repin_dialog import RepinDialog
from miljologg.ui.supervisor_role.review_dialog import (
    DATE,
    FORM,
    GROUP,
    MINUTES,
    TOPIC,
    review_dialog,
)
from tests.services.signing_helpers import PASS, kari_id, supervisor_file


def _ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _group_session(services: Services) -> str:
    return services.sessions.add(
        SessionInput(
            dt.date(2025, 5, 12), 120, Form.EXTERNAL_GROUP, kari_id(services), 6, "Grenser"
        )
    ).id


@pytest.fixture
def page(qtbot, services: Services) -> SessionsPage:
    widget = SessionsPage(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_review_shows_addressee_student_every_field_and_an_earlier_answer(
    qtbot, services: Services, tmp_path: Path
) -> None:
    sid = _group_session(services)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari_id(services), [sid])
    sup = supervisor_file(tmp_path)
    dialog = review_dialog(sup, req.read_bytes(), tmp_path / "svar.json")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Kari Nordmann" in dialog.addressee.text() and "Test Student" in dialog.student.text()
    assert not dialog.warning.isVisible()
    cells = [dialog.cell_text(0, c) for c in (DATE, FORM, MINUTES, GROUP, TOPIC)]
    assert cells == ["12.05.2025", "Gruppe (ekstern)", "2 t", "6", "Grenser"]
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.confirm, PASS)
    with qtbot.waitSignal(dialog.written):
        _ok(qtbot, dialog.buttons)

    again = review_dialog(sup, req.read_bytes(), tmp_path / "svar-2.json")
    qtbot.addWidget(again)
    again.show()
    assert again.warning.isVisible() and "allerede svart" in again.warning.text()


def test_review_in_another_supervisors_file_warns_and_refuses(
    qtbot, services: Services, tmp_path: Path
) -> None:
    sid = _group_session(services)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari_id(services), [sid])
    eva = supervisor_file(tmp_path, "Eva Lie")
    out = tmp_path / "svar.json"
    dialog = review_dialog(eva, req.read_bytes(), out)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    assert "Kari Nordmann" in dialog.warning.text() and "Eva Lie" in dialog.warning.text()
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.confirm, PASS)
    _ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and "Eva Lie" in dialog.message.text() and not out.exists()


def test_a_new_key_opens_the_repin_dialog_with_both_fingerprints(
    qtbot, page: SessionsPage, services: Services, tmp_path: Path
) -> None:
    sid = _group_session(services)
    kari = kari_id(services)
    other = _group_session(services)
    services.signing.sign_in_person([other], kari, PASS, create_key=True)
    old = services.signing.in_person_key(kari)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari, [sid])
    sup = supervisor_file(tmp_path)
    resp = tmp_path / "svar.json"
    resp.write_bytes(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    new = sup.signing.own_key()
    assert old is not None and new is not None
    page.refresh()

    assert not page.signing.import_answer(resp, notify=False)
    dialog = page.signing.dialog
    assert isinstance(dialog, RepinDialog)
    assert old.readable in dialog.old_label.text() and new.readable in dialog.new_label.text()
    qtbot.keyClicks(dialog.typed, old.readable)
    _ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and "stemmer ikke" in dialog.message.text()
    assert services.signing.sign_offs()[sid].state == "requested"
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, new.readable)
    with qtbot.waitSignal(dialog.written):
        _ok(qtbot, dialog.buttons)
    assert services.signing.sign_offs()[sid].state == "signed"
    assert services.signing.file_key(kari) == new


def test_a_rejected_row_shows_the_comment_and_edits_only_after_reopen(
    qtbot, page: SessionsPage, services: Services, tmp_path: Path, monkeypatch
) -> None:
    from miljologg.ui.sessions import page as sessions_page

    sid = _group_session(services)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari_id(services), [sid])
    sup = supervisor_file(tmp_path)
    resp = tmp_path / "svar.json"
    resp.write_bytes(
        sup.signing_files.sign_request(req.read_bytes(), PASS, {sid: "Feil dato"}, create_key=True)
    )
    assert page.signing.import_answer(resp, notify=False)
    page.refresh()
    cell = page.proxy.mapFromSource(page.model.index(page.model.row_of(sid), M.SIGN_OFF)).data()
    assert cell == "Avvist av veileder: Feil dato"
    page.select(sid)
    monkeypatch.setattr(sessions_page, "confirm", lambda *a: True)
    dialog = page.edit_selected()
    assert isinstance(dialog, ReopenDialog) and "avvist" in dialog.windowTitle()
    qtbot.keyClicks(dialog.reason, "Retter datoen")
    _ok(qtbot, dialog.buttons)
    off = services.signing.sign_offs()[sid]
    assert off.state == "reopened" and "Retter datoen" in off.text and "Feil dato" in off.text
