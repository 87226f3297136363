"""Every dialog of the app, built on a test log: one factory per QDialog subclass under
``miljologg.ui`` (found by walking the package, so a new dialog cannot be forgotten).

The keyboard test opens each to check its Alt+letters in every language, the language test
(tests/i18n/test_gui_dialogs.py) to read its words in nynorsk and English. A factory builds its
dialogs in the language in force when it is called.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

import miljologg.ui
from miljologg.core.model import AttendanceStatus, Form, Role, SessionStatus
from miljologg.dossier.verify import DossierReport
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.services.signing_base import KeyInfo
from miljologg.services.signing_import import KeyMismatchError
from tests.services.signing_helpers import PASS, kari_id, supervisor_file


def add_session(
    services: Services, day: int = 10, status: SessionStatus = SessionStatus.HELD
) -> str:
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

    missed = services.sessions.get(add_session(services, 2, SessionStatus.MISSED))
    return [MakeUpDialog(missed, services.sessions.list(), {})]


def _supervisor(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.supervisors.dialog import SupervisorDialog

    return [SupervisorDialog(), SupervisorDialog(services.supervisors.find("Kari Nordmann"))]


def _assignment(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.assignments.dialog import AssignmentDialog

    return [AssignmentDialog(services)]


def _attendance(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.gatherings.attendance_dialog import AttendanceDialog
    from miljologg.ui.gatherings.day_texts import date_range_text, day_text

    days = [(dt.date(2025, 3, 10), 420), (dt.date(2025, 3, 11), 330)]
    # the headings the page gives them: a day, and a gathering by its name in the tree
    gathering = QCoreApplication.translate("GatheringsPage", "Samling {number}: {dates}")
    named = gathering.format(number=10, dates=date_range_text([d for d, _m in days]))
    return [
        AttendanceDialog(days[:1], AttendanceStatus.PARTIAL, day_text(days[0][0])),
        AttendanceDialog(days, AttendanceStatus.ABSENT, named),
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

    return [SignDialog(services, [add_session(services, 3)])]


def _reopen(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.signing.actions import ReopenDialog

    sid = add_session(services, 4)
    services.signing.sign_in_person([sid], kari_id(services), PASS, create_key=True)
    return [ReopenDialog(services, sid)]


def _paper(services: Services, tmp: Path) -> list[QDialog]:
    from miljologg.ui.signing.paper_dialog import PaperRecordDialog
    from miljologg.ui.signing.sheet_dialog import SupervisorPickDialog

    add_session(services, 5)
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
    services.signing_files.write_request(request, kari_id(services), [add_session(services, 6)])
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
