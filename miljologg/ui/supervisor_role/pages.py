"""The pages a supervisor's data file shows instead of the student's.

A supervisor keeps miljologg only to sign students' sessions by file: «Signeringsforespørsler»
opens a request and saves the signed response, «Veiledning gitt» lists every reviewed session
(FO's supervisor approval asks for that record), and «Min nøkkel» shows the fingerprint to read
aloud and exports the public key. The pages follow the page contract (``refresh``, ``changed``,
``select``) so the main window treats them like any other page. File dialogs go through an
injectable ``chooser`` (see ``transfer_actions``) so tests never open one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from miljologg import fs, os_errors
from miljologg.core.plural import choose
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.signing_files import read_signing_file
from miljologg.ui.supervisor_role.given_model import GivenTableModel
from miljologg.ui.supervisor_role.review_dialog import ReviewRequestDialog, review_dialog
from miljologg.ui.widgets import file_chooser
from miljologg.ui.widgets.common import FieldMessage, inform, open_dialog
from miljologg.ui.widgets.file_chooser import FileChooser, choose_file
from miljologg.ui.widgets.page import ServicesWidget, record_table
from miljologg.ui.widgets.table_model import ID_ROLE, SortProxy


def _column(page: QWidget, title: str, spacing: int = 12) -> QVBoxLayout:
    """A supervisor page's column: its margins, its spacing and its title on top, in bold."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 18, 24, 18)
    layout.setSpacing(spacing)
    heading = QLabel(title)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    heading.setFont(font)
    layout.addWidget(heading)
    return layout


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class RequestsPage(ServicesWidget):
    """«Signeringsforespørsler»: open a student's request file, review it, save the response."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, chooser: FileChooser = choose_file
    ) -> None:
        super().__init__(services, parent)
        self.chooser = chooser
        self.dialog: ReviewRequestDialog | None = None
        layout = _column(self, self.tr("Signeringsforespørsler"))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Studenter sender deg en forespørsel som en fil (for eksempel på e-post). "
                    "Åpne den her, se gjennom hvert møte, godkjenn eller avvis med en kommentar, "
                    "og lagre det signerte svaret. Send svarfilen tilbake til studenten, som "
                    "importerer den i sin miljologg."
                )
            )
        )
        self.open_button = QPushButton(self.tr("Åpne forespørsel …"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_request())
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = _wrapped()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Nothing cached: the request files live outside the data file."""

    def select(self, record_id: str) -> None:
        """No records to highlight on this page."""

    def open_request(
        self, path: Path | None = None, out_path: Path | None = None
    ) -> ReviewRequestDialog | None:
        """Read a request and open the review dialog (non-blocking); None when cancelled."""
        if path is None:
            chosen = self.chooser(self, file_chooser.REQUEST_TO_SIGN, "")
            if not chosen:
                return None
            path = Path(chosen)
        try:
            data = read_signing_file(path)
        except ValidationError as exc:
            inform(self, self.tr("Signeringsforespørsel"), exc.message, error=True)
            return None
        if out_path is None:
            suggested = Path(path).with_name(Path(path).stem + "-svar.json")
            chosen = self.chooser(self, file_chooser.RESPONSE_TO_SEND, str(suggested))
            if not chosen:
                return None
            out_path = Path(chosen)
        try:
            dialog = review_dialog(self._services, data, out_path, self)
        except ValidationError as exc:
            inform(self, self.tr("Signeringsforespørsel"), exc.message, error=True)
            return None
        dialog.written.connect(self._saved)
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def _saved(self, out: Path) -> None:
        self.status.setText(
            self.tr("Svaret er lagret i %1. Send filen tilbake til studenten.").replace(
                "%1", str(out)
            )
        )
        self.changed.emit()


