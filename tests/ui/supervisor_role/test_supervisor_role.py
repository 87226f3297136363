"""A supervisor's data file: its own pages, reviewing a request, the record of supervision given,
the key page; and the student's Fil → «Importer signert svar …»."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from miljologg.core.labels import FORM_LABELS
from miljologg.core.model import Form, Role
from miljologg.core.signing import format_fingerprint
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from miljologg.ui.shell.main_window import MainWindow
from miljologg.ui.shell.page_stack import PAGE_KEYS, SUPERVISOR_PAGE_KEYS
from miljologg.ui.signing import actions as signing_actions
from miljologg.ui.supervisor_role.given_model import GivenTableModel
from miljologg.ui.supervisor_role.pages import GivenPage, KeyPage, RequestsPage
from miljologg.ui.supervisor_role.review_dialog import FORM, ReviewRequestDialog
from miljologg.ui.widgets.file_chooser import FileKind
from tests.conftest import fixed_clock

PASS = "hemmelig passord"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def supervisor(tmp_path: Path) -> Services:
    sup = Services(open_database(tmp_path / "veileder.sqlite"), now=fixed_clock())
    sup.profile.save(ProfileInput(name="Kari Nordmann", role=Role.SUPERVISOR))
    return sup


def _request(services: Services, tmp_path: Path, days: tuple[int, ...] = (5, 6)) -> Path:
    kari = services.supervisors.find("Kari Nordmann").id
    ids = [
        services.sessions.add(
            SessionInput(dt.date(2025, 5, d), 90, Form.INDIVIDUAL, kari, 1, f"Tema {d}")
        ).id
        for d in days
    ]
    path = tmp_path / "req.json"
    services.signing_files.write_request(path, kari, ids)
    return path


def _click_ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_supervisor_window_shows_only_the_supervisor_pages(
    qtbot, supervisor: Services, tmp_path: Path, settings: QSettings
) -> None:
    window = MainWindow(supervisor, tmp_path / "veileder.sqlite", settings)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Signeringsforespørsler", "Veiledning gitt", "Min nøkkel"]
    assert window.current_page_key() == "requests"
    assert window.page_keys == SUPERVISOR_PAGE_KEYS
    assert set(window.pages) == {"requests"}  # the others are built when first shown
    assert window.import_response_action is None
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Rediger" not in menus
    assert isinstance(window.show_page("given"), GivenPage)
    window.refresh_all()


def test_supervisor_reviews_a_request_and_the_given_table_shows_it(
    qtbot, services: Services, supervisor: Services, tmp_path: Path, settings: QSettings
) -> None:
    request = _request(services, tmp_path)
    window = MainWindow(supervisor, tmp_path / "veileder.sqlite", settings)
    qtbot.addWidget(window)
    window.show()
    given = window.pages["given"]
    assert given.model.rowCount() == 0

    chosen: list[tuple[str, bool]] = []
    out = tmp_path / "svar.json"

    def chooser(_parent, kind: FileKind, _start: str, /) -> str:
        chosen.append((kind.title, kind.save))
        return str(out) if kind.save else str(request)

    page = window.show_page("requests")
    assert isinstance(page, RequestsPage)
    page.chooser = chooser
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert [save for _t, save in chosen] == [False, True]
    dialog.set_approved(1, False, "Var ikke til stede")
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.confirm, PASS)
    _click_ok(qtbot, dialog.buttons)
    assert out.exists() and not dialog.isVisible()
    assert str(out) in page.status.text()

    # The page's ``changed`` refreshed every page: the given table lists both decisions.
    model = given.model
    assert model.rowCount() == 2
    rows = {
        model.index(r, GivenTableModel.DATE).data(): [
            model.index(r, c).data() for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }
    assert rows["05.05.2025"] == [
        "Test Student",
        "05.05.2025",
        "1 t 30 min",
        "Individuell",
        "Signert",
        "",
    ]
    assert rows["06.05.2025"][4:] == ["Avvist", "Var ikke til stede"]
    assert "1 møte signert, 1 avvist, 1 student." in given.summary.text()
    first = given.proxy.index(0, GivenTableModel.DATE).data()
    assert first == "06.05.2025"  # newest first

    # The key made while signing shows on «Min nøkkel» and exports as PEM.
    key_page = window.pages["key"]
    assert isinstance(key_page, KeyPage)
    key = supervisor.signing.own_key()
    assert key_page.fingerprint.text() == format_fingerprint(key.fingerprint)
    assert not key_page.create_box.isVisibleTo(key_page)
    pem = key_page.export_key(tmp_path / "kari.pem")
    assert pem is not None and pem.read_text().startswith("-----BEGIN PUBLIC KEY-----")

    # The student imports the answer through Fil → «Importer signert svar …».
    student = MainWindow(services, tmp_path / "student.sqlite", settings)
    qtbot.addWidget(student)
    assert student.import_response_action is not None
    file_menu = student.menuBar().actions()[0].menu()
    assert student.import_response_action in file_menu.actions()
    messages: list[str] = []
    original = signing_actions.inform
    signing_actions.inform = lambda _p, _t, text, error=False: messages.append(text)
    try:
        student.import_signed_response(out)
    finally:
        signing_actions.inform = original
    assert "1 signert, 1 avvist" in messages[0]
    offs = services.signing.sign_offs()
    assert sorted(o.state for o in offs.values()) == ["rejected", "signed"]


def test_the_review_names_each_form_as_every_other_view_does(
    qtbot, services: Services, supervisor: Services, tmp_path: Path
) -> None:
    """The form column reads ``core.labels.FORM_LABELS`` (issue 13 §4: one form-label source);
    it used to keep its own wording («Gruppe (ekstern veileder)»)."""
    kari = services.supervisors.find("Kari Nordmann").id
    forms = (Form.INDIVIDUAL, Form.EXTERNAL_GROUP)
    ids = [
        services.sessions.add(
            SessionInput(dt.date(2025, 5, 5 + i), 90, form, kari, 1 if i == 0 else 4, "Tema")
        ).id
        for i, form in enumerate(forms)
    ]
    request = tmp_path / "req.json"
    services.signing_files.write_request(request, kari, ids)
    dialog = ReviewRequestDialog(supervisor, request.read_bytes(), tmp_path / "svar.json")
    qtbot.addWidget(dialog)
    shown = sorted(dialog.table.item(row, FORM).text() for row in range(dialog.table.rowCount()))
    assert shown == sorted(FORM_LABELS[f] for f in forms) == ["Gruppe (ekstern)", "Individuell"]


def test_key_page_creates_a_key_with_confirmation(qtbot, supervisor: Services) -> None:
    page = KeyPage(supervisor)
    qtbot.addWidget(page)
    page.show()
    assert page.create_box.isVisible() and not page.export_button.isVisible()
    qtbot.keyClicks(page.passphrase, PASS)
    qtbot.keyClicks(page.confirm, PASS + "x")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "ikke like" in page.message.text() and supervisor.signing.own_key() is None
    qtbot.keyClicks(page.passphrase, PASS)
    qtbot.keyClicks(page.confirm, PASS)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert supervisor.signing.own_key() is not None
    assert page.export_button.isVisible() and not page.create_box.isVisible()


def test_student_window_keeps_the_student_pages(
    qtbot, services: Services, tmp_path: Path, settings: QSettings
) -> None:
    window = MainWindow(services, tmp_path / "s.sqlite", settings)
    qtbot.addWidget(window)
    assert window.page_keys == PAGE_KEYS and not window.is_supervisor


def test_supervisor_welcome_flow_creates_a_supervisor_file(qtbot, empty_services: Services) -> None:
    from miljologg.ui.shell.welcome import welcome_dialog

    dialog = welcome_dialog(empty_services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.programme_combo.isVisible() and not dialog.position_edit.isVisible()
    qtbot.mouseClick(dialog.supervisor_radio, Qt.MouseButton.LeftButton)
    assert not dialog.programme_combo.isVisible() and not dialog.tasks_edit.isVisible()
    assert dialog.position_edit.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Kari Nordmann")
    dialog.profession_combo.setCurrentText("sosionom")
    qtbot.keyClicks(dialog.workplace_edit, "BUP Nord")
    qtbot.keyClicks(dialog.position_edit, "fagkonsulent")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    profile = empty_services.profile.get()
    assert profile is not None and profile.role is Role.SUPERVISOR
    assert (profile.name, profile.profession, profile.workplace) == (
        "Kari Nordmann",
        "sosionom",
        "BUP Nord",
    )
    assert profile.programme_id == "" and profile.tasks == "fagkonsulent"
    assert empty_services.profile.programme() is None


def test_supervisor_welcome_needs_a_name(qtbot, empty_services: Services) -> None:
    from miljologg.ui.shell.welcome import welcome_dialog

    dialog = welcome_dialog(empty_services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.supervisor_radio.setChecked(True)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.messages["name"].isVisible()
    assert empty_services.profile.get() is None


def test_min_nokkel_exports_the_public_key_through_the_file_chooser(
    qtbot, supervisor: Services, tmp_path: Path, monkeypatch
) -> None:
    import hashlib

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        PublicFormat,
        load_pem_public_key,
    )

    from miljologg.ui.supervisor_role import pages

    answers = [str(tmp_path / "kari.pem"), "", str(tmp_path)]  # a file; cancel; a folder
    asked: list[tuple[str, str, bool]] = []

    def chooser(parent, kind: FileKind, start: str, /) -> str:
        asked.append((kind.title, kind.filters, kind.save))
        return answers.pop(0)

    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        pages, "inform", lambda _p, _t, text, error=False: shown.append((text, error))
    )
    supervisor.signing.create_own_key(PASS)
    page = KeyPage(supervisor, chooser=chooser)
    qtbot.addWidget(page)
    page.show()
    assert page.export_button.isVisible()

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == [("Eksporter offentlig nøkkel", "Offentlig nøkkel (*.pem)", True)]
    # Read back with the cryptography package: the key whose fingerprint the page shows.
    public = load_pem_public_key((tmp_path / "kari.pem").read_bytes())
    assert isinstance(public, Ed25519PublicKey)
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert hashlib.sha256(raw).hexdigest() == supervisor.signing.own_key().fingerprint
    assert page.fingerprint.text() == format_fingerprint(hashlib.sha256(raw).hexdigest())

    before = sorted(tmp_path.iterdir())
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # cancelled
    assert sorted(tmp_path.iterdir()) == before and shown == []

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # a folder: refused
    [(text, error)] = shown
    assert error and text.startswith(f"Kunne ikke lagre {tmp_path}:")
    assert sorted(tmp_path.iterdir()) == before
