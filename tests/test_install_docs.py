"""What the README tells people who install, checked against the files that do the work."""

from __future__ import annotations

import importlib
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from miljologg.ui.shell.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parent.parent
#: Tools .ci/run installs for itself, not for Qt.
CI_TOOLS = {"poppler-utils", "openssl", "xvfb", "xauth", "desktop-file-utils", "appstream"}


def _apt_packages(text: str) -> set[str]:
    """The package names of the first apt-get install command in ``text``."""
    match = re.search(r"apt-get install((?:[^\n]*\\\n)*[^\n]*)", text)
    assert match, "no apt-get install line"
    words = match.group(1).replace("\\\n", " ").split()
    return {w for w in words if not w.startswith("-") and re.fullmatch(r"[a-z0-9.+-]+", w)}


def test_readme_lists_every_qt_library_ci_installs() -> None:
    readme = _apt_packages((ROOT / "README.md").read_text(encoding="utf-8"))
    ci = _apt_packages((ROOT / ".ci" / "run").read_text(encoding="utf-8")) - CI_TOOLS
    assert "libxcb-cursor0" in ci and "libegl1" in ci  # the parse found the real list
    assert readme == ci


def test_desktop_entry_metainfo_and_bundle_agree() -> None:
    desktop = (ROOT / "packaging" / "linux" / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    assert f"\nIcon={DESKTOP_ID}\n" in desktop
    assert "\nExec=miljologg " in desktop
    metainfo = ET.parse(ROOT / "packaging" / "linux" / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == DESKTOP_ID
    assert metainfo.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    spec = (ROOT / "packaging" / "miljologg.spec").read_text(encoding="utf-8")
    assert f'BUNDLE_ID = "{DESKTOP_ID}"' in spec


def test_the_build_extra_has_the_release_tools_and_the_plain_install_does_not() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {
        re.split(r"[<>=;\[ ]", d)[0].lower() for d in project["optional-dependencies"]["build"]
    }
    assert {"pyinstaller", "build", "twine", "pillow", "tzdata"} <= names
    plain = {re.split(r"[<>=;\[ ]", d)[0].lower() for d in project["dependencies"]}
    assert not plain & {"pyinstaller", "build", "twine"}


def test_the_frozen_build_is_told_every_module_a_migration_imports(tmp_path: Path) -> None:
    """Alembic loads the migration scripts from disk, so PyInstaller never sees their imports;
    the spec takes them from the scripts (a hand list once left out ``db.audit_migration``
    and the frozen app could open no old file)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from migration_imports import migration_imports
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    found = migration_imports(ROOT)
    assert "miljologg.db.audit_migration" in found
    assert "miljologg.db.models" in found
    for name in found:
        importlib.import_module(name)
    spec = (ROOT / "packaging" / "miljologg.spec").read_text(encoding="utf-8")
    assert "hiddenimports = migration_imports(ROOT)" in spec

    (tmp_path / "migrations" / "versions").mkdir(parents=True)
    (tmp_path / "migrations" / "versions" / "0099_new.py").write_text(
        "import os\nfrom miljologg.core import rules\nimport sqlalchemy.orm as orm\n"
        "from . import sibling\n",
        encoding="utf-8",
    )
    (tmp_path / "miljologg" / "core").mkdir(parents=True)
    (tmp_path / "miljologg" / "core" / "rules.py").write_text("", encoding="utf-8")
    assert migration_imports(tmp_path) == [
        "miljologg.core",
        "miljologg.core.rules",
        "sqlalchemy.orm",
    ]
