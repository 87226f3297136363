"""One version, from pyproject.toml: ``--version``, the exports and the installed-copy path."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import version as dist_version
from pathlib import Path

import miljologg
from miljologg.core.programmes import bundled_programmes
from miljologg.services.app import Services

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_version_is_pyprojects() -> None:
    assert miljologg.version() == PYPROJECT["version"]
    assert miljologg.__version__ == PYPROJECT["version"]


def test_cli_prints_the_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "miljologg", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"miljologg {PYPROJECT['version']}\n"


def test_an_installed_copy_reads_the_distributions_metadata(tmp_path: Path) -> None:
    """Outside a checkout (no pyproject.toml beside the package) the metadata is read."""
    package = tmp_path / "miljologg"
    package.mkdir()
    shutil.copy(ROOT / "miljologg" / "__init__.py", package / "__init__.py")
    code = "import miljologg, sys; sys.stdout.write(miljologg.__file__ + ' ' + miljologg.version())"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    where, found = done.stdout.split(" ")
    assert Path(where).parent == package
    assert found == dist_version("miljologg")


def test_exports_name_the_version(services: Services, tmp_path: Path) -> None:
    services.transfer.export_json(tmp_path / "logg.json")
    data = json.loads((tmp_path / "logg.json").read_text(encoding="utf-8"))
    assert data["app_version"] == PYPROJECT["version"]
    services.exports.gatherings_ics(bundled_programmes()["rbup-kmaa-2024"], tmp_path / "s.ics")
    text = (tmp_path / "s.ics").read_text(encoding="utf-8")
    assert f"PRODID:-//miljologg//miljologg {PYPROJECT['version']} samlinger//NO" in text
