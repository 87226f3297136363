"""Fil → Ny datafil… and Fil → Åpne datafil…, through the real window and app controller."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction

from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput
from miljologg.ui.shell import app as app_module
from miljologg.ui.shell import main_window as main_window_module
from miljologg.ui.shell.main_window import MainWindow
from miljologg.ui.shell.welcome import WelcomeDialog
from miljologg.ui.widgets.file_chooser import FileKind


class Chooser:
    """Answers the file dialog with a fixed path and remembers how it was asked."""

    def __init__(self, answer: Path | str) -> None:
        self.answer = str(answer)
        self.asked: list[dict[str, Any]] = []

    def __call__(self, parent, kind: FileKind, start: str, /) -> str:
        self.asked.append({**dataclasses.asdict(kind), "start": start})
        return self.answer


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    paths = []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        services = Services(open_database(path))
        services.profile.save(
            ProfileInput(name=f"Student {name[0]}", programme_id="rbup-kmaa-2024")
        )
        services.db.close()
        paths.append(path)
    return paths


@pytest.fixture
def controller(qtbot, tmp_path: Path, files: list[Path], monkeypatch) -> app_module.AppController:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        main_window_module, "inform", lambda _p, title, text, **_k: shown.append((title, text))
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctl = app_module.AppController(settings)
    assert ctl.open(files[0])
    assert ctl.window is not None
    qtbot.addWidget(ctl.window)
    ctl.shown = shown  # type: ignore[attr-defined]
    return ctl


def _menu_action(window: MainWindow, text: str) -> QAction:
    found = [a for a in window._file_menu.actions() if a.text().replace("&", "") == text]
    assert len(found) == 1, [a.text() for a in window._file_menu.actions()]
    return found[0]


def _current(ctl: app_module.AppController, qtbot) -> MainWindow:
    assert ctl.window is not None
    qtbot.addWidget(ctl.window)
    return ctl.window


def test_new_data_file_runs_the_welcome_and_shows_the_new_file(
    qtbot, controller, tmp_path: Path, monkeypatch
) -> None:
    first = controller.window
    target = tmp_path / "ny" / "mitt.sqlite"
    chooser = first.chooser = Chooser(target)

    def fill_in(dialog: WelcomeDialog) -> int:
        qtbot.keyClicks(dialog.name_edit, "Nora Ny")
        dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData("rbup-kmaa-2024"))
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(WelcomeDialog, "exec", fill_in)
    _menu_action(first, "Ny datafil…").trigger()

    asked = chooser.asked[0]
    assert asked["save"] and asked["title"] == "Ny datafil"
    assert asked["start"] == str(first.path.parent) and "*.sqlite" in asked["filters"]
    # an existing file is the window's business (it opens it), not an «overwrite?» question
    assert asked["confirm_overwrite"] is False and asked["accept"] == "Opprett"
    assert asked["suffix"] == "sqlite"
    second = _current(controller, qtbot)
    assert second is not first and second.path == target
    assert second.windowTitle() == "Nora Ny – mitt.sqlite – miljologg"
    assert second.services.profile.get().name == "Nora Ny"
    assert not first.isVisible()


def test_new_data_file_that_exists_is_opened_instead(qtbot, controller, files) -> None:
    first = controller.window
    first.chooser = Chooser(files[1])
    _menu_action(first, "Ny datafil…").trigger()
    assert controller.shown == [
        (
            "Filen finnes allerede",
            "Det finnes allerede en fil med dette navnet. Den blir åpnet i stedet.",
        )
    ]
    second = _current(controller, qtbot)
    assert second.path == files[1] and second.windowTitle() == "Student b – b.sqlite – miljologg"
    assert files[1].stat().st_size > 0  # opened, not replaced


def test_open_data_file(qtbot, controller, files) -> None:
    first = controller.window
    chooser = first.chooser = Chooser(files[1])
    _menu_action(first, "Åpne datafil…").trigger()
    asked = chooser.asked[0]
    assert not asked["save"] and asked["title"] == "Åpne datafil"
    second = _current(controller, qtbot)
    assert second is not first and second.path == files[1]
    assert controller.settings.value(app_module.LAST_FILE_KEY) == str(files[1].resolve())


@pytest.mark.parametrize("item", ["Ny datafil…", "Åpne datafil…"])
def test_cancelled_file_dialog_changes_nothing(qtbot, controller, tmp_path: Path, item) -> None:
    first = controller.window
    first.chooser = Chooser("")
    before = sorted(tmp_path.iterdir())
    _menu_action(first, item).trigger()
    assert controller.window is first and first.isVisible()
    assert sorted(tmp_path.iterdir()) == before and controller.shown == []
