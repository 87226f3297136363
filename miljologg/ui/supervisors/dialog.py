"""Add or edit a supervisor: name, profession, approvals, workplace and position.

The dialog saves through ``SupervisorService`` itself, so a ``ValidationError`` can be shown under
its field while the dialog stays open; ``saved`` holds the record once OK succeeded.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from miljologg.core.labels import APPROVAL_LABELS
from miljologg.core.model import Approval, Supervisor
from miljologg.core.privacy import check_text
from miljologg.services.supervisors import SupervisorInput
from miljologg.ui.widgets.common import FieldMessage, ok_cancel
from miljologg.ui.widgets.form_dialog import FormDialog
from miljologg.ui.widgets.profession import ProfessionPicker


def _field(widget: QWidget, message: FieldMessage) -> QWidget:
    """A field with its message underneath, as one form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(message)
    return box


class SupervisorDialog(FormDialog[SupervisorInput, Supervisor]):
    """Add (``supervisor=None``) or edit a supervisor; the caller saves what OK hands over."""

    def __init__(
        self,
        supervisor: Supervisor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny veileder") if supervisor is None else self.tr("Veileder"))
        self.setMinimumWidth(460)

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("Fornavn og etternavn"))
        # The vocabulary and its titles; «Annet …» reveals a text field (``profession_other``).
        self.profession_picker = ProfessionPicker(titles=True)
        self.profession = self.profession_picker.combo
        self.profession_other = self.profession_picker.other
        self.approvals: dict[Approval, QCheckBox] = {}
        approvals_box = QWidget()
        approvals_layout = QVBoxLayout(approvals_box)
        approvals_layout.setContentsMargins(0, 0, 0, 0)
        for approval, label in APPROVAL_LABELS.items():
            box = QCheckBox(label)
            self.approvals[approval] = box
            approvals_layout.addWidget(box)
        self.approvals[Approval.PROGRAMME].setToolTip(
            self.tr(
                "Programmet teller bare ekstern og individuell veiledning fra godkjente veiledere."
            )
        )
        self.workplace = QLineEdit()
        self.workplace.setMaxLength(200)
        self.position = QLineEdit()
        self.position.setMaxLength(200)
        self.position.setPlaceholderText(self.tr("For eksempel familieterapeut"))

        self.messages = {
            key: FieldMessage()
            for key in ("name", "profession", "profession_other", "workplace", "position")
        }
        self.general_message = self.messages["name"]  # a refusal naming no field
        form = QFormLayout()
        form.addRow(self.tr("Navn:"), _field(self.name, self.messages["name"]))
        form.addRow(
            self.tr("Profesjon:"),
            _field(
                _field(self.profession_picker, self.messages["profession"]),
                self.messages["profession_other"],
            ),
        )
        form.addRow(self.tr("Godkjenninger:"), approvals_box)
        form.addRow(self.tr("Arbeidssted:"), _field(self.workplace, self.messages["workplace"]))
        form.addRow(self.tr("Stilling:"), _field(self.position, self.messages["position"]))

        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if supervisor is not None:
            self.name.setText(supervisor.name)
            self.profession_picker.set_value(
                supervisor.profession, supervisor.profession_other, supervisor.approvals
            )
            for approval, box in self.approvals.items():
                box.setChecked(approval in supervisor.approvals)
            self.workplace.setText(supervisor.workplace)
            self.position.setText(supervisor.position)
        for edit in (self.name, self.workplace, self.position):
            edit.textChanged.connect(self._validate)
        self.profession_picker.changed.connect(self._validate)
        self.profession.currentIndexChanged.connect(self._tick_title_approvals)
        self._validate()

    def _tick_title_approvals(self) -> None:
        """A title («Klinisk sosionom») stands for its approvals: tick them for the user to see."""
        for approval in self.profession_picker.implied_approvals():
            self.approvals[approval].setChecked(True)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _texts(self) -> dict[str, tuple[str, str]]:
        return {
            "name": (self.tr("Navn"), self.name.text()),
            "profession_other": (self.tr("Annen profesjon"), self.profession_other.text()),
            "workplace": (self.tr("Arbeidssted"), self.workplace.text()),
            "position": (self.tr("Stilling"), self.position.text()),
        }

    def _validate(self) -> bool:
        """Live checks: a name is required and no field may hold an identity number."""
        ok = True
        for key, (label, text) in self._texts().items():
            message = self.messages[key]
            findings = check_text(text, label)
            blocking = [f for f in findings if f.blocking]
            if blocking:
                message.show_error(blocking[0].message)
                ok = False
            elif findings:
                message.show_warning(findings[0].message)
            else:
                message.clear_message()
        if not self.name.text().strip():
            ok = False
            if self.name.isModified():
                self.messages["name"].show_error(self.tr("Navn må fylles ut."))
        if self.profession_picker.is_other() and not self.profession_other.text().strip():
            ok = False  # «Annet …» needs its text
        self.ok_button().setEnabled(ok)
        return ok

    def data(self) -> SupervisorInput:
        profession, other = self.profession_picker.value()
        return SupervisorInput(
            name=self.name.text(),
            profession=profession,
            profession_other=other,
            approvals=frozenset(a for a, box in self.approvals.items() if box.isChecked()),
            workplace=self.workplace.text(),
            position=self.position.text(),
        )

    def collect(self) -> SupervisorInput | None:
        return self.data() if self._validate() else None
