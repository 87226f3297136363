"""Alembic configured in code, and the schema revisions this miljologg ships.

The scripts come from the package's ``migrations/`` folder (no ini file). The shipped
revisions and heads are read from the migration files themselves, without importing Alembic:
opening a file that is already at head happens on every start, and importing Alembic for that
comparison alone cost about half a second.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from miljologg.assets import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config without an ini file: scripts from the package, our connection.

    env.py uses ``config.attributes["connection"]`` when it is set, so migrations run inside the
    caller's transaction and never open the file a second time.
    """
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates "%", which may occur in a user's path.
    config.set_main_option("script_location", str(migrations_dir()).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    """The shipped migrations as Alembic sees them (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


@functools.cache
def _shipped_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(revisions, revisions that are some migration's parent), from the shipped files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations_dir() / "versions").glob("*.py"):
        for key, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            names = _QUOTED.findall(value)  # a merge revision names a tuple of parents
            (revisions if key == "revision" else parents).update(names)
    return frozenset(revisions), frozenset(parents)


def shipped_revisions() -> frozenset[str]:
    """Every schema revision this miljologg ships, read without importing Alembic."""
    return _shipped_graph()[0]


def shipped_heads() -> tuple[str, ...]:
    """The head revision(s) of the shipped migrations, read from their files without Alembic.

    Opening a file that is already at head is what happens on every start; importing Alembic
    for that comparison alone cost about half a second. A test checks this against Alembic.
    """
    revisions, parents = _shipped_graph()
    return tuple(sorted(revisions - parents))


def head_revision() -> str:
    """The newest schema revision this miljologg knows."""
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("no migrations shipped")
    return head
