"""The main window: navigation on the left, one page at a time on the right, Norwegian menus.

The window knows pages only by the page contract (``refresh``, ``changed``, ``select``; the
pages and how each is built on first view: ``page_stack.py``); it keeps them in step (any
page's ``changed`` refreshes all) and routes the dashboard's problem links to the page owning
the record. Opening another data file is the application's business: the window only asks
for it through ``open_file_requested`` / ``new_file_requested``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QWidget,
)

from miljologg.db.peek import ProfileHint
from miljologg.ui.shell.geometry import DEFAULT_SIZE, MINIMUM_SIZE, first_geometry
from miljologg.ui.shell.language_menu import install_language_menu
from miljologg.ui.shell.page_stack import PAGE_KEYS, SUPERVISOR_PAGE_KEYS, PageStack, as_page
from miljologg.ui.widgets import file_chooser
from miljologg.ui.widgets.common import inform, make_action
from miljologg.ui.widgets.file_chooser import FileChooser, FileKind, choose_file
from miljologg.ui.widgets.theme import installed_theme, set_tone

if TYPE_CHECKING:  # the database layer loads after the first paint (see ``attach``)
    from miljologg.services.app import Services
    from miljologg.ui.sessions.page import SessionsPage
    from miljologg.ui.shell.profile_dialog import ProfileDialog

#: Which page owns the records a problem (or link) points at.
ENTITY_PAGES = {
    "session": "sessions",
    "attendance": "gatherings",
    "gathering": "gatherings",
    "assignment": "assignments",
    "supervisor": "supervisors",
}


class MainWindow(QMainWindow):
    """One open data file; QSettings (injected) holds geometry, never the user's data.

    Built with ``services`` it is complete at once. At start-up it is built from a
    ``ProfileHint`` instead (the owner's name and role, read without the database layer), shown
    and painted, and ``attach`` then gives it the services and builds the visible page: the
    window is on screen while SQLAlchemy and the services load.
    """

    open_file_requested = Signal(str)
    new_file_requested = Signal(str)

    def __init__(
        self,
        services: Services | None,
        path: Path,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        hint: ProfileHint | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.path = Path(path)
        self.settings = settings
        #: The last dialog the window opened (Profil, Brukerveiledning, Om); tests drive it.
        self.dialog: QDialog | None = None
        #: Asks for a data file (Fil → Ny / Åpne); tests put an answer in its place.
        self.chooser: FileChooser = choose_file
        self.setObjectName("MainWindow")
        self.setMinimumSize(MINIMUM_SIZE)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(190)
        self.nav.setAccessibleName(self.tr("Sider"))
        if services is not None:
            profile = services.profile.get()
            hint = ProfileHint(profile.name, profile.role.value) if profile else None
        self._hint = hint
        self.is_supervisor = hint is not None and hint.role == "supervisor"
        self.page_keys = SUPERVISOR_PAGE_KEYS if self.is_supervisor else PAGE_KEYS
        self.stack = PageStack(self.page_keys, lambda: self.services, self._placeholder)
        self.stack.built.connect(self._connect_page)
        #: Pages by key, each built on first access.
        self.pages = self.stack.pages
        titles = {
            "dashboard": self.tr("Oversikt"),
            "sessions": self.tr("Veiledning"),
            "gatherings": self.tr("Samlinger"),
            "supervisors": self.tr("Veiledere"),
            "assignments": self.tr("Arbeidskrav"),
            "dossier": self.tr("Dokumentasjon"),
            "requests": self.tr("Signeringsforespørsler"),
            "given": self.tr("Veiledning gitt"),
            "key": self.tr("Min nøkkel"),
        }
        self.titles = titles
        for key in self.page_keys:
            item = QListWidgetItem(titles[key])
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.path_label = QLabel(str(self.path))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.path_label, 1)
        self.update_title()
        self._restore()
        theme = installed_theme()
        if theme is not None:  # a new scheme: pages with coloured rich text draw it again
            theme.changed.connect(self.refresh_all)
        if services is not None:
            self.attach(services)

    def _placeholder(self) -> QLabel:
        """What stands in a page's place until it is built (seen only while the file opens)."""
        label = QLabel(self.tr("Åpner loggen …"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 15px;")
        set_tone(label, "muted")
        return label

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the window has no data file attached yet")
        return self._services

    def is_attached(self) -> bool:
        return self._services is not None

    def attach(self, services: Services) -> None:
        """Give the window its services: the file's menu entries, then the visible page."""
        from miljologg.ui.shell.transfer_actions import install_file_menu

        self._services = services
        self.profile_action.setEnabled(True)
        self.file_actions = install_file_menu(self._file_menu, self, services, self.refresh_all)
        if self.import_response_action is not None:  # above the file actions' separator
            separators = [a for a in self._file_menu.actions() if a.isSeparator()]
            self._file_menu.insertAction(separators[-1], self.import_response_action)
        self.update_title()
        self._show_row(self.nav.currentRow())

    def _connect_page(self, key: str, page: QWidget) -> None:
        """A page just built: any write on it refreshes every page; the dashboard's problem
        links open the page owning the record."""
        page.changed.connect(self.refresh_all)  # type: ignore[attr-defined]
        if key == "dashboard":
            page.navigate.connect(self.open_entity)  # type: ignore[attr-defined]

    def _show_row(self, row: int) -> None:
        if self._services is None:  # not attached yet: the placeholder stays until ``attach``
            self.stack.setCurrentIndex(max(row, 0))
            return
        if 0 <= row < len(self.page_keys):
            self.pages[self.page_keys[row]]  # noqa: B018 - builds the page on first view
            self.stack.setCurrentIndex(row)

    # -- public --------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        """Switch to a page by key (see ``PAGE_KEYS`` / ``SUPERVISOR_PAGE_KEYS``), return it."""
        index = self.page_keys.index(key)
        self.nav.setCurrentRow(index)
        if not self.is_attached():  # still opening: the placeholder
            placeholder = self.stack.widget(index)
            assert placeholder is not None
            return placeholder
        return self.pages[key]

    def current_page_key(self) -> str:
        return self.page_keys[self.stack.currentIndex()]

    def refresh_all(self) -> None:
        """Every built page reloads after any write, so no page shows stale numbers."""
        for page in list(self.pages.values()):
            as_page(page).refresh()
        self.update_title()

    def open_entity(self, entity: str, entity_id: str) -> None:
        """Show the page owning a record and let it highlight the record."""
        key = ENTITY_PAGES.get(entity)
        if key is not None and key in self.page_keys:
            as_page(self.show_page(key)).select(entity_id)

    def _sessions_page(self) -> SessionsPage:
        """The «Veiledning» page, built if need be (so its module is loaded by now)."""
        page = self.pages["sessions"]
        from miljologg.ui.sessions.page import SessionsPage

        assert isinstance(page, SessionsPage)
        return page

    def new_session(self) -> None:
        if self.is_attached():
            self.show_page("sessions")
            self._sessions_page().new_session()

    def focus_search(self) -> None:
        if self.is_attached():
            self.show_page("sessions")
            self._sessions_page().focus_search()

    def _fill_signing_menu(self) -> None:
        """The Veiledning page's sign-off actions (``SessionSigning.mirror_into``)."""
        self.signing_menu.clear()
        if self.is_attached():
            page = self._sessions_page()
            page.signing.mirror_into(self.signing_menu, lambda: self.show_page("sessions"))

    def update_title(self) -> None:
        if self._services is not None:
            profile = self._services.profile.get()
            name = profile.name if profile else ""
        else:
            name = self._hint.name if self._hint else ""
        # The app's name last, once: Qt appends the display name to a title that does not end
        # with it (X11, Windows), so «miljologg – …» came out as «miljologg – … — miljologg».
        parts = [name, self.path.name, "miljologg"]
        self.setWindowTitle(" – ".join(p for p in parts if p))

    def save_state(self) -> None:
        self.settings.setValue("mainwindow/geometry", self.saveGeometry())
        self.settings.setValue("mainwindow/state", self.saveState())
        self.settings.setValue("mainwindow/page", self.current_page_key())
        self.settings.sync()

    # -- building ------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str = ""
    ) -> QAction:
        return make_action(self, text, slot, shortcut=shortcut)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fil"))
        file_menu.addAction(self._action(self.tr("&Ny datafil…"), self._ask_new_file))
        file_menu.addAction(self._action(self.tr("&Åpne datafil…"), self._ask_open_file))
        self.profile_action = self._action(self.tr("&Profil …"), self.show_profile)
        self.profile_action.setEnabled(False)  # until the file is attached
        file_menu.addAction(self.profile_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Avslutt"), self.close, "Ctrl+Q")
        file_menu.addAction(self.quit_action)
        # Eksporter / Importer… / Sikkerhetskopier… and «Importer signert svar …» go before the
        # separator above Avslutt when the services are attached (``attach``).
        self._file_menu = file_menu
        self.import_response_action: QAction | None = None
        if not self.is_supervisor:
            self.import_response_action = self._action(
                self.tr("Importer signert s&var …"), self.import_signed_response
            )

            edit_menu = bar.addMenu(self.tr("&Rediger"))
            self.new_session_action = self._action(
                self.tr("&Nytt veiledningsmøte…"), self.new_session, "Ctrl+N"
            )
            edit_menu.addAction(self.new_session_action)
            self.search_action = self._action(self.tr("&Søk"), self.focus_search, "Ctrl+F")
            edit_menu.addAction(self.search_action)

            self.signing_menu = bar.addMenu(self.tr("&Signering"))
            self.signing_menu.setToolTipsVisible(True)
            self.signing_menu.aboutToShow.connect(self._fill_signing_menu)

        view_menu = bar.addMenu(self.tr("&Vis"))
        self.page_actions: list[QAction] = []
        for number, key in enumerate(self.page_keys, start=1):
            action = self._action(self.titles[key], partial(self.show_page, key), f"Ctrl+{number}")
            view_menu.addAction(action)
            self.page_actions.append(action)
        view_menu.addSeparator()
        self.language_menu = install_language_menu(view_menu, self, self.settings)

        help_menu = bar.addMenu(self.tr("&Hjelp"))
        self.guide_action = self._action(self.tr("&Brukerveiledning"), self.show_guide, "F1")
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self._action(self.tr("&Om miljologg"), self.show_about))

    def _restore(self) -> None:
        geometry = self.settings.value("mainwindow/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry):
            state = self.settings.value("mainwindow/state")
            if isinstance(state, QByteArray | bytes):
                self.restoreState(state)
        else:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:  # no screen at all (never on a desktop): the plain size
                self.resize(DEFAULT_SIZE)
            else:
                self.setGeometry(first_geometry(screen.availableGeometry()))
        page = self.settings.value("mainwindow/page", self.page_keys[0])
        self.show_page(
            page if isinstance(page, str) and page in self.page_keys else self.page_keys[0]
        )

    # -- actions -------------------------------------------------------------------
    def _file_dialog(self, kind: FileKind) -> str:
        """A data file to create (an existing one is the caller's business) or to open."""
        return self.chooser(self, kind, str(self.path.parent))

    def _ask_new_file(self) -> None:
        chosen = self._file_dialog(file_chooser.NEW_DATA_FILE)
        if not chosen:
            return
        if Path(chosen).exists():
            inform(
                self,
                self.tr("Filen finnes allerede"),
                self.tr("Det finnes allerede en fil med dette navnet. Den blir åpnet i stedet."),
            )
            self.open_file_requested.emit(chosen)
            return
        self.new_file_requested.emit(chosen)

    def import_signed_response(self, path: Path | None = None) -> None:
        """Fil → «Importer signert svar …»: a supervisor's response file; refresh on success."""
        from miljologg.ui.signing.actions import import_response

        if not self.is_attached():
            return
        if import_response(self, self.services, path) is not None:
            self.refresh_all()

    def _ask_open_file(self) -> None:
        chosen = self._file_dialog(file_chooser.DATA_FILE)
        if chosen:
            self.open_file_requested.emit(chosen)

    def show_profile(self) -> ProfileDialog | None:
        """Fil → Profil … (``profile_dialog``); every page reloads once it is saved."""
        from miljologg.ui.shell.profile_dialog import open_profile_dialog

        found = (
            open_profile_dialog(self, self.services, self.refresh_all) if self._services else None
        )
        self.dialog = found or self.dialog
        return found

    def show_guide(self) -> QDialog:
        """Hjelp → Brukerveiledning (F1)."""
        from miljologg.ui.shell.help import open_guide

        self.dialog = open_guide(self)
        return self.dialog

    def show_about(self) -> QDialog:
        """Hjelp → Om miljologg."""
        from miljologg.ui.shell.help import open_about

        programme = self.services.profile.programme() if self.is_attached() else None
        self.dialog = open_about(self, self.path, programme)
        return self.dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
