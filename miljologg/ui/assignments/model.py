"""Table model of the written assignments (arbeidskrav), tested without widgets.

Which assignments are overdue is decided by the rules engine (``assignments.overdue``); the
model only shows it. Without a rules result it falls back to the plain reading of the same
rule (due date passed, not handed in) so the table still works while the status is computed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush

from miljologg.core import units
from miljologg.core.model import Assignment
from miljologg.ui.widgets.table_model import ID_ROLE, SORT_ROLE, AnyIndex, FlatTableModel, SortProxy
from miljologg.ui.widgets.theme import color

COL_TITLE, COL_DUE, COL_HANDED_IN, COL_APPROVED, COL_STATUS = range(5)

APPROVED, HANDED_IN, NOT_HANDED_IN, OVERDUE = "approved", "handed_in", "not_handed_in", "overdue"
_STATUS_RANK = {OVERDUE: 0, NOT_HANDED_IN: 1, HANDED_IN: 2, APPROVED: 3}


class AssignmentTableModel(FlatTableModel):
    """One row per assignment: title, due date, handed in, approved, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Assignment] = []
        self._overdue: frozenset[str] = frozenset()
        self._headers = (
            QCoreApplication.translate("AssignmentTableModel", "Tittel"),
            QCoreApplication.translate("AssignmentTableModel", "Frist"),
            QCoreApplication.translate("AssignmentTableModel", "Levert"),
            QCoreApplication.translate("AssignmentTableModel", "Godkjent"),
            QCoreApplication.translate("AssignmentTableModel", "Status"),
        )

    def set_assignments(
        self,
        assignments: Sequence[Assignment],
        today: dt.date,
        overdue_ids: Iterable[str] | None = None,
    ) -> None:
        """Replace the rows; ``overdue_ids`` from the rules engine when known."""
        self.beginResetModel()
        self._rows = list(assignments)
        if overdue_ids is None:
            overdue_ids = (a.id for a in self._rows if a.handed_in is None and a.due_date < today)
        self._overdue = frozenset(overdue_ids)
        self.endResetModel()

    def assignment(self, row: int) -> Assignment:
        return self._rows[row]

    def row_of(self, assignment_id: str) -> int:
        """The row of an assignment, or -1."""
        return next((i for i, a in enumerate(self._rows) if a.id == assignment_id), -1)

    def status(self, a: Assignment) -> str:
        if a.approved is not None:
            return APPROVED
        if a.handed_in is not None:
            return HANDED_IN
        if a.id in self._overdue:
            return OVERDUE
        return NOT_HANDED_IN

    # -- Qt model ------------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        col = index.column()
        status = self.status(a)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, col, status)
        if role == SORT_ROLE:
            return self._sort_value(a, col, status)
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            if status == OVERDUE:
                return QBrush(color("error"))
            if status == APPROVED:
                return QBrush(color("ok"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TITLE and a.note:
                return a.note
            if status == OVERDUE:
                return QCoreApplication.translate(
                    "AssignmentTableModel", "Fristen har gått ut, og arbeidskravet er ikke levert."
                )
        return None

    def _display(self, a: Assignment, col: int, status: str) -> str:
        if col == COL_TITLE:
            return a.title
        if col == COL_DUE:
            return units.format_date(a.due_date)
        if col == COL_HANDED_IN:
            return units.format_date(a.handed_in) if a.handed_in else "–"
        if col == COL_APPROVED:
            return units.format_date(a.approved) if a.approved else "–"
        return {
            APPROVED: QCoreApplication.translate("AssignmentTableModel", "Godkjent"),
            HANDED_IN: QCoreApplication.translate("AssignmentTableModel", "Levert"),
            NOT_HANDED_IN: QCoreApplication.translate("AssignmentTableModel", "Ikke levert"),
            OVERDUE: QCoreApplication.translate("AssignmentTableModel", "Forsinket"),
        }[status]

    @staticmethod
    def _sort_value(a: Assignment, col: int, status: str) -> str | int:
        """Raw values that sort right: ISO dates (empty first), title folded, status rank."""
        if col == COL_TITLE:
            return a.title.casefold()
        if col == COL_DUE:
            return a.due_date.isoformat()
        if col == COL_HANDED_IN:
            return a.handed_in.isoformat() if a.handed_in else ""
        if col == COL_APPROVED:
            return a.approved.isoformat() if a.approved else ""
        return _STATUS_RANK[status]


class AssignmentProxy(SortProxy):
    """Sorts by SORT_ROLE and filters on the title (case-insensitive)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(COL_TITLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
