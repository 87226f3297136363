"""One writer per data file: a lock file ``<data>.lock`` held while a window or a write command
has the file open.

SQLite itself would let two processes write in turn, but two windows on one file each show a
stale picture and overwrite each other's view of the log; a restore under an open window would
pull the data out from under it. So the second instance is told the file is in use instead.

The lock is an OS lock (``flock`` on Unix, ``LockFileEx`` on Windows) through the ``filelock``
package: the OS drops it when the holder dies, so a crash or SIGKILL never leaves a stale lock
that the user would have to delete by hand.

The lock belongs to the file, not to a name of it: a symbolic link is followed to the file it
points at (``real_data_file``), and a file with more than one hard link is refused, since its
other names cannot be found from this one. Both got past the lock before, and SQLite then kept
a second WAL under the other name.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from filelock import FileLock, Timeout

from miljologg import fs, os_errors
from miljologg.core.i18n import _
from miljologg.db import leftovers
from miljologg.db.failures import DatabaseError

_PRIVATE_FILE = 0o600


class FileInUseError(DatabaseError):
    """Another miljologg window or command has the data file open for writing."""


class ManyNamesError(DatabaseError):
    """The data file has other names (hard links): no lock on one name can cover the others."""


def real_data_file(data_file: Path | str) -> Path:
    """The data file itself: symbolic links followed; ``ManyNamesError`` if it has hard links.

    A file that does not exist yet is fine (it will be made with one name).
    """
    real = Path(os.path.realpath(Path(data_file).expanduser()))
    try:
        info = os.stat(real)
    except OSError:
        return real  # missing (a new file) or unreadable: opening it says why
    if stat.S_ISREG(info.st_mode) and info.st_nlink > 1:
        raise ManyNamesError(
            _(
                "Datafilen {data_file} har {st_nlink} navn (harde lenker), så et annet "
                "miljologg-vindu kunne skrive i den samme loggen under et annet navn "
                "uten at noen av dem visste om det. Lag en kopi med ett navn (for "
                "eksempel med «cp») og åpne den, eller slett de andre navnene. Filen er "
                "ikke endret."
            ).format(data_file=data_file, st_nlink=info.st_nlink)
        )
    return real


def lock_path(data_file: Path) -> Path:
    """``logg.sqlite`` → ``logg.sqlite.lock`` beside it."""
    data_file = Path(data_file)
    return data_file.with_name(data_file.name + ".lock")


class WriterLock:
    """A held writer lock; ``release()`` (or leaving the ``with`` block) gives it up."""

    def __init__(self, data_file: Path, lock: FileLock) -> None:
        self.data_file = Path(data_file)
        self._lock = lock

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        """Idempotent: releasing twice (window closed, then app quit) is harmless."""
        if self._lock.is_locked:
            self._lock.release(force=True)

    def remove_file(self) -> None:
        """Delete the lock file while it is held (a command that made no data file leaves none).

        Only the holder may do this, and only before ``release()``: nobody else holds the lock
        then, and a process that opened the file just before it went sees, once it gets the
        lock, that the file has no name any more (filelock checks) and is told the file is busy.
        """
        if self._lock.is_locked:
            lock_path(self.data_file).unlink(missing_ok=True)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def acquire_writer_lock(data_file: Path) -> WriterLock:
    """Take the writer lock for ``data_file`` at once, or raise ``FileInUseError``.

    Never waits: a user who double-clicked twice should hear at once that the file is open.
    The lock is the real file's (``real_data_file``): a symbolic link leads to the same lock,
    and a file with hard links is refused with ``ManyNamesError``.
    """
    data_file = real_data_file(data_file)
    # thread_local=False: the GUI takes the lock on start-up and releases it from whichever
    # thread closes the window. Each call gets its own lock object (no singleton), so a
    # second acquire on the same file is refused even within one process (tests rely on it).
    lock = FileLock(lock_path(data_file), timeout=0, mode=_PRIVATE_FILE, thread_local=False)
    try:
        fs.private_folder(data_file.parent)  # filelock would make a missing folder 0755
        lock.acquire()
    except Timeout:
        raise FileInUseError(
            _(
                "Filen er allerede åpen i et annet miljologg-vindu ({name}). Lukk det "
                "andre vinduet (eller vent til kommandoen er ferdig) og prøv igjen."
            ).format(name=data_file.name)
        ) from None
    except OSError as exc:
        raise DatabaseError(
            _("Kunne ikke låse datafilen {data_file} for skriving: {value}.").format(
                data_file=data_file, value=os_errors.reason(exc)
            )
        ) from exc
    # Nobody else is restoring, backing up or creating this file now: what a killed run of
    # those left behind can go (db/leftovers.py).
    leftovers.clean(data_file)
    return WriterLock(data_file, lock)
