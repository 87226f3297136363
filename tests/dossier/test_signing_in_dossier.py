"""Sign-off in the dossier: status per session, fingerprints, the «Signaturer» section and the
embedded proof files, deterministic output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from miljologg.core import signing as crypto
from miljologg.core.model import SessionStatus
from miljologg.core.units import format_hours
from miljologg.dossier import build_dossier
from miljologg.dossier.proof import RECORDS_NAME, TOTALS_NAME
from miljologg.services.app import Services

from .conftest import pdf_pages

PASSPHRASE = "korrekt hest batteri"


def sign_some(services: Services, name: str = "Kari Nordmann", count: int = 6) -> list[str]:
    """Sign the first ``count`` held sessions of a supervisor in person; returns their ids."""
    sup = services.supervisors.find(name)
    ids = [
        s.id
        for s in sorted(services.sessions.list(), key=lambda s: s.date)
        if s.supervisor_id == sup.id and s.status is SessionStatus.HELD
    ][:count]
    services.signing.sign_in_person(ids, sup.id, PASSPHRASE, create_key=True)
    return ids


@pytest.fixture
def signed_services(demo_services: Services) -> Services:
    sign_some(demo_services)
    return demo_services


def test_sessions_show_their_sign_off_and_attests_the_fingerprint(
    signed_services: Services, tmp_path: Path
) -> None:
    pages = pdf_pages(build_dossier(signed_services, tmp_path / "d.pdf").path)
    text = " ".join(pages)
    offs = signed_services.signing.sign_offs()
    signed = [o for o in offs.values() if o.state == "signed"]
    assert len(signed) == 6
    # «Signert dd.mm.åååå (personlig)»: the signer is the row's supervisor, named beside it.
    assert signed[0].text.replace(" av Kari Nordmann (", " (") in text
    assert "Ikke signert" in text
    kari = signed_services.supervisors.find("Kari Nordmann")
    key = signed_services.signing.in_person_key(kari.id)
    assert key is not None
    attest = next(p for p in pages if "Attest for veiledning – Kari Nordmann" in p)
    assert key.readable in attest and "6 av" in attest
    section = next(p for p in pages if "Signert digitalt" in p)
    assert key.readable in section and "openssl pkeyutl -verify" in section


def test_signatures_table_prints_the_signed_share_of_each_requirement(
    signed_services: Services, tmp_path: Path
) -> None:
    info = build_dossier(signed_services, tmp_path / "d.pdf")
    totals = json.loads(PdfReader(info.path).attachments[TOTALS_NAME][0])
    digital = totals["signed_counted_minutes"]["digital"]
    assert digital["total"] > 0 and totals["signed_counted_minutes"]["paper"]["total"] == 0
    page = next(p for p in pdf_pages(info.path) if "Signert digitalt" in p)
    status = signed_services.status.programme_status()
    individual = status.requirement("individual")
    assert digital["individual"] <= individual.counted_minutes
    row = (
        f"Individuell veiledning {format_hours(individual.counted_minutes)} "
        f"{format_hours(digital['individual'])} 0 t "
        f"{format_hours(individual.counted_minutes - digital['individual'])}"
    )
    assert row in page


def test_the_signed_records_are_attached_and_check_with_openssl_style_bytes(
    signed_services: Services, tmp_path: Path
) -> None:
    info = build_dossier(signed_services, tmp_path / "d.pdf")
    attached = PdfReader(info.path).attachments
    assert attached[RECORDS_NAME][0] == signed_services.signing.signed_records_json()
    records = json.loads(attached[RECORDS_NAME][0])
    pem = {k["fingerprint"]: k["public_key_pem"] for k in records["keys"]}
    for sig in records["signatures"]:
        data = crypto.b64decode(sig["payload"])
        assert crypto.verify(pem[sig["fingerprint"]], data, crypto.b64decode(sig["signature"]))


def test_output_stays_deterministic_and_atomic(signed_services: Services, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    a = build_dossier(signed_services, out / "a.pdf")
    b = build_dossier(signed_services, out / "b.pdf")
    assert a.path.read_bytes() == b.path.read_bytes()
    assert a.document_id == b.document_id
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf", "b.pdf"]  # no temp files left


def test_signing_changes_the_document_id(demo_services: Services, tmp_path: Path) -> None:
    before = build_dossier(demo_services, tmp_path / "a.pdf").document_id
    sign_some(demo_services, count=1)
    assert build_dossier(demo_services, tmp_path / "b.pdf").document_id != before


def test_a_void_signature_shows_as_changed_after_signing(
    signed_services: Services, tmp_path: Path
) -> None:
    sid = next(k for k, v in signed_services.signing.sign_offs().items() if v.state == "signed")
    signed_services.signing.reopen(sid, "Feil varighet")
    text = " ".join(pdf_pages(build_dossier(signed_services, tmp_path / "d.pdf").path))
    assert "endret etter signering" in text and "5 av" in text
