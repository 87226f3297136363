"""docs/ARCHITECTURE.md says what the code is, or this fails.

A page that names modules drifts the first time one is renamed. So: every path it names must
exist; every name written after a path in «One session …» must be defined (or imported) in that
module; and the import table must be the import graph: each package imports, from the rest of
``miljologg``, only what its row allows, and a package with no row imports nothing of it. The
graph is the one the import-cycle test reads (function-level imports count).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import miljologg
from tests.test_import_cycles import import_graph

PACKAGE_ROOT = Path(miljologg.__file__).resolve().parent
ROOT = PACKAGE_ROOT.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
TOKEN = re.compile(r"`([^`]+)`")
PATH = re.compile(r"^[\w/]+(?:\.py|/)$")
NAME = re.compile(r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?$")


def _text() -> str:
    return DOC.read_text(encoding="utf-8")


def _section(text: str, title: str) -> str:
    start = text.index(f"## {title}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


def _file(path: str) -> Path:
    return ROOT / path if path.startswith(("tests/", "docs/")) else PACKAGE_ROOT / path


def _bound(module: Path) -> dict[str, set[str]]:
    """Top-level names of a module (defined, assigned or imported) → for a class, its members."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            members: set[str] = set()
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    members.add(item.name)
                    members.update(  # attributes set on self (a service on ``Services``)
                        t.attr
                        for n in ast.walk(item)
                        if isinstance(n, ast.Assign | ast.AnnAssign)
                        for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                        if isinstance(t, ast.Attribute)
                        and isinstance(t.value, ast.Name)
                        and t.value.id == "self"
                    )
                elif isinstance(item, ast.Assign):
                    members.update(t.id for t in item.targets if isinstance(t, ast.Name))
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    members.add(item.target.id)
            names[node.name] = members
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names[node.name] = set()
        elif isinstance(node, ast.Assign):
            names.update({t.id: set() for t in node.targets if isinstance(t, ast.Name)})
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] = set()
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names.update({(a.asname or a.name).split(".")[0]: set() for a in node.names})
    return names


def _defined(module: Path, name: str) -> bool:
    bound = _bound(module)
    owner, _, member = name.partition(".")
    return owner in bound and (not member or member in bound[owner])


def test_every_path_on_the_page_exists() -> None:
    paths = [t for t in TOKEN.findall(_text()) if PATH.match(t)]
    assert len(paths) > 40  # the page names its rooms; an empty page passes nothing
    missing = sorted({p for p in paths if not _file(p).exists()})
    assert missing == [], f"ARCHITECTURE.md names what does not exist: {missing}"


def test_each_name_on_the_session_path_is_in_the_module_before_it() -> None:
    steps = _section(_text(), "One session")
    current: str | None = None
    checked: list[str] = []
    wrong: list[str] = []
    for token in TOKEN.findall(steps):
        if PATH.match(token):
            current = token if token.endswith(".py") else None
        elif NAME.match(token) and current is not None:
            checked.append(token)
            if not _defined(_file(current), token):
                wrong.append(f"{current}: {token}")
    assert len(checked) > 25
    assert wrong == [], f"ARCHITECTURE.md names what its module does not define: {wrong}"


def _allowed() -> dict[str, list[str]]:
    """The import table: package or top-level module → the paths it may import."""
    rows: dict[str, list[str]] = {}
    for line in _section(_text(), "Layers").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            rows[TOKEN.findall(cells[0])[0]] = TOKEN.findall(cells[2])
    return rows


def _home(module: str) -> str:
    """``miljologg.ui.shell.app`` → ``ui/``; ``miljologg.fs`` → ``fs.py``."""
    parts = module.split(".")[1:]
    if not parts:
        return "__init__.py"
    return f"{parts[0]}/" if (PACKAGE_ROOT / parts[0]).is_dir() else f"{parts[0]}.py"


def _as_path(module: str) -> str:
    """``miljologg.db.lock`` → ``db/lock.py``; ``miljologg.db`` → ``db/__init__.py``."""
    relative = "/".join(module.split(".")[1:])
    return f"{relative}/__init__.py" if (PACKAGE_ROOT / relative).is_dir() else f"{relative}.py"


def _permitted(target: str, allowed: list[str]) -> bool:
    path = _as_path(target)
    return any(path == a or (a.endswith("/") and path.startswith(a)) for a in allowed)


def test_the_import_table_is_the_import_graph() -> None:
    table = _allowed()
    assert {"core/", "db/", "services/", "dossier/", "ui/", "cli/"} <= set(table)
    breaches: list[str] = []
    used: set[tuple[str, str]] = set()
    for module, targets in import_graph(PACKAGE_ROOT).items():
        home = _home(module)
        for target in targets:
            if _home(target) == home:
                continue
            allowed = table.get(home, [])
            if not _permitted(target, allowed):
                breaches.append(f"{module} -> {target}")
            used.update((home, a) for a in allowed if _permitted(target, [a]))
    assert breaches == [], f"imports the table does not allow: {breaches}"
    unused = sorted(f"{home} may import {a}" for home, row in table.items() for a in row)
    unused = [u for u in unused if tuple(u.split(" may import ")) not in used]
    assert unused == [], f"the table allows what nothing imports (say less): {unused}"


@pytest.mark.parametrize(
    ("target", "allowed", "expected"),
    [
        ("miljologg.db.models", ["db/lock.py", "db/peek.py"], False),
        ("miljologg.db.lock", ["db/lock.py"], True),
        ("miljologg.db", ["db/__init__.py"], True),
        ("miljologg.services.sessions", ["services/"], True),
        ("miljologg.services.sessions", ["services/errors.py"], False),
    ],
)
def test_the_table_reads_packages_and_modules_apart(
    target: str, allowed: list[str], expected: bool
) -> None:
    assert _permitted(target, allowed) is expected
