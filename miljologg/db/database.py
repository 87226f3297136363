"""Open a miljologg data file: judge it, back it up, upgrade it to head, hand out sessions.

The file holds teieplikt data and is the user's only copy, so opening it is careful:

- a file that is not SQLite, not ours, or from a newer miljologg is refused and left untouched;
- before an older file is upgraded it is copied aside with SQLite's backup API (a plain file copy
  of a WAL database can miss committed pages);
- the upgrade runs in one transaction, and a failed upgrade stops the app rather than continuing
  on a half-migrated file;
- new files and backups are created owner-only.

Its connections and pragmas are ``db/engine.py``; reading a file without changing it (its
revision, whether it is ours) is ``db/file_state.py``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from miljologg import fs, os_errors, testhooks
from miljologg.core.i18n import _
from miljologg.db.engine import make_engine, migration_connection, raw_connect
from miljologg.db.failures import DamagedFileError as DamagedFileError  # re-exported
from miljologg.db.failures import DatabaseError as DatabaseError  # re-exported
from miljologg.db.failures import cause
from miljologg.db.file_state import FileState, inspect_file
from miljologg.db.lock import real_data_file
from miljologg.db.revisions import alembic_config, script_directory, shipped_heads
from miljologg.fs import atomic_path
from miljologg.paths import backup_file

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

_PRIVATE_FILE = 0o600


@dataclass(frozen=True, eq=False)
class Database:
    """An open data file: its path, its engine and a session factory."""

    path: Path
    engine: Engine
    _sessions: sessionmaker[Session] = field(repr=False)

    def session(self) -> Session:
        """A new ORM session (use as ``with db.session() as s, s.begin():``)."""
        return self._sessions()

    def close(self) -> None:
        """Close pooled connections, so the WAL is checkpointed and the file can be moved."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# ---------------------------------------------------------------------------------------------
# Opening


def open_database(path: Path, *, create: bool = True, backup: bool = True) -> Database:
    """Open (or create) a data file and bring its schema to the newest revision.

    ``create=False`` refuses a missing file instead of making one, for commands that should
    only work on an existing log. ``backup=False`` skips the copy before an upgrade (tests).
    """
    path = real_data_file(path)  # the file itself: one lock, one WAL, whatever name it came by
    created = False
    if not path.exists():
        if not create:
            raise DatabaseError(_("Fant ingen datafil {path}.").format(path=path))
        _create_private_file(path)
        created = True
    elif not path.is_file():
        raise DatabaseError(_("{path} er ikke en fil.").format(path=path))

    state = inspect_file(path)
    if tuple(sorted(state.revisions)) != shipped_heads():
        _check_upgradable(path, state, script_directory())
        needs_backup = backup and not created and bool(state.other_tables)
        saved = _backup_before_upgrade(path, state) if needs_backup else None
        try:
            _upgrade(path, saved, created=created)
        except DatabaseError:
            if created:  # nothing of the user's in it; leave no half-made file behind
                remove_file_set(path)
            raise

    engine = make_engine(path, foreign_keys=True)
    return Database(
        path=path, engine=engine, _sessions=sessionmaker(engine, expire_on_commit=False)
    )


def _check_upgradable(path: Path, state: FileState, script: ScriptDirectory) -> None:
    """Refuse files we must not upgrade: someone else's, or from a newer miljologg."""
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = [rev for rev in state.revisions if rev not in known]
    if unknown:
        raise DatabaseError(
            _(
                "Datafilen {path} er laget av en nyere versjon av miljologg "
                "(skjemaversjon {value}). Oppdater miljologg for å åpne den. Filen er "
                "ikke endret."
            ).format(path=path, value=", ".join(unknown))
        )
    if not state.versioned and state.other_tables:
        raise DatabaseError(
            _(
                "{path} er en SQLite-database, men ikke en miljologg-datafil. Velg en "
                "annen fil; denne er ikke endret."
            ).format(path=path)
        )


