"""Sign-off actions the Veiledning page (and the main window's menu) call.

- ``open_sign_dialog``: «Signer…» for the selected sessions (in person).
- ``ReopenDialog`` / ``open_reopen_dialog``: «Gjenåpne…» a signed or rejected session with a
  reason.
- ``export_request``: «Be om signatur (fil)…» — a request file for one supervisor.
- ``import_response``: «Importer signert svar…»; a response signed with a new key offers the
  explicit re-pin (``repin_dialog.RepinDialog``) with both fingerprints.

Every function talks to ``services.signing`` and ``services.signing_files`` only; file dialogs
are skipped when a path is given, and messages when ``notify`` is False, so tests drive them
without modal loops.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import units
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.signing import SignResult
from miljologg.services.signing_files import ImportResult
from miljologg.services.signing_import import KeyMismatchError
from miljologg.ui.signing.sign_dialog import SignAnswer, SignDialog
from miljologg.ui.widgets import file_chooser
from miljologg.ui.widgets.common import inform, ok_cancel, open_dialog
from miljologg.ui.widgets.file_chooser import FileChooser, choose_file
from miljologg.ui.widgets.form_dialog import FormDialog, persist


def sign_dialog(
    services: Services, session_ids: Sequence[str], parent: QWidget | None = None
) -> SignDialog:
    """The in-person dialog, its answer signed by ``services.signing``."""
    dialog = SignDialog(services, session_ids, parent)

    def sign(answer: SignAnswer) -> SignResult:
        return services.signing.sign_in_person(
            answer.session_ids, answer.supervisor_id, answer.passphrase, create_key=answer.new_key
        )

    persist(dialog, sign)
    return dialog


def open_sign_dialog(
    parent: QWidget | None, services: Services, session_ids: Sequence[str]
) -> SignDialog:
    """Open the in-person dialog (non-blocking); connect to ``signed`` to refresh."""
    dialog = sign_dialog(services, session_ids, parent)
    open_dialog(dialog)
    return dialog


class ReopenDialog(FormDialog[str, None]):
    """Ask why a signed or rejected session is reopened; the caller voids its signature (or
    marks its rejection reopened) and unlocks it (``reopen_dialog``)."""

    reopened = Signal(str)

    def __init__(self, services: Services, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.message = self.general_message
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self, self.tr("Gjenåpne"))
        layout.addWidget(self.buttons)

    def collect(self) -> str:
        return self.reason.toPlainText()  # the service refuses an empty reason

    def finish(self, saved: None) -> None:
        self.reopened.emit(self._session_id)
        super().finish(saved)


def reopen_dialog(
    services: Services, session_id: str, parent: QWidget | None = None
) -> ReopenDialog:
    """The «Gjenåpne» dialog, its reason given to ``services.signing.reopen``."""
    dialog = ReopenDialog(services, session_id, parent)
    persist(dialog, lambda reason: services.signing.reopen(session_id, reason))
    return dialog


def open_reopen_dialog(parent: QWidget | None, services: Services, session_id: str) -> ReopenDialog:
    dialog = reopen_dialog(services, session_id, parent)
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
    chooser: FileChooser = choose_file,
) -> Path | None:
    """Write a signing request for one supervisor; None when cancelled or refused."""
    name = services.supervisors.get(supervisor_id).name
    title = QCoreApplication.translate("Signing", "Signeringsforespørsel")
    if path is None:
        suggested = f"signering-{name.replace(' ', '-').lower()}-{services.ctx.today()}.json"
        chosen = chooser(parent, file_chooser.SIGNING_REQUEST, suggested)
        if not chosen:
            return None
        path = Path(chosen)
    try:
        services.signing_files.write_request(path, supervisor_id, session_ids)
    except ValidationError as exc:
        if notify:
            inform(parent, title, exc.message, error=True)
        return None
    if notify:
        inform(
            parent,
            title,
            QCoreApplication.translate(
                "Signing",
                "Forespørselen er lagret i %1. Send filen til %2 på den måten dere vil. Når "
                "svaret kommer, velg «Importer signert svar…».",
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
    offer_repin: Callable[[KeyMismatchError, Path], object] | None = None,
    chooser: FileChooser = choose_file,
) -> ImportResult | None:
    """Import a signed response; a refusal is shown and changes nothing.

    A response signed with another key than the supervisor's key in the log goes to
    ``offer_repin`` (the re-pin dialog with both fingerprints) when given."""
    title = QCoreApplication.translate("Signing", "Importer signert svar")
    if path is None:
        chosen = chooser(parent, file_chooser.SIGNED_RESPONSE, "")
        if not chosen:
            return None
        path = Path(chosen)
    try:
        result = services.signing_files.import_response(path)
    except ValidationError as exc:
        if isinstance(exc, KeyMismatchError) and offer_repin is not None:
            offer_repin(exc, path)
        elif notify:
            inform(parent, title, exc.message, error=True)
        return None
    if notify:
        inform(parent, title, import_summary(result))
    return result


def import_summary(result: ImportResult) -> str:
    """What an import did, in one short Norwegian paragraph."""
    text = (
        QCoreApplication.translate("Signing", "Fra %1: %2 signert, %3 avvist.")
        .replace("%1", result.supervisor)
        .replace("%2", str(len(result.signed)))
        .replace("%3", str(len(result.rejected)))
    )
    for comment in result.rejected.values():
        text += "\n" + QCoreApplication.translate("Signing", "Avvist: %1").replace("%1", comment)
    verb = (
        QCoreApplication.translate("Signing", "festet")
        if result.pinned_now
        else QCoreApplication.translate("Signing", "stemmer med den festede")
    )
    return (
        text
        + "\n"
        + QCoreApplication.translate("Signing", "Nøkkel (%1): %2")
        .replace("%1", verb)
        .replace("%2", result.key.readable)
    )
