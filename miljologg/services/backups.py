"""Backups of the data file: made with SQLite's online backup API, checked, rotated, restorable.

Backups sit in ``paths.backups_dir(data_file)`` (the ``backups`` folder beside the file) as
``<name>-<UTC stamp>[-n]-<reason>.sqlite``, owner-only (0600), where ``<name>`` is the data
file's full name. The name carries everything a listing needs, so there is no index file that
could disagree with the folder. The backups made by ``open_database`` before a schema upgrade
(``<name>-before-<rev>-<stamp>.sqlite``) are listed too, with the reason ``pre-migration``.
Which backups are this file's — by name and by the log's id inside — is decided in
``services/backup_files.py``: another log's backup is never listed, restored or deleted.

Rotation (run after every new backup; only backups provably this file's are touched):

- ``daily`` (made at start, at most once a day): the newest per calendar day for the newest
  14 days that have one, plus the newest of each of the newest 12 calendar months;
- every other reason (``manual``, ``pre-import``, ``pre-restore``, ``pre-migration``): the
  newest ``KEEP_OTHER`` (10) of that reason;
- the newest backup of all is never deleted.

Every backup is checked with ``PRAGMA integrity_check`` right after it is written; a copy of a
damaged file is deleted at once, so it can never rotate a good backup out.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from miljologg import testhooks
from miljologg.core.i18n import _
from miljologg.core.privacy import redact
from miljologg.db.database import (
    DatabaseError,
    backup_to,
    open_database,
)
from miljologg.db.failures import cause
from miljologg.paths import backups_dir
from miljologg.services import backup_files
from miljologg.services.anchor_sources import head_of_file
from miljologg.services.anchors import record_restore_in
from miljologg.services.backup_files import STAMP as _STAMP
from miljologg.services.backup_files import file_problem as file_problem  # re-exported
from miljologg.services.backup_files import is_newer_schema as is_newer_schema  # re-exported
from miljologg.services.context import utc_now

REASONS = ("daily", "manual", "pre-import", "pre-restore", "pre-migration")
KEEP_DAILY = 14
KEEP_MONTHLY = 12
KEEP_OTHER = 10


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``id`` is what ``backup restore ID`` takes; ``created_at`` is UTC."""

    id: str
    path: Path
    created_at: dt.datetime
    reason: str
    size: int
    seq: int = 0  # orders backups made within the same second
    mtime_ns: int = field(default=0, compare=False, repr=False)
    #: Rotation may delete it: provably this data file's, by the log's id (backup_files).
    rotatable: bool = field(default=True, compare=False, repr=False)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup used, the copy of the state before, a damaged file kept."""

    restored: BackupInfo
    before: BackupInfo | None
    damaged_aside: Path | None


# ---------------------------------------------------------------------------------------------
# Checking files


# ---------------------------------------------------------------------------------------------
# The service


class BackupService:
    """Backups of one data file. Works on the path, so it also serves a file that won't open."""

    def __init__(
        self,
        data_file: Path,
        now: Callable[[], dt.datetime] = utc_now,
        *,
        keep_daily: int = KEEP_DAILY,
        keep_monthly: int = KEEP_MONTHLY,
        keep_other: int = KEEP_OTHER,
    ) -> None:
        self.data_file = Path(data_file)
        self.folder = backups_dir(self.data_file)
        self._now = now
        self.keep_daily = keep_daily
        self.keep_monthly = keep_monthly
        self.keep_other = keep_other

    # -- reading -----------------------------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        """This file's backups, newest first (never another log's, whatever its name)."""
        return [info for info, owner in self._all() if owner.listed]

    def _all(self) -> builtins.list[tuple[BackupInfo, backup_files.Owner]]:
        """Every backup named for this file, with whose it is (``backup_files.owner``)."""
        found = backup_files.candidates(self.data_file)
        if not found:
            return []
        mine = backup_files.identity(self.data_file)
        others: builtins.list[backup_files.Identity] = []
        if any(parsed.legacy for _path, parsed in found):
            others = [backup_files.identity(p) for p in backup_files.siblings(self.data_file)]
        out = []
        for path, parsed in found:
            owner = backup_files.owner(path, parsed.legacy, mine, others)
            info = _info(path, parsed, owner.rotatable)
            if info is not None:
                out.append((info, owner))
        out.sort(key=lambda pair: (pair[0].created_at, pair[0].seq, pair[0].mtime_ns), reverse=True)
        return out

    def get(self, backup_id: str) -> BackupInfo:
        for info, owner in self._all():
            if info.id != backup_id:
                continue
            if not owner.listed:
                raise DatabaseError(
                    _(
                        "Sikkerhetskopien {id} er av en annen logg enn {name} og kan ikke "
                        "gjenopprettes her. Ingenting er endret."
                    ).format(id=info.id, name=self.data_file.name)
                )
            return info
        raise DatabaseError(
            _(
                "Fant ingen sikkerhetskopi med id «{id}». Se «miljologg backup "
                "list» for de som finnes."
            ).format(id=redact(backup_id))
        )

    # -- writing -----------------------------------------------------------------------------
    def create(self, reason: str = "manual") -> BackupInfo:
        """Back up the data file now (consistent even while the app writes), then rotate."""
        if reason not in REASONS or reason == "pre-migration":
            raise ValueError(f"unknown backup reason {reason!r}")
        when = self._now().astimezone(dt.UTC).replace(microsecond=0)
        stamp = when.strftime(_STAMP)
        # Backups within one second are numbered, so their order never depends on file times.
        same_second = [b.seq for b in self.list() if b.created_at == when]
        n = max(same_second) + 1 if same_second else 0
        backup_id = f"{stamp}-{n}-{reason}" if n else f"{stamp}-{reason}"
        target = backup_files.backup_file(self.data_file, backup_id)
        backup_to(self.data_file, target)
        problem = file_problem(target)
        if problem is not None:
            with contextlib.suppress(OSError):
                target.unlink()
            raise DatabaseError(
                _("Sikkerhetskopien av {name} ble ikke laget: datafilen er {problem}.").format(
                    name=self.data_file.name, problem=problem
                )
            )
        _private(target)
        parsed = backup_files.parse(backup_id, legacy=False)
        info = None if parsed is None else _info(target, parsed)
        assert info is not None
        self.rotate(protect=info)
        return info

    def ensure_daily(self) -> BackupInfo | None:
        """The start-up backup: made unless one was made today (local date); None if skipped.

        A new, still empty file has nothing to keep and is skipped too.
        """
        if not self.data_file.is_file() or self.data_file.stat().st_size == 0:
            return None
        today = self._now().astimezone().date()
        for info in self.list():
            if info.reason == "daily" and info.created_at.astimezone().date() == today:
                return None
        return self.create("daily")

    def rotate(self, protect: BackupInfo | None = None) -> builtins.list[Path]:
        """Delete backups the rule in the module docstring does not keep; returns them."""
        backups = self.list()  # newest first
        keep = set(self._kept(backups))
        if backups:
            keep.add(backups[0].path)
        if protect is not None:
            keep.add(protect.path)
        removed = []
        for info in backups:
            if info.path not in keep and info.rotatable:
                with contextlib.suppress(OSError):
                    info.path.unlink()
                    removed.append(info.path)
        return removed

    def _kept(self, backups: builtins.list[BackupInfo]) -> Iterable[Path]:
        daily = [b for b in backups if b.reason == "daily"]
        days: dict[dt.date, Path] = {}
        months: dict[tuple[int, int], Path] = {}
        for info in daily:  # newest first, so the first seen per day/month is the newest
            local = info.created_at.astimezone()
            if len(days) < self.keep_daily or local.date() in days:
                days.setdefault(local.date(), info.path)
            if len(months) < self.keep_monthly or (local.year, local.month) in months:
                months.setdefault((local.year, local.month), info.path)
        yield from days.values()
        yield from months.values()
        for reason in REASONS:
            if reason != "daily":
                yield from [b.path for b in backups if b.reason == reason][: self.keep_other]

    # -- restoring ---------------------------------------------------------------------------
    def restore(self, backup_id: str) -> RestoreResult:
        """Put a backup's content into the data file, keeping what was there.

        The backup is checked (integrity, a miljologg file, not from a newer version) and
        upgraded to the current schema in a temporary copy first. A healthy data file is then
        backed up (``pre-restore``) and overwritten in place with SQLite's backup API, in one
        transaction, so an open window sees the restored log on its next read. A damaged data
        file cannot take the backup API; it is renamed aside (``<name>.damaged-<stamp>``, with
        its -wal/-shm) and the checked copy is moved into its place.
        """
        info = self.get(backup_id)
        problem = file_problem(info.path)
        if problem is not None and is_newer_schema(info.path):
            raise DatabaseError(
                _(
                    "Sikkerhetskopien {id} er laget av en nyere versjon av miljologg og kan "
                    "ikke gjenopprettes med denne. Oppdater miljologg først. Ingenting er "
                    "endret."
                ).format(id=info.id)
            )
        if problem is not None:
            raise DatabaseError(
                _(
                    "Sikkerhetskopien {id} er {problem} og kan ikke gjenopprettes. "
                    "Ingenting er endret."
                ).format(id=info.id, problem=problem)
            )
        staged = self._staged_copy(info)
        testhooks.pause("restore-staged")  # tests: killed with the checked copy beside the file
        try:
            # The log keeps its own id, also when the backup is older than the id (rev. 0008)
            # and its upgrade just made a new one: the file's other backups stay its own.
            file_id = self._file_id()
            if file_id is not None:
                backup_files.set_file_id(staged, file_id)
            whole = self.data_file.is_file() and file_problem(self.data_file) is None
            replaced = head_of_file(self.data_file) if whole else None
            record_restore_in(staged, self._now(), replaced, info.id)  # (services/anchors.py)
            if whole:
                before = self.create("pre-restore")
                _copy_into(staged, self.data_file)
                return RestoreResult(info, before, None)
            aside = self._move_aside() if self.data_file.exists() else None
            os.replace(staged, self.data_file)
            _private(self.data_file)
            return RestoreResult(info, None, aside)
        finally:
            with contextlib.suppress(OSError):
                staged.unlink()

    def _file_id(self) -> str | None:
        """The log's id: the data file's, or (a damaged file) its newest backup's that has one."""
        found = backup_files.identity(self.data_file).file_id
        if found is None:
            for info in self.list():
                found = backup_files.identity(info.path).file_id
                if found is not None:
                    break
        return found

    def _staged_copy(self, info: BackupInfo) -> Path:
        """A private copy of the backup beside the data file, upgraded to this version's schema."""
        staged = self.data_file.with_name(f".{self.data_file.name}.restore-{uuid.uuid4().hex}")
        try:
            backup_to(info.path, staged)
            open_database(staged, create=False, backup=False).close()
            staged_problem = file_problem(staged)
            if staged_problem is not None:
                raise DatabaseError(
                    _("Kopien av sikkerhetskopien er {staged_problem}.").format(
                        staged_problem=staged_problem
                    )
                )
            with contextlib.closing(sqlite3.connect(staged)) as con:
                con.execute("PRAGMA journal_mode=DELETE")
        except BaseException:
            for leftover in _file_set(staged):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        return staged

    def _move_aside(self) -> Path:
        stamp = self._now().astimezone(dt.UTC).strftime(_STAMP)
        aside = self.data_file.with_name(f"{self.data_file.name}.damaged-{stamp}")
        n = 1
        while aside.exists():
            aside = self.data_file.with_name(f"{self.data_file.name}.damaged-{stamp}-{n}")
            n += 1
        for member, suffix in zip(_file_set(self.data_file), ("", "-wal", "-shm"), strict=True):
            if member.exists():
                os.replace(member, aside.with_name(aside.name + suffix))
        return aside


