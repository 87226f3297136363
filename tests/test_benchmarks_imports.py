"""The benchmarks import the app's names inside their functions (so each measures its own
start-up), which no test runs: bench_gui.py kept importing ``uncounted_by_session`` for weeks
after the sessions page lost it, and failed only when someone ran it. Every ``from miljologg…
import name`` in benchmarks/ must name something that exists."""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).resolve().parents[1] / "benchmarks").glob("*.py"))


def _imports(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("miljologg")
        for alias in node.names
    ]


def test_there_are_benchmarks_to_check() -> None:
    assert len(BENCHMARKS) >= 4
    assert all(_imports(path) for path in BENCHMARKS)


@pytest.mark.parametrize("path", BENCHMARKS, ids=lambda p: p.name)
def test_every_name_a_benchmark_imports_exists(path: Path) -> None:
    missing = [
        f"{module}.{name}"
        for module, name in _imports(path)
        if not hasattr(importlib.import_module(module), name)
        and importlib.util.find_spec(f"{module}.{name}") is None
    ]
    assert not missing, f"{path.name} imports what the app no longer has: {missing}"
