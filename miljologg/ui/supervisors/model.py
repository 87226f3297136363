"""Table model for the «Veiledere» page: who supervised, their approvals, and hours given.

The hours per form and in total are ``core.figures.supervisor_totals``, the same sums the
dossier's attests state: what each person gave (held sessions they did not reject), not what
counts towards a requirement (that is ``core.rules``).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QObject,
    Qt,
)

from miljologg.core import units
from miljologg.core.figures import SupervisorTotal, supervisor_totals
from miljologg.core.labels import FORM_LABELS, approvals_text
from miljologg.core.model import PROGRAMME_FORMS, Form, Log, Supervisor
from miljologg.core.professions import supervisor_profession_name
from miljologg.ui.widgets.table_model import ID_ROLE, SORT_ROLE, AnyIndex, FlatTableModel


class SupervisorTableModel(FlatTableModel):
    """One row per supervisor, with the minutes they gave per form and in total."""

    NAME, PROFESSION, APPROVALS, WORKPLACE, INDIVIDUAL, EXTERNAL, GATHERING, TOTAL = range(8)
    COLUMN_COUNT = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._supervisors: list[Supervisor] = []
        self._totals: dict[str, SupervisorTotal] = {}
        self._headers = (
            self.tr("Navn"),
            self.tr("Profesjon"),
            self.tr("Godkjenninger"),
            self.tr("Arbeidssted"),
            # the form labels on two lines: «Gruppe» over «(ekstern)»
            *(FORM_LABELS[form].replace(" (", "\n(") for form in PROGRAMME_FORMS),
            self.tr("Totalt"),
        )

    def set_data(self, log: Log) -> None:
        self.beginResetModel()
        self._supervisors = list(log.supervisors)
        self._totals = {t.supervisor_id: t for t in supervisor_totals(log)}
        self.endResetModel()

    def supervisor(self, row: int) -> Supervisor:
        return self._supervisors[row]

    def row_of(self, supervisor_id: str) -> int:
        for row, sup in enumerate(self._supervisors):
            if sup.id == supervisor_id:
                return row
        return -1

    def minutes(self, supervisor_id: str, form: Form | None = None) -> int:
        """Minutes a supervisor gave, in one form or (None) in all."""
        total = self._totals.get(supervisor_id)
        if total is None:
            return 0
        return total.minutes if form is None else total.minutes_in(form)

    def row_total(self) -> int:
        return len(self._supervisors)

    def _form_of(self, col: int) -> Form | None:
        if col == self.INDIVIDUAL:
            return Form.INDIVIDUAL
        if col == self.EXTERNAL:
            return Form.EXTERNAL_GROUP
        if col == self.GATHERING:
            return Form.GATHERING_GROUP
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        sup = self._supervisors[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return sup.id
        if col >= self.INDIVIDUAL:
            minutes = self.minutes(sup.id, self._form_of(col))
            if role == Qt.ItemDataRole.DisplayRole:
                return units.format_hours(minutes) if minutes else ""
            if role == SORT_ROLE:
                return minutes
            if role == Qt.ItemDataRole.ToolTipRole and minutes:
                return units.format_duration(minutes)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        text = {
            self.NAME: sup.name,
            self.PROFESSION: supervisor_profession_name(sup),
            self.APPROVALS: approvals_text(sup.approvals, "\n"),
            self.WORKPLACE: sup.workplace,
        }[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return text.casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.WORKPLACE and sup.position:
                return f"{sup.position}, {sup.workplace}" if sup.workplace else sup.position
            return text or None
        return None
