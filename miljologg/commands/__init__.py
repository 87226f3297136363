"""CLI commands contributed by feature modules.

Each module here has ``register(sub)`` that adds its subparsers to the ``miljologg`` parser and
sets ``run=<handler>`` (and ``needs_data=False`` for commands that open no data file) through
``set_defaults``. A handler is ``(services | None, args, out, err) -> exit code``; it raises
``ValidationError`` for bad input (exit 2). Adding a feature means one module and one line in
``REGISTRARS`` — no edits to the central parser.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from miljologg.commands import backup, dossier_verify, paper, signing, transfer

Registrar = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]

REGISTRARS: list[Registrar] = [
    transfer.register,
    signing.register,
    paper.register,  # adds «sheet» and «paper» to «signing»
    backup.register,
    dossier_verify.register,
]
