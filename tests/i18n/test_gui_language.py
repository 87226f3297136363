"""Every page of the window in English (and nynorsk) with the demo log: no bokmål word of the
app's own is left on screen (the user's own text and names kept as written are excepted)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from miljologg.core.programmes import bundled_schemes
from miljologg.db.database import open_database
from miljologg.demo import write_demo
from miljologg.services.app import Services
from miljologg.ui.shell.main_window import MainWindow
from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers_exact
from tests.i18n.test_dossier_language import _user_texts

URL = re.compile(r"https?://[^\s<>\"']+")
NOW = dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)
#: Each language's own name in the language menu and the dossier's language combo.
ENDONYMS = ["Bokmål", "Nynorsk", "English"]


def _model_texts(view: QAbstractItemView, rows: int = 40) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model: one column, and Qt keeps columnCount private
        columns = 1
    for c in range(columns):
        texts.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for r in range(min(rows, model.rowCount(root))):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(r, c), role)
                texts.append(str(value) if value is not None else "")
    return texts


def screen_texts(root: QWidget) -> list[str]:
    """The words a person can read on ``root``: labels, buttons, titles, placeholders, lists,
    tables, tabs and tooltips (of hidden widgets too: they show when the state changes)."""
    texts: list[str] = [root.windowTitle(), root.toolTip()]
    for w in root.findChildren(QWidget):
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            texts += _model_texts(w)
        elif isinstance(w, QMenu):
            texts += [a.text() for a in w.actions()] + [w.title()]
    return [t for t in texts if t]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Services:
    path = tmp_path_factory.mktemp("gui") / "demo.sqlite"
    services = Services(open_database(path), now=lambda: NOW)
    write_demo(services)
    return services


def _quotes() -> list[str]:
    """The sentences the schemes quote from the unions' pages and the tracks they name, kept
    as written."""
    out = []
    for scheme in bundled_schemes().values():
        out.append(scheme.track)
        notes = [*scheme.notes, *(r.note for r in scheme.routes)]
        out += [q for note in notes for q in re.findall(r"«[^»]*»", note)]  # quoted inline
        cited = [r.citation for r in scheme.all_rules] + [scheme.hour_citation]
        out += [c.quote for c in cited if c is not None]
    return out


def _walk(qtbot, demo: Services, tmp_path: Path, terms: frozenset[str]) -> dict[str, list[str]]:
    """Show every page of a window on the demo log; each page's leftover terms (none: absent)."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo, tmp_path / "demo.sqlite", settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    allowed = [*_user_texts(demo), *ENDONYMS, *_quotes()]
    found: dict[str, list[str]] = {}
    texts: list[str] = []
    for key in window.page_keys:
        page = window.show_page(key)
        page_texts = screen_texts(window)
        if key == "dossier":  # each scheme's requirements, verdicts and sources
            combo = page.scheme  # type: ignore[attr-defined]
            assert combo.count() >= 5
            for i in range(combo.count()):
                combo.setCurrentIndex(i)
                page_texts += screen_texts(page)
        texts += page_texts
        shown = URL.sub(" ", "\n".join(page_texts))  # addresses are the owners' own
        left = leftovers_exact(shown, terms, allowed)
        if left:
            found[key] = left
    menu_texts = [a.text() for m in window.menuBar().findChildren(QMenu) for a in m.actions()]
    left = leftovers_exact("\n".join(menu_texts), terms, allowed)
    if left:
        found["menus"] = left
    assert len(texts) > 300  # every page was read
    return found


@pytest.mark.parametrize(("lang", "terms"), [("en", NOT_ENGLISH), ("nn", NOT_NYNORSK)])
def test_every_page_speaks_the_language(
    qtbot, speak, demo: Services, tmp_path: Path, lang: str, terms: frozenset[str]
) -> None:
    speak(lang)
    assert _walk(qtbot, demo, tmp_path, terms) == {}


def test_the_walk_finds_bokmal_where_there_is_some(qtbot, demo: Services, tmp_path: Path) -> None:
    """The same walk in bokmål finds the app's words on every page and in the menus: the
    check above can fail."""
    found = _walk(qtbot, demo, tmp_path, NOT_ENGLISH)
    assert set(found) >= {"dashboard", "sessions", "gatherings", "supervisors", "menus"}
