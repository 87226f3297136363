"""Paper sign-off, step two: record which rows of a printed sheet came back signed.

«Registrer papirsignatur …» (``PaperRecordDialog``) lists the same rows as the sheet
(``sheet_dialog.py`` prints it) — date, time, duration, topic and the fingerprint exactly as
printed, so the student can match the paper row by row — takes the scan and calls
``services.paper.record``, which decides everything; its refusals are shown at the field they
concern and nothing is saved. Dialogs open with ``open()`` so tests drive them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import units
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.paper import MAX_SCAN_BYTES, Scan, SheetRow, media_type
from miljologg.services.scan_file import too_big
from miljologg.ui.signing.sheet_dialog import unsigned_counts, unsigned_text
from miljologg.ui.widgets import file_chooser
from miljologg.ui.widgets.common import FieldMessage, ok_cancel
from miljologg.ui.widgets.file_chooser import FileChooser, choose_file
from miljologg.ui.widgets.form_dialog import FormDialog, persist
from miljologg.ui.widgets.table_model import ID_ROLE
from miljologg.ui.widgets.theme import set_tone


@dataclass(frozen=True)
class PaperAnswer:
    """The sessions ticked as signed on the sheet, and the scan of the sheet."""

    session_ids: tuple[str, ...]
    scan: Path


class PaperRecordDialog(FormDialog[PaperAnswer, Scan]):
    """Tick the sessions signed on the paper sheet and attach its scan; the caller records them
    (``recorded_by_service``); see module doc."""

    CHECK, DATE, TIME, DURATION, TOPIC, DIGEST = range(6)

    def __init__(
        self,
        services: Services,
        supervisor_id: str | None = None,
        preselect: Iterable[str] = (),
        chooser: FileChooser = choose_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._chooser = chooser
        self._preselect = set(preselect)
        self._rows: list[SheetRow] = []
        self.setWindowTitle(self.tr("Registrer papirsignatur"))
        self.setMinimumSize(680, 460)
        self._build()
        counts = unsigned_counts(services)
        for sup, count in counts:
            self.supervisor.addItem(f"{sup.name} ({unsigned_text(count)})", sup.id)
        pick = next((i for i, (s, _n) in enumerate(counts) if s.id == supervisor_id), None)
        if pick is None:
            pick = next((i for i, (_s, n) in enumerate(counts) if n), 0)
        self.supervisor.setCurrentIndex(pick)
        self.supervisor.currentIndexChanged.connect(self._load_rows)
        self._load_rows()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kryss av møtene veilederen har signert på arket. Sammenlign fingeravtrykket "
                "med arket: er det ulikt, er møtet endret etter at arket ble skrevet ut og må "
                "signeres på nytt."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.supervisor = QComboBox()
        form.addRow(self.tr("Veileder"), self.supervisor)
        layout.addLayout(form)
        self.table = QTableWidget(0, 6)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, not walks its cells
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Signert"),
                self.tr("Dato"),
                self.tr("Tid"),
                self.tr("Varighet"),
                self.tr("Tema"),
                self.tr("Fingeravtrykk"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TOPIC, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Ingen usignerte møter hos denne veilederen."))
        self.empty.hide()
        layout.addWidget(self.empty)
        self.sessions_message = FieldMessage()
        layout.addWidget(self.sessions_message)

        scan_form = QFormLayout()
        scan_row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Filen med det skannede, signerte arket"))
        self.browse = QPushButton(self.tr("Velg fil …"))
        self.browse.setAutoDefault(False)
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.browse)
        scan_form.addRow(self.tr("Skannet ark"), scan_row)
        hint = QLabel(
            self.tr("PDF, PNG eller JPEG, høyst %1 MB. Skannet lagres i datafilen.").replace(
                "%1", str(MAX_SCAN_BYTES // 1024 // 1024)
            )
        )
        set_tone(hint, "muted")
        scan_form.addRow("", hint)
        self.scan_message = FieldMessage()
        scan_form.addRow("", self.scan_message)
        layout.addLayout(scan_form)
        self.message = self.general_message
        self.messages = {"scan": self.scan_message, "sessions": self.sessions_message}
        layout.addWidget(self.message)

        self.buttons = ok_cancel(self, self.tr("Registrer"))
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_scan)
        self.scan.textChanged.connect(self._check_scan)
        self.table.itemChanged.connect(lambda _item: self.sessions_message.clear_message())

    # -- rows ------------------------------------------------------------------------
    def supervisor_id(self) -> str | None:
        data = self.supervisor.currentData()
        return str(data) if data else None

    def _load_rows(self) -> None:
        sid = self.supervisor_id()
        self._rows = list(self._services.paper.sheet(sid).rows) if sid else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setBold(True)
        for n, r in enumerate(self._rows):
            check = QTableWidgetItem("")
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            checked = r.session_id in self._preselect
            check.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            check.setData(ID_ROLE, r.session_id)
            self.table.setItem(n, self.CHECK, check)
            cells = (
                units.format_date(r.date),
                r.start_time.strftime("%H:%M") if r.start_time else "–",
                self.tr("%1 min").replace("%1", str(r.minutes)),  # as the sheet prints it
                r.topic or "–",
                r.digest,
            )
            for col, text in enumerate(cells, start=self.DATE):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if col == self.DIGEST:
                    cell.setFont(mono)
                if col == self.TOPIC:
                    cell.setToolTip(text)
                self.table.setItem(n, col, cell)
        self.table.blockSignals(False)
        self._scroll_to_ticked()
        self.table.setVisible(bool(self._rows))
        self.empty.setVisible(not self._rows)
        self.sessions_message.clear_message()

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        """A cell of the table (every row is filled when built)."""
        item = self.table.item(row, col)
        assert item is not None
        return item

    def _scroll_to_ticked(self) -> None:
        ticked = set(self.checked_ids())
        first = next((n for n, r in enumerate(self._rows) if r.session_id in ticked), -1)
        if first >= 0:
            self.table.scrollToItem(self._cell(first, self.CHECK))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Scroll to the first ticked row once the table has its size."""
        super().showEvent(event)
        self._scroll_to_ticked()

    def row_of(self, session_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.session_id == session_id), -1)

    def digest_text(self, session_id: str) -> str:
        return self._cell(self.row_of(session_id), self.DIGEST).text()

    def set_checked(self, session_id: str, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._cell(self.row_of(session_id), self.CHECK).setCheckState(state)

    def checked_ids(self) -> list[str]:
        return [
            r.session_id
            for n, r in enumerate(self._rows)
            if self._cell(n, self.CHECK).checkState() == Qt.CheckState.Checked
        ]

    # -- the scan --------------------------------------------------------------------
    def choose_scan(self) -> None:
        chosen = self._chooser(self, file_chooser.SCAN, str(Path.home()))
        if chosen:
            self.scan.setText(chosen)

    def _check_scan(self, text: str) -> None:
        """Cheap checks as the path changes: size and the first bytes (the service re-checks)."""
        self.scan_message.clear_message()
        path = Path(text.strip())
        if not text.strip() or not path.is_file():
            return
        try:
            size = path.stat().st_size
            if size > MAX_SCAN_BYTES:
                self.scan_message.show_error(too_big(size))  # the service's own refusal
                return
            with path.open("rb") as f:
                media_type(f.read(16))
        except ValidationError as exc:
            self.scan_message.show_error(exc.message)
        except OSError:
            return  # the service says why when the student presses «Registrer»

    def collect(self) -> PaperAnswer | None:
        for label in (self.sessions_message, self.scan_message, self.message):
            label.clear_message()
        path = self.scan.text().strip()
        if not path:
            self.scan_message.show_error(self.tr("Velg filen med det skannede arket."))
            return None
        return PaperAnswer(tuple(self.checked_ids()), Path(path))


def recorded_by_service(dialog: PaperRecordDialog, services: Services) -> PaperRecordDialog:
    """``dialog`` with its answer recorded by ``services.paper`` when accepted (the dialog
    returns values; this is where they are saved, as the page opens it)."""
    persist(dialog, lambda answer: services.paper.record(answer.session_ids, answer.scan))
    return dialog
