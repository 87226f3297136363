"""Drive the real main window on a demo log for many rounds; run as a subprocess by test_soak.

Each round shows every page, paints the whole window (the paint path makes thousands of Qt
calls that return nothing: the calls PySide6 6.12.0 on CPython 3.11 miscounted), opens and
cancels the main dialogs, marks a gathering day and sets it back, and refreshes everything.
An abort (``none_dealloc``) or a crash kills this process, which the test reports as a failure
instead of losing the whole test run. Prints one JSON line with what it did.

Usage: python soak_driver.py DATA_FILE ROUNDS
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QDialog

from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.ui.shell.main_window import MainWindow
from miljologg.ui.shell.page_stack import PAGE_KEYS
from miljologg.ui.shell.style import install_style
from miljologg.ui.widgets.theme import dark_palette, install_theme


def _settle(app: QApplication) -> None:
    """What returning to the event loop does: process events and the deferred deletions."""
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _close_dialog(page: object) -> int:
    dialog = getattr(page, "dialog", None)
    if isinstance(dialog, QDialog) and dialog.isVisible():
        dialog.grab()
        dialog.reject()
        return 1
    return 0


def main() -> int:
    data, rounds = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([sys.argv[0]])
    install_style(app)
    install_theme(app)
    light = app.style().standardPalette()
    settings = QSettings(str(data.with_suffix(".ini")), QSettings.Format.IniFormat)
    services = Services(open_database(data))
    window = MainWindow(services, data, settings)
    window.resize(1024, 600)
    window.show()
    app.processEvents()
    none_before = sys.getrefcount(None)
    actions = 0
    started = time.monotonic()
    for round_number in range(rounds):
        for key in PAGE_KEYS:
            window.show_page(key)
            _settle(app)
            window.grab()
            actions += 2
        sessions = window.pages["sessions"]
        window.new_session_action.trigger()
        actions += 1 + _close_dialog(sessions)
        sessions.table.selectRow(0)
        sessions.edit_selected()
        actions += 1 + _close_dialog(sessions)
        supervisors = window.pages["supervisors"]
        supervisors.new_supervisor()
        actions += 1 + _close_dialog(supervisors)
        gatherings = window.pages["gatherings"]
        window.show_page("gatherings")
        day = services.profile.programme().gatherings[0].days[0]  # type: ignore[union-attr]
        buttons = gatherings.day_buttons(day)
        buttons.triggered.emit("absent")  # the dialog that asks for a reason
        actions += 1 + _close_dialog(gatherings)
        buttons.triggered.emit("present")
        actions += 1
        window.show_profile()  # Fil → Profil …, then F1's guide (issue 10 §3, §5)
        actions += 1 + _close_dialog(window)
        window.show_guide()
        actions += 1 + _close_dialog(window)
        if round_number % 25 == 24:  # the system switches between light and dark
            app.setPalette(light if round_number % 50 == 49 else dark_palette())
            actions += 1
        window.refresh_all()
        window.grab()
        _settle(app)
        actions += 2
    live = app.allWidgets()
    print(
        json.dumps(
            {
                "live_widgets": len(live),
                "live_dialogs": sum(isinstance(w, QDialog) for w in live),
                "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                "rounds": rounds,
                "actions": actions,
                "seconds": round(time.monotonic() - started, 1),
                "none_refcount_delta": sys.getrefcount(None) - none_before,
            }
        )
    )
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
