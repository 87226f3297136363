"""Paper sign-off: the sign sheet, recording a scan, the dossier appending it, verify-dossier."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from miljologg.core import signing as crypto
from miljologg.core.model import SessionStatus
from miljologg.db.database import open_database
from miljologg.demo import write_demo
from miljologg.dossier import build_dossier
from miljologg.dossier.proof import TOTALS_NAME
from miljologg.dossier.signsheet import write_sign_sheet
from miljologg.dossier.verify import verify_dossier
from miljologg.services import paper
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput

from .conftest import pdf_pages
from .test_verify_dossier import cli


def scan_pdf(text: str = "SKANNET SIGNERINGSARK", pages: int = 1) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1)
    for n in range(pages):
        canvas.setFont("Helvetica", 20)
        canvas.drawString(72, 720, f"{text} {n + 1}")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def rotated_scan_pdf(text: str = "LIGGENDE SKANN") -> bytes:
    """A page stored landscape with /Rotate 90, as scanners write it: upright only when the
    rotation is applied."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(842, 595), invariant=1)
    canvas.setFont("Helvetica", 20)
    canvas.translate(421, 297)
    canvas.rotate(90)
    canvas.drawString(-150, 0, text)
    canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    writer.pages[0].rotate(90)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scan_png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (620, 877), (240, 240, 235)).save(buf, format="PNG")
    return buf.getvalue()


def held(services: Services, name: str) -> list[str]:
    sup = services.supervisors.find(name)
    return [
        s.id
        for s in sorted(services.sessions.list(), key=lambda s: s.date)
        if s.supervisor_id == sup.id and s.status is SessionStatus.HELD
    ]


def test_the_sheet_lists_unsigned_sessions_with_fingerprints(
    demo_services: Services, tmp_path: Path
) -> None:
    kari = demo_services.supervisors.find("Kari Nordmann")
    sheet = demo_services.paper.sheet(kari.id)
    assert len(sheet.rows) == len(held(demo_services, "Kari Nordmann"))
    info = write_sign_sheet(demo_services, kari.id, tmp_path / "ark.pdf")
    assert info.sessions == len(sheet.rows) and info.pages >= 1
    pages = pdf_pages(info.path)
    text = " ".join(pages)
    assert "Signeringsark for veiledning" in text and "Kari Nordmann" in text
    assert "Veileders underskrift" in pages[-1]
    assert f"Side 1 av {info.pages}" in pages[0]
    for row in sheet.rows:
        assert row.digest in text and row.session_id[:8] in text
    # The fingerprint is the first 8 hex of the canonical payload's SHA-256.
    first = sheet.rows[0]
    assert len(first.digest.replace(" ", "")) == 8
    again = write_sign_sheet(demo_services, kari.id, tmp_path / "ark2.pdf")
    assert again.path.read_bytes() == info.path.read_bytes()


