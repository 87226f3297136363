"""The bulk inserter stores exactly what SQLAlchemy's own insert stores, inside the transaction."""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from miljologg.db.bulk import gc_paused, insert_rows
from miljologg.db.database import open_database
from miljologg.db.models import AuditEventRow, SessionRow, SupervisorRow

NOW = dt.datetime(2026, 3, 1, 13, 45, 7, 123456, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _supervisor() -> dict[str, Any]:
    return {
        "id": "sup-1",
        "name": "Kari",
        "profession": "Sosionom",
        "workplace": "",
        "approvals": ["programme", "fo"],  # JSON: unhashable, processed one by one
        "position": "",
        "created_at": NOW,
        "updated_at": NOW,
    }


def _sessions() -> list[dict[str, Any]]:
    return [
        {
            "id": f"s-{i}",
            "date": dt.date(2025, 1, 1 + i % 3),
            "start_time": None if i % 2 else dt.time(9, 30),
            "minutes": 45 + i,
            "form": "individual",
            "supervisor_id": "sup-1",
            "group_size": 1,
            "topic": f"Tema {i} – æøå",
            "reflection": "",
            "status": "held",
            "made_up_by_id": None,
            "created_at": NOW,
            "updated_at": NOW,
        }
        for i in range(7)
    ]


def _stored(path: Path, table: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608
    finally:
        con.close()


def _write(path: Path, bulk: bool) -> None:
    db = open_database(path)
    try:
        with db.session() as s, s.begin():
            connection = s.connection()
            if bulk:
                insert_rows(connection, SupervisorRow.__table__, [_supervisor()])
                insert_rows(connection, SessionRow.__table__, _sessions())
            else:
                connection.execute(insert(SupervisorRow.__table__), [_supervisor()])
                connection.execute(insert(SessionRow.__table__), _sessions())
    finally:
        db.close()


def test_bulk_rows_equal_sqlalchemy_rows(tmp_path: Path) -> None:
    _write(tmp_path / "core.sqlite", bulk=False)
    _write(tmp_path / "bulk.sqlite", bulk=True)
    core = _stored(tmp_path / "core.sqlite", "session")
    assert len(core) == 7
    assert _stored(tmp_path / "bulk.sqlite", "session") == core
    assert _stored(tmp_path / "bulk.sqlite", "supervisor") == _stored(
        tmp_path / "core.sqlite", "supervisor"
    )
    # the UTC conversion of the timestamp type ran: 13:45 at +01:00 is 12:45 UTC
    assert any("12:45:07.123456" in str(value) for value in core[0])


def test_bulk_insert_rolls_back_with_its_transaction(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    db = open_database(path)
    try:
        with pytest.raises(RuntimeError), db.session() as s, s.begin():
            insert_rows(
                s.connection(),
                AuditEventRow.__table__,
                [
                    {
                        "at": NOW,
                        "action": "create",
                        "entity": "session",
                        "entity_id": "x",
                        "content_hash": "",
                        "detail": "",
                        "prev_hash": "0" * 64,
                        "hash": "1" * 64,
                    }
                ],
            )
            raise RuntimeError("abort")
    finally:
        db.close()
    assert _stored(path, "audit_event") == []


def test_bulk_insert_of_nothing_writes_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.sqlite")
    try:
        with db.session() as s, s.begin():
            insert_rows(s.connection(), SessionRow.__table__, [])
    finally:
        db.close()
    assert _stored(tmp_path / "d.sqlite", "session") == []


def test_gc_paused_restores_the_collector() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
