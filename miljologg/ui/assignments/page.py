"""«Arbeidskrav»: the written assignments, with overdue ones flagged by the rules engine."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from miljologg.core.model import Assignment
from miljologg.services.app import Services
from miljologg.services.assignments import AssignmentInput
from miljologg.services.errors import ValidationError
from miljologg.ui.assignments.dialog import AssignmentDialog
from miljologg.ui.assignments.model import (
    COL_APPROVED,
    COL_DUE,
    COL_HANDED_IN,
    COL_STATUS,
    COL_TITLE,
    AssignmentProxy,
    AssignmentTableModel,
)
from miljologg.ui.widgets.common import confirm, open_dialog
from miljologg.ui.widgets.form_dialog import add_or_update, persist
from miljologg.ui.widgets.page import ServicesWidget, page_layout, record_table
from miljologg.ui.widgets.theme import set_tone


class AssignmentsPage(ServicesWidget):
    """List, add, change and delete assignments; mark one handed in today in one click."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: AssignmentDialog | None = None
        self.model = AssignmentTableModel(self)
        self.proxy = AssignmentProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        layout = page_layout(self, self.tr("Arbeidskrav"))
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Nytt arbeidskrav…"), self)
        self.edit_button = QPushButton(self.tr("Endre…"), self)
        self.handed_in_button = QPushButton(self.tr("Marker som levert i dag"), self)
        self.delete_button = QPushButton(self.tr("Slett"), self)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.handed_in_button.clicked.connect(self.mark_handed_in_today)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.handed_in_button):
            bar.addWidget(button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Søk i tittel"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(240)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        bar.addWidget(self.search_edit)
        layout.addLayout(bar)

        self.table = record_table(self.proxy, self)
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(110)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_DUE, COL_HANDED_IN, COL_APPROVED, COL_STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_edit_dialog())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)

        for text, key, slot in (
            (self.tr("Endre"), QKeySequence(Qt.Key.Key_Return), self.open_edit_dialog),
            (self.tr("Slett"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
        ):
            action = QAction(text, self.table)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

        self.empty_label = QLabel(
            self.tr("Ingen arbeidskrav ennå. Legg dem inn med «Nytt arbeidskrav…»."), self
        )
        set_tone(self.empty_label, "muted")
        layout.addWidget(self.empty_label)

    # -- data --------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list and the rules' assignment summary; keep the selected row."""
        selected = self.selected()
        assignments = self._services.assignments.list()
        overdue = None
        try:
            result = self._services.status.programme_status().assignments
            overdue = result.overdue
            self.summary_label.setText(
                self.tr(
                    "{handed} av {total} levert, {approved} godkjent, {late} forsinket."
                ).format(
                    handed=result.handed_in,
                    total=result.total,
                    approved=result.approved,
                    late=len(result.overdue),
                )
            )
        except ValidationError:  # no programme in the profile: still list the assignments
            self.summary_label.clear()
        self.model.set_assignments(assignments, self._services.ctx.today(), overdue)
        self.empty_label.setVisible(not assignments)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> Assignment | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.assignment(source.row())

    def select(self, record_id: str) -> None:
        """Select and show one assignment (a dashboard problem link)."""
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        if not index.isValid():  # hidden by the search: show everything again
            self.search_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        current = self.selected()
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        self.handed_in_button.setEnabled(current is not None and current.handed_in is None)

    # -- actions -----------------------------------------------------------------
    def open_add_dialog(self) -> AssignmentDialog:
        return self._open_dialog(None)

    def open_edit_dialog(self) -> AssignmentDialog | None:
        current = self.selected()
        return self._open_dialog(current) if current is not None else None

    def _open_dialog(self, assignment: Assignment | None) -> AssignmentDialog:
        self.dialog = AssignmentDialog(self._services, assignment, self)
        service, original = self._services.assignments, assignment.id if assignment else None
        persist(self.dialog, add_or_update(service.add, service.update, original))
        self.dialog.accepted.connect(self._dialog_saved)
        open_dialog(self.dialog)
        return self.dialog

    def _dialog_saved(self) -> None:
        self.after_write(self.dialog.saved if self.dialog is not None else None)

    def mark_handed_in_today(self) -> None:
        current = self.selected()
        if current is None or current.handed_in is not None:
            return
        data = AssignmentInput(
            current.title,
            current.due_date,
            self._services.ctx.today(),
            current.approved,
            current.note,
        )
        update = self._services.assignments.update
        self.write_or_explain(lambda: update(current.id, data), self.tr("Kunne ikke lagre"))

    def delete_selected(self) -> None:
        current = self.selected()
        if current is None:
            return
        question = self.tr("Slette arbeidskravet «{title}»? Dette kan ikke angres.").format(
            title=current.title
        )
        if not confirm(self, self.tr("Slett arbeidskrav"), question, self.tr("Slett")):
            return
        self._services.assignments.delete(current.id)
        self.refresh()
        self.changed.emit()
