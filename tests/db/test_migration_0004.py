"""Revision 0004 maps free-text professions to the vocabulary and keeps the audit chain whole.

The file under test is made the way a 0003 release left it: the schema at 0003 and rows with an
audit event each, hashed as that release's services did (``core.audit_hash``). The expected
codes are written out by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from miljologg.core.audit_hash import GENESIS, content_hash_of_values, event_hash
from miljologg.core.rules import evaluate_programme
from miljologg.db.database import open_database
from miljologg.db.engine import migration_connection
from miljologg.db.revisions import alembic_config
from miljologg.services import records
from miljologg.services.audit import verify

AT = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
STAMP = "2025-03-01 09:30:00.000000"

#: (id, typed profession, approvals as 0003 stored them) → (code, other, approvals after 0004)
SUPERVISORS = [
    ("s1", "Klinisk sosionom", ["programme"], ("sosionom", "", ["clinical", "programme"])),
    ("s2", "  psykologSPESIALIST ", [], ("psykolog", "", ["specialist"])),
    ("s3", "Spesialpsykolog", ["specialist"], ("psykolog", "", ["specialist"])),
    ("s4", "vernepleier", [], ("vernepleier", "", [])),
    ("s5", "Barnevernpedagog", ["fo_supervisor"], ("barnevernspedagog", "", ["fo_supervisor"])),
    ("s6", "Musikkterapeut", ["programme"], ("annet", "Musikkterapeut", ["programme"])),
    ("s7", "", [], ("", "", [])),
    ("s8", "Sosionom/familieterapeut", [], ("annet", "Sosionom/familieterapeut", [])),
]


def _make_0003_file(path: Path) -> None:
    with migration_connection(path) as connection:
        command.upgrade(alembic_config(connection), "0003")
    head = GENESIS
    with sqlite3.connect(path) as db:

        def audited(table: str, values: dict[str, object]) -> None:
            nonlocal head
            columns = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            db.execute(
                f"INSERT INTO {table} ({columns}, created_at, updated_at) VALUES ({marks}, ?, ?)",
                [*values.values(), STAMP, STAMP],
            )
            hashed = dict(values)
            if "approvals" in hashed:
                hashed["approvals"] = json.loads(str(hashed["approvals"]))
            chash = content_hash_of_values(hashed)
            new = event_hash(head, AT, "create", table, str(values["id"]), chash, "")
            db.execute(
                "INSERT INTO audit_event (at, action, entity, entity_id, content_hash, detail,"
                " prev_hash, hash) VALUES (?, 'create', ?, ?, ?, '', ?, ?)",
                (STAMP, table, values["id"], chash, head, new),
            )
            head = new

        audited(
            "profile",
            {
                "id": "p",
                "name": "Åse",
                "role": "student",
                "profession": "Klinisk barnevernspedagog",
                "workplace": "",
                "programme_id": "rbup-kmaa-2024",
                "client_group": "",
                "tasks": "",
            },
        )
        for sid, typed, approvals, _expected in SUPERVISORS:
            audited(
                "supervisor",
                {
                    "id": sid,
                    "name": f"Veileder {sid}",
                    "profession": typed,
                    "approvals": json.dumps(approvals),
                    "workplace": "",
                    "position": "",
                },
            )
        # A row edited behind the app's back before the upgrade: the upgrade must not bless it.
        db.execute("UPDATE supervisor SET name = 'Endret' WHERE id = 's4'")
    db.close()


def _supervisors(path: Path) -> dict[str, tuple[str, str, list[str]]]:
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT id, profession, profession_other, approvals FROM supervisor"
        ).fetchall()
    db.close()
    return {r[0]: (r[1], r[2], sorted(json.loads(r[3]))) for r in rows}


def _problems(path: Path) -> list[str]:
    database = open_database(path, create=False)
    try:
        with database.session() as s:
            return sorted(p.message for p in verify(s).problems)
    finally:
        database.close()


def test_professions_map_to_codes_and_the_audit_chain_holds(tmp_path: Path) -> None:
    path = tmp_path / "logg.sqlite"
    _make_0003_file(path)
    assert _problems_at_0003(path) == ["s4"]

    database = open_database(path, create=False)  # upgrades to head, with a backup first
    with database.session() as s:
        report = verify(s)
        log = records.load_log(s)
    database.close()

    assert _supervisors(path) == {sid: expected for sid, _t, _a, expected in SUPERVISORS}
    assert log.profile is not None
    assert (log.profile.profession, log.profile.profession_other) == ("barnevernspedagog", "")
    # Only the row changed behind the app's back is reported; the migration's events chain on.
    assert [(p.entity, p.entity_id) for p in report.problems] == [("supervisor", "s4")]
    assert "endret utenom programmet" in report.problems[0].message

    # What could not be mapped is a problem to resolve, linked to the supervisor.
    from miljologg.core.programmes import bundled_programmes

    status = evaluate_programme(log, bundled_programmes()["rbup-kmaa-2024"], dt.date(2025, 3, 1))
    other = [(p.entity, p.entity_id) for p in status.problems if p.code.endswith("other")]
    assert other == [("supervisor", "s6"), ("supervisor", "s8")]
    message = next(p.message for p in status.problems if p.entity_id == "s6")
    assert "Musikkterapeut" in message and "ikke er i listen" in message


def test_downgrade_writes_names_back_and_keeps_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "logg.sqlite"
    _make_0003_file(path)
    open_database(path, create=False).close()
    with migration_connection(path) as connection:
        command.downgrade(alembic_config(connection), "0003")
    with sqlite3.connect(path) as db:
        back = dict(db.execute("SELECT id, profession FROM supervisor").fetchall())
        columns = [r[1] for r in db.execute("PRAGMA table_info(supervisor)")]
    db.close()
    assert "profession_other" not in columns
    assert back == {
        "s1": "Sosionom",
        "s2": "Psykolog",
        "s3": "Psykolog",
        "s4": "Vernepleier",
        "s5": "Barnevernspedagog",
        "s6": "Musikkterapeut",
        "s7": "",
        "s8": "Sosionom/familieterapeut",
    }
    assert _problems_at_0003(path) == ["s4"]


def _problems_at_0003(path: Path) -> list[str]:
    """Audit problems of a file at 0003, checked with the chain functions on plain SQL."""
    with sqlite3.connect(path) as db:
        events = db.execute(
            "SELECT at, action, entity, entity_id, content_hash, detail, prev_hash, hash "
            "FROM audit_event ORDER BY seq"
        ).fetchall()
        supervisors = db.execute(
            "SELECT id, name, profession, approvals, workplace, position FROM supervisor"
        ).fetchall()
    db.close()
    prev = GENESIS
    last: dict[str, str] = {}
    for at, action, entity, entity_id, chash, detail, prev_hash, hash_ in events:
        when = dt.datetime.fromisoformat(at).replace(tzinfo=dt.UTC)
        assert prev_hash == prev
        assert hash_ == event_hash(prev, when, action, entity, entity_id, chash, detail)
        prev = hash_
        last[entity_id] = chash
    bad = []
    for sid, name, profession, approvals, workplace, position in supervisors:
        values = {
            "id": sid,
            "name": name,
            "profession": profession,
            "approvals": json.loads(approvals),
            "workplace": workplace,
            "position": position,
        }
        if last[sid] != content_hash_of_values(values):
            bad.append(sid)
    return bad


@pytest.mark.parametrize("typed", ["annet", "  "])
def test_a_bare_annet_or_blank_is_never_guessed(tmp_path: Path, typed: str) -> None:
    from miljologg.core.professions import vocabulary

    found = vocabulary().resolve(typed)
    assert found.code in ("annet", "") and not found.approvals and not found.other
