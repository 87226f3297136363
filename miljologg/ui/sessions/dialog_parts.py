"""Small pieces of the session dialog: layout helpers and the «Alle deltakerne er» list.

A group's participants matter to Psykologforeningen, which counts group supervision only when
all participants are psychologists; the list offers the professions of the vocabulary and
«Blandet eller ikke registrert» (the default, which counts for no such rule).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from miljologg.core import units
from miljologg.core.professions import vocabulary
from miljologg.core.programmes import Programme


def column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for w in widgets:
        layout.addWidget(w)
    return box


def row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return box


def gathering_span(programme: Programme | None, day: dt.date) -> str:
    """The gathering a teaching day belongs to: «12.–13.05.2025» (or the day alone)."""
    days = [day]
    if programme is not None:
        days = next((sorted(g.days) for g in programme.gatherings if day in g.days), days)
    first, last = days[0], days[-1]
    if first == last:
        return units.format_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}.–{units.format_date(last)}"
    return f"{first.day:02d}.{first.month:02d}.–{units.format_date(last)}"


class ParticipantsCombo(QComboBox):
    """The profession every participant of a group has, or none (mixed / not recorded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Blandet eller ikke registrert"), "")
        for profession in vocabulary().professions:
            self.addItem(profession.name, profession.code)
        self.setToolTip(
            self.tr(
                "Psykologforeningen teller gruppeveiledning bare når alle deltakerne er psykologer."
            )
        )

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(max(self.findData(code), 0))
