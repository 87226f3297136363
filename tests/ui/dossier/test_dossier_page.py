"""The Dokumentasjon page: preview from the rules engine, PDF saved off the GUI thread."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from miljologg.core.model import Form
from miljologg.core.programmes import bundled_schemes
from miljologg.dossier import DossierInfo
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.ui.dossier.page import DossierPage
from miljologg.ui.widgets.file_chooser import FileKind


def _page(qtbot: QtBot, services: Services, target: Path | None) -> DossierPage:
    def chooser(parent: QWidget | None, kind: FileKind, start: str, /) -> str:
        assert kind.save and start.endswith(".pdf") and "pdf" in kind.filters.lower()
        return str(target) if target else ""

    page = DossierPage(services, chooser=chooser)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def test_save_pdf_runs_off_the_gui_thread_and_offers_to_open(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    services.sessions.add(
        SessionInput(dt.date(2025, 5, 20), 90, Form.INDIVIDUAL, kari.id, 1, "Relasjoner")
    )
    target = tmp_path / "dokumentasjon"  # no suffix: the page adds .pdf
    page = _page(qtbot, services, target)
    progress: list[int] = []
    with qtbot.waitSignal(page.finished, timeout=30_000) as blocker:
        page.save_button.click()
        assert page._bridge is not None
        page._bridge.progress.connect(lambda d, t: progress.append(d))
        assert not page.save_button.isEnabled()
    info = blocker.args[0]
    assert isinstance(info, DossierInfo)
    assert info.path == tmp_path / "dokumentasjon.pdf" and info.path.read_bytes()[:4] == b"%PDF"
    assert info.pages >= 4
    assert page.open_button.isVisible() and page.save_button.isEnabled()
    assert str(info.path) in page.message.text()
    assert not page.progress.isVisible()


def test_cancelled_dialog_writes_nothing(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    page = _page(qtbot, services, None)
    before = set(tmp_path.iterdir())
    page.save_button.click()
    assert page._bridge is None and set(tmp_path.iterdir()) == before


def test_scheme_choices_and_preview(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services, None)
    texts = [page.scheme.itemText(i) for i in range(page.scheme.count())]
    assert texts[0] == "Bare studieprogrammet"
    assert len(texts) == len(bundled_schemes()) + 1
    unverified = [s for s in bundled_schemes().values() if not s.verified]
    assert sum("(ikke verifisert)" in t for t in texts) == len(unverified)
    assert "Veiledningslogg: 0 møter" in page.preview.text()
    status = services.status.programme_status()
    html = page.preview.text()
    if status.problems:
        assert html.index("color:#8a5a00") < html.index("Veiledningslogg")
    psy = next(
        i
        for i in range(page.scheme.count())
        if page.scheme.itemData(i) and "psyk" in page.scheme.itemData(i)
    )
    page.scheme.setCurrentIndex(psy)
    assert "45 minutter" in page.preview.text()


def test_period_limits_the_preview(qtbot: QtBot, services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    for day in (dt.date(2025, 1, 20), dt.date(2025, 5, 20)):
        services.sessions.add(SessionInput(day, 60, Form.INDIVIDUAL, kari.id, 1, "Tema"))
    page = _page(qtbot, services, None)
    assert "2 møter" in page.preview.text()
    page.limit.setChecked(True)
    page.start.setDate(dt.date(2025, 3, 1))
    page.end.setDate(dt.date(2025, 6, 30))
    assert page.period() == (dt.date(2025, 3, 1), dt.date(2025, 6, 30))
    assert "Veiledningslogg: 1 møte (" in page.preview.text()


def test_the_logs_line_has_a_part_for_every_form_and_they_add_up(
    qtbot: QtBot, services: Services
) -> None:
    """Before: «Veiledningslogg: 6 møter (2 individuelle, 1 i ekstern gruppe, 0 på samling)»
    with two given sessions and one on them left out of the parts."""
    kari = services.supervisors.find("Kari Nordmann").id
    per = services.supervisors.find("Per Lund").id
    for item in (
        SessionInput(dt.date(2025, 1, 20), 60, Form.INDIVIDUAL, kari, 1, "Tema"),
        SessionInput(dt.date(2025, 1, 21), 60, Form.INDIVIDUAL, kari, 1, "Tema"),
        SessionInput(dt.date(2025, 2, 3), 90, Form.EXTERNAL_GROUP, per, 4, "Tema"),
        SessionInput(dt.date(2025, 2, 4), 90, Form.GIVEN, "", 3, "Nye kolleger"),
        SessionInput(dt.date(2025, 3, 4), 90, Form.GIVEN, "", 3, "Nye kolleger"),
        SessionInput(dt.date(2025, 3, 5), 60, Form.SUPERVISION_ON_SUPERVISION, kari, 1, "Tema"),
    ):
        services.sessions.add(item)
    page = _page(qtbot, services, None)
    found = re.search(r"Veiledningslogg: (\d+) møter \(([^)]*)\)", page.preview.text())
    assert found is not None, page.preview.text()
    parts = found.group(2).split(", ")
    assert int(found.group(1)) == 6 == sum(int(p.split()[0]) for p in parts)
    assert parts == [
        "2 individuelle",
        "1 i ekstern gruppe",
        "0 på samling",
        "1 på veiledningen du har gitt",
        "2 gitt av deg",
    ]
    # a period: the parts follow it, and the optional forms go when they have no session
    page.limit.setChecked(True)
    page.start.setDate(dt.date(2025, 1, 1))
    page.end.setDate(dt.date(2025, 2, 28))
    assert (
        "Veiledningslogg: 4 møter (2 individuelle, 1 i ekstern gruppe, 0 på samling, 1 gitt av deg)"
        in page.preview.text()
    )


def test_the_preview_names_the_scanned_sheets_it_appends(qtbot: QtBot, services: Services) -> None:

    kari = services.supervisors.find("Kari Nordmann")
    session = services.sessions.add(
        SessionInput(dt.date(2025, 1, 20), 60, Form.INDIVIDUAL, kari.id, 1, "Tema")
    )
    page = _page(qtbot, services, None)
    assert "Skannede signeringsark" not in page.preview.text()
    import io

    from reportlab.pdfgen.canvas import Canvas

    scan = io.BytesIO()
    canvas = Canvas(scan)
    canvas.drawString(72, 720, "Signert ark")
    canvas.save()
    services.paper.record([session.id], scan.getvalue(), "ark.pdf")
    page.refresh()
    assert "Skannede signeringsark: 1 (Kari Nordmann)" in page.preview.text()


def _fails_with(qtbot: QtBot, page: DossierPage) -> str:
    with qtbot.waitSignal(page.failed, timeout=30_000) as blocker:
        page.save_button.click()
        assert not page.save_button.isEnabled()
    [message] = blocker.args
    assert page.message.text() == message and page.message.property("tone") == "error"
    assert page.save_button.isEnabled() and not page.progress.isVisible()
    assert not page.open_button.isVisible() and page._bridge is None
    return message


def test_a_file_that_cannot_be_written_is_reported_and_the_page_recovers(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    target = tmp_path / "finnes-ikke" / "dokumentasjon.pdf"  # the folder is missing
    page = _page(qtbot, services, target)
    message = _fails_with(qtbot, page)
    assert message.startswith("Kunne ikke skrive filen: ")
    assert not target.parent.exists()
    # The next try, to a folder that exists, goes through.
    target.parent.mkdir()
    with qtbot.waitSignal(page.finished, timeout=30_000):
        page.save_button.click()
    assert target.read_bytes()[:4] == b"%PDF" and page.message.property("tone") != "error"


def test_a_refusal_and_an_unexpected_error_in_the_worker_are_reported(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch
) -> None:
    import miljologg.dossier
    from miljologg.services.errors import ValidationError

    garbage = tmp_path / "ikke-en-database"
    garbage.write_bytes(b"x" * 4096)
    try:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master")
    except sqlite3.DatabaseError as exc:  # a real one: SQLite's code is on it
        not_a_database = exc
    errors = [
        ValidationError("period", "Perioden er tom."),
        RuntimeError("something went wrong"),
        not_a_database,
    ]

    def build(*_args, **_kwargs):
        raise errors.pop(0)

    monkeypatch.setattr(miljologg.dossier, "build_dossier", build)
    target = tmp_path / "dokumentasjon.pdf"
    page = _page(qtbot, services, target)
    assert _fails_with(qtbot, page) == "Perioden er tom."
    # Not the exception's own text: it is often English (and may quote the log); the type
    # names it for a bug report, the log has the rest.
    assert _fails_with(qtbot, page) == "Uventet feil: RuntimeError"
    damaged = _fails_with(qtbot, page)  # SQLite's «file is not a database», in Norwegian
    assert "skadet" in damaged and "file is not" not in damaged
    assert not target.exists() and errors == []


def test_the_dossier_is_written_in_the_language_chosen_on_the_page(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    page = _page(qtbot, services, tmp_path / "nn.pdf")
    assert [page.language.itemText(i) for i in range(3)] == ["Bokmål", "Nynorsk", "English"]
    assert page.dossier_language() == "nb"  # the app's language unless changed
    page.language.setCurrentIndex(1)
    with qtbot.waitSignal(page.finished, timeout=30_000) as blocker:
        page.save_button.click()
    text = " ".join((PdfReader(blocker.args[0].path).pages[0].extract_text() or "").split())
    assert "Dokumentasjon av rettleiing, oppmøte og arbeidskrav" in text
    assert page.message.text().startswith("Lagret")  # the page itself still speaks bokmål