def _info(path: Path, parsed: backup_files.Parsed, rotatable: bool = True) -> BackupInfo | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return BackupInfo(
        parsed.id,
        path,
        parsed.created_at,
        parsed.reason,
        stat.st_size,
        parsed.seq,
        stat.st_mtime_ns,
        rotatable,
    )


def newest_good_backup(data_file: Path) -> BackupInfo | None:
    """The newest backup that passes ``integrity_check`` and is a miljologg file we can open."""
    for info in BackupService(data_file).list():
        if file_problem(info.path) is None:
            return info
    return None


# ---------------------------------------------------------------------------------------------
# Helpers


def _copy_into(source: Path, live: Path) -> None:
    """Replace the content of ``live`` with ``source``'s through the backup API, atomically.

    The copy runs on a connection to the live file, inside SQLite's own locking, so other
    connections (the open window's) never see a half-restored file and see the new content on
    their next transaction.
    """
    try:
        with (
            contextlib.closing(sqlite3.connect(source, timeout=5)) as src,
            contextlib.closing(sqlite3.connect(live, timeout=5)) as dst,
        ):
            dst.execute("PRAGMA busy_timeout=5000")
            src.backup(dst)
            rows = dst.execute("PRAGMA integrity_check").fetchall()
            if [tuple(r) for r in rows] != [("ok",)]:
                raise DatabaseError(
                    _("integritetskontroll etter gjenoppretting: {result}").format(
                        result=rows[0][0]
                    )
                )
    except sqlite3.Error as exc:
        raise DatabaseError(
            _("Gjenopprettingen til {live} feilet ({cause}). Datafilen er uendret.").format(
                live=live, cause=cause(exc, live)
            )
        ) from exc


def _file_set(path: Path) -> tuple[Path, Path, Path]:
    return (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def _private(path: Path) -> None:
    with contextlib.suppress(NotImplementedError, OSError):
        os.chmod(path, 0o600)
