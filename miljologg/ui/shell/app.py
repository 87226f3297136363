"""The GUI's composition root: find the data file, open it, show the window, catch crashes.

Nothing happens at import time. ``run_gui`` is the only place that creates the QApplication,
decides which file to open (``--data`` > MILJOLOGG_DATA > last used > default), installs the one
crash path, and builds ``Services`` for the window.

Start-up paints the window first: this module imports only Qt and light modules, the window is
built from a read-only glance at the file's owner (``db.peek``) and shown, and the database
layer (SQLAlchemy, the migrations check, the services: most of start-up) loads once it has been
painted. Files that cannot be glanced at take the careful path, before any window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from miljologg import fs
from miljologg.assets import icon_path
from miljologg.db import leftovers
from miljologg.db.failures import DamagedFileError, DatabaseError, explain
from miljologg.db.peek import peek_profile
from miljologg.paths import resolve_data_file
from miljologg.ui.shell.lock_message import acquire_lock_or_explain
from miljologg.ui.shell.main_window import MainWindow
from miljologg.ui.shell.ready_probe import watch_ready
from miljologg.ui.shell.style import install_style
from miljologg.ui.shell.translations import choose_language, install_translations
from miljologg.ui.widgets.common import inform
from miljologg.ui.widgets.theme import install_theme

if TYPE_CHECKING:
    from miljologg.db.lock import WriterLock
    from miljologg.services.app import Services

log = logging.getLogger("miljologg")
LAST_FILE_KEY = "files/last"
#: The Linux desktop entry's id (packaging/linux/), also the macOS bundle id.
DESKTOP_ID = "no.miljologg.Miljologg"
DAILY_BACKUP_DELAY_MS = 1000
FIRST_PAINT_FALLBACK_MS = 400


def choose_data_file(cli_value: str | None, env: Mapping[str, str], settings: QSettings) -> Path:
    """--data, then MILJOLOGG_DATA, then the last file used (if it still exists), then default."""
    if cli_value or env.get("MILJOLOGG_DATA"):
        return resolve_data_file(cli_value, env)
    last = settings.value(LAST_FILE_KEY, "")
    if isinstance(last, str) and last and Path(last).is_file():
        return Path(last)
    return resolve_data_file(None, env)


class CrashReporter(QObject):
    """The one crash path: log the traceback, then tell the user on the GUI thread.

    Only the exception's type and the stack are logged, never its message: messages can quote
    what the user typed, and the log must hold nothing covered by teieplikt.
    """

    _report = Signal(str)
    _database = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report.connect(self._show)  # queued to the GUI thread when emitted elsewhere
        self._database.connect(self._show_database)
        self._showing = False
        #: Called with the error when SQLite finds the open file damaged (offer a backup).
        self.on_damaged: Callable[[DatabaseError], None] | None = None

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = lambda a: self.excepthook(a.exc_type, a.exc_value, a.exc_traceback)

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            # A thread's hook may come without the instance; Python's hook needs one.
            sys.__excepthook__(exc_type, exc_value if exc_value is not None else exc_type(), tb)
            return
        stack = "".join(traceback.format_tb(tb))
        log.error("Uventet feil: %s\n%s", exc_type.__name__, stack)
        # Our own DatabaseError already says why in Norwegian (a new file on a full disk, raised
        # in the welcome dialog's save); it was reported as «Noe gikk galt (DatabaseError)».
        explained = (
            exc_value
            if isinstance(exc_value, DatabaseError)
            else explain(exc_value)
            if exc_value is not None
            else None
        )
        if explained is not None:  # the file, the disk or the rights: say which, in Norwegian
            self._database.emit(explained)
            return
        self._report.emit(exc_type.__name__)

    def _show_database(self, error: DatabaseError) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            if isinstance(error, DamagedFileError) and self.on_damaged is not None:
                self.on_damaged(error)
            else:
                inform(
                    QApplication.activeWindow(),
                    QCoreApplication.translate("App", "Datafilen"),
                    str(error),
                    error=True,
                )
        finally:
            self._showing = False

    def _show(self, kind: str) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            inform(
                QApplication.activeWindow(),
                QCoreApplication.translate("App", "Noe gikk galt"),
                QCoreApplication.translate(
                    "App",
                    "Det oppstod en uventet feil (%1). Det du har lagret, er trygt i datafilen. "
                    "Feilen er skrevet til loggen i mappen «logs» ved siden av datafilen.",
                ).replace("%1", kind),
                error=True,
            )
        finally:
            self._showing = False


def setup_logging(data_file: Path) -> None:
    """Log to ``logs/miljologg.log`` in the data file's folder, the owner's alone (0700/0600):
    tracebacks can quote what the user typed."""
    folder = data_file.parent / "logs"
    try:
        target = fs.private_append(fs.private_folder(folder) / "miljologg.log")
        handler: logging.Handler = logging.FileHandler(target, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class AppController(QObject):
    """Owns the one main window and swaps it when the user opens or creates another file."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.window: MainWindow | None = None
        self._lock: WriterLock | None = None

    def create(self, path: Path) -> Services | None:
        """The welcome flow; the file is created only after the profile validated."""
        from miljologg.db.database import open_database, remove_file_set
        from miljologg.services.app import Services
        from miljologg.ui.shell.welcome import welcome_dialog

        created: list[Services] = []

        def make() -> Services:
            if not created:
                fs.private_folder(path.parent)
                leftovers.mark_creating(path)  # removed below, or with the file on next open
                created.append(Services(open_database(path)))
            return created[0]

        dialog = welcome_dialog(make, self.window)
        try:
            accepted = bool(dialog.exec())
        except DatabaseError as exc:
            inform(
                self.window,
                QCoreApplication.translate("App", "Kunne ikke opprette datafilen"),
                str(exc),
                error=True,
            )
            accepted = False
        try:
            if accepted and created:
                return created[0]
            if created:  # the profile could not be saved: leave nothing half-made behind
                created[0].db.close()
                remove_file_set(path)
            return None
        finally:
            leftovers.done_creating(path)

    def open(self, path: Path) -> bool:
        """Open (or, if missing, create) ``path`` and show it; False if nothing was opened.

        The window holds the file's writer lock for as long as it has the file open, so a second
        miljologg (window or CLI write) on the same file is told so instead of writing beside it.
        """
        path = Path(path).expanduser()
        if self.window is not None and self.window.path.resolve() == path.resolve():
            self.window.raise_()
            return True
        fs.private_folder(path.parent)
        lock = acquire_lock_or_explain(self.window, path)
        if lock is None:
            return False
        services = self._services_for(path)
        if services is None:
            if not path.exists():  # the welcome was cancelled: leave no «.lock» behind either
                lock.remove_file()
            lock.release()
            return False
        self._adopt(MainWindow(services, path, self.settings), lock)
        _schedule_daily_backup(path, services)
        return True

    def open_at_start(self, path: Path) -> bool:
        """Like ``open``, but the window is painted before the database layer is loaded.

        Only for a file whose owner a read-only glance finds (``peek_profile``); anything else
        (a new, damaged, foreign or locked file) takes ``open``, whose dialogs then come before
        any window. When loading fails after the window is up, the window closes and the
        event loop ends with exit code 1.
        """
        path = Path(path).expanduser()
        hint = peek_profile(path) if path.is_file() else None
        if hint is None:
            return self.open(path)
        lock = acquire_lock_or_explain(None, path)
        if lock is None:
            return False
        window = MainWindow(None, path, self.settings, hint=hint)
        window.setCursor(Qt.CursorShape.BusyCursor)  # shown by the window system while loading
        self._adopt(window, lock)
        _after_first_paint(window, lambda: self._load_into(window, path))
        return True

    def _load_into(self, window: MainWindow, path: Path) -> None:
        if self.window is not window or window.is_attached():
            return
        services = self._services_for(path)
        if services is None:
            self.window = None
            window.close()
            window.deleteLater()
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            QCoreApplication.exit(1)
            return
        window.attach(services)
        window.unsetCursor()
        _schedule_daily_backup(path, services)

    def _adopt(self, window: MainWindow, lock: WriterLock) -> None:
        """Make ``window`` (holding ``lock``) the one window, and close the one before it."""
        window.open_file_requested.connect(lambda p: self.open(Path(p)))
        window.new_file_requested.connect(lambda p: self.open(Path(p)))
        old, self.window = self.window, window
        old_lock, self._lock = self._lock, lock
        self.settings.setValue(LAST_FILE_KEY, str(window.path.resolve()))
        window.show()
        if old is not None:
            old.close()
            if old.is_attached():
                old.services.db.close()
            old.deleteLater()
        if old_lock is not None:
            old_lock.release()

    def recover_damaged(self, error: DatabaseError) -> None:
        """SQLite found the open file damaged: offer the newest good backup, then reload."""
        from miljologg.ui.shell.backup_dialog import offer_restore

        window = self.window
        if window is None or not window.is_attached():
            return
        window.services.db.close()  # pooled connections let go of the damaged file
        if offer_restore(window, window.path, error):
            window.services.ctx.invalidate()
            window.refresh_all()

    def _services_for(self, path: Path) -> Services | None:
        """Open an existing file (offering the newest good backup if damaged), or create one."""
        from miljologg.db.database import open_database
        from miljologg.services.app import Services
        from miljologg.ui.shell.backup_dialog import offer_restore

        if not path.exists():
            return self.create(path)
        for _attempt in range(2):
            try:
                return Services(open_database(path, create=False))
            except DatabaseError as exc:
                if not offer_restore(self.window, path, exc):
                    return None
        return None