class GivenPage(ServicesWidget):
    """«Veiledning gitt»: every session reviewed from a request, signed or rejected."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.model = GivenTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = _column(self, self.tr("Veiledning gitt"), spacing=10)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Møtene du har godkjent eller avvist fra studentenes forespørsler. FO ber om "
                    "en slik oversikt når du søker om godkjenning som veileder."
                )
            )
        )
        self.table = record_table(self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GivenTableModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.refresh()
        self.table.sortByColumn(GivenTableModel.DATE, Qt.SortOrder.DescendingOrder)

    def refresh(self) -> None:
        records = self._services.signing.supervision_given()
        self.model.set_records(records)
        signed = [g for g in records if g.decision == "signed"]
        students = len({g.student for g in records})
        self.summary.setText(
            (
                choose(self.tr("%1 møte signert"), self.tr("%1 møter signert"), len(signed))
                + self.tr(", %2 avvist, ")
                + choose(self.tr("%3 student."), self.tr("%3 studenter."), students)
            )
            .replace("%1", str(len(signed)))
            .replace("%2", str(len(records) - len(signed)))
            .replace("%3", str(students))
        )

    def select(self, record_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return


class KeyPage(ServicesWidget):
    """«Min nøkkel»: the fingerprint to compare aloud, the public key as PEM, or make the key."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, chooser: FileChooser = choose_file
    ) -> None:
        super().__init__(services, parent)
        self.chooser = chooser
        layout = _column(self, self.tr("Min nøkkel"))
        self.info = _wrapped()
        layout.addWidget(self.info)
        self.fingerprint = QLabel()
        font = self.fingerprint.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint)
        self.export_button = QPushButton(self.tr("Eksporter offentlig nøkkel (PEM) …"))
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(lambda: self.export_key())
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.create_box = QWidget()
        form = QFormLayout(self.create_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FieldMessage()
        self.create_button = QPushButton(self.tr("Lag nøkkel"))
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_key)
        form.addRow(self.tr("Passordfrase (minst 8 tegn)"), self.passphrase)
        form.addRow(self.tr("Gjenta passordfrasen"), self.confirm)
        form.addRow("", self.message)
        form.addRow("", self.create_button)
        self.create_box.setMaximumWidth(620)
        layout.addWidget(self.create_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        key = self._services.signing.own_key()
        has_key = key is not None
        self.fingerprint.setVisible(has_key)
        self.export_button.setVisible(has_key)
        self.create_box.setVisible(not has_key)
        if key is None:
            self.info.setText(
                self.tr(
                    "Du har ingen nøkkel ennå. Den lages første gang du signerer en forespørsel, "
                    "eller her. Passordfrasen beskytter nøkkelen og lagres aldri; glemmer du den, "
                    "må du lage en ny nøkkel, og studentene må godta den på nytt."
                )
            )
            return
        self.fingerprint.setText(key.readable)
        self.info.setText(
            self.tr(
                "Fingeravtrykket under identifiserer nøkkelen din. Studenten ser det samme når "
                "svaret ditt importeres – les det gjerne høyt for å sammenligne. Den offentlige "
                "nøkkelen kan deles fritt; med den kan hvem som helst sjekke signaturene dine."
            )
        )

    def select(self, record_id: str) -> None:
        """No records to highlight on this page."""

    def create_key(self) -> None:
        passphrase = self.passphrase.text()
        if passphrase != self.confirm.text():
            self.passphrase.clear()
            self.confirm.clear()
            self.message.show_error(self.tr("Passordfrasene er ikke like."))
            return
        try:
            self._services.signing.create_own_key(passphrase)
        except ValidationError as exc:
            self.message.show_error(exc.message)
            return
        finally:
            self.passphrase.clear()
            self.confirm.clear()
        self.message.clear_message()
        self.refresh()
        self.changed.emit()

    def export_key(self, path: Path | None = None) -> Path | None:
        key = self._services.signing.own_key()
        if key is None:
            return None
        if path is None:
            chosen = self.chooser(self, file_chooser.PUBLIC_KEY, "offentlig-nokkel.pem")
            if not chosen:
                return None
            path = Path(chosen)
        try:
            fs.write_text(path, key.public_pem, encoding="ascii")
        except OSError as exc:
            inform(
                self,
                self.tr("Eksporter offentlig nøkkel"),
                self.tr("Kunne ikke lagre %1: %2")
                .replace("%1", str(path))
                .replace("%2", os_errors.reason(exc)),
                error=True,
            )
            return None
        return Path(path)
