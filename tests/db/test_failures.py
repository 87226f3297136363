"""SQLite failures become Norwegian messages: at open (quick_check) and in mid-command."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from miljologg.cli import dispatch as cli_module
from miljologg.cli import run
from miljologg.db.database import open_database
from miljologg.db.failures import DamagedFileError, DatabaseError, explain, sqlite_cause


def _log(path: Path, rows: int = 400) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        con.executemany("INSERT INTO t (body) VALUES (?)", [("x" * 200,)] * rows)
    con.close()


def _smash(path: Path, from_page: int = 2) -> None:
    """Overwrite every page after the first ``from_page`` with garbage."""
    data = bytearray(path.read_bytes())
    start = 4096 * from_page
    data[start:] = b"\xaa" * (len(data) - start)
    path.write_bytes(bytes(data))


def _driver_error(path: Path) -> SQLAlchemyError:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*), sum(length(body)) FROM t")).fetchall()
    except SQLAlchemyError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("the damaged file was read without error")


def test_a_damaged_page_is_explained_through_sqlalchemys_wrapper(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    _log(path)
    _smash(path)
    exc = _driver_error(path)
    assert isinstance(sqlite_cause(exc), sqlite3.DatabaseError)
    explained = explain(exc, path)
    assert isinstance(explained, DamagedFileError)
    assert "er skadet" in str(explained) and "sikkerhetskopi" in str(explained)
    assert "malformed" not in str(explained)


def test_a_full_disk_and_a_read_only_file_have_their_own_words() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    readonly.sqlite_errorcode = 8 | (1 << 8)  # type: ignore[attr-defined] # an extended code
    assert "Disken er full" in str(explain(full))
    assert "skrivebeskyttet" in str(explain(readonly))
    assert not isinstance(explain(full), DamagedFileError)


def test_other_errors_are_not_explained() -> None:
    assert explain(ValueError("x")) is None
    assert explain(RuntimeError("y")) is None


def test_a_file_damaged_inside_is_refused_at_open_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    open_database(path).close()
    _log(path)  # a table of ours would do as well: quick_check reads every page
    data = bytearray(path.read_bytes())
    last_page = len(data) - 4096
    data[last_page : last_page + 8] = b"\xaa" * 8  # a b-tree page header, not the file's
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="er skadet"):
        open_database(path)
    assert path.read_bytes() == before


def test_the_cli_meets_damage_mid_command_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file passed its check at open and was damaged before the command read it."""
    path = tmp_path / "d.sqlite"
    assert run(["--data", str(path), "demo"], env={}, out=io.StringIO(), err=io.StringIO()) == 0
    real_open = cli_module.open_database

    def open_then_damage(p: Path, **kwargs: object):  # type: ignore[no-untyped-def]
        db = real_open(p, **kwargs)
        _smash(Path(p))
        return db

    monkeypatch.setattr(cli_module, "open_database", open_then_damage)
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(path), "audit", "verify"], env={}, out=out, err=err)
    assert code == 2
    assert "er skadet" in err.getvalue() and "backup restore" in err.getvalue()
    assert "Traceback" not in err.getvalue() and "malformed" not in err.getvalue()
