"""Colours that follow the system's light or dark scheme, from one table of light/dark pairs.

Colours were written into each widget's style sheet as fixed hex values chosen against a light
window, so under a dark palette the dashboard's card headings were dark navy on dark grey and
the chart's grid lines bright white. Now every colour the app adds to Qt's palette is a *tone*
with a light and a dark value (``TONES``, each pair at least 4.5:1 against the window and the
base colour of its scheme, WCAG AA; tests/ui/test_contrast.py measures what is drawn), picked by
whether the palette in use is dark:

- labels get a tone with ``set_tone(label, "error")``; the one application style sheet
  (``stylesheet``) colours them by that property, and the app's own rules (the navigation, the
  dashboard's cards, the privacy note) live there too, so a new scheme is one new style sheet;
- painted widgets and item models ask ``color("grid")`` when they paint.

``Theme`` follows the system (Qt 6.5+ ``QStyleHints.colorScheme``): when the scheme or the
application palette changes it writes the style sheet again and emits ``changed`` (the window
reloads its pages, whose rich text carries colours). When the system says dark but the style
keeps a light palette (a style without a dark palette of its own), it sets ``dark_palette()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: tone -> (light, dark). Text tones are checked against window and base of each scheme.
TONES: dict[str, tuple[str, str]] = {
    # text
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#8a5a00", "#f2c14e"),
    "ok": ("#1b6e20", "#81c784"),
    "muted": ("#5a6474", "#aab4c2"),
    "heading": ("#1f2a37", "#e8edf3"),
    "accent": ("#2b6cb0", "#7fb0ec"),
    "today": ("#a8461a", "#f4a273"),
    "future": ("#666666", "#a3a3a3"),
    "caution": ("#9a3412", "#fdba74"),
    # surfaces and lines (not text)
    "grid": ("#c9cfd8", "#4a515c"),
    "track": ("#e6eaf0", "#3a414b"),
    "border": ("#d5dae2", "#4a515c"),
    "plan": ("#8a94a6", "#98a2b3"),
    "bar_ok": ("#2f855a", "#68d391"),
    "bar_warn": ("#b7791f", "#f6ad55"),
    "nav_selected": ("#dbe7f5", "#2d4a6b"),
    "nav_selected_text": ("#12355b", "#e8f0fa"),
    "nav_hover": ("#edf1f6", "#353b44"),
    "note": ("#fff8e6", "#3d3320"),
    "note_border": ("#e8d28a", "#7a6530"),
    "note_text": ("#4a3b00", "#f3e2b0"),
}
#: The tones a label may carry (``set_tone``); each is a text colour.
TEXT_TONES = ("error", "warning", "ok", "muted", "heading", "accent", "today", "future", "caution")


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) draws light text on a dark window."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def hex_color(tone: str, palette: QPalette | None = None) -> str:
    """The tone's colour as #rrggbb for the palette in use (for rich text and style sheets)."""
    light, dark = TONES[tone]
    return dark if is_dark(palette) else light


