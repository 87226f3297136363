"""Table model of «Veiledning gitt» (a supervisor's record of reviewed sessions).

Fed plain ``Given`` records from ``services.signing.supervision_given()``; every column has a
raw value under ``SORT_ROLE`` so dates and durations sort by number, not by display text.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QObject,
    Qt,
)

from miljologg.core import units
from miljologg.core.labels import form_label
from miljologg.services.signing import Given
from miljologg.ui.widgets.table_model import ID_ROLE, SORT_ROLE, RecordListModel
from miljologg.ui.widgets.theme import color


class GivenTableModel(RecordListModel[Given]):
    """One row per reviewed session."""

    STUDENT, DATE, DURATION, FORM, DECISION, COMMENT = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Student"),
            self.tr("Dato"),
            self.tr("Varighet"),
            self.tr("Form"),
            self.tr("Avgjørelse"),
            self.tr("Kommentar"),
        )

    def cell(self, g: Given, col: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(g, col)
        if role == SORT_ROLE:
            return self._sort_value(g, col)
        if role == ID_ROLE:
            return g.id
        if role == Qt.ItemDataRole.ForegroundRole and col == self.DECISION:
            return color("ok" if g.decision == "signed" else "error")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, g: Given, col: int) -> str:
        if col == self.STUDENT:
            return g.student
        if col == self.DATE:
            return units.format_date(g.date)
        if col == self.DURATION:
            return units.format_duration(g.minutes)
        if col == self.FORM:
            return form_label(g.form)
        if col == self.DECISION:
            return self.tr("Signert") if g.decision == "signed" else self.tr("Avvist")
        return g.comment

    def _sort_value(self, g: Given, col: int) -> object:
        if col == self.DATE:
            return g.date.toordinal()
        if col == self.DURATION:
            return g.minutes
        return self._display(g, col).casefold()
