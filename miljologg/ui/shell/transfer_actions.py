"""Fil → Eksporter / Importer… / Sikkerhetskopier…: the GUI side of exports, import and backups.

Plain functions around the services, so the main window only calls ``install_file_menu``. The
file dialog is a parameter (``chooser``) so tests never open a native dialog. Exports are the
user's own documents and get the normal file mode; the data file and backups stay owner-only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from miljologg import os_errors
from miljologg.core.plural import choose
from miljologg.db.database import DatabaseError
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.transfer import ImportReport
from miljologg.ui.shell.backup_dialog import BackupDialog
from miljologg.ui.widgets import file_chooser
from miljologg.ui.widgets.common import QT_TRANSLATE_NOOP, inform, open_dialog
from miljologg.ui.widgets.file_chooser import FileChooser, choose_file

EXPORT_KINDS = ("csv", "attendance-csv", "ics", "json")
_SUFFIX = {"csv": ".csv", "attendance-csv": ".csv", "ics": ".ics", "json": ".json"}
_DEFAULT_NAME = {
    "csv": "veiledning.csv",
    "attendance-csv": "oppmote.csv",
    "ics": "samlinger.ics",
    "json": "miljologg-eksport.json",
}


_FILE_KIND = {
    "csv": file_chooser.EXPORT_CSV,
    "attendance-csv": file_chooser.EXPORT_CSV,
    "ics": file_chooser.EXPORT_ICS,
    "json": file_chooser.EXPORT_JSON,
}


def _menu_text(kind: str) -> str:
    """The Fil → Eksporter menu's text per export kind."""
    if kind == "csv":
        return QCoreApplication.translate("TransferActions", "Veiledningsmøter (CSV)…")
    if kind == "attendance-csv":
        return QCoreApplication.translate("TransferActions", "Oppmøte på samlinger (CSV)…")
    if kind == "ics":
        return QCoreApplication.translate("TransferActions", "Samlinger til kalenderen (.ics)…")
    return QCoreApplication.translate("TransferActions", "Hele loggen (JSON)…")


def export_file(
    parent: QWidget | None, services: Services, kind: str, chooser: FileChooser = choose_file
) -> Path | None:
    """Ask where, write the export, say what was written; None when cancelled or refused."""
    programme = services.profile.programme()
    if kind in {"attendance-csv", "ics"} and programme is None:
        inform(
            parent,
            QCoreApplication.translate("TransferActions", "Ingen samlinger å eksportere"),
            QCoreApplication.translate(
                "TransferActions", "Velg et studieprogram i profilen først."
            ),
            error=True,
        )
        return None
    start = str(Path.home() / _DEFAULT_NAME[kind])
    chosen = chooser(parent, _FILE_KIND[kind], start)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != _SUFFIX[kind]:
        path = path.with_name(path.name + _SUFFIX[kind])
    try:
        if kind == "csv":
            count = services.exports.sessions_csv(path)
            what = choose(
                QCoreApplication.translate("TransferActions", "%1 veiledningsmøte"),
                QCoreApplication.translate("TransferActions", "%1 veiledningsmøter"),
                count,
            )
        elif kind == "attendance-csv":
            assert programme is not None
            count = services.exports.attendance_csv(programme, path)
            what = _days_text(count)
        elif kind == "ics":
            assert programme is not None
            count = services.exports.gatherings_ics(programme, path)
            what = _days_text(count)
        else:
            services.transfer.export_json(path)
            count, what = 0, QCoreApplication.translate("TransferActions", "hele loggen")
    except (OSError, ValidationError) as exc:
        inform(
            parent,
            QCoreApplication.translate("TransferActions", "Eksporten feilet"),
            QCoreApplication.translate("TransferActions", "Kunne ikke skrive %1: %2")
            .replace("%1", str(path))
            .replace("%2", os_errors.reason(exc) if isinstance(exc, OSError) else str(exc)),
            error=True,
        )
        return None
    inform(
        parent,
        QCoreApplication.translate("TransferActions", "Eksportert"),
        QCoreApplication.translate("TransferActions", "Skrev %1 til %2.")
        .replace("%1", what.replace("%1", str(count)))
        .replace("%2", str(path)),
    )
    return path


