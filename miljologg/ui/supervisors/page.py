"""The «Veiledere» page: the people who gave supervision, and how many hours each gave.

The service refuses to delete a supervisor who still has sessions (hours must never lose their
source); the page shows that refusal as it comes, in Norwegian, instead of guessing beforehand.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from miljologg.core.model import Supervisor
from miljologg.services.app import Services
from miljologg.ui.sessions.columns import action_button
from miljologg.ui.supervisors.dialog import SupervisorDialog
from miljologg.ui.supervisors.model import SupervisorTableModel
from miljologg.ui.widgets.common import bind_table_keys, confirm, open_dialog
from miljologg.ui.widgets.form_dialog import add_or_update, persist
from miljologg.ui.widgets.page import ServicesWidget, record_table
from miljologg.ui.widgets.table_model import SortProxy
from miljologg.ui.widgets.table_selection import current_id, show_index, view_index


class SupervisorsPage(ServicesWidget):
    """Table of supervisors with add, edit and delete."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dialog: QDialog | None = None
        self.model = SupervisorTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.act_new = QAction(self.tr("Ny veileder …"), self)
        self.act_edit = QAction(self.tr("Rediger …"), self)
        self.act_delete = QAction(self.tr("Slett"), self)
        actions = QHBoxLayout()
        for action in (self.act_new, self.act_edit, self.act_delete):
            actions.addWidget(action_button(action))
        actions.addStretch(1)

        self.table = record_table(self.proxy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SupervisorTableModel.WORKPLACE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            SupervisorTableModel.APPROVALS, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in (
            (SupervisorTableModel.NAME, 130),
            (SupervisorTableModel.PROFESSION, 130),
            (SupervisorTableModel.INDIVIDUAL, 80),
            (SupervisorTableModel.EXTERNAL, 72),
            (SupervisorTableModel.GATHERING, 72),
            (SupervisorTableModel.TOTAL, 64),
        ):
            self.table.setColumnWidth(column, width)
        note = QLabel(
            self.tr(
                "Timene er gjennomført veiledning hos hver veileder. Hva som teller mot kravene, "
                "står på oversikten og i «Veiledning»."
            )
        )
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

        self.act_new.triggered.connect(self.new_supervisor)
        self.act_edit.triggered.connect(self.edit_selected)
        self.act_delete.triggered.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.customContextMenuRequested.connect(self._context_menu)
        bind_table_keys(self.table, self.edit_selected, self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.refresh()
        self.table.sortByColumn(SupervisorTableModel.NAME, Qt.SortOrder.AscendingOrder)

    # -- the page contract ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload supervisors and sessions, keeping the selection where possible."""
        keep = self.selected_id()
        log = self._services.status.log()
        self.model.set_data(log)
        if keep:
            self.select(keep)
        self._update_actions()

    def select(self, record_id: str) -> None:
        show_index(self.table, view_index(self.proxy, self.model, record_id))

    def selected_id(self) -> str | None:
        return current_id(self.table)

    def selected_supervisor(self) -> Supervisor | None:
        sid = self.selected_id()
        row = self.model.row_of(sid) if sid else -1
        return self.model.supervisor(row) if row >= 0 else None

    # -- actions -------------------------------------------------------------------------------
    def new_supervisor(self) -> SupervisorDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> SupervisorDialog | None:
        sup = self.selected_supervisor()
        return self._open_dialog(sup) if sup else None

    def _open_dialog(self, sup: Supervisor | None) -> SupervisorDialog:
        dialog = SupervisorDialog(sup, parent=self)
        supervisors = self._services.supervisors
        persist(dialog, add_or_update(supervisors.add, supervisors.update, sup.id if sup else None))
        dialog.accepted.connect(lambda: self.after_write(dialog.saved))
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def delete_selected(self) -> None:
        sup = self.selected_supervisor()
        if sup is None:
            return
        question = self.tr("Slette veilederen %1?").replace("%1", sup.name)
        if not confirm(self, self.tr("Slett veileder"), question, self.tr("Slett")):
            return
        delete = self._services.supervisors.delete
        self.write_or_explain(lambda: delete(sup.id), self.tr("Kan ikke slette"))

    def _update_actions(self) -> None:
        has = self.selected_id() is not None
        self.act_edit.setEnabled(has)
        self.act_delete.setEnabled(has)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        for action in (self.act_new, self.act_edit, self.act_delete):
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))
