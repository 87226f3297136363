"""A backup belongs to exactly one data file (issue 16).

Before: backups were named by the data file's stem, so with ``logg.sqlite`` (Kari's) and
``logg.db`` (Ola's) in one folder, ``backup list`` for one showed the other's backups, restoring
one replaced Kari's log with Ola's, and rotation deleted Ola's only backup. Now a backup is named
by the full name and carries the log's own id (revision 0008); restore refuses another log's
backup; rotation deletes only backups provably this file's. Backups named the old way (by
stem, from before revision 0008) are made here as an older miljologg left them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.core.model import Form
from miljologg.db.database import DatabaseError, open_database
from miljologg.paths import backups_dir
from miljologg.services.app import Services
from miljologg.services.backup_files import identity
from miljologg.services.backups import BackupService
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import SupervisorInput

NOON = dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)
RBUP = "rbup-kmaa-2024"


class Clock:
    def __init__(self, when: dt.datetime = NOON) -> None:
        self.when = when

    def __call__(self) -> dt.datetime:
        return self.when

    def tick(self, **delta: float) -> None:
        self.when += dt.timedelta(**delta)


def _log(path: Path, name: str, clock: Clock) -> Services:
    services = Services(open_database(path), now=clock)
    services.profile.save(ProfileInput(name=name, programme_id=RBUP))
    services.supervisors.add(SupervisorInput("Kari Nordmann", "Psykolog"))
    _session(services, f"{name} sitt møte")
    return services


def _session(services: Services, topic: str, day: int = 2) -> None:
    sup = services.supervisors.find("Kari Nordmann")
    services.sessions.add(
        SessionInput(dt.date(2025, 6, day), 60, Form.INDIVIDUAL, sup.id, topic=topic)
    )


def _topics(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as con:
        return {row[0] for row in con.execute("SELECT topic FROM session")}


def _as_an_older_miljologg_left_it(backup: Path, stem: str) -> Path:
    """Rename a backup to the old stem name and take away what revision 0008 added."""
    old = backup.with_name(f"{stem}-{backup.name.split('-', 1)[1]}")
    backup.rename(old)
    with contextlib.closing(sqlite3.connect(old)) as con, con:
        con.execute("DROP TABLE file_identity")
        con.execute("UPDATE alembic_version SET version_num = '0007'")
    return old


@pytest.fixture
def two_logs(tmp_path: Path) -> tuple[Path, Path, Clock]:
    """Kari's ``logg.sqlite`` and Ola's ``logg.db``, side by side."""
    clock = Clock()
    kari, ola = tmp_path / "logg.sqlite", tmp_path / "logg.db"
    _log(kari, "Kari Student", clock).db.close()
    _log(ola, "Ola Student", clock).db.close()
    return kari, ola, clock


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data), *args], env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_two_files_with_one_stem_list_only_their_own(two_logs: tuple[Path, Path, Clock]) -> None:
    kari, ola, clock = two_logs
    kari_backup = BackupService(kari, clock).create("manual")
    clock.tick(minutes=1)
    ola_backup = BackupService(ola, clock).create("manual")
    assert kari_backup.path.name == "logg.sqlite-20250618T100000Z-manual.sqlite"
    assert [b.path for b in BackupService(kari).list()] == [kari_backup.path]
    assert [b.path for b in BackupService(ola).list()] == [ola_backup.path]
    code, out, _err = cli(kari, "backup", "list")
    assert code == 0 and ola_backup.id not in out and kari_backup.id in out


def test_old_style_names_are_sorted_by_the_id_inside(two_logs: tuple[Path, Path, Clock]) -> None:
    kari, ola, clock = two_logs
    kari_old = _as_an_older_miljologg_left_it(
        BackupService(kari, clock).create("daily").path, "logg"
    )
    clock.tick(minutes=1)
    ola_old = _as_an_older_miljologg_left_it(BackupService(ola, clock).create("daily").path, "logg")
    assert kari_old.name.startswith("logg-") and ola_old.name.startswith("logg-")
    assert [b.path for b in BackupService(kari).list()] == [kari_old]
    assert [b.path for b in BackupService(ola).list()] == [ola_old]


def test_restore_refuses_another_logs_backup(two_logs: tuple[Path, Path, Clock]) -> None:
    kari, ola, clock = two_logs
    ola_old = _as_an_older_miljologg_left_it(
        BackupService(ola, clock).create("manual").path, "logg"
    )
    backup_id = ola_old.stem.split("-", 1)[1]
    with pytest.raises(DatabaseError, match="annen logg"):
        BackupService(kari).restore(backup_id)
    code, _out, err = cli(kari, "backup", "restore", backup_id, "--yes")
    assert code == 2 and "annen logg" in err and err.count("\n") == 1
    assert _topics(kari) == {"Kari Student sitt møte"}


def test_a_backup_renamed_to_another_files_name_is_refused(
    two_logs: tuple[Path, Path, Clock],
) -> None:
    kari, ola, clock = two_logs
    ola_backup = BackupService(ola, clock).create("manual")
    disguised = ola_backup.path.with_name(ola_backup.path.name.replace("logg.db-", "logg.sqlite-"))
    ola_backup.path.rename(disguised)
    assert BackupService(kari).list() == []
    with pytest.raises(DatabaseError, match="annen logg"):
        BackupService(kari).restore(ola_backup.id)
    assert _topics(kari) == {"Kari Student sitt møte"}


def test_a_file_renamed_over_another_does_not_take_its_backups(
    two_logs: tuple[Path, Path, Clock],
) -> None:
    kari, ola, clock = two_logs
    kari_backup = BackupService(kari, clock).create("daily")
    kari.unlink()
    shutil.move(ola, kari)  # Ola's log is now called logg.sqlite
    assert BackupService(kari).list() == []
    with pytest.raises(DatabaseError, match="annen logg"):
        BackupService(kari).restore(kari_backup.id)
    assert _topics(kari) == {"Ola Student sitt møte"}
    service = BackupService(kari, clock, keep_daily=1, keep_monthly=1)
    for _ in range(3):
        clock.tick(days=1)
        service.create("daily")
    assert kari_backup.path.exists(), "rotation never deletes another log's backup"


def test_rotation_never_deletes_the_other_files_only_backup(
    two_logs: tuple[Path, Path, Clock],
) -> None:
    kari, ola, clock = two_logs
    ola_only = _as_an_older_miljologg_left_it(
        BackupService(ola, clock).create("daily").path, "logg"
    )
    kari_old = _as_an_older_miljologg_left_it(
        BackupService(kari, clock).create("manual").path, "logg"
    )
    service = BackupService(kari, clock, keep_daily=1, keep_monthly=1, keep_other=1)
    for _ in range(3):
        clock.tick(days=40)
        service.create("daily")
        service.create("manual")
    assert ola_only.exists()
    assert not kari_old.exists(), "Kari's own old-style backup rotates as before"
    assert len(service.list()) == 2  # the newest daily (also its month's) and newest manual
    assert [b.path for b in BackupService(ola).list()] == [ola_only]


def test_an_old_style_backup_both_files_could_own_is_kept(tmp_path: Path) -> None:
    """The same log under two names (a copy): its old-style backups are listed for both and
    rotated by neither."""
    clock = Clock()
    kari = tmp_path / "logg.sqlite"
    _log(kari, "Kari Student", clock).db.close()
    shared = _as_an_older_miljologg_left_it(BackupService(kari, clock).create("daily").path, "logg")
    copy = tmp_path / "logg.db"
    shutil.copy(kari, copy)
    with contextlib.closing(sqlite3.connect(copy)) as con, con:  # made from an import: own id
        con.execute("UPDATE file_identity SET id = 'a-copy'")
    assert [b.path for b in BackupService(kari).list()] == [shared]
    assert [b.path for b in BackupService(copy).list()] == [shared]
    service = BackupService(kari, clock, keep_daily=1, keep_monthly=1)
    for _ in range(3):
        clock.tick(days=40)
        service.create("daily")
    assert shared.exists()


def test_restoring_an_old_backup_keeps_the_logs_id(two_logs: tuple[Path, Path, Clock]) -> None:
    kari, _ola, clock = two_logs
    old = _as_an_older_miljologg_left_it(BackupService(kari, clock).create("manual").path, "logg")
    clock.tick(minutes=1)
    services = Services(open_database(kari), now=clock)
    _session(services, "Etter den gamle kopien", day=3)
    services.db.close()
    newer = BackupService(kari, clock).create("manual")
    before = identity(kari).file_id
    clock.tick(minutes=1)
    result = BackupService(kari, clock).restore(old.stem.split("-", 1)[1])
    assert result.before is not None
    assert identity(kari).file_id == before
    assert _topics(kari) == {"Kari Student sitt møte"}
    assert {newer.path, result.before.path} <= {b.path for b in BackupService(kari).list()}


def test_backups_made_before_an_upgrade_are_named_by_the_full_name(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "0004.sqlite"
    data = tmp_path / "logg.sqlite"
    shutil.copyfile(fixture, data)
    open_database(data).close()
    (made,) = backups_dir(data).iterdir()
    assert made.name.startswith("logg.sqlite-before-0004-")
    assert [b.reason for b in BackupService(data).list()] == ["pre-migration"]
    assert identity(data).file_id is not None and identity(made).file_id is None
