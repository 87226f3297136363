"""Small screens (issue 10 §4): the first window fits the screen's available area, every page
lays out at 1024×600 with a panel, and a page taller than that scrolls.

On a 1024×600 and a 1280×720 screen the first window was 1180×760 with a 900×600 minimum: the
right column and the status bar were off-screen, and Dokumentasjon could not scroll.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication

from miljologg.core.model import Role
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput
from miljologg.ui.shell.geometry import DEFAULT_SIZE, FRAME_ALLOWANCE, first_geometry
from miljologg.ui.shell.main_window import PAGE_KEYS, SUPERVISOR_PAGE_KEYS, MainWindow

PANEL = 32  # a desktop panel (GNOME's top bar, the Windows taskbar is 40-48)
#: A 1024×600 screen less the panel, less the title bar and frame the window system adds.
SMALL = QSize(1024 - FRAME_ALLOWANCE.width(), 600 - PANEL - FRAME_ALLOWANCE.height())


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        (QRect(0, PANEL, 1024, 600 - PANEL), QSize(1008, 520)),
        (QRect(0, PANEL, 1280, 720 - PANEL), QSize(1180, 640)),
        (QRect(0, 0, 1920, 1080 - 48), DEFAULT_SIZE),
        (QRect(1920, 0, 1366, 768 - 40), QSize(1180, 680)),  # a second screen to the right
    ],
)
def test_the_first_window_fits_the_available_area(screen: QRect, expected: QSize) -> None:
    rect = first_geometry(screen)
    assert rect.size() == expected
    framed = rect.adjusted(-8, -(FRAME_ALLOWANCE.height() - 8), 8, 0)  # title bar above
    assert screen.contains(framed), (framed, screen)


def _window(qtbot, services: Services, path: Path) -> MainWindow:
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(services, path, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _fits(qtbot, window: MainWindow, keys: tuple[str, ...]) -> None:
    for key in keys:
        window.show_page(key)
    QApplication.processEvents()
    assert window.minimumSize().height() <= 540
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), hint
    window.resize(SMALL)
    QApplication.processEvents()
    assert window.size() == SMALL  # nothing forces it larger
    for key in keys:
        page = window.show_page(key)
        QApplication.processEvents()
        need = page.minimumSizeHint()
        room = window.stack.size()
        assert need.width() <= room.width() and need.height() <= room.height(), (key, need)
        bar = window.statusBar()
        assert bar.isVisible() and window.rect().contains(bar.geometry()), key
        assert window.path_label.visibleRegion().boundingRect().width() > 100, key


def test_every_page_lays_out_at_1024x600(qtbot, empty_services: Services) -> None:
    from miljologg.demo import write_demo

    write_demo(empty_services)
    window = _window(qtbot, empty_services, empty_services.db.path)
    _fits(qtbot, window, PAGE_KEYS)
    # the pages taller than the window scroll: nothing is cut off
    for key in ("dashboard", "dossier"):
        page = window.show_page(key)
        QApplication.processEvents()
        scroll = page.findChild(type(window.pages["dossier"].scroll_area))
        assert scroll is not None, key
        assert scroll.verticalScrollBar().maximum() > 0, key  # taller than 520: it scrolls
        content = scroll.widget()
        assert content.height() >= content.minimumSizeHint().height(), key


def test_the_dossier_preview_is_reachable(qtbot, empty_services: Services) -> None:
    from miljologg.demo import write_demo

    write_demo(empty_services)
    window = _window(qtbot, empty_services, empty_services.db.path)
    window.resize(SMALL)
    page = window.show_page("dossier")
    QApplication.processEvents()
    preview = page.preview  # type: ignore[attr-defined]
    assert "Veiledningslogg" in preview.text()
    page.scroll_area.ensureWidgetVisible(page.verify.button)  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert not page.verify.button.visibleRegion().isEmpty()  # type: ignore[attr-defined]
    assert preview.height() >= preview.heightForWidth(preview.width())  # not cut mid-line


def test_a_supervisors_pages_lay_out_at_1024x600(qtbot, empty_services: Services) -> None:
    empty_services.profile.save(ProfileInput(name="Kari Nordmann", role=Role.SUPERVISOR))
    window = _window(qtbot, empty_services, empty_services.db.path)
    _fits(qtbot, window, SUPERVISOR_PAGE_KEYS)


def test_the_welcome_dialogs_text_boxes_are_never_squeezed(qtbot) -> None:
    """On a 1024×600 X display the welcome dialog came up 445 px tall (``adjustSize`` caps a
    window at two thirds of the screen), its two text boxes cut to half their height and their
    example text cut off. Each box's row must hold the whole box, in both roles, and the dialog
    must stay within the screen."""
    from PySide6.QtWidgets import QPlainTextEdit

    from miljologg.ui.shell.welcome import WelcomeDialog

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    for radio in (dialog.supervisor_radio, dialog.student_radio):
        radio.setChecked(True)
        QApplication.processEvents()
        for box in dialog.findChildren(QPlainTextEdit):
            if box.isVisible():
                row = box.parentWidget()
                assert row is not None and row.height() >= box.height(), box.placeholderText()
        room = dialog.screen().availableGeometry().height()
        assert dialog.height() <= room
        assert dialog.height() >= dialog.sizeHint().height() or dialog.height() >= room - 40
