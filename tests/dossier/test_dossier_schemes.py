"""The dossier for a scheme: routes with their verdicts, the sentence each requirement cites,
supervision the student gave in its own section (and in no supervisor's attest)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from miljologg.core.model import Form
from miljologg.core.programmes import bundled_schemes
from miljologg.dossier import build_dossier
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput

from .conftest import pdf_pages


def _text(pages: list[str]) -> str:
    return " ".join(pages)


def test_routes_verdict_and_sources_are_printed(demo_services: Services, tmp_path: Path) -> None:
    info = build_dossier(demo_services, tmp_path / "d.pdf", scheme_id="fo-klinisk-sosionom")
    text = _text(pdf_pages(info.path))
    assert "Løp 1: Klinisk sosionom – alle fordypninger: ikke oppfylt" in text
    assert "Ordningen samlet: ikke oppfylt (ett av løpene er nok)." in text
    for rule in bundled_schemes()["fo-klinisk-sosionom"].all_rules:
        assert rule.citation is not None
        assert " ".join(rule.citation.quote.split())[:60] in text, rule.key
    assert "brosjyrer.fo.no/wiki/godkjenningsordninger-for-sosionomer/klinisk-sosionom" in text
    assert "(lest 29.11.2026)" in text


def test_given_supervision_has_its_own_section_and_no_attest(
    demo_services: Services, tmp_path: Path
) -> None:
    kari = demo_services.supervisors.find("Kari Nordmann")
    for day in (5, 19):
        demo_services.sessions.add(
            SessionInput(dt.date(2025, 3, day), 90, Form.GIVEN, "", 3, "Veiledning av nye kolleger")
        )
    on_given = Form.SUPERVISION_ON_SUPERVISION
    for day in (12, 26):
        item = SessionInput(dt.date(2025, 3, day), 60, on_given, kari.id, 1, "Min veilederrolle")
        demo_services.sessions.add(item)
    pages = pdf_pages(build_dossier(demo_services, tmp_path / "d.pdf").path)
    text = _text(pages)
    assert "Veiledning du har gitt (2 møter)" in text
    assert "Veiledning på veiledningen du har gitt (2 møter)" in text
    assert "Gitt av studenten" in text and "Veiledning av nye kolleger" in text
    attests = [p for p in pages if "Attest for veiledning" in p]
    assert not any("Veiledning av nye kolleger" in p for p in attests)
    assert any("Min veilederrolle" in p for p in attests)  # Kari attests what she gave
