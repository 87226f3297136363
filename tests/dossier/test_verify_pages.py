"""verify-dossier checks every page: the attacks that used to pass as «Alt stemmer» now fail,
naming the page; a genuine dossier (a small log too) passes. (Bad input, exit 2:
test_verify_dossier.py.)

One genuine dossier is built per module (a demo-like log with signatures in person, a file
response with a rejection, and a paper sign-off with a scanned PDF sheet); each test alters a
copy with pypdf as a forger would (``tamper``) and runs the command line on it.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import warnings
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from miljologg.core.model import SessionStatus
from miljologg.db.database import open_database
from miljologg.dossier import build_dossier
from miljologg.dossier.content import compute
from miljologg.dossier.proof import RECORDS_NAME
from miljologg.dossier.renderer import DossierRenderer
from miljologg.dossier.snapshot import INPUT_NAME
from miljologg.dossier.snapshot_json import from_json, to_json
from miljologg.services.app import Services
from tests.cli_helpers import cli
from tests.conftest import fixed_clock
from tests.services.signing_helpers import PASS, supervisor_file

from . import tamper
from .test_signing_in_dossier import sign_some

REJECTION = "Var ikke til stede"


def _scan_pdf() -> bytes:
    """A one-page «scan» (lines only, as a scanner's image would have no fonts)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for y in range(100, 700, 40):
        canvas.line(60, y, 540, y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _held(services: Services, name: str) -> list[str]:
    sup = services.supervisors.find(name)
    rows = sorted(services.sessions.list(), key=lambda s: s.date)
    return [s.id for s in rows if s.supervisor_id == sup.id and s.status is SessionStatus.HELD]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The genuine dossier, another dossier (another document id) and the data file."""
    from miljologg.demo import write_demo

    folder = tmp_path_factory.mktemp("verify-pages")
    services = Services(open_database(folder / "logg.sqlite"), now=fixed_clock())
    write_demo(services, signatures=False)
    sign_some(services, "Kari Nordmann", 5)
    ola = services.supervisors.find("Ola Hansen")
    first, second = _held(services, "Ola Hansen")[:2]
    request = folder / "req.json"
    services.signing_files.write_request(request, ola.id, [first, second])
    signer = supervisor_file(folder, "Ola Hansen")
    response = folder / "resp.json"
    response.write_bytes(
        signer.signing_files.sign_request(
            request.read_bytes(), PASS, {second[:8]: REJECTION}, create_key=True
        )
    )
    services.signing_files.import_response(response)
    siri = _held(services, "Siri Berg")[0]
    services.paper.record([siri], _scan_pdf(), "ark.pdf")
    genuine = build_dossier(services, folder / "ekte.pdf").path
    period = (services.profile.programme().start, services.ctx.today())  # type: ignore[union-attr]
    other = build_dossier(services, folder / "annen.pdf", period=period).path
    return {"genuine": genuine, "other": other, "data": folder / "logg.sqlite"}


@pytest.fixture
def genuine(made: dict[str, Path], tmp_path: Path) -> Path:
    return Path(shutil.copy(made["genuine"], tmp_path / "dokumentasjon.pdf"))


def failing(path: Path) -> str:
    code, out, err = cli("verify-dossier", str(path))
    assert code == 1, out + err
    assert "Alt stemmer" not in out and "Traceback" not in err
    return err


def test_the_genuine_dossier_passes_with_what_it_cannot_vouch_for(genuine: Path) -> None:
    code, out, err = cli("verify-dossier", str(genuine))
    assert code == 0, err
    pages = len(PdfReader(genuine).pages)
    assert f"Alle {pages} sidene er laget på nytt fra grunnlaget og er like" in out
    assert "6 av 6 digitale signaturer er gyldige" in out  # 5 in person, 1 by file
    assert "Alle 7 møter som står som signert, har en gyldig signatur" in out  # + 1 on paper
    assert "1 skannet signeringsark er vedlagt" in out
    assert "ikke signert" in out and "1 møte er signert på papir" in out
    assert "oppmøtet og veiledernes godkjenninger" in out and "sammenlign fingeravtrykket" in out
    assert out.rstrip().endswith(f"Alt stemmer: {genuine}")


def test_a_genuine_dossier_of_a_period_passes(made: dict[str, Path]) -> None:
    code, out, err = cli("verify-dossier", str(made["other"]))
    assert code == 0, err
    assert "Alt stemmer" in out


def test_a_genuine_dossier_of_a_small_log_passes(services: Services, tmp_path: Path) -> None:
    """It used to fail («Fant ikke sammendragssiden»): the summary of a small log has no
    «Påkrevd» on the page the text check looked for."""
    from tests.services.signing_helpers import add_session

    add_session(services, 5)
    for scheme in (None, "psykologforeningen-spesialist"):  # an hour of 45 minutes too
        path = build_dossier(services, tmp_path / "liten.pdf", scheme_id=scheme).path
        code, out, err = cli("verify-dossier", str(path))
        assert code == 0, err
        assert "Alt stemmer" in out


def test_a_removed_page_is_named(genuine: Path, tmp_path: Path) -> None:
    bad = tamper.remove_page(genuine, tmp_path / "bad.pdf", 3)
    err = failing(bad)
    assert "Side 4 av dokumentet mangler i PDF-en" in err
    assert "er endret" not in err  # the pages after it are only shifted, not changed


def test_a_page_from_another_dossier_is_named(
    genuine: Path, made: dict[str, Path], tmp_path: Path
) -> None:
    bad = tamper.append_page(genuine, made["other"], tmp_path / "bad.pdf", 2)
    err = failing(bad)
    pages = len(PdfReader(bad).pages)
    other_id = PdfReader(made["other"]).metadata.subject.rsplit(" ", 1)[-1]  # type: ignore[union-attr]
    assert f"Side {pages} er lagt til: den hører ikke til dokumentet" in err
    assert f"annet dokument (dokument-ID {other_id})" in err


def test_two_swapped_pages_are_named(genuine: Path, tmp_path: Path) -> None:
    err = failing(tamper.swap(genuine, tmp_path / "bad.pdf", 2, 5))
    assert "Side 3 i PDF-en er side 6 av dokumentet" in err
    assert "Side 6 i PDF-en er side 3 av dokumentet" in err
    adjacent = failing(tamper.swap(genuine, tmp_path / "bad2.pdf", 6, 7))
    assert "feil rekkefølge" in adjacent and ("Side 7 i PDF-en" in adjacent or "Side 8" in adjacent)


def test_a_rejection_edited_into_signed_in_the_content_stream_is_named(
    genuine: Path, tmp_path: Path
) -> None:
    page = tamper.find_page(genuine, "Avvist av veileder", REJECTION)
    bad = tamper.copy_text(genuine, tmp_path / "bad.pdf", page, "Avvist av veileder", "Signert")
    text = " ".join((PdfReader(bad).pages[page].extract_text() or "").split())
    assert "Avvist av veileder" not in text  # the forgery took
    err = failing(bad)
    assert f"Side {page + 1} er endret: står «Signert" in err
    assert "der dokumentet har «Avvist av veileder" in err


def test_an_attests_hours_overwritten_with_a_white_box_and_new_text_are_named(
    genuine: Path, tmp_path: Path
) -> None:
    page = tamper.find_page(genuine, "Attest for veiledning – Kari Nordmann")
    hours = _hours(genuine, page)
    bad, _ = tamper.white_box(genuine, tmp_path / "bad.pdf", page, hours, "99 t")
    err = failing(bad)
    assert f"Side {page + 1} er endret" in err and "«99 t» er lagt til" in err


def _hours(path: Path, page: int) -> str:
    """The start of the attest's «Timer» value on the page («13 t 30 min (klokketimer)»)."""
    from pypdf import PdfWriter

    _content, found = tamper.blocks(PdfWriter(clone_from=PdfReader(path)), page)
    return next(b.text for b in found if b.text.endswith(("t (klokketimer)", "min (klokketimer)")))


def test_a_white_box_alone_is_named_though_the_text_is_unchanged(
    genuine: Path, tmp_path: Path
) -> None:
    page = tamper.find_page(genuine, "Sammendrag", "Påkrevd")
    bad, _ = tamper.white_box(genuine, tmp_path / "bad.pdf", page, "Veiledning totalt", None)
    err = failing(bad)
    assert f"Side {page + 1} er endret: teksten er den samme, men det som er tegnet" in err


def test_a_removed_scan_attachment_is_named(genuine: Path, tmp_path: Path) -> None:
    bad = tamper.drop_attachments(genuine, tmp_path / "bad.pdf", lambda n: "skann" not in n)
    err = failing(bad)
    assert "Skannet signeringsark 1 («miljologg-skann-1.pdf») mangler i vedleggene" in err


def test_a_removed_scan_page_is_named(genuine: Path, tmp_path: Path) -> None:
    last = len(PdfReader(genuine).pages) - 1
    err = failing(tamper.remove_page(genuine, tmp_path / "bad.pdf", last))
    assert f"Side {last + 1} av dokumentet mangler i PDF-en" in err


def test_a_dossier_without_its_input_cannot_pass(genuine: Path, tmp_path: Path) -> None:
    bad = tamper.drop_attachments(genuine, tmp_path / "bad.pdf", lambda n: n != INPUT_NAME)
    err = failing(bad)
    assert f"PDF-en mangler grunnlaget «{INPUT_NAME}»" in err


def test_an_input_that_calls_a_rejected_session_signed_fails_on_the_signatures(
    genuine: Path, tmp_path: Path
) -> None:
    """A forger who edits the attached input and makes the whole PDF again from it gets
    consistent pages, but not a supervisor's signature for the session."""
    attachments = {n: i[0] for n, i in PdfReader(genuine).attachments.items()}
    snap = from_json(attachments[INPUT_NAME], attachments)
    rejected = next(o for o in snap.sign_offs.values() if o.state == "rejected")
    signed = next(o for o in snap.sign_offs.values() if o.method == "file")
    offs = dict(snap.sign_offs)
    offs[rejected.session_id] = replace(signed, session_id=rejected.session_id)
    forged = replace(snap, sign_offs=offs)
    content = replace(compute(forged), signed_records=attachments[RECORDS_NAME])
    bad = tmp_path / "bad.pdf"
    DossierRenderer(content).render(bad)
    err = failing(bad)
    assert "står som signert, men ingen gyldig signatur i vedlegget dekker møtet" in err
    assert "sidene er laget på nytt" not in err  # the pages themselves are consistent


def test_another_layout_is_compared_on_text_and_figures_and_says_so(
    genuine: Path, tmp_path: Path
) -> None:
    doc = json.loads(tamper.attachment(genuine, INPUT_NAME))
    doc["made_by"]["layout"] = 1  # as if an older miljologg had drawn it
    doc["made_by"]["miljologg"] = "0.0.9"
    older = tamper.replace_attachment(
        genuine, tmp_path / "eldre.pdf", INPUT_NAME, json.dumps(doc).encode()
    )
    code, out, err = cli("verify-dossier", str(older))
    assert code == 0, err
    assert "laget med miljologg 0.0.9 (sideoppsett 1" in out
    assert "sammenlignet på tekst og tall, ikke på det som er tegnet" in out
    assert "Teksten og tallene" in out and "stemmer med dokumentet laget på nytt" in out
    assert "Alt stemmer" not in out
    assert "Tekst, tall og signaturer stemmer (tegningen er ikke sammenlignet)" in out
    page = tamper.find_page(older, "Attest for veiledning – Kari Nordmann")
    bad, _ = tamper.white_box(older, tmp_path / "bad.pdf", page, _hours(older, page), "99 t")
    err = failing(bad)
    assert f"Side {page + 1}: «99 t» er lagt til" in err


def test_the_input_round_trips(genuine: Path) -> None:
    attachments = {n: i[0] for n, i in PdfReader(genuine).attachments.items()}
    snap = from_json(attachments[INPUT_NAME], attachments)
    assert to_json(snap) == attachments[INPUT_NAME]
    assert all(s.reflection == "" for s in snap.log.sessions)  # never printed, never attached


def test_a_dossier_checked_in_another_time_zone_passes(
    genuine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sign-off dates are printed in the maker's time zone, kept in the input: at 10:00 UTC it
    is already the next day in Kiritimati (UTC+14), and the pages must still be the same."""
    import time

    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    try:
        code, out, err = cli("verify-dossier", str(genuine))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert code == 0, err
    assert "Alt stemmer" in out


def test_a_scan_swapped_for_a_pixel_bomb_is_named_and_never_drawn(
    services: Services, tmp_path: Path
) -> None:
    """The input attachment holds each scan's SHA-256, and it is the PDF's own: swapping both
    passes the digest. The scan is held to what «signing paper» accepts instead of being drawn
    (a few kB of PNG, 144 million pixels: over 600 MB and Pillow's English warning before)."""
    from tests.services.signing_helpers import add_session

    sid = add_session(services, 3)
    small = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(small, "PNG")
    services.paper.record([sid], small.getvalue(), "ark.png")
    path = build_dossier(services, tmp_path / "d.pdf").path
    attachments = {n: items[0] for n, items in PdfReader(path).attachments.items()}
    (scan_name,) = [n for n in attachments if n.startswith("miljologg-skann-")]
    bomb = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(bomb, "PNG")
    doc = json.loads(attachments[INPUT_NAME])
    doc["scans"][0]["sha256"] = hashlib.sha256(bomb.getvalue()).hexdigest()
    bad = tamper.replace_attachment(path, tmp_path / "bad.pdf", scan_name, bomb.getvalue())
    bad = tamper.replace_attachment(
        bad, tmp_path / "bad2.pdf", INPUT_NAME, json.dumps(doc).encode("utf-8")
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Pillow's DecompressionBombWarning fails the test
        err = failing(bad)
    assert "for stort" in err and "ikke laget på nytt" in err, err
