"""Where the user's data file and its backups live.

Only functions: nothing is computed or created at import time, so tests and the CLI can point
the app anywhere (``--data`` or ``MILJOLOGG_DATA``) without touching the real user folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "miljologg"
DATA_FILE_NAME = "miljologg.sqlite"
#: The environment variable naming the data file when ``--data`` is not given.
DATA_ENV_VAR = "MILJOLOGG_DATA"


def default_data_file() -> Path:
    """The per-user data file, in the OS's usual place (no vendor folder on Windows)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DATA_FILE_NAME


def resolve_data_file(cli_value: str | None, env: Mapping[str, str]) -> Path:
    """``--data`` beats ``MILJOLOGG_DATA`` beats the default; ``~`` is expanded in both.

    ``env`` is passed in rather than read from ``os.environ`` so callers and tests decide.
    An empty value counts as not given, as a blank environment variable usually means "unset".
    """
    for value in (cli_value, env.get(DATA_ENV_VAR)):
        if value:
            return Path(value).expanduser()
    return default_data_file()


def backups_dir(data_file: Path) -> Path:
    """Backups sit beside the data file, so they move (and are protected) with it."""
    return data_file.parent / "backups"


def backup_file(data_file: Path, rest: str) -> Path:
    """``backups/<data file's full name>-<rest>.sqlite``: how every new backup is named.

    The full name, not the stem: ``logg.sqlite`` and ``logg.db`` in one folder must not share
    backups (``services/backup_files.py`` reads the old stem names too).
    """
    return backups_dir(data_file) / f"{data_file.name}-{rest}.sqlite"