def _backup_before_upgrade(path: Path, state: FileState) -> Path:
    from_rev = "+".join(sorted(state.revisions)) or "base"
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_file(path, f"before-{from_rev}-{stamp}")
    n = 1
    while target.exists():
        target = backup_file(path, f"before-{from_rev}-{stamp}-{n}")
        n += 1
    try:
        return backup_to(path, target)
    except DatabaseError as exc:
        raise DatabaseError(
            _(
                "Kunne ikke ta sikkerhetskopi før oppgradering av {path}, så filen er "
                "ikke oppgradert. {exc}"
            ).format(path=path, exc=exc)
        ) from exc


def _upgrade(path: Path, saved: Path | None, *, created: bool = False) -> None:
    """Upgrade to head in one transaction; any failure stops here with a DatabaseError.

    The message is Norwegian whatever failed: SQLite's and SQLAlchemy's text (with its SQL and
    a web address) and Python's exception names stay in the log, never in the user's line.
    """
    from alembic import command

    try:
        with migration_connection(path) as connection:
            command.upgrade(alembic_config(connection), "head")
        upgraded = inspect_file(path).revisions
        if tuple(sorted(upgraded)) != tuple(sorted(script_directory().get_heads())):
            raise RuntimeError(f"revisjon etter oppgradering: {upgraded}")
    except Exception as exc:
        log.info("upgrade of %s failed", path, exc_info=True)
        why = f". {exc}" if isinstance(exc, DatabaseError) else f": {_cause(exc, path)}."
        if created:  # a new file: nothing of the user's in it, only why it failed
            raise DatabaseError(
                _("Kunne ikke opprette datafilen {path}{why} Ingenting ble lagret.").format(
                    path=path, why=why
                )
            ) from exc
        where = (
            _(" En kopi av filen slik den var før oppgraderingen ligger i {saved}.").format(
                saved=saved
            )
            if saved
            else ""
        )
        raise DatabaseError(
            _(
                "Oppgraderingen av datafilen {path} feilet{why} miljologg åpner den ikke.{where}"
            ).format(path=path, why=why, where=where)
        ) from exc


def _cause(exc: BaseException, path: Path) -> str:
    """Why SQLite or the OS failed, as a Norwegian phrase (the details go to the log)."""
    found = cause(exc, path)
    if found is not None:
        return found
    if isinstance(exc, OSError):
        return os_errors.reason(exc)
    return _("uventet feil ({name})").format(name=type(exc).__name__)


# ---------------------------------------------------------------------------------------------
# Backups and private files


def backup_to(db_or_path: Database | Path, target: Path) -> Path:
    """Copy a data file to ``target`` with SQLite's backup API; returns ``target``.

    The copy is consistent even while the app writes (it includes pages still in the WAL), is
    written atomically (``miljologg.fs``: never a half file, no leftover), is owner-only, and
    is switched to a rollback journal so it is one self-contained file.
    """
    source = db_or_path.path if isinstance(db_or_path, Database) else Path(db_or_path)
    target = Path(target)
    if not source.is_file():
        raise DatabaseError(_("Fant ingen datafil {source}.").format(source=source))
    try:
        fs.private_folder(target.parent)
        with (
            atomic_path(target, database=True) as temporary,
            contextlib.closing(raw_connect(source)) as src,
            contextlib.closing(raw_connect(temporary)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            testhooks.pause("backup-copied")  # tests: killed before the copy has its name
    except OSError as exc:
        raise DatabaseError(
            _("Sikkerhetskopien til {target} feilet: {value}. Datafilen er ikke endret.").format(
                target=target, value=os_errors.reason(exc)
            )
        ) from exc
    except sqlite3.Error as exc:
        raise DatabaseError(
            _("Sikkerhetskopien til {target} feilet: {cause}. Datafilen er ikke endret.").format(
                target=target, cause=cause(exc, target)
            )
        ) from exc
    return target


def remove_file_set(path: Path) -> None:
    """Remove a data file with its -wal, -shm and -journal (only a file this run created)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        member = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            member.unlink()


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by the owner only, with any missing folders (0o700)."""
    try:
        fs.private_folder(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _PRIVATE_FILE)
        os.close(fd)
        with contextlib.suppress(NotImplementedError, OSError):
            os.chmod(path, _PRIVATE_FILE)  # only the read-only flag on Windows
    except OSError as exc:
        raise DatabaseError(os_errors.cannot("opprette", path, exc)) from exc
