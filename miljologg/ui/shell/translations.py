"""Which translators the app installs: ours for Qt's own texts, and the app's for other languages.

The app is written in Norwegian bokmål. PySide6-Essentials ships no bokmål translation of Qt's
own strings (context menus, the widget-based file dialog, standard buttons, spin-box and
scroll-bar menus), so those would show in English next to Norwegian text. We ship
``resources/translations/qtbase_nb.qm`` for them and install it whenever the UI ends up in
Norwegian: that is, unless the system language has a translation of the app itself
(``miljologg_<lang>.qm``; there are none yet), in which case that one and Qt's own translation for
the same language (if the wheel has it) are installed instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from miljologg.assets import resources_dir

NORWEGIAN = frozenset({"nb", "nn", "no"})


def translations_dir() -> Path:
    """Where the shipped ``.qm`` files are."""
    return resources_dir() / "translations"


def _language_codes(ui_languages: Sequence[str]) -> list[str]:
    """``["nb-NO", "en-US"]`` -> ``["nb", "en"]``: the language part, in the user's order."""
    codes: list[str] = []
    for lang in ui_languages:
        code = lang.replace("-", "_").split("_")[0].lower()
        if code and code not in codes:
            codes.append(code)
    return codes


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if path.is_file() and translator.load(str(path)) and app.installTranslator(translator):
        return translator
    return None


def install_translations(
    app: QCoreApplication, ui_languages: Sequence[str] | None = None
) -> list[QTranslator]:
    """Install the translators for the user's languages; returns those installed.

    Call before any widget is created. ``ui_languages`` defaults to the system's
    (``QLocale.system().uiLanguages()``); tests pass their own.
    """
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    for code in _language_codes(ui_languages):
        if code in NORWEGIAN:
            break  # the app's own language: no app translation needed
        own = _load(app, translations_dir() / f"miljologg_{code}.qm")
        if own is not None:
            installed = [own]
            qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            qt = _load(app, qt_dir / f"qtbase_{code}.qm")
            if qt is not None:
                installed.append(qt)
            return installed
    qt_nb = _load(app, translations_dir() / "qtbase_nb.qm")
    return [qt_nb] if qt_nb is not None else []
