"""The modules Alembic's migration scripts import, read from the scripts themselves.

PyInstaller follows imports from the entry point only; ``migrations/`` ships as data and Alembic
loads ``env.py`` and ``versions/*.py`` from disk at run time, so whatever they import must be
named to the build as a hidden import. Listing them by hand broke the frozen app once
(``0004_profession_codes`` imported ``miljologg.db.audit_migration``, which the build had left
out, and every old file failed to open). Reading the scripts' own ``import`` statements keeps
the list true for every migration added later. No PyInstaller import here: the test suite uses
this module without the build tools installed.
"""

from __future__ import annotations

import ast
from pathlib import Path

#: Top-level packages whose modules the build must be told about; the standard library and the
#: migration scripts' ``__future__`` imports are found by PyInstaller on its own.
PACKAGES = ("miljologg", "alembic", "sqlalchemy")


def migration_imports(root: Path) -> list[str]:
    """Every module under PACKAGES that a script in ``root/migrations`` imports, sorted."""
    found: set[str] = set()
    for script in sorted((root / "migrations").rglob("*.py")):
        tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # ``from miljologg.core import rules`` may name a module, not only a function.
                names = [node.module] + [
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if _is_module(root, f"{node.module}.{alias.name}")
                ]
            else:
                continue
            found.update(n for n in names if n.split(".")[0] in PACKAGES)
    return sorted(found)


def _is_module(root: Path, dotted: str) -> bool:
    """Whether ``dotted`` is a module or package of this checkout (``root``)."""
    path = root.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()
