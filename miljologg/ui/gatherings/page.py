"""«Samlinger»: attendance per gathering day, registered with one click.

The tree (term → gathering → day) is built once per programme and afterwards only updated in
place, so a click never moves the scroll position or collapses what the user opened. Every
number in the header comes from ``core.rules`` through ``services.status``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from miljologg.core import units
from miljologg.core.model import Attendance, AttendanceStatus, Form, SessionStatus
from miljologg.core.programmes import Programme
from miljologg.core.rules import DayResult, count_days
from miljologg.services.app import Services
from miljologg.ui.gatherings.attendance_dialog import AttendanceDialog
from miljologg.ui.gatherings.attendance_widgets import ActionBar, AttendanceSummary
from miljologg.ui.gatherings.day_texts import (
    day_status,
    day_text,
    gathering_status,
)
from miljologg.ui.gatherings.tree import (
    COL_ACTIONS,
    COL_DAY,
    COL_SESSIONS,
    COL_STATUS,
    DAY,
    GATHERING,
    KEY_ROLE,
    KIND_ROLE,
    fill_tree,
)
from miljologg.ui.widgets.common import open_dialog
from miljologg.ui.widgets.form_dialog import persist
from miljologg.ui.widgets.levels import level_color
from miljologg.ui.widgets.page import ServicesWidget, page_layout
from miljologg.ui.widgets.theme import set_tone

_KEYS = {
    Qt.Key.Key_T: "present",
    Qt.Key.Key_D: "partial",
    Qt.Key.Key_B: "absent",
    Qt.Key.Key_Delete: "clear",
    Qt.Key.Key_Backspace: "clear",
}
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class GatheringsPage(ServicesWidget):
    """Attendance per gathering day, grouped by term, with the running percentage on top."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._programme_id: str | None = None
        self._days: dict[dt.date, tuple[QTreeWidgetItem, int]] = {}  # item, planned minutes
        self._gatherings: dict[str, tuple[QTreeWidgetItem, list[dt.date], str]] = {}
        self._bars: dict[int, ActionBar] = {}  # id(item) -> buttons
        self._registered: dict[dt.date, Attendance] = {}
        self._results: dict[dt.date, DayResult] = {}  # the rules engine's view of each day
        self._today = services.ctx.today()
        self._first_missing: dt.date | None = None
        self.dialog: AttendanceDialog | None = None
        self._build_ui()
        self.refresh()

    # -- layout ------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = page_layout(self, self.tr("Samlinger og oppmøte"))

        self.summary = AttendanceSummary(self)
        self.summary.goto_missing.connect(self._goto_first_missing)
        self.percent_label = self.summary.percent_label
        layout.addWidget(self.summary)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                self.tr("Dag og planlagt tid"),
                self.tr("Registrert"),
                self.tr("Gruppeveiledning"),
                self.tr("Registrer"),
            ]
        )
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(16)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col in (COL_DAY, COL_STATUS, COL_ACTIONS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SESSIONS, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda *_: self._update_actions())
        layout.addWidget(self.tree, 1)

        # Keys are handled in eventFilter (a letter shortcut would need an active window and
        # fight the tree's type-ahead search); the menu shows them after the tab.
        self._actions: dict[str, QAction] = {}
        for key, text in (
            ("present", self.tr("Til stede\tT")),
            ("partial", self.tr("Delvis til stede…\tD")),
            ("absent", self.tr("Borte…\tB")),
            ("clear", self.tr("Angre registrering\tDelete")),
        ):
            action = QAction(text, self.tree)
            action.triggered.connect(lambda _=False, k=key: self._on_current(k))
            self.tree.addAction(action)
            self._actions[key] = action
        self.tree.installEventFilter(self)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        hint = QLabel(
            self.tr(
                "Tastatur: T = til stede, D = delvis, B = borte, Delete = angre "
                "(for valgt dag eller samling)."
            ),
            self,
        )
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        layout.addWidget(hint)

    # -- building the tree (once per programme) ------------------------------------
    def _build_tree(self, programme: Programme) -> None:
        self._bars.clear()
        rows = fill_tree(self.tree, programme)
        self._days, self._gatherings = rows.days, rows.gatherings
        for item, days, _name in self._gatherings.values():
            self._add_bar(item, GATHERING)
            for day in days:
                self._add_bar(self._days[day][0], DAY)
        self._programme_id = programme.id
        QTimer.singleShot(0, self._scroll_to_now)

    def _add_bar(self, item: QTreeWidgetItem, kind: str) -> None:
        partial = self.tr("Delvis…")
        buttons = [
            ("present", self.tr("Til stede"), self.tr("Registrer som til stede (T)")),
            ("partial" if kind == DAY else "", partial, self.tr("Til stede en del av dagen (D)")),
            ("absent", self.tr("Borte…"), self.tr("Registrer fravær med begrunnelse (B)")),
            ("clear", self.tr("Angre"), self.tr("Fjern registreringen (Delete)")),
        ]
        bar = ActionBar(buttons, self.tree)
        bar.triggered.connect(lambda key, it=item: self._act(it, key))
        self.tree.setItemWidget(item, COL_ACTIONS, bar)
        self._bars[id(item)] = bar

    def _scroll_to_now(self) -> None:
        """Centre the latest gathering that has begun: recent days above, coming ones below."""
        started = [d for d in self._days if d <= self._today] or list(self._days)[:1]
        if started:
            item = self._days[max(started)][0]
            self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- refresh -----------------------------------------------------------------
    def refresh(self) -> None:
        """Reload registrations, sessions and the rules' attendance figures; keep the view."""
        self._today = self._services.ctx.today()
        programme = self._services.profile.programme()
        if programme is None:
            self.tree.clear()
            self._programme_id = None
            self.summary.show_message(self.tr("Profilen har ikke noe studieprogram."))
            return
        if programme.id != self._programme_id:
            self._build_tree(programme)
        self._registered = {a.date: a for a in self._services.attendance.list()}
        self._update_summary()
        self._update_days()
        self._update_gatherings()
        self._update_actions()

    def _update_summary(self) -> None:
        result = self._services.status.programme_status(today=self._today).attendance
        self._results = {d.date: d for d in result.days}
        past = result.unregistered_past_days
        self._first_missing = past[0] if past else None
        self.summary.show_result(result, can_go_to_missing=self._first_missing is not None)

    def _update_days(self) -> None:
        by_day: dict[dt.date, list[str]] = defaultdict(list)
        names = {s.id: s.name for s in self._services.supervisors.list()}
        for session in self._services.sessions.list():
            if session.form is Form.GATHERING_GROUP and session.date in self._days:
                text = self.tr("{minutes} min – {name}").format(
                    minutes=session.minutes,
                    name=names.get(session.supervisor_id, "?"),
                )
                if session.status is SessionStatus.MISSED:
                    text += self.tr(" (ikke holdt)")
                by_day[session.date].append(text)
        for day, (item, planned) in self._days.items():
            text, level = day_status(self._results[day])
            item.setText(COL_STATUS, text)
            item.setForeground(COL_STATUS, QBrush(level_color(level, self.palette())))
            reg = self._registered.get(day)
            item.setToolTip(COL_STATUS, reg.reason if reg is not None else "")
            sessions = "; ".join(by_day.get(day, []))
            item.setText(COL_SESSIONS, sessions)
            item.setToolTip(
                COL_SESSIONS,
                self.tr("Gruppeveiledning på samlingen: {sessions}").format(sessions=sessions)
                if sessions
                else "",
            )
            bar = self._bars[id(item)]
            future = day > self._today
            why = self.tr("Oppmøte kan ikke registreres før dagen har vært.") if future else ""
            bar.set_enabled("present", not future, why)
            bar.set_enabled("partial", not future and planned > 1, why)
            bar.set_enabled("clear", day in self._registered)

    def _update_gatherings(self) -> None:
        for item, days, _name in self._gatherings.values():
            (item.parent() or item).setBackground(0, self.palette().midlight())  # its term row
            n = count_days(self._results[d] for d in days if d in self._results)
            text, level = gathering_status(n)
            item.setToolTip(
                COL_DAY,
                self.tr("Planlagt undervisning: {duration}").format(
                    duration=units.format_duration(n.planned_minutes)
                ),
            )
            registered = [d for d in days if d in self._registered]
            past = [d for d in days if d <= self._today]
            item.setText(COL_STATUS, text)
            item.setForeground(COL_STATUS, QBrush(level_color(level, self.palette())))
            bar = self._bars[id(item)]
            bar.set_enabled("present", bool(past))
            bar.set_enabled("clear", bool(registered))

    def _update_actions(self) -> None:
        """The keyboard actions follow the buttons of the current row."""
        item = self.tree.currentItem()
        bar = self._bars.get(id(item)) if item is not None else None
        for key, action in self._actions.items():
            enabled = False
            if bar is not None:
                try:
                    enabled = bar.button(key).isEnabled()
                except KeyError:
                    enabled = False
            action.setEnabled(enabled)

    # -- actions -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """T, D, B and Delete act on the current row of the tree, like its buttons."""
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key = _KEYS.get(event.key())  # type: ignore[attr-defined]
            plain = event.modifiers() in _PLAIN  # type: ignore[attr-defined]
            if key is not None and plain:
                if self._actions[key].isEnabled():
                    self._on_current(key, advance=key != "clear")
                return True
        return super().eventFilter(watched, event)

    def _on_current(self, key: str, advance: bool = False) -> None:
        item = self.tree.currentItem()
        if item is not None and id(item) in self._bars:
            self._act(item, key, advance)

    def _act(self, item: QTreeWidgetItem, key: str, advance: bool = False) -> None:
        """Run a row button: save at once, or ask for details; ``advance``: then the next day."""
        self.tree.setCurrentItem(item)
        if item.data(0, KIND_ROLE) == DAY:
            day = dt.date.fromisoformat(item.data(0, KEY_ROLE))
            days, heading = [day], day_text(day)
        else:
            _item, days, heading = self._gatherings[item.data(0, KEY_ROLE)]
        att = self._services.attendance
        if key == "present":
            past = [d for d in days if d <= self._today]
            if past:
                att.set_many(past, AttendanceStatus.PRESENT)
                self._saved(item if advance else None)
        elif key == "clear":
            for day in days:
                att.clear(day)
            self._saved()
        elif key in ("partial", "absent"):
            status = AttendanceStatus.PARTIAL if key == "partial" else AttendanceStatus.ABSENT
            pairs = [(d, self._days[d][1]) for d in days]
            self.dialog = AttendanceDialog(pairs, status, heading, self)
            persist(
                self.dialog,
                lambda answer: att.set_many(days, status, answer.minutes, answer.reason),
            )
            self.dialog.accepted.connect(lambda: self._saved(item if advance else None))
            open_dialog(self.dialog)

    def _saved(self, then_from: QTreeWidgetItem | None = None) -> None:
        self.refresh()
        self.changed.emit()
        if then_from is not None:  # T, D or B typed: the next day, ready for the next key
            self._select_next(then_from)

    def _select_next(self, item: QTreeWidgetItem) -> None:
        """Select the day (or gathering) after ``item``'s, ready for the next key."""
        is_day = item.data(0, KIND_ROLE) == DAY
        order = [d.isoformat() for d in sorted(self._days)] if is_day else list(self._gatherings)
        for following in order[order.index(item.data(0, KEY_ROLE)) + 1 :][:1]:
            self.select(following)

    # -- lookup (for the main window and tests) ----------------------------------------
    def day_item(self, day: dt.date) -> QTreeWidgetItem | None:
        entry = self._days.get(day)
        return entry[0] if entry else None

    def day_buttons(self, day: dt.date) -> ActionBar:
        """The row buttons of one day: keys present, partial, absent, clear."""
        return self._bars[id(self._days[day][0])]

    def gathering_buttons(self, day: dt.date) -> ActionBar:
        """The buttons of the gathering a day belongs to: keys present, absent, clear."""
        return self._bars[id(self._days[day][0].parent())]

    # -- selection ---------------------------------------------------------------
    def select(self, record_id: str) -> None:
        """Show a day (ISO date, from attendance problems) or a gathering (its id)."""
        if not record_id:  # a problem about attendance as a whole: just show the page
            return
        item = None
        try:
            day_entry = self._days.get(dt.date.fromisoformat(record_id))
            item = day_entry[0] if day_entry else None
        except ValueError:
            gathering_entry = self._gatherings.get(record_id)
            item = gathering_entry[0] if gathering_entry else None
        if item is None:
            return
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.tree.setFocus()

    def _goto_first_missing(self) -> None:
        if self._first_missing is not None:
            self.select(self._first_missing.isoformat())
