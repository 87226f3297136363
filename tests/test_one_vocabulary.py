"""A session reads the same on screen, in the CSV, in the CLI and on the sign sheet.

Form labels were once written in six places in five wordings («Gruppe (ekstern)» in the table,
«Gruppe (ekstern veileder)» in the CSV, «Gruppe, ekstern» on the sign sheet, «ekstern gruppe» in
the CLI); this drives each layer with the same log and compares what it prints.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from miljologg.core.labels import FORM_LABELS, SESSION_STATUS_LABELS
from miljologg.core.model import Form, SessionStatus
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.ui.sessions.model import SessionTableModel


def _log(services: Services) -> Services:
    kari = services.supervisors.find("Kari Nordmann")
    for day, form, status in (
        (2, Form.INDIVIDUAL, SessionStatus.HELD),
        (9, Form.EXTERNAL_GROUP, SessionStatus.MISSED),
        (12, Form.GATHERING_GROUP, SessionStatus.HELD),
    ):
        group = 1 if form is Form.INDIVIDUAL else 4
        on = dt.date(2025, 5, day)
        services.sessions.add(SessionInput(on, 60, form, kari.id, group, status=status))
    # Supervision the student gave (no supervisor) and received on it.
    services.sessions.add(SessionInput(dt.date(2025, 5, 14), 60, Form.GIVEN, "", 2))
    on_given = Form.SUPERVISION_ON_SUPERVISION
    services.sessions.add(SessionInput(dt.date(2025, 5, 15), 60, on_given, kari.id, 1))
    return services


def test_table_csv_and_labels_agree(qapp, services: Services, tmp_path: Path) -> None:
    _log(services)
    sessions = services.sessions.list()
    model = SessionTableModel()
    model.set_data(sessions, {s.id: s.name for s in services.supervisors.list()})
    table = {
        model.session(row).id: (
            model.index(row, model.FORM).data(),
            model.index(row, model.STATUS).data(),
        )
        for row in range(model.rowCount())
    }
    path = tmp_path / "m.csv"
    services.exports.sessions_csv(path)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline=""), delimiter=";"))
    col = {name: i for i, name in enumerate(rows[0])}
    in_csv = {r[col["Id"]]: (r[col["Form"]], r[col["Status"]]) for r in rows[1:]}
    expected = {s.id: (FORM_LABELS[s.form], SESSION_STATUS_LABELS[s.status]) for s in sessions}
    assert table == in_csv == expected
    assert {form for form, _ in expected.values()} == set(FORM_LABELS.values())
