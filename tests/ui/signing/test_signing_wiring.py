"""Sign-off wired into the Veiledning page and the dashboard, driven through real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from miljologg.core.model import Form, Role
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from miljologg.ui.dashboard.page import DashboardPage
from miljologg.ui.sessions import page as sessions_page
from miljologg.ui.sessions.dialog import SessionDialog
from miljologg.ui.sessions.model import SessionTableModel as M
from miljologg.ui.sessions.page import SessionsPage
from miljologg.ui.signing.actions import ReopenDialog
from miljologg.ui.signing.sign_dialog import SignDialog
from tests.conftest import fixed_clock

PASS = "hemmelig passord"


def _add(services: Services, day: int, who: str = "Kari Nordmann") -> str:
    sid = services.supervisors.find(who).id
    return services.sessions.add(
        SessionInput(dt.date(2025, 5, day), 90, Form.INDIVIDUAL, sid, 1, f"Tema {day}")
    ).id


@pytest.fixture
def page(qtbot, services: Services) -> SessionsPage:
    widget = SessionsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def _click_row(qtbot, page: SessionsPage, session_id: str, ctrl: bool = False) -> None:
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(session_id), M.TOPIC))
    rect = page.table.visualRect(index)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _sign_cell(page: SessionsPage, session_id: str) -> str:
    source = page.model.index(page.model.row_of(session_id), M.SIGN_OFF)
    return page.proxy.mapFromSource(source).data()


def _ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_sign_two_sessions_in_person_then_edit_offers_reopen(
    qtbot, page: SessionsPage, services: Services, monkeypatch
) -> None:
    a, b, c = _add(services, 5), _add(services, 6), _add(services, 7)
    page.refresh()
    assert _sign_cell(page, a) == "Ikke signert"
    assert not page.signing.act_sign.isEnabled()

    _click_row(qtbot, page, a)
    _click_row(qtbot, page, b, ctrl=True)
    assert sorted(page.selected_ids()) == sorted([a, b])
    assert page.selected_id() == b  # edit, delete, make-up act on the current row
    assert page.signing.act_sign.isEnabled() and not page.signing.act_reopen.isEnabled()

    page.signing.act_sign.trigger()
    dialog = page.signing.dialog
    assert isinstance(dialog, SignDialog) and dialog.isVisible()
    assert dialog.session_list.count() == 2
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.confirm, PASS)
    with qtbot.waitSignal(page.changed):
        _ok(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    offs = services.signing.sign_offs()
    assert offs[a].locked and offs[b].locked and not offs[c].locked
    assert _sign_cell(page, a) == "Signert 18.06.2025 av Kari Nordmann"
    assert _sign_cell(page, c) == "Ikke signert"
    assert sorted(page.selected_ids()) == sorted([a, b])  # the selection survives
    assert page.signing.act_reopen.isEnabled() and not page.signing.act_sign.isEnabled()

    # «Rediger …» on a signed session asks to reopen first; «Nei» changes nothing.
    _click_row(qtbot, page, a)
    asked: list[str] = []
    monkeypatch.setattr(sessions_page, "confirm", lambda *args: asked.append(args[2]) or False)
    assert page.edit_selected() is None
    assert "signert og låst" in asked[0] and services.signing.is_locked(a)

    monkeypatch.setattr(sessions_page, "confirm", lambda *args: True)
    reopen = page.edit_selected()
    assert isinstance(reopen, ReopenDialog) and reopen.isVisible()
    qtbot.keyClicks(reopen.reason, "Feil varighet")
    with qtbot.waitSignal(page.changed):
        _ok(qtbot, reopen.buttons)
    assert not services.signing.is_locked(a)
    assert services.signing.sign_offs()[a].state == "void"
    assert _sign_cell(page, a) == "Ugyldig – endret etter signering"
    # ... and goes on to the edit dialog of the reopened session.
    assert isinstance(page.dialog, SessionDialog) and page.dialog.isVisible()
    assert page.selected_id() == a
    assert services.signing.verify().ok


def test_double_click_on_a_signed_session_does_not_open_the_edit_dialog(
    qtbot, page: SessionsPage, services: Services, monkeypatch
) -> None:
    kari = services.supervisors.find("Kari Nordmann").id
    a = _add(services, 5)
    services.signing.sign_in_person([a], kari, PASS, create_key=True)
    page.refresh()
    page.select(a)
    monkeypatch.setattr(sessions_page, "confirm", lambda *args: False)
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(a), M.TOPIC))
    qtbot.mouseDClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )
    assert page.dialog is None


def test_signatur_column_sorts_signed_sessions_together(
    qtbot, page: SessionsPage, services: Services
) -> None:
    kari = services.supervisors.find("Kari Nordmann").id
    ids = [_add(services, d) for d in (5, 6, 7, 8)]
    services.signing.sign_in_person([ids[1], ids[3]], kari, PASS, create_key=True)
    page.refresh()
    page.table.sortByColumn(M.SIGN_OFF, Qt.SortOrder.DescendingOrder)
    top = [page.proxy.index(r, M.SIGN_OFF).data() for r in range(2)]
    assert all(t.startswith("Signert") for t in top)
    assert page.proxy.index(2, M.SIGN_OFF).data() == "Ikke signert"


def test_request_and_import_from_the_page(
    qtbot, page: SessionsPage, services: Services, tmp_path: Path
) -> None:
    a, b = _add(services, 5), _add(services, 6)
    _add(services, 7, who="Per Lund")
    page.refresh()
    page.select_ids([a, b])
    page.table.selectionModel().select(
        page.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )  # Per Lund's row too: only the current supervisor's sessions go in the request
    req = page.signing.request_selected(tmp_path / "req.json", notify=False)
    assert req is not None
    assert _sign_cell(page, a) == "Sendt til signering"
    sup = Services(open_database(tmp_path / "veileder.sqlite"), now=fixed_clock())
    sup.profile.save(ProfileInput(name="Kari Nordmann", role=Role.SUPERVISOR))
    view = sup.signing_files.read_request(req.read_bytes())
    assert sorted(i.session_id for i in view.items) == sorted([a, b])
    resp = tmp_path / "resp.json"
    resp.write_bytes(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    with qtbot.waitSignal(page.changed):
        assert page.signing.import_answer(resp, notify=False)
    assert _sign_cell(page, a).startswith("Signert 18.06.2025")


def test_dashboard_lists_sessions_waiting_for_a_signature(qtbot, services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann").id
    old = [_add(services, d) for d in (5, 6, 20)]
    _add(services, 2, who="Per Lund")
    services.signing.sign_in_person([old[1]], kari, PASS, create_key=True)
    dashboard = DashboardPage(services)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert dashboard.signing.isVisible()
    texts = [label.text() for label in dashboard.signing_labels]
    assert len(texts) == 2
    assert "Kari Nordmann: 2 møter, det eldste 05.05.2025" in texts[0]
    assert "Per Lund: 1 møte (02.05.2025)" in texts[1]
    with qtbot.waitSignal(dashboard.navigate) as blocker:
        dashboard.signing_labels[0].linkActivated.emit(f"session:{old[0]}")
    assert blocker.args == ["session", old[0]]
    assert f'href="session:{old[0]}"' in texts[0]

    services.signing.sign_in_person([old[0], old[2]], kari, PASS)
    dashboard.refresh()
    assert len(dashboard.signing_labels) == 1
    per = services.supervisors.find("Per Lund").id
    services.signing.sign_in_person(
        [s.id for s in services.sessions.list() if s.supervisor_id == per],
        per,
        PASS,
        create_key=True,
    )
    dashboard.refresh()
    assert not dashboard.signing.isVisible() and not dashboard.signing_labels
