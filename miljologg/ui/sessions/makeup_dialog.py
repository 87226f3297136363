"""Pick the session that made up a missed one («Marker som tatt igjen …»).

The programme asks for 100 % participation, so a missed session must be followed by a make-up
session of the same form. The dialog lists only held sessions of that form on or after the
missed date; the service still has the last word (``link_make_up``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import units
from miljologg.core.labels import FORM_LABELS
from miljologg.core.model import Session, SessionStatus
from miljologg.ui.widgets.common import ok_cancel
from miljologg.ui.widgets.form_dialog import FormDialog
from miljologg.ui.widgets.table_model import ID_ROLE

#: Item data of the «remove the link» choice.
UNLINK = ""


def make_up_candidates(missed: Session, sessions: Iterable[Session]) -> list[Session]:
    """Held sessions of the same form on or after the missed one, oldest first."""
    return sorted(
        (
            s
            for s in sessions
            if s.id != missed.id
            and s.status is SessionStatus.HELD
            and s.form is missed.form
            and s.date >= missed.date
        ),
        key=lambda s: (s.date, s.start_time is not None, s.start_time or s.date),
    )


class MakeUpDialog(FormDialog[str, Session]):
    """Choose the make-up session for ``missed``; OK hands the chosen id (``UNLINK`` to remove
    the link) to the page, which links it through the service."""

    def __init__(
        self,
        missed: Session,
        sessions: Iterable[Session],
        supervisor_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Marker som tatt igjen"))
        self.setMinimumSize(640, 380)

        intro = QLabel(
            self.tr("Avlyst møte %1 (%2). Velg det gjennomførte møtet som tok det igjen:")
            .replace("%1", units.format_date(missed.date))
            .replace("%2", FORM_LABELS[missed.form])
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        if missed.made_up_by_id:
            item = QListWidgetItem(self.tr("Ingen – fjern koblingen"))
            item.setData(ID_ROLE, UNLINK)
            self.list.addItem(item)
        for s in make_up_candidates(missed, sessions):
            text = f"{units.format_date(s.date)} – {supervisor_names.get(s.supervisor_id, '')}"
            text += f" – {units.format_duration(s.minutes)}"
            if s.topic:
                text += f" – {s.topic}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ID_ROLE, s.id)
            self.list.addItem(item)
            if s.id == missed.made_up_by_id:
                self.list.setCurrentItem(item)
        self.empty = QLabel(
            self.tr(
                "Ingen gjennomførte møter i samme form etter denne datoen. "
                "Før erstatningsmøtet først, og marker deretter."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.list.count() == 0)
        self.message = self.general_message

        self.buttons = ok_cancel(self)
        self.list.currentItemChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update()

    def choose(self, session_id: str | None) -> None:
        """Select a candidate by id (None: the «remove the link» choice)."""
        wanted = UNLINK if session_id is None else session_id
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == wanted:
                self.list.setCurrentRow(row)
                return
        raise KeyError(session_id)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentItem() is not None)

    def collect(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))