def color(tone: str, palette: QPalette | None = None) -> QColor:
    """The tone's colour for the palette in use (for painting and item models)."""
    return QColor(hex_color(tone, palette))


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour ``widget``'s text with a tone (None: the palette's own text colour)."""
    if tone is not None and tone not in TEXT_TONES:
        raise ValueError(f"not a text tone: {tone}")
    if widget.property("tone") == (tone or ""):
        return
    widget.setProperty("tone", tone or "")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def stylesheet(dark: bool) -> str:
    """The application style sheet: tones by property, and the app's own named widgets."""

    def c(tone: str) -> str:
        return TONES[tone][1 if dark else 0]

    rules = [f'*[tone="{tone}"] {{ color: {c(tone)}; }}' for tone in TEXT_TONES]
    rules += [
        "QListWidget#nav { border: none; background: palette(window); outline: 0;"
        " padding-top: 8px; }",
        "QListWidget#nav::item { padding: 9px 14px; border-radius: 6px; margin: 1px 8px; }",
        f"QListWidget#nav::item:selected {{ background: {c('nav_selected')};"
        f" color: {c('nav_selected_text')}; }}",
        f"QListWidget#nav::item:hover:!selected {{ background: {c('nav_hover')}; }}",
        f"QFrame#card {{ background: palette(base); border: 1px solid {c('border')};"
        " border-radius: 8px; }",
        f"QLabel#cardTitle {{ font-weight: 600; font-size: 11pt; color: {c('heading')}; }}",
        f"QFrame#card QProgressBar {{ border: none; background: {c('track')};"
        " border-radius: 5px; max-height: 10px; }",
        f"QFrame#card QProgressBar::chunk {{ background: {c('accent')}; border-radius: 5px; }}",
        f'QFrame#card QProgressBar[met="true"]::chunk {{ background: {c("bar_ok")}; }}',
        f"QLabel#note {{ background: {c('note')}; border: 1px solid {c('note_border')};"
        f" border-radius: 6px; padding: 8px; color: {c('note_text')}; }}",
    ]
    return "\n".join(rules)


def dark_palette() -> QPalette:
    """A dark palette for a style that has none of its own (and for tests and screenshots)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    values = {
        roles.Window: "#2b2d30",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#1e1f22",
        roles.AlternateBase: "#26282b",
        roles.ToolTipBase: "#2b2d30",
        roles.ToolTipText: "#e6e6e6",
        roles.PlaceholderText: "#9a9a9a",
        roles.Text: "#e6e6e6",
        roles.Button: "#3a3d41",
        roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ffffff",
        roles.Light: "#4a4d52",
        roles.Midlight: "#404347",
        roles.Mid: "#6a6d72",
        roles.Dark: "#1a1b1d",
        roles.Shadow: "#000000",
        roles.Highlight: "#2f65ca",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#7fb0ec",
        roles.LinkVisited: "#b39ddb",
    }
    for role, value in values.items():
        pal.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(disabled, role, QColor("#8a8a8a"))
    return pal


class _PaletteWatch(QWidget):
    """Never shown: Qt tells every widget when the application palette changes (an event
    filter on the application would see every event of the app instead)."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self._theme = theme

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._theme.apply()
        return super().event(event)


class Theme(QObject):
    """Keeps the application style sheet in step with the scheme; see the module docstring."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._dark: bool | None = None
        self._own_dark_palette = False
        self._busy = False
        self._watch = _PaletteWatch(self)
        app.styleHints().colorSchemeChanged.connect(self.follow_system)
        self.follow_system()

    def follow_system(self, *_scheme: object) -> None:
        """Match the system's scheme when the style did not (then the style sheet follows)."""
        scheme = self.system_scheme()
        if scheme == Qt.ColorScheme.Dark and not is_dark():
            self._own_dark_palette = True
            self._app.setPalette(dark_palette())
        elif scheme == Qt.ColorScheme.Light and self._own_dark_palette:
            self._own_dark_palette = False
            self._app.setPalette(self._app.style().standardPalette())
        self.apply()

    def system_scheme(self) -> Qt.ColorScheme:
        """What the system asks for (Unknown where the platform does not say)."""
        return self._app.styleHints().colorScheme()

    def apply(self) -> None:
        """Write the style sheet for the palette in use (once per change of light or dark)."""
        dark = is_dark()
        if dark == self._dark or self._busy:
            return
        self._busy = True
        try:
            self._dark = dark
            self._app.setStyleSheet(stylesheet(dark))
        finally:
            self._busy = False
        self.changed.emit()


def install_theme(app: QApplication) -> Theme:
    """Colour the app by the scheme in use, and follow it (call once, after ``install_style``)."""
    return installed_theme() or Theme(app)


def installed_theme() -> Theme | None:
    """The application's theme, if ``install_theme`` was called."""
    app = QApplication.instance()
    found = app.findChild(Theme) if app is not None else None
    return found if isinstance(found, Theme) else None
