"""A file written for the user never replaces a database (issue 16: nothing lost).

Before: ``export csv --out logg.sqlite`` replaced the whole log with a CSV file and ``dossier
--out logg.sqlite`` with a PDF, exit 0 — one slip of tab completion. The same for a backup or
another log in the folder. Now every atomic write (``miljologg.fs``) refuses an SQLite file and
a side file of one (``-wal``, ``-shm``, ``-journal``, ``.lock``) as its target.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from miljologg import fs
from miljologg.cli import run

RBUP = "rbup-kmaa-2024"


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data), *args], env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def ok(data: Path, *args: str) -> str:
    code, out, err = cli(data, *args)
    assert code == 0, err
    return out


def _digest(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as con:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "logg.sqlite"
    ok(path, "init", "--name", "Test Student", "--programme", RBUP)
    ok(path, "supervisor", "add", "--name", "Kari Nordmann", "--profession", "Psykolog")
    ok(path, "session", "add", "--date", "2025-03-03", "--minutes", "60", "--form",
       "individual", "--supervisor", "Kari Nordmann", "--topic", "Tema")  # fmt: skip
    return path


COMMANDS = [
    ("export", "csv"),
    ("export", "attendance-csv"),
    ("export", "ics"),
    ("export", "json"),
    ("dossier",),
    ("signing", "sheet", "--supervisor", "Kari Nordmann"),
    ("signing", "request", "--supervisor", "Kari Nordmann"),
]


#: Every command onto the log itself; every other kind of database through one command (the
#: refusal is in ``fs``, below every command).
CASES = [(args, "the log") for args in COMMANDS] + [
    (("export", "csv"), which) for which in ("its wal", "its lock", "a backup", "another log")
]


@pytest.mark.parametrize(("args", "which"), CASES, ids=[f"{w}-{'-'.join(a[:2])}" for a, w in CASES])
def test_an_export_onto_a_database_is_refused_and_the_database_kept(
    log: Path, tmp_path: Path, args: tuple[str, ...], which: str
) -> None:
    backup = None
    if which == "a backup":  # «Sikkerhetskopi ID laget (PATH).»
        backup = Path(ok(log, "backup", "create").rsplit("(", 1)[1].rstrip(").\n"))
        assert backup.is_file()
    other = tmp_path / "annen.sqlite"
    if which == "another log":
        ok(other, "init", "--name", "Annen Student", "--programme", RBUP)
    target = {
        "the log": log,
        "its wal": log.with_name(log.name + "-wal"),
        "its lock": log.with_name(log.name + ".lock"),
        "a backup": backup,
        "another log": other,
    }[which]
    assert target is not None
    guarded = other if which == "another log" else log
    before = _digest(guarded)
    backup_bytes = backup.read_bytes() if backup is not None and backup.exists() else None
    code, out, err = cli(log, *args, "--out", str(target))
    assert code == 2, out + err
    assert err.startswith("miljologg: ") and err.count("\n") == 1, err
    assert "database" in err and str(target) in err
    assert _digest(guarded) == before
    if backup_bytes is not None:
        assert backup is not None and backup.read_bytes() == backup_bytes
    ok(log, "audit", "verify")


def test_a_symbolic_link_named_as_out_is_replaced_not_followed(log: Path, tmp_path: Path) -> None:
    """The rename replaces the link itself: the log it pointed to is not touched (allowed)."""
    link = tmp_path / "rapport.csv"
    link.symlink_to(log)
    before = _digest(log)
    ok(log, "export", "csv", "--out", str(link))
    assert not link.is_symlink() and link.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _digest(log) == before


def test_fs_refuses_a_database_and_its_side_files_but_not_a_look_alike(tmp_path: Path) -> None:
    db = tmp_path / "data.db"
    with contextlib.closing(sqlite3.connect(db)) as con:
        con.execute("CREATE TABLE t (x)")
    for target in (db, tmp_path / "data.db-wal", tmp_path / "data.db-shm",
                   tmp_path / "data.db-journal", tmp_path / "data.db.lock"):  # fmt: skip
        with pytest.raises(fs.DatabaseTargetError):
            fs.write_bytes(target, b"x")
        with pytest.raises(fs.DatabaseTargetError):
            fs.write_new_bytes(target, b"x")
    assert db.read_bytes().startswith(b"SQLite format 3\x00")
    text = tmp_path / "notat.txt"
    text.write_text("SQLite er en database")  # not the header: an ordinary file
    fs.write_bytes(text, b"ny")
    fs.write_bytes(tmp_path / "-wal", b"ny")  # a name that is only the suffix
    assert text.read_bytes() == b"ny"
