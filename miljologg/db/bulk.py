"""Bulk inserts straight to the DB-API cursor, with the columns' own bind processing.

SQLAlchemy's Core ``executemany`` builds a parameter dict per row and runs every value through
its type's processor (about 35 µs a row here); an import or the demo adds thousands of sessions
in one go. This module renders each distinct value once with the very processor SQLAlchemy would
use (so the stored text is identical: dates, UTC timestamps) and hands plain tuples to the
driver's ``executemany``, inside the caller's transaction.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, FromClause


def _processor(column: Any, connection: Connection) -> Callable[[Any], Any] | None:
    dialect = connection.dialect
    process: Callable[[Any], Any] | None = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process


def insert_rows(
    connection: Connection, table: FromClause, rows: Sequence[Mapping[str, Any]]
) -> None:
    """INSERT ``rows`` (dicts keyed by column name, all with the same keys) in one executemany.

    Keys must be column names of ``table``. Unlike ``insert(table)``, Python-side column
    defaults are not applied: give every column that has no server default. Values are
    processed as SQLAlchemy would bind them, so the stored text is the same.
    """
    if not rows:
        return
    keys = list(rows[0])
    getter = itemgetter(*keys)
    params = [getter(row) for row in rows] if len(keys) > 1 else [(row[keys[0]],) for row in rows]
    processors = [_processor(table.c[key], connection) for key in keys]
    if any(processors):
        by_column: list[Sequence[Any]] = list(zip(*params, strict=True))
        for index, process in enumerate(processors):
            if process is not None:
                by_column[index] = _processed(by_column[index], process)
        params = list(zip(*by_column, strict=True))
    preparer = connection.dialect.identifier_preparer
    names = ", ".join(preparer.quote(key) for key in keys)
    marks = ", ".join("?" for _ in keys)  # SQLite's qmark parameter style
    sql = f"INSERT INTO {preparer.format_table(table)} ({names}) VALUES ({marks})"
    connection.exec_driver_sql(sql, params)


def _processed(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """Each value as bound; each distinct value is processed once (many rows share a date)."""
    try:
        rendered = {value: process(value) for value in set(values) if value is not None}
    except TypeError:  # an unhashable value: process them one by one
        return [None if value is None else process(value) for value in values]
    rendered[None] = None
    return [rendered[value] for value in values]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a batch builds thousands of small dicts.

    None of them form cycles, yet each few hundred allocations would trigger a collection that
    walks the whole heap (SQLAlchemy's included): about a tenth of a 10,000-session import.
    Reference counting still frees everything; the collector resumes as it was.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
