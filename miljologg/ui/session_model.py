"""Table model and filter proxy for the «Veiledning» page.

The model is fed plain records (sessions, supervisor names, and the rules engine's reasons for
uncounted sessions) so it can be tested without widgets and never asks a service itself. Every
column has a raw value under ``SORT_ROLE`` so sorting by date or duration follows the numbers,
not the Norwegian display text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from miljologg.core import units
from miljologg.core.model import Form, Session, SessionStatus

SORT_ROLE = Qt.ItemDataRole.UserRole
#: The session's id, so views and the page can find the record behind a row.
ID_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


def form_label(form: Form) -> str:
    """The Norwegian name of a form of supervision, as the table and the dialog show it."""
    if form is Form.INDIVIDUAL:
        return QCoreApplication.translate("Sessions", "Individuell")
    if form is Form.EXTERNAL_GROUP:
        return QCoreApplication.translate("Sessions", "Gruppe (ekstern)")
    return QCoreApplication.translate("Sessions", "Gruppe (samling)")


def status_label(status: SessionStatus) -> str:
    if status is SessionStatus.HELD:
        return QCoreApplication.translate("Sessions", "Gjennomført")
    return QCoreApplication.translate("Sessions", "Avlyst")


class SessionTableModel(QAbstractTableModel):
    """One row per session, in the order the service listed them (the proxy sorts)."""

    DATE, TIME, FORM, SUPERVISOR, DURATION, GROUP, TOPIC, STATUS, COUNTS = range(9)
    COLUMN_COUNT = 9

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sessions: list[Session] = []
        self._by_id: dict[str, Session] = {}
        self._names: dict[str, str] = {}
        self._reasons: dict[str, str] = {}
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
        )

    # -- feeding -------------------------------------------------------------------------------
    def set_data(
        self,
        sessions: Iterable[Session],
        supervisor_names: Mapping[str, str],
        reasons: Mapping[str, str] | None = None,
    ) -> None:
        """Replace everything; ``reasons`` maps a session id to why it does not count."""
        self.beginResetModel()
        self._sessions = list(sessions)
        self._by_id = {s.id: s for s in self._sessions}
        self._names = dict(supervisor_names)
        self._reasons = dict(reasons or {})
        self.endResetModel()

    def session(self, row: int) -> Session:
        return self._sessions[row]

    def sessions(self) -> list[Session]:
        return list(self._sessions)

    def row_of(self, session_id: str) -> int:
        """The row of a session, or -1."""
        for row, s in enumerate(self._sessions):
            if s.id == session_id:
                return row
        return -1

    def supervisor_name(self, supervisor_id: str) -> str:
        return self._names.get(supervisor_id, "")

    def supervisor_names(self) -> dict[str, str]:
        return dict(self._names)

    def reason(self, session_id: str) -> str | None:
        """Why a session does not count, or None if it counts."""
        return self._reasons.get(session_id)

    def counts(self, session: Session) -> bool:
        """Whether a session adds hours: held and not named by the rules engine."""
        return session.status is SessionStatus.HELD and session.id not in self._reasons

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        s = self._sessions[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, col)
        if role == SORT_ROLE:
            return self._sort_value(s, col)
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.DURATION, self.GROUP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(s, col)
        return None

    def _foreground(self, s: Session, col: int) -> QColor | None:
        """Amber for hours that do not count, red for a missed session not yet made up."""
        if col == self.COUNTS and not self.counts(s):
            return QColor("#8a5a00") if s.status is SessionStatus.HELD else QColor("#666666")
        if col == self.STATUS and s.status is SessionStatus.MISSED and not s.made_up_by_id:
            return QColor("#b00020")
        return None

    def _display(self, s: Session, col: int) -> str:
        if col == self.DATE:
            return units.format_date(s.date)
        if col == self.TIME:
            return s.start_time.strftime("%H:%M") if s.start_time else ""
        if col == self.FORM:
            return form_label(s.form)
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
        return self._counts_text(s)

    def _status_text(self, s: Session) -> str:
        if s.status is SessionStatus.HELD:
            return status_label(s.status)
        make_up = self._by_id.get(s.made_up_by_id or "")
        if make_up is None:
            return status_label(s.status)
        return self.tr("Avlyst – tatt igjen %1").replace("%1", units.format_date(make_up.date))

    def _counts_text(self, s: Session) -> str:
        reason = self._reasons.get(s.id)
        if reason is not None:
            return self.tr("Teller ikke: %1").replace("%1", reason)
        if s.status is SessionStatus.MISSED:
            return self.tr("Teller ikke: avlyst")
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

    def _sort_value(self, s: Session, col: int) -> object:
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
        return self._display(s, col).casefold()


class SessionFilterProxy(QSortFilterProxyModel):
    """Filters by form, supervisor, period and free text; sorts by the model's raw values."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._form: Form | None = None
        self._supervisor_id: str | None = None
        self._start: dt.date | None = None
        self._end: dt.date | None = None
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _change(self, apply) -> None:
        self.beginFilterChange()
        apply()
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

    def visible_sessions(self) -> list[Session]:
        model = self.sourceModel()
        assert isinstance(model, SessionTableModel)
        return [
            model.session(self.mapToSource(self.index(row, 0)).row())
            for row in range(self.rowCount())
        ]

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SessionTableModel):
            return True
        s = model.session(source_row)
        if self._form is not None and s.form is not self._form:
            return False
        if self._supervisor_id is not None and s.supervisor_id != self._supervisor_id:
            return False
        if self._start is not None and s.date < self._start:
            return False
        if self._end is not None and s.date > self._end:
            return False
        if self._text:
            haystack = f"{s.topic}\n{model.supervisor_name(s.supervisor_id)}".casefold()
            return all(word in haystack for word in self._text.split())
        return True

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)  # type: ignore[operator]
        except TypeError:
            return str(a) < str(b)
