"""A smoke test's view of start-up: note when the window shows the log, then quit.

When ``MILJOLOGG_READY_FILE`` names a file, the GUI writes one JSON object there as soon as the
main window has been painted with its data file loaded (so SQLAlchemy, the migrations, the
services and the dashboard all worked), and quits with exit code 0. A built app is checked this
way without a screen or a person (``scripts/smoke_frozen`` for the frozen app, ``scripts/
check_wheel`` for a fresh install); a file rather than stdout because the Windows app has no
console. Unset (always, for users), nothing is installed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from miljologg.ui.shell.main_window import MainWindow

READY_FILE_VAR = "MILJOLOGG_READY_FILE"


class _ReadyProbe(QObject):
    def __init__(self, app: QApplication, target: Path) -> None:
        super().__init__(app)
        self._app = app
        self._target = target
        self._done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._done or event.type() != QEvent.Type.Paint or not isinstance(obj, QWidget):
            return False
        window = obj.window()
        if isinstance(window, MainWindow) and window.is_attached():
            self._done = True
            report = {
                "ready_at": time.time(),
                "title": window.windowTitle(),
                "window_icon": not self._app.windowIcon().isNull(),
                "platform": QApplication.platformName(),
            }
            self._target.write_text(json.dumps(report), encoding="utf-8")
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))  # after this paint
        return False


def watch_ready(app: QApplication, env: Mapping[str, str]) -> None:
    """Install the probe if ``MILJOLOGG_READY_FILE`` is set in ``env``; otherwise do nothing."""
    target = env.get(READY_FILE_VAR)
    if target:
        app.installEventFilter(_ReadyProbe(app, Path(target)))
