"""The core stays pure: importing any of it loads neither Qt nor SQLAlchemy.

The CLI, the dossier and the tests lean on `miljologg.core`; if a core module pulled in PySide6
or SQLAlchemy, the layering would quietly collapse and the CLI would start paying Qt's import
cost. A fresh interpreter is used because this test process may already have loaded both.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import miljologg

FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy")
PACKAGE_ROOT = Path(miljologg.__file__).resolve().parent
CORE = PACKAGE_ROOT / "core"

SCRIPT = """
import importlib, json, sys
names = json.loads(sys.argv[1])
for name in names:
    importlib.import_module(name)
print(json.dumps(sorted(sys.modules)))
"""


def core_modules() -> list[str]:
    """Every module under miljologg/core, found by globbing the folder so new files are covered."""
    names = []
    for path in sorted(CORE.rglob("*.py")):
        parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_core_imports_neither_qt_nor_sqlalchemy() -> None:
    names = core_modules()
    assert {"miljologg.core", "miljologg.core.privacy", "miljologg.core.units"} <= set(names)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(names)],
        cwd=PACKAGE_ROOT.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    leaked = sorted(m for m in loaded if m.split(".")[0] in FORBIDDEN)
    assert leaked == [], f"miljologg.core loaded {leaked[:10]}"
