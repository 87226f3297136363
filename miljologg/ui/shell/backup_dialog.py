"""Fil → Sikkerhetskopier…: list, make and restore backups; and the offer to restore when the
data file will not open.

The dialog holds no rules: what is kept, how a restore is made safe (a copy of the current state
first, the damaged file kept aside) lives in ``services.backups``. The dialog asks before every
restore and emits ``restored`` so the main window refreshes every page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from miljologg.core.units import format_local_time, format_size
from miljologg.db.database import DatabaseError
from miljologg.services.app import Services
from miljologg.services.backups import (
    BackupInfo,
    BackupService,
    file_problem,
    is_newer_schema,
    newest_good_backup,
)
from miljologg.ui.shell.lock_message import acquire_lock_or_explain
from miljologg.ui.widgets.common import QT_TRANSLATE_NOOP, confirm, inform, norwegian_buttons
from miljologg.ui.widgets.page import record_table
from miljologg.ui.widgets.table_model import SORT_ROLE, RecordListModel, SortProxy

__all__ = ["BackupDialog", "acquire_lock_or_explain", "offer_restore"]

REASON_TEXTS = {
    "daily": QT_TRANSLATE_NOOP("BackupDialog", "Automatisk (daglig)"),
    "manual": QT_TRANSLATE_NOOP("BackupDialog", "Laget av deg"),
    "pre-import": QT_TRANSLATE_NOOP("BackupDialog", "Før import"),
    "pre-restore": QT_TRANSLATE_NOOP("BackupDialog", "Før gjenoppretting"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupDialog", "Før oppgradering"),
}


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("BackupDialog", REASON_TEXTS.get(reason, reason))


class BackupModel(RecordListModel[BackupInfo]):
    """The backups, newest first; SORT_ROLE gives the raw time, reason and size."""

    WHEN, REASON, SIZE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Tidspunkt"), self.tr("Hvorfor"), self.tr("Størrelse"))

    def cell(self, info: BackupInfo, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return format_local_time(info.created_at)
            if column == self.REASON:
                return reason_text(info.reason)
            return format_size(info.size)
        if role == SORT_ROLE:
            # A number, not a tuple: Qt compares QVariants, and Python tuples do not sort there.
            when = info.created_at.timestamp() + info.seq / 1000
            return (when, reason_text(info.reason), info.size)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupDialog(QDialog):
    """The backups of the open data file, with «Lag sikkerhetskopi nå» and «Gjenopprett…»."""

    restored = Signal()
    created = Signal()

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        backups: BackupService | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.backups = backups or services.backups
        self.setWindowTitle(self.tr("Sikkerhetskopier"))
        self.setMinimumSize(520, 320)
        self.resize(620, 420)

        intro = QLabel(
            self.tr(
                "miljologg tar en sikkerhetskopi hver dag du åpner programmet og før hver "
                "import. De siste 14 dagene og én per måned det siste året beholdes. "
                "Kopiene ligger i mappen «%1»."
            ).replace("%1", str(self.backups.folder))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = BackupModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        self.table.sortByColumn(BackupModel.WHEN, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BackupModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupModel.REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BackupModel.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Sikkerhetskopier"))
        self.empty_label = QLabel(self.tr("Ingen sikkerhetskopier ennå."))

        self.create_button = QPushButton(self.tr("Lag sikkerhetskopi nå"))
        self.restore_button = QPushButton(self.tr("Gjenopprett…"))
        self.create_button.clicked.connect(self.create_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = norwegian_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.set_records(self.backups.list())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def select_backup(self, backup_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == backup_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def create_backup(self) -> BackupInfo | None:
        try:
            info = self.backups.create("manual")
        except DatabaseError as exc:
            inform(self, self.tr("Sikkerhetskopien ble ikke laget"), str(exc), error=True)
            return None
        self.refresh()
        self.select_backup(info.id)
        self.created.emit()
        return info

    def restore_selected(self) -> bool:
        """Ask, then restore the selected backup; the current state is backed up first."""
        info = self.selected_backup()
        if info is None:
            return False
        question = self.tr(
            "Vil du gjenopprette sikkerhetskopien fra %1? Alt du har ført etter dette "
            "tidspunktet forsvinner fra loggen, men dagens innhold tas vare på i en ny "
            "sikkerhetskopi først, så du kan angre."
        ).replace("%1", format_local_time(info.created_at))
        if not confirm(
            self, self.tr("Gjenopprette sikkerhetskopi?"), question, self.tr("Gjenopprett")
        ):
            return False
        try:
            self.backups.restore(info.id)
        except DatabaseError as exc:
            inform(self, self.tr("Gjenopprettingen ble ikke gjort"), str(exc), error=True)
            return False
        self.services.ctx.invalidate()  # the file changed outside ctx.write: drop caches
        self.refresh()
        self.restored.emit()
        inform(
            self,
            self.tr("Gjenopprettet"),
            self.tr(
                "Loggen er gjenopprettet fra %1. Innholdet fra før ligger i sikkerhetskopien "
                "«Før gjenoppretting»."
            ).replace("%1", format_local_time(info.created_at)),
        )
        return True

    # -- internals ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)


def offer_restore(parent: QWidget | None, data_file: Path, error: Exception) -> bool:
    """At start, when ``open_database`` refused ``data_file``: explain, and offer the newest good
    backup. True when a backup was restored (the caller then opens the file again).

    Nothing is overwritten without a yes; the damaged file is kept aside as
    ``<name>.damaged-<time>``. A file from a newer miljologg is not «repaired» (the user should
    update instead), and a file that looks healthy failed for another reason (rights, disk):
    both get the message only.
    """

    title = QCoreApplication.translate("BackupDialog", "Kunne ikke åpne datafilen")
    data_file = Path(data_file)
    damaged = data_file.exists() and file_problem(data_file) is not None
    good = newest_good_backup(data_file) if damaged and not is_newer_schema(data_file) else None
    if good is None:
        extra = ""
        if damaged and not is_newer_schema(data_file):
            extra = "\n\n" + QCoreApplication.translate(
                "BackupDialog", "Fant ingen sikkerhetskopi av filen å gjenopprette fra."
            )
        inform(parent, title, str(error) + extra, error=True)
        return False
    question = QCoreApplication.translate(
        "BackupDialog",
        "Gjenopprett fra sikkerhetskopi %1? Den skadede filen flyttes til side som "
        "«%2.damaged-…» i samme mappe og slettes ikke.",
    )
    question = question.replace("%1", format_local_time(good.created_at)).replace(
        "%2", data_file.name
    )
    yes = QCoreApplication.translate("BackupDialog", "Gjenopprett")
    if not confirm(parent, title, f"{error}\n\n{question}", yes):
        return False
    try:
        result = BackupService(data_file).restore(good.id)
    except DatabaseError as exc:
        failed = QCoreApplication.translate("BackupDialog", "Gjenopprettingen ble ikke gjort")
        inform(parent, failed, str(exc), error=True)
        return False
    aside = str(result.damaged_aside) if result.damaged_aside else ""
    inform(
        parent,
        QCoreApplication.translate("BackupDialog", "Gjenopprettet"),
        QCoreApplication.translate(
            "BackupDialog", "Datafilen er gjenopprettet fra %1. Den skadede filen ligger i %2."
        )
        .replace("%1", format_local_time(good.created_at))
        .replace("%2", aside),
    )
    return True
