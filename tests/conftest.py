"""Shared fixtures: every test gets its own data file in tmp_path and a fixed clock."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
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
