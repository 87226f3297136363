"""What a killed miljologg leaves behind, recognised and removed on the next open.

A process killed at the wrong moment (SIGKILL, a power cut) cannot clean up after itself:

- ``backup restore`` leaves its checked copy beside the data file, ``.<name>.restore-<hex>``
  (as big as the log, and hidden);
- a backup (the one before a migration, or any other) leaves its temporary file in
  ``backups/``, ``.<backup name>.<random>.tmp`` (``miljologg.fs``), maybe with a ``-journal``;
- ``import`` or ``init`` into a new path leaves a log with nothing in it, which then blocks
  ``init`` («finnes allerede»).

``clean`` removes exactly those, and only while the caller holds the data file's writer lock
(every restore, backup and new file is made under it, so nothing found is still being made):

- names must match the app's own patterns for *this* data file exactly, and the file must be a
  regular file owned by the user running miljologg;
- a temporary backup must not be locked by SQLite (a backup being written holds a lock) and
  must be older than ``STALE_SECONDS`` (a backup that is being renamed into place is not);
- a new log is removed only when its creator left a marker beside it
  (``.<name>.creating``, written before the file and removed when the command is done) and the
  log holds no audit event — not one write ever committed to it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
import time
from pathlib import Path

from miljologg import os_errors
from miljologg.core.i18n import _
from miljologg.db.failures import DatabaseError
from miljologg.paths import backups_dir

#: A temporary backup younger than this may be in its last step (synced, then renamed): a
#: migration's backup is made by readers too, without the writer lock, and fsync on a slow USB
#: stick can take seconds. Older than this and unlocked, it is a killed run's.
STALE_SECONDS = 60.0
_BACKUP_REST = (
    r"(?:before-[0-9A-Za-z_+]+-)?[0-9]{8}T[0-9]{6}Z(?:-[0-9]+)?"
    r"(?:-(?:daily|manual|pre-import|pre-restore|pre-migration))?"
)
_SQLITE_HEADER = b"SQLite format 3\x00"
_MARKER_TEXT = "miljologg: ny datafil under oppretting\n"
_SIDE_FILES = ("-journal", "-wal", "-shm")


def marker_path(data_file: Path) -> Path:
    """``.<name>.creating`` beside the data file: a new file whose making is not finished."""
    return data_file.with_name(f".{data_file.name}.creating")


def mark_creating(data_file: Path) -> None:
    """Say, before the file exists, that this run is making ``data_file`` (see ``clean``).

    ``DatabaseError`` (Norwegian) when even the marker cannot be written (a full disk); then
    nothing is left behind.
    """
    marker = marker_path(data_file)
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, _MARKER_TEXT.encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            marker.unlink()
        raise DatabaseError(
            _("Kunne ikke opprette datafilen {data_file}: {value}. Ingenting ble lagret.").format(
                data_file=data_file, value=os_errors.reason(exc)
            )
        ) from exc


def done_creating(data_file: Path) -> None:
    """The new file is finished (or removed): the marker goes."""
    with contextlib.suppress(FileNotFoundError):
        marker_path(data_file).unlink()


def clean(data_file: Path, now: float | None = None) -> list[Path]:
    """Remove this data file's leftovers of a killed run (module docstring); returns them.

    Call only while holding ``data_file``'s writer lock. Never raises: what cannot be removed
    stays, and the next open tries again.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        removed += _restore_copies(data_file)
        removed += _backup_temporaries(data_file, now)
        removed += _unfinished_new_file(data_file)
    except OSError:
        pass
    return removed


def _restore_copies(data_file: Path) -> list[Path]:
    pattern = re.compile(
        rf"\.{re.escape(data_file.name)}\.restore-[0-9a-f]{{32}}(?:-journal|-wal|-shm)?"
    )
    return [p for p in _matching(data_file.parent, pattern) if _remove(p)]


def _backup_temporaries(data_file: Path, now: float) -> list[Path]:
    folder = backups_dir(data_file)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        rf"\.{re.escape(data_file.name)}-{_BACKUP_REST}\.sqlite\.[a-z0-9_]{{8}}\.tmp"
        r"(?P<side>-journal|-wal|-shm)?"
    )
    removed = []
    for path in _matching(folder, pattern):
        main = Path(re.sub(r"(-journal|-wal|-shm)$", "", str(path)))
        if now - _newest_mtime(main) < STALE_SECONDS or _locked(main):
            continue
        if _remove(path):
            removed.append(path)
    return removed


def _unfinished_new_file(data_file: Path) -> list[Path]:
    marker = marker_path(data_file)
    if not _ours(marker):
        return []
    try:
        if marker.read_text(encoding="utf-8") != _MARKER_TEXT:
            return []
    except (OSError, UnicodeDecodeError):
        return []
    removed = []
    if not data_file.exists() or _empty_log(data_file):
        for member in (data_file, *(Path(f"{data_file}{s}") for s in _SIDE_FILES)):
            if member.exists() and _ours(member) and _remove(member):
                removed.append(member)
    if _remove(marker):
        removed.append(marker)
    return removed


def _empty_log(path: Path) -> bool:
    """True for a file with nothing of the user's: empty, or a log no write ever committed to."""
    if not _ours(path):
        return False
    if path.stat().st_size == 0:
        return True
    try:
        with path.open("rb") as handle:
            if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return False
        with contextlib.closing(sqlite3.connect(path, timeout=1)) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            if "audit_event" not in tables:  # the schema never finished: no write was possible
                return True
            (count,) = con.execute("SELECT count(*) FROM audit_event").fetchone()
            return int(count) == 0
    except (OSError, sqlite3.Error):
        return False


def _matching(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    return [p for p in folder.iterdir() if pattern.fullmatch(p.name) and _ours(p)]


def _ours(path: Path) -> bool:
    """A regular file (not a link) of the user running miljologg."""
    try:
        info = path.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def _newest_mtime(main: Path) -> float:
    times = []
    for member in (main, *(Path(f"{main}{s}") for s in _SIDE_FILES)):
        with contextlib.suppress(OSError):
            times.append(member.stat().st_mtime)
    return max(times, default=0.0)


def _locked(path: Path) -> bool:
    """SQLite holds a lock on it: a backup is being written into it right now."""
    if not path.exists():
        return False
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as con:
            con.execute("BEGIN EXCLUSIVE")
            con.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.Error:
        return False
    return False


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False
    return True
