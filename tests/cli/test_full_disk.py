"""A full disk (issue 16): every write path says so in one Norwegian line, exit 2, and leaves
no partial file and the data file as it was.

Before: ``dossier`` and ``export json|csv`` ended in ``OSError: [Errno 28]`` tracebacks,
``init``/``import`` into a new file printed SQLAlchemy's text with its SQL and a web address,
backups ended in SQLite's English «database or disk is full». The disk here is real: a small
tmpfs filled to the last byte (skipped where the tests cannot mount one).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from miljologg.cli import run
from tests.small_disk import fill, small_disk

RBUP = "rbup-kmaa-2024"
ENGLISH = ("Errno", "No space", "disk is full", "disk I/O", "sqlalche", "Traceback", "[SQL")


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data), *args], env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _digest(path: Path) -> str:
    """The log's content (every table's rows), not its bytes: a checkpoint moves pages."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()


def _refused(code: int, err: str) -> None:
    assert code == 2, err
    assert err.startswith("miljologg: ") and err.count("\n") == 1, err
    assert "full" in err, err
    for word in ENGLISH:
        assert word not in err, err


def _student(path: Path) -> Path:
    assert cli(path, "init", "--name", "Test Student", "--programme", RBUP)[0] == 0
    code, _out, err = cli(
        path, "supervisor", "add", "--name", "Kari Nordmann", "--profession", "Psykolog",
        "--programme-approved",
    )  # fmt: skip
    assert code == 0, err
    code, _out, err = cli(
        path, "session", "add", "--date", "2025-03-03", "--minutes", "90", "--form",
        "individual", "--supervisor", "Kari Nordmann", "--topic", "Relasjonsbygging",
    )  # fmt: skip
    assert code == 0, err
    return path


@pytest.fixture
def student(tmp_path: Path) -> Path:
    return _student(tmp_path / "logg.sqlite")


@pytest.mark.parametrize(
    "args",
    [
        ("export", "json"),
        ("export", "csv"),
        ("export", "attendance-csv"),
        ("export", "ics"),
        ("dossier",),
        ("signing", "sheet", "--supervisor", "Kari Nordmann"),
        ("signing", "request", "--supervisor", "Kari Nordmann"),
    ],
    ids=lambda a: "-".join(a[:2]),
)
def test_a_file_out_on_a_full_disk(student: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    before = _digest(student)
    with small_disk(tmp_path / "disk", "1m") as disk:
        fill(disk)
        target = disk / "ut.fil"
        code, _out, err = cli(student, *args, "--out", str(target))
        _refused(code, err)
        assert str(target) in err
        assert sorted(p.name for p in disk.iterdir()) == ["filler"], "no partial file"
    assert _digest(student) == before


@pytest.mark.parametrize("command", ["init", "import"])
def test_a_new_data_file_on_a_full_disk(student: Path, tmp_path: Path, command: str) -> None:
    export = tmp_path / "eksport.json"
    assert cli(student, "export", "json", "--out", str(export))[0] == 0
    with small_disk(tmp_path / "disk", "1m") as disk:
        fill(disk)
        new = disk / "ny.sqlite"
        args = (
            ("init", "--name", "Ny Student", "--programme", RBUP)
            if command == "init"
            else ("import", str(export))
        )
        code, _out, err = cli(new, *args)
        _refused(code, err)
        assert sorted(p.name for p in disk.iterdir()) == ["filler"], "no half-made log"


@pytest.mark.parametrize(
    "args",
    [
        ("session", "add", "--date", "2025-03-10", "--minutes", "60", "--form", "individual",
         "--supervisor", "Kari Nordmann"),
        ("backup", "create"),
        ("import", "EXPORT"),
        ("supervisor", "add", "--name", "Per Lund", "--profession", "Vernepleier"),
    ],
    ids=lambda a: "-".join(a[:2]),
)  # fmt: skip
def test_writing_to_a_log_on_a_full_disk(tmp_path: Path, args: tuple[str, ...]) -> None:
    other = _student(tmp_path / "annen.sqlite")
    export = tmp_path / "eksport.json"
    assert cli(other, "export", "json", "--out", str(export))[0] == 0
    args = tuple(str(export) if a == "EXPORT" else a for a in args)
    with small_disk(tmp_path / "disk", "4m") as disk:
        log = _student(disk / "logg.sqlite")
        assert cli(log, "backup", "create")[0] == 0  # the folder exists; a new copy has no room
        sessions_before = cli(log, "session", "list", "--json")[1]
        before = _digest(log)
        # As after a real process ends: no connection left open and the WAL emptied, so no
        # room already allocated to it lets a small write through (connections of the earlier
        # in-process commands may wait for the garbage collector).
        gc.collect()
        with contextlib.closing(sqlite3.connect(log)) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = fill(disk)
        code, _out, err = cli(log, *args)
        _refused(code, err)
        leftovers = {p.name for p in (disk / "backups").iterdir() if p.name.endswith(".tmp")}
        assert leftovers == set()
        filler.unlink()  # room again: the log is whole and unchanged
        assert cli(log, "audit", "verify")[0] == 0
        assert cli(log, "session", "list", "--json")[1] == sessions_before
        assert _digest(log) == before


@pytest.fixture
def supervisor(tmp_path: Path) -> tuple[Path, Path]:
    """A supervisor's own file with a key, and the passphrase file."""
    path = tmp_path / "veileder.sqlite"
    assert cli(path, "init", "--name", "Kari Nordmann", "--role", "supervisor")[0] == 0
    secret = tmp_path / "pass.txt"
    secret.write_text("hemmelig passord\n")
    code, _out, err = cli(path, "key", "create", "--passphrase-file", str(secret))
    assert code == 0, err
    return path, secret


def test_a_signed_response_on_a_full_disk(
    student: Path, supervisor: tuple[Path, Path], tmp_path: Path
) -> None:
    sup, secret = supervisor
    request = tmp_path / "req.json"
    code, _out, err = cli(
        student, "signing", "request", "--supervisor", "Kari Nordmann", "--out", str(request)
    )
    assert code == 0, err
    before = _digest(sup), _digest(student)
    with small_disk(tmp_path / "disk", "1m") as disk:
        fill(disk)
        target = disk / "svar.json"
        code, _out, err = cli(
            sup, "signing", "sign", str(request), "--out", str(target),
            "--passphrase-file", str(secret),
        )  # fmt: skip
        _refused(code, err)
        assert str(target) in err
        assert sorted(p.name for p in disk.iterdir()) == ["filler"], "no partial file"
    assert (_digest(sup), _digest(student)) == before


def test_a_key_export_on_a_full_disk(supervisor: tuple[Path, Path], tmp_path: Path) -> None:
    sup, _secret = supervisor
    before = _digest(sup)
    with small_disk(tmp_path / "disk", "1m") as disk:
        fill(disk)
        target = disk / "nokkel.pem"
        code, _out, err = cli(sup, "key", "export", "--out", str(target))
        _refused(code, err)
        assert sorted(p.name for p in disk.iterdir()) == ["filler"], "no partial file"
    assert _digest(sup) == before


def test_a_demo_log_on_a_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "1m") as disk:
        fill(disk)
        code, _out, err = cli(disk / "demo.sqlite", "demo")
        _refused(code, err)
        assert sorted(p.name for p in disk.iterdir()) == ["filler"], "no half-made log"


