"""No import cycle anywhere in ``miljologg/``, counting imports inside functions.

A function-level import hides a cycle from Python until the function runs, and then it works
or not depending on which module was loaded first; it also hides the layering (ui -> dossier ->
services -> core/db) from a reader. So every import counts, wherever it is written, and so does
a module named in a string constant (``importlib.import_module`` of a page table). Only imports
under ``if TYPE_CHECKING:`` are exempt: they never run. The graph is read with ``ast`` from the
source, so nothing is imported; the same analysis as /work/shared/tools/import_cycles.py.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import miljologg

PACKAGE_ROOT = Path(miljologg.__file__).resolve().parent


def module_files(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package at ``root``."""
    mods: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = path
    return mods


def _is_type_checking(test: ast.expr) -> bool:
    """``TYPE_CHECKING`` or ``typing.TYPE_CHECKING`` (not ``not TYPE_CHECKING``)."""
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _runtime_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """Every node that can run: the bodies of ``if TYPE_CHECKING:`` are left out (their
    ``else`` is kept)."""
    yield node
    if isinstance(node, ast.If) and _is_type_checking(node.test):
        children: list[ast.AST] = [node.test, *node.orelse]
    else:
        children = list(ast.iter_child_nodes(node))
    for child in children:
        yield from _runtime_nodes(child)


def _targets(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """The dotted names an import statement (or a module-named string) may load."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            anchor = module.split(".") if is_package else module.split(".")[:-1]
            anchor = anchor[: len(anchor) - (node.level - 1)]
            base = ".".join(anchor + ([base] if base else []))
        return [f"{base}.{alias.name}" for alias in node.names] + [base]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return []


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports at run time."""
    mods = module_files(root)
    package = root.name

    def resolve(name: str) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    edges: dict[str, set[str]] = {m: set() for m in mods}
    for module, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        for node in _runtime_nodes(tree):
            is_string = isinstance(node, ast.Constant)
            for target in _targets(node, module, is_package):
                if target.split(".")[0] != package or (is_string and target not in mods):
                    continue
                found = resolve(target)
                # A module's own parent packages are loaded before it anyway.
                if found and found not in (module, package) and not module.startswith(found + "."):
                    edges[module].add(found)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected set of two or more modules, sorted."""

    def reach(start: str) -> set[str]:
        seen, todo = {start}, [start]
        while todo:
            for nxt in edges[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    reachable = {m: reach(m) for m in edges}
    found: list[list[str]] = []
    done: set[str] = set()
    for module in sorted(edges):
        if module in done:
            continue
        component = sorted(m for m in reachable[module] if module in reachable[m])
        done.update(component)
        if len(component) > 1:
            found.append(component)
    return found


def test_no_import_cycle_in_miljologg() -> None:
    found = cycles(import_graph(PACKAGE_ROOT))
    assert not found, "Import cycles: " + "; ".join(" <-> ".join(c) for c in found)


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_a_cycle_through_a_function_level_import_is_found(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "a.py": "from pkg import b\n",
            "b.py": "def later():\n    from pkg.sub import c\n",
            "sub/__init__.py": "",
            "sub/c.py": "def f():\n    if True:\n        from .. import a\n",
        },
    )
    assert cycles(import_graph(root)) == [["pkg.a", "pkg.b", "pkg.sub.c"]]


def test_type_checking_imports_are_exempt_but_their_else_is_not(tmp_path: Path) -> None:
    exempt = _package(
        tmp_path / "one",
        {
            "a.py": "import pkg.b\n",
            "b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n",
        },
    )
    assert cycles(import_graph(exempt)) == []
    counted = _package(
        tmp_path / "two",
        {
            "a.py": "import pkg.b\n",
            "b.py": "import typing\nif typing.TYPE_CHECKING:\n    pass\nelse:\n    import pkg.a\n",
        },
    )
    assert cycles(import_graph(counted)) == [["pkg.a", "pkg.b"]]


def test_a_module_named_in_a_string_counts(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "window.py": 'PAGES = {"home": ("pkg.page", "Page")}\n',
            "page.py": "from pkg.window import PAGES\n",
        },
    )
    assert cycles(import_graph(root)) == [["pkg.page", "pkg.window"]]
