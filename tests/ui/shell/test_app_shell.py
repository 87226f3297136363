"""The main window and the GUI composition root, with settings kept in tmp_path."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QKeySequence

from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.ui.shell import app as app_module
from miljologg.ui.shell import backup_dialog, lock_message
from miljologg.ui.shell.geometry import first_geometry
from miljologg.ui.shell.main_window import MainWindow
from miljologg.ui.shell.page_stack import PAGE_KEYS
from miljologg.ui.signing.sheet_dialog import SupervisorPickDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, services: Services, data_file: Path, settings: QSettings) -> MainWindow:
    win = MainWindow(services, data_file, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_window_opens_on_the_dashboard_with_title_and_path(window, data_file) -> None:
    assert window.current_page_key() == "dashboard"
    assert window.windowTitle() == f"Test Student – {data_file.name} – miljologg"
    assert window.path_label.text() == str(data_file)
    assert window.geometry() == first_geometry(window.screen().availableGeometry())


def test_navigation_and_view_shortcuts_switch_pages(window) -> None:
    window.nav.setCurrentRow(3)
    assert window.current_page_key() == "supervisors"
    for number, (key, action) in enumerate(zip(PAGE_KEYS, window.page_actions, strict=True), 1):
        assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
        action.trigger()
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.pages[key]


def test_ctrl_n_switches_to_sessions_and_starts_a_new_session(window, monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(window.pages["sessions"], "new_session", lambda: calls.append("new"))
    monkeypatch.setattr(window.pages["sessions"], "focus_search", lambda: calls.append("search"))
    assert window.new_session_action.shortcut() == QKeySequence("Ctrl+N")
    window.new_session_action.trigger()
    assert window.current_page_key() == "sessions"
    window.show_page("dashboard")
    assert window.search_action.shortcut() == QKeySequence("Ctrl+F")
    window.search_action.trigger()
    assert window.current_page_key() == "sessions"
    assert calls == ["new", "search"]


def test_dashboard_links_open_the_owning_page(window, monkeypatch) -> None:
    for entity, key in [
        ("session", "sessions"),
        ("attendance", "gatherings"),
        ("assignment", "assignments"),
        ("supervisor", "supervisors"),
    ]:
        seen: list[str] = []
        monkeypatch.setattr(window.pages[key], "select", seen.append)
        window.pages["dashboard"].navigate.emit(entity, "abc")
        assert window.current_page_key() == key
        assert seen == ["abc"]


def test_a_change_on_one_page_refreshes_all(window, monkeypatch) -> None:
    refreshed: list[str] = []
    for key in PAGE_KEYS:
        monkeypatch.setattr(window.pages[key], "refresh", lambda k=key: refreshed.append(k))
    window.pages["sessions"].changed.emit()
    assert sorted(refreshed) == sorted(PAGE_KEYS)


def test_geometry_and_page_are_saved_and_restored(
    qtbot, window, services, data_file, settings
) -> None:
    window.resize(1000, 650)
    window.show_page("gatherings")
    window.close()
    assert settings.value("mainwindow/geometry") is not None
    assert settings.value("mainwindow/page") == "gatherings"
    again = MainWindow(services, data_file, settings)
    qtbot.addWidget(again)
    # The offscreen screen is 800 px wide, so Qt fits the width to it; the height survives.
    assert again.height() == 650
    assert again.size() != QSize(1180, 760)
    assert again.current_page_key() == "gatherings"


# -- the composition root ---------------------------------------------------------------
def test_data_file_precedence(tmp_path: Path, settings: QSettings) -> None:
    last = tmp_path / "last.sqlite"
    last.write_bytes(b"")
    settings.setValue(app_module.LAST_FILE_KEY, str(last))
    env = {"MILJOLOGG_DATA": str(tmp_path / "env.sqlite")}
    assert app_module.choose_data_file("cli.sqlite", env, settings) == Path("cli.sqlite")
    assert app_module.choose_data_file(None, env, settings) == tmp_path / "env.sqlite"
    assert app_module.choose_data_file(None, {}, settings) == last
    last.unlink()
    assert app_module.choose_data_file(None, {}, settings).name == "miljologg.sqlite"


@pytest.fixture
def quiet_app(monkeypatch, settings):
    """run_gui with the user's settings, hooks and dialogs kept out of the way."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(app_module, "QSettings", lambda *a: settings)
    monkeypatch.setattr(
        app_module, "inform", lambda _p, title, text, **_k: shown.append((title, text))
    )
    for module in (backup_dialog, lock_message):
        monkeypatch.setattr(
            module, "inform", lambda _p, title, text, **_k: shown.append((title, text))
        )
    logger = logging.getLogger("miljologg")
    handlers = list(logger.handlers)
    yield shown
    for handler in logger.handlers[:]:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()


