"""Revision 0007: supervision given (no supervisor), received on it, participants, confirmations.

A file written through today's services is taken down to 0006 and up again: the audit chain
holds both ways, the schema refuses a given session with a supervisor (and any other without
one), and a file that holds supervision given is not taken down to a schema that cannot say so.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from miljologg.core.model import Form
from miljologg.db.engine import migration_connection
from miljologg.db.file_state import current_revision
from miljologg.db.revisions import alembic_config, head_revision
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput

D = dt.date


def _migrate(path: Path, direction: str, target: str) -> None:
    with migration_connection(path) as connection:
        getattr(command, direction)(alembic_config(connection), target)


def _verify(services: Services) -> list[str]:
    return [p.message for p in services.status.verify_audit().problems]


def test_given_supervision_needs_no_supervisor_and_the_schema_says_so(
    services: Services, data_file: Path
) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    given = services.sessions.add(
        SessionInput(D(2025, 3, 5), 90, Form.GIVEN, "", group_size=3, topic="Kollegaveiledning")
    )
    assert (given.supervisor_id, given.group_size) == ("", 3)
    on_given = services.sessions.add(
        SessionInput(
            D(2025, 3, 6),
            60,
            Form.SUPERVISION_ON_SUPERVISION,
            kari.id,
            group_size=2,
            participants_profession="Sosionom",
        )  # fmt: skip
    )
    assert on_given.participants_profession == "sosionom"
    services.confirmations.confirm("fo_faglig_veileder", D(2025, 3, 1))
    assert _verify(services) == []
    with sqlite3.connect(data_file) as db:
        row = db.execute("SELECT supervisor_id, form FROM session WHERE id = ?", (given.id,))
        assert row.fetchone() == (None, "given")
        with pytest.raises(sqlite3.IntegrityError, match="given_no_supervisor"):
            db.execute("UPDATE session SET supervisor_id = ? WHERE id = ?", (kari.id, given.id))
        with pytest.raises(sqlite3.IntegrityError, match="given_no_supervisor"):
            db.execute("UPDATE session SET supervisor_id = NULL WHERE id = ?", (on_given.id,))
    db.close()


def test_down_to_0006_and_up_again_keeps_the_chain(services: Services, data_file: Path) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    kept = services.sessions.add(SessionInput(D(2025, 3, 3), 90, Form.INDIVIDUAL, kari.id))
    given = services.sessions.add(SessionInput(D(2025, 3, 5), 60, Form.GIVEN, "", group_size=2))
    services.confirmations.confirm("relevant_master", D(2025, 3, 1), "Master i sosialt arbeid")
    services.db.close()

    with pytest.raises(RuntimeError, match="gitt veiledning"):
        _migrate(data_file, "downgrade", "0006")
    assert current_revision(data_file) == head_revision()  # nothing changed

    from miljologg.db.database import open_database
    from tests.conftest import fixed_clock

    again = Services(open_database(data_file), now=fixed_clock())
    again.sessions.delete(given.id)
    again.db.close()
    _migrate(data_file, "downgrade", "0006")
    with sqlite3.connect(data_file) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        events = db.execute(
            "SELECT action FROM audit_event WHERE entity = 'confirmation' ORDER BY seq"
        )
        actions = [r[0] for r in events]
    db.close()
    assert "confirmation" not in tables
    assert actions == ["create", "delete"]  # the table went, and the chain says so

    _migrate(data_file, "upgrade", "head")
    back = Services(open_database(data_file), now=fixed_clock())
    assert _verify(back) == []
    assert back.sessions.get(kept.id).minutes == 90
    assert back.confirmations.list() == ()
    back.db.close()