def _days_text(count: int) -> str:
    return choose(
        QCoreApplication.translate("TransferActions", "%1 samlingsdag"),
        QCoreApplication.translate("TransferActions", "%1 samlingsdager"),
        count,
    )


#: Each kind of record as «1 veiledningsmøte» / «2 veiledningsmøter».
_KIND_NAMES = {
    "profile": (
        QT_TRANSLATE_NOOP("TransferActions", "profil"),
        QT_TRANSLATE_NOOP("TransferActions", "profiler"),
    ),
    "supervisors": (
        QT_TRANSLATE_NOOP("TransferActions", "veileder"),
        QT_TRANSLATE_NOOP("TransferActions", "veiledere"),
    ),
    "sessions": (
        QT_TRANSLATE_NOOP("TransferActions", "veiledningsmøte"),
        QT_TRANSLATE_NOOP("TransferActions", "veiledningsmøter"),
    ),
    "attendance": (
        QT_TRANSLATE_NOOP("TransferActions", "oppmøtedag"),
        QT_TRANSLATE_NOOP("TransferActions", "oppmøtedager"),
    ),
    "assignments": (
        QT_TRANSLATE_NOOP("TransferActions", "arbeidskrav"),
        QT_TRANSLATE_NOOP("TransferActions", "arbeidskrav"),
    ),
    "keys": (
        QT_TRANSLATE_NOOP("TransferActions", "veiledernøkkel"),
        QT_TRANSLATE_NOOP("TransferActions", "veiledernøkler"),
    ),
    "retired_keys": (
        QT_TRANSLATE_NOOP("TransferActions", "erstattet nøkkel"),
        QT_TRANSLATE_NOOP("TransferActions", "erstattede nøkler"),
    ),
    "own_keys": (
        QT_TRANSLATE_NOOP("TransferActions", "egen nøkkel"),
        QT_TRANSLATE_NOOP("TransferActions", "egne nøkler"),
    ),
    "requests": (
        QT_TRANSLATE_NOOP("TransferActions", "signeringsforespørsel"),
        QT_TRANSLATE_NOOP("TransferActions", "signeringsforespørsler"),
    ),
    "signatures": (
        QT_TRANSLATE_NOOP("TransferActions", "signatur"),
        QT_TRANSLATE_NOOP("TransferActions", "signaturer"),
    ),
    "responses": (
        QT_TRANSLATE_NOOP("TransferActions", "signert svar"),
        QT_TRANSLATE_NOOP("TransferActions", "signerte svar"),
    ),
    "paper_scans": (
        QT_TRANSLATE_NOOP("TransferActions", "skannet signeringsark"),
        QT_TRANSLATE_NOOP("TransferActions", "skannede signeringsark"),
    ),
    "supervision_given": (
        QT_TRANSLATE_NOOP("TransferActions", "veiledning gitt"),
        QT_TRANSLATE_NOOP("TransferActions", "veiledninger gitt"),
    ),
    "sign_sheets": (
        QT_TRANSLATE_NOOP("TransferActions", "utskrevet signeringsark"),
        QT_TRANSLATE_NOOP("TransferActions", "utskrevne signeringsark"),
    ),
    "confirmations": (
        QT_TRANSLATE_NOOP("TransferActions", "bekreftet forutsetning"),
        QT_TRANSLATE_NOOP("TransferActions", "bekreftede forutsetninger"),
    ),
}


def _kind_text(kind: str, count: int) -> str:
    singular, plural = _KIND_NAMES.get(kind, (kind, kind))
    tr = QCoreApplication.translate
    return (
        f"{count} {choose(tr('TransferActions', singular), tr('TransferActions', plural), count)}"
    )


