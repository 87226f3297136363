"""Selecting records by id in a table view over a sort/filter proxy.

Pages name records by id (a dashboard link, a row kept across a refresh, the sessions chosen
for «Signer …»), while the view knows rows of a proxy that sorts and filters. The mapping
(model row → proxy index → selection) and back (selected rows → ``ID_ROLE``) is the same on
every page with a table, so it is written once here.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from miljologg.ui.widgets.table_model import ID_ROLE


class RecordModel(Protocol):
    """A table model that finds a record's row by its id (-1 when it holds no such record)."""

    def row_of(self, record_id: str) -> int: ...

    def index(self, row: int, column: int, parent: QModelIndex = ...) -> QModelIndex: ...


def view_index(proxy: QSortFilterProxyModel, model: RecordModel, record_id: str) -> QModelIndex:
    """The record's first cell as the view sees it; invalid when absent or filtered out."""
    row = model.row_of(record_id)
    return proxy.mapFromSource(model.index(row, 0)) if row >= 0 else QModelIndex()


def show_index(table: QTableView, index: QModelIndex, center: bool = False) -> bool:
    """Make ``index``'s row the one selected and current row, scrolled into view."""
    if not index.isValid():
        return False
    flag = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(index, flag.ClearAndSelect | flag.Rows)
    hint = QAbstractItemView.ScrollHint
    table.scrollTo(index, hint.PositionAtCenter if center else hint.EnsureVisible)
    return True


def current_id(table: QTableView) -> str | None:
    """The current row's record if it is selected, else the first selected one: single-record
    actions (edit, delete) act on the row the user last clicked even within a multi-selection."""
    selection = table.selectionModel()
    if selection is None:
        return None
    current = table.currentIndex()
    if current.isValid() and selection.isRowSelected(current.row()):
        return str(current.siblingAtColumn(0).data(ID_ROLE))
    rows = selection.selectedRows()
    return str(rows[0].data(ID_ROLE)) if rows else None


def selected_ids(table: QTableView) -> list[str]:
    """Every selected record, top to bottom as shown."""
    selection = table.selectionModel()
    rows = sorted(selection.selectedRows(), key=lambda i: i.row()) if selection else []
    return [str(i.data(ID_ROLE)) for i in rows]


def select_indexes(table: QTableView, indexes: list[QModelIndex]) -> None:
    """Select several rows; the first valid one becomes current (invalid ones are skipped)."""
    selection = table.selectionModel()
    mode = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    first = True
    for index in indexes:
        if not index.isValid():
            continue
        if first:
            selection.setCurrentIndex(index, mode)
            first = False
        else:
            selection.select(index, mode)
