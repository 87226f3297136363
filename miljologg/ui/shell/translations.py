"""Which translators the app installs for its language: the app's own catalogue and Qt's.

The app is written in bokmål. ``resources/translations/miljologg_<lang>.qm`` is compiled by
``pyside6-lrelease`` from the ``.ts`` files that ``pyside6-lupdate`` extracts from ``miljologg/ui``
(``scripts/translations.py``): ``nn`` and ``en`` hold every text; ``nb``, the source language,
holds only the plural forms («%n møte» / «%n møter»). Qt's own strings (context menus, the
widget-based file dialog, standard buttons) come from ``qtbase_<lang>.qm``: ours for bokmål
(PySide6 ships none), the wheel's for nynorsk; English is Qt's own language.

The language itself is chosen once at start (``choose_language``: ``--language``,
``MILJOLOGG_LANG``, Vis → Språk, the system's languages) and is the same for Qt's layer and the
gettext layer (``miljologg.core.i18n``). A change in Vis → Språk takes effect at the next start.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from miljologg.assets import resources_dir
from miljologg.core.i18n import Language, from_locale_name, resolve_language, set_language

#: Where Vis → Språk keeps the choice (QSettings, with the window's geometry).
LANGUAGE_KEY = "ui/language"

#: The QLocale each language formats Qt's own widgets with (dates in a QDateEdit, numbers in a
#: spin box): Norway for both written standards, British English for day-month-year order.
QT_LOCALES: Mapping[Language, tuple[QLocale.Language, QLocale.Country]] = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def translations_dir() -> Path:
    """Where the shipped ``.qm`` files are."""
    return resources_dir() / "translations"


def saved_language(settings: QSettings) -> str | None:
    """The language chosen in Vis → Språk, if any."""
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value else None


def system_ui_language(ui_languages: Sequence[str] | None = None) -> str | None:
    """The first of the system's UI languages (``QLocale.system().uiLanguages()``) we can tell."""
    if ui_languages is None:
        ui_languages = QLocale.system().uiLanguages()
    for name in ui_languages:
        if from_locale_name(name) is not None:
            return name
    return None


def choose_language(
    option: str | None,
    env: Mapping[str, str],
    settings: QSettings,
    ui_languages: Sequence[str] | None = None,
) -> Language:
    """``--language``, ``MILJOLOGG_LANG``, Vis → Språk, the system's languages, else bokmål."""
    return resolve_language(option, env, saved_language(settings), system_ui_language(ui_languages))


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if path.is_file() and translator.load(str(path)) and app.installTranslator(translator):
        return translator
    return None


def install_translations(app: QCoreApplication, lang: Language) -> list[QTranslator]:
    """Speak ``lang``: the gettext layer, Qt's default locale, the app's and Qt's translators.

    Call before any widget is created; returns the translators installed.
    """
    set_language(lang)
    language, country = QT_LOCALES[lang]
    QLocale.setDefault(QLocale(language, country))
    installed: list[QTranslator] = []
    own = _load(app, translations_dir() / f"miljologg_{lang}.qm")
    if own is not None:
        installed.append(own)
    if lang == "nb":
        qt = _load(app, translations_dir() / "qtbase_nb.qm")
    elif lang == "en":
        qt = None  # Qt's own language
    else:
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        qt = _load(app, qt_dir / f"qtbase_{lang}.qm")
    if qt is not None:
        installed.append(qt)
    return installed


def remove_translations(app: QCoreApplication, installed: Sequence[QTranslator]) -> None:
    """Take translators off again (tests that switch language)."""
    for translator in installed:
        app.removeTranslator(translator)
