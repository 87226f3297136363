"""The «Veiledning» page: add through the dialog, filter, sort, delete, link make-ups."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from miljologg.core.model import AttendanceStatus, Form, SessionStatus
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.ui.sessions import page as sessions_page
from miljologg.ui.sessions.model import SessionTableModel as M
from miljologg.ui.sessions.page import SessionsPage
from miljologg.ui.widgets.table_model import ID_ROLE


def ids(services: Services) -> tuple[str, str]:
    return services.supervisors.find("Kari Nordmann").id, services.supervisors.find("Per Lund").id


def add(services: Services, day: dt.date, minutes: int, form=Form.INDIVIDUAL, who=0, **kw):
    group = kw.pop("group_size", 1 if form is Form.INDIVIDUAL else 4)
    return services.sessions.add(
        SessionInput(day, minutes, form, ids(services)[who], group_size=group, **kw)
    )


@pytest.fixture
def page(qtbot, services: Services) -> SessionsPage:
    widget = SessionsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def cell(page: SessionsPage, row: int, column: int) -> str:
    return page.proxy.index(row, column).data()


def cell_of(page: SessionsPage, session_id: str, column: int) -> str:
    source = page.model.index(page.model.row_of(session_id), column)
    return page.proxy.mapFromSource(source).data()


def visible_ids(page: SessionsPage) -> list[str]:
    return [s.id for s in page.proxy.visible_sessions()]


def test_a_session_typed_into_the_dialog_appears_in_the_table(
    qtbot, page: SessionsPage, services: Services
) -> None:
    assert page.model.rowCount() == 0
    assert page.summary.text() == "0 møter, 0 t, 0 t teller"
    dialog = page.new_session()
    assert dialog.isVisible()
    dialog.date.setDate(dt.date(2025, 6, 2))
    dialog.minutes.lineEdit().selectAll()
    qtbot.keyClicks(dialog.minutes, "90")
    dialog.supervisor.setCurrentIndex(dialog.supervisor.findData(ids(services)[0]))
    qtbot.keyClicks(dialog.topic, "Mentalisering i samtaler med ungdom")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    [saved] = services.sessions.list()
    assert page.model.rowCount() == 1
    assert cell(page, 0, M.DATE) == "02.06.2025"
    assert cell(page, 0, M.FORM) == "Individuell"
    assert cell(page, 0, M.SUPERVISOR) == "Kari Nordmann"
    assert cell(page, 0, M.DURATION) == "1 t 30 min"
    assert cell(page, 0, M.TOPIC) == "Mentalisering i samtaler med ungdom"
    assert cell(page, 0, M.STATUS) == "Gjennomført"
    assert cell(page, 0, M.COUNTS) == "Teller"
    assert page.selected_id() == saved.id
    assert page.summary.text() == "1 møte, 1 t 30 min, 1 t 30 min teller"


def test_uncounted_sessions_show_the_rules_reason(page: SessionsPage, services: Services) -> None:
    add(services, dt.date(2025, 6, 3), 60, who=1)  # Per Lund is not approved by the programme
    add(services, dt.date(2025, 6, 4), 60, who=0)
    page.refresh()
    page.table.sortByColumn(M.DATE, Qt.SortOrder.AscendingOrder)
    assert cell(page, 0, M.COUNTS).startswith("Teller ikke: ")
    tip = page.proxy.index(0, M.COUNTS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == cell(page, 0, M.COUNTS) and len(tip) > len("Teller ikke: ")
    assert cell(page, 1, M.COUNTS) == "Teller"
    assert page.summary.text() == "2 møter, 2 t, 1 t teller"


def test_deleting_asks_first(
    page: SessionsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = add(services, dt.date(2025, 6, 3), 60)
    page.refresh()
    page.select(session.id)
    asked: list[str] = []
    answer = False

    def fake_confirm(_parent, _title, text, _yes=""):
        asked.append(text)
        return answer

    monkeypatch.setattr(sessions_page, "confirm", fake_confirm)
    page.act_delete.trigger()
    assert len(asked) == 1 and "03.06.2025" in asked[0]
    assert len(services.sessions.list()) == 1
    answer = True
    page.act_delete.trigger()
    assert services.sessions.list() == ()
    assert page.model.rowCount() == 0


def test_filters_by_form_supervisor_text_and_period(page: SessionsPage, services: Services) -> None:
    a = add(services, dt.date(2025, 1, 20), 60, topic="Grensesetting")
    b = add(services, dt.date(2025, 3, 3), 90, Form.EXTERNAL_GROUP, who=1, topic="Traumer")
    c = add(services, dt.date(2025, 5, 12), 120, Form.GATHERING_GROUP, group_size=8)
    page.refresh()
    # Gathering-group hours count only on a day the student is registered as present.
    assert cell_of(page, c.id, M.COUNTS).startswith("Teller ikke: ")
    services.attendance.set(dt.date(2025, 5, 12), AttendanceStatus.PRESENT)
    page.refresh()
    assert cell_of(page, c.id, M.COUNTS) == "Teller"
    page.table.sortByColumn(M.DATE, Qt.SortOrder.AscendingOrder)
    assert visible_ids(page) == [a.id, b.id, c.id]

    page.form_filter.setCurrentIndex(page.form_filter.findData(Form.EXTERNAL_GROUP))
    assert visible_ids(page) == [b.id]
    page.form_filter.setCurrentIndex(0)
    page.supervisor_filter.setCurrentIndex(page.supervisor_filter.findData(ids(services)[0]))
    assert visible_ids(page) == [a.id, c.id]
    assert page.summary.text() == "2 møter, 3 t, 3 t teller"
    page.supervisor_filter.setCurrentIndex(0)
    page.search.setText("traum")
    assert visible_ids(page) == [b.id]
    page.search.setText("per")  # the supervisor's name
    assert visible_ids(page) == [b.id]
    page.search.clear()

    assert not page.date_from.isEnabled()
    page.whole_period.setChecked(False)
    assert page.date_from.isEnabled()
    page.date_from.setDate(dt.date(2025, 2, 1))
    page.date_to.setDate(dt.date(2025, 4, 30))
    assert visible_ids(page) == [b.id]
    page.whole_period.setChecked(True)
    assert len(visible_ids(page)) == 3


def test_sorting_by_date_and_duration_uses_raw_values(
    page: SessionsPage, services: Services
) -> None:
    long = add(services, dt.date(2025, 2, 10), 600)  # "10 t" sorts before "45 min" as text
    short = add(services, dt.date(2025, 2, 9), 45)
    mid = add(services, dt.date(2024, 12, 1), 90)
    page.refresh()
    page.table.sortByColumn(M.DURATION, Qt.SortOrder.AscendingOrder)
    assert visible_ids(page) == [short.id, mid.id, long.id]
    page.table.sortByColumn(M.DATE, Qt.SortOrder.AscendingOrder)
    assert visible_ids(page) == [mid.id, short.id, long.id]
    page.table.sortByColumn(M.DATE, Qt.SortOrder.DescendingOrder)
    assert visible_ids(page) == [long.id, short.id, mid.id]


def test_selection_survives_refresh_and_select_clears_filters(
    page: SessionsPage, services: Services
) -> None:
    a = add(services, dt.date(2025, 1, 20), 60, topic="Grensesetting")
    b = add(services, dt.date(2025, 3, 3), 90, topic="Traumer")
    page.refresh()
    page.select(b.id)
    page.refresh()
    assert page.selected_id() == b.id
    page.search.setText("grense")
    page.select(b.id)  # hidden by the search: the filters are cleared
    assert page.search.text() == "" and page.selected_id() == b.id
    assert a.id in visible_ids(page)


def test_make_up_linking(page: SessionsPage, services: Services) -> None:
    missed = add(services, dt.date(2025, 3, 3), 60, status=SessionStatus.MISSED)
    earlier = add(services, dt.date(2025, 2, 3), 60)
    other_form = add(services, dt.date(2025, 3, 10), 60, Form.EXTERNAL_GROUP)
    make_up = add(services, dt.date(2025, 3, 17), 60)
    page.refresh()
    page.select(earlier.id)
    assert not page.act_make_up.isEnabled()
    page.select(missed.id)
    assert page.act_make_up.isEnabled()
    dialog = page.mark_made_up()
    assert dialog is not None and dialog.isVisible()
    offered = [dialog.list.item(r).data(ID_ROLE) for r in range(dialog.list.count())]
    assert offered == [make_up.id]  # not earlier, not another form
    assert other_form.id not in offered
    dialog.choose(make_up.id)
    click_ok(dialog)
    assert services.sessions.get(missed.id).made_up_by_id == make_up.id
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(missed.id), M.STATUS))
    assert row.data() == "Avlyst – tatt igjen 17.03.2025"
    assert page.selected_id() == missed.id


def click_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_edit_and_focus_search(page: SessionsPage, services: Services) -> None:
    session = add(services, dt.date(2025, 3, 3), 60)
    page.refresh()
    page.select(session.id)
    dialog = page.edit_selected()
    assert dialog is not None and dialog.minutes.value() == 60
    dialog.minutes.setValue(80)
    click_ok(dialog)
    assert services.sessions.get(session.id).minutes == 80
    assert page.proxy.index(0, M.DURATION).data() == "1 t 20 min"
    page.focus_search()
    assert page.search.hasFocus() or page.focusWidget() is page.search


def _right_click(qtbot, page: SessionsPage, session_id: str):
    """Open the context menu over a session's row, as a right-click does."""
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(session_id), M.TOPIC)).row()
    pos = page.table.visualRect(page.proxy.index(row, M.TOPIC)).center()
    page.table.customContextMenuRequested.emit(pos)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.isVisible()
    return menu