def test_damaged_file_shows_a_message_and_exits_1(qtbot, tmp_path, quiet_app) -> None:
    bad = tmp_path / "skadet.sqlite"
    bad.write_bytes(b"dette er ikke en database" * 100)
    assert app_module.run_gui(["--data", str(bad)], env={}) == 1
    assert quiet_app and "Traceback" not in quiet_app[0][1]


def test_cancelled_welcome_exits_0_and_leaves_no_file(
    qtbot, tmp_path, quiet_app, monkeypatch
) -> None:
    from miljologg.ui.shell.welcome import WelcomeDialog

    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    target = tmp_path / "ny" / "logg.sqlite"
    assert app_module.run_gui(["--data", str(target)], env={}) == 0
    assert not target.exists()
    assert not target.with_name("logg.sqlite.lock").exists()  # issue 10 §5: no .lock either
    assert [p.name for p in target.parent.iterdir() if p.name.startswith("logg")] == []


def test_crash_hook_logs_type_and_stack_but_not_the_message(tmp_path, quiet_app) -> None:
    app_module.setup_logging(tmp_path / "logg.sqlite")
    reporter = app_module.CrashReporter()
    secret = "klient " + "0201329" + "9997"  # the source line shown in the stack hides it
    try:
        raise ValueError(secret)
    except ValueError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger("miljologg").handlers:
        handler.flush()
    text = (tmp_path / "logs" / "miljologg.log").read_text(encoding="utf-8")
    assert "ValueError" in text
    assert "test_crash_hook" in text
    assert "02013299997" not in text
    assert quiet_app and quiet_app[0][0] == "Noe gikk galt"


def test_ctrl_n_opens_the_real_session_dialog(window) -> None:
    window.new_session_action.trigger()
    dialog = window.pages["sessions"].dialog
    assert dialog.isVisible()
    dialog.reject()


def test_opening_another_file_replaces_the_window(qtbot, tmp_path, settings, quiet_app) -> None:
    from miljologg.db.database import open_database
    from miljologg.services.profile import ProfileInput

    paths = []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        services = Services(open_database(path))
        services.profile.save(
            ProfileInput(name=f"Student {name[0]}", programme_id="rbup-kmaa-2024")
        )
        services.db.close()
        paths.append(path)
    controller = app_module.AppController(settings)
    assert controller.open(paths[0])
    first = controller.window
    qtbot.addWidget(first)
    first.open_file_requested.emit(str(paths[1]))
    second = controller.window
    qtbot.addWidget(second)
    assert second is not first
    assert second.windowTitle() == "Student b – b.sqlite – miljologg"
    assert settings.value(app_module.LAST_FILE_KEY) == str(paths[1].resolve())
    bad = tmp_path / "skadet.sqlite"
    bad.write_bytes(b"ikke en database" * 100)
    assert not controller.open(bad)
    assert controller.window is second
    assert quiet_app


def test_second_window_on_the_same_file_is_refused(qtbot, tmp_path, quiet_app) -> None:
    from miljologg.db.lock import acquire_writer_lock

    path = tmp_path / "logg.sqlite"
    Services(open_database(path)).db.close()
    with acquire_writer_lock(path):  # another miljologg has it open
        assert app_module.run_gui(["--data", str(path)], env={}) == 1
    assert any("allerede åpen" in text for _title, text in quiet_app)


def test_damaged_file_is_restored_from_the_newest_good_backup(
    qtbot, tmp_path, quiet_app, monkeypatch
) -> None:
    from miljologg.services.backups import BackupService
    from miljologg.services.profile import ProfileInput

    path = tmp_path / "logg.sqlite"
    services = Services(open_database(path))
    services.profile.save(ProfileInput(name="Kari Student", programme_id="rbup-kmaa-2024"))
    services.db.close()
    BackupService(path).create("manual")
    path.write_bytes(b"\x00skadet" * 500)
    monkeypatch.setattr(backup_dialog, "confirm", lambda *a, **k: True)
    controller = app_module.AppController(app_module.QSettings())
    assert controller.open(path)
    qtbot.addWidget(controller.window)
    assert controller.window.services.profile.get().name == "Kari Student"
    assert list(tmp_path.glob("logg.sqlite.damaged-*"))


def test_opening_a_file_makes_the_days_backup_after_the_window_is_up(
    qtbot, tmp_path, quiet_app, monkeypatch
) -> None:
    from miljologg.services.backups import BackupService

    monkeypatch.setattr(app_module, "DAILY_BACKUP_DELAY_MS", 0)
    path = tmp_path / "logg.sqlite"
    Services(open_database(path)).db.close()
    controller = app_module.AppController(app_module.QSettings())
    assert controller.open(path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: any(b.reason == "daily" for b in BackupService(path).list()))


