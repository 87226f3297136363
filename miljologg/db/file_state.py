"""What a data file holds, read without changing it: its schema revisions and tables.

Before a file is opened for work it must be judged (ours, someone else's, from a newer
miljologg, damaged) and a backup's revision must be readable without upgrading it. Random
bytes never reach SQLite, and nothing here writes: a file that is refused stays as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from miljologg import os_errors
from miljologg.core.i18n import N_, _
from miljologg.db.engine import raw_connect
from miljologg.db.failures import DamagedFileError, DatabaseError, explain

SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"
_DAMAGED = N_(
    "{path} er skadet og kan ikke åpnes (SQLite fant feil i filen). Filen er ikke endret."
)


@dataclass(frozen=True)
class FileState:
    """What a data file holds, read without changing it."""

    revisions: tuple[str, ...]
    versioned: bool
    other_tables: tuple[str, ...]


def inspect_file(path: Path) -> FileState:
    """Read the schema revision and table names; random bytes never reach SQLite."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(os_errors.cannot("lese", path, exc)) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            _(
                "{path} er ikke en miljologg-datafil (ikke en SQLite-database). Filen "
                "er ikke endret."
            ).format(path=path)
        )
    try:
        with contextlib.closing(raw_connect(path)) as connection:
            tables = tuple(
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            )
            versioned = VERSION_TABLE in tables
            revisions: tuple[str, ...] = ()
            if versioned:
                revisions = tuple(
                    str(rev)
                    for (rev,) in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")
                )
            # A damaged page elsewhere would otherwise surface later, mid-write or mid-read.
            # quick_check reads every page once: about 20 ms for a 10,000-session file.
            problems = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        explained = explain(exc, path)
        if isinstance(explained, DamagedFileError):
            raise DamagedFileError(_(_DAMAGED).format(path=path)) from exc
        raise DatabaseError(
            _("{explained} Filen er ikke endret.").format(explained=explained)
        ) from exc
    if [tuple(row) for row in problems] != [("ok",)]:
        raise DamagedFileError(_(_DAMAGED).format(path=path))
    return FileState(
        revisions=revisions,
        versioned=versioned,
        other_tables=tuple(t for t in tables if t != VERSION_TABLE),
    )


def current_revision(path: Path) -> str | None:
    """The schema revision stamped in ``path`` (None when un-versioned), read without changes."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(_("Fant ingen datafil {path}.").format(path=path))
    revisions = inspect_file(path).revisions
    if len(revisions) > 1:
        raise DatabaseError(
            _("Datafilen {path} har flere skjemaversjoner: {value}.").format(
                path=path, value=", ".join(revisions)
            )
        )
    return revisions[0] if revisions else None
