"""The keyboard and the small things a person trips over (issue 10 §5).

- Every dialog of the app (each QDialog subclass under miljologg.ui, found by walking the
  package, so a new dialog cannot be forgotten) and every menu gives each Alt+letter once:
  Alt+O was both «Arbeidsoppgaver» and «Opprett», «Stilling» and «Studieprogram» shared t.
- Tab leaves a table or tree instead of walking its cells.
- After T, D or B on Samlinger the next day is selected.
- Slett and Rediger on a signed session say it is signed and offer «Gjenåpne» before any
  «Dette kan ikke angres».
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)

import miljologg.ui
from miljologg.core.model import AttendanceStatus, Form, Role, SessionStatus
from miljologg.dossier.verify import DossierReport
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.services.signing_base import KeyInfo
from miljologg.services.signing_import import KeyMismatchError
from miljologg.ui.shell.main_window import PAGE_KEYS, MainWindow
from tests.services.signing_helpers import PASS, kari_id, supervisor_file

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the texts that claim it, for every label, button and group in ``root``
    (shown or not: a field hidden for one role is shown for the other)."""
    texts: list[str] = []
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for button in root.findChildren(QAbstractButton):
        texts.append(button.text())
    for group in root.findChildren(QGroupBox):
        texts.append(group.title())
    claims: dict[str, list[str]] = {}
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            claims.setdefault(key, []).append(text)
    return claims


def clashes(claims: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: texts for key, texts in claims.items() if len(texts) > 1}


def _session(services: Services, day: int = 10, status: SessionStatus = SessionStatus.HELD) -> str:
    return services.sessions.add(
        SessionInput(
            dt.date(2025, 6, day), 60, Form.INDIVIDUAL, kari_id(services), 1, "Tema", status=status
        )
    ).id


Factory = Callable[[Services, Path], list[QDialog]]


