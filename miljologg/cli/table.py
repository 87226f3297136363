"""The one way a command joins the command line: ``table.reader("group action", handler, help)``
or ``table.writer(…)``.

Each command says what it does to the data file — whether it writes (``writer``) and how it
uses the file (``data=``) — so the dispatcher, not the command, takes the one-writer lock, opens
or creates the log and cleans up after a failed creation. A command that forgot the lock could
write under an open window; here it cannot forget, and a test walks this table to prove it.

Kept light (no SQLAlchemy, no Qt): ``miljologg`` builds the parser to decide between the GUI and
the command line, and the GUI should not wait for the database layer to load first.
"""

from __future__ import annotations

import argparse
import enum
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from miljologg.services.app import Services


class DataUse(enum.Enum):
    """How a command uses the data file named by ``--data`` (or ``MILJOLOGG_DATA``)."""

    NONE = "none"  # no data file at all (programmes, verify-dossier)
    PATH = "path"  # the path only; the command reads it itself (backup: works on a damaged file)
    OPEN = "open"  # an existing log, opened and upgraded
    NEW = "new"  # a new log; an existing file is refused (init, demo)
    OPEN_OR_NEW = "open_or_new"  # an existing log or a new one (import: moving to a new computer)


#: A command's body: gets the call, returns the exit code (raises ``ValidationError`` for exit 2).
Handler = Callable[["Call"], int]


@dataclass(frozen=True)
class Command:
    """One leaf of the grammar, e.g. ``("signing", "sign")``."""

    path: tuple[str, ...]
    handler: Handler
    writes: bool
    data: DataUse

    @property
    def name(self) -> str:
        return " ".join(self.path)


@dataclass
class Call:
    """What a handler gets: its arguments, the caller's environment and streams, and the log.

    ``env`` is the mapping given to ``run`` — commands never read ``os.environ`` themselves, so a
    test (or a script embedding miljologg) decides what they see.
    """

    args: argparse.Namespace
    env: Mapping[str, str]
    out: TextIO
    err: TextIO
    data_file: Path | None = None
    #: Opens (or, for ``DataUse.NEW``, creates) the data file; set by the dispatcher.
    opener: Callable[[], Services] | None = None
    _services: Services | None = field(default=None, repr=False)

    @property
    def path(self) -> Path:
        """The data file; only commands with a ``DataUse`` other than ``NONE`` have one."""
        if self.data_file is None:
            raise RuntimeError("this command was registered without a data file")
        return self.data_file

    @property
    def services(self) -> Services:
        """The open log; for ``DataUse.NEW`` the first use creates the file (validate first)."""
        if self._services is None:
            if self.opener is None:
                raise RuntimeError("this command was registered without a log to open")
            self._services = self.opener()
        return self._services

    @property
    def opened(self) -> Services | None:
        """The log if it has been opened, without opening it."""
        return self._services


class CommandTable:
    """Builds the subcommands of one ``argparse`` parser and remembers every command's flags."""

    # ``Any``: the subparsers make the root's own parser class (the Norwegian one), which this
    # light module does not import.
    def __init__(self, root: argparse._SubParsersAction[Any]) -> None:
        self._root = root
        self._groups: dict[str, argparse._SubParsersAction[Any]] = {}
        self._commands: dict[tuple[str, ...], Command] = {}

    def group(self, name: str, help: str) -> None:
        """Declare ``name`` as a group whose commands are ``name <action>`` (an action required)."""
        if name in self._groups or name in self._root.choices:
            raise ValueError(f"command {name!r} is declared twice")
        parser = self._root.add_parser(name, help=help)
        self._groups[name] = parser.add_subparsers(dest="action", required=True)

    def reader(
        self, name: str, handler: Handler, help: str, *, data: DataUse = DataUse.OPEN
    ) -> argparse.ArgumentParser:
        """Add a command that never changes the data file; returns its parser."""
        return self._add(name, handler, help, writes=False, data=data)

    def writer(
        self, name: str, handler: Handler, help: str, *, data: DataUse = DataUse.OPEN
    ) -> argparse.ArgumentParser:
        """Add a command that changes the data file (the dispatcher holds the writer lock while
        it runs); returns its parser."""
        return self._add(name, handler, help, writes=True, data=data)

    def _add(
        self, name: str, handler: Handler, help: str, *, writes: bool, data: DataUse
    ) -> argparse.ArgumentParser:
        """Add ``"status"`` or ``"signing sign"`` (its group declared first).

        There is no default for writing: every command is added as a ``reader`` or a
        ``writer``, so each says whether it changes the data file.
        """
        path = tuple(name.split())
        parser: argparse.ArgumentParser
        if len(path) == 1:
            if path[0] in self._root.choices:
                raise ValueError(f"command {name!r} is declared twice")
            parser = self._root.add_parser(path[0], help=help)
        elif len(path) == 2 and path[0] in self._groups:
            actions = self._groups[path[0]]
            if path[1] in actions.choices:
                raise ValueError(f"command {name!r} is declared twice")
            parser = actions.add_parser(path[1], help=help)
        else:
            raise ValueError(f"command {name!r}: declare its group with table.group() first")
        if data is DataUse.NONE and writes:
            raise ValueError(f"command {name!r} writes, so it needs a data file")
        command = Command(path, handler, writes, data)
        self._commands[path] = command
        parser.set_defaults(command_spec=command)
        return parser

    def finish(self) -> None:
        """Name each group's actions in its usage (``{add,list}``), also in «mangler» errors."""
        for actions in self._groups.values():
            actions.metavar = "{" + ",".join(actions.choices) + "}"

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands.values())

    def __getitem__(self, name: str) -> Command:
        return self._commands[tuple(name.split())]
