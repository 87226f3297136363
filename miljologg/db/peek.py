"""A glance at a data file's owner before the database layer is loaded.

The window can be painted with the right pages and title while SQLAlchemy, the migrations check
and the services load (most of start-up). This reads one row with the standard library,
read-only; anything unexpected (no such table, a damaged or foreign file, a lock) gives None,
and the caller then takes the careful path through ``open_database``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ProfileHint:
    """Who the file belongs to, as far as a quick read-only look can tell."""

    name: str
    role: str


def peek_profile(path: Path) -> ProfileHint | None:
    """The profile's name and role, or None when the file cannot simply be read."""
    try:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=1)) as con:
            row = con.execute("SELECT name, role FROM profile LIMIT 1").fetchone()
    except (sqlite3.Error, OSError, ValueError):
        return None
    if row is None or not isinstance(row[0], str) or not isinstance(row[1], str):
        return None
    return ProfileHint(name=row[0], role=row[1])
