"""`signing paper`: a scan is a real PDF, PNG or JPEG by its content (never by its name), read
with a limit; and recording warns about sessions not on the supervisor's sign sheet as they are."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from pathlib import Path

import pytest
from PIL import Image

from miljologg.core.model import Form
from miljologg.dossier.signsheet import write_sign_sheet
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput

from .test_signsheet import scan_pdf
from .test_verify_dossier import cli


def _image(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(buffer, kind)
    return buffer.getvalue()


def _session(services: Services, day: int, who: str = "Kari Nordmann") -> str:
    sup = services.supervisors.find(who)
    data = SessionInput(dt.date(2025, 3, day), 90, Form.INDIVIDUAL, sup.id, topic=f"Tema {day}")
    return services.sessions.add(data).id


PNG, JPEG = _image("PNG"), _image("JPEG")
BAD = {
    "text": (b"Dette er ikke et skann\n", "PDF-, PNG- eller JPEG"),
    "pdf-header-then-garbage": (b"%PDF-1.4\n garbage garbage", "skadet"),
    "pdf-without-pages": (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF",
        "skadet",
    ),
    "truncated-pdf": (scan_pdf()[:300], "skadet"),
    "png-header-then-garbage": (b"\x89PNG\r\n\x1a\n" + b"x" * 200, "skadet"),
    "truncated-png": (PNG[: len(PNG) // 2], "skadet"),
    "jpeg-header-then-garbage": (b"\xff\xd8\xff" + b"x" * 200, "skadet"),
    "truncated-jpeg": (JPEG[: len(JPEG) // 2], "skadet"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_what_is_not_a_real_pdf_png_or_jpeg_is_refused_whatever_its_name(
    services: Services, tmp_path: Path, case: str
) -> None:
    data, message = BAD[case]
    a = _session(services, 3)
    for name in ("ark.pdf", "ark.png", "ark.jpg"):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ValidationError) as exc:
            services.paper.record([a], path)
        assert message in exc.value.message
    assert services.paper.scans() == []
    assert services.signing.sign_offs()[a].state == "unsigned"


@pytest.mark.parametrize(
    ("data", "kind"),
    [(PNG, "image/png"), (JPEG, "image/jpeg"), (scan_pdf(), "application/pdf")],
    ids=["png", "jpeg", "pdf"],
)
def test_the_kind_comes_from_the_content_not_the_name(
    services: Services, tmp_path: Path, data: bytes, kind: str
) -> None:
    path = tmp_path / "skann.txt"  # a misleading name changes nothing
    path.write_bytes(data)
    scan = services.paper.record([_session(services, 3)], path)
    assert scan.media_type == kind and services.paper.scans()[0].media_type == kind


def test_an_endless_file_is_refused_without_reading_it_all(services: Services) -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(ValidationError, match="ikke en vanlig fil"):
        services.paper.record([_session(services, 3)], zero)


@pytest.mark.parametrize("side", [12_000, 20_000])  # past Pillow's warning, past its error
def test_an_image_of_too_many_pixels_is_refused_before_it_is_decoded(
    services: Services, tmp_path: Path, side: int
) -> None:
    """A few kB of PNG that decodes to 144-400 million pixels: before, 620 MB were used to check
    it and Pillow's English DecompressionBombWarning went to stderr. Refused from its header."""
    path = tmp_path / "ark.png"
    Image.new("1", (side, side)).save(path, "PNG")
    a = _session(services, 3)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning from Pillow fails the test
        with pytest.raises(ValidationError, match="for stort.*50 millioner bildepunkter"):
            services.paper.record([a], path)
    assert services.signing.sign_offs()[a].state == "unsigned"


def test_the_cli_refuses_a_fake_scan_with_one_line_exit_2(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    a = _session(services, 3)
    fake = tmp_path / "ark.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 200)
    code, out, err = cli("--data", str(data_file), "signing", "paper", "--sessions", a,
                         "--scan", str(fake))  # fmt: skip
    assert (code, out) == (2, "") and len(err.strip().splitlines()) == 1 and "skadet" in err
    assert "EOF" not in err and "Error" not in err


def test_recording_warns_about_sessions_not_on_the_supervisors_sheet(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    on_sheet, changed = _session(services, 3), _session(services, 4)
    kari = services.supervisors.find("Kari Nordmann")
    write_sign_sheet(services, kari.id, tmp_path / "ark.pdf")  # lists both, as they are now
    later = _session(services, 5)  # added after the sheet was printed
    services.sessions.update(
        changed, SessionInput(dt.date(2025, 3, 4), 60, Form.INDIVIDUAL, kari.id, topic="Tema 4")
    )
    scan = services.paper.record([on_sheet], scan_pdf())
    assert scan.warnings == ()  # on the sheet, unchanged: nothing to say
    scan = services.paper.record([changed, later], scan_pdf())
    assert len(scan.warnings) == 2
    assert "04.03.2025, 60 min er endret etter at signeringsarket ble laget" in scan.warnings[0]
    assert (
        "05.03.2025, 90 min sto ikke på noe signeringsark for Kari Nordmann" in (scan.warnings[1])
    )
    # Recorded all the same: the student holds a signed sheet; the warning says what to check.
    assert services.signing.sign_offs()[later].state == "signed"
    assert services.signing.verify().ok and services.status.verify_audit().ok

    per_session = _session(services, 6, "Per Lund")
    path = tmp_path / "per.pdf"
    path.write_bytes(scan_pdf())
    code, out, err = cli("--data", str(data_file), "signing", "paper", "--sessions",
                         per_session, "--scan", str(path))  # fmt: skip
    assert code == 0 and "Registrert som signert på papir: 1 møte" in out
    assert "Advarsel: Det er ikke laget noe signeringsark for Per Lund" in err
