"""miljologg: a private, offline log of clinical supervision, attendance and assignments."""

from __future__ import annotations

import functools
from pathlib import Path

DIST_NAME = "miljologg"


@functools.cache
def version() -> str:
    """The app's version: the one in ``pyproject.toml``, never a second copy in the code.

    Installed (a wheel, or the frozen app, which carries the distribution's metadata) it is read
    with ``importlib.metadata``. In a source checkout the ``pyproject.toml`` beside the package is
    read instead, because the metadata there may belong to an older installed copy. Shown by
    ``--version``, Hjelp → Om, the dossier's footer and the exports. Loaded lazily: start-up does
    not pay for ``importlib.metadata``.
    """
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == DIST_NAME and isinstance(project.get("version"), str):
            return str(project["version"])
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(DIST_NAME)
    except PackageNotFoundError:
        return "0+ukjent"  # neither installed nor a checkout: say so rather than guess


def __getattr__(name: str) -> str:
    """``miljologg.__version__`` for tools that look for it; the same value as ``version()``."""
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
