"""Backups: made with the backup API, private, listed, rotated, restored in place, refused when
bad; a damaged data file restored from the newest good backup; one writer per file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from miljologg.core.model import Form
from miljologg.db.database import DatabaseError, open_database
from miljologg.db.lock import FileInUseError, acquire_writer_lock, lock_path
from miljologg.paths import backups_dir
from miljologg.services.app import Services
from miljologg.services.backups import (
    BackupService,
    file_problem,
    is_newer_schema,
    newest_good_backup,
)
from miljologg.services.sessions import SessionInput

NOON = dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)


class Clock:
    """A settable clock for the backup service (names carry the time)."""

    def __init__(self, when: dt.datetime = NOON) -> None:
        self.when = when

    def __call__(self) -> dt.datetime:
        return self.when


def _add_session(services: Services, day: int = 2, topic: str = "") -> str:
    sup = services.supervisors.find("Kari Nordmann")
    return services.sessions.add(
        SessionInput(dt.date(2025, 6, day), 60, Form.INDIVIDUAL, sup.id, topic=topic)
    ).id


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- create and list -------------------------------------------------------------------------
def test_create_makes_a_private_checked_copy(services: Services, data_file: Path) -> None:
    _add_session(services)
    info = BackupService(data_file, Clock()).create("manual")
    assert info.path.parent == backups_dir(data_file)
    assert info.id == "20250618T100000Z-manual"
    assert info.reason == "manual" and info.size == info.path.stat().st_size > 0
    assert info.created_at == NOON
    assert file_problem(info.path) is None
    if os.name == "posix":
        assert _mode(info.path) == 0o600
        assert _mode(info.path.parent) == 0o700
    with open_database(info.path, create=False) as copy:
        assert len(Services(copy).sessions.list()) == 1


def test_list_is_newest_first_and_only_this_files(services: Services, data_file: Path) -> None:
    clock = Clock()
    backups = BackupService(data_file, clock)
    first = backups.create("manual")
    same_second = backups.create("pre-import")
    clock.when += dt.timedelta(hours=1)
    later = backups.create("manual")
    # Another data file in the same folder, and a stray file, are not ours.
    other = data_file.with_name(f"{data_file.stem}-2.sqlite")
    shutil.copy(data_file, other)
    BackupService(other, clock).create("manual")
    (backups.folder / "notes.txt").write_text("x")
    assert [b.id for b in backups.list()] == [later.id, same_second.id, first.id]
    assert same_second.id == "20250618T100000Z-1-pre-import"
    assert backups.get(first.id) == first
    with pytest.raises(DatabaseError, match="Fant ingen sikkerhetskopi"):
        backups.get("nope")


def test_migration_backups_are_listed(services: Services, data_file: Path) -> None:
    folder = backups_dir(data_file)
    info = BackupService(data_file, Clock()).create("manual")
    shutil.copy(info.path, folder / f"{data_file.stem}-before-0001-20250101T080000Z.sqlite")
    listed = BackupService(data_file).list()
    assert [(b.id, b.reason) for b in listed][-1] == (
        "before-0001-20250101T080000Z",
        "pre-migration",
    )


def test_ensure_daily_at_most_once_a_day(services: Services, data_file: Path) -> None:
    clock = Clock()
    backups = BackupService(data_file, clock)
    assert backups.ensure_daily() is not None
    backups.create("manual")
    clock.when += dt.timedelta(hours=3)
    assert backups.ensure_daily() is None
    clock.when += dt.timedelta(days=1)
    assert backups.ensure_daily() is not None
    assert [b.reason for b in backups.list()].count("daily") == 2


def test_ensure_daily_skips_a_missing_file(tmp_path: Path) -> None:
    assert BackupService(tmp_path / "none.sqlite").ensure_daily() is None


def test_a_copy_of_a_damaged_file_is_not_kept(services: Services, data_file: Path) -> None:
    backups = BackupService(data_file, Clock())
    good = backups.create("manual")
    services.db.close()
    _damage(data_file)
    with pytest.raises(DatabaseError):
        backups.create("daily")
    assert backups.list() == [good]


# -- rotation --------------------------------------------------------------------------------
def _fake(backups: BackupService, template: Path, when: dt.datetime, reason: str) -> None:
    name = f"{backups.data_file.stem}-{when:%Y%m%dT%H%M%SZ}-{reason}.sqlite"
    shutil.copy(template, backups.folder / name)


def test_rotation_keeps_14_daily_12_monthly_and_10_per_other_reason(
    services: Services, data_file: Path
) -> None:
    clock = Clock(dt.datetime(2023, 1, 1, 10, 0, tzinfo=dt.UTC))
    backups = BackupService(data_file, clock)
    template = backups.create("manual").path
    template.rename(template.with_name("template.bin"))
    template = template.with_name("template.bin")
    day = clock.when
    for _ in range(500):  # 500 days of daily backups, two on some days
        _fake(backups, template, day, "daily")
        if day.day == 5:
            _fake(backups, template, day + dt.timedelta(hours=2), "daily")
        day += dt.timedelta(days=1)
    for n in range(15):
        _fake(backups, template, day + dt.timedelta(minutes=n), "manual")
        _fake(backups, template, day + dt.timedelta(minutes=n), "pre-import")
    backups.rotate()
    kept = backups.list()
    daily = [b.created_at for b in kept if b.reason == "daily"]
    last = day - dt.timedelta(days=1)  # 2024-05-14
    last_14 = [last - dt.timedelta(days=i) for i in range(14)]
    # On the 5th there are two; the newest (12:00) is the one kept.
    last_14 = [d + dt.timedelta(hours=2) if d.day == 5 else d for d in last_14]
    month_ends = []  # April 2024 back to June 2023: with May 2024, twelve months
    for year, month in [(2024, m) for m in range(4, 0, -1)] + [(2023, m) for m in range(12, 5, -1)]:
        nxt = dt.datetime(year + month // 12, month % 12 + 1, 1, 10, tzinfo=dt.UTC)
        month_ends.append(nxt - dt.timedelta(days=1))
    assert sorted(daily, reverse=True) == sorted(set(last_14) | set(month_ends), reverse=True)
    assert len(month_ends) == 12 - 1  # the 12th month is May 2024, whose newest is in last_14
    assert [b.reason for b in kept].count("manual") == 10
    assert [b.reason for b in kept].count("pre-import") == 10
    newest_manual = max(b.created_at for b in kept if b.reason == "manual")
    assert newest_manual == day + dt.timedelta(minutes=14)


# -- restore ---------------------------------------------------------------------------------
def test_restore_puts_the_backup_into_the_open_file(services: Services, data_file: Path) -> None:
    kept = _add_session(services, 2, "Før kopien")
    clock = Clock()
    backups = BackupService(data_file, clock)
    info = backups.create("manual")
    later = _add_session(services, 3, "Etter kopien")
    clock.when += dt.timedelta(minutes=5)
    result = backups.restore(info.id)
    # The already open services see the restored log; the state before is kept.
    assert [s.id for s in services.sessions.list()] == [kept]
    assert services.status.verify_audit().ok
    assert result.before is not None and result.before.reason == "pre-restore"
    with open_database(result.before.path, create=False) as before:
        assert {s.id for s in Services(before).sessions.list()} == {kept, later}
    assert result.damaged_aside is None
    rows = sqlite3.connect(data_file).execute("PRAGMA integrity_check").fetchall()
    assert rows == [("ok",)]
    # Services can keep writing after the restore.
    _add_session(services, 4)
    assert len(services.sessions.list()) == 2


def _damage(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * 8192)


def test_restore_refuses_a_damaged_backup(services: Services, data_file: Path) -> None:
    _add_session(services)
    backups = BackupService(data_file, Clock())
    info = backups.create("manual")
    _damage(info.path)
    before = data_file.read_bytes()
    with pytest.raises(DatabaseError, match="kan ikke gjenopprettes"):
        backups.restore(info.id)
    assert data_file.read_bytes() == before
    assert len(backups.list()) == 1  # no pre-restore copy either


def test_restore_refuses_a_backup_from_a_newer_version(services: Services, data_file: Path) -> None:
    backups = BackupService(data_file, Clock())
    info = backups.create("manual")
    with sqlite3.connect(info.path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    assert is_newer_schema(info.path)
    _add_session(services)
    with pytest.raises(DatabaseError, match="nyere versjon"):
        backups.restore(info.id)
    assert len(services.sessions.list()) == 1


def test_damaged_data_file_restored_from_newest_good_backup(
    services: Services, data_file: Path
) -> None:
    kept = _add_session(services)
    clock = Clock()
    backups = BackupService(data_file, clock)
    backups.create("daily")
    clock.when += dt.timedelta(hours=1)
    bad = backups.create("manual")
    _damage(bad.path)  # the newest backup is damaged too
    services.db.close()
    data_file.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError):
        open_database(data_file, create=False)

    good = newest_good_backup(data_file)
    assert good is not None and good.reason == "daily"
    clock.when += dt.timedelta(hours=1)
    result = backups.restore(good.id)
    assert result.damaged_aside is not None
    assert result.damaged_aside.name == f"{data_file.name}.damaged-20250618T120000Z"
    assert result.damaged_aside.read_bytes().startswith(b"not a database")
    with open_database(data_file, create=False) as db:
        assert [s.id for s in Services(db).sessions.list()] == [kept]
    if os.name == "posix":
        assert _mode(data_file) == 0o600


def test_no_good_backup(tmp_path: Path) -> None:
    assert newest_good_backup(tmp_path / "logg.sqlite") is None


def test_restore_into_a_deleted_file(services: Services, data_file: Path) -> None:
    kept = _add_session(services)
    backups = BackupService(data_file, Clock())
    info = backups.create("manual")
    services.db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{data_file}{suffix}").unlink(missing_ok=True)
    result = backups.restore(info.id)
    assert result.damaged_aside is None and result.before is None
    with open_database(data_file, create=False) as db:
        assert [s.id for s in Services(db).sessions.list()] == [kept]


# -- import backs up first -------------------------------------------------------------------
def test_import_backs_up_first(services: Services, data_file: Path, tmp_path: Path) -> None:
    _add_session(services)
    export = tmp_path / "eksport.json"
    services.transfer.export_json(export)
    services.transfer.import_json(export)
    assert [b.reason for b in BackupService(data_file).list()] == ["pre-import"]


# -- one writer ------------------------------------------------------------------------------
def test_second_writer_is_refused(data_file: Path) -> None:
    lock = acquire_writer_lock(data_file)
    try:
        with pytest.raises(FileInUseError, match="allerede åpen i et annet miljologg-vindu"):
            acquire_writer_lock(data_file)
        if os.name == "posix":
            assert _mode(lock_path(data_file)) == 0o600
    finally:
        lock.release()
    with acquire_writer_lock(data_file) as again:
        assert again.held
    assert not again.held
    again.release()  # idempotent
