"""Text is readable in the light and the dark scheme (issue 10 §4): WCAG AA, 4.5:1.

Every page of the window (a student's on the demo log, a supervisor's) and the dialogs a new
user meets are drawn under the light palette and under a dark one. For every visible QLabel the
text colour it is drawn with (its palette after the style sheets, and any colour its rich text
names) is measured against the background actually drawn behind it (the commonest colour of its
rectangle in a grab of the window). The chart's axis text must pass too, and its grid lines be
visible but quieter than text; the table colours (item models) are measured against the view.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from miljologg.core.model import Role
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput
from miljologg.ui.shell.main_window import PAGE_KEYS, SUPERVISOR_PAGE_KEYS, MainWindow
from miljologg.ui.shell.welcome import WelcomeDialog
from miljologg.ui.widgets import chart as chart_module
from miljologg.ui.widgets.chart import CumulativeChart
from miljologg.ui.widgets.theme import color, dark_palette, is_dark
from tests.conftest import fixed_clock

AA = 4.5
#: What was measured, by scheme: the lowest ratio and where (printed with ``-s``).
LOWEST: dict[str, tuple[float, str]] = {}


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def background(image: QImage, widget: QWidget, window: QWidget) -> QColor:
    """The commonest colour drawn in ``widget``'s rectangle (text covers the lesser part)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    counts: Counter[int] = Counter()
    w, h = widget.width(), widget.height()
    step = max(1, min(w, h) // 12)
    for y in range(top_left.y(), top_left.y() + h, step):
        for x in range(top_left.x(), top_left.x() + w, 1):
            if 0 <= x < image.width() and 0 <= y < image.height():
                counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def text_colours(label: QLabel) -> Iterator[QColor]:
    yield label.palette().color(label.foregroundRole())
    text = label.text()
    if label.textFormat() != Qt.TextFormat.PlainText:
        for hex_value in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", text):
            yield QColor(hex_value)
        if "<a " in text:
            yield label.palette().color(QPalette.ColorRole.Link)


def shown_labels(root: QWidget) -> Iterator[QLabel]:
    for label in root.findChildren(QLabel):
        shown = label.isVisibleTo(root) and label.isEnabled() and label.text().strip()
        if shown and label.width() > 4 and label.height() > 4:
            yield label


def check_labels(root: QWidget, where: str, scheme: str) -> list[str]:
    QApplication.processEvents()
    image = root.grab().toImage()
    failures = []
    for label in shown_labels(root):
        bg = background(image, label, root)
        for fg in text_colours(label):
            ratio = contrast(fg, bg)
            name = f"{where}: «{label.text()[:40]}»"
            if scheme not in LOWEST or ratio < LOWEST[scheme][0]:
                LOWEST[scheme] = (ratio, name)
            if ratio < AA:
                failures.append(f"{name} {fg.name()} on {bg.name()}: {ratio:.2f}")
    return failures


def check_item_views(root: QWidget, where: str) -> list[str]:
    failures = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root):
            continue
        base = view.palette().color(QPalette.ColorRole.Base)
        alternate = view.palette().color(QPalette.ColorRole.AlternateBase)
        for row in range(min(model.rowCount(), 200)):
            for col in range(model.columnCount()):
                brush = model.index(row, col, QModelIndex()).data(Qt.ItemDataRole.ForegroundRole)
                if brush is None:
                    continue
                fg = brush if isinstance(brush, QColor) else brush.color()
                for bg in (base, alternate):
                    if contrast(fg, bg) < AA:
                        failures.append(f"{where} row {row} col {col}: {fg.name()} on {bg.name()}")
    return failures


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    light = qapp.style().standardPalette()
    qapp.setPalette(dark_palette() if request.param == "dark" else light)
    QApplication.processEvents()
    assert is_dark() is (request.param == "dark")
    yield request.param
    qapp.setPalette(light)
    QApplication.processEvents()


