"""Table models and proxies of the sessions and supervisors pages, without any widget."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from miljologg.core.model import Approval, Form, Log, Session, SessionStatus, Supervisor
from miljologg.ui.sessions.model import SessionFilterProxy, SessionTableModel
from miljologg.ui.supervisors.model import SupervisorTableModel
from miljologg.ui.widgets.table_model import SORT_ROLE, SortProxy

KARI = Supervisor("k", "Kari Nordmann", "Klinisk sosionom", frozenset({Approval.PROGRAMME}))
PER = Supervisor("p", "Per Lund", "Vernepleier")
NAMES = {"k": KARI.name, "p": PER.name}


def sessions() -> list[Session]:
    return [
        Session("a", dt.date(2025, 3, 5), 90, Form.INDIVIDUAL, "k", topic="Relasjonsbygging"),
        Session(
            "b",
            dt.date(2025, 1, 20),
            120,
            Form.EXTERNAL_GROUP,
            "p",
            group_size=5,
            topic="Grensesetting",
            start_time=dt.time(9, 0),
        ),
        Session("c", dt.date(2025, 5, 12), 45, Form.GATHERING_GROUP, "k", group_size=8),
        Session(
            "d",
            dt.date(2025, 2, 3),
            60,
            Form.INDIVIDUAL,
            "k",
            status=SessionStatus.MISSED,
            made_up_by_id="a",
        ),
        Session("e", dt.date(2025, 4, 1), 600, Form.INDIVIDUAL, "p", status=SessionStatus.MISSED),
    ]


@pytest.fixture
def model(qapp) -> SessionTableModel:
    m = SessionTableModel()
    m.set_data(sessions(), NAMES, {"b": "veilederen er ikke godkjent av programmet"})
    return m


def text(model, row: int, col: int) -> str:
    return model.data(model.index(row, col))


def test_cells_are_norwegian(model: SessionTableModel) -> None:
    m = SessionTableModel
    assert model.rowCount() == 5 and model.columnCount() == 10
    assert text(model, 0, m.DATE) == "05.03.2025"
    assert text(model, 0, m.TIME) == ""
    assert text(model, 1, m.TIME) == "09:00"
    assert [text(model, r, m.FORM) for r in range(3)] == [
        "Individuell",
        "Gruppe (ekstern)",
        "Gruppe (samling)",
    ]
    assert text(model, 0, m.SUPERVISOR) == "Kari Nordmann"
    assert text(model, 0, m.DURATION) == "1 t 30 min"
    assert text(model, 2, m.DURATION) == "45 min"
    assert text(model, 0, m.GROUP) == "" and text(model, 1, m.GROUP) == "5"
    assert text(model, 0, m.STATUS) == "Gjennomført"
    assert text(model, 3, m.STATUS) == "Avlyst – tatt igjen 05.03.2025"
    assert text(model, 4, m.STATUS) == "Avlyst"
    assert text(model, 0, m.COUNTS) == "Teller"
    assert text(model, 1, m.COUNTS) == "Teller ikke: veilederen er ikke godkjent av programmet"
    tip = model.data(model.index(1, m.COUNTS), Qt.ItemDataRole.ToolTipRole)
    assert "ikke godkjent" in tip
    assert text(model, 0, m.SIGN_OFF) == "Ikke signert"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers == [
        "Dato",
        "Tid",
        "Form",
        "Veileder",
        "Varighet",
        "Gruppe",
        "Tema",
        "Status",
        "Teller",
        "Signatur",
    ]


def test_sort_role_gives_raw_values(model: SessionTableModel) -> None:
    m = SessionTableModel
    assert model.data(model.index(0, m.DURATION), SORT_ROLE) == 90
    early = model.data(model.index(1, m.DATE), SORT_ROLE)
    late = model.data(model.index(2, m.DATE), SORT_ROLE)
    assert early < late


def make_proxy(model: SessionTableModel) -> SessionFilterProxy:
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def ids(proxy: SessionFilterProxy) -> list[str]:
    return [s.id for s in proxy.visible_sessions()]


def test_sorting_by_date_and_duration_uses_raw_values(model: SessionTableModel) -> None:
    proxy = make_proxy(model)
    proxy.sort(SessionTableModel.DATE, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == ["b", "d", "a", "e", "c"]
    # As text "600 min"... "10 t" < "2 t" < "45 min"; raw minutes sort 45 < 60 < 90 < 120 < 600.
    proxy.sort(SessionTableModel.DURATION, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == ["c", "d", "a", "b", "e"]
    proxy.sort(SessionTableModel.DURATION, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == ["e", "b", "a", "d", "c"]


def test_every_column_sorts(model: SessionTableModel) -> None:
    proxy = make_proxy(model)
    for column in range(SessionTableModel.COLUMN_COUNT):
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        assert len(ids(proxy)) == 5


def test_filters(model: SessionTableModel) -> None:
    proxy = make_proxy(model)
    proxy.sort(SessionTableModel.DATE, Qt.SortOrder.AscendingOrder)
    proxy.set_form(Form.INDIVIDUAL)
    assert ids(proxy) == ["d", "a", "e"]
    proxy.set_supervisor("k")
    assert ids(proxy) == ["d", "a"]
    proxy.set_form(None)
    proxy.set_supervisor(None)
    proxy.set_text("GRENSE")
    assert ids(proxy) == ["b"]
    proxy.set_text("per lund")  # the supervisor's name is searched too
    assert ids(proxy) == ["b", "e"]
    proxy.set_text("")
    proxy.set_date_range(dt.date(2025, 2, 3), dt.date(2025, 4, 1))
    assert ids(proxy) == ["d", "a", "e"]
    proxy.set_date_range(dt.date(2025, 4, 1), None)
    assert ids(proxy) == ["e", "c"]
    proxy.set_date_range(None, None)
    assert len(ids(proxy)) == 5


def test_row_lookup_and_counts(model: SessionTableModel) -> None:
    assert model.row_of("c") == 2 and model.row_of("nope") == -1
    assert model.counts(model.session(0))
    assert not model.counts(model.session(1))  # a reason from the rules
    assert not model.counts(model.session(3))  # missed


def test_supervisor_model_sums_held_minutes_per_form(qapp) -> None:
    model = SupervisorTableModel()
    model.set_data(Log(supervisors=(KARI, PER), sessions=tuple(sessions())))
    m = SupervisorTableModel
    assert model.rowCount() == 2
    assert model.minutes("k", Form.INDIVIDUAL) == 90  # the missed 60 min are not given hours
    assert model.minutes("k") == 135
    assert text(model, 0, m.INDIVIDUAL) == "1 t 30 min"
    assert text(model, 0, m.GATHERING) == "45 min"
    assert text(model, 0, m.TOTAL) == "2 t 15 min"
    assert text(model, 1, m.INDIVIDUAL) == ""  # Per's individual session was missed
    assert text(model, 1, m.EXTERNAL) == "2 t"
    assert text(model, 0, m.APPROVALS) == "Godkjent av studieprogrammet"
    assert text(model, 1, m.APPROVALS) == ""
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(m.TOTAL, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, m.NAME).data() == "Kari Nordmann"
    proxy.sort(m.EXTERNAL, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, m.NAME).data() == "Per Lund"


def test_sign_off_column_text_tooltip_and_sort(qapp) -> None:
    from miljologg.core.sign_off import SignOff

    when = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
    offs = {
        "a": SignOff("a", "signed", "in_person", "Kari Nordmann", when, "ab" * 32),
        "b": SignOff("b", "void", void_reason="Feil varighet"),
        "c": SignOff("c", "signed", "file", "Kari Nordmann", when - dt.timedelta(days=3)),
    }
    model = SessionTableModel()
    model.set_data(sessions(), NAMES, {}, offs)
    m = SessionTableModel
    assert text(model, 0, m.SIGN_OFF) == "Signert 01.06.2025 av Kari Nordmann"
    tip = model.data(model.index(0, m.SIGN_OFF), Qt.ItemDataRole.ToolTipRole)
    assert "Nøkkel:" in tip and "Signert" in tip
    assert text(model, 1, m.SIGN_OFF) == "Ugyldig – endret etter signering"
    assert model.data(model.index(1, m.SIGN_OFF), Qt.ItemDataRole.ToolTipRole) == "Feil varighet"
    assert text(model, 3, m.SIGN_OFF) == "Ikke signert"
    proxy = make_proxy(model)
    proxy.sort(m.SIGN_OFF, Qt.SortOrder.DescendingOrder)
    # signed (newest first), then unsigned (in the given order), then void
    assert ids(proxy) == ["a", "c", "d", "e", "b"]
    assert proxy.sortColumn() == m.SIGN_OFF


def test_model_sort_keeps_persistent_indexes_and_filters_follow(model: SessionTableModel) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    proxy = make_proxy(model)
    kept = QPersistentModelIndex(model.index(model.row_of("e"), SessionTableModel.TOPIC))
    proxy.sort(SessionTableModel.DATE, Qt.SortOrder.AscendingOrder)
    assert kept.row() == model.row_of("e") == 3 and model.session(kept.row()).id == "e"
    proxy.set_supervisor("p")
    assert ids(proxy) == ["b", "e"]
    proxy.sort(SessionTableModel.DATE, Qt.SortOrder.DescendingOrder)
    assert ids(proxy) == ["e", "b"]  # the filter follows the reordered rows
    model.set_data(sessions()[:2], NAMES)  # a reload keeps the sort
    assert ids(proxy) == ["b"]
    proxy.set_supervisor(None)
    assert ids(proxy) == ["a", "b"]
