"""Migrations: every step up and down, real old files upgraded with their data, failed upgrades.

Written to keep working as revisions are added: the steps come from the script directory, and
each committed fixture ``tests/fixtures/db/<revision>.sqlite`` is checked against head.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from miljologg.db.database import DatabaseError, open_database
from miljologg.db.engine import migration_connection
from miljologg.db.file_state import current_revision
from miljologg.db.models import (
    AssignmentRow,
    AttendanceRow,
    Base,
    ProfileRow,
    SessionRow,
    SupervisorRow,
)
from miljologg.db.revisions import alembic_config, head_revision
from miljologg.paths import backups_dir

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
FIXTURE_FILES = sorted(FIXTURES.glob("*.sqlite"))
MODEL_TABLES = set(Base.metadata.tables)


def _make_fixtures_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    connection.close()
    return {name for (name,) in rows}


def _migrate(path: Path, direction: str, target: str) -> None:
    with migration_connection(path) as connection:
        getattr(command, direction)(alembic_config(connection), target)


def _revisions_in_order() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_empty_to_head_to_base_to_head(data_file: Path) -> None:
    _migrate(data_file, "upgrade", "head")
    assert current_revision(data_file) == head_revision()
    assert _tables(data_file) == MODEL_TABLES | {"alembic_version"}

    _migrate(data_file, "downgrade", "base")
    assert current_revision(data_file) is None
    assert _tables(data_file) == {"alembic_version"}

    _migrate(data_file, "upgrade", "head")
    assert current_revision(data_file) == head_revision()
    database = open_database(data_file)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    database.close()


def test_every_revision_steps_up_and_down_one_at_a_time(data_file: Path) -> None:
    revisions = _revisions_in_order()
    assert revisions[-1] == head_revision()
    for revision in revisions:
        _migrate(data_file, "upgrade", "+1")
        assert current_revision(data_file) == revision
    for revision in reversed([None, *revisions[:-1]]):
        _migrate(data_file, "downgrade", "-1")
        assert current_revision(data_file) == revision


def test_there_is_a_fixture_for_the_first_revision() -> None:
    assert FIXTURES / f"{_revisions_in_order()[0]}.sqlite" in FIXTURE_FILES


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_an_old_file_opens_with_all_its_data(fixture: Path, tmp_path: Path) -> None:
    fixtures = _make_fixtures_module()
    rows = fixtures.expected_after_upgrade(fixture.stem, getattr(fixtures, f"ROWS_{fixture.stem}"))
    path = tmp_path / "logg.sqlite"
    shutil.copyfile(fixture, path)
    from_revision = current_revision(path)
    assert from_revision == fixture.stem

    database = open_database(path, create=False)

    assert current_revision(path) == head_revision()
    backups = sorted(backups_dir(path).glob("*.sqlite")) if backups_dir(path).exists() else []
    if from_revision == head_revision():
        assert backups == []
    else:
        # named by the data file's full name (issue 16: logg.sqlite and logg.db apart)
        assert [b.name.startswith(f"logg.sqlite-before-{from_revision}-") for b in backups] == [
            True
        ]
        assert current_revision(backups[0]) == from_revision  # the file as it was

    # The stored values of every row the old release wrote are still there...
    with database.engine.connect() as connection:
        for table, values in rows:
            columns = ", ".join(values)
            stored = connection.exec_driver_sql(
                f"SELECT {columns} FROM {table} WHERE id = ?", (values["id"],)
            ).one()
            assert tuple(stored) == tuple(values.values()), (table, values["id"])
    # ...and today's models read them.
    with database.session() as session:
        counts = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (ProfileRow, SupervisorRow, SessionRow, AttendanceRow, AssignmentRow)
        }
        assert counts == {
            table: sum(1 for t, _ in rows if t == table)
            for table in ("profile", "supervisor", "session", "attendance", "assignment")
        }
        for model in (ProfileRow, SupervisorRow, SessionRow, AttendanceRow, AssignmentRow):
            for row in session.scalars(select(model)):
                assert row.created_at.tzinfo is not None
    database.close()


def test_the_0001_fixture_holds_what_the_design_asks_for() -> None:
    rows = _make_fixtures_module().ROWS_0001
    tables = [table for table, _ in rows]
    assert {t: tables.count(t) for t in set(tables)} == {
        "profile": 1,
        "supervisor": 2,
        "session": 3,
        "attendance": 2,
        "assignment": 1,
    }


def test_a_failed_upgrade_stops_leaves_the_file_as_it_was_and_names_the_backup(
    data_file: Path,
) -> None:
    # A versioned file at base whose "profile" table is in the way of the first revision.
    with sqlite3.connect(data_file) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("CREATE TABLE profile (id TEXT PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO profile VALUES ('p1', 'Åse')")
    connection.close()

    with pytest.raises(DatabaseError, match="Oppgraderingen av datafilen") as caught:
        open_database(data_file)

    backups = list(backups_dir(data_file).glob("logg.sqlite-before-base-*.sqlite"))
    assert len(backups) == 1
    assert str(backups[0]) in str(caught.value)
    # One transaction: the tables made before the failure are gone again.
    assert _tables(data_file) == {"alembic_version", "profile"}
    assert current_revision(data_file) is None
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT name FROM profile").fetchall() == [("Åse",)]
    connection.close()
    if os.name != "nt":
        assert backups[0].stat().st_mode & 0o777 == 0o600


def test_a_failed_upgrade_of_a_new_file_leaves_no_file(
    data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(command, "upgrade", broken)
    with pytest.raises(DatabaseError, match="Kunne ikke opprette datafilen"):
        open_database(data_file)
    assert not data_file.exists()


def test_shipped_heads_read_without_alembic_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    from miljologg.db.revisions import alembic_config, shipped_heads

    assert shipped_heads() == tuple(
        sorted(ScriptDirectory.from_config(alembic_config()).get_heads())
    )


def test_shipped_revisions_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    from miljologg.db.revisions import alembic_config, shipped_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert shipped_revisions() == {rev.revision for rev in script.walk_revisions()}
