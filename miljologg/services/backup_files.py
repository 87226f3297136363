"""Backup files: whose they are (their names and the log's id inside them), and whether healthy.

Backups of every data file in a folder share one ``backups`` folder. They used to be named by
the data file's stem (``logg-<stamp>-manual.sqlite``), so ``logg.sqlite`` and ``logg.db`` saw,
restored and rotated each other's backups. Now a backup belongs to exactly one data file:

- its name starts with the data file's full name (``logg.sqlite-<stamp>-manual.sqlite``);
- the log's own random id (table ``file_identity``, revision 0008; a copy carries it) agrees.
  Files from before that revision have no such id; their profile's id is compared instead.

Backups named the old way (by stem) stay readable: they are this file's when the ids agree and
no other data file with the same stem claims them too; only then are they ever rotated away.
A backup whose id says it is another log's is neither listed nor restored nor deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from miljologg import os_errors
from miljologg.core.i18n import _
from miljologg.db.database import DatabaseError
from miljologg.db.failures import cause
from miljologg.db.file_state import SQLITE_HEADER, current_revision
from miljologg.db.revisions import shipped_revisions
from miljologg.paths import backup_file as backup_file  # re-exported: the one naming
from miljologg.paths import backups_dir

STAMP = "%Y%m%dT%H%M%SZ"
_OURS = re.compile(
    r"(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<reason>daily|manual|pre-import|pre-restore)"
)
_MIGRATION = re.compile(r"before-(?P<rev>[A-Za-z0-9_+]+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?")


@dataclass(frozen=True)
class Identity:
    """What says which log a file is: its own id, and its profile's id (older files)."""

    file_id: str | None = None
    profile_id: str | None = None

    def same_log(self, other: Identity) -> bool | None:
        """True or False when both carry an id to compare; None when that cannot be told."""
        if self.file_id and other.file_id:
            return self.file_id == other.file_id
        if self.profile_id and other.profile_id:
            return self.profile_id == other.profile_id
        return None


_cache: dict[tuple[str, int, int], Identity] = {}


def identity(path: Path) -> Identity:
    """The ids stored in ``path``, read-only; an empty ``Identity`` when it cannot be read.

    Cached by path, size and modification time: listing reads every backup's, often.
    """
    try:
        info = path.stat()
    except OSError:
        return Identity()
    key = (str(path), info.st_size, info.st_mtime_ns)
    if key not in _cache:
        _cache[key] = _read_identity(path)
        if len(_cache) > 512:
            _cache.pop(next(iter(_cache)))
    return _cache[key]


def _read_identity(path: Path) -> Identity:
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return Identity()
        uri = path.resolve().as_uri() + "?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as con:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            file_id = profile_id = None
            if "file_identity" in tables:
                row = con.execute(
                    "SELECT id FROM file_identity ORDER BY created_at LIMIT 1"
                ).fetchone()
                file_id = str(row[0]) if row else None
            if "profile" in tables:
                row = con.execute("SELECT id FROM profile ORDER BY created_at LIMIT 1").fetchone()
                profile_id = str(row[0]) if row else None
    except (OSError, sqlite3.Error):
        return Identity()
    return Identity(file_id, profile_id)


