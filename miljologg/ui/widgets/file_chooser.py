"""The one file chooser: a Qt file dialog with Norwegian labels, injectable in tests.

PySide6-Essentials ships no Qt translation for the file dialog, and the static
``QFileDialog.getSaveFileName`` shows English buttons on platforms without a native dialog, so
every page asks for a file through :func:`choose_file`. Pages take a ``chooser`` argument of the
:class:`FileChooser` shape so tests answer instead of a modal dialog.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


class FileChooser(Protocol):
    """(parent, title, start path, name filter, save?) -> the chosen path, or "" if cancelled.

    ``accept`` names the accept button (default «Lagre» / «Åpne»); ``suffix`` is added to a
    typed name without one; ``confirm_overwrite=False`` leaves an existing file to the caller.
    """

    def __call__(
        self,
        parent: QWidget | None,
        title: str,
        start: str,
        filters: str,
        save: bool,
        /,
        *,
        accept: str = "",
        suffix: str = "",
        confirm_overwrite: bool = True,
    ) -> str: ...


def choose_file(
    parent: QWidget | None,
    title: str,
    start: str,
    filters: str,
    save: bool,
    /,
    *,
    accept: str = "",
    suffix: str = "",
    confirm_overwrite: bool = True,
) -> str:
    """Ask for a file to save (``save``) or an existing one to open; "" when cancelled."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    labels = {
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("FileChooser", "Mappe:"),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate("FileChooser", "Filnavn:"),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate("FileChooser", "Filtype:"),
        QFileDialog.DialogLabel.Accept: accept
        or (
            QCoreApplication.translate("FileChooser", "Lagre")
            if save
            else QCoreApplication.translate("FileChooser", "Åpne")
        ),
        QFileDialog.DialogLabel.Reject: QCoreApplication.translate("FileChooser", "Avbryt"),
    }
    for which, text in labels.items():
        dialog.setLabelText(which, text)
    chosen = dialog.selectedFiles()[:1] if dialog.exec() else []
    dialog.deleteLater()  # else every chooser stays a hidden child of its parent
    return chosen[0] if chosen else ""
