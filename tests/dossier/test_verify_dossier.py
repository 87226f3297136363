"""``miljologg verify-dossier``: a signed dossier checks; an altered one names what fails."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from miljologg.cli import run
from miljologg.core import signing as crypto
from miljologg.dossier import build_dossier
from miljologg.dossier.proof import RECORDS_NAME, TOTALS_NAME
from miljologg.dossier.verify import verify_dossier
from miljologg.services.app import Services

from .test_signing_in_dossier import sign_some


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run(list(args), env={}, out=out, err=err)
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def dossier(demo_services: Services, tmp_path: Path) -> Path:
    sign_some(demo_services, "Kari Nordmann", 5)
    sign_some(demo_services, "Siri Berg", 3)
    return build_dossier(demo_services, tmp_path / "d.pdf").path


def rewrite(src: Path, dst: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of ``src`` with attachments replaced (bytes) or dropped (None)."""
    reader = PdfReader(src)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    for name, items in reader.attachments.items():
        data = change.get(name, items[0])
        if data is not None:
            writer.add_attachment(name, data)
    with dst.open("wb") as fh:
        writer.write(fh)
    return dst


def records(path: Path) -> dict:
    return json.loads(PdfReader(path).attachments[RECORDS_NAME][0])


def test_a_signed_dossier_verifies(dossier: Path) -> None:
    code, out, err = cli("verify-dossier", str(dossier))  # no --data: no data file is needed
    assert code == 0, err
    assert "8 av 8 digitale signaturer er gyldige" in out
    assert "stemmer med PDF-en" in out and "sidene er laget på nytt fra grunnlaget" in out
    assert "Alt stemmer" in out and "ikke signert" in out


def test_a_minute_flipped_in_a_payload_fails(dossier: Path, tmp_path: Path) -> None:
    doc = records(dossier)
    sig = doc["signatures"][0]
    text = crypto.b64decode(sig["payload"]).decode()
    minutes = crypto.parse_payload(text.encode()).minutes
    sig["payload"] = crypto.b64encode(
        text.replace(f"minutes={minutes}\n", f"minutes={minutes + 1}\n").encode()
    )
    bad = rewrite(dossier, tmp_path / "bad.pdf", {RECORDS_NAME: json.dumps(doc).encode()})
    code, _, err = cli("verify-dossier", str(bad))
    assert code == 1
    assert f"{minutes + 1} min" in err and "er ugyldig" in err


def test_a_swapped_signature_fails(dossier: Path, tmp_path: Path) -> None:
    doc = records(dossier)
    a, b = doc["signatures"][0], doc["signatures"][1]
    a["signature"], b["signature"] = b["signature"], a["signature"]
    bad = rewrite(dossier, tmp_path / "bad.pdf", {RECORDS_NAME: json.dumps(doc).encode()})
    report = verify_dossier(bad)
    assert not report.ok
    assert sum("er ugyldig" in p for p in report.problems) == 2
    # The two sessions no longer count as signed, so the printed signed hours do not follow.
    assert any("de signerte møtene gir" in p for p in report.problems)


def test_a_printed_total_that_does_not_follow_fails(dossier: Path, tmp_path: Path) -> None:
    totals = json.loads(PdfReader(dossier).attachments[TOTALS_NAME][0])
    totals["signed_counted_minutes"]["digital"]["individual"] += 60
    totals["supervision"][0]["counted_minutes"] += 60
    bad = rewrite(dossier, tmp_path / "bad.pdf", {TOTALS_NAME: json.dumps(totals).encode()})
    report = verify_dossier(bad)
    text = "\n".join(report.problems)
    assert "Individuell veiledning: PDF-en oppgir" in text  # signed hours, recomputed
    assert f"«{TOTALS_NAME}» er ikke det grunnlaget gir" in text  # vs the attached input
    assert "summen av de tre formene" in text


def test_a_foreign_key_in_the_attachment_fails(dossier: Path, tmp_path: Path) -> None:
    doc = records(dossier)
    other = crypto.generate()
    doc["keys"][0]["public_key_pem"] = other.public_pem
    bad = rewrite(dossier, tmp_path / "bad.pdf", {RECORDS_NAME: json.dumps(doc).encode()})
    report = verify_dossier(bad)
    assert any("annet fingeravtrykk" in p for p in report.problems)


def test_a_pdf_without_attachment_fails_clearly(dossier: Path, tmp_path: Path) -> None:
    bare = rewrite(dossier, tmp_path / "bare.pdf", {RECORDS_NAME: None, TOTALS_NAME: None})
    code, _, err = cli("verify-dossier", str(bare))
    assert code == 1
    assert f"mangler vedlegget «{RECORDS_NAME}»" in err


def test_a_damaged_attachment_fails_clearly(dossier: Path, tmp_path: Path) -> None:
    bad = rewrite(dossier, tmp_path / "bad.pdf", {TOTALS_NAME: b"{not json"})
    code, _, err = cli("verify-dossier", str(bad))
    assert code == 1 and f"«{TOTALS_NAME}» er skadet" in err


@pytest.mark.parametrize(
    "content",
    [b"", b"hello", b"%PDF-1.4\n garbage garbage", b"\x00\xff" * 500],
    ids=["empty", "text", "broken-pdf", "binary"],
)
def test_garbage_is_bad_input_with_one_line_never_a_traceback(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    code, out, err = cli("verify-dossier", str(path))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "PDF" in err and "Traceback" not in err
    assert "Error" not in err  # no English exception names in the message


def test_a_truncated_dossier_is_bad_input_with_a_message(dossier: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(dossier.read_bytes()[: len(dossier.read_bytes()) // 2])
    code, out, err = cli("verify-dossier", str(cut))
    assert code == 2 and "skadet" in err and "Traceback" not in err


def test_a_missing_file_or_a_folder_is_bad_input(tmp_path: Path) -> None:
    code, out, err = cli("verify-dossier", str(tmp_path / "finnes-ikke.pdf"))
    assert (code, out) == (2, "") and "Fant ikke filen" in err and len(err.splitlines()) == 1
    code, out, err = cli("verify-dossier", str(tmp_path))
    assert (code, out) == (2, "") and "er en mappe" in err and len(err.splitlines()) == 1