def test_pages_are_built_when_first_shown(window) -> None:
    assert set(window.pages) == {window.current_page_key()}
    sessions = window.show_page("sessions")
    assert window.stack.currentWidget() is sessions
    assert window.pages["sessions"] is sessions  # built once
    window.nav.setCurrentRow(PAGE_KEYS.index("gatherings"))
    assert window.stack.currentWidget() is window.pages["gatherings"]
    assert window.stack.count() == len(PAGE_KEYS)


def test_the_signing_menu_runs_the_pages_actions_on_veiledning(window) -> None:
    titles = [m.title() for m in window.menuBar().findChildren(type(window.signing_menu))]
    assert "&Signering" in titles
    window.show_page("dashboard")
    window.signing_menu.aboutToShow.emit()
    entries = [a for a in window.signing_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries] == [
        "Signer …",
        "Gjenåpne …",
        "Send til signering (fil) …",
        "Importer signert svar …",
        "Signerark (PDF) …",
        "Registrer papirsignatur …",
    ]
    assert not entries[0].isEnabled()  # nothing selected on Veiledning: nothing to sign
    signing = window.pages["sessions"].signing
    assert signing.dialog is None
    entries[4].trigger()  # «Signerark (PDF) …»: the page's own action asks whose sheet
    assert isinstance(signing.dialog, SupervisorPickDialog)
    assert signing.dialog.isVisible()
    signing.dialog.reject()
    assert window.current_page_key() == "sessions"


def _student_file(tmp_path: Path, name: str = "Kari Student") -> Path:
    from miljologg.services.profile import ProfileInput

    path = tmp_path / "logg.sqlite"
    services = Services(open_database(path))
    services.profile.save(ProfileInput(name=name, programme_id="rbup-kmaa-2024"))
    services.db.close()
    return path


def test_start_paints_the_window_before_loading_the_file(qtbot, tmp_path, quiet_app) -> None:
    path = _student_file(tmp_path)
    controller = app_module.AppController(app_module.QSettings())
    assert controller.open_at_start(path)
    window = controller.window
    qtbot.addWidget(window)
    # Built from a glance at the owner: title and pages right, nothing loaded yet.
    assert not window.is_attached()
    assert window.windowTitle() == "Kari Student – logg.sqlite – miljologg"
    assert window.stack.currentWidget().text() == "Åpner loggen …"
    assert [window.nav.item(i).text() for i in range(window.nav.count())][0] == "Oversikt"
    qtbot.waitUntil(window.is_attached, timeout=5000)
    assert window.current_page_key() == "dashboard"
    assert window.stack.currentWidget() is window.pages["dashboard"]
    texts = [a.text() for a in window._file_menu.actions()]  # noqa: SLF001
    assert "Importer signert s&var …" in texts and any("Sikkerhetskopier" in t for t in texts)
    assert texts[-1] == "&Avslutt"
    controller._lock.release()  # noqa: SLF001


def test_start_on_a_file_that_fails_to_load_closes_the_window(
    qtbot, tmp_path, quiet_app, monkeypatch
) -> None:
    """The glance found an owner, but opening failed (a damaged page, a restore declined):
    the window goes, the lock is let go, and the app ends with exit code 1."""
    path = _student_file(tmp_path)
    exits: list[int] = []
    monkeypatch.setattr(app_module.QCoreApplication, "exit", lambda code=0: exits.append(code))
    monkeypatch.setattr(
        app_module.AppController, "_services_for", lambda self, p: None
    )  # what a refused open returns
    controller = app_module.AppController(app_module.QSettings())
    assert controller.open_at_start(path)
    window = controller.window  # deleted by the controller itself
    qtbot.waitUntil(lambda: exits == [1], timeout=5000)
    assert controller.window is None
    assert not shiboken6.isValid(window) or not window.isVisible()
    from miljologg.db.lock import acquire_writer_lock

    with acquire_writer_lock(path):  # released: another miljologg may open it now
        pass


def test_start_on_a_file_without_an_owner_takes_the_careful_path(
    qtbot, tmp_path, quiet_app
) -> None:
    path = tmp_path / "skadet.sqlite"
    path.write_bytes(b"ikke en database" * 100)
    controller = app_module.AppController(app_module.QSettings())
    assert not controller.open_at_start(path)  # the message came before any window
    assert controller.window is None and quiet_app


def test_the_crash_hook_shows_a_database_error_as_it_is(qtbot, tmp_path, quiet_app) -> None:
    """A new data file on a full disk fails in the welcome dialog's save, outside any caller
    that could catch it: its Norwegian reason is shown, not «Noe gikk galt (DatabaseError)»."""
    from miljologg.db.failures import DatabaseError

    reporter = app_module.CrashReporter()
    error = DatabaseError("Kunne ikke opprette datafilen /x/ny.sqlite: disken er full.")
    try:
        raise error
    except DatabaseError as exc:
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(quiet_app))
    assert quiet_app == [("Datafilen", str(error))]