def test_paper_sign_off_is_recorded_locks_and_voids_on_change(services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    import datetime as dt

    from miljologg.core.model import Form

    a = services.sessions.add(SessionInput(dt.date(2025, 3, 3), 90, Form.INDIVIDUAL, kari.id))
    b = services.sessions.add(SessionInput(dt.date(2025, 3, 17), 60, Form.INDIVIDUAL, kari.id))
    svc = services.paper
    digests = {r.session_id: r.digest for r in svc.sheet(kari.id).rows}
    scan = svc.record([a.id[:8], b.id], scan_png(), "ark.png")
    assert set(scan.session_ids) == {a.id, b.id}
    assert set(scan.digests) == {digests[a.id], digests[b.id]}
    offs = services.signing.sign_offs()
    assert offs[a.id].state == "signed" and offs[a.id].method == "paper"
    assert "(papir)" in offs[a.id].text
    assert services.signing.is_locked(a.id)
    assert svc.sheet(kari.id).rows == ()
    assert services.signing.verify().ok  # audit chain and scan row included
    stored = svc.scans(with_data=True)
    assert stored[0].data == scan_png() and stored[0].media_type == "image/png"
    services.signing.reopen(a.id, "Feil dato")
    services.sessions.update(a.id, SessionInput(dt.date(2025, 3, 4), 90, Form.INDIVIDUAL, kari.id))
    assert services.signing.sign_offs()[a.id].state == "void"
    assert services.signing.verify().ok


def test_paper_refuses_bad_input_and_changes_nothing(services: Services, tmp_path: Path) -> None:
    import datetime as dt

    from miljologg.core.model import Form

    kari = services.supervisors.find("Kari Nordmann")
    per = services.supervisors.find("Per Lund")
    a = services.sessions.add(SessionInput(dt.date(2025, 3, 3), 90, Form.INDIVIDUAL, kari.id))
    b = services.sessions.add(SessionInput(dt.date(2025, 3, 4), 90, Form.INDIVIDUAL, per.id))
    svc = services.paper
    cases = [
        (([a.id], b"hello"), "PDF-, PNG- eller JPEG"),
        (([a.id], b"%PDF-1.4 broken"), "skadet"),
        (([a.id], b""), "tomt"),
        (([a.id, b.id], scan_pdf()), "ikke ført med Kari Nordmann"),
        ((["finnes-ikke"], scan_pdf()), "Fant ikke noe møte"),
        (([], scan_pdf()), "minst ett møte"),
    ]
    for (ids, data), message in cases:
        with pytest.raises(ValidationError) as exc:
            svc.record(ids, data, "x")
        assert message in exc.value.message or message in str(exc.value), (message, exc.value)
    big = tmp_path / "stor.pdf"
    big.write_bytes(b"%PDF-" + b"0" * paper.MAX_SCAN_BYTES)
    with pytest.raises(ValidationError, match="høyst 20 MB"):
        svc.record([a.id], big)
    assert svc.scans() == [] and services.signing.sign_offs()[a.id].state == "unsigned"
    svc.record([a.id], scan_pdf())
    with pytest.raises(ValidationError, match="allerede signert"):
        svc.record([a.id], scan_pdf())


def test_the_dossier_appends_pdf_and_image_scans_and_verifies(
    demo_services: Services, tmp_path: Path
) -> None:
    svc = demo_services.paper
    kari, siri = held(demo_services, "Kari Nordmann"), held(demo_services, "Siri Berg")
    svc.record(kari[:3], scan_pdf(pages=2), "kari.pdf")
    svc.record(siri[:2], scan_png(), "siri.png")
    info = build_dossier(demo_services, tmp_path / "d.pdf")
    pages = pdf_pages(info.path)
    assert info.pages == len(pages)
    merged = [p for p in pages if "SKANNET SIGNERINGSARK" in p]
    assert len(merged) == 2  # both pages of the PDF scan, each on a numbered dossier page
    assert all(f"av {info.pages}" in p and info.document_id in p for p in merged)
    assert any("Skannet signeringsark 2 – Siri Berg" in p for p in pages)
    listing = next(p for p in pages if "Signert på papir" in p and "Ark" in p)
    for scan in svc.scans():
        for digest in scan.digests:
            assert digest in listing
    totals = json.loads(PdfReader(info.path).attachments[TOTALS_NAME][0])
    assert totals["signed_counted_minutes"]["paper"]["total"] > 0
    assert {s["sha256"] for s in totals["paper_scans"]} == {s.sha256 for s in svc.scans()}
    report = verify_dossier(info.path)
    assert report.ok, report.problems
    assert any("5 møter er signert på papir" in line for line in report.lines)
    assert build_dossier(demo_services, tmp_path / "e.pdf").path.read_bytes() == (
        info.path.read_bytes()
    )


def test_a_rotated_scan_page_is_merged_upright(demo_services: Services, tmp_path: Path) -> None:
    svc = demo_services.paper
    svc.record(held(demo_services, "Kari Nordmann")[:1], rotated_scan_pdf(), "liggende.pdf")
    info = build_dossier(demo_services, tmp_path / "d.pdf")
    upright = [
        page.extract_text(orientations=(0,)) for page in PdfReader(info.path).pages
    ]  # text turned sideways is left out of an orientation-0 extraction
    assert any("LIGGENDE SKANN" in text for text in upright)


def test_cli_sheet_and_paper(tmp_path: Path) -> None:
    data = tmp_path / "demo.sqlite"
    services = Services(open_database(data))
    write_demo(services, signatures=False)
    ids = held(services, "Kari Nordmann")
    sheet = tmp_path / "ark.pdf"
    code, out, err = cli(
        "--data", str(data), "signing", "sheet", "--supervisor", "Kari Nordmann",
        "--out", str(sheet),
    )  # fmt: skip
    assert code == 0, err
    assert sheet.read_bytes().startswith(b"%PDF") and "usignerte møter" in out
    scan = tmp_path / "skann.pdf"
    scan.write_bytes(scan_pdf())
    code, out, err = cli(
        "--data", str(data), "signing", "paper", "--sessions", ids[0][:8], ids[1],
        "--scan", str(scan),
    )  # fmt: skip
    assert code == 0, err
    assert "2 møter" in out and "fingeravtrykk" in out
    code, _, err = cli(
        "--data", str(data), "signing", "paper", "--sessions", ids[0], "--scan", str(scan)
    )
    assert code == 2 and "allerede signert" in err
    code, _, err = cli(
        "--data", str(data), "signing", "sheet", "--supervisor", "Ingen", "--out", str(sheet)
    )
    assert code == 2 and "Fant ingen veileder" in err
    assert crypto.PAYLOAD_VERSION  # the payload format the fingerprints are taken over
