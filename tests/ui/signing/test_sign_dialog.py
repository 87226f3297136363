"""In-person signing and reopening, driven like a user; file actions without file dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from miljologg.core.model import Form, Role
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from miljologg.ui.signing.actions import (
    export_request,
    import_response,
    import_summary,
    reopen_dialog,
    sign_dialog,
)
from miljologg.ui.signing.cells import sign_off_cell
from miljologg.ui.signing.sign_dialog import SignDialog
from tests.conftest import fixed_clock

PASS = "hemmelig passord"


def _add(services: Services, day: int, who: str = "Kari Nordmann") -> str:
    sid = services.supervisors.find(who).id
    return services.sessions.add(
        SessionInput(dt.date(2025, 5, day), 90, Form.INDIVIDUAL, sid, 1, f"Tema {day}")
    ).id


def open_dialog(qtbot, services: Services, ids: list[str]) -> SignDialog:
    dialog = sign_dialog(services, ids)  # as the page opens it
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_first_signing_creates_the_key_with_confirmation(qtbot, services: Services) -> None:
    ids = [_add(services, 5), _add(services, 6)]
    dialog = open_dialog(qtbot, services, ids)
    assert dialog.session_list.count() == 2
    assert "05.05.2025" in dialog.session_list.item(0).text()
    assert dialog.supervisor.currentText() == "Kari Nordmann"
    assert dialog.confirm.isVisible() and "Ingen nøkkel" in dialog.key_label.text()
    assert dialog.ok_button.text() == "Signer"

    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.confirm, PASS + "x")
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and "ikke like" in dialog.passphrase_message.text()
    assert services.signing.sign_offs()[ids[0]].state == "unsigned"

    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, PASS)
    with qtbot.waitSignal(dialog.signed) as blocker:
        click_ok(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    key = services.signing.in_person_key(services.supervisors.find("Kari Nordmann").id)
    assert blocker.args[0].key == key and key.readable in dialog.key_label.text()
    assert {services.signing.sign_offs()[i].state for i in ids} == {"signed"}
    assert dialog.passphrase.text() == ""


def test_wrong_passphrase_keeps_the_dialog_open_and_signs_nothing(
    qtbot, services: Services
) -> None:
    kari = services.supervisors.find("Kari Nordmann").id
    services.signing.sign_in_person([_add(services, 5)], kari, PASS, create_key=True)
    target = _add(services, 6)
    dialog = open_dialog(qtbot, services, [target])
    assert not dialog.confirm.isVisible()
    assert "Fingeravtrykk:" in dialog.key_label.text()
    qtbot.keyClicks(dialog.passphrase, "feil passordfrase")
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert dialog.passphrase_message.text() == "Feil passordfrase."
    assert services.signing.sign_offs()[target].state == "unsigned"


def test_another_supervisor_cannot_sign_kari_s_session(qtbot, services: Services) -> None:
    target = _add(services, 5)
    dialog = open_dialog(qtbot, services, [target])
    dialog.supervisor.setCurrentIndex(dialog.supervisor.findText("Per Lund"))
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.confirm, PASS)
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and "ikke ført med Per Lund" in dialog.message.text()
    assert services.signing.in_person_key(services.supervisors.find("Per Lund").id) is None


def test_reopen_dialog_needs_a_reason(qtbot, services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann").id
    target = _add(services, 5)
    services.signing.sign_in_person([target], kari, PASS, create_key=True)
    text, tip = sign_off_cell(services.signing.sign_offs()[target])
    assert text == "Signert 18.06.2025 av Kari Nordmann" and "Nøkkel:" in tip

    dialog = reopen_dialog(services, target)
    qtbot.addWidget(dialog)
    dialog.show()
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and "hvorfor" in dialog.message.text()
    qtbot.keyClicks(dialog.reason, "Feil varighet")
    with qtbot.waitSignal(dialog.reopened):
        click_ok(qtbot, dialog.buttons)
    text, tip = sign_off_cell(services.signing.sign_offs()[target])
    assert text == "Ugyldig – endret etter signering" and tip == "Feil varighet"


def test_request_and_response_actions(qtbot, services: Services, tmp_path: Path) -> None:
    kari = services.supervisors.find("Kari Nordmann").id
    target = _add(services, 5)
    req = export_request(None, services, kari, [target], tmp_path / "req.json", notify=False)
    assert req is not None and req.exists()
    assert sign_off_cell(services.signing.sign_offs()[target])[0] == "Sendt til signering"

    sup = Services(open_database(tmp_path / "veileder.sqlite"), now=fixed_clock())
    sup.profile.save(ProfileInput(name="Kari Nordmann", role=Role.SUPERVISOR))
    resp = tmp_path / "resp.json"
    resp.write_bytes(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    result = import_response(None, services, resp, notify=False)
    assert result is not None and result.signed == (target,)
    assert "1 signert, 0 avvist" in import_summary(result)
    assert import_response(None, services, resp, notify=False) is None  # replay refused
    assert export_request(None, services, kari, None, tmp_path / "x.json", notify=False) is None


def test_supervisor_reviews_a_request_and_saves_the_response(
    qtbot, services: Services, tmp_path: Path
) -> None:
    from miljologg.ui.supervisor_role.review_dialog import review_dialog

    kari = services.supervisors.find("Kari Nordmann").id
    ids = [_add(services, 5), _add(services, 6)]
    req = export_request(None, services, kari, ids, tmp_path / "req.json", notify=False)
    sup = Services(open_database(tmp_path / "veileder.sqlite"), now=fixed_clock())
    sup.profile.save(ProfileInput(name="Kari Nordmann", role=Role.SUPERVISOR))

    out = tmp_path / "resp.json"
    dialog = review_dialog(sup, req.read_bytes(), out)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2 and "Ingen nøkkel" in dialog.key_label.text()
    dialog.set_approved(1, False, "")
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.confirm, PASS)
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and "kommentar" in dialog.message.text() and not out.exists()

    dialog.set_approved(1, False, "Var ikke til stede")
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.confirm, PASS)
    with qtbot.waitSignal(dialog.written):
        click_ok(qtbot, dialog.buttons)
    result = import_response(None, services, out, notify=False)
    assert result is not None
    assert result.signed == (ids[0],) and result.rejected == {ids[1]: "Var ikke til stede"}
