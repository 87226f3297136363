"""Every connection to a data file: our pragmas and real transactions.

Opening a log for work, running its migrations and reading it without changing it all connect
to the same SQLite file; each must wait for a busy writer the same time, keep foreign keys as
the caller needs, and run its statements in a transaction it began. One place makes those
connections, so no path to the file can forget a pragma.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool, Pool

from miljologg.core.i18n import _
from miljologg.db.failures import DatabaseError

BUSY_TIMEOUT_MS = 5000


def make_engine(
    path: Path,
    *,
    foreign_keys: bool,
    immediate: bool = False,
    poolclass: type[Pool] | None = None,
) -> Engine:
    """An engine whose every connection gets our pragmas and real transactions.

    Python's sqlite3 (legacy mode) sends no BEGIN before DDL or SELECT, so a migration would
    commit statement by statement. SQLAlchemy's documented recipe is applied instead: the
    driver's own BEGIN is switched off and we emit it on "begin".
    """
    url = URL.create("sqlite", database=str(path))
    kwargs: dict[str, Any] = {} if poolclass is None else {"poolclass": poolclass}
    engine = create_engine(url, **kwargs)
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql(begin)

    return engine


@contextlib.contextmanager
def migration_connection(path: Path) -> Iterator[Connection]:
    """A connection in one write transaction, for running migrations on ``path``.

    Foreign keys are off while the schema changes (batch mode copies and drops tables, which
    would otherwise cascade), then checked as a whole before the commit.
    """
    engine = make_engine(path, foreign_keys=False, immediate=True, poolclass=NullPool)
    try:
        with engine.connect() as connection, connection.begin():
            yield connection
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseError(
                    _(
                        "Oppgraderingen ville brutt {n} koblinger mellom poster (første: {tuple})."
                    ).format(n=len(problems), tuple=tuple(problems[0]))
                )
    finally:
        engine.dispose()


def raw_connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that waits for a busy writer as the engine's do."""
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
