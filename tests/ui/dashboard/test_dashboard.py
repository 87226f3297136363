"""The overview page: bars move when sessions are added, problems link to their records."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from miljologg.core.figures import Level
from miljologg.core.model import AttendanceStatus, Form, SessionStatus
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput
from miljologg.ui.dashboard.page import DashboardPage
from miljologg.ui.widgets import chart as tones
from miljologg.ui.widgets.chart import CumulativeChart, ThresholdBar
from miljologg.ui.widgets.levels import level_fill
from miljologg.ui.widgets.theme import TONES


def _light(tone: str) -> QColor:
    """The chart's tone as drawn under the light palette (the tests' default)."""
    return QColor(TONES[tone][0])


AXIS, COUNTED, OK, PLAN = (_light(t) for t in (tones.AXIS, tones.COUNTED, tones.OK, tones.PLAN))
TRACK, WARN, TODAY_COLOUR = (_light(t) for t in (tones.TRACK, tones.WARN, tones.TODAY))


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
    assert "1 t 30 min av 40 t" in row.text()
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
    assert "1 møte er ikke tatt igjen" in page.participation_text.text()
    assert any("session:" in lb.text() for lb in page.problem_labels)


def test_attendance_pace_and_next_gathering_read_exactly(page: DashboardPage, services) -> None:
    # Today is Wednesday 18.06.2025: 18 gathering days have passed, none registered yet. An
    # unregistered day is neither present nor absent (issue 11 §4): no «0 %» is claimed, and what
    # may still be missed is 20 % of the 275 planned hours (nothing is registered absent).
    assert page.attendance_text.text() == "Ingen samlingsdager er registrert ennå (krav 80 %)."
    assert page.attendance_note.text() == (
        "Du kan være borte 55 t til og fortsatt nå kravet.\n"
        "Møter du alle dagene som ikke er registrert ennå, ender du på 100 %.\n"
        "18 samlingsdager er ikke registrert."
    )
    assert page.gathering_text.text() == "Mandag 25.08.2025 og tirsdag 26.08.2025\nOm 68 dager."
    # 120 t over the 461 days to 22.09.2026: 7,200 × 7 / 461 = 109,3 minutes a week, rounded
    # up to whole minutes and written exactly.
    assert page.pace.text() == "1 t 50 min per uke trengs for å nå 120 t innen 22.09.2026."

    programme = services.profile.programme()
    past = [d.date for d in programme.teaching_days() if d.date <= dt.date(2025, 6, 18)]
    assert len(past) == 18
    services.attendance.set_many(past, AttendanceStatus.PRESENT)
    page.refresh()
    assert page.attendance_text.text() == "100 % oppmøte på de 18 registrerte dagene (krav 80 %)."
    assert page.attendance_bar.value() == 100.0
    assert "ikke registrert." not in page.attendance_note.text()


def test_before_the_first_gathering_no_percentage_is_claimed(qtbot, tmp_path) -> None:
    from miljologg.db.database import open_database
    from miljologg.services.profile import ProfileInput
    from tests.conftest import fixed_clock

    early = Services(
        open_database(tmp_path / "tidlig.sqlite"),
        now=fixed_clock(dt.datetime(2024, 10, 1, 12, 0, tzinfo=dt.UTC)),
    )
    early.profile.save(ProfileInput(name="Ny Student", programme_id="rbup-kmaa-2024"))
    widget = DashboardPage(early)
    qtbot.addWidget(widget)
    assert widget.attendance_text.text() == "Ingen samlingsdager er registrert ennå (krav 80 %)."
    assert "ikke registrert." not in widget.attendance_note.text()  # no day has passed yet
    assert widget.gathering_text.text().startswith("Mandag 04.11.2024")


def test_without_a_programme_the_page_says_so(qtbot, empty_services: Services) -> None:
    widget = DashboardPage(empty_services)
    qtbot.addWidget(widget)
    assert widget.empty.text()
    assert widget.supervision.isHidden()


def _close(a: QColor, b: QColor, tolerance: int = 60) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= (
        tolerance
    )


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _near(image: QImage, x: float, y: float, colour: QColor, radius: int = 2) -> bool:
    """Whether a pixel within ``radius`` of (x, y) is ``colour`` or, antialiased, mostly it:
    at least 30 % of the way from the background (the right margin) towards it."""
    background = image.pixelColor(image.width() - 3, image.height() // 2)
    limit = 0.7 * _distance(background, colour)
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            px, py = round(x) + dx, round(y) + dy
            inside = 0 <= px < image.width() and 0 <= py < image.height()
            if inside and _distance(image.pixelColor(px, py), colour) <= limit:
                return True
    return False


def _chart(qtbot, progress, plan, today, size=(600, 260)) -> tuple[CumulativeChart, QImage]:
    chart = CumulativeChart()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.set_data(progress, plan, today=today)
    return chart, chart.grab().toImage()


START, END, TODAY = dt.date(2024, 11, 4), dt.date(2026, 9, 22), dt.date(2025, 6, 18)


@pytest.mark.parametrize("count", [1, 2, 60])
def test_chart_draws_the_progress_steps_the_plan_and_today_where_they_belong(
    qtbot, count: int
) -> None:
    progress = [(START + dt.timedelta(days=7 * i), 90 * (i + 1)) for i in range(count)]
    plan = [(START, 0), (END, 120 * 60)]
    chart, image = _chart(qtbot, progress, plan, TODAY)
    geo = chart.geometry_now()
    assert geo is not None and image.width() == 600
    # The scale holds the plan's 120 h in whole steps, and the dates span plan and progress.
    assert geo.top_hours >= 120 and geo.top_hours % geo.step_hours == 0
    assert (geo.first, geo.last) == (START, END)

    # The step line: flat from each point to the next at that point's total, then up.
    ends = [d for d, _ in progress[1:]] + [TODAY]
    for (day, minutes), nxt in list(zip(progress, ends, strict=True))[:: max(1, count // 6)]:
        mid = geo.x_of(day) + (geo.x_of(nxt) - geo.x_of(day)) / 2
        assert _near(image, mid, geo.y_of(minutes), COUNTED), (day, minutes)
    # Nothing of that colour inside the plot above the highest total.
    top = geo.y_of(progress[-1][1]) - 4
    for x in range(int(geo.plot.left()) + 2, int(geo.plot.right()) - 2, 3):
        for y in range(int(geo.plot.top()) + 2, int(top), 3):
            assert not _close(image.pixelColor(x, y), COUNTED, 30), (x, y)

    # The plan: a dashed line from 0 at the start to 120 h at the end.
    hits = 0
    samples = 40
    for i in range(1, samples):
        day = START + (END - START) * i / samples
        minutes = 120 * 60 * (day - START).days / (END - START).days
        hits += _near(image, geo.x_of(day), geo.y_of(minutes), PLAN, radius=1)
    assert hits >= samples // 3  # dashes, not a gap everywhere

    # Today: a dotted vertical line at 18.06.2025.
    x = geo.x_of(TODAY)
    marks = sum(
        _near(image, x, y, TODAY_COLOUR, radius=1)
        for y in range(int(geo.plot.top()) + 2, int(geo.plot.bottom()) - 30, 2)
    )
    assert marks >= 10


def test_chart_without_data_says_so_and_draws_no_line(qtbot) -> None:
    chart, image = _chart(qtbot, [], [], None)
    assert chart.geometry_now() is None
    pixels = [image.pixelColor(x, y) for x in range(0, 600, 2) for y in range(0, 260, 2)]
    assert not any(_close(c, COUNTED, 30) or _close(c, PLAN, 10) for c in pixels)
    middle = [image.pixelColor(x, 130) for x in range(200, 400)]
    assert any(_close(c, AXIS, 90) for c in middle)  # the sentence, centred


def test_chart_too_small_draws_nothing(qtbot) -> None:
    chart, image = _chart(qtbot, [(dt.date(2025, 1, 1), 60)], [], None, size=(30, 30))
    assert chart.geometry_now() is None and not image.isNull()
    assert not any(
        _close(image.pixelColor(x, y), COUNTED, 30) for x in range(30) for y in range(30)
    )


@pytest.mark.parametrize(
    ("value", "threshold", "fill"), [(130.0, 80.0, OK), (60.0, 80.0, WARN), (80.0, 80.0, OK)]
)
def test_threshold_bar_fills_to_the_value_and_marks_the_requirement(
    qtbot, value: float, threshold: float, fill: QColor
) -> None:
    bar = ThresholdBar()
    qtbot.addWidget(bar)
    bar.set_values(value, threshold)
    shown = min(value, 100.0)
    assert bar.value() == shown
    bar.resize(300, bar.sizeHint().height())
    image = bar.grab().toImage()
    width, y = 298, 8  # the bar runs from x=1 over the width less 2, 12 px high from y=2
    filled_to = 1 + width * shown / 100
    assert _close(image.pixelColor(round(filled_to * 0.5), y), fill)
    marker = 1 + width * threshold / 100
    if shown < 100:  # the empty rest of the track, away from the marker
        empty = [x for x in range(round(filled_to) + 3, 296) if abs(x - marker) > 4]
        assert all(_close(image.pixelColor(x, y), TRACK, 20) for x in empty)
    assert _near(image, marker, 1, QColor("#1f2a37"), radius=1)  # above the bar, 2 px wide


def test_the_bar_fills_are_the_one_colour_rules(qtbot) -> None:
    """The threshold bar is filled with the level's fill (ui.widgets.levels), which under the
    light palette is the chart's own ok and warning tone."""
    assert (level_fill(Level.OK), level_fill(Level.WARNING)) == (OK, WARN)
