"""The dashboard's building blocks: a card frame and one row per supervision requirement.

Kept apart from ``dashboard.py`` so the page itself stays about what is shown, not how a bar
or a card is put together.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from miljologg.core.units import format_hours, hours_number
from miljologg.ui.widgets.theme import set_tone


def make_label(
    text: str = "", name: str = "", wrap: bool = True, tone: str | None = None
) -> QLabel:
    """A plain-text label; ``name`` is its object name (``cardTitle`` is styled by the theme),
    ``tone`` a text colour of ``ui.widgets.theme`` (muted, warning)."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    if tone:
        set_tone(label, tone)
    return label


#: Uncounted reasons the note under a bar leaves out: a missed session was no supervision at
#: all (participation shows it), and a future one has simply not happened yet.
NOT_HOURS = frozenset({"missed_made_up", "missed_not_made_up", "future"})
#: Reasons the rules engine already sums up in one problem per supervisor.
GROUPED = frozenset({"supervisor_not_approved"})


class Card(QFrame):
    """A titled, softly framed box; the dashboard is a grid of these (styled by the theme's
    ``QFrame#card`` rules)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        self.body.setSpacing(8)
        self.title = make_label(title, "cardTitle")
        self.body.addWidget(self.title)


class RequirementRow(QWidget):
    """One supervision requirement: name and «12,5 av 40 t» above a bar measured in minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.name = make_label(wrap=True)
        self.value = make_label(wrap=False)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.name, 1)
        top.addWidget(self.value)
        layout.addLayout(top)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        layout.addWidget(self.bar)
        self.note = make_label(tone="warning")
        layout.addWidget(self.note)

    def set_result(self, req: Any) -> None:
        required = max(int(req.required_minutes), 1)
        counted = int(req.counted_minutes)
        self.name.setText(req.label)
        self.value.setText(
            self.tr("%1 av %2")
            .replace("%1", hours_number(counted))  # «12,5 av 40 t»
            .replace("%2", format_hours(required))
        )
        self.bar.setRange(0, required)
        self.bar.setValue(min(counted, required))
        self.bar.setProperty("met", counted >= required)
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        self.bar.setAccessibleName(self.text())
        uncounted = sum(u.minutes for u in req.uncounted if u.code not in NOT_HOURS)
        self.note.setText(
            self.tr("%1 teller ikke – se under").replace("%1", format_hours(uncounted))
            if uncounted
            else ""
        )
        self.note.setVisible(bool(uncounted))

    def text(self) -> str:
        """The row as one line, e.g. «Individuell veiledning 12,5 av 40 t»."""
        return f"{self.name.text()} {self.value.text()}"
