"""«Fest ny nøkkel»: the student re-pins a supervisor's key, on purpose, after comparing.

Offered when a response is signed with another key than the one the log holds for its
supervisor (``services.signing_import.KeyMismatchError``). Both fingerprints are shown; the
student asks the supervisor to read theirs aloud and types it in. Only if it is the response's
key is it pinned (the old one is kept for the signatures it made, and the re-pin is audited),
and then the response is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from miljologg.services.app import Services
from miljologg.services.signing_import import ImportResult, KeyMismatchError
from miljologg.ui.widgets.common import ok_cancel
from miljologg.ui.widgets.form_dialog import FormDialog, persist


@dataclass(frozen=True)
class RepinAnswer:
    """The fingerprint the supervisor read aloud, and why their key is new."""

    fingerprint: str
    reason: str


class RepinDialog(FormDialog[RepinAnswer, ImportResult]):
    """Both fingerprints side by side; the one read aloud typed in; the caller re-pins, then
    imports (``repin_dialog``)."""

    #: ``services.signing_import.ImportResult`` of the import that follows the re-pin.

    def __init__(
        self,
        services: Services,
        error: KeyMismatchError,
        response: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        name = services.supervisors.get(error.supervisor_id).name
        self.setWindowTitle(self.tr("Ny nøkkel for %1").replace("%1", name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Svaret er signert med en annen nøkkel enn den %1 har i loggen din. Det kan "
                "være riktig (ny datamaskin, eller første svar etter signering her), men det "
                "kan også være noen andre. Ring eller møt %1 og be hen lese opp "
                "fingeravtrykket under «Min nøkkel» i sin miljologg. Fest den nye nøkkelen "
                "bare hvis det stemmer med svaret."
            ).replace("%1", name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.old_label = QLabel(f"<b>{error.old.readable}</b>")
        form.addRow(self.tr("Nøkkel i loggen"), self.old_label)
        self.new_label = QLabel(f"<b>{error.new.readable}</b>")
        form.addRow(self.tr("Nøkkel i svaret"), self.new_label)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("Det veilederen leste opp"))
        form.addRow(self.tr("Fingeravtrykk"), self.typed)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("For eksempel: ny datamaskin"))
        form.addRow(self.tr("Hvorfor ny nøkkel"), self.reason)
        layout.addLayout(form)
        self.message = self.general_message
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self, self.tr("Fest ny nøkkel og importer"))
        layout.addWidget(self.buttons)

    def collect(self) -> RepinAnswer:
        return RepinAnswer(self.typed.text(), self.reason.text())  # the service checks both


def repin_dialog(
    services: Services, error: KeyMismatchError, response: Path, parent: QWidget | None = None
) -> RepinDialog:
    """The re-pin dialog: the caller pins the new key, then imports the response (a refusal of
    either is shown in the dialog; pinned but refused by another check stays pinned)."""
    dialog = RepinDialog(services, error, response, parent)
    files, path = services.signing_files, Path(response)

    def repin_and_import(answer: RepinAnswer) -> ImportResult:
        files.repin(error.supervisor_id, path, answer.fingerprint, answer.reason)
        return files.import_response(path)

    persist(dialog, repin_and_import)
    return dialog
