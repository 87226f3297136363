"""Shared fixtures: every test gets its own data file in tmp_path and a fixed clock."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# The suite reads the app's own language whatever the developer's locale or MILJOLOGG_LANG say
# (subprocesses inherit it); tests of the other languages choose theirs explicitly.
os.environ["MILJOLOGG_LANG"] = "nb"

# Headless unless asked otherwise; must be set before any QApplication exists.
if "--onscreen" not in sys.argv:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from miljologg.services.app import Services

RBUP = "rbup-kmaa-2024"
#: A Wednesday in the middle of the RBUP programme.
TODAY = dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows on a real screen")


def fixed_clock(when: dt.datetime = TODAY) -> Callable[[], dt.datetime]:
    return lambda: when


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    return tmp_path / "logg.sqlite"


@pytest.fixture
def empty_services(data_file: Path) -> Services:
    from miljologg.db.database import open_database
    from miljologg.services.app import Services

    return Services(open_database(data_file), now=fixed_clock())


@pytest.fixture
def services(empty_services: Services) -> Services:
    """A student on the RBUP programme with one approved and one unapproved supervisor."""
    from miljologg.core.model import Approval
    from miljologg.services.profile import ProfileInput
    from miljologg.services.supervisors import SupervisorInput

    empty_services.profile.save(ProfileInput(name="Test Student", programme_id=RBUP))
    empty_services.supervisors.add(
        SupervisorInput("Kari Nordmann", "Klinisk sosionom", frozenset({Approval.PROGRAMME}))
    )
    empty_services.supervisors.add(SupervisorInput("Per Lund", "Vernepleier"))
    return empty_services


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """``speak("en")``: the window's, Qt's and the gettext layer's language for this test (the
    app's own bokmål again afterwards)."""
    from miljologg.core.i18n import set_language
    from miljologg.ui.shell.translations import install_translations, remove_translations

    installed: list = []  # QTranslators

    def install(lang: str) -> None:
        installed.extend(install_translations(qapp, lang))  # type: ignore[arg-type]

    yield install
    remove_translations(qapp, installed)
    set_language("nb")
