"""Paper sign-off, step one: the sign sheet, driven through the «Veiledning» page's widgets."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from miljologg.core.model import Form
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.ui.sessions.page import SessionsPage
from miljologg.ui.signing import sheet_dialog
from miljologg.ui.signing.sheet_dialog import SupervisorPickDialog


def _add(services: Services, day: int, who: str = "Kari Nordmann") -> str:
    sid = services.supervisors.find(who).id
    return services.sessions.add(
        SessionInput(dt.date(2025, 5, day), 90, Form.INDIVIDUAL, sid, 1, f"Tema {day}")
    ).id


def _ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def page(qtbot, services: Services) -> SessionsPage:
    widget = SessionsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    return widget


def test_sign_sheet_for_the_current_sessions_supervisor(
    qtbot, page: SessionsPage, services: Services, tmp_path: Path, monkeypatch
) -> None:
    a, _b = _add(services, 5), _add(services, 6)
    page.refresh()
    page.select(a)
    asked: list[str] = []
    page.signing.chooser = lambda *args: asked.append(args[2]) or str(tmp_path / "ark")

    assert page.signing.act_sheet in page.file_sign_button.menu().actions()
    page.signing.act_sheet.trigger()
    pick = page.signing.dialog
    assert isinstance(pick, SupervisorPickDialog) and pick.isVisible()
    items = [pick.list.item(n) for n in range(pick.list.count())]
    assert [i.text() for i in items] == [
        "Kari Nordmann – 2 usignerte møter",
        "Per Lund – 0 usignerte møter",
    ]
    assert pick.list.currentItem() is items[0]
    assert not items[1].flags() & Qt.ItemFlag.ItemIsEnabled  # nothing to sign: not choosable
    _ok(qtbot, pick.buttons)

    info = page.signing.sheet_info
    assert info is not None and info.path == tmp_path / "ark.pdf"  # .pdf added
    assert info.path.read_bytes()[:5] == b"%PDF-" and info.pages >= 1 and info.sessions == 2
    assert asked[0].endswith(".pdf") and "signerark-kari-nordmann" in asked[0]

    box = page.signing.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(info.path) in box.text() and re.search(r"\(\d+ sider?, 2 møter\)", box.text())
    opened: list[Path] = []
    monkeypatch.setattr(sheet_dialog, "open_pdf", opened.append)
    open_button = next(b for b in box.findChildren(QPushButton) if b.text() == "Åpne PDF")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened == [info.path]


def test_cancelled_sheet_writes_nothing(
    qtbot, page: SessionsPage, services: Services, tmp_path: Path
) -> None:
    _add(services, 5)
    page.signing.chooser = lambda *args: ""
    page.signing.act_sheet.trigger()
    _ok(qtbot, page.signing.dialog.buttons)
    assert page.signing.sheet_info is None and list(tmp_path.glob("*.pdf")) == []
