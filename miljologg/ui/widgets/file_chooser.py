"""The one file chooser: a Qt file dialog with Norwegian labels, injectable in tests.

PySide6-Essentials ships no Qt translation for the file dialog, and the static
``QFileDialog.getSaveFileName`` shows English buttons on platforms without a native dialog, so
every page asks for a file through :func:`choose_file`. Pages take a ``chooser`` argument of the
:class:`FileChooser` shape so tests answer instead of a modal dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from miljologg.ui.widgets.common import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


@dataclass(frozen=True)
class FileKind:
    """A kind of file the app saves or opens: the dialog's title and name filter (texts marked
    in the «FileChooser» context, translated when the dialog opens), save or open, and extras.

    ``accept`` names the accept button (default «Lagre» / «Åpne»); ``suffix`` is added to a
    typed name without one; ``confirm_overwrite=False`` leaves an existing file to the caller.
    """

    title: str
    filters: str
    save: bool
    accept: str = ""
    suffix: str = ""
    confirm_overwrite: bool = True


# Every kind of file the app asks for, in one place.
SIGN_SHEET = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Lagre signerark"),
    QT_TRANSLATE_NOOP("FileChooser", "PDF-filer (*.pdf)"),
    save=True,
)
SCAN = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Velg det skannede arket"),
    QT_TRANSLATE_NOOP("FileChooser", "Skannet ark (*.pdf *.png *.jpg *.jpeg);;Alle filer (*)"),
    save=False,
)
SIGNING_REQUEST = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Lagre signeringsforespørsel"),
    QT_TRANSLATE_NOOP("FileChooser", "Signeringsforespørsel (*.json)"),
    save=True,
)
SIGNED_RESPONSE = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Importer signert svar"),
    QT_TRANSLATE_NOOP("FileChooser", "Signert svar (*.json)"),
    save=False,
)
DOSSIER = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Lagre dokumentasjon"),
    QT_TRANSLATE_NOOP("FileChooser", "PDF (*.pdf)"),
    save=True,
)
DOSSIER_TO_CHECK = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Kontroller dokumentasjon"),
    QT_TRANSLATE_NOOP("FileChooser", "PDF-filer (*.pdf);;Alle filer (*)"),
    save=False,
)
NEW_DATA_FILE = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Ny datafil"),
    QT_TRANSLATE_NOOP("FileChooser", "miljologg-datafil (*.sqlite *.db);;Alle filer (*)"),
    save=True,
    accept=QT_TRANSLATE_NOOP("FileChooser", "Opprett"),
    suffix="sqlite",
    confirm_overwrite=False,
)
DATA_FILE = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Åpne datafil"),
    QT_TRANSLATE_NOOP("FileChooser", "miljologg-datafil (*.sqlite *.db);;Alle filer (*)"),
    save=False,
    confirm_overwrite=False,
)
EXPORT_CSV = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Eksporter"),
    QT_TRANSLATE_NOOP("FileChooser", "CSV-filer (*.csv)"),
    save=True,
)
EXPORT_ICS = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Eksporter"),
    QT_TRANSLATE_NOOP("FileChooser", "Kalenderfiler (*.ics)"),
    save=True,
)
EXPORT_JSON = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Eksporter"),
    QT_TRANSLATE_NOOP("FileChooser", "JSON-filer (*.json)"),
    save=True,
)
IMPORT = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Importer"),
    QT_TRANSLATE_NOOP("FileChooser", "miljologg-eksport (*.json);;Alle filer (*)"),
    save=False,
)
# A supervisor's data file (ui/supervisor_role)
REQUEST_TO_SIGN = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Åpne signeringsforespørsel"),
    QT_TRANSLATE_NOOP("FileChooser", "Signeringsforespørsel (*.json)"),
    save=False,
)
RESPONSE_TO_SEND = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Lagre signert svar"),
    QT_TRANSLATE_NOOP("FileChooser", "Signert svar (*.json)"),
    save=True,
)
PUBLIC_KEY = FileKind(
    QT_TRANSLATE_NOOP("FileChooser", "Eksporter offentlig nøkkel"),
    QT_TRANSLATE_NOOP("FileChooser", "Offentlig nøkkel (*.pem)"),
    save=True,
)


class FileChooser(Protocol):
    """(parent, kind, start path) -> the chosen path, or "" if cancelled."""

    def __call__(self, parent: QWidget | None, kind: FileKind, start: str, /) -> str: ...


def choose_file(parent: QWidget | None, kind: FileKind, start: str, /) -> str:
    """Ask for a file to save (``save``) or an existing one to open; "" when cancelled."""
    save = kind.save
    title, filters = translate("FileChooser", kind.title), translate("FileChooser", kind.filters)
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not kind.confirm_overwrite)
    if kind.suffix:
        dialog.setDefaultSuffix(kind.suffix)
    labels = {
        QFileDialog.DialogLabel.LookIn: translate("FileChooser", "Mappe:"),
        QFileDialog.DialogLabel.FileName: translate("FileChooser", "Filnavn:"),
        QFileDialog.DialogLabel.FileType: translate("FileChooser", "Filtype:"),
        QFileDialog.DialogLabel.Accept: (
            translate("FileChooser", kind.accept)
            if kind.accept
            else translate("FileChooser", "Lagre")
            if save
            else translate("FileChooser", "Åpne")
        ),
        QFileDialog.DialogLabel.Reject: translate("FileChooser", "Avbryt"),
    }
    for which, text in labels.items():
        dialog.setLabelText(which, text)
    chosen = dialog.selectedFiles()[:1] if dialog.exec() else []
    dialog.deleteLater()  # else every chooser stays a hidden child of its parent
    return chosen[0] if chosen else ""
