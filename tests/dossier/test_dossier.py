"""The dossier PDF: the rules engine's numbers, names, dates, page numbers, honesty when empty."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from miljologg.core.figures import supervisor_totals
from miljologg.core.model import Form, SessionStatus
from miljologg.core.professions import supervisor_profession_name
from miljologg.core.units import format_date, format_hours, format_percent
from miljologg.dossier import build_dossier
from miljologg.dossier.snapshot import filter_log
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput

from .conftest import PSY, pdf_pages


def _text(pages: list[str]) -> str:
    return " ".join(pages)


def test_totals_names_and_dates_come_from_the_rules_engine(
    demo_services: Services, tmp_path: Path
) -> None:
    info = build_dossier(demo_services, tmp_path / "d.pdf")
    pages = pdf_pages(info.path)
    assert info.pages == len(pages) > 5
    text = _text(pages)
    status = demo_services.status.programme_status()
    summary = next(p for p in pages if "Sammendrag" in p and "Påkrevd" in p)
    for r in status.supervision:
        assert r.label in summary
        assert format_hours(r.required_minutes) in summary
        assert format_hours(r.counted_minutes) in summary
        assert format_hours(r.remaining_minutes) in summary
    registered = status.attendance.percent_of_registered  # the demo's days are registered
    assert registered is not None and format_percent(registered) in summary
    for name in ("Ingrid Demo", "Kari Nordmann", "Ola Hansen", "Siri Berg", "Barnevernspedagog"):
        assert name in text
    sessions = [s for s in demo_services.sessions.list()]
    first = min(s.date for s in sessions)
    last = max(s.date for s in sessions)
    assert format_date(first) in text and format_date(last) in text
    assert format_date(demo_services.ctx.today()) in pages[0]
    assert "Ikke signert" in text and "helsepersonelloven § 21" in text


def test_uncounted_hours_are_listed_with_the_engines_reasons(
    demo_services: Services, tmp_path: Path
) -> None:
    status = demo_services.status.programme_status()
    reasons = {u.reason for r in status.supervision for u in r.uncounted}
    assert reasons, "the demo log has a supervisor the programme has not approved"
    text = _text(pdf_pages(build_dossier(demo_services, tmp_path / "d.pdf").path))
    for reason in reasons:
        assert " ".join(reason.split()) in text


def test_attest_per_supervisor_with_general_terms_and_signature(
    demo_services: Services, tmp_path: Path
) -> None:
    pages = pdf_pages(build_dossier(demo_services, tmp_path / "d.pdf").path)
    attests = [p for p in pages if "Attest for veiledning" in p]
    log = demo_services.status.log()
    totals = supervisor_totals(log)
    assert len(attests) == len(totals)
    profile = demo_services.profile.get()
    assert profile is not None
    for t in totals:
        sup = log.supervisor(t.supervisor_id)
        assert sup is not None
        page = next(p for p in attests if f"Attest for veiledning – {sup.name}" in p)
        assert profile.client_group in page and supervisor_profession_name(sup) in page
        assert f"{format_date(t.first)}–{format_date(t.last)}" in page
        assert format_hours(t.minutes) in page
        assert "Veileders underskrift" in page and "Sted og dato" in page


def test_a_45_minute_scheme_changes_the_printed_hours(
    demo_services: Services, tmp_path: Path
) -> None:
    plain = _text(pdf_pages(build_dossier(demo_services, tmp_path / "a.pdf").path))
    info = build_dossier(demo_services, tmp_path / "b.pdf", scheme_id=PSY)
    text = _text(pdf_pages(info.path))
    assert "1 time = 45 minutter" in text and "1 time = 45 minutter" not in plain
    scheme = demo_services.status.scheme_status(PSY)
    for r in scheme.requirements:
        if getattr(r, "unit", "minutes") != "count":
            assert format_hours(r.counted_minutes, 45) in text
    kari = next(
        t for t in supervisor_totals(demo_services.status.log()) if t.minutes % 45 and t.sessions
    )
    assert format_hours(kari.minutes, 45) in text
    assert format_hours(kari.minutes, 45) != format_hours(kari.minutes, 60)


def test_empty_log_gives_an_honest_valid_dossier(services: Services, tmp_path: Path) -> None:
    info = build_dossier(services, tmp_path / "tom.pdf")
    pages = pdf_pages(info.path)
    assert info.pages == len(pages) >= 4
    text = _text(pages)
    assert "Test Student" in text
    assert "Ingen møter ført i perioden" in text
    assert "Ingen gjennomførte veiledningsmøter" in text
    assert "Ingen arbeidskrav er ført" in text
    status = services.status.programme_status()
    total = status.supervision[-1]
    assert f"{format_hours(total.required_minutes)}" in text
    assert "Ikke oppfylt" in text


def test_every_page_says_side_x_av_y(demo_services: Services, tmp_path: Path) -> None:
    info = build_dossier(demo_services, tmp_path / "d.pdf")
    pages = pdf_pages(info.path)
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
        assert "Ingrid Demo" in page and info.document_id in page


def test_output_is_reproducible_and_the_id_is_grouped(
    demo_services: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    a = build_dossier(demo_services, folder / "a.pdf")
    b = build_dossier(demo_services, folder / "b.pdf")
    assert a.path.read_bytes() == b.path.read_bytes()
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", a.document_id)
    c = build_dossier(demo_services, folder / "c.pdf", scheme_id=PSY)
    assert c.document_id != a.document_id
    assert sorted(p.name for p in folder.iterdir()) == ["a.pdf", "b.pdf", "c.pdf"]


def test_period_restricts_listed_and_counted_sessions(
    demo_services: Services, tmp_path: Path
) -> None:
    period = (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    info = build_dossier(demo_services, tmp_path / "p.pdf", period=period)
    pages = pdf_pages(info.path)
    text = _text(pages)
    log_pages = " ".join(
        p for p in pages if "Signatur" in p and "Ikke signert" in p
    )  # the supervision log's tables
    log = demo_services.status.log()
    inside = {format_date(s.date) for s in log.sessions if period[0] <= s.date <= period[1]}
    outside = {format_date(s.date) for s in log.sessions} - inside
    assert inside and outside
    listed = set(re.findall(r"\d\d\.\d\d\.\d{4}", log_pages))
    assert listed - {format_date(demo_services.ctx.today())} == inside  # footer: produced
    status = demo_services.status.programme_status(today=period[1], log=filter_log(log, period))
    for r in status.supervision:
        assert format_hours(r.counted_minutes) in text
    assert f"{format_date(period[0])}–{format_date(period[1])}" in text


def test_user_text_is_escaped_not_interpreted(services: Services, tmp_path: Path) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    topic = "Samspill <b>skole</b> & hjem – «grenser» æøå ÆØÅ"
    services.sessions.add(
        SessionInput(dt.date(2025, 5, 20), 60, Form.INDIVIDUAL, kari.id, 1, topic)
    )
    text = _text(pdf_pages(build_dossier(services, tmp_path / "e.pdf").path))
    assert "Samspill <b>skole</b> & hjem – «grenser» æøå ÆØÅ" in text


def test_missed_sessions_are_shown_as_such(services: Services, tmp_path: Path) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    services.sessions.add(
        SessionInput(
            dt.date(2025, 5, 20),
            60,
            Form.INDIVIDUAL,
            kari.id,
            1,
            "Tema",
            status=SessionStatus.MISSED,
        )
    )
    text = _text(pdf_pages(build_dossier(services, tmp_path / "m.pdf").path))
    assert "Avlyst – ikke tatt igjen" in text


def test_progress_rises_to_the_total(services: Services, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_dossier(services, tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_bad_input_raises_and_writes_nothing(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "x.pdf"
    with pytest.raises(ValidationError):
        build_dossier(services, out, scheme_id="finnes-ikke")
    with pytest.raises(ValidationError):
        build_dossier(services, out, period=(dt.date(2025, 6, 1), dt.date(2025, 1, 1)))
    assert list(folder.iterdir()) == []
