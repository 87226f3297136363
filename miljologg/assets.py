"""Where the shipped data lives: ``resources/`` and ``migrations/``.

In a wheel they are the packages ``miljologg.resources`` and ``miljologg.migrations``; in a source
checkout they are the top-level folders beside the package. Both are found the same way here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _package_dir(package: str, source_name: str) -> Path:
    local = _SOURCE_ROOT / source_name
    if (local / "__init__.py").is_file():
        return local
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"{package} not found")
    return Path(next(iter(spec.submodule_search_locations)))


def resources_dir() -> Path:
    """The folder holding programmes/, schemes/, fonts/, translations/ and icons/."""
    return _package_dir("miljologg.resources", "resources")


def migrations_dir() -> Path:
    """The Alembic script location."""
    return _package_dir("miljologg.migrations", "migrations")


def icon_path() -> Path:
    """The app icon's one source (SVG); the build renders the PNG, .ico and .icns from it."""
    return resources_dir() / "icons" / "miljologg.svg"
