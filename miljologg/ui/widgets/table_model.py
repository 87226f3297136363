"""What every table of records shares: the data roles, a flat model's plumbing, a sort proxy.

Each list has its own ``QAbstractTableModel`` (DESIGN.md), and each used to define the same two
roles and the same ``rowCount``/``columnCount``/``headerData``. They are defined once here, so a
view or a page can ask any model for ``ID_ROLE`` and get the record's id.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

#: A cell's raw value (minutes, an ordinal date, folded text) for sorting by number, not text.
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The id of the record behind a row, so views and pages can find it.
ID_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex

R = TypeVar("R")


class FlatTableModel(QAbstractTableModel):
    """A table without a tree: a subclass sets ``_headers`` and says how many rows it has."""

    _headers: tuple[str, ...] = ()

    def row_total(self) -> int:
        """The number of rows (every subclass implements it)."""
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class RecordListModel(FlatTableModel, Generic[R]):
    """A flat table over a list of records, a row each, in the order given.

    Keeps the list, resets the view when it changes and answers for rows it has; a subclass
    says what a ``cell`` shows per column and role. The backup list and «Veiledning gitt» each
    kept these same lines.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_records(self, records: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, record: R, column: int, role: int) -> object:
        """What ``record``'s cell in ``column`` holds for ``role``; None for nothing."""
        raise NotImplementedError


class SortProxy(QSortFilterProxyModel):
    """Sorts by the model's ``SORT_ROLE`` values, compared in C++."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
