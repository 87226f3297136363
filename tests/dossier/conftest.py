"""Dossier fixtures: a demo log written through the services, and PDF text per page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from miljologg.services.app import Services

#: Norsk psykologforening's scheme: one hour is 45 minutes.
PSY = "psykologforeningen-spesialist"


@pytest.fixture
def demo_services(empty_services: Services) -> Services:
    from miljologg.demo import write_demo

    write_demo(empty_services, signatures=False)  # the tests sign what they need
    return empty_services


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, whitespace collapsed so line breaks inside cells do not matter."""
    from pypdf import PdfReader

    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]
