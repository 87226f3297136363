"""Paper sign-off and dossier checking, driven through the real widgets of the two pages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from miljologg.core.model import Form
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.paper import MAX_SCAN_BYTES
from miljologg.services.scan_file import too_big
from miljologg.services.sessions import SessionInput
from miljologg.ui.dossier.page import DossierPage
from miljologg.ui.dossier.verify_dialog import ReportDialog
from miljologg.ui.sessions.model import SessionTableModel as M
from miljologg.ui.sessions.page import SessionsPage
from miljologg.ui.signing.paper_dialog import PaperRecordDialog, recorded_by_service
from miljologg.ui.widgets.file_chooser import FileKind


def _add(services: Services, day: int, who: str = "Kari Nordmann") -> str:
    sid = services.supervisors.find(who).id
    return services.sessions.add(
        SessionInput(dt.date(2025, 5, day), 90, Form.INDIVIDUAL, sid, 1, f"Tema {day}")
    ).id


def _png(path: Path) -> Path:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(path), "PNG")
    return path


def _ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _sign_cell(page: SessionsPage, session_id: str) -> str:
    return page.model.index(page.model.row_of(session_id), M.SIGN_OFF).data()


@pytest.fixture
def page(qtbot, services: Services) -> SessionsPage:
    widget = SessionsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    return widget


def test_record_paper_signature_locks_the_sessions(
    qtbot, page: SessionsPage, services: Services, tmp_path: Path
) -> None:
    a, b, c = _add(services, 5), _add(services, 6), _add(services, 7)
    kari = services.supervisors.find("Kari Nordmann").id
    digests = {r.session_id: r.digest for r in services.paper.sheet(kari).rows}
    page.refresh()
    page.select(a)
    scan = _png(tmp_path / "ark.png")
    page.signing.chooser = lambda *args: str(scan)

    assert page.signing.act_paper in page.file_sign_button.menu().actions()
    page.signing.act_paper.trigger()
    dialog = page.signing.dialog
    assert isinstance(dialog, PaperRecordDialog) and dialog.isVisible()
    assert dialog.supervisor.currentText() == "Kari Nordmann (3 usignerte møter)"
    assert dialog.checked_ids() == [a]  # the page's selection starts ticked
    for sid in (a, b, c):  # the fingerprint exactly as the sheet prints it
        assert dialog.digest_text(sid) == digests[sid]
        assert re.fullmatch(r"[0-9A-F]{4} [0-9A-F]{4}", digests[sid])
    dialog.set_checked(b)
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.scan.text() == str(scan) and not dialog.scan_message.isVisible()

    with qtbot.waitSignal(page.changed):
        _ok(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    offs = services.signing.sign_offs()
    assert offs[a].method == offs[b].method == "paper" and offs[a].locked and offs[b].locked
    assert c not in offs or not offs[c].locked
    assert _sign_cell(page, a) == "Signert 18.06.2025 av Kari Nordmann (papir)"
    assert page.signing.is_locked(a) and not page.signing.is_locked(c)
    (stored,) = services.paper.scans()
    assert set(stored.session_ids) == {a, b} and stored.media_type == "image/png"
    # No sign sheet was made in miljologg: recorded, and the student is told what to check.
    warning = page.signing.warning_box
    assert isinstance(warning, QMessageBox) and warning.isVisible()
    assert "ikke laget noe signeringsark for Kari Nordmann" in warning.text()
    with pytest.raises(ValidationError):  # locked: changing it needs «Gjenåpne»
        services.sessions.update(
            a, SessionInput(dt.date(2025, 5, 5), 60, Form.INDIVIDUAL, kari, 1, "Endret")
        )
    page.signing.act_paper.trigger()  # the signed ones are no longer offered
    assert [r.session_id for r in page.signing.dialog._rows] == [c]


def _open_record_dialog(qtbot, services: Services, session_id: str) -> PaperRecordDialog:
    kari = services.supervisors.find("Kari Nordmann").id
    # wired as the page opens it: the answer is recorded by services.paper
    dialog = recorded_by_service(PaperRecordDialog(services, kari, [session_id]), services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _nothing_written(services: Services) -> bool:
    return services.paper.scans() == [] and not any(
        o.locked for o in services.signing.sign_offs().values()
    )


def test_non_image_scan_is_refused_at_the_field(qtbot, services: Services, tmp_path: Path) -> None:
    a = _add(services, 5)
    dialog = _open_record_dialog(qtbot, services, a)
    text = tmp_path / "ark.png"
    text.write_text("ikke et bilde")
    qtbot.keyClicks(dialog.scan, str(text))
    assert dialog.scan_message.isVisible()  # as you type
    assert "PDF-, PNG- eller JPEG" in dialog.scan_message.text()
    _ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and "PDF-, PNG- eller JPEG" in dialog.scan_message.text()
    assert _nothing_written(services)


def test_too_large_scan_is_refused_at_the_field(qtbot, services: Services, tmp_path: Path) -> None:
    a = _add(services, 5)
    dialog = _open_record_dialog(qtbot, services, a)
    big = tmp_path / "stor.png"
    with big.open("wb") as f:  # sparse: a PNG header and a hole past the limit
        f.write(b"\x89PNG\r\n\x1a\n")
        f.truncate(MAX_SCAN_BYTES + 1)
    dialog.scan.setText(str(big))
    # While typing the field says what the service says on OK: one message, not two wordings.
    refusal = too_big(MAX_SCAN_BYTES + 1)
    assert "høyst 20 MB" in refusal
    assert dialog.scan_message.text() == refusal
    _ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and dialog.scan_message.isVisible()
    assert dialog.scan_message.text() == refusal
    assert _nothing_written(services)


def test_no_session_ticked_is_shown_at_the_list(qtbot, services: Services, tmp_path: Path) -> None:
    a = _add(services, 5)
    dialog = _open_record_dialog(qtbot, services, a)
    dialog.set_checked(a, False)
    dialog.scan.setText(str(_png(tmp_path / "ark.png")))
    _ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and dialog.sessions_message.isVisible()
    assert not dialog.scan_message.isVisible()
    assert _nothing_written(services)
    dialog.scan.clear()
    dialog.set_checked(a)
    _ok(qtbot, dialog.buttons)  # no file chosen
    assert dialog.scan_message.text() == "Velg filen med det skannede arket."
    assert _nothing_written(services)


def _dossier_page(qtbot, services: Services, pdf: Path) -> DossierPage:
    def chooser(parent: QWidget | None, kind: FileKind, start: str, /) -> str:
        assert "*.pdf" in kind.filters  # the PDF is saved to, and then checked from, one path
        return str(pdf)

    page = DossierPage(services, chooser=chooser)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def test_verify_a_fresh_dossier_from_the_page(qtbot, services: Services, tmp_path: Path) -> None:
    a = _add(services, 5)
    _add(services, 6)  # unsigned: reported as not checkable, not as a problem
    services.paper.record([a], _png(tmp_path / "ark.png"))
    pdf = tmp_path / "dokumentasjon.pdf"
    page = _dossier_page(qtbot, services, pdf)
    with qtbot.waitSignal(page.finished, timeout=30_000):
        page.save_button.click()
    assert pdf.exists()

    with qtbot.waitSignal(page.verify.verified, timeout=30_000) as blocker:
        qtbot.mouseClick(page.verify.button, Qt.MouseButton.LeftButton)
        assert not page.verify.button.isEnabled()
        assert page.verify.status.text() == "Kontrollerer …"
    report = blocker.args[0]
    assert report.ok, report.problems
    dialog = page.verify.dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    assert dialog.verdict.text() == "Alt stemmer" and "#1b6e20" in dialog.verdict.styleSheet()
    assert "Dette ble kontrollert" in dialog.text() and report.lines[0] in dialog.text()
    assert page.verify.button.isEnabled() and page.verify.status.text() == ""


def test_verify_a_damaged_file_shows_the_problems(
    qtbot, services: Services, tmp_path: Path
) -> None:
    junk = tmp_path / "ikke-en.pdf"
    junk.write_bytes(b"%PDF-1.7\nsnacks and garbage\n")
    page = _dossier_page(qtbot, services, junk)
    with qtbot.waitSignal(page.verify.verified, timeout=30_000) as blocker:
        page.verify.button.click()
    report = blocker.args[0]
    assert not report.ok and report.bad_input  # no PDF at all: bad input, one line
    dialog = page.verify.dialog
    assert dialog.isVisible() and dialog.verdict.text() == "Filen kan ikke kontrolleres"
    assert "#b00020" in dialog.verdict.styleSheet()
    assert report.bad_input in dialog.text() and "skadet" in report.bad_input
