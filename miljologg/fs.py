"""The one atomic file write: a file appears whole or not at all, private to its owner.

Every file miljologg writes for the user (dossier, sign sheet, exports, signing requests and
responses, backups) carries names, topics or reflections, and a half-written one is worse than
none: a crash, a full disk or an error while rendering must leave the previous file (or no
file) and no leftovers. So the content goes to a uniquely named temporary file in the target's
folder (the same file system, so the rename is atomic), created 0600, flushed to disk with
fsync, then renamed over the target with ``os.replace``; on any failure the temporary file is
removed and the target is untouched. The folder is synced after the rename where the platform
allows it, so the new name survives a power cut too.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield an empty private temporary file beside ``target`` for a writer that wants a path
    (reportlab, pypdf, SQLite); on a normal exit it is synced and renamed onto ``target``.

    Any exception inside the block (or while syncing and renaming) removes the temporary file
    and leaves ``target`` as it was; the exception propagates.
    """
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        _fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _fsync_dir(target.parent)


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
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temporary = Path(name)
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
