"""Running the command line inside a test, and reading back what a file holds: one copy for
the many test modules that did it by hand."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from miljologg.cli import run


def cli(*args: str) -> tuple[int, str, str]:
    """``miljologg ARGS`` in this process with an empty environment: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def dump(path: Path) -> list[str]:
    """Everything stored in the file, to show that a refusal wrote nothing."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()
