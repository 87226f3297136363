"""The «Samlinger» page driven through its real buttons, dialogs and keyboard actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from miljologg.core.model import AttendanceStatus
from miljologg.services.app import Services
from miljologg.ui.gatherings.attendance_dialog import AttendanceDialog
from miljologg.ui.gatherings.day_texts import date_range_text, day_text
from miljologg.ui.gatherings.page import GatheringsPage

MONDAY = dt.date(2025, 5, 12)
TUESDAY = dt.date(2025, 5, 13)
FUTURE = dt.date(2025, 8, 25)  # today is 2025-06-18
FNR = "02013299997"  # a valid synthetic-looking fødselsnummer from the domain notes


def make_page(qtbot, services: Services) -> GatheringsPage:
    page = GatheringsPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, page: GatheringsPage, bar, key: str) -> AttendanceDialog:
    click(qtbot, bar.button(key))
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def saved(services: Services) -> dict[dt.date, object]:
    return {a.date: a for a in services.attendance.list()}


def test_marking_a_day_absent_changes_the_percent(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    with qtbot.waitSignal(page.changed):
        click(qtbot, page.gathering_buttons(MONDAY).button("present"))
    before = page.percent_label.text()
    assert "oppmøte på de 2 registrerte dagene" in before and "krav 80 %" in before

    dialog = open_dialog(qtbot, page, page.day_buttons(MONDAY), "absent")
    qtbot.keyClicks(dialog.reason_edit.lineEdit(), "Sykdom")
    with qtbot.waitSignal(page.changed):
        click(qtbot, dialog.save_button)

    assert not dialog.isVisible()
    assert page.percent_label.text() != before
    rows = saved(services)
    assert rows[MONDAY].status is AttendanceStatus.ABSENT and rows[MONDAY].reason == "Sykdom"
    assert rows[TUESDAY].status is AttendanceStatus.PRESENT
    assert page.day_item(MONDAY).text(1) == "Fraværende – Sykdom"
    assert page.day_item(MONDAY).parent().text(1) == "Fraværende 1 av 2 dager"


def test_whole_gathering_in_one_click(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    assert page.day_item(MONDAY).text(1) == "Ikke registrert"
    assert page.day_item(MONDAY).parent().text(1) == "Mangler 2 dager"
    click(qtbot, page.gathering_buttons(TUESDAY).button("present"))
    rows = saved(services)
    assert [rows[d].status for d in (MONDAY, TUESDAY)] == [AttendanceStatus.PRESENT] * 2
    assert page.day_item(TUESDAY).text(1) == "Til stede"
    assert page.day_item(MONDAY).parent().text(1) == "Til stede"


def test_partial_with_minutes(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    dialog = open_dialog(qtbot, page, page.day_buttons(MONDAY), "partial")
    qtbot.keyClicks(dialog.minutes_edit, "8 t")  # more than the 7 t day: refused as you type
    assert dialog.minutes_message.isVisible()
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and saved(services) == {}

    dialog.minutes_edit.clear()
    qtbot.keyClicks(dialog.minutes_edit, "4 t")
    assert not dialog.minutes_message.isVisible()
    qtbot.keyClicks(dialog.reason_edit.lineEdit(), "Legetime")
    click(qtbot, dialog.save_button)
    row = saved(services)[MONDAY]
    assert row.status is AttendanceStatus.PARTIAL and row.minutes_present == 240
    assert page.day_item(MONDAY).text(1) == "Delvis til stede: 4 t"


def test_future_day_cannot_be_registered_present(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    bar = page.day_buttons(FUTURE)
    assert not bar.button("present").isEnabled()
    assert not bar.button("partial").isEnabled()
    assert bar.button("absent").isEnabled()  # a planned absence may be registered ahead
    assert not page.gathering_buttons(FUTURE).button("present").isEnabled()
    assert page.day_item(FUTURE).text(1) == "Kommer"
    assert page.day_item(FUTURE).text(0) == "Mandag 25.08.2025 · 7 t"


def test_identity_number_in_reason_is_refused(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    dialog = open_dialog(qtbot, page, page.day_buttons(MONDAY), "absent")
    qtbot.keyClicks(dialog.reason_edit.lineEdit(), f"Møte om {FNR}")
    assert dialog.reason_message.isVisible()  # live check while typing
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "fødselsnummer" in dialog.reason_message.text()
    assert FNR not in dialog.reason_message.text()
    assert services.attendance.list() == ()


def test_clear_and_keyboard(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    page.select(MONDAY.isoformat())
    assert page.tree.currentItem() is page.day_item(MONDAY)
    qtbot.keyClick(page.tree, Qt.Key.Key_T)
    assert saved(services)[MONDAY].status is AttendanceStatus.PRESENT
    click(qtbot, page.day_buttons(MONDAY).button("clear"))
    assert MONDAY not in saved(services)
    assert page.day_item(MONDAY).text(1) == "Ikke registrert"
    assert not page.day_buttons(MONDAY).button("clear").isEnabled()


def test_refresh_keeps_scroll_and_expanded_state(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    first = page.day_item(dt.date(2024, 11, 4)).parent()
    first.setExpanded(False)
    page.tree.scrollToItem(page.day_item(MONDAY), QAbstractItemView.ScrollHint.PositionAtTop)
    scroll = page.tree.verticalScrollBar().value()
    click(qtbot, page.day_buttons(MONDAY).button("present"))
    page.refresh()
    assert not first.isExpanded()
    assert page.tree.verticalScrollBar().value() == scroll


def test_gathering_group_sessions_are_shown(qtbot, services: Services) -> None:
    from miljologg.core.model import Form
    from miljologg.services.sessions import SessionInput

    kari = services.supervisors.find("Kari Nordmann")
    services.attendance.set(MONDAY, AttendanceStatus.PRESENT)
    services.sessions.add(SessionInput(MONDAY, 70, Form.GATHERING_GROUP, kari.id, 6, "Tema"))
    page = make_page(qtbot, services)
    assert page.day_item(MONDAY).text(2) == "70 min – Kari Nordmann"


def test_labels() -> None:
    assert date_range_text([dt.date(2025, 1, 13), dt.date(2025, 1, 14)]) == "13.–14.01.2025"
    assert date_range_text([dt.date(2026, 8, 31), dt.date(2026, 9, 1)]) == "31.08.–01.09.2026"
    assert day_text(MONDAY) == "Mandag 12.05.2025"


def test_select_day_gathering_or_nothing(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    page.select("")  # a problem about attendance as a whole names no record
    gathering = services.profile.programme().teaching_day(MONDAY).gathering_id
    page.select(gathering)
    assert page.tree.currentItem() is page.day_item(MONDAY).parent()
    page.select("2025-05-14")  # not a gathering day: nothing happens
    assert page.tree.currentItem() is page.day_item(MONDAY).parent()


def test_cancel_saves_nothing(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    dialog = open_dialog(qtbot, page, page.gathering_buttons(MONDAY), "absent")
    qtbot.keyClicks(dialog.reason_edit.lineEdit(), "Sykdom")
    dialog.reject()
    assert services.attendance.list() == ()
