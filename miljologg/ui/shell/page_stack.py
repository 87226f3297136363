"""The window's pages: which there are, where each class lives, the page contract, and a
stack that builds each page the first time it is needed.

Start-up builds only the page the user sees (each page module is imported then, not before),
and a page built later reads the log when built, so it is never stale. The window
(``main_window.py``) owns the navigation, the menus and the routing between pages.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:  # the database layer loads after the first paint (see ``MainWindow.attach``)
    from miljologg.services.app import Services

PAGE_KEYS = ("dashboard", "sessions", "gatherings", "supervisors", "assignments", "dossier")
#: A supervisor's data file holds no log of their own: only what signing needs.
SUPERVISOR_PAGE_KEYS = ("requests", "given", "key")

#: Where each page's class lives; a page's module is loaded when the page is first shown.
PAGE_CLASSES: dict[str, tuple[str, str]] = {
    "dashboard": ("miljologg.ui.dashboard.page", "DashboardPage"),
    "sessions": ("miljologg.ui.sessions.page", "SessionsPage"),
    "gatherings": ("miljologg.ui.gatherings.page", "GatheringsPage"),
    "supervisors": ("miljologg.ui.supervisors.page", "SupervisorsPage"),
    "assignments": ("miljologg.ui.assignments.page", "AssignmentsPage"),
    "dossier": ("miljologg.ui.dossier.page", "DossierPage"),
    "requests": ("miljologg.ui.supervisor_role.pages", "RequestsPage"),
    "given": ("miljologg.ui.supervisor_role.pages", "GivenPage"),
    "key": ("miljologg.ui.supervisor_role.pages", "KeyPage"),
}


@runtime_checkable
class Page(Protocol):
    """The page contract (besides being a QWidget with a ``changed`` signal)."""

    def refresh(self) -> None: ...

    def select(self, record_id: str) -> None: ...


def as_page(widget: QWidget) -> Page:
    """A built page, seen through the page contract (every class in ``PAGE_CLASSES`` keeps it)."""
    assert isinstance(widget, Page)
    return widget


class _Pages(dict[str, QWidget]):
    """Pages by key, built on first access (``window.pages["sessions"]`` always works)."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        page = self._build(key)
        self[key] = page
        return page


class PageStack(QStackedWidget):
    """One placeholder per page key until the page is built; then the page in its place.

    ``pages[key]`` builds a page on first access; ``built`` tells the window, which connects
    the page's signals (``changed``, the dashboard's ``navigate``).
    """

    built = Signal(str, QWidget)

    def __init__(
        self,
        keys: tuple[str, ...],
        services: Callable[[], Services],
        placeholder: Callable[[], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.keys = keys
        self._services = services
        self.pages = _Pages(self._build)
        for _key in keys:
            self.addWidget(placeholder())

    def _build(self, key: str) -> QWidget:
        if key not in self.keys:
            raise KeyError(key)
        module, name = PAGE_CLASSES[key]  # imported on first view, not at start-up
        page = getattr(importlib.import_module(module), name)(self._services())
        assert isinstance(page, QWidget)
        index = self.keys.index(key)
        was_current = self.currentIndex() == index
        placeholder = self.widget(index)
        assert placeholder is not None  # the stack holds a widget for every page key
        self.insertWidget(index, page)
        self.removeWidget(placeholder)
        placeholder.deleteLater()
        if was_current:
            self.setCurrentIndex(index)
        self.built.emit(key, page)
        return page
