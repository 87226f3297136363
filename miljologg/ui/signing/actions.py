"""Sign-off actions the Veiledning page (and the main window's menu) call.

- ``open_sign_dialog``: «Signer…» for the selected sessions (in person).
- ``ReopenDialog`` / ``open_reopen_dialog``: «Gjenåpne…» a signed session with a reason.
- ``export_request``: «Be om signatur (fil)…» — a request file for one supervisor.
- ``import_response``: «Importer signert svar…».
- ``ReviewRequestDialog``: on a supervisor's file, review a request and save the response.

Every function talks to ``services.signing`` and ``services.signing_files`` only; file dialogs
are skipped when a path is given, and messages when ``notify`` is False, so tests drive them
without modal loops.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from miljologg import fs
from miljologg.core import units
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.signing_files import ImportResult
from miljologg.ui.signing.sign_dialog import SignDialog
from miljologg.ui.widgets.common import FieldMessage, inform, norwegian_buttons, open_dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Signing", text)


def open_sign_dialog(
    parent: QWidget | None, services: Services, session_ids: Sequence[str]
) -> SignDialog:
    """Open the in-person dialog (non-blocking); connect to ``signed`` to refresh."""
    dialog = SignDialog(services, session_ids, parent)
    open_dialog(dialog)
    return dialog


class ReopenDialog(QDialog):
    """Ask why a signed or rejected session is reopened, then void its signature (or mark its
    rejection reopened) and unlock it."""

    reopened = Signal(str)

    def __init__(self, services: Services, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        session = services.sessions.get(session_id)
        if services.signing.is_locked(session_id):
            self.setWindowTitle(self.tr("Gjenåpne signert møte"))
            explanation = self.tr(
                "Møtet %1 er signert. Signaturen beholdes, men vises som ugyldig («endret etter "
                "signering»), og møtet må signeres på nytt. Hvorfor skal det endres?"
            )
        else:
            self.setWindowTitle(self.tr("Gjenåpne avvist møte"))
            explanation = self.tr(
                "Møtet %1 er avvist av veilederen. Avvisningen og kommentaren blir stående "
                "synlig sammen med begrunnelsen din, og møtet må signeres på nytt. Hvorfor skal "
                "det endres?"
            )
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(explanation.replace("%1", units.format_date(session.date)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Begrunnelse"))
        self.reason.setMaximumHeight(90)
        layout.addWidget(self.reason)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.buttons = norwegian_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gjenåpne"))
        self.buttons.accepted.connect(self.reopen)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def reopen(self) -> None:
        try:
            self._services.signing.reopen(self._session_id, self.reason.toPlainText())
        except ValidationError as exc:
            self.message.show_error(exc.message)
            return
        self.reopened.emit(self._session_id)
        self.accept()


def open_reopen_dialog(parent: QWidget | None, services: Services, session_id: str) -> ReopenDialog:
    dialog = ReopenDialog(services, session_id, parent)
    open_dialog(dialog)
    return dialog


def export_request(
    parent: QWidget | None,
    services: Services,
    supervisor_id: str,
    session_ids: Sequence[str] | None = None,
    path: Path | None = None,
    *,
    notify: bool = True,
) -> Path | None:
    """Write a signing request for one supervisor; None when cancelled or refused."""
    name = services.supervisors.get(supervisor_id).name
    if path is None:
        suggested = f"signering-{name.replace(' ', '-').lower()}-{services.ctx.today()}.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            _tr("Lagre signeringsforespørsel"),
            suggested,
            _tr("Signeringsforespørsel (*.json)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        services.signing_files.write_request(path, supervisor_id, session_ids)
    except ValidationError as exc:
        if notify:
            inform(parent, _tr("Signeringsforespørsel"), exc.message, error=True)
        return None
    if notify:
        inform(
            parent,
            _tr("Signeringsforespørsel"),
            _tr(
                "Forespørselen er lagret i %1. Send filen til %2 på den måten dere vil. Når "
                "svaret kommer, velg «Importer signert svar…»."
            )
            .replace("%1", str(path))
            .replace("%2", name),
        )
    return path


def import_response(
    parent: QWidget | None,
    services: Services,
    path: Path | None = None,
    *,
    notify: bool = True,
) -> ImportResult | None:
    """Import a signed response; a refusal is shown and changes nothing."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, _tr("Importer signert svar"), "", _tr("Signert svar (*.json)")
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        result = services.signing_files.import_response(path)
    except ValidationError as exc:
        if notify:
            inform(parent, _tr("Importer signert svar"), exc.message, error=True)
        return None
    if notify:
        inform(parent, _tr("Importer signert svar"), import_summary(result))
    return result


