"""Run one command: resolve the data file, take the writer lock, open or create the log.

Exit codes: 0 success, 1 a check failed (``audit verify``), 2 bad input (one Norwegian line on
stderr, nothing written).

What a command does to the file is declared where it is registered (``writes``, ``data``); this
module is the only place that acts on it, so every writing command is refused under an open
window, and a new file is made, filled and — after a failure — removed while this process holds
the lock: two commands racing to create one file cannot delete each other's work.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from miljologg import fs, os_errors, version
from miljologg.cli.common import CliError, one_line
from miljologg.cli.parser import UsageError, build_parser, choose_language
from miljologg.cli.table import Call, Command, DataUse
from miljologg.core.i18n import _, set_language
from miljologg.core.privacy import redact
from miljologg.core.units import format_size
from miljologg.db import leftovers
from miljologg.db.database import DatabaseError, open_database, remove_file_set
from miljologg.db.failures import DamagedFileError, explain
from miljologg.db.lock import acquire_writer_lock
from miljologg.paths import resolve_data_file
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError


def run(
    argv: Sequence[str] | None = None,
    env: Mapping[str, str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Parse ``argv`` and run one command; returns the exit code.

    ``env`` is the environment the command sees (``MILJOLOGG_DATA``); ``os.environ`` only when
    none is given. Commands get it through their ``Call`` and never read ``os.environ``.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    env = os.environ if env is None else env
    argv = sys.argv[1:] if argv is None else list(argv)
    set_language(choose_language(argv, env))
    parser, _table = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        return _refuse(err, str(exc))
    if args.version:
        print(f"miljologg {version()}", file=out)
        return 0
    command: Command | None = getattr(args, "command_spec", None)
    if command is None:  # the GUI's business (``miljologg`` alone); here there is nothing to do
        return _refuse(err, _("Ingen kommando gitt (se «miljologg --help»)."))
    call = Call(args=args, env=env, out=out, err=err)
    try:
        return _execute(command, call)
    except (ValidationError, CliError, DatabaseError) as exc:
        return _refuse(err, str(exc), exc)
    except BrokenPipeError:  # the reader of our output went away (``| head``): __main__'s job
        raise
    except fs.WriteError as exc:  # the target is untouched and no temporary file is left
        return _refuse(
            err, os_errors.cannot("skrive", None, exc) + " " + _("Ingenting ble skrevet.")
        )
    except OSError as exc:
        return _refuse(err, os_errors.cannot("bruke", None, exc))
    except fs.TooLargeError as exc:
        return _refuse(
            err,
            _("{path} er større enn {limit_text}.").format(
                path=exc.path, limit_text=format_size(exc.limit)
            ),
        )
    except Exception as exc:
        # SQLite failed mid-command: the file, the disk, the rights
        explained = explain(exc, call.data_file)
        if explained is None:
            raise
        return _refuse(err, str(explained), explained)


def _refuse(err: TextIO, message: str, exc: Exception | None = None) -> int:
    """One line on stderr, exit 2; never a value the privacy guard would refuse to store.

    Messages may quote what the user typed (a choice, a name); if that was an identity number,
    it must not travel on to a terminal log or a bug report.
    """
    message = redact(message)  # argparse's «ugyldig valg '…'» and any other quoting message
    hint = ""
    if isinstance(exc, DamagedFileError):
        hint = _(" Se «miljologg backup list» og «miljologg backup restore ID».")
    print(f"miljologg: {one_line(message)}{hint}", file=err)
    return 2


def _execute(command: Command, call: Call) -> int:
    if command.data is DataUse.NONE:
        return command.handler(call)
    # The file itself, not a symbolic link to it: one lock, one WAL, one backups folder.
    path = Path(os.path.realpath(resolve_data_file(call.args.data, call.env)))
    call.data_file = path
    if command.data is DataUse.PATH:
        with _lock_if(command.writes, path):
            return command.handler(call)
    if command.data is DataUse.OPEN:
        if not path.exists():
            raise CliError(
                _("Fant ingen datafil {path}. Opprett den med «miljologg init».").format(path=path)
            )
        call.opener = lambda: Services(open_database(path, create=False))
        with _lock_if(command.writes, path):
            return command.handler(call)
    # Refused before a lock file is made; a marked leftover of a killed run goes under the lock.
    if command.data is DataUse.NEW and path.exists() and not leftovers.marker_path(path).exists():
        raise CliError(
            _("{path} finnes allerede; «{name}» lager bare en ny datafil.").format(
                path=path, name=command.name
            )
        )
    return _execute_creating(command, call, path)


def _execute_creating(command: Command, call: Call, path: Path) -> int:
    """``init``, ``demo``, ``import``: whether the file is new is decided under the lock."""
    with _writer_lock(path):
        created = not path.exists()
        if not created and command.data is DataUse.NEW:
            raise CliError(
                _("{path} finnes allerede; «{name}» lager bare en ny datafil.").format(
                    path=path, name=command.name
                )
            )
        call.opener = lambda: Services(open_database(path, create=created))
        if created:  # a killed run leaves a marked empty log, removed on the next open
            leftovers.mark_creating(path)
        try:
            return command.handler(call)
        except BaseException:
            if created:  # made for this command and not filled: leave nothing behind
                opened = call.opened
                if opened is not None:
                    opened.db.close()
                remove_file_set(path)
            raise
        finally:
            if created:
                leftovers.done_creating(path)


@contextmanager
def _lock_if(writes: bool, path: Path) -> Iterator[None]:
    if not writes:
        yield
        return
    with _writer_lock(path):
        yield


@contextmanager
def _writer_lock(path: Path) -> Iterator[None]:
    """Hold the one-writer lock; a lock file beside no data file is removed while still held.

    Removing it before releasing (never after) means no other process can be holding it at that
    moment; filelock re-checks after locking that the file it locked still has a name.
    """
    lock = acquire_writer_lock(path)
    try:
        yield
    finally:
        try:
            if not path.exists():
                lock.remove_file()
        finally:
            lock.release()