def _welcome(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.shell.welcome import WelcomeDialog

    dialog = WelcomeDialog()
    return [dialog]


def _profile(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.shell.profile_dialog import ProfileDialog

    student = services.profile.get()
    assert student is not None
    sup = supervisor_file(tmp)
    owner = sup.profile.get()
    assert owner is not None and owner.role is Role.SUPERVISOR
    return [ProfileDialog(student, "RBUP", 2), ProfileDialog(owner)]


def _session_dialog(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.sessions.dialog import SessionDialog

    return [SessionDialog(services, add_supervisor=services.supervisors.add)]


def _makeup(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.sessions.makeup_dialog import MakeUpDialog

    missed = services.sessions.get(_session(services, 2, SessionStatus.MISSED))
    return [MakeUpDialog(missed, services.sessions.list(), {})]


def _supervisor(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.supervisors.dialog import SupervisorDialog

    return [SupervisorDialog(), SupervisorDialog(services.supervisors.find("Kari Nordmann"))]


def _assignment(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.assignments.dialog import AssignmentDialog

    return [AssignmentDialog(services)]


def _attendance(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.gatherings.attendance_dialog import AttendanceDialog

    days = [(dt.date(2025, 3, 10), 420), (dt.date(2025, 3, 11), 330)]
    return [
        AttendanceDialog(days, AttendanceStatus.PARTIAL, "Samling"),
        AttendanceDialog(days, AttendanceStatus.ABSENT, "Samling"),
    ]


def _backups(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.shell.backup_dialog import BackupDialog

    return [BackupDialog(services)]


def _report(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.dossier.verify_dialog import ReportDialog

    return [ReportDialog(tmp / "x.pdf", DossierReport(lines=["x"]))]


def _text(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.shell.help import about_dialog, guide_dialog

    return [guide_dialog(), about_dialog(tmp / "x.sqlite", services.profile.programme())]


def _sign(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.signing.sign_dialog import SignDialog

    return [SignDialog(services, [_session(services, 3)])]


def _reopen(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.signing.actions import ReopenDialog

    sid = _session(services, 4)
    services.signing.sign_in_person([sid], kari_id(services), PASS, create_key=True)
    return [ReopenDialog(services, sid)]


def _paper(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.signing.paper_dialog import PaperRecordDialog
    from miljologg.ui.signing.sheet_dialog import SupervisorPickDialog

    _session(services, 5)
    return [
        PaperRecordDialog(services, kari_id(services)),
        SupervisorPickDialog(services, kari_id(services)),
    ]


def _repin(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.signing.repin_dialog import RepinDialog

    old, new = KeyInfo("ab" * 32, ""), KeyInfo("cd" * 32, "")
    error = KeyMismatchError("ny nøkkel", kari_id(services), old, new)
    return [RepinDialog(services, error, tmp / "svar.json")]


def _review(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.supervisor_role.review_dialog import ReviewRequestDialog

    request = tmp / "req.json"
    services.signing_files.write_request(request, kari_id(services), [_session(services, 6)])
    sup = supervisor_file(tmp, "Kari Nordmann")
    return [ReviewRequestDialog(sup, request.read_bytes(), tmp / "svar.json")]


FACTORIES: dict[str, Factory] = {
    "WelcomeDialog": _welcome,
    "ProfileDialog": _profile,
    "SessionDialog": _session_dialog,
    "MakeUpDialog": _makeup,
    "SupervisorDialog": _supervisor,
    "AssignmentDialog": _assignment,
    "AttendanceDialog": _attendance,
    "BackupDialog": _backups,
    "ReportDialog": _report,
    "TextDialog": _text,
    "SignDialog": _sign,
    "ReopenDialog": _reopen,
    "PaperRecordDialog": _paper,
    "SupervisorPickDialog": _paper,
    "RepinDialog": _repin,
    "ReviewRequestDialog": _review,
}
#: Base classes, never shown themselves.
ABSTRACT = {"FormDialog"}


def app_dialog_classes() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(miljologg.ui.__path__, "miljologg.ui."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if inspect.isclass(obj) and issubclass(obj, QDialog) and obj.__module__ == info.name:
                found.add(obj.__name__)
    return found - ABSTRACT


def test_every_dialog_of_the_app_is_walked() -> None:
    assert app_dialog_classes() == set(FACTORIES)


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_each_dialog_gives_each_alt_letter_once(
    qtbot, services: Services, tmp_path: Path, name: str
) -> None:
    for dialog in FACTORIES[name](services, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        claims = mnemonics(dialog)
        assert not clashes(claims), f"{type(dialog).__name__}: {clashes(claims)}"
        for view in dialog.findChildren(QAbstractItemView):
            assert not view.tabKeyNavigation(), f"{type(dialog).__name__}: {type(view)}"


def test_menus_give_each_alt_letter_once(qtbot, services: Services, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, services.db.path, settings)
    qtbot.addWidget(window)
    window.show()
    window._fill_signing_menu()
    bar = [a.text() for a in window.menuBar().actions()]
    assert not clashes({k: [t for t in bar if mnemonic(t) == k] for k in map(mnemonic, bar) if k})
    for menu in window.findChildren(QMenu):
        texts = [a.text() for a in menu.actions() if isinstance(a, QAction) and a.text()]
        claims: dict[str, list[str]] = {}
        for text in texts:
            key = mnemonic(text)
            if key is not None:
                claims.setdefault(key, []).append(text)
        assert not clashes(claims), f"{menu.title()}: {clashes(claims)}"


def test_tab_leaves_every_table_and_tree(qtbot, services: Services, tmp_path: Path) -> None:
    for day in (2, 3):
        _session(services, day)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, services.db.path, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key in PAGE_KEYS:
        window.show_page(key)
        for view in window.pages[key].findChildren(QAbstractItemView):
            if not view.isVisible() or view.model() is None or not view.model().rowCount():
                continue
            assert not view.tabKeyNavigation(), f"{key}: {type(view).__name__}"
            view.setFocus()
            view.setCurrentIndex(view.model().index(0, 0))
            QTest.keyClick(view, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is not view, f"{key}: Tab stayed in the table"


def status_of(services: Services, day: dt.date) -> AttendanceStatus | None:
    return next((a.status for a in services.attendance.list() if a.date == day), None)


def test_a_key_on_a_day_moves_to_the_next_day(qtbot, services: Services) -> None:
    from miljologg.ui.gatherings.page import GatheringsPage

    page = GatheringsPage(services)
    qtbot.addWidget(page)
    page.show()
    first, second, third = dt.date(2025, 3, 10), dt.date(2025, 3, 11), dt.date(2025, 4, 7)
    page.select(first.isoformat())
    QTest.keyClick(page.tree, Qt.Key.Key_T)
    assert status_of(services, first) is AttendanceStatus.PRESENT
    assert page.tree.currentItem() is page.day_item(second)
    QTest.keyClick(page.tree, Qt.Key.Key_B)  # asks for a reason first
    dialog = page.dialog
    assert dialog is not None and page.tree.currentItem() is page.day_item(second)
    QTest.keyClicks(dialog.reason_edit.lineEdit(), "Syk")  # type: ignore[attr-defined]
    dialog.accept()
    assert status_of(services, second) is AttendanceStatus.ABSENT
    assert page.tree.currentItem() is page.day_item(third)  # the next gathering's first day
    QTest.keyClick(page.tree, Qt.Key.Key_Delete)  # undo stays on its day
    assert page.tree.currentItem() is page.day_item(third)


@pytest.mark.parametrize("action", ["delete", "edit"])
def test_a_signed_session_says_so_before_anything_else(
    qtbot, services: Services, monkeypatch, action: str
) -> None:
    from miljologg.ui.sessions import page as page_module
    from miljologg.ui.sessions.page import SessionsPage
    from miljologg.ui.signing.actions import ReopenDialog

    sid = _session(services)
    services.signing.sign_in_person([sid], kari_id(services), PASS, create_key=True)
    page = SessionsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.select(sid)
    asked: list[tuple[str, str, str]] = []

    def confirm(_parent: object, title: str, text: str, yes: str = "") -> bool:
        asked.append((title, text, yes))
        return True

    monkeypatch.setattr(page_module, "confirm", confirm)
    (page.delete_selected if action == "delete" else page.edit_selected)()
    assert len(asked) == 1  # one question, and not «Dette kan ikke angres»
    title, text, yes = asked[0]
    assert title == "Signert møte" and "signert" in text and yes == "Gjenåpne …"
    assert "kan ikke angres" not in text
    assert isinstance(page.dialog, ReopenDialog)
    assert services.sessions.get(sid) is not None  # nothing deleted


def test_welcome_role_fields_do_not_share_a_letter(qtbot) -> None:
    """The pair the issue names: «Stilling» (supervisor) and «Studieprogram» (student)."""
    from miljologg.ui.shell.welcome import WelcomeDialog

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    claims = mnemonics(dialog)
    owners = {
        text.replace("&", "").rstrip(":"): key for key, texts in claims.items() for text in texts
    }
    assert owners["Stilling"] != owners["Studieprogram"]
    assert owners["Arbeidsoppgaver"] != owners["Opprett"]
