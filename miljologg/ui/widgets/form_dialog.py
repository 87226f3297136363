"""Dialogs collect and validate; the caller persists (DESIGN.md).

A form dialog never writes. «OK» runs the dialog's own checks and emits ``submitted`` with the
value; whoever opened the dialog saves it (:func:`persist` wires a service call) and either
closes the dialog with what was saved (``finish``) or shows the service's ``ValidationError``
under the field it names (``refuse``), leaving the dialog open with everything typed. For the
user nothing changes; for the code, the page decides what is written, and a dialog can be tested
with any ``save`` (or none).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from miljologg.services.errors import ValidationError
from miljologg.ui.widgets.common import FieldMessage

Value = TypeVar("Value")
Saved = TypeVar("Saved")


class FormDialog(QDialog, Generic[Value, Saved]):
    """A dialog whose «OK» hands a checked value to its caller instead of saving it."""

    #: The value, after the dialog's own checks; the caller saves it.
    submitted = Signal(object)
    #: What the caller saved (its ``save``'s result), just before the dialog closes.
    written = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Messages under the fields, by the field names a ValidationError carries.
        self.messages: dict[str, FieldMessage] = {}
        #: Where a refusal naming no known field is shown (the subclass places it).
        self.general_message = FieldMessage()
        self.saved: Saved | None = None

    def collect(self) -> Value | None:
        """The value to save, or None after showing at the fields why it cannot be."""
        raise NotImplementedError

    def accept(self) -> None:
        """«OK»: collect and check, then hand the value over; the dialog stays open."""
        value = self.collect()
        if value is not None:
            self.submitted.emit(value)

    def finish(self, saved: Saved) -> None:
        """The caller saved the value: keep what was saved and close."""
        self.saved = saved
        self.written.emit(saved)
        super().accept()

    def refuse(self, error: ValidationError) -> None:
        """The caller's service refused: show why at its field and stay open."""
        target = self.messages.get(error.field, self.general_message)
        target.show_error(error.message)

    def checked(self, value: Value, check: Callable[[Value], object]) -> Value | None:
        """``value`` if the service's own ``check`` passes it (so ``collect`` refuses what the
        save would); else None, with the refusal shown where ``refuse`` shows it."""
        try:
            check(value)
        except ValidationError as error:
            self.refuse(error)
            return None
        return value


def add_or_update(
    add: Callable[[Value], Saved],
    update: Callable[[str, Value], Saved],
    original_id: str | None,
) -> Callable[[Value], Saved]:
    """The save for an «add or edit» dialog: ``add`` a new record, or ``update`` the one edited."""
    if original_id is None:
        return add
    return functools.partial(update, original_id)


def persist(dialog: FormDialog[Value, Saved], save: Callable[[Value], Saved]) -> None:
    """Save what ``dialog`` submits with ``save``; a ValidationError goes back to the dialog."""

    def on_submit(value: Any) -> None:
        try:
            saved = save(value)
        except ValidationError as error:
            dialog.refuse(error)
            return
        dialog.finish(saved)

    dialog.submitted.connect(on_submit)
