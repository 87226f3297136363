"""Backup dialog, the restore offer at start and the writer lock message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from miljologg.core.model import Form
from miljologg.core.units import format_size
from miljologg.db.database import DatabaseError, open_database
from miljologg.db.lock import acquire_writer_lock
from miljologg.services.app import Services
from miljologg.services.backups import BackupService
from miljologg.services.sessions import SessionInput
from miljologg.ui.shell.backup_dialog import (
    BackupDialog,
    BackupModel,
    acquire_lock_or_explain,
    offer_restore,
)
from tests.ui.shell.conftest import Messages


def _add(services: Services, day: int) -> str:
    kari = services.supervisors.find("Kari Nordmann")
    session = SessionInput(dt.date(2025, 6, day), 60, Form.INDIVIDUAL, kari.id)
    return services.sessions.add(session).id


# -- the dialog ------------------------------------------------------------------------------
def test_model_formats_without_widgets(services: Services, data_file: Path) -> None:
    info = BackupService(data_file, services.ctx.now).create("pre-import")
    model = BackupModel()
    model.set_records([info])
    assert model.rowCount() == 1 and model.columnCount() == 3
    when = model.data(model.index(0, BackupModel.WHEN))
    assert when == f"{info.created_at.astimezone():%d.%m.%Y %H:%M}"
    assert model.data(model.index(0, BackupModel.REASON)) == "Før import"
    assert model.data(model.index(0, BackupModel.SIZE)) == format_size(info.size)  # fs's one
    assert format_size(info.size).endswith(" kB")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Tidspunkt"


def test_create_and_restore_through_the_dialog(
    qtbot: Any, services: Services, data_file: Path, messages: Messages
) -> None:
    kept = _add(services, 2)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.restore_button.isEnabled()  # the new backup is selected
    _add(services, 3)

    version = services.ctx.version
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert services.ctx.version > version  # cached status is not served stale
    assert messages.asked and "18.06.2025" in messages.asked[0]
    assert [s.id for s in services.sessions.list()] == [kept]
    reasons = sorted(b.reason for b in BackupService(data_file).list())
    assert reasons == ["manual", "pre-restore"]
    assert dialog.model.rowCount() == 2
    assert messages.shown[-1][0] == "Gjenopprettet"


def test_restore_declined_changes_nothing(
    qtbot: Any, services: Services, data_file: Path, messages: Messages
) -> None:
    BackupService(data_file, services.ctx.now).create("manual")
    _add(services, 2)
    messages.answer = False
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.restore_selected() is False
    assert len(services.sessions.list()) == 1
    assert len(BackupService(data_file).list()) == 1


def test_a_damaged_backup_is_refused_with_a_message(
    qtbot: Any, services: Services, data_file: Path, messages: Messages
) -> None:
    info = BackupService(data_file, services.ctx.now).create("manual")
    info.path.write_bytes(b"x" * 4096)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.restore_selected() is False
    title, text, error = messages.shown[-1]
    assert error and "kan ikke gjenopprettes" in text


def test_dialog_fits_and_is_norwegian(qtbot: Any, services: Services, data_file: Path) -> None:
    backups = BackupService(data_file, services.ctx.now)
    for reason in ("daily", "manual", "pre-import"):
        backups.create(reason)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.create_button.text(), dialog.restore_button.text()]
    assert texts == ["Lag sikkerhetskopi nå", "Gjenopprett…"]
    assert dialog.create_button.sizeHint().width() <= dialog.create_button.width()


# -- start-up: damaged file, second window ---------------------------------------------------
def _damaged_with_backup(services: Services, data_file: Path) -> str:
    kept = _add(services, 2)
    BackupService(data_file, services.ctx.now).create("daily")
    services.db.close()
    data_file.write_bytes(b"not sqlite " * 500)
    return kept


def test_offer_restore_after_a_damaged_file(
    services: Services, data_file: Path, messages: Messages
) -> None:
    kept = _damaged_with_backup(services, data_file)
    with pytest.raises(DatabaseError) as caught:
        open_database(data_file, create=False)
    assert offer_restore(None, data_file, caught.value) is True
    assert "Gjenopprett fra sikkerhetskopi 18.06.2025" in messages.asked[0]
    assert str(caught.value) in messages.asked[0]
    with open_database(data_file, create=False) as db:
        assert [s.id for s in Services(db).sessions.list()] == [kept]
    aside = list(data_file.parent.glob(f"{data_file.name}.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"not sqlite")


def test_offer_restore_declined_leaves_the_file(
    services: Services, data_file: Path, messages: Messages
) -> None:
    _damaged_with_backup(services, data_file)
    messages.answer = False
    assert offer_restore(None, data_file, DatabaseError("skadet")) is False
    assert data_file.read_bytes().startswith(b"not sqlite")
    assert not list(data_file.parent.glob("*.damaged-*"))


def test_offer_restore_without_backups_only_explains(tmp_path: Path, messages: Messages) -> None:
    path = tmp_path / "ødelagt.sqlite"
    path.write_bytes(b"garbage" * 100)
    assert offer_restore(None, path, DatabaseError("Filen er skadet.")) is False
    assert not messages.asked
    title, text, error = messages.shown[-1]
    assert error and "Filen er skadet." in text and "Fant ingen sikkerhetskopi" in text


def test_second_window_is_told_the_file_is_open(data_file: Path, messages: Messages) -> None:
    first = acquire_lock_or_explain(None, data_file)
    assert first is not None
    assert acquire_lock_or_explain(None, data_file) is None
    assert "Filen er allerede åpen i et annet miljologg-vindu" in messages.shown[-1][1]
    first.release()
    again = acquire_writer_lock(data_file)
    again.release()


def test_table_sorts_newest_first(qtbot: Any, services: Services, data_file: Path) -> None:
    clock = [dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.UTC)]
    backups = BackupService(data_file, lambda: clock[0])
    for hours in (30, 2, 50, 1):
        clock[0] += dt.timedelta(hours=hours)
        backups.create("manual")
    backups.create("pre-import")  # the same second as the last one: numbered after it
    dialog = BackupDialog(services, backups=backups)
    qtbot.addWidget(dialog)
    shown = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert shown == sorted(shown, key=lambda s: dt.datetime.strptime(s, "%d.%m.%Y %H:%M"))[::-1]
    dialog.table.selectRow(0)
    assert dialog.selected_backup() == backups.list()[0]
    assert dialog.selected_backup().reason == "pre-import"


def test_damage_found_while_the_window_is_open_offers_the_backup(
    qtbot: Any, services: Services, data_file: Path, messages: Messages, tmp_path: Path
) -> None:
    """SQLite reports the open file damaged mid-use: no «unexpected error», but the restore
    offer; after it the same window shows the restored log."""
    from PySide6.QtCore import QSettings

    from miljologg.ui.shell import app as app_module

    kept = _add(services, 2)
    BackupService(data_file, services.ctx.now).create("daily")
    services.db.close()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    controller = app_module.AppController(settings)
    assert controller.open(data_file)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    reporter = app_module.CrashReporter()
    reporter.on_damaged = controller.recover_damaged

    window.services.db.close()
    data = bytearray(data_file.read_bytes())
    data[4096 * 2 :] = b"\xaa" * (len(data) - 4096 * 2)  # every page after the schema's
    data_file.write_bytes(bytes(data))
    try:
        window.services.sessions.list()
    except Exception as exc:  # noqa: BLE001 - the real error SQLAlchemy raises
        reporter.excepthook(type(exc), exc, exc.__traceback__)
    else:
        raise AssertionError("the damaged file was read without error")

    assert messages.asked and "er skadet" in messages.asked[0]
    assert "Gjenopprett fra sikkerhetskopi" in messages.asked[0]
    assert [s.id for s in window.services.sessions.list()] == [kept]
    assert list(data_file.parent.glob(f"{data_file.name}.damaged-*"))
    controller._lock.release()  # noqa: SLF001 - the test owns the controller
