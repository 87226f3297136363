"""The PDF itself: real creation date (or SOURCE_DATE_EPOCH), language, title and subject, the
student's declarations — checked with poppler's pdfinfo where it exists. (Fonts:
test_fonts_embedded.py.)"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from miljologg.core.programmes import bundled_schemes
from miljologg.dossier import build_dossier
from miljologg.services.app import Services

from ..conftest import TODAY
from .conftest import pdf_pages

needs_poppler = pytest.mark.skipif(
    shutil.which("pdfinfo") is None, reason="poppler-utils (pdfinfo) not installed"
)


def _poppler(tool: str, path: Path) -> str:
    return subprocess.run(
        [tool, str(path)], check=True, capture_output=True, text=True, timeout=60
    ).stdout


def _info(path: Path) -> dict[str, str]:
    pairs = (line.split(":", 1) for line in _poppler("pdfinfo", path).splitlines() if ":" in line)
    return {k.strip(): v.strip() for k, v in pairs}


@needs_poppler
def test_creation_date_title_subject_and_language(demo_services: Services, tmp_path: Path) -> None:
    path = build_dossier(demo_services, tmp_path / "d.pdf").path
    info = _info(path)
    # The services' clock (TODAY, in UTC here) — not reportlab's invariant 1 January 2000.
    assert str(TODAY.year) in info["CreationDate"] and "2000" not in info["CreationDate"]
    assert info["CreationDate"] == info["ModDate"]
    assert info["Title"] == "Dokumentasjon av veiledning – Ingrid Demo"
    assert "Klinisk miljøterapi og ambulant arbeid" in info["Subject"]
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "nb"
    assert reader.metadata is not None
    assert reader.metadata.creation_date is not None
    assert reader.metadata.creation_date.date() == TODAY.astimezone().date()


def test_source_date_epoch_gives_that_date_and_the_same_bytes(
    demo_services: Services, tmp_path: Path
) -> None:
    env = {"SOURCE_DATE_EPOCH": "1750000000"}  # 2025-06-15 15:06:40 UTC
    a = build_dossier(demo_services, tmp_path / "a.pdf", env=env).path
    b = build_dossier(demo_services, tmp_path / "b.pdf", env=env).path
    assert a.read_bytes() == b.read_bytes()
    meta = PdfReader(a).metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date.isoformat().startswith("2025-06-15T15:06:40")
    plain = build_dossier(demo_services, tmp_path / "c.pdf", env={}).path
    meta = PdfReader(plain).metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date.date() == TODAY.astimezone().date()


def test_the_student_declares_the_log_true_and_complete_beside_the_secrecy_declaration(
    demo_services: Services, tmp_path: Path
) -> None:
    pages = pdf_pages(build_dossier(demo_services, tmp_path / "d.pdf").path)
    page = next(p for p in pages if "Erklæringer" in p and "Taushetsplikt" in p)
    assert "Loggen er riktig og fullstendig" in page
    assert "Jeg, Ingrid Demo, erklærer at opplysningene i denne dokumentasjonen er riktige" in page
    assert "helsepersonelloven § 21" in page
    assert page.count("Underskrift (Ingrid Demo)") == 2
    assert "Erklæringer: loggen er riktig og fullstendig" in pages[0]


@pytest.mark.parametrize("scheme", [None, *sorted(bundled_schemes())])
def test_the_cover_with_what_the_check_cannot_vouch_for_fits_on_one_page(
    services: Services, tmp_path: Path, scheme: str | None
) -> None:
    pages = pdf_pages(build_dossier(services, tmp_path / "d.pdf", scheme_id=scheme).path)
    assert "verify-dossier" in pages[0] and "timer uten signatur" in pages[0]
    assert "oppmøtet" in pages[0] and "hvem som har en nøkkel" in pages[0]
    assert "det er studentens egne opplysninger." in pages[0]  # the note's last words
    assert "Sammendrag" in pages[1] and "opplysninger." not in pages[1].split("Sammendrag")[0]


def test_the_cli_passes_source_date_epoch_on(
    demo_services: Services, data_file: Path, tmp_path: Path
) -> None:
    import io

    from miljologg.cli import run

    out, err = io.StringIO(), io.StringIO()
    env = {"SOURCE_DATE_EPOCH": "1750000000"}
    target = tmp_path / "cli.pdf"
    args = ["--data", str(data_file), "dossier", "--out", str(target)]
    assert run(args, env=env, out=out, err=err) == 0, err.getvalue()
    meta = PdfReader(target).metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date.isoformat().startswith("2025-06-15T15:06:40")
