"""The one atomic file write (a file appears whole or not at all, private to its owner) and the
one bounded read of a file the user chose.

Every file miljologg writes for the user (dossier, sign sheet, exports, signing requests and
responses, backups) carries names, topics or reflections, and a half-written one is worse than
none: a crash, a full disk or an error while rendering must leave the previous file (or no
file) and no leftovers. So the content goes to a uniquely named temporary file in the target's
folder (the same file system, so the rename is atomic), created 0600, flushed to disk with
fsync, then renamed over the target with ``os.replace``; on any failure the temporary file is
removed and the target is untouched. The folder is synced after the rename where the platform
allows it, so the new name survives a power cut too. An ``OSError`` from a write names the
target (not the temporary file), so the message a user sees names the file they chose.

A file the user gives the app (an import, a signing file, a scan, a passphrase file) is read
with ``read_limited``: at most ``limit + 1`` bytes, and refused above ``limit``. Its size on
disk is no guide — ``/dev/zero`` and ``/dev/urandom`` say 0 and never end, and reading them
whole ended in ``MemoryError``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

#: Files and folders the app makes hold names, topics and reflections: the owner's alone.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


@contextlib.contextmanager
def atomic_path(target: Path | str, *, database: bool = False) -> Iterator[Path]:
    """Yield an empty private temporary file beside ``target`` for a writer that wants a path
    (reportlab, pypdf, SQLite); on a normal exit it is synced and renamed onto ``target``.

    Any exception inside the block (or while syncing and renaming) removes the temporary file
    and leaves ``target`` as it was; the exception propagates. Only a database copy
    (``database=True``: ``db.database.backup_to``) may replace a database
    (``DatabaseTargetError``).
    """
    target = Path(target)
    if not database:
        _refuse_database(target)
    fd, temporary = _temporary_beside(target)
    os.close(fd)
    try:
        yield temporary
        _fsync_file(temporary)
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if exc.filename in (None, str(temporary), temporary):
            # The temporary file's name means nothing to the user; the target does.
            raise WriteError(exc.errno, exc.strerror, str(target)) from exc
        raise WriteError(exc.errno, exc.strerror, exc.filename) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _fsync_dir(target.parent)


class WriteError(OSError):
    """Writing a file failed (full disk, no access, ...); ``filename`` is the target, and
    nothing of it was left behind. ``errno`` is the cause (``miljologg.os_errors`` explains it).
    """


class DatabaseTargetError(WriteError):
    """The chosen file is an SQLite database — the log itself, a backup, another person's log
    — or one of its side files: an export, a dossier or a key is never written over it.

    Before: ``export csv --out logg.sqlite`` replaced the whole log with a CSV file, and
    ``dossier --out`` with a PDF (a slip of tab completion was enough).
    """


_SQLITE_HEADER = b"SQLite format 3\x00"
#: A database's side files: replacing one breaks the database (or, the lock, the one writer).
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


def _refuse_database(target: Path) -> None:
    """``DatabaseTargetError`` when ``target`` is an SQLite file, or a side file of one."""
    candidates = [target]
    candidates += [
        target.with_name(target.name.removesuffix(suffix))
        for suffix in _SIDE_SUFFIXES
        if target.name.endswith(suffix) and target.name != suffix
    ]
    for path in candidates:
        try:
            if not stat.S_ISREG(os.lstat(path).st_mode):  # a link is replaced, not followed
                continue
            with open(path, "rb") as fh:
                is_database = fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
        except OSError:
            continue
        if is_database:
            raise DatabaseTargetError(errno.EEXIST, "is an SQLite database", str(target))


class TooLargeError(Exception):
    """A file given to the app is larger than ``limit`` bytes (or does not end at all)."""

    def __init__(self, path: Path | str, limit: int) -> None:
        super().__init__(f"{path}: over {limit} bytes")
        self.path = Path(path)
        self.limit = limit


def read_limited(path: Path | str, limit: int) -> bytes:
    """The content of ``path``, at most ``limit`` bytes; ``TooLargeError`` above it.

    Reads ``limit + 1`` bytes at most, so an endless device or a growing file costs no more
    memory than the limit. ``OSError`` as ``open`` raises it (see ``miljologg.os_errors``).
    """
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(path, limit)
    return data


def write_bytes(target: Path | str, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically (see the module docstring)."""
    with atomic_path(target) as temporary, open(temporary, "wb") as fh:
        fh.write(data)


def write_new_bytes(target: Path | str, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically, but never over an existing file:
    ``FileExistsError`` if there is one (a signed response must not replace another file).

    The temporary file is hard-linked to the target name, which fails if the name is taken;
    where the file system has no hard links (FAT on a USB stick) the name is checked just
    before the rename instead.
    """
    target = Path(target)
    _refuse_database(target)
    fd, temporary = _temporary_beside(target)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(temporary, target)
        except FileExistsError:
            raise
        except OSError:
            if target.exists():
                raise FileExistsError(str(target)) from None
            os.replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    _fsync_dir(target.parent)


def write_text(
    target: Path | str, text: str, encoding: str = "utf-8", newline: str | None = None
) -> None:
    """Write ``text`` to ``target`` atomically; ``newline`` as for ``open`` ("" keeps line
    ends as they are, which CSV needs)."""
    with (
        atomic_path(target) as temporary,
        open(temporary, "w", encoding=encoding, newline=newline) as fh,
    ):
        fh.write(text)


def _temporary_beside(target: Path) -> tuple[int, Path]:
    """A new private temporary file in ``target``'s folder (open descriptor, path).

    When it cannot be made (no such folder, no access, a folder such as ``/proc``), the error
    names ``target``: the temporary name (``.x.csv.k3j2h1g0.tmp``) means nothing to the user.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:  # OSError(errno, ...) keeps the kind: FileNotFoundError, ...
        raise OSError(exc.errno, exc.strerror, str(target)) from exc
    return fd, Path(name)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; not possible on every platform (Windows), so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def private_folder(folder: Path | str) -> Path:
    """Make ``folder`` and any missing parents readable by the owner alone (0700).

    Only folders made here are made private: an existing folder is the user's business (the
    data file may sit in their Documents). ``Path.mkdir(parents=True, mode=...)`` gives the
    parents the default mode, and a umask is the whole process's (the GUI has threads), so each
    missing folder is made on its own.
    """
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=PRIVATE_FOLDER)
    return folder


def private_append(path: Path | str) -> Path:
    """Create ``path`` (0600) for a writer that appends (a log file); an existing one is made
    private too, as files of this name are the app's own."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    os.close(fd)
    with contextlib.suppress(NotImplementedError, OSError):
        os.chmod(path, PRIVATE_FILE)  # only the read-only flag on Windows
    return path
