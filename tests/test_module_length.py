"""No module in ``miljologg/`` over 400 lines (issue 13 §4, DESIGN.md practice 4).

A module has one job; past 400 lines it has usually grown a second one, and a newcomer can no
longer read it in one sitting (Dangerzone's 1,779-line ``main_window.py`` is what this keeps
away). Lines are counted as ``wc -l`` counts them: newline bytes, so a last line without one
does not count and a blank line does. The failure names every module over the limit, not only
the first, so one run says all that must be split.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import miljologg

PACKAGE_ROOT = Path(miljologg.__file__).resolve().parent
LIMIT = 400


def line_count(path: Path) -> int:
    """What ``wc -l`` prints for ``path``: the number of newline bytes."""
    return path.read_bytes().count(b"\n")


def too_long(root: Path, limit: int = LIMIT) -> dict[str, int]:
    """Every module under ``root`` with more than ``limit`` lines -> its line count."""
    counts = {path: line_count(path) for path in sorted(root.rglob("*.py"))}
    return {path.relative_to(root.parent).as_posix(): n for path, n in counts.items() if n > limit}


def test_no_module_is_over_400_lines() -> None:
    found = too_long(PACKAGE_ROOT)
    listed = "\n".join(f"  {name}: {n} lines" for name, n in found.items())
    assert not found, f"modules over {LIMIT} lines (split each by its job):\n{listed}"


def test_the_count_is_wc_l_and_every_long_module_is_named(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    files = {
        "pkg/exact.py": "x = 1\n" * LIMIT,  # 400: allowed
        "pkg/over.py": "x = 1\n" * LIMIT + "y = 2",  # 400 by wc -l: the last line has no \n
        "pkg/sub/long.py": "\n" * (LIMIT + 1),  # blank lines count
        "pkg/sub/longer.py": "# æøå\r\n" * (LIMIT + 50),  # CRLF: one line each
    }
    for name, text in files.items():
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    assert too_long(package) == {"pkg/sub/long.py": LIMIT + 1, "pkg/sub/longer.py": LIMIT + 50}
    for name in files:
        assert line_count(tmp_path / name) == _wc_l(tmp_path / name), name


def _wc_l(path: Path) -> int:
    """The count of the tool itself, where it is installed."""
    try:
        done = subprocess.run(["wc", "-l"], input=path.read_bytes(), capture_output=True)
    except FileNotFoundError:
        pytest.skip("no wc on this system")
    return int(done.stdout.split()[0])
