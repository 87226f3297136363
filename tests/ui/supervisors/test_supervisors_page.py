"""The «Veiledere» page and the supervisor dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from miljologg.core.model import Approval, Form
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.ui.supervisors import page as supervisors_page
from miljologg.ui.supervisors.model import SupervisorTableModel as M
from miljologg.ui.supervisors.page import SupervisorsPage
from miljologg.ui.widgets import page as page_base


@pytest.fixture
def page(qtbot, services: Services) -> SupervisorsPage:
    widget = SupervisorsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    return widget


def row_of(page: SupervisorsPage, name: str) -> int:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, M.NAME).data() == name:
            return row
    raise KeyError(name)


def cell(page: SupervisorsPage, name: str, column: int) -> str:
    return page.proxy.index(row_of(page, name), column).data()


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_lists_supervisors_with_norwegian_approvals(page: SupervisorsPage) -> None:
    assert page.proxy.rowCount() == 2
    # «Klinisk sosionom» is sosionom + clinical approval, and reads as the title again.
    expected = "Godkjent av studieprogrammet\nKlinisk godkjenning"
    assert cell(page, "Kari Nordmann", M.APPROVALS) == expected
    assert cell(page, "Kari Nordmann", M.PROFESSION) == "Klinisk sosionom"
    assert cell(page, "Per Lund", M.PROFESSION) == "Vernepleier"
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:4] == ["Navn", "Profesjon", "Godkjenninger", "Arbeidssted"]


def test_add_through_the_dialog(qtbot, page: SupervisorsPage, services: Services) -> None:
    dialog = page.new_supervisor()
    assert not ok(dialog).isEnabled()  # a name is required
    qtbot.keyClicks(dialog.name, "Siri Berg")
    dialog.profession.setCurrentText("Psykologspesialist")
    dialog.approvals[Approval.PROGRAMME].setChecked(True)
    dialog.approvals[Approval.SPECIALIST].setChecked(True)
    qtbot.keyClicks(dialog.workplace, "BUP Nord")
    qtbot.keyClicks(dialog.position, "Spesialist i klinisk psykologi")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    siri = services.supervisors.find("Siri Berg")
    assert siri.profession == "psykolog"  # the title is profession + specialist approval
    assert cell(page, "Siri Berg", M.PROFESSION) == "Psykologspesialist"
    assert siri.approvals == {Approval.PROGRAMME, Approval.SPECIALIST}
    assert siri.position == "Spesialist i klinisk psykologi"
    assert cell(page, "Siri Berg", M.APPROVALS) == "Godkjent av studieprogrammet\nSpesialist"
    assert page.selected_id() == siri.id


def test_name_is_required_at_the_field(qtbot, page: SupervisorsPage) -> None:
    dialog = page.new_supervisor()
    qtbot.keyClicks(dialog.name, "A")
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    assert dialog.messages["name"].isVisible()
    assert dialog.messages["name"].text() == "Navn må fylles ut."
    assert not ok(dialog).isEnabled()


def test_identity_number_in_a_field_blocks(qtbot, page: SupervisorsPage) -> None:
    dialog = page.new_supervisor()
    qtbot.keyClicks(dialog.name, "Siri Berg")
    qtbot.keyClicks(dialog.workplace, "02013299997")
    assert dialog.messages["workplace"].isVisible()
    assert not ok(dialog).isEnabled()


def test_edit_through_the_dialog(qtbot, page: SupervisorsPage, services: Services) -> None:
    per = services.supervisors.find("Per Lund")
    page.select(per.id)
    dialog = page.edit_selected()
    assert dialog is not None and dialog.name.text() == "Per Lund"
    assert not dialog.approvals[Approval.PROGRAMME].isChecked()
    dialog.approvals[Approval.PROGRAMME].setChecked(True)
    qtbot.keyClicks(dialog.workplace, "Ungdomshjemmet")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    per = services.supervisors.get(per.id)
    assert per.programme_approved and per.workplace == "Ungdomshjemmet"
    assert cell(page, "Per Lund", M.WORKPLACE) == "Ungdomshjemmet"


def test_delete_refused_while_sessions_exist(
    page: SupervisorsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    services.sessions.add(SessionInput(dt.date(2025, 6, 2), 90, Form.INDIVIDUAL, kari.id))
    services.sessions.add(
        SessionInput(dt.date(2025, 5, 12), 120, Form.GATHERING_GROUP, kari.id, group_size=8)
    )
    page.refresh()
    assert cell(page, "Kari Nordmann", M.INDIVIDUAL) == "1 t 30 min"
    assert cell(page, "Kari Nordmann", M.GATHERING) == "2 t"
    assert cell(page, "Kari Nordmann", M.TOTAL) == "3 t 30 min"
    shown: list[str] = []
    monkeypatch.setattr(supervisors_page, "confirm", lambda *a, **k: True)
    # the refusal is shown by the page's base (ServicesWidget.write_or_explain)
    monkeypatch.setattr(page_base, "inform", lambda _p, _t, text, **k: shown.append(text))
    page.select(kari.id)
    page.act_delete.trigger()
    assert shown and "kan ikke slettes" in shown[0]
    assert services.supervisors.get(kari.id)

    per = services.supervisors.find("Per Lund")
    page.select(per.id)
    monkeypatch.setattr(supervisors_page, "confirm", lambda *a, **k: False)
    page.act_delete.trigger()
    assert len(services.supervisors.list()) == 2
    monkeypatch.setattr(supervisors_page, "confirm", lambda *a, **k: True)
    page.act_delete.trigger()
    assert [s.name for s in services.supervisors.list()] == ["Kari Nordmann"]
    assert page.proxy.rowCount() == 1
