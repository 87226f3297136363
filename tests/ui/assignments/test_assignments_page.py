"""«Arbeidskrav»: the table model without widgets, then the page and dialog driven for real."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from miljologg.core.model import Assignment
from miljologg.services.app import Services
from miljologg.services.assignments import AssignmentInput
from miljologg.ui.assignments import page as assignments_page
from miljologg.ui.assignments.model import (
    COL_DUE,
    COL_HANDED_IN,
    COL_STATUS,
    COL_TITLE,
    AssignmentProxy,
    AssignmentTableModel,
)
from miljologg.ui.assignments.page import AssignmentsPage
from miljologg.ui.widgets.table_model import SORT_ROLE

TODAY = dt.date(2025, 6, 18)
FNR = "02013299997"

ROWS = [
    Assignment("a", "Refleksjonsnotat", dt.date(2025, 3, 1), dt.date(2025, 2, 27), None),
    Assignment("b", "Caseoppgave", dt.date(2025, 6, 1)),
    Assignment("c", "Litteraturoppgave", dt.date(2025, 9, 1)),
    Assignment(
        "d", "Praksisrapport", dt.date(2025, 1, 10), dt.date(2025, 1, 9), dt.date(2025, 2, 1)
    ),
]


# -- model -------------------------------------------------------------------------------
def texts(model: AssignmentTableModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_status_and_formats() -> None:
    model = AssignmentTableModel()
    model.set_assignments(ROWS, TODAY)
    assert model.rowCount() == 4 and model.columnCount() == 5
    assert texts(model, COL_STATUS) == ["Levert", "Forsinket", "Ikke levert", "Godkjent"]
    assert texts(model, COL_DUE)[0] == "01.03.2025"
    assert texts(model, COL_HANDED_IN)[1] == "–"
    red = model.index(1, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert red.color().name() == "#b00020"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Tittel"


def test_model_uses_the_rules_overdue_ids() -> None:
    model = AssignmentTableModel()
    model.set_assignments(ROWS, TODAY, overdue_ids=["c"])  # the rules engine decides
    assert texts(model, COL_STATUS) == ["Levert", "Ikke levert", "Forsinket", "Godkjent"]


def test_proxy_sorts_by_raw_values_and_filters() -> None:
    model = AssignmentTableModel()
    model.set_assignments(ROWS, TODAY)
    proxy = AssignmentProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_DUE, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]
    assert titles == ["Praksisrapport", "Refleksjonsnotat", "Caseoppgave", "Litteraturoppgave"]
    proxy.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, COL_TITLE).data() == "Caseoppgave"  # overdue first
    assert model.index(1, COL_HANDED_IN).data(SORT_ROLE) == ""
    proxy.setFilterFixedString("oppgave")
    assert proxy.rowCount() == 2


# -- page and dialog -------------------------------------------------------------------------
def make_page(qtbot, services: Services) -> AssignmentsPage:
    page = AssignmentsPage(services)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def row_texts(page: AssignmentsPage, col: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_add_via_dialog_appears_in_table(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Refleksjonsnotat 2")
    dialog.due_edit.setDate(dt.date(2025, 9, 15))
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [saved] = services.assignments.list()
    assert saved.title == "Refleksjonsnotat 2" and saved.due_date == dt.date(2025, 9, 15)
    assert row_texts(page, COL_TITLE) == ["Refleksjonsnotat 2"]
    assert row_texts(page, COL_STATUS) == ["Ikke levert"]
    assert page.selected() == saved


def test_dialog_shows_errors_at_the_field(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    dialog = page.open_add_dialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no title
    assert dialog.isVisible() and dialog.messages["title"].isVisible()
    qtbot.keyClicks(dialog.title_edit, "Oppgave")
    dialog.note_edit.setPlainText(f"Gjelder {FNR}")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "fødselsnummer" in dialog.messages["note"].text()
    dialog.note_edit.clear()
    dialog.handed_in_check.setChecked(True)
    dialog.handed_in_edit.setDate(dt.date(2025, 7, 1))  # after today
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.messages["handed_in"].isVisible()
    assert services.assignments.list() == ()


def test_overdue_is_flagged(qtbot, services: Services) -> None:
    services.assignments.add(AssignmentInput("Caseoppgave", dt.date(2025, 6, 1)))
    services.assignments.add(AssignmentInput("Senere", dt.date(2025, 9, 1)))
    page = make_page(qtbot, services)
    assert row_texts(page, COL_STATUS) == ["Forsinket", "Ikke levert"]
    assert "1 forsinket" in page.summary_label.text()


def test_mark_handed_in_today_and_edit(qtbot, services: Services) -> None:
    a = services.assignments.add(AssignmentInput("Caseoppgave", dt.date(2025, 6, 1)))
    page = make_page(qtbot, services)
    page.select(a.id)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.handed_in_button, Qt.MouseButton.LeftButton)
    assert services.assignments.list()[0].handed_in == TODAY
    assert row_texts(page, COL_STATUS) == ["Levert"]
    assert not page.handed_in_button.isEnabled()

    dialog = page.open_edit_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Caseoppgave" and dialog.handed_in_check.isChecked()
    dialog.approved_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.assignments.list()[0].approved == TODAY
    assert row_texts(page, COL_STATUS) == ["Godkjent"]


def test_delete_asks_first(qtbot, services: Services, monkeypatch) -> None:
    a = services.assignments.add(AssignmentInput("Caseoppgave", dt.date(2025, 6, 1)))
    page = make_page(qtbot, services)
    page.select(a.id)
    asked: list[str] = []

    def answer(result: bool):
        def fake(_parent, _title, text, _yes=""):
            asked.append(text)
            return result

        return fake

    monkeypatch.setattr(assignments_page, "confirm", answer(False))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Caseoppgave" in asked[0]
    assert len(services.assignments.list()) == 1

    monkeypatch.setattr(assignments_page, "confirm", answer(True))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert services.assignments.list() == ()
    assert page.proxy.rowCount() == 0 and page.empty_label.isVisible()
