"""SQLite failures met while the file is in use, as Norwegian messages a user can act on.

A file can be damaged after it was opened (a disk error, a sync tool overwriting it), the disk
can fill up, the file can turn read-only. SQLite says so in English through the driver, and
SQLAlchemy wraps that again; neither belongs in front of a user. ``explain`` turns such an error
into a ``DatabaseError`` with a Norwegian message, and tells a damaged file apart, because only
then is restoring a backup the cure.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class DatabaseError(Exception):
    """The data file cannot be opened, read or written; the message is Norwegian, shown as is."""


class DamagedFileError(DatabaseError):
    """SQLite found the file damaged: the cure is the newest good backup, not a retry."""


# SQLite's primary result codes (https://sqlite.org/rescode.html); the driver gives the
# extended code, whose low byte is the primary one.
_PERM = 3
_BUSY = 5
_LOCKED = 6
_NOMEM = 7
_READONLY = 8
_IOERR = 10
_CORRUPT = 11
_FULL = 13
_CANTOPEN = 14
_NOTADB = 26


def sqlite_cause(exc: BaseException) -> sqlite3.Error | None:
    """The driver's error behind ``exc`` (SQLAlchemy wraps it as ``orig``), if there is one."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            return current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def explain(exc: BaseException, path: Path | None = None) -> DatabaseError | None:
    """A Norwegian ``DatabaseError`` for an SQLite failure, or None if ``exc`` is not one."""
    cause = sqlite_cause(exc)
    if cause is None:
        return None
    code = (getattr(cause, "sqlite_errorcode", None) or 0) & 0xFF
    where = f"Datafilen {path}" if path is not None else "Datafilen"
    if code in (_CORRUPT, _NOTADB):
        return DamagedFileError(
            f"{where} er skadet (SQLite fant feil i filen). Gjenopprett den nyeste gode "
            "sikkerhetskopien."
        )
    if code == _FULL:
        return DatabaseError(
            f"Disken er full, så {_lower(where)} kunne ikke skrives. Ingenting ble lagret."
        )
    if code in (_READONLY, _PERM, _CANTOPEN):
        return DatabaseError(
            f"{where} kan ikke skrives (skrivebeskyttet eller mangler tilgang). "
            "Ingenting ble lagret."
        )
    if code in (_BUSY, _LOCKED):
        return DatabaseError(
            f"{where} er opptatt av et annet program. Vent litt og prøv igjen; "
            "ingenting ble lagret."
        )
    if code in (_IOERR, _NOMEM):
        return DatabaseError(
            f"{where} kunne ikke leses eller skrives (feil fra disken). Ingenting ble lagret."
        )
    return DatabaseError(
        f"{where} kunne ikke brukes (SQLite-feil {code}); den kan være skadet. "
        "Ingenting ble lagret."
    )


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]
