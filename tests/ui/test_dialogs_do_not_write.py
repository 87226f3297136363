"""Dialogs collect and validate; the caller persists (DESIGN.md).

Reads the source of every dialog class under ``miljologg/ui`` and fails when one of its methods
calls a writing service method (``services.<service>.add(...)`` and the like). The pages, and the
small functions beside a dialog that open it and say how its value is saved, do the writing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import miljologg.ui

UI = Path(miljologg.ui.__file__).parent
DIALOG_BASES = {"QDialog", "FormDialog"}
WRITES = {
    "add", "update", "save", "set", "set_many", "clear", "delete", "record", "record_sheet",
    "reopen", "sign_in_person", "sign_request", "repin", "import_response", "import_json",
    "link_make_up", "create_own_key", "write_request", "create", "restore",
}  # fmt: skip
#: A management window over the backup folder rather than a form: its buttons are the actions.
EXEMPT = {"BackupDialog"}


def _base_names(node: ast.ClassDef) -> set[str]:
    names = set()
    for base in node.bases:
        target = base.value if isinstance(base, ast.Subscript) else base
        if isinstance(target, ast.Name):
            names.add(target.id)
    return names


def _service_writes(cls: ast.ClassDef) -> list[str]:
    """Calls shaped ``<...>services.<name>.<write>(...)`` inside the class."""
    found = []
    for node in ast.walk(cls):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, owner = node.func.attr, node.func.value
        if method not in WRITES or not isinstance(owner, ast.Attribute):
            continue
        holder = owner.value
        name = holder.attr if isinstance(holder, ast.Attribute) else getattr(holder, "id", "")
        if name in ("services", "_services"):
            found.append(f"{cls.name}: {ast.unparse(node.func)} (line {node.lineno})")
    return found


def test_no_dialog_writes_through_a_service() -> None:
    dialogs, writes = [], []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and _base_names(node) & DIALOG_BASES:
                dialogs.append(node.name)
                if node.name not in EXEMPT:
                    writes += _service_writes(node)
    assert len(dialogs) >= 10  # the walk found the dialogs at all
    assert writes == []


def test_the_check_sees_a_writing_dialog() -> None:
    source = (
        "class D(FormDialog[int, int]):\n"
        "    def accept(self):\n"
        "        self._services.sessions.add(1)\n"
    )
    [cls] = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ClassDef)]
    assert _service_writes(cls) == ["D: self._services.sessions.add (line 3)"]
