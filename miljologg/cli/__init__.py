"""The command line: scripting, tests, and students without a screen.

``parser`` builds the Norwegian grammar from one module per command group (``profile``,
``profile_edit``, ``supervisor``, ``session``, ``attendance``, ``status``, ``dossier``,
``audit``, ``demo``, ``transfer``, ``key``, ``signing``, ``paper``, ``backup``), each
registering its commands in a
``table`` with what they do to the data file; ``dispatch.run`` runs one, taking the one-writer
lock for every command that writes.

Importing this package (or ``parser``) loads no database layer: ``miljologg`` with no command
starts the GUI, which paints its window before SQLAlchemy is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from miljologg.cli.dispatch import run


def __getattr__(name: str) -> object:
    """``run`` (``miljologg.cli.dispatch.run``), loaded on first use (PEP 562).

    The dispatcher imports the services and SQLAlchemy; the GUI imports this package to build
    the parser and must not wait for them.
    """
    if name == "run":
        from miljologg.cli.dispatch import run

        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["run"]