def test_a_restore_on_a_full_disk(tmp_path: Path) -> None:
    """The checked copy of the backup has no room: refused, no hidden copy left, log as it was."""
    with small_disk(tmp_path / "disk", "4m") as disk:
        log = _student(disk / "logg.sqlite")
        code, out, err = cli(log, "backup", "create")
        assert code == 0, err
        backup_id = out.split()[1]
        sessions_before = cli(log, "session", "list", "--json")[1]
        before = _digest(log)
        gc.collect()
        with contextlib.closing(sqlite3.connect(log)) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = fill(disk)
        code, _out, err = cli(log, "backup", "restore", backup_id, "--yes")
        _refused(code, err)
        assert [p.name for p in disk.iterdir() if ".restore-" in p.name] == []
        assert {p.name for p in (disk / "backups").iterdir() if p.name.endswith(".tmp")} == set()
        filler.unlink()
        assert cli(log, "audit", "verify")[0] == 0
        assert cli(log, "session", "list", "--json")[1] == sessions_before
        assert _digest(log) == before


def test_copying_a_restore_into_the_log_on_a_full_disk_says_so_in_norwegian(
    tmp_path: Path,
) -> None:
    """The last step of a restore (the checked copy into the open log) on a disk that fills up:
    SQLite's «database or disk is full» came through in English."""
    from miljologg.db.database import DatabaseError
    from miljologg.services.backups import _copy_into

    bigger = _student(tmp_path / "stor.sqlite")
    for day in range(1, 28):
        code, _out, err = cli(
            bigger, "session", "add", "--date", f"2025-04-{day:02d}", "--minutes", "60",
            "--form", "individual", "--supervisor", "Kari Nordmann", "--topic", "x" * 400,
        )  # fmt: skip
        assert code == 0, err
    with small_disk(tmp_path / "disk", "1m") as disk:
        live = _student(disk / "logg.sqlite")
        gc.collect()
        with contextlib.closing(sqlite3.connect(live)) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _digest(live)
        filler = fill(disk)
        with pytest.raises(DatabaseError) as caught:
            _copy_into(bigger, live)
        message = str(caught.value)
        assert "disken er full" in message and "Datafilen er uendret" in message, message
        for word in ENGLISH:
            assert word not in message, message
        filler.unlink()
        assert _digest(live) == before
