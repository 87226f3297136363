"""The report dialog's verdict follows the report: all, text and figures only, problems, no PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from miljologg.dossier.verify import DossierReport
from miljologg.ui.dossier.verify_dialog import AMBER, GREEN, RED, ReportDialog
from miljologg.ui.widgets.theme import hex_color


@pytest.mark.parametrize(
    ("report", "verdict", "color"),
    [
        (DossierReport(lines=["x"]), "Alt stemmer", GREEN),
        (
            DossierReport(lines=["x"], complete=False),
            "Tekst, tall og signaturer stemmer (tegningen er ikke sammenlignet)",
            AMBER,
        ),
        (DossierReport(problems=["Side 4 av dokumentet mangler i PDF-en."]), "Fant 1 problem", RED),
        (DossierReport(bad_input="x.pdf er ikke en PDF-fil."), "Filen kan ikke kontrolleres", RED),
    ],
)
def test_verdict_and_colour(qtbot: QtBot, report: DossierReport, verdict: str, color: str) -> None:
    dialog = ReportDialog(Path("x.pdf"), report)
    qtbot.addWidget(dialog)
    assert dialog.verdict.text() == verdict
    assert hex_color(color, dialog.palette()) in dialog.verdict.styleSheet()
    for line in [*report.problems, *report.lines, report.bad_input or ""]:
        assert line in dialog.text()
