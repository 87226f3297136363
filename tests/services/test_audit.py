"""The audit chain catches edits made behind the app's back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from miljologg.core.model import Form
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput


def _add(services: Services) -> str:
    sid = services.supervisors.find("Kari Nordmann").id
    return services.sessions.add(
        SessionInput(dt.date(2025, 3, 3), 90, Form.INDIVIDUAL, sid, 1, "Roller")
    ).id


def _sql(path: Path, statement: str, *params: object) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute(statement, params)
    con.close()


def test_untouched_log_verifies(services: Services) -> None:
    _add(services)
    assert services.status.verify_audit().ok


def test_update_with_sqlite3_is_caught(services: Services, data_file: Path) -> None:
    session_id = _add(services)
    _sql(data_file, "UPDATE session SET minutes = 600 WHERE id = ?", session_id)
    report = services.status.verify_audit()
    assert not report.ok
    assert any(p.entity_id == session_id and "endret utenom" in p.message for p in report.problems)


def test_inserted_and_deleted_rows_are_caught(services: Services, data_file: Path) -> None:
    session_id = _add(services)
    _sql(data_file, "DELETE FROM session WHERE id = ?", session_id)
    report = services.status.verify_audit()
    assert any("slettet utenom" in p.message for p in report.problems)


def test_edited_event_breaks_the_chain(services: Services, data_file: Path) -> None:
    _add(services)
    _sql(data_file, "UPDATE audit_event SET detail = 'x' WHERE seq = 2")
    report = services.status.verify_audit()
    assert not report.ok
    assert report.problems[0].seq == 2 and "brutt ved hendelse 2" in report.problems[0].message


def test_deleted_event_breaks_the_chain(services: Services, data_file: Path) -> None:
    _add(services)
    _sql(data_file, "DELETE FROM audit_event WHERE seq = 3")
    assert not services.status.verify_audit().ok
