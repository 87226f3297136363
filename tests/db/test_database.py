"""Opening data files: new files, pragmas, owner-only modes, and the files we must refuse."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from miljologg.db.database import (
    Database,
    DatabaseError,
    backup_to,
    open_database,
)
from miljologg.db.file_state import current_revision
from miljologg.db.models import Base, SessionRow, SupervisorRow
from miljologg.db.revisions import alembic_config, head_revision
from miljologg.paths import backups_dir

POSIX_MODES = pytest.mark.skipif(os.name == "nt", reason="no POSIX file modes")


@pytest.fixture
def db(data_file: Path) -> Iterator[Database]:
    database = open_database(data_file)
    yield database
    database.close()


def _pragma(db: Database, name: str) -> object:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def _add_session(db: Database) -> str:
    with db.session() as session, session.begin():
        supervisor = SupervisorRow(name="Kari Nordmann", approvals=["programme"])
        session.add(supervisor)
        session.flush()
        session.add(
            SessionRow(
                date=dt.date(2025, 2, 5), minutes=90, form="individual", supervisor_id=supervisor.id
            )
        )
    return supervisor.id


def test_new_file_is_created_at_head(db: Database, data_file: Path) -> None:
    assert data_file.is_file()
    assert current_revision(data_file) == head_revision()
    assert not backups_dir(data_file).exists()  # nothing to back up in a new file


def test_every_connection_has_the_pragmas(db: Database) -> None:
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "synchronous") == 2  # FULL
    assert _pragma(db, "busy_timeout") > 0


def test_foreign_keys_are_enforced(db: Database) -> None:
    _add_session(db)
    with pytest.raises(Exception, match="FOREIGN KEY"), db.session() as session, session.begin():
        session.add(
            SessionRow(date=dt.date(2025, 2, 6), minutes=60, form="individual", supervisor_id="x")
        )


def test_session_objects_stay_readable_after_commit(db: Database) -> None:
    supervisor_id = _add_session(db)
    with db.session() as session:
        row = session.scalars(select(SupervisorRow)).one()
    assert row.id == supervisor_id
    assert row.approvals == ["programme"]  # expire_on_commit=False: no lazy reload needed
    assert row.created_at.tzinfo is dt.UTC


def test_a_failed_transaction_leaves_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as session, session.begin():
        session.add(SupervisorRow(name="Per Lund"))
        session.flush()
        raise RuntimeError("stop")
    with db.session() as session:
        assert session.scalars(select(SupervisorRow)).all() == []


@POSIX_MODES
def test_new_files_and_folders_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "logg.sqlite"
    before = os.umask(0o022)
    try:
        database = open_database(path)
        _add_session(database)
        assert os.umask(0o022) == 0o022  # the caller's umask is restored
        for member in (path, path.with_name("logg.sqlite-wal"), path.with_name("logg.sqlite-shm")):
            assert member.stat().st_mode & 0o777 == 0o600, member
        for folder in (tmp_path / "deep", tmp_path / "deep" / "er"):
            assert folder.stat().st_mode & 0o777 == 0o700, folder
        copy = backup_to(database, tmp_path / "kopi" / "logg-kopi.sqlite")
        assert copy.stat().st_mode & 0o777 == 0o600
        database.close()
    finally:
        os.umask(before)


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 8,
        "Kjære veileder – dette er et brev.\n".encode(),
        b"SQLite",
        b"SQLite format 3\x00" + bytes(range(256)) * 16,
    ],
    ids=["random-bytes", "text", "short", "sqlite-header-then-garbage"],
)
def test_a_file_that_is_not_sqlite_is_refused_and_untouched(
    data_file: Path, content: bytes
) -> None:
    data_file.write_bytes(content)
    with pytest.raises(
        DatabaseError, match="ikke en miljologg-datafil|kan ikke leses|er skadet"
    ) as caught:
        open_database(data_file)
    assert "Filen er ikke endret" in str(caught.value)
    assert data_file.read_bytes() == content
    assert sorted(p.name for p in data_file.parent.iterdir()) == [data_file.name]


def test_another_programs_sqlite_file_is_refused_and_untouched(data_file: Path) -> None:
    with sqlite3.connect(data_file) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO notes (text) VALUES ('hei')")
    connection.close()
    before = data_file.read_bytes()
    with pytest.raises(DatabaseError, match="ikke en miljologg-datafil"):
        open_database(data_file)
    assert data_file.read_bytes() == before
    assert not backups_dir(data_file).exists()


def test_a_file_from_a_newer_miljologg_is_refused_and_untouched(data_file: Path) -> None:
    open_database(data_file).close()
    with sqlite3.connect(data_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = data_file.read_bytes()
    with pytest.raises(DatabaseError, match="nyere versjon av miljologg"):
        open_database(data_file)
    assert data_file.read_bytes() == before
    assert not backups_dir(data_file).exists()
    assert current_revision(data_file) == "9999_from_the_future"


def test_a_missing_file_is_refused_without_create(data_file: Path) -> None:
    with pytest.raises(DatabaseError, match="Fant ingen datafil"):
        open_database(data_file, create=False)
    assert not data_file.exists()


def test_an_empty_existing_file_becomes_a_new_log(data_file: Path) -> None:
    data_file.touch()
    open_database(data_file).close()
    assert current_revision(data_file) == head_revision()
    assert not backups_dir(data_file).exists()


def test_reopening_a_file_at_head_changes_nothing(db: Database, data_file: Path) -> None:
    _add_session(db)
    db.close()
    again = open_database(data_file, create=False)
    with again.session() as session:
        assert len(session.scalars(select(SessionRow)).all()) == 1
    again.close()
    assert not backups_dir(data_file).exists()


def test_backup_to_makes_a_consistent_self_contained_copy(db: Database, tmp_path: Path) -> None:
    _add_session(db)  # still in the WAL, not yet in the main file
    target = tmp_path / "kopier" / "logg-kopi.sqlite"
    assert backup_to(db, target) == target
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("SELECT count(*) FROM session").fetchone() == (1,)
    connection.close()
    assert current_revision(target) == head_revision()


def test_backup_to_replaces_an_old_copy_and_refuses_a_missing_source(
    db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "kopi.sqlite"
    backup_to(db.path, target)
    _add_session(db)
    backup_to(db.path, target)
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT count(*) FROM session").fetchone() == (1,)
    connection.close()
    with pytest.raises(DatabaseError, match="Fant ingen datafil"):
        backup_to(tmp_path / "borte.sqlite", tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


def test_current_revision_of_an_unversioned_file_is_none(data_file: Path) -> None:
    data_file.touch()
    assert current_revision(data_file) is None


def test_models_and_migrations_agree(db: Database) -> None:
    """The ``alembic check`` of the design: autogenerate finds nothing to add at head."""
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        command.check(alembic_config(connection))  # the same through env.py
