"""The writer lock for a window, and the message when another miljologg has the file.

Kept apart from the backup dialog because start-up takes the lock before the window is painted,
and this module needs nothing but Qt and the lock itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from miljologg.db.failures import DatabaseError
from miljologg.db.lock import FileInUseError, ManyNamesError, WriterLock, acquire_writer_lock
from miljologg.ui.widgets.common import inform


def acquire_lock_or_explain(parent: QWidget | None, data_file: Path) -> WriterLock | None:
    """The writer lock for the GUI, or None after telling the user the file is open elsewhere.

    Hold the returned lock for as long as the window has the file open; release it on close.
    """
    title = QCoreApplication.translate("BackupDialog", "Filen er i bruk")
    try:
        return acquire_writer_lock(data_file)
    except FileInUseError:
        inform(
            parent,
            title,
            QCoreApplication.translate(
                "BackupDialog",
                "Filen er allerede åpen i et annet miljologg-vindu. Bytt til det vinduet, "
                "eller lukk det og prøv igjen.",
            ),
            error=True,
        )
    except ManyNamesError as exc:
        many = QCoreApplication.translate("BackupDialog", "Filen har flere navn")
        inform(parent, many, str(exc), error=True)
    except DatabaseError as exc:
        inform(parent, title, str(exc), error=True)
    return None
