"""The sign-off actions of the «Veiledning» page, kept apart so the page stays about the table.

«Signer …» opens the in-person dialog for the selected sessions, «Gjenåpne …» voids the
signature of the current one, «Send til signering (fil) …» writes a request for the current
session's supervisor, «Importer signert svar …» reads the answer; «Signerark (PDF) …» and
«Registrer papirsignatur …» are the paper way (``paper_dialog``). Which are enabled follows the
sign-offs the page loaded in ``refresh`` (``services.signing.sign_offs()``); the service decides
everything else and its refusals are shown as they come.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QPushButton, QWidget

from miljologg.core import units
from miljologg.core.model import Session, SessionStatus
from miljologg.core.sign_off import SignOff
from miljologg.services.app import Services
from miljologg.services.paper import Scan
from miljologg.services.signing_import import KeyMismatchError
from miljologg.ui.signing.actions import (
    ReopenDialog,
    export_request,
    import_response,
    open_reopen_dialog,
    open_sign_dialog,
)
from miljologg.ui.signing.paper_dialog import PaperRecordDialog, recorded_by_service
from miljologg.ui.signing.repin_dialog import RepinDialog, repin_dialog
from miljologg.ui.signing.sheet_dialog import SupervisorPickDialog, sheet_written_box, write_sheet
from miljologg.ui.signing.sign_dialog import SignDialog
from miljologg.ui.widgets.common import inform, make_action, open_dialog
from miljologg.ui.widgets.file_chooser import FileChooser, choose_file

if TYPE_CHECKING:
    from miljologg.dossier.signsheet import SheetInfo
    from miljologg.ui.sessions.page import SessionsPage

#: ``common.confirm``'s signature (the page passes the one it imported, so tests can patch it).
Confirm = Callable[[QWidget | None, str, str, str], bool]


class SessionSigning(QObject):
    """Owns the page's four sign-off actions and the sign-off states they are enabled from."""

    def __init__(self, page: SessionsPage, services: Services) -> None:
        super().__init__(page)
        self._page = page
        self._services = services
        self.offs: dict[str, SignOff] = {}
        self.dialog: QDialog | None = None
        self.warning_box: QMessageBox | None = None  # after a paper sign-off, if any
        self.act_sign = make_action(
            page,
            self.tr("Signer …"),
            self.sign_selected,
            tip=self.tr("Veilederen signerer de valgte møtene her, med sin passordfrase"),
        )
        self.act_reopen = make_action(
            page,
            self.tr("Gjenåpne …"),
            self.reopen_current,
            tip=self.tr("Opphev signaturen eller avvisningen med en begrunnelse for å endre møtet"),
        )
        self.act_request = make_action(
            page,
            self.tr("Send til signering (fil) …"),
            self.request_selected,
            tip=self.tr("Lag en fil med de valgte møtene som veilederen signerer i sin miljologg"),
        )
        self.act_import = make_action(page, self.tr("Importer signert svar …"), self.import_answer)
        self.act_sheet = make_action(
            page,
            self.tr("Signerark (PDF) …"),
            self.sign_sheet,
            tip=self.tr(
                "Skriv ut en veileders usignerte møter med fingeravtrykk, til å signere på"
            ),
        )
        self.act_paper = make_action(
            page,
            self.tr("Registrer papirsignatur …"),
            self.record_paper,
            tip=self.tr("Kryss av møtene som er signert på arket, og legg ved det skannede arket"),
        )
        #: the file dialog (tests put a function returning a path here)
        self.chooser: FileChooser = choose_file
        self.sheet_info: SheetInfo | None = None

    def file_button(self) -> QPushButton:
        """«Signering» with reopening and the by-file actions as its menu (saves toolbar room
        beside «Signer …»)."""
        button = QPushButton(self.tr("Signering"))
        button.setToolTip(
            self.tr(
                "Gjenåpne et signert møte, send møter til veilederen som en fil, eller importer "
                "det signerte svaret"
            )
        )
        button.setAutoDefault(False)
        menu = QMenu(button)
        menu.addAction(self.act_reopen)
        menu.addSeparator()
        menu.addAction(self.act_request)
        menu.addAction(self.act_import)
        menu.addSeparator()
        menu.addAction(self.act_sheet)
        menu.addAction(self.act_paper)
        button.setMenu(menu)
        return button

    def groups(self) -> tuple[tuple[QAction, QAction], ...]:
        """The sign-off actions as every menu shows them: in person, by file, on paper."""
        return (
            (self.act_sign, self.act_reopen),
            (self.act_request, self.act_import),
            (self.act_sheet, self.act_paper),
        )

    def add_to_menu(self, menu: QMenu) -> None:
        """The page's context menu: the actions themselves, a group between separators."""
        for number, group in enumerate(self.groups()):
            if number:
                menu.addSeparator()
            menu.addActions(list(group))

    def mirror_into(self, menu: QMenu, show_page: Callable[[], object]) -> None:
        """The window's «Signering» menu: copies of the actions, enabled as on the page now
        (its selection); each first calls ``show_page``, so the user sees the sessions it acts
        on."""
        self.update()

        def run(action: QAction) -> None:
            show_page()
            action.trigger()

        for number, group in enumerate(self.groups()):
            if number:
                menu.addSeparator()
            for source in group:
                proxy = menu.addAction(source.text())
                proxy.setToolTip(source.toolTip())
                proxy.setEnabled(source.isEnabled())
                proxy.triggered.connect(lambda _=False, a=source: run(a))

    # -- state -------------------------------------------------------------------------
    def load(self) -> dict[str, SignOff]:
        """Reload every session's sign-off (called by the page's ``refresh``)."""
        self.offs = self._services.signing.sign_offs()
        return self.offs

    def is_locked(self, session_id: str) -> bool:
        """Signed (it cannot be signed again)."""
        off = self.offs.get(session_id)
        return off is not None and off.locked

    def needs_reopen(self, session_id: str) -> bool:
        """Signed or rejected by the supervisor: it changes only through «Gjenåpne»."""
        off = self.offs.get(session_id)
        return off is not None and off.needs_reopen

    def is_rejected(self, session_id: str) -> bool:
        off = self.offs.get(session_id)
        return off is not None and off.state == "rejected"

    def _signable(self, sessions: list[Session]) -> list[Session]:
        """Held, not yet locked, and with a supervisor (nobody signs supervision given)."""
        return [
            s
            for s in sessions
            if s.status is SessionStatus.HELD and s.supervisor_id and not self.is_locked(s.id)
        ]

    def update(self) -> None:
        current = self._page.selected_session()
        selected = self._page.selected_sessions()
        self.act_sign.setEnabled(bool(self._signable(selected)))
        self.act_reopen.setEnabled(current is not None and self.needs_reopen(current.id))
        self.act_request.setEnabled(bool(self._request_ids(current, selected)))

    # -- actions -----------------------------------------------------------------------
    def sign_selected(self) -> SignDialog | None:
        """In person: the signable selected sessions (held, not signed already)."""
        sessions = self._signable(self._page.selected_sessions())
        if not sessions:
            return None
        dialog = open_sign_dialog(self._page, self._services, [s.id for s in sessions])
        dialog.signed.connect(lambda _r: self._page.after_signing())
        self.dialog = dialog
        return dialog

    def reopen_current(self, then_edit: bool = False) -> ReopenDialog | None:
        """Void the current session's signature, or reopen its rejection; ``then_edit`` opens
        the edit dialog after."""
        session = self._page.selected_session()
        if session is None or not self.needs_reopen(session.id):
            return None
        dialog = open_reopen_dialog(self._page, self._services, session.id)
        dialog.reopened.connect(lambda sid: self._page.after_signing(sid, edit=then_edit))
        self.dialog = dialog
        return dialog

    def offer_reopen(
        self, session: Session, ask: Confirm, *, delete: bool = False
    ) -> ReopenDialog | None:
        """«Rediger …» or «Slett» on a signed or rejected session: say so and offer «Gjenåpne»
        first (before any «Dette kan ikke angres»); after reopening, edit goes on to the dialog
        and delete is the user's next step."""
        if self.is_rejected(session.id):
            title = self.tr("Avvist møte")
            question = self.tr(
                "Møtet %1 er avvist av veilederen og teller ikke. Vil du gjenåpne det for å "
                "rette det? Avvisningen og begrunnelsen din blir stående synlig, og møtet må "
                "signeres på nytt."
            )
        else:
            title = self.tr("Signert møte")
            question = self.tr(
                "Møtet %1 er signert og låst. Vil du gjenåpne det for å endre det? Signaturen "
                "blir da ugyldig, og møtet må signeres på nytt."
            )
        if delete:
            question = (
                self.tr(
                    "Møtet %1 er avvist av veilederen og kan ikke slettes slik det er. Vil du "
                    "gjenåpne det? Avvisningen blir stående synlig; etterpå kan du slette møtet."
                )
                if self.is_rejected(session.id)
                else self.tr(
                    "Møtet %1 er signert og låst, så det kan ikke slettes. Vil du gjenåpne det? "
                    "Signaturen blir da ugyldig (den blir stående synlig); etterpå kan du slette "
                    "møtet."
                )
            )
        question = question.replace("%1", units.format_date(session.date))
        if not ask(self._page, title, question, self.tr("Gjenåpne …")):
            return None
        return self.reopen_current(then_edit=not delete)

    def _request_ids(self, current: Session | None, selected: list[Session]) -> list[str]:
        if current is None:
            return []
        same = [s for s in selected if s.supervisor_id == current.supervisor_id]
        return [s.id for s in self._signable(same)]

    def request_selected(self, path: Path | None = None, *, notify: bool = True) -> Path | None:
        """A request file for the current session's supervisor with the selected sessions
        of that supervisor that can still be signed."""
        current = self._page.selected_session()
        ids = self._request_ids(current, self._page.selected_sessions())
        if current is None or not ids:
            if notify:
                inform(
                    self._page,
                    self.tr("Send til signering"),
                    self.tr("Velg gjennomførte møter som ikke er signert ennå."),
                )
            return None
        written = export_request(
            self._page, self._services, current.supervisor_id, ids, path, notify=notify
        )
        if written is not None:
            self._page.after_signing()
        return written

    def import_answer(self, path: Path | None = None, *, notify: bool = True) -> bool:
        """Import a response; one signed with a new key opens the re-pin dialog instead."""
        result = import_response(
            self._page, self._services, path, notify=notify, offer_repin=self._offer_repin
        )
        if result is None:
            return False
        self._page.after_signing()
        return True

    def _offer_repin(self, error: KeyMismatchError, path: Path) -> RepinDialog:
        dialog = repin_dialog(self._services, error, path, self._page)
        dialog.written.connect(lambda _result: self._page.after_signing())
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    # -- on paper ----------------------------------------------------------------------
    def _current_supervisor(self) -> str | None:
        current = self._page.selected_session()
        return current.supervisor_id if current is not None else None

    def sign_sheet(self) -> SupervisorPickDialog:
        """Ask whose sheet (default: the current session's supervisor), then where to save."""
        dialog = SupervisorPickDialog(self._services, self._current_supervisor(), self._page)
        dialog.accepted.connect(lambda: self.write_sheet(dialog.chosen()))
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def write_sheet(self, supervisor_id: str | None) -> SheetInfo | None:
        if supervisor_id is None:
            return None
        info = write_sheet(self._page, self._services, supervisor_id, self.chooser)
        self.sheet_info = info
        if info is not None:
            name = self._services.supervisors.get(supervisor_id).name
            self.dialog = sheet_written_box(self._page, info, name)
        return info

    def record_paper(self) -> PaperRecordDialog:
        """The paper sign-off dialog for the current session's supervisor; the selected
        sessions start ticked."""
        dialog = recorded_by_service(
            PaperRecordDialog(
                self._services,
                self._current_supervisor(),
                self._page.selected_ids(),
                self.chooser,
                self._page,
            ),
            self._services,
        )
        dialog.written.connect(self._after_paper)
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def _after_paper(self, scan: Scan) -> None:
        self._page.after_signing()
        self.warning_box = paper_warnings_box(self._page, scan)


def paper_warnings_box(parent: QWidget | None, scan: Scan) -> QMessageBox | None:
    """The sessions just recorded that no sign sheet listed as they are (``Scan.warnings``),
    said once they are recorded; None when there is nothing to say. Opened without a nested
    event loop."""
    if not scan.warnings:
        return None

    translate = QCoreApplication.translate
    text = translate(
        "PaperWarnings", "Papirsignaturen er registrert, men kontroller det skannede arket:\n\n%1"
    ).replace("%1", "\n\n".join(scan.warnings))
    title = translate("PaperWarnings", "Papirsignatur")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.addButton(translate("PaperWarnings", "Lukk"), QMessageBox.ButtonRole.AcceptRole)
    open_dialog(box)
    return box