def report_text(report: ImportReport) -> str:
    """«Nye: 5 veiledningsmøter, 2 veiledere. Fantes fra før: 3.» in Norwegian."""
    added = [_kind_text(kind, count) for kind, count in report.added.items() if count]
    dups = sum(report.duplicates.values())
    new = ", ".join(added) or QCoreApplication.translate("TransferActions", "ingenting")
    text = (
        QCoreApplication.translate("TransferActions", "Nye: %1. Fantes fra før: %2.")
        .replace("%1", new)
        .replace("%2", str(dups))
    )
    if report.profile_not_taken is not None:
        text += " " + QCoreApplication.translate(
            "TransferActions",
            "Profilen i eksporten («%1») ble ikke tatt inn: datafilen beholder sin egen profil.",
        ).replace("%1", report.profile_not_taken)
    return text


def import_file(
    parent: QWidget | None,
    services: Services,
    chooser: FileChooser = choose_file,
    on_changed: Callable[[], None] | None = None,
) -> ImportReport | None:
    """Ask for a JSON export and import it (a backup is made first; all or nothing)."""
    chosen = chooser(parent, file_chooser.IMPORT, str(Path.home()))
    if not chosen:
        return None
    try:
        report = services.transfer.import_json(Path(chosen))
    except (ValidationError, DatabaseError) as exc:
        inform(
            parent,
            QCoreApplication.translate("TransferActions", "Importen ble ikke gjort"),
            QCoreApplication.translate(
                "TransferActions", "Ingenting er endret i loggen.\n\n%1"
            ).replace("%1", getattr(exc, "message", None) or str(exc)),
            error=True,
        )
        return None
    added = sum(report.added.values())
    if on_changed is not None and added:
        on_changed()
    inform(parent, QCoreApplication.translate("TransferActions", "Importert"), report_text(report))
    return report


def open_backup_dialog(
    window: QWidget, services: Services, on_changed: Callable[[], None]
) -> BackupDialog:
    """Window-modal and non-blocking; deleted on close; a restore refreshes every page."""
    dialog = BackupDialog(services, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.restored.connect(services.ctx.invalidate)
    dialog.restored.connect(on_changed)
    open_dialog(dialog)
    return dialog


def install_file_menu(
    menu: QMenu,
    window: QWidget,
    services: Services,
    on_changed: Callable[[], None],
    chooser: FileChooser = choose_file,
) -> dict[str, QAction]:
    """Add «Eksporter», «Importer…» and «Sikkerhetskopier…» to an existing Fil menu.

    They go before the last separator (so «Avslutt» stays last), or at the end. Returns the
    actions by key (``export-<kind>``, ``import``, ``backups``) for tests and shortcuts.
    """
    separators = [a for a in menu.actions() if a.isSeparator()]
    before = separators[-1] if separators else None
    actions: dict[str, QAction] = {}

    export_menu = QMenu(QCoreApplication.translate("TransferActions", "&Eksporter"), menu)
    for kind in EXPORT_KINDS:
        action = QAction(_menu_text(kind), export_menu)
        action.triggered.connect(lambda _=False, k=kind: export_file(window, services, k, chooser))
        export_menu.addAction(action)
        actions[f"export-{kind}"] = action
    import_action = QAction(QCoreApplication.translate("TransferActions", "&Importer…"), menu)
    import_action.triggered.connect(lambda: import_file(window, services, chooser, on_changed))
    backups = QAction(QCoreApplication.translate("TransferActions", "&Sikkerhetskopier…"), menu)
    backups.triggered.connect(lambda: open_backup_dialog(window, services, on_changed))
    actions["import"], actions["backups"] = import_action, backups

    separator = QAction(menu)
    separator.setSeparator(True)
    for item in (separator, export_menu.menuAction(), import_action, backups):
        if before is None:
            menu.addAction(item)
        else:
            menu.insertAction(before, item)
    actions["export"] = export_menu.menuAction()
    return actions
