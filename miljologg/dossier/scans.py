"""Section 9, paper sign-off scans (filled in with step 3)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from miljologg.dossier.content import DossierContent
from miljologg.dossier.styles import Styles


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    return []


def append_pages(writer: Any, scans: Any, pages: int) -> int:
    return 0
