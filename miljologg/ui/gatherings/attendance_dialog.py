"""The dialog for a day partly attended or days away: minutes present and a reason.

It collects and checks (minutes within the planned day, the privacy guard on the reason) and
returns an ``AttendanceAnswer``; the page saves it through ``AttendanceService`` with
``ui.widgets.form_dialog.persist``, and a ``ValidationError`` (a blocked identity number in
the reason) comes back to be shown under its field while the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import units
from miljologg.core.model import Attendance, AttendanceStatus
from miljologg.core.privacy import check_text
from miljologg.services.errors import ValidationError
from miljologg.ui.widgets.common import QT_TRANSLATE_NOOP, FieldMessage, ok_cancel
from miljologg.ui.widgets.form_dialog import FormDialog
from miljologg.ui.widgets.theme import set_tone


def _t(text: str) -> str:
    return QCoreApplication.translate("Attendance", text)


# Suggestions only (the field is free text); marked for translation, translated when shown.
_PARTIAL_REASONS = (
    QT_TRANSLATE_NOOP("Attendance", "Legetime"),
    QT_TRANSLATE_NOOP("Attendance", "Sykdom"),
    QT_TRANSLATE_NOOP("Attendance", "Sykt barn"),
    QT_TRANSLATE_NOOP("Attendance", "Arbeid"),
)
_ABSENT_REASONS = (
    QT_TRANSLATE_NOOP("Attendance", "Sykdom"),
    QT_TRANSLATE_NOOP("Attendance", "Sykt barn"),
    QT_TRANSLATE_NOOP("Attendance", "Permisjon"),
    QT_TRANSLATE_NOOP("Attendance", "Arbeid"),
)


@dataclass(frozen=True)
class AttendanceAnswer:
    """What the partial/absent dialog collects: minutes present (partial only) and a reason."""

    minutes: int | None
    reason: str


class AttendanceDialog(FormDialog[AttendanceAnswer, list[Attendance]]):
    """Ask for minutes present (partial) and an optional reason; the page saves the answer.

    ``days`` are (date, planned minutes) pairs: one day for «Delvis…», one or both days of a
    gathering for «Borte…». Opened with ``open()`` so tests can drive it without a nested loop.
    """

    def __init__(
        self,
        days: Sequence[tuple[dt.date, int]],
        status: AttendanceStatus,
        heading: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._days = list(days)
        self._status = status
        partial = status is AttendanceStatus.PARTIAL
        self._planned = self._days[0][1]
        self.setWindowTitle(self.tr("Delvis til stede") if partial else self.tr("Borte"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        if partial:
            heading = self.tr("Delvis til stede: {heading}").format(heading=heading)
        else:
            heading = self.tr("Borte: {heading}").format(heading=heading)
        title = QLabel(heading, self)
        title.setStyleSheet("font-weight: 600;")
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.minutes_edit = QLineEdit(self)
        self.minutes_message = FieldMessage(self)
        if partial:
            self.minutes_edit.setPlaceholderText(self.tr("f.eks. 4 t, 4 t 30 min eller 270"))
            self.minutes_edit.textChanged.connect(self._check_minutes)
            hint = QLabel(
                self.tr("Planlagt undervisning: {planned}. Et tall uten enhet er minutter.").format(
                    planned=units.format_duration(self._planned)
                ),
                self,
            )
            hint.setWordWrap(True)
            set_tone(hint, "muted")
            box = QVBoxLayout()
            box.addWidget(self.minutes_edit)
            box.addWidget(hint)
            box.addWidget(self.minutes_message)
            form.addRow(self.tr("Til stede i:"), box)
        else:
            self.minutes_edit.hide()

        self.reason_edit = QComboBox(self)
        self.reason_edit.setEditable(True)
        self.reason_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        suggestions = _PARTIAL_REASONS if partial else _ABSENT_REASONS
        self.reason_edit.addItems([_t(r) for r in suggestions])
        self.reason_edit.setCurrentIndex(-1)
        reason_line = self.reason_edit.lineEdit()
        assert reason_line is not None  # the combo is editable
        reason_line.setPlaceholderText(self.tr("Valgfri, f.eks. Sykdom"))
        reason_line.textChanged.connect(self._check_reason)
        self.reason_message = FieldMessage(self)
        privacy = QLabel(self.tr("Skriv aldri noe som kan identifisere en klient."), self)
        privacy.setWordWrap(True)
        set_tone(privacy, "muted")
        box = QVBoxLayout()
        box.addWidget(self.reason_edit)
        box.addWidget(self.reason_message)
        box.addWidget(privacy)
        form.addRow(self.tr("Begrunnelse:"), box)

        self.messages = {"minutes": self.minutes_message, "reason": self.reason_message}
        layout.addWidget(self.general_message)
        layout.addStretch(1)
        buttons = ok_cancel(self, save=True)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        (self.minutes_edit if partial else self.reason_edit).setFocus()

    def reason(self) -> str:
        return self.reason_edit.currentText().strip()

    def _minutes(self) -> int | None:
        """The typed minutes, or None after showing why they cannot be used."""
        try:
            minutes = units.parse_duration(self.minutes_edit.text())
        except ValueError as exc:
            self.minutes_message.show_error(str(exc))
            return None
        if not 1 <= minutes < self._planned:
            self.minutes_message.show_error(
                self.tr("Oppgi mellom 1 min og {most} (mindre enn hele dagen).").format(
                    most=units.format_duration(self._planned - 1)
                )
            )
            return None
        self.minutes_message.clear_message()
        return minutes

    def _check_minutes(self, text: str) -> None:
        if text.strip():
            self._minutes()
        else:
            self.minutes_message.clear_message()

    def _check_reason(self, text: str) -> None:
        findings = check_text(text, self.tr("Begrunnelse"))
        blocking = [f for f in findings if f.blocking]
        if blocking:
            self.reason_message.show_error(blocking[0].message)
        elif findings:
            self.reason_message.show_warning(findings[0].message)
        else:
            self.reason_message.clear_message()

    def collect(self) -> AttendanceAnswer | None:
        """The answer, or None (minutes that cannot be used are shown at their field)."""
        self.general_message.clear_message()
        minutes = None
        if self._status is AttendanceStatus.PARTIAL:
            minutes = self._minutes()
            if minutes is None:
                self.minutes_edit.setFocus()
                return None
        return AttendanceAnswer(minutes, self.reason())

    def refuse(self, error: ValidationError) -> None:
        super().refuse(error)
        if error.field == "reason":
            self.reason_edit.setFocus()
