"""Vis → Språk: bokmål, nynorsk or English, kept in QSettings, in force from the next start.

The window's texts are made once, when each page is built, so a language change is honoured the
honest way: the choice is saved, the menu says «(ved neste oppstart)», and a message says so
in both the current and the chosen language. Each language is named in itself (Bokmål, Nynorsk,
English), as language menus do, so a person who cannot read the current one finds their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from miljologg.core.i18n import ENDONYMS, LANGUAGES, Language, current_language, is_language
from miljologg.ui.shell.translations import LANGUAGE_KEY
from miljologg.ui.widgets.common import inform

#: What the chosen language says about the restart, in that language (read by a person who
#: may not read the current one; the current language's sentence comes from the catalogue).
AFTER_RESTART: dict[Language, str] = {
    "nb": "miljologg bruker bokmål fra neste gang du starter appen.",
    "nn": "miljologg brukar nynorsk frå neste gong du startar appen.",
    "en": "miljologg will use English from the next time you start it.",
}


def install_language_menu(
    view_menu: QMenu,
    parent: QWidget,
    settings: QSettings,
    notify: Callable[[QWidget, str, str], None] = inform,
) -> QMenu:
    """Add Vis → Språk to ``view_menu``; the checked entry is the language in force or chosen."""
    menu = view_menu.addMenu(
        QCoreApplication.translate("LanguageMenu", "&Språk (ved neste oppstart)")
    )
    group = QActionGroup(menu)
    group.setExclusive(True)
    saved = settings.value(LANGUAGE_KEY, "")
    chosen = saved if isinstance(saved, str) and is_language(saved) else current_language()
    for lang in LANGUAGES:
        action = QAction(ENDONYMS[lang], menu)
        action.setCheckable(True)
        action.setChecked(lang == chosen)
        action.setData(lang)
        group.addAction(action)
        menu.addAction(action)

    def choose(action: QAction) -> None:
        lang = action.data()
        if not is_language(lang) or lang == settings.value(LANGUAGE_KEY, ""):
            return
        settings.setValue(LANGUAGE_KEY, lang)
        settings.sync()
        text = QCoreApplication.translate(
            "LanguageMenu", "Språket blir byttet neste gang du starter miljologg."
        )
        if lang != current_language():
            text += "\n\n" + AFTER_RESTART[lang]
        notify(parent, QCoreApplication.translate("LanguageMenu", "Språk"), text)

    group.triggered.connect(choose)
    return menu
