"""Qt's own texts (context menus, file dialog, standard buttons) speak the app's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTextEdit,
    QTreeView,
    QWidget,
)

from miljologg.core.i18n import current_language, set_language
from miljologg.ui.shell.translations import (
    choose_language,
    install_translations,
    remove_translations,
    translations_dir,
)


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[list]:
    """The translators run_gui installs, removed again so other tests see a clean app."""
    installed = install_translations(qapp, "nb")
    yield installed
    remove_translations(qapp, installed)


def _texts(menu: QMenu) -> list[str]:
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


class _MenuSpy(QObject):
    """Notes the texts of every menu shown; closes it so exec() returns at once."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMenu):
            self.texts.extend(_texts(watched))
            QTimer.singleShot(0, watched, watched.close)  # not if exec() already returned
        return False


def _popup_texts(qapp: QApplication, widget: QWidget) -> list[str]:
    """Texts of the context menu a widget builds and opens itself (with exec)."""
    spy = _MenuSpy()
    qapp.installEventFilter(spy)
    try:
        pos = QPoint(3, 3)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
        qapp.sendEvent(widget, event)
    finally:
        qapp.removeEventFilter(spy)
    return spy.texts


def test_shipped_files_and_what_each_language_installs(qapp: QApplication) -> None:
    assert (translations_dir() / "qtbase_nb.qm").is_file()
    expected = {"nb": ["nb_NO", "nb_NO"], "nn": ["nn_NO", "nn"], "en": ["en_GB"]}
    try:
        for lang, languages in expected.items():
            installed = install_translations(qapp, lang)
            try:
                assert [t.language() for t in installed] == languages
                assert current_language() == lang
            finally:
                remove_translations(qapp, installed)
    finally:
        set_language("nb")


def test_language_choice_order(tmp_path) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert choose_language(None, {}, settings, ["en-US"]) == "en"
    assert choose_language(None, {}, settings, ["nn-NO", "en-US"]) == "nn"
    assert choose_language(None, {}, settings, ["nb-NO"]) == "nb"
    assert choose_language(None, {}, settings, ["no"]) == "nb"
    assert choose_language(None, {}, settings, []) == "nb"  # nothing named: the app's own
    assert choose_language(None, {"LANG": "en_US.UTF-8"}, settings, ["nn"]) == "en"
    settings.setValue("ui/language", "nn")
    assert choose_language(None, {"LANG": "en_US.UTF-8"}, settings, ["en"]) == "nn"
    assert choose_language(None, {"MILJOLOGG_LANG": "en"}, settings, []) == "en"
    assert choose_language("nb", {"MILJOLOGG_LANG": "en"}, settings, []) == "nb"
    settings.setValue("ui/language", "klingon")  # a stale value is passed over
    assert choose_language(None, {}, settings, ["nn"]) == "nn"


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit, QTextEdit])
def test_text_context_menu(qtbot, norwegian, kind) -> None:
    widget = kind()
    qtbot.addWidget(widget)
    menu = widget.createStandardContextMenu()
    texts = _texts(menu)
    for expected in ("&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn", "Slett", "Merk alt"):
        assert expected in texts
    assert not {"&Undo", "&Copy", "&Paste", "Select All"} & set(texts)


def test_standard_buttons(qtbot, norwegian) -> None:
    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Ok | buttons.Cancel | buttons.Save | buttons.Yes | buttons.No)
    qtbot.addWidget(box)
    assert box.button(buttons.Ok).text() == "OK"
    assert box.button(buttons.Cancel).text() == "Avbryt"
    assert box.button(buttons.Save).text() == "Lagre"
    assert box.button(buttons.Yes).text() == "&Ja"
    assert box.button(buttons.No).text() == "&Nei"
    message = QMessageBox(QMessageBox.Icon.Information, "t", "x")
    qtbot.addWidget(message)
    message.setStandardButtons(QMessageBox.StandardButton.Close)
    message.setDetailedText("detaljer")
    message.show()
    texts = {b.text() for b in message.findChildren(QPushButton)}
    assert {"Lukk", "Vis detaljer …"} <= texts


def test_file_dialog(qtbot, norwegian, tmp_path) -> None:
    (tmp_path / "logg.sqlite").write_bytes(b"")
    dialog = QFileDialog(None, "Åpne datafil", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Se i:"
    assert labels["fileNameLabel"] == "Fil&navn:"
    assert labels["fileTypeLabel"] == "Fil&type:"
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Open).text() == "&Åpne"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    model = dialog.findChild(QTreeView, "treeView").model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Navn", "Størrelse", "Type", "Endret"]
    assert dialog.nameFilters() == ["Alle filer (*)"]
    tips = {b.toolTip() for b in dialog.findChildren(QWidget) if b.toolTip()}
    assert {"Tilbake", "Fremover", "Overordnet mappe", "Opprett ny mappe", "Detaljvisning"} <= tips
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "&Lagre"


def test_spin_box_and_scroll_bar_menus(qtbot, qapp, norwegian) -> None:
    date = QDateEdit()
    qtbot.addWidget(date)
    date.show()
    texts = _popup_texts(qapp, date)
    assert {"&Merk alt", "Steg &opp", "Steg &ned"} <= set(texts)
    bar = QScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.resize(16, 200)
    bar.show()
    texts = _popup_texts(qapp, bar)
    assert {"Rull hit", "Øverst", "Nederst", "Side opp", "Side ned", "Rull opp"} <= set(texts)
