"""Pieces of the «Samlinger» page: the row buttons and the dialog for partial or absent days.

Kept apart from ``gatherings_page.py`` so both files stay small. The dialog saves through
``AttendanceService`` itself, so a ``ValidationError`` (a blocked identity number in the reason,
minutes out of range) can be shown under its field while the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import units
from miljologg.core.figures import (
    DAY_LEVELS,
    Level,
    Note,
    attendance_notes,
    gathering_level,
)
from miljologg.core.labels import ATTENDANCE_LABELS
from miljologg.core.model import Attendance, AttendanceStatus
from miljologg.core.plural import choose
from miljologg.core.privacy import check_text
from miljologg.core.rules import AttendanceResult, DayResult, DayState, count_days
from miljologg.services.errors import ValidationError
from miljologg.ui.widgets.common import QT_TRANSLATE_NOOP, FieldMessage, norwegian_buttons
from miljologg.ui.widgets.form_dialog import FormDialog
from miljologg.ui.widgets.levels import set_level
from miljologg.ui.widgets.theme import set_tone

#: A registration's state -> its tone in ``ui.widgets.theme`` (light and dark colours).
TONES = {
    "present": "ok",
    "partial": "warning",
    "absent": "error",
    "missing": "warning",
    "future": "future",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Attendance", text)


def date_range_text(days: Sequence[dt.date]) -> str:
    """«13.–14.01.2025», «31.08.–01.09.2026»: the short form a gathering is known by."""
    first, last = days[0], days[-1]
    if first == last:
        return units.format_date(first)
    if first.year != last.year:
        return f"{units.format_date(first)}–{units.format_date(last)}"
    if first.month != last.month:
        return f"{first.day:02d}.{first.month:02d}.–{units.format_date(last)}"
    return f"{first.day:02d}.–{units.format_date(last)}"


def day_text(day: dt.date) -> str:
    """«Mandag 13.01.2025»."""
    return f"{units.weekday_name(day).capitalize()} {units.format_date(day)}"


def term_of(first_day: dt.date) -> str:
    """«Vår 2025» / «Høst 2024» when a programme file names no term."""
    season = (
        QCoreApplication.translate("Attendance", "Vår")
        if first_day.month <= 7
        else QCoreApplication.translate("Attendance", "Høst")
    )
    return f"{season} {first_day.year}"


def day_status(day: DayResult) -> tuple[str, Level]:
    """The text and level of one day as the rules engine sees it."""
    if not day.state.registered:
        return QCoreApplication.translate("Attendance", _OPEN_TEXTS[day.state]), DAY_LEVELS[
            day.state
        ]
    status = AttendanceStatus(day.state.value)
    label = ATTENDANCE_LABELS[status]
    if status is AttendanceStatus.PARTIAL:
        label = f"{label}: {units.format_hours(day.present_minutes)}"
    elif status is AttendanceStatus.ABSENT and day.reason:
        reason = day.reason if len(day.reason) <= 24 else day.reason[:23].rstrip() + "…"
        label = f"{label} – {reason}"
    return label, DAY_LEVELS[day.state]


_OPEN_TEXTS = {
    DayState.UNREGISTERED: QT_TRANSLATE_NOOP("Attendance", "Ikke registrert"),
    DayState.TODAY: QT_TRANSLATE_NOOP("Attendance", "I dag – ikke registrert ennå"),
    DayState.UPCOMING: QT_TRANSLATE_NOOP("Attendance", "Kommer"),
}


def gathering_status(days: Sequence[DayResult]) -> tuple[str, Level]:
    """A summary short enough for the column: what is missing first, then any absence."""
    n = count_days(days)
    level = gathering_level(n)
    if n.unregistered:
        missing = choose(
            QCoreApplication.translate("Attendance", "Mangler 1 dag"),
            QCoreApplication.translate("Attendance", "Mangler {count} dager"),
            n.unregistered,
        )
        return missing.format(count=n.unregistered), level
    if not n.registered:
        return QCoreApplication.translate("Attendance", "Kommer"), level
    for count, status in (
        (n.absent, AttendanceStatus.ABSENT),
        (n.partial, AttendanceStatus.PARTIAL),
    ):
        if count:
            of_days = choose(
                QCoreApplication.translate("Attendance", "{count} av {total} dag"),
                QCoreApplication.translate("Attendance", "{count} av {total} dager"),
                n.days,
            )
            return f"{ATTENDANCE_LABELS[status]} {of_days.format(count=count, total=n.days)}", level
    return ATTENDANCE_LABELS[AttendanceStatus.PRESENT], level


class ActionBar(QWidget):
    """A row of small push buttons inside a tree row; emits the key of the button clicked.

    The buttons take no keyboard focus: with 44 days that would be hundreds of tab stops. The
    tree's own actions (T, D, B, Delete and the context menu) do the same from the keyboard.
    """

    triggered = Signal(str)

    def __init__(self, buttons: Sequence[tuple[str, str, str]], parent: QWidget | None = None):
        """``buttons`` are (key, text, tooltip); an empty key leaves a blank of that width."""
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        self._buttons: dict[str, QPushButton] = {}
        for key, text, tip in buttons:
            button = QPushButton(text, self)
            # Narrower than the style's 80 px minimum: four buttons must fit beside the day.
            button.setFixedWidth(max(button.fontMetrics().horizontalAdvance(text) + 24, 56))
            if not key:  # a blank that keeps the columns of buttons aligned between rows
                policy = button.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                button.setSizePolicy(policy)
                button.hide()
                layout.addWidget(button)
                continue
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.triggered.emit(k))
            layout.addWidget(button)
            self._buttons[key] = button
        layout.addStretch(1)

    def button(self, key: str) -> QPushButton:
        return self._buttons[key]

    def set_enabled(self, key: str, enabled: bool, tip: str = "") -> None:
        button = self._buttons[key]
        button.setEnabled(enabled)
        if tip:
            button.setToolTip(tip)


# Suggestions only (the field is free text); marked for translation, translated when shown.
class AttendanceSummary(QFrame):
    """The rules' attendance lines above the list (``core.figures.attendance_notes``): the
    percentage on the registered days, what may still be missed or how far out of reach the
    requirement is, what is still possible, and the past days to register."""

    goto_missing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(2)
        self.percent_label = QLabel(self)
        self.percent_label.setWordWrap(True)
        box.addWidget(self.percent_label)
        self.note_labels: list[QLabel] = []
        self._notes = QVBoxLayout()
        self._notes.setSpacing(2)
        box.addLayout(self._notes)
        row = QHBoxLayout()
        self.unregistered_label = QLabel(self)
        self.goto_button = QPushButton(self.tr("Gå til første"), self)
        self.goto_button.setToolTip(self.tr("Vis den første dagen som ikke er registrert"))
        self.goto_button.clicked.connect(self.goto_missing)
        row.addWidget(self.unregistered_label)
        row.addWidget(self.goto_button)
        row.addStretch(1)
        box.addLayout(row)

    def _set_notes(self, notes: Sequence[Note]) -> None:
        for label in self.note_labels:
            self._notes.removeWidget(label)
            label.deleteLater()
        self.note_labels = []
        for note in notes:
            label = QLabel(note.text, self)
            label.setWordWrap(True)
            set_level(label, note.level if note.level is not Level.NEUTRAL else None)
            self._notes.addWidget(label)
            self.note_labels.append(label)

    def show_message(self, text: str) -> None:
        """No figures to show (no programme): one line instead."""
        self.percent_label.setText(text)
        set_level(self.percent_label, None)
        self._set_notes(())
        self.unregistered_label.clear()
        self.goto_button.hide()

    def show_result(self, result: AttendanceResult, can_go_to_missing: bool) -> None:
        """``result`` is ``core.rules``' AttendanceResult; nothing is computed here."""
        first, *rest = attendance_notes(result)
        self.percent_label.setText(first.text)
        set_level(self.percent_label, first.level, "font-size: 13pt; font-weight: 600;")
        unregistered = [n for n in rest if n.code == "attendance_unregistered_days"]
        self._set_notes([n for n in rest if n not in unregistered])
        if unregistered:
            self.unregistered_label.setText(unregistered[0].text)
            set_level(self.unregistered_label, unregistered[0].level)
        else:
            self.unregistered_label.setText(self.tr("Alle tidligere samlingsdager er registrert."))
            set_level(self.unregistered_label, None)
        self.goto_button.setVisible(bool(unregistered) and can_go_to_missing)

    def texts(self) -> list[str]:
        """Every line shown, top to bottom (for tests and the accessibility tree)."""
        lines = [self.percent_label.text(), *(label.text() for label in self.note_labels)]
        return [*lines, self.unregistered_label.text()]


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        norwegian_buttons(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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