def _schedule_daily_backup(path: Path, services: Services) -> None:
    """The day's first backup runs once the window is up: a copy of a large file should not
    hold back the first paint."""
    QTimer.singleShot(DAILY_BACKUP_DELAY_MS, lambda: _daily_backup(services))


def _after_first_paint(window: MainWindow, then: Callable[[], None]) -> None:
    """Run ``then`` once ``window`` has been painted (or after a short while if it never is,
    say when it opens minimised), from the event loop."""
    done: list[bool] = []

    def run() -> None:
        if not done:
            done.append(True)
            window.removeEventFilter(watcher)
            then()

    class _Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if obj is window and event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, window, run)  # after this paint has reached the screen
            return False

    watcher = _Watcher(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, window, run)  # dropped if the window is gone


def _daily_backup(services: Services) -> None:
    try:
        services.backups.ensure_daily()
    except (OSError, DatabaseError):
        log.warning("Daglig sikkerhetskopi feilet.")


def run_gui(argv: Sequence[str], env: Mapping[str, str] | None = None) -> int:
    """Start the desktop app; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="miljologg", add_help=False)
    parser.add_argument("--data")
    parser.add_argument("--language")
    args, qt_args = parser.parse_known_args(list(argv))
    env = os.environ if env is None else env

    app = QApplication.instance() or QApplication(["miljologg", *qt_args])
    assert isinstance(app, QApplication)  # a widget app: the only kind miljologg makes
    app.setApplicationName("miljologg")
    app.setOrganizationName("miljologg")
    app.setApplicationDisplayName("miljologg")
    app.setDesktopFileName(DESKTOP_ID)  # ties the window to the installed .desktop entry
    app.setWindowIcon(QIcon(str(icon_path())))  # every window, and the taskbar/dock
    watch_ready(app, env)  # smoke tests of a built app only (MILJOLOGG_READY_FILE)
    settings = QSettings("miljologg", "miljologg")
    # Before any widget: the app's language for its own texts, Qt's and the gettext layer's.
    install_translations(app, choose_language(args.language, env, settings))
    install_style(app)  # sort arrows that point the way the rows run
    install_theme(app)  # colours for a light or dark scheme, following the system

    path = choose_data_file(args.data, env, settings)
    setup_logging(path)
    reporter = CrashReporter(app)
    reporter.install()

    controller = AppController(settings)
    reporter.on_damaged = controller.recover_damaged
    if not path.exists():
        if not controller.open(path):
            return 0
    elif not controller.open_at_start(path):
        return 1
    return app.exec()
