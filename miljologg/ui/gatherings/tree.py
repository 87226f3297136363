"""The rows of «Samlinger»: term → gathering → day, built once per programme.

Kept apart from ``page.py``, which reads the services, updates the rows in place and acts on
them: this module only lays the programme's gatherings and teaching days out as tree items (the
texts that never change: names, dates, planned hours, teaching times). Every figure that does
change — states, the gathering's planned teaching — is set by the page from ``core.rules``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from miljologg.core import units
from miljologg.core.programmes import Programme
from miljologg.ui.gatherings.day_texts import date_range_text, day_text, term_of

COL_DAY, COL_STATUS, COL_SESSIONS, COL_ACTIONS = range(4)
KIND_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
TERM, GATHERING, DAY = "term", "gathering", "day"


translate = QCoreApplication.translate


@dataclass
class TreeRows:
    """The items laid out: each day with its planned minutes, each gathering with its days and
    name (the heading of the dialog that registers it), in the programme's order."""

    days: dict[dt.date, tuple[QTreeWidgetItem, int]] = field(default_factory=dict)
    gatherings: dict[str, tuple[QTreeWidgetItem, list[dt.date], str]] = field(default_factory=dict)


def fill_tree(tree: QTreeWidget, programme: Programme) -> TreeRows:
    """Clear ``tree`` and lay ``programme``'s gatherings out in it, grouped by term."""
    tree.clear()
    rows = TreeRows()
    planned = {t.date: t for t in programme.teaching_days()}
    bold = QFont(tree.font())
    bold.setBold(True)
    terms: dict[str, QTreeWidgetItem] = {}
    for number, gathering in enumerate(programme.gatherings, start=1):
        days = sorted(gathering.days)
        term = str(getattr(gathering, "term", "") or "") or term_of(days[0])
        parent = terms.get(term)
        if parent is None:
            parent = QTreeWidgetItem(tree, [term])
            parent.setData(0, KIND_ROLE, TERM)
            parent.setFont(0, bold)
            parent.setFirstColumnSpanned(True)
            parent.setSizeHint(0, QSize(0, 30))
            terms[term] = parent
        name = translate("GatheringsPage", "Samling {number}: {dates}").format(
            number=number, dates=date_range_text(days)
        )
        item = QTreeWidgetItem(parent, [name])
        item.setData(0, KIND_ROLE, GATHERING)
        item.setData(0, KEY_ROLE, gathering.id)
        item.setFont(0, bold)
        rows.gatherings[gathering.id] = (item, days, name)
        for day in days:
            teaching = planned.get(day)
            minutes = teaching.planned_minutes if teaching else 0
            # Planned hours share the day's cell: the gathering titles set that column's
            # width anyway, and the room saved keeps the sessions readable at 1024 px.
            text = f"{day_text(day)} · {units.format_duration(minutes)}"
            child = QTreeWidgetItem(item, [text])
            child.setData(0, KIND_ROLE, DAY)
            child.setData(0, KEY_ROLE, day.isoformat())
            if teaching is not None and teaching.start and teaching.end:
                child.setToolTip(
                    COL_DAY,
                    translate("GatheringsPage", "Undervisning {start}–{end}").format(
                        start=f"{teaching.start:%H:%M}", end=f"{teaching.end:%H:%M}"
                    ),
                )
            rows.days[day] = (child, minutes)
    tree.expandAll()
    return rows
