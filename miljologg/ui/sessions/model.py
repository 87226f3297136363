"""Table model and filter proxy for the «Veiledning» page.

The model is fed plain records (sessions, supervisor names, the rules engine's reasons for
uncounted sessions, and each session's sign-off) so it can be tested without widgets and never
asks a service itself. Every column has a raw value under ``SORT_ROLE`` so sorting by date or
duration follows the numbers, not the Norwegian display text.

Speed with 10,000 rows: a QSortFilterProxyModel sorting a Python model calls back into Python for
every comparison (hundreds of thousands of calls), and a Python ``filterAcceptsRow`` runs once per
row for every filter change. So the *model* sorts itself — by a rank integer per row and column,
computed once per column with one Python sort — and reorders its rows with ``layoutChanged``
(persistent indexes, so the selection, follow); the proxy forwards ``sort`` to it and only
filters, from a per-row accept mask computed in one pass over precomputed lowercase search texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from miljologg.core import units
from miljologg.core.labels import FORM_LABELS, SESSION_STATUS_LABELS
from miljologg.core.model import Form, Session, SessionStatus
from miljologg.core.sign_off import SignOff
from miljologg.ui.signing.cells import sign_off_cell
from miljologg.ui.widgets.table_model import ID_ROLE, SORT_ROLE, AnyIndex, FlatTableModel
from miljologg.ui.widgets.theme import color


class SessionTableModel(FlatTableModel):
    """One row per session; rows run in the order of the last ``sort_rows`` (else as given)."""

    DATE, TIME, FORM, SUPERVISOR, DURATION, GROUP, TOPIC, STATUS, COUNTS, SIGN_OFF = range(10)
    COLUMN_COUNT = 10
    #: Sign-off states from least to most settled, for sorting the «Signatur» column.
    SIGN_ORDER = {"rejected": 0, "void": 1, "unsigned": 2, "requested": 3, "signed": 4}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base: list[Session] = []  # as given to set_data
        self._order: list[int] = []  # display row -> index into _base
        self._row_of: dict[str, int] = {}
        self._by_id: dict[str, Session] = {}
        self._names: dict[str, str] = {}
        self._reasons: dict[str, str] = {}
        self._offs: dict[str, SignOff] = {}
        self._sign_cells: list[tuple[str, str]] = []
        self._search: list[str] = []
        self._ranks: dict[int, list[int]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        #: Bumped whenever rows change or move, so the proxy knows its accept mask is stale.
        self.generation = 0
        self._headers = (
            self.tr("Dato"),
            self.tr("Tid"),
            self.tr("Form"),
            self.tr("Veileder"),
            self.tr("Varighet"),
            self.tr("Gruppe"),
            self.tr("Tema"),
            self.tr("Status"),
            self.tr("Teller"),
            self.tr("Signatur"),
        )

    # -- feeding -------------------------------------------------------------------------------
    def set_data(
        self,
        sessions: Iterable[Session],
        supervisor_names: Mapping[str, str],
        reasons: Mapping[str, str] | None = None,
        sign_offs: Mapping[str, SignOff] | None = None,
    ) -> None:
        """Replace everything; ``reasons`` maps a session id to why it does not count and
        ``sign_offs`` to its sign-off (``services.signing.sign_offs()``). The last sort is kept."""
        self.beginResetModel()
        self._base = list(sessions)
        self._by_id = {s.id: s for s in self._base}
        self._names = dict(supervisor_names)
        self._reasons = dict(reasons or {})
        self._offs = dict(sign_offs or {})
        unsigned = sign_off_cell(None)
        self._sign_cells = [
            sign_off_cell(off) if (off := self._offs.get(s.id)) is not None else unsigned
            for s in self._base
        ]
        names = self._names
        self._search = [
            f"{s.topic}\n{names.get(s.supervisor_id, '')}".casefold() for s in self._base
        ]
        self._ranks = {}
        self._order = list(range(len(self._base)))
        if self._sort is not None:
            self._order = self._sorted_order(*self._sort)
        self._index_rows()
        self.endResetModel()

    def _index_rows(self) -> None:
        self._row_of = {self._base[b].id: row for row, b in enumerate(self._order)}
        self.generation += 1

    def session(self, row: int) -> Session:
        return self._base[self._order[row]]

    def sessions(self) -> list[Session]:
        return [self._base[b] for b in self._order]

    def row_of(self, session_id: str) -> int:
        """The row of a session, or -1."""
        return self._row_of.get(session_id, -1)

    def supervisor_name(self, supervisor_id: str) -> str:
        return self._names.get(supervisor_id, "")

    def supervisor_names(self) -> dict[str, str]:
        return dict(self._names)

    def reason(self, session_id: str) -> str | None:
        """Why a session does not count, or None if it counts."""
        return self._reasons.get(session_id)

    def sign_off(self, session_id: str) -> SignOff | None:
        return self._offs.get(session_id)

    def counts(self, session: Session) -> bool:
        """Whether a session adds hours: held and not named by the rules engine."""
        return session.status is SessionStatus.HELD and session.id not in self._reasons

    # -- sorting and filtering (see the module docstring) -----------------------------------
    def sort_rows(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by a column (stable, from the given order, like Qt's proxy)."""
        self._sort = (column, order)
        if not self._base:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = {b: row for row, b in enumerate(self._order)}
        self._order = self._sorted_order(column, order)
        new_rows = {b: row for row, b in enumerate(self._order)}
        moved = {old_rows[b]: new_rows[b] for b in old_rows}
        before = self.persistentIndexList()
        after = [self.index(moved[i.row()], i.column()) if i.isValid() else i for i in before]
        self.changePersistentIndexList(before, after)
        self._index_rows()
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        if not 0 <= column < self.COLUMN_COUNT:
            return list(range(len(self._base)))
        ranks = self._rank(column)
        return sorted(
            range(len(self._base)),
            key=ranks.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _rank(self, column: int) -> list[int]:
        """Per base row, its position among equal-or-smaller sort values (computed once)."""
        ranks = self._ranks.get(column)
        if ranks is None:
            values = [self._sort_value(s, column) for s in self._base]
            distinct = {v: i for i, v in enumerate(sorted(set(values)))}
            ranks = self._ranks[column] = [distinct[v] for v in values]
        return ranks

    def accept_mask(
        self,
        form: Form | None,
        supervisor_id: str | None,
        start: dt.date | None,
        end: dt.date | None,
        words: list[str],
    ) -> list[bool]:
        """Whether each display row passes the filters, in one pass."""
        out: list[bool] = []
        append = out.append
        search = self._search
        for b in self._order:
            s = self._base[b]
            append(
                (form is None or s.form is form)
                and (supervisor_id is None or s.supervisor_id == supervisor_id)
                and (start is None or s.date >= start)
                and (end is None or s.date <= end)
                and (not words or all(w in search[b] for w in words))
            )
        return out

    # -- Qt model API --------------------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._order)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        b = self._order[index.row()]
        s = self._base[b]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._sign_cells[b][0] if col == self.SIGN_OFF else self._display(s, col)
        if role == SORT_ROLE:
            return self._sort_value(s, col)
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SIGN_OFF:
                return self._sign_cells[b][1] or self._sign_cells[b][0]
            return self._tooltip(s, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.DURATION, self.GROUP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(s, col)
        return None

    def _foreground(self, s: Session, col: int) -> QColor | None:
        """Amber for hours that do not count, red for a missed session not yet made up; green
        for a valid signature, amber for a void or rejected one (tones of the theme)."""
        if col == self.COUNTS and not self.counts(s):
            return color("warning" if s.status is SessionStatus.HELD else "future")
        if col == self.STATUS and s.status is SessionStatus.MISSED and not s.made_up_by_id:
            return color("error")
        if col == self.SIGN_OFF:
            state = off.state if (off := self._offs.get(s.id)) else "unsigned"
            if state == "signed":
                return color("ok")
            if state in ("void", "rejected"):
                return color("warning")
        return None

    def _display(self, s: Session, col: int) -> str:
        if col == self.DATE:
            return units.format_date(s.date)
        if col == self.TIME:
            return s.start_time.strftime("%H:%M") if s.start_time else ""
        if col == self.FORM:
            return FORM_LABELS[s.form]
        if col == self.SUPERVISOR:
            return self._names.get(s.supervisor_id, "")
        if col == self.DURATION:
            return units.format_duration(s.minutes)
        if col == self.GROUP:
            return str(s.group_size) if s.form.is_group else ""
        if col == self.TOPIC:
            return s.topic
        if col == self.STATUS:
            return self._status_text(s)
        if col == self.SIGN_OFF:
            return sign_off_cell(self._offs.get(s.id))[0]
        return self._counts_text(s)

    def _status_text(self, s: Session) -> str:
        if s.status is SessionStatus.HELD:
            return SESSION_STATUS_LABELS[s.status]
        make_up = self._by_id.get(s.made_up_by_id or "")
        if make_up is None:
            return SESSION_STATUS_LABELS[s.status]
        return self.tr("Avlyst – tatt igjen %1").replace("%1", units.format_date(make_up.date))

    def _counts_text(self, s: Session) -> str:
        reason = self._reasons.get(s.id)
        if reason is not None:
            return self.tr("Teller ikke: %1").replace("%1", reason)
        if s.status is SessionStatus.MISSED:  # not hours that do not count: no hours at all
            return self.tr("Ikke holdt – ingen timer")
        return self.tr("Teller")

    def _tooltip(self, s: Session, col: int) -> str | None:
        if col == self.COUNTS:
            return self._counts_text(s)
        if col == self.TOPIC and s.topic:
            return s.topic
        if col == self.STATUS and s.status is SessionStatus.MISSED and not s.made_up_by_id:
            return self.tr("Avlyst. Et avlyst møte må tas igjen (100 % deltakelse).")
        if col in (self.STATUS, self.SUPERVISOR):
            return self._display(s, col) or None
        return None

    def _sort_value(self, s: Session, col: int) -> int | str:
        if col in (self.DATE, self.TIME):
            minutes = s.start_time.hour * 60 + s.start_time.minute if s.start_time else -1
            if col == self.TIME:
                return minutes
            return s.date.toordinal() * 10_000 + minutes + 1
        if col == self.FORM:
            return list(Form).index(s.form)
        if col == self.DURATION:
            return s.minutes
        if col == self.GROUP:
            return s.group_size if s.form.is_group else 0
        if col == self.STATUS:
            return 0 if s.status is SessionStatus.HELD else 1 if s.made_up_by_id else 2
        if col == self.COUNTS:
            return 0 if self.counts(s) else 1
        if col == self.SIGN_OFF:
            off = self._offs.get(s.id)
            if off is None:
                return self.SIGN_ORDER["unsigned"] * 10**12
            when = int(off.at.timestamp()) if off.at else 0
            return self.SIGN_ORDER.get(off.state, 0) * 10**12 + when
        return self._display(s, col).casefold()


class SessionFilterProxy(QSortFilterProxyModel):
    """Filters by form, supervisor, period and free text; sorting is the model's own (fast)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form: Form | None = None
        self._supervisor_id: str | None = None
        self._start: dt.date | None = None
        self._end: dt.date | None = None
        self._text = ""
        self._mask: list[bool] | None = None
        self._mask_key: object = None
        self._active = False
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.setSortRole(SORT_ROLE)

    def _change(self, apply: Callable[[], None]) -> None:
        self.beginFilterChange()
        apply()
        self._mask_key = None
        self._active = self._filtering()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_form(self, form: Form | None) -> None:
        self._change(lambda: setattr(self, "_form", form))

    def set_supervisor(self, supervisor_id: str | None) -> None:
        self._change(lambda: setattr(self, "_supervisor_id", supervisor_id or None))

    def set_date_range(self, start: dt.date | None, end: dt.date | None) -> None:
        """Inclusive bounds; None on a side means no bound («hele perioden»)."""

        def apply() -> None:
            self._start, self._end = start, end

        self._change(apply)

    def set_text(self, text: str) -> None:
        self._change(lambda: setattr(self, "_text", text.strip().casefold()))

    def _filtering(self) -> bool:
        return bool(
            self._form is not None
            or self._supervisor_id is not None
            or self._start is not None
            or self._end is not None
            or self._text
        )

    def visible_sessions(self) -> list[Session]:
        model = self.sourceModel()
        assert isinstance(model, SessionTableModel)
        return [
            model.session(self.mapToSource(self.index(row, 0)).row())
            for row in range(self.rowCount())
        ]

    # -- sorting: the model reorders itself ------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        self._sort_column, self._sort_order = column, order
        if isinstance(model, SessionTableModel):
            model.sort_rows(column, order)
        else:
            super().sort(column, order)

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._active:
            return True
        model = self.sourceModel()
        if not isinstance(model, SessionTableModel):
            return True
        key = model.generation
        if self._mask is None or self._mask_key != key:
            self._mask = model.accept_mask(
                self._form, self._supervisor_id, self._start, self._end, self._text.split()
            )
            self._mask_key = key
        return self._mask[source_row]
