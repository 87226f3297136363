"""Vis → Språk, and the window in nynorsk and English (its own texts from the .qm files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from miljologg.services.app import Services
from miljologg.ui.shell.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("nb", ["&Fil", "&Rediger", "&Signering", "&Vis", "&Hjelp"]),
        ("nn", ["&Fil", "&Rediger", "&Signering", "&Vis", "&Hjelp"]),
        ("en", ["&File", "&Edit", "&Signing", "&View", "&Help"]),
    ],
)
def test_the_window_speaks_the_language(
    qtbot, speak, services: Services, data_file: Path, settings: QSettings, lang, titles
) -> None:
    speak(lang)
    window = MainWindow(services, data_file, settings)
    qtbot.addWidget(window)
    assert _menu_titles(window) == titles
    pages = {a.text().split("\t")[0] for a in window.page_actions}
    expected = {"nb": "Veiledning", "nn": "Rettleiing", "en": "Supervision"}[lang]
    assert expected in pages


def test_choosing_a_language_is_saved_and_said(
    qtbot, services: Services, data_file: Path, settings: QSettings
) -> None:
    window = MainWindow(services, data_file, settings)
    qtbot.addWidget(window)
    said: list[tuple[str, str]] = []
    from miljologg.ui.shell.language_menu import install_language_menu

    menu = install_language_menu(
        window.menuBar().addMenu("x"), window, settings, lambda _p, t, m: said.append((t, m))
    )
    entries = {a.text(): a for a in menu.actions()}
    assert list(entries) == ["Bokmål", "Nynorsk", "English"]
    assert entries["Bokmål"].isChecked()  # the language in force
    assert "neste oppstart" in menu.title()
    entries["English"].trigger()
    assert settings.value("ui/language") == "en"
    assert entries["English"].isChecked()
    assert said and "neste gang du starter" in said[0][1]
    assert "from the next time you start it" in said[0][1]  # in the chosen language too
    entries["English"].trigger()  # no change, nothing said again
    assert len(said) == 1
    assert isinstance(window, QWidget)
