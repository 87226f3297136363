"""The grammar itself: Norwegian argparse messages from its gettext catalogue, --version, and
what starts the GUI (nothing but GUI options) versus what is an error (an unknown option)."""

from __future__ import annotations

import argparse
import ast
import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import miljologg
from miljologg.cli.parser import wants_gui
from tests.cli_helpers import cli

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
#: argparse's own messages in both written standards (English is argparse's own language).
CATALOGUES = [LOCALE / lang / "LC_MESSAGES" for lang in ("nb", "nn")]


def _argparse_msgids() -> tuple[set[str], set[tuple[str, str]]]:
    """Every message the running interpreter's argparse passes through ``_`` or ``ngettext``."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    singles: set[str] = {"subcommands"}  # argparse's default title goes through _() by name
    plurals: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        texts = [t for t in texts if isinstance(t, str)]
        if node.func.id == "_" and texts:
            singles.add(texts[0])
        elif node.func.id == "ngettext":
            plurals.add((texts[0], texts[1]))
    return singles, plurals


@pytest.mark.parametrize("folder", CATALOGUES, ids=["nb", "nn"])
def test_every_argparse_message_of_this_python_has_a_norwegian_entry(folder: Path) -> None:
    with (folder / "argparse.mo").open("rb") as f:
        catalogue = gettext.GNUTranslations(f)
    singles, plurals = _argparse_msgids()
    assert len(singles) > 30 and len(plurals) >= 2  # the walk found argparse's messages
    missing = sorted(m for m in singles if catalogue.gettext(m) == m)
    missing += sorted(
        one
        for one, many in plurals
        if catalogue.ngettext(one, many, 1) == one or catalogue.ngettext(one, many, 2) == many
    )
    assert missing == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt not installed")
@pytest.mark.parametrize("folder", CATALOGUES, ids=["nb", "nn"])
def test_the_shipped_mo_is_the_po_compiled_by_msgfmt(tmp_path: Path, folder: Path) -> None:
    compiled = tmp_path / "argparse.mo"
    subprocess.run(
        ["msgfmt", "--check", "-o", str(compiled), str(folder / "argparse.po")], check=True
    )
    with compiled.open("rb") as fresh, (folder / "argparse.mo").open("rb") as shipped:
        assert gettext.GNUTranslations(fresh)._catalog == gettext.GNUTranslations(shipped)._catalog


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["session"], "disse argumentene mangler: {add,list}"),
        (["session", "add", "--date", "2025-01-01"],
         "disse argumentene mangler: --minutes, --form"),
        (["status", "--bogus"], "ukjente argumenter: --bogus"),
        (["--bogus"], "ukjente argumenter: --bogus"),
        (["statsu"], "KOMMANDO: ugyldig valg 'statsu' (velg 'programmes', 'init',"),
        (["session", "add", "--minutes", "ti"],
         "--minutes: ugyldig verdi 'ti' (skal være et heltall)"),
        (["session", "add", "--form", "alone"], "--form: ugyldig valg 'alone' (velg 'individual'"),
        (["attendance", "set", "--date", "x", "--present", "--absent"],
         "--absent: kan ikke brukes sammen med --present"),
        (["attendance", "set", "--date", "x"],
         "ett av argumentene --present --absent --minutes må oppgis"),
        (["status", "--scheme"], "--scheme: trenger en verdi"),
        (["status", "--json=ja"], "--json: tar ingen verdi (fikk 'ja')"),
    ],
)  # fmt: skip
def test_usage_errors_are_one_norwegian_line(argv: list[str], line: str) -> None:
    code, out, err = cli(*argv)
    assert code == 2 and out == ""
    assert err.startswith("miljologg: ") and err.count("\n") == 1
    assert line in err
    for english in ("argument ", "required", "invalid", "expected", "usage", "error", "choose"):
        assert english not in err


def test_version_prints_the_apps_version() -> None:
    assert cli("--version") == (0, f"miljologg {miljologg.version()}\n", "")


def _entry_point(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "miljologg", *args],
        capture_output=True,
        text=True,
        timeout=60,  # a GUI started by mistake would wait here for a click
        cwd=ROOT,
        env=env,
    )


def test_entry_point_version_and_unknown_option() -> None:
    done = _entry_point("--version")
    assert done.returncode == 0 and done.stdout.startswith("miljologg ") and done.stderr == ""
    assert done.stdout.split() == ["miljologg", done.stdout.split()[1]]
    done = _entry_point("--bogus")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "miljologg: ukjente argumenter: --bogus\n"


def test_what_starts_the_gui() -> None:
    assert wants_gui([]) and wants_gui(["--data", "logg.sqlite"])
    for argv in (["--bogus"], ["--version"], ["status"], ["--data", "x", "programmes"], ["statsu"]):
        assert not wants_gui(argv), argv


def test_the_parser_loads_no_database_layer_and_no_qt() -> None:
    code = (
        "import sys; from miljologg.cli.parser import build_parser, wants_gui; build_parser();"
        "wants_gui([]); bad = [m for m in sys.modules if m.split('.')[0] in "
        "{'sqlalchemy', 'alembic', 'PySide6', 'reportlab'}]; print(bad)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.stdout.strip() == "[]", done.stderr
