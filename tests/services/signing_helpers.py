"""Helpers shared by the sign-off tests (in person in test_signing.py, by file in
test_signing_files.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from miljologg.core.model import Form, Role
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from tests.conftest import fixed_clock

PASS = "hemmelig passord"


def add_session(services: Services, day: int, minutes: int = 60, who: str = "Kari Nordmann") -> str:
    sid = services.supervisors.find(who).id
    return services.sessions.add(
        SessionInput(dt.date(2025, 5, day), minutes, Form.INDIVIDUAL, sid, 1, f"Tema {day}")
    ).id


def kari_id(services: Services) -> str:
    return services.supervisors.find("Kari Nordmann").id


def run_sql(path: Path, statement: str, *params: object) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute(statement, params)
    con.close()


def supervisor_file(tmp_path: Path, name: str = "Kari Nordmann") -> Services:
    sup = Services(open_database(tmp_path / f"{name}.sqlite"), now=fixed_clock())
    sup.profile.save(ProfileInput(name=name, role=Role.SUPERVISOR))
    return sup
