"""Fil → Eksporter / Importer… / Sikkerhetskopier…: the actions, with an injected file chooser."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from miljologg.core.model import Form
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.backups import BackupService
from miljologg.services.sessions import SessionInput
from miljologg.ui.shell import transfer_actions
from miljologg.ui.shell.backup_dialog import BackupDialog
from miljologg.ui.widgets.file_chooser import FileKind
from tests.ui.shell.conftest import Messages


def _add(services: Services, day: int) -> str:
    kari = services.supervisors.find("Kari Nordmann")
    session = SessionInput(dt.date(2025, 6, day), 60, Form.INDIVIDUAL, kari.id)
    return services.sessions.add(session).id


# -- the menu --------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    win = QMainWindow()
    qtbot.addWidget(win)
    return win


def _menu(window: QMainWindow) -> QMenu:
    menu = window.menuBar().addMenu("&Fil")
    menu.addAction("&Åpne datafil…")
    menu.addSeparator()
    menu.addAction("&Avslutt")
    return menu


def test_install_file_menu_places_actions_before_quit(
    window: QMainWindow, services: Services
) -> None:
    menu = _menu(window)
    actions = transfer_actions.install_file_menu(menu, window, services, lambda: None)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Åpne datafil…",
        "&Eksporter",
        "&Importer…",
        "&Sikkerhetskopier…",
        "&Avslutt",
    ]
    export_menu = actions["export"].menu()
    assert [a.text() for a in export_menu.actions()] == [
        "Veiledningsmøter (CSV)…",
        "Oppmøte på samlinger (CSV)…",
        "Samlinger til kalenderen (.ics)…",
        "Hele loggen (JSON)…",
    ]


def test_export_actions_write_files(
    window: QMainWindow, services: Services, tmp_path: Path, messages: Messages
) -> None:
    _add(services, 2)
    chosen: list[tuple[str, bool]] = []

    def chooser(_parent: Any, kind: FileKind, start: str, /) -> str:
        chosen.append((kind.filters, kind.save))
        return str(tmp_path / Path(start).stem)  # no suffix: the action adds it

    actions = transfer_actions.install_file_menu(
        _menu(window), window, services, lambda: None, chooser
    )
    for kind in transfer_actions.EXPORT_KINDS:
        actions[f"export-{kind}"].trigger()
    assert all(save for _, save in chosen)
    with (tmp_path / "veiledning.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle, delimiter=";"))) == 2
    assert (tmp_path / "oppmote.csv").exists()
    assert (tmp_path / "samlinger.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert json.loads((tmp_path / "miljologg-eksport.json").read_text())["sessions"]
    assert [t for t, _, err in messages.shown if not err] == ["Eksportert"] * 4
    assert "Skrev 1 veiledningsmøte til" in messages.shown[0][1]


def test_cancelled_export_writes_nothing(
    window: QMainWindow, services: Services, tmp_path: Path, messages: Messages
) -> None:
    assert transfer_actions.export_file(window, services, "csv", lambda *a: "") is None
    assert not messages.shown and not list(tmp_path.glob("*.csv"))


def test_import_action_backs_up_reports_and_refreshes(
    window: QMainWindow, services: Services, data_file: Path, tmp_path: Path, messages: Messages
) -> None:
    now = services.ctx.now
    other = Services(open_database(tmp_path / "annen" / "a.sqlite"), now=now)
    services.transfer.export_json(tmp_path / "profil.json")
    transfer_actions.import_file(None, other, lambda *a: str(tmp_path / "profil.json"))
    kari = other.supervisors.find("Kari Nordmann")
    other.sessions.add(SessionInput(dt.date(2025, 6, 4), 45, Form.INDIVIDUAL, kari.id))
    other.transfer.export_json(tmp_path / "eksport.json")

    changed: list[int] = []
    actions = transfer_actions.install_file_menu(
        _menu(window),
        window,
        services,
        lambda: changed.append(1),
        lambda *a: str(tmp_path / "eksport.json"),
    )
    actions["import"].trigger()
    assert changed == [1]
    assert len(services.sessions.list()) == 1
    title, text, error = messages.shown[-1]
    assert (title, error) == ("Importert", False)
    assert (
        "Nye: 1 veiledningsmøte" in text and "Fantes fra før: 3" in text
    )  # profile and two supervisors
    assert [b.reason for b in BackupService(data_file).list()] == ["pre-import"]


def test_a_bad_import_shows_the_place_and_changes_nothing(
    window: QMainWindow, services: Services, tmp_path: Path, messages: Messages
) -> None:
    _add(services, 2)
    services.transfer.export_json(tmp_path / "e.json")
    data = json.loads((tmp_path / "e.json").read_text())
    data["sessions"][0]["minutes"] = "mange"
    (tmp_path / "e.json").write_text(json.dumps(data))
    changed: list[int] = []
    report = transfer_actions.import_file(
        window, services, lambda *a: str(tmp_path / "e.json"), lambda: changed.append(1)
    )
    assert report is None and not changed
    title, text, error = messages.shown[-1]
    assert error and "sessions[0].minutes" in text and "Ingenting er endret" in text


def test_backups_action_opens_the_dialog_and_a_restore_refreshes(
    qtbot: Any, window: QMainWindow, services: Services, messages: Messages
) -> None:
    BackupService(services.db.path, services.ctx.now).create("manual")
    _add(services, 2)
    changed: list[int] = []
    dialog = transfer_actions.open_backup_dialog(window, services, lambda: changed.append(1))
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    dialog.table.selectRow(0)
    assert dialog.restore_selected()
    assert changed == [1] and services.sessions.list() == ()
    dialog.close()


@pytest.mark.parametrize("kind", ["attendance-csv", "ics"])
def test_gathering_exports_are_refused_without_a_programme(
    empty_services: Services, tmp_path: Path, messages: Messages, kind: str
) -> None:
    from miljologg.core.model import Role
    from miljologg.services.profile import ProfileInput

    # A supervisor's file follows no programme: it has no gathering days to export.
    empty_services.profile.save(
        ProfileInput(name="Kari Nordmann", role=Role.SUPERVISOR, profession="sosionom")
    )
    assert empty_services.profile.programme() is None
    asked: list[str] = []

    def chooser(_parent: Any, kind: FileKind, _start: str, /) -> str:
        asked.append(kind.title)
        return str(tmp_path / "eksport")

    assert transfer_actions.export_file(None, empty_services, kind, chooser) is None
    assert asked == []  # refused before any file dialog
    assert messages.shown == [
        ("Ingen samlinger å eksportere", "Velg et studieprogram i profilen først.", True)
    ]
    assert not list(tmp_path.glob("eksport*"))
    # The log itself can still be exported.
    assert transfer_actions.export_file(None, empty_services, "json", chooser) is not None
    assert asked == ["Eksporter"]
