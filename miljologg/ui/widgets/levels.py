"""The colour of a level: how every page shows ``core.figures.Level`` (ok, warning, bad, neutral).

Whether a figure is ok, a warning or bad is decided once, in ``core.figures`` (``level``,
``DAY_LEVELS``, ``gathering_level``); pages only ask here for the colour of the answer, so the
dashboard, Samlinger and the dossier page colour the same figure the same way. The colours are
tones of ``ui.widgets.theme``, so a level reads the same in a light and a dark palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from miljologg.core.figures import Level
from miljologg.ui.widgets.theme import color, hex_color, set_tone

#: The theme's text tone for each level.
LEVEL_TONES: dict[Level, str] = {
    Level.OK: "ok",
    Level.WARNING: "warning",
    Level.BAD: "error",
    Level.NEUTRAL: "future",
}
#: The theme's fill (bars, not text) for each level.
FILL_TONES: dict[Level, str] = {
    Level.OK: "bar_ok",
    Level.WARNING: "bar_warn",
    Level.BAD: "error",
    Level.NEUTRAL: "plan",
}


def level_hex(level: Level, palette: QPalette | None = None) -> str:
    """The colour of ``level`` as #rrggbb (for style sheets and rich text)."""
    return hex_color(LEVEL_TONES[level], palette)


def level_color(level: Level, palette: QPalette | None = None) -> QColor:
    """The colour of ``level`` (for item models and painting)."""
    return color(LEVEL_TONES[level], palette)


def level_fill(level: Level, palette: QPalette | None = None) -> QColor:
    """The fill of a bar at ``level``."""
    return color(FILL_TONES[level], palette)


def set_level(widget: QWidget, level: Level | None, extra: str = "") -> None:
    """Colour ``widget``'s text by ``level`` (None: the palette's own colour); ``extra`` is more
    style sheet for the same widget (a size, a weight)."""
    widget.setStyleSheet(extra)
    set_tone(widget, LEVEL_TONES[level] if level is not None else None)
