"""What the CLI prints about bad input stays one line, and a terminal obeys none of it.

Before: ``supervisor add --profession $'Psy\\nkolog'`` printed «Ukjent profesjon «Psy», a line
break and «kolog» …» — two lines where the README promises one — and an escape character in an
argument (``\\x1b]0;…``, ``\\x1b[31m``) went to the terminal raw, as a command to it.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.cli.common import one_line

RBUP = "rbup-kmaa-2024"


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data), *args], env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def student(tmp_path: Path) -> Path:
    path = tmp_path / "logg.sqlite"
    assert cli(path, "init", "--name", "Test Student", "--programme", RBUP)[0] == 0
    return path


HOSTILE = ["Psy\nkolog", "Psy\r\nkolog", "x\x1b]0;eid\x07", "\x1b[2J", "a\u2028b", "a\u202eb"]


def _one_inert_line(code: int, err: str) -> None:
    assert code == 2, err
    assert err.startswith("miljologg: ") and err.endswith("\n"), err
    line = err[:-1]
    assert "\n" not in line and "\r" not in line and "\x1b" not in line, repr(err)
    assert "\u2028" not in line and "\u202e" not in line, repr(err)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_quoted_profession(student: Path, text: str) -> None:
    code, _out, err = cli(student, "supervisor", "add", "--name", "Per", "--profession", text)
    _one_inert_line(code, err)
    assert "Ukjent profesjon" in err


@pytest.mark.parametrize("text", HOSTILE)
def test_a_quoted_choice_and_an_unknown_argument(student: Path, text: str) -> None:
    code, _out, err = cli(student, "session", "add", "--date", "2025-03-03", "--minutes", "60",
                          "--form", text)  # fmt: skip
    _one_inert_line(code, err)
    code, _out, err = cli(student, "session", "list", "--bare", text)
    _one_inert_line(code, err)


def test_escapes_are_shown_not_obeyed_and_the_rest_is_kept() -> None:
    assert one_line("Psy\nkolog") == "Psy\\nkolog"
    assert one_line("\x1b[31mrød") == "\\x1b[31mrød"
    assert one_line("a\u202eb\u2028c") == "a\\u202eb\\u2028c"
    assert (
        one_line("Tema: «Relasjon» – Ærlig, øving, åpen") == "Tema: «Relasjon» – Ærlig, øving, åpen"
    )


def test_a_file_where_a_folder_belongs_is_named_so(student: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "en-fil"
    blocker.write_text("x")
    for args in (("export", "csv"), ("dossier",)):
        code, _out, err = cli(student, *args, "--out", str(blocker / "ut.fil"))
        _one_inert_line(code, err)
        assert f"{blocker} er ikke en mappe" in err
