"""Both PDFs carry every font they name (a reviewer's machine may have none of them), and the
dossier's footer names the app version that made it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

import miljologg
from miljologg.dossier import build_dossier
from miljologg.dossier.signsheet import write_sign_sheet
from miljologg.services.app import Services

from .conftest import pdf_pages


def _fonts(path: Path) -> dict[str, bool]:
    """Every font any page uses: base name -> embedded (has a FontFile, FontFile2 or 3)."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            embedded = any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def test_dossier_and_sign_sheet_embed_every_font(demo_services: Services, tmp_path: Path) -> None:
    dossier = build_dossier(demo_services, tmp_path / "d.pdf").path
    supervisor = demo_services.supervisors.list()[0]
    sheet = tmp_path / "ark.pdf"
    write_sign_sheet(demo_services, supervisor.id, sheet)
    for pdf in (dossier, sheet):
        fonts = _fonts(pdf)
        assert fonts, pdf
        assert all(fonts.values()), f"{pdf.name}: not embedded: {fonts}"
        assert all("DejaVuSans" in name for name in fonts), fonts  # one family, no stray font


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_agrees(demo_services: Services, tmp_path: Path) -> None:
    """The same, as poppler (a reader we did not write) sees it: the «emb» column says yes."""
    dossier = build_dossier(demo_services, tmp_path / "d.pdf").path
    lines = subprocess.run(
        ["pdffonts", str(dossier)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert line.split()[-5] == "yes", line  # name type encoding emb sub uni object ID


def test_footer_names_the_version(demo_services: Services, tmp_path: Path) -> None:
    pages = pdf_pages(build_dossier(demo_services, tmp_path / "d.pdf").path)
    marker = f"med miljologg {miljologg.version()}"
    assert all(marker in text for text in pages)
