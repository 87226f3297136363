"""Leftovers of a killed miljologg are removed on the next open (issue 16), and nothing else is.

Before: a killed ``backup restore`` left a hidden copy of the whole log beside it
(``.logg.sqlite.restore-…``), a killed migration left ``.tmp`` files in ``backups/``, a killed
``import`` into a new path left an empty log that then blocked ``init``. Here real processes are
killed with SIGKILL where they leave those (``MILJOLOGG_TEST_PAUSE`` holds them at that point),
and the next command that opens the file for writing must find them gone — while files that only
look like them, or are still being written, stay.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.db import leftovers
from miljologg.db.database import open_database
from miljologg.db.lock import acquire_writer_lock
from miljologg.db.revisions import head_revision
from miljologg.paths import backups_dir

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL")

ROOT = Path(__file__).resolve().parents[1]
RBUP = "rbup-kmaa-2024"
FIXTURE_0004 = ROOT / "tests" / "fixtures" / "db" / "0004.sqlite"


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data), *args], env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def ok(data: Path, *args: str) -> str:
    code, out, err = cli(data, *args)
    assert code == 0, err
    return out


def killed_at(point: str, *argv: str) -> None:
    """Run the CLI in a child, wait until it pauses at ``point``, and SIGKILL it there."""
    env = {**os.environ, "MILJOLOGG_TEST_PAUSE": point}
    child = subprocess.Popen(
        [sys.executable, "-m", "miljologg", *argv],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    try:
        line = child.stderr.readline()
        assert line.strip() == f"paused {point}", line + child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def _add(data: Path, day: str = "2025-03-03") -> None:
    ok(data, "session", "add", "--date", day, "--minutes", "60", "--form", "individual",
       "--supervisor", "Kari Nordmann", "--topic", f"Tema {day}")  # fmt: skip


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "logg.sqlite"
    ok(path, "init", "--name", "Test Student", "--programme", RBUP)
    ok(path, "supervisor", "add", "--name", "Kari Nordmann", "--profession", "Psykolog")
    _add(path)
    return path


def _hidden(folder: Path, start: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(start))


def test_a_killed_restore_leaves_a_copy_that_the_next_open_removes(log: Path) -> None:
    backup_id = ok(log, "backup", "create").split()[1]
    _add(log, "2025-03-04")
    killed_at("restore-staged", "--data", str(log), "backup", "restore", backup_id, "--yes")
    left = _hidden(log.parent, f".{log.name}.restore-")
    assert left and left[0].stat().st_size > 0, "the kill left the checked copy behind"
    ok(log, "session", "list")  # a reader holds no lock: it must not touch it
    assert _hidden(log.parent, f".{log.name}.restore-") == left

    _add(log, "2025-03-05")  # the next writer: the copy goes, the log is whole
    assert _hidden(log.parent, f".{log.name}.restore-") == []
    assert len(json.loads(ok(log, "session", "list", "--json"))) == 3
    ok(log, "audit", "verify")


def test_a_killed_migration_leaves_a_temporary_backup_that_goes(tmp_path: Path) -> None:
    data = tmp_path / "logg.sqlite"
    shutil.copyfile(FIXTURE_0004, data)
    before = data.read_bytes()
    killed_at("backup-copied", "--data", str(data), "session", "list")
    folder = backups_dir(data)
    left = _hidden(folder, f".{data.name}-before-0004-")
    assert left and all(p.name.endswith((".tmp", ".tmp-journal")) for p in left), left
    assert data.read_bytes() == before, "the file itself was not touched"

    with acquire_writer_lock(data):  # just made: it could be a backup in its last step
        pass
    assert _hidden(folder, f".{data.name}-before-") == left

    old = time.time() - 2 * leftovers.STALE_SECONDS
    for path in left:
        os.utime(path, (old, old))
    ok(data, "supervisor", "add", "--name", "Per Lund", "--profession", "Vernepleier")
    assert _hidden(folder, ".") == []
    (made,) = folder.iterdir()
    assert made.name.startswith(f"{data.name}-before-0004-")
    with sqlite3.connect(data) as con:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    con.close()
    assert revision == head_revision()


@pytest.mark.parametrize("then", ["init", "import"])
def test_a_killed_import_into_a_new_path_leaves_a_log_that_goes(
    log: Path, tmp_path: Path, then: str
) -> None:
    export = tmp_path / "eksport.json"
    ok(log, "export", "json", "--out", str(export))
    new = tmp_path / "ny" / "logg.sqlite"
    new.parent.mkdir()
    killed_at("import-read", "--data", str(new), "import", str(export))
    assert new.exists() and leftovers.marker_path(new).exists(), "an empty log was left"

    if then == "init":
        ok(new, "init", "--name", "Ny Student", "--programme", RBUP)
    else:
        ok(new, "import", str(export))
        assert len(json.loads(ok(new, "session", "list", "--json"))) == 1
    assert not leftovers.marker_path(new).exists()
    in_use = ("backups", "logg.sqlite-wal", "logg.sqlite-shm")  # this process's connections
    assert sorted(p.name for p in new.parent.iterdir() if p.name not in in_use) == [
        "logg.sqlite",
        "logg.sqlite.lock",
    ]


def test_a_new_log_with_something_in_it_is_kept(tmp_path: Path) -> None:
    """The marker alone is no proof: a log some write committed to stays."""
    new = tmp_path / "logg.sqlite"
    leftovers.mark_creating(new)
    ok(new, "init", "--name", "Test Student", "--programme", RBUP)  # removes its own marker
    leftovers.mark_creating(new)  # as if killed after the commit, before the marker went
    with acquire_writer_lock(new):
        pass
    assert new.exists() and ok(new, "status")
    assert not leftovers.marker_path(new).exists()


def test_look_alikes_are_never_touched(log: Path) -> None:
    folder, backups = log.parent, backups_dir(log)
    backups.mkdir(exist_ok=True)
    old = time.time() - 3600
    strangers = [
        folder / f".{log.name}.restore-ikke-hex",  # not the app's exact name
        folder / f".annen.sqlite.restore-{'a' * 32}",  # another data file's (held by nobody)
        folder / "logg.sqlite.restore",
        backups / ".notat.txt.abcdefgh.tmp",  # another program's temporary file
        backups / f".{log.stem}-20250101T000000Z-manual.sqlite.abcdefgh.tmp",  # old-style name
        # a backup of another data file, «logg.sqlite-gammel.db», whose name starts like ours
        backups / f".{log.name}-gammel.db-20250101T000000Z-daily.sqlite.abcdefgh.tmp",
    ]
    for path in strangers:
        path.write_bytes(b"not ours")
        os.utime(path, (old, old))
    folder_named_like_ours = folder / f".{log.name}.restore-{'b' * 32}"
    folder_named_like_ours.mkdir()
    link_named_like_ours = folder / f".{log.name}.restore-{'c' * 32}"
    link_named_like_ours.symlink_to(log)
    empty_without_marker = folder / "tom.sqlite"
    open_database(empty_without_marker).close()

    _add(log, "2025-03-06")
    with acquire_writer_lock(empty_without_marker):
        pass
    for path in [*strangers, folder_named_like_ours, link_named_like_ours, empty_without_marker]:
        assert path.exists() or path.is_symlink(), path
    assert log.exists()


def test_a_temporary_backup_being_written_is_kept(log: Path) -> None:
    """SQLite's lock on it says a backup is being copied into it right now, whatever its age."""
    folder = backups_dir(log)
    folder.mkdir(exist_ok=True)
    writing = folder / f".{log.name}-20250101T000000Z-daily.sqlite.abcd_123.tmp"
    with sqlite3.connect(writing, isolation_level=None) as con:
        con.execute("CREATE TABLE t (x)")
        con.execute("BEGIN EXCLUSIVE")
        old = time.time() - 2 * leftovers.STALE_SECONDS
        os.utime(writing, (old, old))
        _add(log, "2025-03-07")
        assert writing.exists()
        con.execute("ROLLBACK")
    con.close()
    _add(log, "2025-03-08")  # unlocked and old: a killed run's, so it goes
    assert not writing.exists()
