"""The approval dossier: a PDF a union's approval committee can read and check.

``build_dossier`` and ``DossierInfo`` are loaded on first use: reportlab takes a fifth of a
second to import, and the app's start-up should not pay for a PDF nobody asked for yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from miljologg.dossier.build import DossierInfo, build_dossier

__all__ = ["DossierInfo", "build_dossier"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from miljologg.dossier import build

        return getattr(build, name)
    raise AttributeError(name)
