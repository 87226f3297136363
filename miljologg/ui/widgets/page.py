"""What every page (and every panel that writes) starts from: its services, its ``changed``
signal, its title, and its table of records.

The page contract (``ui/shell/page_stack.Page``) asks each page for ``refresh``/``select`` and a
``changed`` signal the window wires to ``refresh_all``. Each page used to declare the signal,
keep the services, lay out its title and set up its table's eight properties by hand; the same
lines stood in five pages, and a page that set one of them differently (Tab walking the cells,
a row number column) behaved unlike the others for no reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.ui.widgets.common import inform


class Record(Protocol):
    """What a page selects after saving: a record with an id (a session, a supervisor, …)."""

    @property
    def id(self) -> str: ...


class ServicesWidget(QWidget):
    """A widget that reads and writes through ``services`` and emits ``changed`` after a write."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services

    def refresh(self) -> None:
        """Read the file again (every page implements it)."""
        raise NotImplementedError

    def select(self, record_id: str) -> None:
        """Select the record with this id (every page of records implements it)."""
        raise NotImplementedError

    def after_write(self, saved: Record | None = None) -> None:
        """After this page wrote: show the file as it is now with ``saved`` selected, and tell
        the window (which refreshes the other pages)."""
        self.refresh()
        if saved is not None:
            self.select(saved.id)
        self.changed.emit()

    def write_or_explain(self, write: Callable[[], object], refused_title: str) -> bool:
        """Run a write the service may refuse; a refusal is shown as it comes (in Norwegian,
        under ``refused_title``) instead of guessed beforehand, and a write is followed by
        ``after_write``. True when it was written."""
        try:
            write()
        except ValidationError as exc:
            inform(self, refused_title, exc.message, error=True)
            return False
        self.after_write()
        return True


def heading(text: str, parent: QWidget | None = None, *, title: bool = False) -> QLabel:
    """A bold heading; with ``title``, the larger one a page has on top."""
    label = QLabel(text, parent)
    label.setStyleSheet(("font-size: 16pt; " if title else "") + "font-weight: 600;")
    return label


def page_layout(page: QWidget, title: str) -> QVBoxLayout:
    """The page's column: its margins, its spacing and its title on top."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(8)
    layout.addWidget(heading(title, page, title=True))
    return layout


def record_table(
    model: QAbstractItemModel, parent: QWidget | None = None, *, several: bool = False
) -> QTableView:
    """A sortable, read-only table of records, one line a row, chosen a whole row at a time.

    Tab leaves the table (keyboard users reach the buttons next to it instead of walking the
    cells); ``several`` lets a user pick more than one row (the sessions to sign).
    """
    table = QTableView(parent)
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table