def _window(qtbot, services: Services, path: Path) -> MainWindow:
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(services, path, settings)
    qtbot.addWidget(window)
    window.resize(1400, 2400)  # nothing scrolled away: every label is drawn in one grab
    window.show()
    return window


def test_every_page_reads_in_both_schemes(qtbot, empty_services: Services, scheme: str) -> None:
    from miljologg.demo import write_demo

    write_demo(empty_services)
    window = _window(qtbot, empty_services, empty_services.db.path)
    failures: list[str] = []
    for key in PAGE_KEYS:
        window.show_page(key)
        failures += check_labels(window, key, scheme)
        failures += check_item_views(window.pages[key], key)
    assert not failures, "\n".join(failures)


def test_supervisor_pages_read_in_both_schemes(qtbot, tmp_path: Path, scheme: str) -> None:
    services = Services(open_database(tmp_path / "veileder.sqlite"), now=fixed_clock())
    services.profile.save(ProfileInput(name="Kari Nordmann", role=Role.SUPERVISOR))
    window = _window(qtbot, services, tmp_path / "veileder.sqlite")
    failures: list[str] = []
    for key in SUPERVISOR_PAGE_KEYS:
        window.show_page(key)
        failures += check_labels(window, key, scheme)
    assert not failures, "\n".join(failures)


def test_first_dialogs_read_in_both_schemes(qtbot, empty_services: Services, scheme: str) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("")
    dialog.accept()  # an empty name: the error under the field is shown too
    assert dialog.messages["name"].isVisible()
    failures = check_labels(dialog, "velkomst", scheme)
    assert not failures, "\n".join(failures)


def test_the_chart_grid_and_axis_are_visible(qtbot, scheme: str) -> None:
    import datetime as dt

    chart = CumulativeChart()
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    start = dt.date(2024, 11, 4)
    chart.set_data(
        [(start, 0), (dt.date(2025, 3, 1), 900)],
        [(start, 0), (dt.date(2026, 9, 22), 7200)],
        dt.date(2025, 6, 18),
    )
    chart.show()
    image = chart.grab().toImage()
    bg = background(image, chart, chart)
    axis = color(chart_module.AXIS, chart.palette())
    grid = color(chart_module.GRID, chart.palette())
    assert contrast(axis, bg) >= AA, (axis.name(), bg.name())
    assert contrast(color(chart_module.TODAY, chart.palette()), bg) >= AA
    # the grid is seen (not the background) but quieter than the text: never a white line
    # across a dark chart
    assert 1.3 <= contrast(grid, bg) < contrast(axis, bg), (grid.name(), bg.name())


def test_report_lowest_ratios() -> None:
    """Runs last in this module: prints the lowest ratio measured in each scheme (``-s``)."""
    for scheme, (ratio, where) in sorted(LOWEST.items()):
        print(f"lowest contrast, {scheme}: {ratio:.2f}:1 ({where})")
        assert ratio >= AA


def test_the_theme_follows_the_system_scheme(qtbot, qapp: QApplication, monkeypatch) -> None:
    """Qt 6.5+ says which scheme the system uses; a style without a dark palette gets ours."""
    from miljologg.ui.widgets.theme import installed_theme, stylesheet

    theme = installed_theme()
    assert theme is not None
    light = qapp.style().standardPalette()
    qapp.setPalette(light)
    changes: list[bool] = []
    theme.changed.connect(lambda: changes.append(is_dark()))
    try:
        monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
        theme.follow_system()
        assert is_dark() and qapp.styleSheet() == stylesheet(dark=True)
        monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Light)
        theme.follow_system()
        assert not is_dark() and qapp.styleSheet() == stylesheet(dark=False)
        qapp.setPalette(dark_palette())  # a style that changes its palette by itself
        QApplication.processEvents()
        assert qapp.styleSheet() == stylesheet(dark=True)
    finally:
        qapp.setPalette(light)
        QApplication.processEvents()
    assert changes == [True, False, True, False]
    assert qapp.styleSheet() == stylesheet(dark=False)
