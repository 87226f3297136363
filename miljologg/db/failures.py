"""SQLite failures met while the file is in use, as Norwegian messages a user can act on.

A file can be damaged after it was opened (a disk error, a sync tool overwriting it), the disk
can fill up, the file can turn read-only. SQLite says so in English through the driver, and
SQLAlchemy wraps that again; neither belongs in front of a user. ``explain`` turns such an error
into a ``DatabaseError`` with a Norwegian message, and tells a damaged file apart, because only
then is restoring a backup the cure.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from miljologg.core.i18n import _


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
#: Less free space than this where the file lives counts as a full disk (a WAL file and its
#: shared memory alone need 32 kB and more).
_ALMOST_FULL = 256 * 1024


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


def _code(exc: sqlite3.Error, path: Path | None) -> int:
    """SQLite's primary result code; a «disk I/O error» on a disk with no room left is FULL.

    SQLite reports a full disk as SQLITE_FULL only when a write says so; creating the WAL's
    shared-memory file or syncing on a full disk gives SQLITE_IOERR, which would send the user
    looking for a broken disk instead of freeing space.
    """
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _IOERR and path is not None and _no_room(path):
        return _FULL
    return code


def _no_room(path: Path) -> bool:
    folder = Path(path).parent
    try:
        return shutil.disk_usage(folder).free < _ALMOST_FULL
    except OSError:
        return False


def cause(exc: BaseException, path: Path | None = None) -> str | None:
    """What went wrong with SQLite, as a short Norwegian phrase («disken er full»), or None
    when ``exc`` is not an SQLite failure. For a message about another file than the log."""
    found = sqlite_cause(exc)
    if found is None:
        return None
    code = _code(found, path)
    if code in (_CORRUPT, _NOTADB):
        return _("filen er skadet")
    if code == _FULL:
        return _("disken er full")
    if code in (_READONLY, _PERM, _CANTOPEN):
        return _("filen kan ikke skrives (skrivebeskyttet eller mangler tilgang)")
    if code in (_BUSY, _LOCKED):
        return _("filen er opptatt av et annet program")
    if code in (_IOERR, _NOMEM):
        return _("feil fra disken")
    return _("SQLite-feil {code}").format(code=code)


def explain(exc: BaseException, path: Path | None = None) -> DatabaseError | None:
    """A Norwegian ``DatabaseError`` for an SQLite failure, or None if ``exc`` is not one."""
    found = sqlite_cause(exc)
    if found is None:
        return None
    code = _code(found, path)
    where = _("Datafilen {path}").format(path=path) if path is not None else _("Datafilen")
    if code in (_CORRUPT, _NOTADB):
        return DamagedFileError(
            _(
                "{where} er skadet (SQLite fant feil i filen). Gjenopprett den nyeste gode "
                "sikkerhetskopien."
            ).format(where=where)
        )
    if code == _FULL:
        return DatabaseError(
            _("Disken er full, så {where} kunne ikke skrives. Ingenting ble lagret.").format(
                where=_lower(where)
            )
        )
    if code in (_READONLY, _PERM, _CANTOPEN):
        return DatabaseError(
            _(
                "{where} kan ikke skrives (skrivebeskyttet eller mangler tilgang). "
                "Ingenting ble lagret."
            ).format(where=where)
        )
    if code in (_BUSY, _LOCKED):
        return DatabaseError(
            _(
                "{where} er opptatt av et annet program. Vent litt og prøv igjen; "
                "ingenting ble lagret."
            ).format(where=where)
        )
    if code in (_IOERR, _NOMEM):
        return DatabaseError(
            _(
                "{where} kunne ikke leses eller skrives (feil fra disken). Ingenting ble lagret."
            ).format(where=where)
        )
    return DatabaseError(
        _(
            "{where} kunne ikke brukes (SQLite-feil {code}); den kan være skadet. "
            "Ingenting ble lagret."
        ).format(where=where, code=code)
    )


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]