def set_file_id(path: Path, file_id: str) -> None:
    """Give ``path`` (a staged copy, not yet the live file) the log's id ``file_id``."""
    with contextlib.closing(sqlite3.connect(path)) as con, con:
        con.execute("DELETE FROM file_identity")
        con.execute(
            "INSERT INTO file_identity (id, created_at) VALUES (?, ?)",
            (file_id, dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")),
        )


# ---------------------------------------------------------------------------------------------
# Health


def file_problem(path: Path) -> str | None:
    """Why ``path`` is not a healthy miljologg file this version can open (None when it is).

    Read-only: the file is opened with ``mode=ro`` and never changed.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return _("ikke en SQLite-database")
        revision = current_revision(path)
        uri = path.resolve().as_uri() + "?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as con:
            rows = con.execute("PRAGMA integrity_check").fetchall()
    except OSError as exc:
        return _("kan ikke leses ({reason})").format(reason=os_errors.reason(exc))
    except sqlite3.Error as exc:
        return _("kan ikke leses ({reason})").format(reason=cause(exc, path))
    except DatabaseError as exc:
        return _("kan ikke leses ({reason})").format(reason=exc)
    if [tuple(r) for r in rows] != [("ok",)]:
        return _("skadet ({detail})").format(detail=rows[0][0])
    if revision is None:
        return _("ikke en miljologg-datafil")
    if revision not in shipped_revisions():
        return _("fra en nyere versjon av miljologg")
    return None


def is_newer_schema(path: Path) -> bool:
    """The file is a healthy database stamped by a newer miljologg (update, don't restore)."""
    try:
        revision = current_revision(Path(path))
    except DatabaseError:
        return False
    return revision is not None and revision not in shipped_revisions()


# ---------------------------------------------------------------------------------------------
# Names


@dataclass(frozen=True)
class Parsed:
    """What a backup's name says: the id (``<stamp>[-n]-<reason>`` or ``before-…``), reason,
    time, order within the second, and whether it is named the old way (by the stem)."""

    id: str
    reason: str
    created_at: dt.datetime
    seq: int
    legacy: bool


def parse(rest: str, legacy: bool) -> Parsed | None:
    """The part of a backup's name after ``<data file name>-`` (or ``<stem>-``), or None."""
    match = _OURS.fullmatch(rest)
    reason = match["reason"] if match else "pre-migration"
    match = match or _MIGRATION.fullmatch(rest)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return Parsed(rest, reason, created, int(match["n"] or 0), legacy)


def candidates(data_file: Path) -> list[tuple[Path, Parsed]]:
    """Every file in the backups folder whose name makes it a backup of ``data_file``: by its
    full name, or by its stem (the old way). The ids decide whose they are (``Owner``)."""
    folder = backups_dir(data_file)
    if not folder.is_dir():
        return []
    found: dict[str, tuple[Path, Parsed]] = {}
    for prefix, legacy in ((f"{data_file.name}-", False), (f"{data_file.stem}-", True)):
        for path in folder.glob(f"{glob_escape(prefix)}*.sqlite"):
            parsed = parse(path.stem[len(prefix) :], legacy)
            if parsed is not None and parsed.id not in found:
                found[parsed.id] = (path, parsed)
    return list(found.values())


def siblings(data_file: Path) -> list[Path]:
    """Other SQLite files beside ``data_file`` with the same stem (``logg.db`` for
    ``logg.sqlite``): the data files an old-style backup name could also mean."""
    out = []
    with contextlib.suppress(OSError):
        for path in data_file.parent.glob(f"{glob_escape(data_file.stem)}.*"):
            if path.name == data_file.name or path.stem != data_file.stem or not path.is_file():
                continue
            with contextlib.suppress(OSError), path.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                    out.append(path)
    return out


@dataclass(frozen=True)
class Owner:
    """Whether a backup is this data file's: ``listed`` (shown, restorable) and ``rotatable``
    (rotation may delete it: provably this file's and no other's)."""

    listed: bool
    rotatable: bool


def owner(backup: Path, legacy: bool, mine: Identity, others: list[Identity]) -> Owner:
    """Decide from the ids whose a backup is (module docstring); ``others`` are the siblings'."""
    theirs = identity(backup)
    same = theirs.same_log(mine)
    if same is False:
        return Owner(False, False)
    if not legacy:
        return Owner(True, same is True)
    claimed = any(theirs.same_log(other) is True for other in others)
    if claimed and same is not True:
        return Owner(False, False)  # an old-style backup of the sibling
    return Owner(True, same is True and not claimed)


def glob_escape(text: str) -> str:
    """Escape glob metacharacters in a file name prefix (a stem may hold ``[``)."""
    return re.sub(r"([*?\[])", r"[\1]", text)
