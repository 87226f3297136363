"""The GUI tests run with the app's theme installed, as ``run_gui`` installs it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from miljologg.ui.widgets.theme import install_theme


@pytest.fixture(autouse=True, scope="session")
def _theme(qapp: QApplication) -> None:
    install_theme(qapp)
