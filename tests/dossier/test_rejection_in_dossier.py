"""A rejected session in the dossier (issue 12 §1): «avvist» with the supervisor's comment in the
log, even after a new request, and never on the supervisor's attest."""

from __future__ import annotations

from pathlib import Path

from miljologg.core.model import SessionStatus
from miljologg.core.units import format_hours
from miljologg.dossier import build_dossier
from miljologg.services.app import Services
from tests.services.signing_helpers import PASS, supervisor_file

from .conftest import pdf_pages

COMMENT = "Dette møtet husker jeg ikke"


def test_a_rejection_stays_in_the_dossier_and_off_the_attest(
    demo_services: Services, tmp_path: Path
) -> None:
    services = demo_services
    kari = services.supervisors.find("Kari Nordmann")
    today = services.ctx.today()
    held = [
        s
        for s in sorted(services.sessions.list(), key=lambda s: s.date)
        if s.supervisor_id == kari.id and s.status is SessionStatus.HELD and s.date <= today
    ]
    target = held[0]
    sup = supervisor_file(tmp_path)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari.id, [s.id for s in held[:3]])
    resp = tmp_path / "resp.json"
    resp.write_bytes(
        sup.signing_files.sign_request(
            req.read_bytes(), PASS, {target.id: COMMENT}, create_key=True
        )
    )
    services.signing_files.import_response(resp)
    services.signing_files.write_request(tmp_path / "again.json", kari.id, [target.id])

    pages = pdf_pages(build_dossier(services, tmp_path / "d.pdf").path)
    text = " ".join(pages)
    assert "Avvist av veileder" in text and COMMENT in text
    attest = next(p for p in pages if "Attest for veiledning – Kari Nordmann" in p)
    all_minutes = sum(s.minutes for s in held)
    assert format_hours(all_minutes - target.minutes) in attest
    assert format_hours(all_minutes) not in attest
    # what is signed is counted among the sessions the attest confirms: the two Kari signed, of
    # those it lists (before: «2 av N» with N counting the session she rejected)
    confirmed = len(held) - 1
    assert f"Antall møter {confirmed} " in attest
    assert f"2 av {confirmed} gjennomførte møter signert digitalt" in attest