def import_summary(result: ImportResult) -> str:
    """What an import did, in one short Norwegian paragraph."""
    text = (
        _tr("Fra %1: %2 signert, %3 avvist.")
        .replace("%1", result.supervisor)
        .replace("%2", str(len(result.signed)))
        .replace("%3", str(len(result.rejected)))
    )
    for comment in result.rejected.values():
        text += "\n" + _tr("Avvist: %1").replace("%1", comment)
    verb = _tr("festet") if result.pinned_now else _tr("stemmer med den festede")
    return (
        text + "\n" + _tr("Nøkkel (%1): %2").replace("%1", verb).replace("%2", result.key.readable)
    )


class ReviewRequestDialog(QDialog):
    """On a supervisor's file: review a student's request, approve or reject each session with
    a comment, type the passphrase, and save the signed response to ``out_path``."""

    saved = Signal(object)

    def __init__(
        self, services: Services, data: bytes, out_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._data = data
        self._out = Path(out_path)
        self.view = services.signing_files.read_request(data)  # ValidationError for a bad file
        self.setWindowTitle(
            self.tr("Signeringsforespørsel fra %1").replace("%1", self.view.student)
        )
        self.setMinimumSize(720, 420)
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("%1 ber deg bekrefte %2 veiledningsmøter. Fjern haken og skriv en kommentar "
                    "for møter du ikke kan bekrefte.")
            .replace("%1", self.view.student)
            .replace("%2", str(len(self.view.items)))
        )  # fmt: skip
        head.setWordWrap(True)
        layout.addWidget(head)
        self.table = QTableWidget(len(self.view.items), 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Godkjent"),
                self.tr("Dato og varighet"),
                self.tr("Tema"),
                self.tr("Kommentar"),
            ]
        )
        for row, item in enumerate(self.view.items):
            p = item.payload
            check = QTableWidgetItem("")
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, check)
            when = f"{units.format_date(p.date)}, {units.format_duration(p.minutes)}"
            for col, text in ((1, when), (2, p.topic)):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, cell)
            self.table.setItem(row, 3, QTableWidgetItem(""))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        key = services.signing.own_key()
        self.new_key = key is None
        self.key_label = QLabel(
            self.tr(
                "Ingen nøkkel ennå: velg en passordfrase (minst 8 tegn) og skriv den to ganger."
            )
            if key is None
            else self.tr("Fingeravtrykk: %1").replace("%1", key.readable)
        )
        self.key_label.setWordWrap(True)
        form.addRow(self.tr("Din nøkkel"), self.key_label)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passordfrase"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if self.new_key:
            form.addRow(self.tr("Gjenta passordfrasen"), self.confirm)
        else:
            self.confirm.hide()
        layout.addLayout(form)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.buttons = norwegian_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Signer og lagre svar")
        )
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        """A cell of the table (every row is filled when built)."""
        item = self.table.item(row, col)
        assert item is not None
        return item

    def set_approved(self, row: int, approved: bool, comment: str = "") -> None:
        state = Qt.CheckState.Checked if approved else Qt.CheckState.Unchecked
        self._cell(row, 0).setCheckState(state)
        self._cell(row, 3).setText(comment)

    def rejections(self) -> dict[str, str]:
        out = {}
        for row, item in enumerate(self.view.items):
            if self._cell(row, 0).checkState() != Qt.CheckState.Checked:
                out[item.session_id] = self._cell(row, 3).text()
        return out

    def sign(self) -> None:
        passphrase = self.passphrase.text()
        if self.new_key and self.confirm.text() != passphrase:
            self.message.show_error(self.tr("Passordfrasene er ikke like."))
            return
        try:
            response = self._services.signing_files.sign_request(
                self._data, passphrase, self.rejections(), create_key=self.new_key
            )
            fs.write_bytes(self._out, response)
        except ValidationError as exc:
            self.message.show_error(exc.message)
            return
        except OSError as exc:
            self.message.show_error(
                self.tr("Kunne ikke lagre %1: %2").replace("%1", str(self._out))
                .replace("%2", str(exc.strerror or exc))
            )  # fmt: skip
            return
        finally:
            self.passphrase.clear()
            self.confirm.clear()
        self.saved.emit(self._out)
        self.accept()
