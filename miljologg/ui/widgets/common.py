"""Small widgets and helpers every screen uses.

Qt ships no Norwegian translation of its own standard buttons in PySide6-Essentials, so the
texts of standard buttons are set here, in one place, through ``translate``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from miljologg.ui.widgets.theme import set_tone


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:
    """Mark ``message`` for translation in ``context`` and return it unchanged.

    Does what PySide6's function of the same name does (the name is what ``lupdate`` looks for),
    but typed: PySide6's stub says it returns ``object``, so the marked texts could not be
    passed to ``translate`` without a cast at every use.
    """
    return message


def py_date(date: QDate) -> dt.date:
    """``QDate.toPython()``, typed (PySide6's stub says it returns ``object``)."""
    value = date.toPython()
    assert isinstance(value, dt.date)
    return value


def py_time(time: QTime) -> dt.time:
    """``QTime.toPython()``, typed (PySide6's stub says it returns ``object``)."""
    value = time.toPython()
    assert isinstance(value, dt.time)
    return value


_BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Ok: QT_TRANSLATE_NOOP("Buttons", "OK"),
    QDialogButtonBox.StandardButton.Save: QT_TRANSLATE_NOOP("Buttons", "Lagre"),
    QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("Buttons", "Avbryt"),
    QDialogButtonBox.StandardButton.Close: QT_TRANSLATE_NOOP("Buttons", "Lukk"),
    QDialogButtonBox.StandardButton.Yes: QT_TRANSLATE_NOOP("Buttons", "Ja"),
    QDialogButtonBox.StandardButton.No: QT_TRANSLATE_NOOP("Buttons", "Nei"),
    QDialogButtonBox.StandardButton.Apply: QT_TRANSLATE_NOOP("Buttons", "Bruk"),
    QDialogButtonBox.StandardButton.Discard: QT_TRANSLATE_NOOP("Buttons", "Forkast"),
}


def norwegian_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Give a button box's standard buttons Norwegian texts."""
    for which, text in _BUTTON_TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(QCoreApplication.translate("Buttons", text))
    return box


def ok_cancel(dialog: QDialog, ok_text: str = "", *, save: bool = False) -> QDialogButtonBox:
    """OK (or Lagre, with ``save``) and Avbryt in Norwegian, wired to the dialog's ``accept``
    and ``reject``; ``ok_text`` names what OK does («Signer og lagre svar»). Every form dialog
    ends with this box."""
    ok = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    box = norwegian_buttons(QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel))
    if ok_text:
        box.button(ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def question_box(parent: QWidget | None, title: str, text: str, yes_text: str = "") -> QMessageBox:
    """The box ``confirm`` asks with: Ja (or ``yes_text``) and Nei in the app's language, the
    safe answer (Nei) the default. Before: the two texts were marked for translation but never
    looked up, so an English window asked «Ja»/«Nei»."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = yes_text or QCoreApplication.translate("Buttons", "Ja")
    box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("Buttons", "Nei"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str = "") -> bool:
    """Ask a yes/no question (``question_box``); True when the answer is yes."""
    box = question_box(parent, title, text, yes_text)
    box.exec()
    clicked = box.clickedButton()
    answer = clicked is not None and box.buttonRole(clicked) is QMessageBox.ButtonRole.YesRole
    box.deleteLater()  # parented to a page: it would otherwise live as long as the window
    return answer


def message_box(
    parent: QWidget | None, title: str, text: str, *, error: bool = False
) -> QMessageBox:
    """The box ``inform`` shows: the message and an OK button in the app's language."""
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, parent=parent)
    ok = QCoreApplication.translate("Buttons", "OK")
    box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
    return box


def inform(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    """A message with an OK button (``message_box``)."""
    box = message_box(parent, title, text, error=error)
    box.exec()
    box.deleteLater()


#: Marks dialogs opened with ``open_dialog`` (only those are ever deleted by it).
_TRANSIENT = "miljologgTransientDialog"


def open_dialog(dialog: QDialog) -> None:
    """Show a window-modal dialog; the finished dialogs of the same parent are deleted first.

    A dialog parented to a page otherwise lives as long as the page: the soak test found four
    dialogs and some 260 widgets left behind per round of ordinary use, growing memory and
    slowing every repaint. The last finished dialog is kept (its result stays readable until
    the next one opens), so a parent holds at most one finished dialog at any time.
    """
    parent = dialog.parentWidget()
    if parent is not None:
        for old in parent.findChildren(QDialog, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if old is not dialog and old.property(_TRANSIENT) and not old.isVisible():
                old.deleteLater()
    dialog.setProperty(_TRANSIENT, True)
    dialog.open()


def bind_table_keys(
    table: QAbstractItemView, on_edit: Callable[[], object], on_delete: Callable[[], object]
) -> None:
    """Enter edits and Delete deletes the current row, as in every list of the app."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(key), table, on_edit, context=Qt.ShortcutContext.WidgetShortcut)
    QShortcut(
        QKeySequence(QKeySequence.StandardKey.Delete),
        table,
        on_delete,
        context=Qt.ShortcutContext.WidgetShortcut,
    )


class FieldMessage(QLabel):
    """The message shown under an input: red for an error, amber for a privacy warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        set_tone(self, "error")
        self.setText(text)
        self.setVisible(bool(text))

    def show_warning(self, text: str) -> None:
        set_tone(self, "warning")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def add_field_row(form: QFormLayout, label: str, field: QWidget, *extra: QWidget) -> FieldMessage:
    """A form row whose field has its message right under it (and ``extra`` below that).

    The label is the field's buddy, so its mnemonic focuses the field and not the row's box.
    Returns the message, for the dialog to show its checks in.
    """
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    message = FieldMessage()
    column.addWidget(message)
    for widget in extra:
        column.addWidget(widget)
    form.addRow(label, box)
    buddy = form.labelForField(box)
    assert isinstance(buddy, QLabel)  # addRow with a text makes a QLabel
    buddy.setBuddy(field)
    return message


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object],
    *,
    tip: str = "",
    shortcut: QKeySequence | str = "",
) -> QAction:
    """An action with its tooltip and shortcut, calling ``slot`` without Qt's ``checked``
    argument (the menus and the sessions page build theirs this one way)."""
    action = QAction(text, parent)
    if tip:
        action.setToolTip(tip)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda: slot())
    return action
