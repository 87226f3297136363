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

from collections.abc import Mapping, Sequence
from typing import TextIO


def run(
    argv: Sequence[str] | None = None,
    env: Mapping[str, str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one command (see ``miljologg.cli.dispatch.run``); returns the exit code."""
    from miljologg.cli.dispatch import run as dispatch_run

    return dispatch_run(argv, env, out, err)
