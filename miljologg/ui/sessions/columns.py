"""How the «Veiledning» page's table looks, kept apart so the page stays small: the table's
set-up, column widths that follow the window, and push buttons that mirror actions."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableView

from miljologg.ui.sessions.model import SessionTableModel
from miljologg.ui.widgets.page import record_table


def action_button(action: QAction) -> QPushButton:
    """A push button that mirrors an action's text, tooltip and enabled state."""
    button = QPushButton(action.text())
    button.setToolTip(action.toolTip())
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    button.setEnabled(action.isEnabled())
    return button


def session_table(proxy: QSortFilterProxyModel, row_height: int) -> QTableView:
    """The sessions table: sortable, whole rows, several at once (for «Signer …»), one line a
    row with the topic taking the room the other columns leave, a context menu of its own."""
    table = record_table(proxy, several=True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(SessionTableModel.TOPIC, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    table.verticalHeader().setDefaultSectionSize(row_height)
    return table


#: (preferred, minimum) sample texts per column; the topic column takes the rest. On a
#: narrow window the columns with names and reasons shrink first (their full text is in
#: the tooltip), so the topic stays readable.
_SAMPLES = {
    SessionTableModel.DATE: ("00.00.0000", "00.00.0000"),
    SessionTableModel.TIME: ("00:00", "00:00"),
    SessionTableModel.FORM: ("Gruppe (samling)", "Gruppe (samling)"),
    SessionTableModel.SUPERVISOR: ("Kari Nordmann-Berg", "Kari No"),
    SessionTableModel.DURATION: ("10 t 30 min", "10 t 30 min"),
    SessionTableModel.GROUP: ("00", "00"),
    SessionTableModel.STATUS: ("Gjennomført   ", "Gjennomført"),
    SessionTableModel.COUNTS: ("Teller ikke: ikke godkjent", "Teller"),
    SessionTableModel.SIGN_OFF: ("Signert 00.00.0000   ", "Ikke signert"),
}
_TOPIC_MIN = "Relasjonsbygging i miljø"
_GROWS = (SessionTableModel.STATUS, SessionTableModel.SIGN_OFF, SessionTableModel.COUNTS)
#: On a narrow window these give up width first, in this order: the reasons (their full text is
#: in the tooltip), then the status; the supervisor's name shrinks last.
_SHRINKS = (SessionTableModel.COUNTS, SessionTableModel.STATUS, SessionTableModel.SUPERVISOR)


def fit_columns(table: QTableView, model: SessionTableModel) -> None:
    """Give every column its preferred width if the topic still gets enough room."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()

    def width(column: int, sample: str) -> int:
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        text = metrics.horizontalAdvance(sample) + 14
        return max(text, header.fontMetrics().horizontalAdvance(title) + 22)

    preferred = {c: width(c, p) for c, (p, _m) in _SAMPLES.items()}
    minimum = {c: width(c, m) for c, (_p, m) in _SAMPLES.items()}
    names = _longest(table, model, SessionTableModel.SUPERVISOR) + 14  # real names, not a sample
    preferred[SessionTableModel.SUPERVISOR] = max(
        minimum[SessionTableModel.SUPERVISOR], min(names, preferred[SessionTableModel.SUPERVISOR])
    )
    room = table.viewport().width() - metrics.horizontalAdvance(_TOPIC_MIN)
    excess = sum(preferred.values()) - room
    if excess < 0:  # a wide window: up to half the spare room shows status and reasons whole
        spare = -excess // 2
        for column in _GROWS:  # the short status first, then the reasons
            grow = max(0, min(_longest(table, model, column) + 14 - preferred[column], spare))
            preferred[column] += grow
            spare -= grow
    for column in _SHRINKS:  # a narrow window: one column at a time, names last
        if excess <= 0:
            break
        give = min(excess, max(0, preferred[column] - minimum[column]))
        preferred[column] -= give
        excess -= give
    for column, w in preferred.items():
        table.setColumnWidth(column, w)
    # Still too narrow: the topic keeps a readable width and the table scrolls sideways,
    # rather than squeezing the topic to a few letters.
    topic_mode = (
        QHeaderView.ResizeMode.Interactive if excess > 0 else QHeaderView.ResizeMode.Stretch
    )
    header.setSectionResizeMode(SessionTableModel.TOPIC, topic_mode)
    if excess > 0:
        table.setColumnWidth(SessionTableModel.TOPIC, metrics.horizontalAdvance(_TOPIC_MIN) + 14)


def _longest(table: QTableView, model: SessionTableModel, column: int) -> int:
    metrics = table.fontMetrics()
    texts = (model.index(row, column).data() for row in range(model.rowCount()))
    return max((metrics.horizontalAdvance(t) for t in texts if t), default=0)
