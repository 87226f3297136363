"""Paper sign-off, step one: print a sign sheet for a supervisor.

«Signerark (PDF) …» asks for the supervisor (``SupervisorPickDialog``, with how many held
sessions each still has unsigned), then where to save, and writes the sheet with
``dossier.signsheet.write_sign_sheet``; a message offers «Åpne PDF». Recording the signed sheet
is ``paper_dialog.py``. Dialogs open with ``open()`` so tests drive them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from miljologg import os_errors
from miljologg.core.model import Supervisor
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.ui.widgets import file_chooser
from miljologg.ui.widgets.common import inform, ok_cancel, open_dialog
from miljologg.ui.widgets.file_chooser import FileChooser, choose_file
from miljologg.ui.widgets.table_model import ID_ROLE

if TYPE_CHECKING:
    from miljologg.dossier.signsheet import SheetInfo


def unsigned_counts(services: Services) -> list[tuple[Supervisor, int]]:
    """Every supervisor with the number of held sessions a sign sheet would list."""
    return [(sup, len(services.paper.sheet(sup.id).rows)) for sup in services.supervisors.list()]


def unsigned_text(count: int) -> str:
    """«3 usignerte møter»: shown beside each supervisor here and in the record dialog."""
    if count == 1:
        return QCoreApplication.translate("PaperSignOff", "1 usignert møte")
    return QCoreApplication.translate("PaperSignOff", "%1 usignerte møter").replace(
        "%1", str(count)
    )


def _size_text(pages: int, sessions: int) -> str:
    text = (
        QCoreApplication.translate("PaperSignOff", "1 side")
        if pages == 1
        else QCoreApplication.translate("PaperSignOff", "%1 sider").replace("%1", str(pages))
    )
    more = (
        QCoreApplication.translate("PaperSignOff", "1 møte")
        if sessions == 1
        else QCoreApplication.translate("PaperSignOff", "%1 møter").replace("%1", str(sessions))
    )
    return f"{text}, {more}"


class SupervisorPickDialog(QDialog):
    """Whose sign sheet: supervisors with nothing unsigned are shown but cannot be chosen."""

    def __init__(
        self, services: Services, default_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signerark for veileder"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Velg veilederen som skal signere på papir. Arket viser de gjennomførte møtene "
                "som ikke er signert ennå."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        first: QListWidgetItem | None = None
        for sup, count in unsigned_counts(services):
            item = QListWidgetItem(f"{sup.name} – {unsigned_text(count)}")
            item.setData(ID_ROLE, sup.id)
            if not count:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
            if count and (first is None or sup.id == default_id):
                first = item  # the default supervisor if they have any, else the first who has
        if first is not None:
            self.list.setCurrentItem(first)
        layout.addWidget(self.list, 1)
        self.buttons = ok_cancel(self, self.tr("Lag signerark …"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(first is not None)
        self.list.currentItemChanged.connect(lambda item, _old: ok.setEnabled(item is not None))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.buttons)

    def select(self, supervisor_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == supervisor_id:
                self.list.setCurrentRow(row)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None


def write_sheet(
    parent: QWidget | None,
    services: Services,
    supervisor_id: str,
    chooser: FileChooser = choose_file,
) -> SheetInfo | None:
    """Ask where, write the sheet; None when cancelled or refused (the refusal is shown)."""
    from miljologg.dossier.signsheet import write_sign_sheet  # reportlab only when needed

    name = services.supervisors.get(supervisor_id).name
    slug = "-".join(name.lower().split()) or "veileder"
    start = str(Path.home() / f"signerark-{slug}-{services.ctx.today().isoformat()}.pdf")
    chosen = chooser(parent, file_chooser.SIGN_SHEET, start)
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        return write_sign_sheet(services, supervisor_id, out)
    except ValidationError as exc:
        inform(
            parent, QCoreApplication.translate("PaperSignOff", "Signerark"), exc.message, error=True
        )
    except OSError as exc:
        text = QCoreApplication.translate("PaperSignOff", "Kunne ikke skrive %1: %2").replace(
            "%1", str(out)
        )
        inform(
            parent,
            QCoreApplication.translate("PaperSignOff", "Signerark"),
            text.replace("%2", os_errors.reason(exc)),
            error=True,
        )
    return None


def open_pdf(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def sheet_written_box(parent: QWidget | None, info: SheetInfo, supervisor: str) -> QMessageBox:
    """Say what was written and offer «Åpne PDF»; opened without a nested event loop."""
    text = (
        QCoreApplication.translate(
            "PaperSignOff",
            "Signerarket for %1 er lagret i %2 (%3).\n\nSkriv det ut og la veilederen signere "
            "radene. Når du har skannet arket, velg «Registrer papirsignatur …».",
        )
        .replace("%1", supervisor)
        .replace("%2", str(info.path))
        .replace("%3", _size_text(info.pages, info.sessions))
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("PaperSignOff", "Signerark lagret"),
        text,
        parent=parent,
    )
    open_button = box.addButton(
        QCoreApplication.translate("PaperSignOff", "Åpne PDF"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(
        QCoreApplication.translate("PaperSignOff", "Lukk"), QMessageBox.ButtonRole.RejectRole
    )
    box.buttonClicked.connect(lambda b: open_pdf(info.path) if b is open_button else None)
    open_dialog(box)
    return box
