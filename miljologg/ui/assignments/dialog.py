"""Add or change one written assignment (arbeidskrav).

«Lagre» hands an ``AssignmentInput`` to the page, which saves it through ``AssignmentService``
(``FormDialog``); a ``ValidationError`` comes back under its field and the dialog stays open, so
nothing half-checked is ever written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from miljologg.core.model import Assignment
from miljologg.core.privacy import check_text
from miljologg.services.app import Services
from miljologg.services.assignments import AssignmentInput
from miljologg.ui.widgets.common import FieldMessage, ok_cancel
from miljologg.ui.widgets.date_field import DateField
from miljologg.ui.widgets.form_dialog import FormDialog


class AssignmentDialog(FormDialog[AssignmentInput, Assignment]):
    """Title, due date, optional handed-in and approved dates, and a note."""

    def __init__(
        self,
        services: Services,
        assignment: Assignment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        today = services.ctx.today()
        self.setWindowTitle(
            self.tr("Endre arbeidskrav") if assignment else self.tr("Nytt arbeidskrav")
        )
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("f.eks. Refleksjonsnotat 1"))
        self.title_edit.textChanged.connect(
            lambda text: self._privacy("title", text, self.tr("Tittel"))
        )
        form.addRow(self.tr("Tittel:"), self._with_message("title", self.title_edit))

        self.due_edit = self._date_edit(today)
        form.addRow(self.tr("Frist:"), self._with_message("due_date", self.due_edit))

        self.handed_in_check = QCheckBox(self.tr("Levert"), self)
        self.handed_in_edit = self._date_edit(today)
        form.addRow(
            self.tr("Levering:"),
            self._with_message("handed_in", self.handed_in_check, self.handed_in_edit),
        )
        self.approved_check = QCheckBox(self.tr("Godkjent"), self)
        self.approved_edit = self._date_edit(today)
        form.addRow(
            self.tr("Godkjenning:"),
            self._with_message("approved", self.approved_check, self.approved_edit),
        )
        self.handed_in_check.toggled.connect(self._sync_enabled)
        self.approved_check.toggled.connect(self._sync_enabled)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Valgfritt. Ingen opplysninger om klienter."))
        self.note_edit.setFixedHeight(90)
        self.note_edit.textChanged.connect(
            lambda: self._privacy("note", self.note_edit.toPlainText(), self.tr("Merknad"))
        )
        form.addRow(self.tr("Merknad:"), self._with_message("note", self.note_edit))

        layout.addWidget(self.general_message)
        buttons = ok_cancel(self, save=True)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)

        if assignment is not None:
            self.title_edit.setText(assignment.title)
            self.due_edit.setDate(assignment.due_date)
            if assignment.handed_in:
                self.handed_in_check.setChecked(True)
                self.handed_in_edit.setDate(assignment.handed_in)
            if assignment.approved:
                self.approved_check.setChecked(True)
                self.approved_edit.setDate(assignment.approved)
            self.note_edit.setPlainText(assignment.note)
        self._sync_enabled()
        self.title_edit.setFocus()

    def _date_edit(self, value: dt.date) -> DateField:
        return DateField(value, self)

    def _with_message(self, field: str, *widgets: QWidget) -> QWidget:
        """The input(s) with a FieldMessage under them, registered under the service's field."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        if len(widgets) > 1:
            row.addStretch(1)
        column.addLayout(row)
        message = FieldMessage(box)
        column.addWidget(message)
        self.messages[field] = message
        return box

    def _sync_enabled(self) -> None:
        self.handed_in_edit.setEnabled(self.handed_in_check.isChecked())
        self.approved_check.setEnabled(self.handed_in_check.isChecked())
        if not self.handed_in_check.isChecked():
            self.approved_check.setChecked(False)
        self.approved_edit.setEnabled(self.approved_check.isChecked())

    def _privacy(self, field: str, text: str, label: str) -> None:
        findings = check_text(text, label)
        message = self.messages[field]
        blocking = [f for f in findings if f.blocking]
        if blocking:
            message.show_error(blocking[0].message)
        elif findings:
            message.show_warning(findings[0].message)
        else:
            message.clear_message()

    def _date_fields(self) -> list[DateField]:
        """The date fields in use: the due date, and each date whose box is ticked."""
        fields = [self.due_edit]
        if self.handed_in_check.isChecked():
            fields.append(self.handed_in_edit)
        if self.approved_check.isChecked():
            fields.append(self.approved_edit)
        return fields

    def value(self) -> AssignmentInput:
        """What the user typed, unchecked (``collect`` first makes sure every date is a date)."""
        due = self.due_edit.date()
        assert due is not None, "value() before the due date field held a date"
        return AssignmentInput(
            title=self.title_edit.text(),
            due_date=due,
            handed_in=self.handed_in_edit.date() if self.handed_in_check.isChecked() else None,
            approved=self.approved_edit.date() if self.approved_check.isChecked() else None,
            note=self.note_edit.toPlainText(),
        )

    def collect(self) -> AssignmentInput | None:
        """What was typed; the service checks it (privacy warnings are shown again first)."""
        for message in (*self.messages.values(), self.general_message):
            message.clear_message()
        self._privacy("title", self.title_edit.text(), self.tr("Tittel"))
        self._privacy("note", self.note_edit.toPlainText(), self.tr("Merknad"))
        unreadable = [field for field in self._date_fields() if not field.check()]
        if unreadable:
            unreadable[0].setFocus()
            return None
        return self.value()
