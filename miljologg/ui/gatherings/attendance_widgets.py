"""Widgets of the «Samlinger» page: the buttons inside a tree row and the attendance summary.

Kept apart from ``ui/gatherings/page.py`` (the tree and what a click does) so each stays
small; the words they show are ``ui/gatherings/day_texts.py`` and the dialog for partial or
absent days is ``ui/gatherings/attendance_dialog.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from miljologg.core.figures import Level, Note, attendance_notes
from miljologg.core.rules import AttendanceResult
from miljologg.ui.widgets.levels import set_level


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
