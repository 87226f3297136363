"""The «Veiledning» page: every supervision session, filtered, sorted and edited.

Whether a session counts comes from the rules engine (``services.status.programme_status``):
the page only shows its reasons. Sign-off (see ``session_signing``): several sessions can be
selected for «Signer …»; edit, delete and make-up act on the current row. Dialogs are opened
with ``open()`` (window-modal, not a nested event loop) and the page reacts to ``accepted``,
which also lets tests drive them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import figures, units
from miljologg.core.labels import FORM_LABELS
from miljologg.core.model import Form, Session, SessionStatus, Supervisor
from miljologg.services.app import Services
from miljologg.ui.sessions.columns import action_button, fit_columns, session_table
from miljologg.ui.sessions.dialog import SessionDialog
from miljologg.ui.sessions.makeup_dialog import MakeUpDialog
from miljologg.ui.sessions.model import SessionFilterProxy, SessionTableModel
from miljologg.ui.sessions.summary import judged, summary_text
from miljologg.ui.signing.actions import ReopenDialog
from miljologg.ui.signing.session_signing import SessionSigning
from miljologg.ui.widgets.common import confirm, open_dialog
from miljologg.ui.widgets.date_field import DateField
from miljologg.ui.widgets.form_dialog import add_or_update, persist
from miljologg.ui.widgets.page import ServicesWidget
from miljologg.ui.widgets.table_selection import (
    current_id,
    select_indexes,
    selected_ids,
    show_index,
    view_index,
)


def session_dialog(
    services: Services, session: Session | None, parent: QWidget | None = None
) -> SessionDialog:
    """The session dialog, its value saved by the sessions service (new or over ``session``)."""
    dialog = SessionDialog(services, session, parent, add_supervisor=services.supervisors.add)
    original = session.id if session else None
    persist(dialog, add_or_update(services.sessions.add, services.sessions.update, original))
    return dialog


class SessionsPage(ServicesWidget):
    """Table of sessions with filters, a summary line and add/edit/delete/make-up actions."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._counted_ids: frozenset[str] | None = None
        self.dialog: QDialog | None = None
        self.model = SessionTableModel(self)
        self.proxy = SessionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.signing = SessionSigning(self, services)
        self._build()
        self.refresh()
        self.table.sortByColumn(SessionTableModel.DATE, Qt.SortOrder.DescendingOrder)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.form_filter = QComboBox()
        self.form_filter.addItem(self.tr("Alle former"), None)
        for form in Form:
            self.form_filter.addItem(FORM_LABELS[form], form)
        self.supervisor_filter = QComboBox()
        self.supervisor_filter.setMinimumContentsLength(14)
        self.supervisor_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.whole_period = QCheckBox(self.tr("Hele perioden"))
        self.whole_period.setChecked(True)
        today = self._services.ctx.today()
        self.date_from = DateField(dt.date(today.year, 1, 1))
        self.date_to = DateField(today)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk i tema og veileder"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.setMaximumWidth(360)

        filters = QHBoxLayout()
        for widget in (
            self.form_filter,
            self.supervisor_filter,
            QLabel(self.tr("Periode:")),
            self.whole_period,
            self.date_from,
            QLabel("–"),
            self.date_to,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.act_new = QAction(self.tr("Ny …"), self)
        self.act_new.setToolTip(self.tr("Før et nytt veiledningsmøte (Ctrl+N)"))
        self.act_edit = QAction(self.tr("Rediger …"), self)
        self.act_delete = QAction(self.tr("Slett"), self)
        self.act_make_up = QAction(self.tr("Marker som tatt igjen …"), self)
        self.act_make_up.setToolTip(self.tr("Velg møtet som tok igjen et avlyst møte"))
        actions = QHBoxLayout()
        sign = self.signing
        for action in (
            self.act_new,
            self.act_edit,
            self.act_delete,
            self.act_make_up,
            sign.act_sign,
        ):
            actions.addWidget(action_button(action))
        self.file_sign_button = sign.file_button()
        actions.addWidget(self.file_sign_button)
        actions.addStretch(1)
        actions.addWidget(self.search, 1)

        self.table = session_table(self.proxy, self.fontMetrics().height() + 10)
        self.table.viewport().installEventFilter(self)
        self.summary = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self.act_new.triggered.connect(self.new_session)
        self.act_edit.triggered.connect(self.edit_selected)
        self.act_delete.triggered.connect(self.delete_selected)
        self.act_make_up.triggered.connect(self.mark_made_up)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.customContextMenuRequested.connect(self._context_menu)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.edit_selected,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        for filter_changed in (
            self.form_filter.currentIndexChanged,
            self.supervisor_filter.currentIndexChanged,
            self.whole_period.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.search.textChanged,
        ):
            filter_changed.connect(self._apply_filters)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            fit_columns(self.table, self.model)
        return super().eventFilter(watched, event)

    # -- the page contract ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the services, keeping the selected session selected if it still exists."""
        keep = self.selected_id()
        log = self._services.status.log()
        names = {s.id: s.name for s in log.supervisors}
        reasons, self._counted_ids = judged(self._services, log)
        self.model.set_data(log.sessions, names, reasons, self.signing.load())
        fit_columns(self.table, self.model)
        self._load_supervisor_filter(log.supervisors)
        if keep:
            self._select_visible(keep)
        self._update_summary()
        self._update_actions()

    def select(self, record_id: str) -> None:
        """Show a session (e.g. from a dashboard problem), clearing filters that hide it."""
        if self.model.row_of(record_id) < 0:
            self.refresh()
        if not self._select_visible(record_id, center=True):
            self.clear_filters()
            self._select_visible(record_id, center=True)

    def new_session(self) -> SessionDialog:
        """Open the add dialog (Ctrl+N in the main window)."""
        return self._open_session_dialog(None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection -----------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        """The current row's session if it is selected (else the first selected): edit, delete
        and make-up act on one session even when several are selected for signing."""
        return current_id(self.table)

    def selected_ids(self) -> list[str]:
        """Every selected session, top to bottom."""
        return selected_ids(self.table)

    def selected_session(self) -> Session | None:
        sid = self.selected_id()
        row = self.model.row_of(sid) if sid else -1
        return self.model.session(row) if row >= 0 else None

    def selected_sessions(self) -> list[Session]:
        rows = (self.model.row_of(sid) for sid in self.selected_ids())
        return [self.model.session(row) for row in rows if row >= 0]

    def select_ids(self, session_ids: list[str]) -> None:
        """Select several sessions (the first becomes current), e.g. for «Signer …»."""
        select_indexes(self.table, [view_index(self.proxy, self.model, i) for i in session_ids])

    def _select_visible(self, session_id: str, center: bool = False) -> bool:
        return show_index(self.table, view_index(self.proxy, self.model, session_id), center)

    def _update_actions(self) -> None:
        session = self.selected_session()
        self.act_edit.setEnabled(session is not None)
        self.act_delete.setEnabled(session is not None)
        self.act_make_up.setEnabled(session is not None and session.status is SessionStatus.MISSED)
        self.signing.update()

    # -- filters and summary -------------------------------------------------------------------
    def _load_supervisor_filter(self, supervisors: Iterable[Supervisor]) -> None:
        current = self.supervisor_filter.currentData()
        self.supervisor_filter.blockSignals(True)
        self.supervisor_filter.clear()
        self.supervisor_filter.addItem(self.tr("Alle veiledere"), None)
        for sup in supervisors:
            self.supervisor_filter.addItem(sup.name, sup.id)
        self.supervisor_filter.setCurrentIndex(max(self.supervisor_filter.findData(current), 0))
        self.supervisor_filter.blockSignals(False)
        self._apply_filters()

    def clear_filters(self) -> None:
        for widget in (self.form_filter, self.supervisor_filter):
            widget.setCurrentIndex(0)
        self.whole_period.setChecked(True)
        self.search.clear()

    def _apply_filters(self) -> None:
        keep = self.selected_id()
        whole = self.whole_period.isChecked()
        self.date_from.setEnabled(not whole)
        self.date_to.setEnabled(not whole)
        form = self.form_filter.currentData()
        self.proxy.set_form(Form(form) if form else None)
        self.proxy.set_supervisor(self.supervisor_filter.currentData())
        if whole:
            self.proxy.set_date_range(None, None)
        else:
            start, end = self.date_from.date(), self.date_to.date()
            if start is not None and end is not None:  # else the field says why; keep the last
                self.proxy.set_date_range(start, end)
        self.proxy.set_text(self.search.text())
        if keep:
            self._select_visible(keep)
        self._update_summary()

    def _update_summary(self) -> None:
        """The visible sessions in figures, as ``core.figures.summarize_sessions`` gives them."""
        summary = figures.summarize_sessions(self.proxy.visible_sessions(), self._counted_ids)
        self.summary.setText(summary_text(summary))

    # -- actions -------------------------------------------------------------------------------
    def _open_session_dialog(self, session: Session | None) -> SessionDialog:
        dialog = session_dialog(self._services, session, self)
        dialog.accepted.connect(lambda: self.after_write(dialog.saved))
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def after_signing(self, session_id: str | None = None, edit: bool = False) -> None:
        """After a signing, reopening, request or import: reload, keep the selection, notify;
        after a reopen asked for by «Rediger …», go on to the edit dialog."""
        keep = self.selected_ids()
        self.refresh()
        if keep:
            self.select_ids(keep)
        self.changed.emit()
        if edit and session_id:
            self.select(session_id)
            session = self.selected_session()
            if session is not None:
                self._open_session_dialog(session)

    def edit_selected(self) -> SessionDialog | ReopenDialog | None:
        """Edit the current session; a signed or rejected one is locked, so offer «Gjenåpne»
        first."""
        session = self.selected_session()
        if session is None:
            return None
        if self.signing.needs_reopen(session.id):
            self.dialog = self.signing.offer_reopen(session, confirm)
            return self.dialog
        return self._open_session_dialog(session)

    def delete_selected(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        if self.signing.needs_reopen(session.id):  # locked: say so before «kan ikke angres»
            self.dialog = self.signing.offer_reopen(session, confirm, delete=True)
            return
        question = self.tr("Slette veiledningsmøtet %1 (%2, %3)? Dette kan ikke angres.")
        question = question.replace("%1", units.format_date(session.date))
        question = question.replace("%2", FORM_LABELS[session.form])
        question = question.replace("%3", units.format_duration(session.minutes))
        if not confirm(self, self.tr("Slett møte"), question, self.tr("Slett")):
            return
        delete = self._services.sessions.delete
        self.write_or_explain(lambda: delete(session.id), self.tr("Kunne ikke slette"))

    def mark_made_up(self) -> MakeUpDialog | None:
        session = self.selected_session()
        if session is None or session.status is not SessionStatus.MISSED:
            return None
        dialog = MakeUpDialog(
            session,
            self.model.sessions(),
            self.model.supervisor_names(),
            parent=self,
        )
        link = self._services.sessions.link_make_up
        persist(dialog, lambda chosen: link(session.id, chosen or None))  # "": remove the link
        dialog.accepted.connect(lambda: self.after_write(dialog.saved))
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def _context_menu(self, pos: QPoint) -> QMenu:
        """Right-click: the row under the pointer joins (or becomes) the selection, then the
        page's actions pop up; the menu is deleted when it closes."""
        index = self.table.indexAt(pos)
        selection = self.table.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row()):
            self.table.selectRow(index.row())
        elif index.isValid():  # keep a multi-selection; act on the clicked row
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self._update_actions()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # else one more per right-click
        for action in (self.act_new, self.act_edit, self.act_delete):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_make_up)
        menu.addSeparator()
        self.signing.add_to_menu(menu)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        return menu
