"""The dashboard's building blocks: a card frame and one row per supervision requirement.

Kept apart from ``dashboard.py`` so the page itself stays about what is shown, not how a bar
or a card is put together.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from miljologg.core.figures import Level
from miljologg.core.rules import RequirementResult
from miljologg.core.units import format_hours
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
    """One supervision requirement: name and «12 t 30 min av 40 t» above a bar in minutes."""

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

    def set_result(self, req: RequirementResult, level: Level = Level.NEUTRAL) -> None:
        """The engine's figures as they are: counted of required, and the minutes that do not
        count (``uncounted_minutes``, the same figure ``status`` prints)."""
        required = max(int(req.required_minutes), 1)
        counted = int(req.counted_minutes)
        self.name.setText(req.label)
        self.value.setText(
            self.tr("%1 av %2")
            .replace("%1", format_hours(counted))  # «12 t 30 min av 40 t»
            .replace("%2", format_hours(required))
        )
        self.bar.setRange(0, required)
        self.bar.setValue(min(counted, required))
        self.bar.setProperty("met", counted >= required)
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        self.bar.setAccessibleName(self.text())
        self.bar.setProperty("level", level.value)
        uncounted = req.uncounted_minutes
        self.note.setText(
            self.tr("%1 teller ikke – se under").replace("%1", format_hours(uncounted))
            if uncounted
            else ""
        )
        self.note.setVisible(bool(uncounted))

    def text(self) -> str:
        """The row as one line, e.g. «Individuell veiledning 12 t 30 min av 40 t»."""
        return f"{self.name.text()} {self.value.text()}"
