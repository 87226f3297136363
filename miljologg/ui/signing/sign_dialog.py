"""In-person signing: the supervisor signs the selected sessions on the student's computer.

The supervisor picks themselves, types their passphrase (the first time they choose one and
type it twice, and a key pair is made), and sees the key's fingerprint so it can be compared
with what they see in their own miljologg. The dialog signs through ``SigningService`` itself;
a refusal (wrong passphrase, a session of someone else) is shown under the field and nothing
is signed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import units
from miljologg.core.labels import FORM_LABELS
from miljologg.core.model import Session
from miljologg.services.app import Services
from miljologg.services.signing import SignResult
from miljologg.ui.widgets.common import FieldMessage, ok_cancel
from miljologg.ui.widgets.form_dialog import FormDialog


@dataclass(frozen=True)
class SignAnswer:
    """What the supervisor gave in the dialog; ``new_key``: make their key with it first."""

    session_ids: tuple[str, ...]
    supervisor_id: str
    passphrase: str = field(repr=False)
    new_key: bool


class SignDialog(FormDialog[SignAnswer, SignResult]):
    """Sign ``session_ids`` in person: the caller signs what OK hands over (``sign_dialog``);
    emits ``signed(SignResult)`` and closes on success."""

    signed = Signal(object)

    def __init__(
        self, services: Services, session_ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services  # read only: the sessions, supervisors and their keys
        self._sessions: list[Session] = [services.sessions.get(sid) for sid in session_ids]
        self.result_info: SignResult | None = None
        self.setWindowTitle(self.tr("Signer veiledningsmøter"))
        self.setMinimumWidth(620)
        self._build()
        self._supervisor_changed()

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Veilederen bekrefter møtene under med sin passordfrase. Et signert møte låses; "
                "endringer krever «Gjenåpne» med en begrunnelse."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.session_list = QListWidget()
        self.session_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.session_list.setWordWrap(True)
        self.session_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for s in self._sessions:
            self.session_list.addItem(
                f"{units.format_date(s.date)}  ·  {units.format_duration(s.minutes)}  ·  "
                f"{FORM_LABELS[s.form]}  ·  {s.topic}"
            )
        rows = self.session_list.sizeHintForRow(0) if self._sessions else 20
        self.session_list.setMaximumHeight(min(160, rows * max(1, len(self._sessions)) + 8))
        layout.addWidget(self.session_list)

        form = QFormLayout()
        self.supervisor = QComboBox()
        for sup in self._services.supervisors.list():
            self.supervisor.addItem(sup.name, sup.id)
        owners = {s.supervisor_id for s in self._sessions}
        if len(owners) == 1:
            index = self.supervisor.findData(next(iter(owners)))
            if index >= 0:
                self.supervisor.setCurrentIndex(index)
        self.supervisor.currentIndexChanged.connect(self._supervisor_changed)
        form.addRow(self.tr("Veileder som signerer"), self.supervisor)

        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Nøkkel"), self.key_label)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_message = FieldMessage()
        form.addRow(self.tr("Passordfrase"), self.passphrase)
        form.addRow("", self.passphrase_message)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_label = QLabel(self.tr("Gjenta passordfrasen"))
        form.addRow(self.confirm_label, self.confirm)
        layout.addLayout(form)

        self.message = self.general_message
        self.messages = {"passphrase": self.passphrase_message}
        layout.addWidget(self.message)

        self.buttons = ok_cancel(self, self.tr("Signer"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(lambda _t: self.passphrase_message.clear_message())
        self.confirm.textChanged.connect(lambda _t: self.passphrase_message.clear_message())

    # -- behaviour --------------------------------------------------------------------
    def supervisor_id(self) -> str:
        return str(self.supervisor.currentData() or "")

    def is_new_key(self) -> bool:
        sid = self.supervisor_id()
        return bool(sid) and self._services.signing.in_person_key(sid) is None

    def _supervisor_changed(self) -> None:
        sid = self.supervisor_id()
        key = self._services.signing.in_person_key(sid) if sid else None
        if key is None:
            self.key_label.setText(
                self.tr(
                    "Ingen nøkkel på denne datamaskinen ennå. Velg en passordfrase (minst 8 tegn) "
                    "og skriv den to ganger; nøkkelen lages når du signerer."
                )
            )
        else:
            self.key_label.setText(self.tr("Fingeravtrykk: %1").replace("%1", key.readable))
        self.confirm.setVisible(key is None)
        self.confirm_label.setVisible(key is None)
        self.message.clear_message()
        self.passphrase_message.clear_message()

    def _clear_secrets(self) -> None:
        """The passphrase is not kept in the widgets longer than needed (no message cleared)."""
        for line in (self.passphrase, self.confirm):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)

    def collect(self) -> SignAnswer | None:
        """The answer, once a passphrase is given (twice for a new key)."""
        new_key = self.is_new_key()
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase_message.show_error(self.tr("Skriv passordfrasen."))
            return None
        if new_key and self.confirm.text() != passphrase:
            self.passphrase_message.show_error(self.tr("Passordfrasene er ikke like."))
            return None
        ids = tuple(s.id for s in self._sessions)
        return SignAnswer(ids, self.supervisor_id(), passphrase, new_key)

    def accept(self) -> None:
        """Hand the answer over; once it is, the passphrase leaves the fields, signed or not."""
        answer = self.collect()
        if answer is None:
            return  # nothing sent: what was typed stays, to be corrected
        try:
            self.submitted.emit(answer)
        finally:
            self._clear_secrets()

    def finish(self, saved: SignResult) -> None:
        self.result_info = saved
        self.key_label.setText(self.tr("Fingeravtrykk: %1").replace("%1", saved.key.readable))
        self.signed.emit(saved)
        super().finish(saved)
