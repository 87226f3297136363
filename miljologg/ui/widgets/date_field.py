"""The one date field of the app: type a date the way Norwegians write it, or pick it.

``QDateEdit`` edits a date section by section: a user who tabbed into it and typed
«10.03.2025» got «.00003.2025» and saved 10.11.2026, and «31032025» became 30.03.2025. Here the
whole text is read by ``core.units.parse_date_no`` («10.03.2025», «10.3.2025», «10032025»,
«1.3.25», ISO), so what is typed is exactly the date kept, or the field says why not: a text
that can still become a date says nothing until the field is left; anything else is refused at
once, under the field. The button beside it (or Alt+Pil ned, F4) opens a calendar.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from miljologg.core.units import date_incomplete, format_date, parse_date_no
from miljologg.ui.widgets.common import FieldMessage, py_date

# The app holds no date before 2000 (a two-digit year is read as 20åå) nor after 2099.
FIRST_DATE = dt.date(2000, 1, 1)
LAST_DATE = dt.date(2099, 12, 31)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class DateField(QWidget):
    """A line edit for a date, a calendar button beside it and its message under it.

    ``date()`` is the date the text says, or None while it says none; ``dateChanged`` carries
    the same (a ``datetime.date`` or None) whenever it changes, typed or set.
    """

    dateChanged = Signal(object)  # noqa: N815 - named as QDateEdit's signal

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self._last_good: dt.date | None = None  # where the calendar opens while text is no date
        self._minimum = FIRST_DATE
        self._maximum = LAST_DATE
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.edit.setMaxLength(40)  # never cut what is typed: a refusal says what is wrong
        width = self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 16
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width + 24)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Velg dato i kalenderen (Alt+Pil ned)"))
        self.button.setAccessibleName(self.tr("Velg dato i kalenderen"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setLocale(QLocale())
        self.calendar.setGridVisible(True)
        self.popup = QMenu(self)
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        self.button.setMenu(self.popup)
        self.message = FieldMessage()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._left)
        self.popup.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        for keys in ("Alt+Down", "F4"):
            QShortcut(
                QKeySequence(keys),
                self.edit,
                self.open_calendar,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        if value is not None:
            self.setDate(value)

    # -- the value ----------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date the field holds, or None while its text is no date (see ``error``)."""
        return self._date

    def setDate(self, value: dt.date) -> None:  # noqa: N802 - named as QDateEdit's method
        """Show ``value`` as dd.mm.åååå (a date outside the range is shown and refused)."""
        self.edit.setText(format_date(value))
        self._take(self.edit.text(), final=True)

    def text(self) -> str:
        return self.edit.text()

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:  # noqa: N802
        """Focus goes to the line edit (a label's buddy must be ``edit`` itself, see below).

        Not ``setFocusProxy``: with the proxy a child of this widget, Qt 6 kept Tab in the
        line edit, so the keyboard could not leave the field.
        """
        self.edit.setFocus(reason)

    def setMinimumDate(self, value: dt.date) -> None:  # noqa: N802 - as QDateEdit's
        self._minimum = value
        self._take(self.edit.text(), final=False)

    def setMaximumDate(self, value: dt.date) -> None:  # noqa: N802 - as QDateEdit's
        self._maximum = value
        self._take(self.edit.text(), final=False)

    def error(self) -> str:
        """Why the text is no date the field can keep ("" when it is one)."""
        text = self.edit.text().strip()
        if not text:
            return self.tr("Skriv en dato, for eksempel %1.").replace(
                "%1", format_date(dt.date(2025, 6, 17))
            )
        try:
            value = parse_date_no(text)
        except ValueError as exc:
            if date_incomplete(text):
                return self.tr(
                    "Datoen er ikke skrevet ferdig. Skriv hele datoen, for eksempel %1."
                ).replace("%1", format_date(dt.date(2025, 6, 17)))
            return str(exc)
        if not self._minimum <= value <= self._maximum:
            return (
                self.tr("Datoen må være fra %1 til %2.")
                .replace("%1", format_date(self._minimum))
                .replace("%2", format_date(self._maximum))
            )
        return ""

    def check(self) -> bool:
        """Show the problem under the field (if any) and say whether the field holds a date."""
        problem = self.error()
        if problem:
            self.message.show_error(problem)
        else:
            self.message.clear_message()
        return not problem

    # -- behaviour ----------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._take(text, final=False)

    def _left(self) -> None:
        """Leaving the field: a date is shown in full (1.3.25 → 01.03.2025), else refused."""
        if self._date is not None:
            self.edit.setText(format_date(self._date))
        self._take(self.edit.text(), final=True)

    def _take(self, text: str, *, final: bool) -> None:
        problem = self.error()
        value = None if problem else parse_date_no(text)
        if problem and (final or not date_incomplete(text)):
            self.message.show_error(problem)
        else:
            self.message.clear_message()
        if value is not None:
            self._last_good = value
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    def open_calendar(self) -> None:
        """Alt+Ned or F4 in the field: the calendar, under the field."""
        self.popup.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))

    def _prepare_calendar(self) -> None:
        self.calendar.setDateRange(_qdate(self._minimum), _qdate(self._maximum))
        shown = self._date or self._last_good or dt.date.today()  # only where it opens
        shown = min(max(shown, self._minimum), self._maximum)
        self.calendar.setSelectedDate(_qdate(shown))

    def _picked(self, value: QDate) -> None:
        self.popup.close()
        self.setDate(py_date(value))
        self.edit.setFocus()