def _entries(menu: QMenu) -> dict[str, QAction]:
    return {a.text(): a for a in menu.actions() if not a.isSeparator()}


def test_context_menu_acts_on_the_row_clicked(qtbot, page: SessionsPage, services) -> None:
    held = add(services, dt.date(2025, 6, 2), 60, topic="Holdt")
    missed = add(services, dt.date(2025, 6, 9), 60, topic="Avlyst", status=SessionStatus.MISSED)
    page.refresh()
    page.select(held.id)

    menu = _right_click(qtbot, page, missed.id)  # a row outside the selection: it is selected
    assert page.selected_ids() == [missed.id]
    entries = _entries(menu)
    assert list(entries) == [
        "Ny …",
        "Rediger …",
        "Slett",
        "Marker som tatt igjen …",
        "Signer …",
        "Gjenåpne …",
        "Send til signering (fil) …",
        "Importer signert svar …",
        "Signerark (PDF) …",
        "Registrer papirsignatur …",
    ]
    assert entries["Marker som tatt igjen …"].isEnabled()  # a missed session
    menu.close()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)

    menu = _right_click(qtbot, page, held.id)
    assert page.selected_ids() == [held.id]
    assert not _entries(menu)["Marker som tatt igjen …"].isEnabled()  # held: nothing to make up
    _entries(menu)["Rediger …"].trigger()
    menu.close()
    dialog = page.dialog
    assert dialog.isVisible() and dialog.topic.text() == "Holdt"
    dialog.reject()


def test_context_menu_keeps_a_multi_selection(qtbot, page: SessionsPage, services) -> None:
    first = add(services, dt.date(2025, 6, 2), 60, topic="En")
    second = add(services, dt.date(2025, 6, 9), 60, topic="To")
    page.refresh()
    page.table.selectAll()
    menu = _right_click(qtbot, page, second.id)
    assert sorted(page.selected_ids()) == sorted([first.id, second.id])
    assert page.selected_session().id == second.id  # the clicked row is the current one
    menu.close()


def test_context_menus_do_not_pile_up(qtbot, page: SessionsPage, services) -> None:
    session = add(services, dt.date(2025, 6, 2), 60)
    page.refresh()
    for _ in range(5):
        _right_click(qtbot, page, session.id).close()
    qtbot.waitUntil(
        lambda: page.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly) == []
    )
