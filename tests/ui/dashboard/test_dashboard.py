"""The overview page: bars move when sessions are added, problems link to their records."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from miljologg.core.model import Form, SessionStatus
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.ui.dashboard.page import DashboardPage
from miljologg.ui.widgets.chart import CumulativeChart, ThresholdBar


def _supervisor_id(services: Services, name: str) -> str:
    return next(s.id for s in services.supervisors.list() if s.name == name)


@pytest.fixture
def page(qtbot, services: Services) -> DashboardPage:
    widget = DashboardPage(services)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    return widget


def test_adding_a_session_moves_the_individual_bar(page: DashboardPage, services) -> None:
    row = page.rows["individual"]
    before = row.bar.value()
    services.sessions.add(
        SessionInput(
            dt.date(2025, 6, 2), 90, Form.INDIVIDUAL, _supervisor_id(services, "Kari Nordmann")
        )
    )
    page.refresh()
    assert row.bar.value() == before + 90
    assert row.bar.maximum() == 40 * 60
    assert "1,5 av 40 t" in row.text()
    assert row.text().startswith("Individuell")


def test_uncounted_hours_are_noted(page: DashboardPage, services) -> None:
    services.sessions.add(
        SessionInput(
            dt.date(2025, 6, 2), 180, Form.INDIVIDUAL, _supervisor_id(services, "Per Lund")
        )
    )
    page.refresh()
    note = page.rows["individual"].note
    assert not note.isHidden()
    assert "3 t teller ikke" in note.text()


def test_problem_link_emits_navigate(qtbot, page: DashboardPage, services) -> None:
    per = _supervisor_id(services, "Per Lund")
    services.sessions.add(SessionInput(dt.date(2025, 6, 2), 60, Form.INDIVIDUAL, per))
    page.refresh()
    labels = [lb for lb in page.problem_labels if f"supervisor:{per}" in lb.text()]
    assert labels, [lb.text() for lb in page.problem_labels]
    label = labels[0]
    assert label.text().count("<a ") == 1
    with qtbot.waitSignal(page.navigate, timeout=1000) as blocker:
        # The whole message is the link; click on its first characters.
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(18, label.height() // 2))
    assert blocker.args == ["supervisor", per]


def test_missed_session_not_made_up_is_a_problem(page: DashboardPage, services) -> None:
    services.sessions.add(
        SessionInput(
            dt.date(2025, 6, 3),
            60,
            Form.INDIVIDUAL,
            _supervisor_id(services, "Kari Nordmann"),
            status=SessionStatus.MISSED,
        )
    )
    page.refresh()
    assert "1 møter er ikke tatt igjen" in page.participation_text.text()
    assert any("session:" in lb.text() for lb in page.problem_labels)


def test_attendance_and_next_gathering_are_shown(page: DashboardPage) -> None:
    assert "krav 80 %" in page.attendance_text.text() or "Ingen" in page.attendance_text.text()
    # today is Wednesday 18.06.2025: the next gathering is 25–26 August 2025
    assert "25.08.2025" in page.gathering_text.text()
    assert "mandag" in page.gathering_text.text().lower()
    assert "per uke" in page.pace.text()


def test_without_a_programme_the_page_says_so(qtbot, empty_services: Services) -> None:
    widget = DashboardPage(empty_services)
    qtbot.addWidget(widget)
    assert widget.empty.text()
    assert widget.supervision.isHidden()


@pytest.mark.parametrize("count", [0, 1, 60])
def test_chart_paints_with_any_number_of_points(qtbot, count: int) -> None:
    chart = CumulativeChart()
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    start = dt.date(2024, 11, 4)
    progress = [(start + dt.timedelta(days=7 * i), 90 * (i + 1)) for i in range(count)]
    plan = [(start, 0), (dt.date(2026, 9, 22), 120 * 60)] if count else []
    chart.set_data(progress, plan, today=dt.date(2025, 6, 18))
    image = chart.grab().toImage()
    assert not image.isNull()
    assert image.width() == 600


def test_chart_paints_tiny(qtbot) -> None:
    chart = CumulativeChart()
    qtbot.addWidget(chart)
    chart.set_data([(dt.date(2025, 1, 1), 60)], [], today=None)
    chart.resize(30, 30)
    assert not chart.grab().isNull()


def test_threshold_bar_clamps_and_paints(qtbot) -> None:
    bar = ThresholdBar()
    qtbot.addWidget(bar)
    bar.set_values(130.0, 80.0)
    assert bar.value() == 100.0
    bar.resize(300, bar.sizeHint().height())
    assert not bar.grab().isNull()
