"""Add or edit one supervision session.

Checks that are cheap run as the user types (a held session in the future, a gathering-group
session off a gathering day, identity numbers in free text) so a problem shows at the field
before OK is pressed. On OK the dialog hands a ``SessionInput`` to its caller, which saves it
(``FormDialog``); the service's ``ValidationError`` comes back to the field it names and the
dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import units
from miljologg.core.labels import FORM_LABELS, SESSION_STATUS_LABELS
from miljologg.core.model import Form, Session, SessionStatus, Supervisor
from miljologg.core.privacy import check_text
from miljologg.core.professions import supervisor_profession_name
from miljologg.services.app import Services
from miljologg.services.sessions import MAX_GROUP_SIZE, SessionInput
from miljologg.services.supervisors import SupervisorInput
from miljologg.services.validation import MAX_MINUTES, MIN_MINUTES
from miljologg.ui.sessions.dialog_parts import (
    ParticipantsCombo,
    column,
    gathering_span,
    row,
)
from miljologg.ui.supervisors.dialog import SupervisorDialog
from miljologg.ui.widgets.common import (
    FieldMessage,
    norwegian_buttons,
    open_dialog,
    py_time,
)
from miljologg.ui.widgets.date_field import DateField
from miljologg.ui.widgets.form_dialog import FormDialog, persist

FIELDS: tuple[str, ...] = ("date", "start_time", "minutes", "form", "supervisor", "group_size")
FIELDS += ("participants_profession", "status")
TEXT_FIELDS = ("topic", "reflection")


class SessionDialog(FormDialog[SessionInput, Session]):
    """Add (``session=None``) or edit a session; ``saved`` holds the record after OK.

    ``add_supervisor`` is how the caller adds a supervisor from «Ny veileder …» (the button is
    hidden without it); the dialog only reads through ``services``.
    """

    def __init__(
        self,
        services: Services,
        session: Session | None = None,
        parent: QWidget | None = None,
        *,
        add_supervisor: Callable[[SupervisorInput], Supervisor] | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._original = session
        self._add_supervisor = add_supervisor
        self._today = services.ctx.today()
        self._programme = services.profile.programme()
        self.supervisor_dialog: SupervisorDialog | None = None
        self.setWindowTitle(
            self.tr("Nytt veiledningsmøte") if session is None else self.tr("Veiledningsmøte")
        )
        self.setMinimumWidth(560)
        self._build()
        self._fill(session)
        self._connect()
        self._on_form_changed()
        self._validate()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.messages = {key: FieldMessage() for key in FIELDS + TEXT_FIELDS}
        self.form = QComboBox()
        for form in Form:
            self.form.addItem(FORM_LABELS[form], form)

        self.date = DateField()
        self.gathering_day = QComboBox()
        self.gathering_day.setToolTip(
            self.tr("Gruppeveiledning på samling føres på samlingsdagen.")
        )
        self.gathering_day.addItem(self.tr("Velg samlingsdag …"), None)
        for day in self._gathering_days():
            self.gathering_day.addItem(self._gathering_day_text(day), day.isoformat())

        self.has_time = QCheckBox(self.tr("Klokkeslett"))
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setTime(QTime(12, 0))

        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setAccelerated(True)
        self.minutes_text = QLabel()
        self.minutes_text.setMinimumWidth(120)

        self.supervisor = QComboBox()
        self.supervisor.setMinimumWidth(240)
        self.new_supervisor = QPushButton(self.tr("Ny veileder …"))
        self.new_supervisor.setAutoDefault(False)
        self.new_supervisor.setVisible(self._add_supervisor is not None)
        self._load_supervisors()

        self.group_size = QSpinBox()
        self.group_size.setRange(1, MAX_GROUP_SIZE)
        self.group_size.setSuffix(self.tr(" deltakere"))
        self.status = QComboBox()
        for status in SessionStatus:
            self.status.addItem(SESSION_STATUS_LABELS[status], status)

        self.topic = QLineEdit()
        self.topic.setMaxLength(500)
        self.topic.setPlaceholderText(
            self.tr("tema i generelle ordelag – ingen klientopplysninger")
        )
        self.reflection = QPlainTextEdit()
        self.reflection.setPlaceholderText(
            self.tr("Valgfritt: hva du tar med deg (uten klientopplysninger)")
        )
        self.reflection.setMinimumHeight(80)
        self.general = self.general_message

        m = self.messages
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("Form:"), column(self.form, m["form"]))
        layout.addRow(
            self.tr("Dato:"),
            column(row(self.date, self.gathering_day), m["date"]),
        )
        layout.addRow(
            self.tr("Starttid:"), column(row(self.has_time, self.start_time), m["start_time"])
        )
        layout.addRow(
            self.tr("Varighet:"), column(row(self.minutes, self.minutes_text), m["minutes"])
        )
        layout.addRow(
            self.tr("Veileder:"),
            column(row(self.supervisor, self.new_supervisor), m["supervisor"]),
        )
        self.group_label = QLabel(self.tr("Gruppestørrelse:"))
        layout.addRow(self.group_label, column(row(self.group_size), m["group_size"]))
        self.participants = ParticipantsCombo()
        self.participants_label = QLabel(self.tr("Alle deltakerne er:"))
        layout.addRow(
            self.participants_label,
            column(row(self.participants), m["participants_profession"]),
        )
        layout.addRow(self.tr("Status:"), column(row(self.status), m["status"]))
        layout.addRow(self.tr("Tema:"), column(self.topic, m["topic"]))
        layout.addRow(self.tr("Refleksjon:"), column(self.reflection, m["reflection"]))

        self.buttons = norwegian_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        )
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.general)
        outer.addWidget(self.buttons)

    def _gathering_days(self) -> list[dt.date]:
        if self._programme is None:
            return []
        return [t.date for t in self._programme.teaching_days()]

    def _gathering_day_text(self, day: dt.date) -> str:
        """«mandag 12.05.2025 – samling 12.–13.05.2025»."""
        text = self.tr("%1 – samling %2")
        return text.replace("%1", f"{units.weekday_name(day)} {units.format_date(day)}").replace(
            "%2", gathering_span(self._programme, day)
        )

    def _load_supervisors(self, select_id: str | None = None) -> None:
        current = select_id or self.supervisor_id()
        self.supervisor.clear()
        self.supervisor.addItem(self.tr("Velg veileder …"), None)
        supervisors = self._services.supervisors.list()
        for sup in supervisors:
            profession = supervisor_profession_name(sup)
            label = f"{sup.name} ({profession})" if profession else sup.name
            self.supervisor.addItem(label, sup.id)
        index = self.supervisor.findData(current) if current else -1
        if index < 0 and len(supervisors) == 1:
            index = 1
        self.supervisor.setCurrentIndex(max(index, 0))

    def _fill(self, s: Session | None) -> None:
        if s is None:
            self.date.setDate(self._today)
            return
        self.form.setCurrentIndex(self.form.findData(s.form))
        self.date.setDate(s.date)
        if s.start_time is not None:
            self.has_time.setChecked(True)
            self.start_time.setTime(QTime(s.start_time.hour, s.start_time.minute))
        self.minutes.setValue(s.minutes)
        self.supervisor.setCurrentIndex(max(self.supervisor.findData(s.supervisor_id), 0))
        self.group_size.setValue(s.group_size)
        self.participants.set_code(s.participants_profession)
        self.status.setCurrentIndex(self.status.findData(s.status))
        self.topic.setText(s.topic)
        self.reflection.setPlainText(s.reflection)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.currentIndexChanged.connect(self._on_form_changed)
        self.gathering_day.activated.connect(self._on_gathering_day)
        self.date.dateChanged.connect(self._sync_gathering_day)
        self.has_time.toggled.connect(self.start_time.setEnabled)
        self.new_supervisor.clicked.connect(self.open_new_supervisor)
        for signal in (
            self.date.dateChanged,
            self.minutes.valueChanged,
            self.supervisor.currentIndexChanged,
            self.group_size.valueChanged,
            self.participants.currentIndexChanged,
            self.status.currentIndexChanged,
            self.topic.textChanged,
            self.reflection.textChanged,
        ):
            signal.connect(self._validate)
        self.start_time.setEnabled(self.has_time.isChecked())

    # -- behaviour -----------------------------------------------------------------------------
    def current_form(self) -> Form:
        return Form(self.form.currentData())

    def current_date(self) -> dt.date | None:
        """The typed date, or None while the date field holds no date (it says why)."""
        return self.date.date()

    def supervisor_id(self) -> str | None:
        value = self.supervisor.currentData() if self.supervisor.count() else None
        return str(value) if value else None

    def _on_form_changed(self) -> None:
        form = self.current_form()
        given = form is Form.GIVEN
        if form.is_group:
            self.group_size.setMinimum(2)
            self.group_size.setEnabled(True)
        elif form is Form.INDIVIDUAL:
            self.group_size.setMinimum(1)
            self.group_size.setValue(1)
            self.group_size.setEnabled(False)
        else:  # supervision given, or received on it: one or more people
            self.group_size.setMinimum(1)
            self.group_size.setEnabled(True)
        self.group_label.setText(
            self.tr("Antall du veiledet:") if given else self.tr("Gruppestørrelse:")
        )
        # Supervision the student gave has no supervisor, and is logged once it is held.
        self.supervisor.setEnabled(not given)
        self.new_supervisor.setEnabled(not given)
        if given:
            self.status.setCurrentIndex(self.status.findData(SessionStatus.HELD))
        self.status.setEnabled(not given)
        gathering = form is Form.GATHERING_GROUP
        self.gathering_day.setVisible(gathering)
        day = self.current_date() or self._today
        if gathering and self._programme is not None and not self._programme.is_gathering_day(day):
            earlier = [d for d in self._gathering_days() if d <= day]
            if earlier:
                self.date.setDate(earlier[-1])
        self._sync_gathering_day()
        self._validate()

    def _on_gathering_day(self, index: int) -> None:
        day = self.gathering_day.itemData(index)
        if day:
            self.date.setDate(dt.date.fromisoformat(day))

    def _sync_gathering_day(self) -> None:
        day = self.current_date()
        self.gathering_day.setCurrentIndex(max(self.gathering_day_index(day), 0) if day else 0)

    def gathering_day_index(self, day: dt.date) -> int:
        """The row of a gathering day in the «Samlingsdag» list, or -1."""
        return self.gathering_day.findData(day.isoformat())

    def open_new_supervisor(self) -> SupervisorDialog:
        """The «Ny veileder …» shortcut: add a supervisor without leaving this dialog."""
        assert self._add_supervisor is not None  # the button is shown only with it
        dialog = SupervisorDialog(parent=self)
        persist(dialog, self._add_supervisor)
        dialog.accepted.connect(
            lambda: self._load_supervisors(dialog.saved.id if dialog.saved is not None else None)
        )
        self.supervisor_dialog = dialog
        open_dialog(dialog)
        return dialog

    def _live_errors(self) -> dict[str, str]:
        """Problems found without asking the service; any of them keeps OK disabled."""
        errors: dict[str, str] = {}
        day = self.current_date()
        held = SessionStatus(self.status.currentData()) is SessionStatus.HELD
        if day is not None and held and day > self._today:
            errors["date"] = self.tr("Et gjennomført møte kan ikke ha dato fram i tid.")
        elif (
            day is not None  # no date yet: the date field says why, at the latest on OK
            and self.current_form() is Form.GATHERING_GROUP
            and self._programme is not None
            and not self._programme.is_gathering_day(day)
        ):
            errors["date"] = self.tr(
                "Gruppeveiledning på samling kan bare føres på en av programmets samlingsdager. "
                "Velg dagen i lista."
            )
        return errors

    def _validate(self) -> bool:
        self.minutes_text.setText("= " + units.format_duration(self.minutes.value()))
        errors = self._live_errors()
        for key in FIELDS:
            if key in errors:
                self.messages[key].show_error(errors[key])
            elif key != "supervisor" or self.supervisor_id() or not self._needs_supervisor():
                self.messages[key].clear_message()
        self.participants.setEnabled(self.group_size.value() > 1)
        texts = {
            "topic": (self.tr("Tema"), self.topic.text()),
            "reflection": (self.tr("Refleksjon"), self.reflection.toPlainText()),
        }
        for key, (label, text) in texts.items():
            findings = check_text(text, label)
            blocking = [f for f in findings if f.blocking]
            if blocking:
                errors[key] = blocking[0].message
                self.messages[key].show_error(blocking[0].message)
            elif findings:
                self.messages[key].show_warning(findings[0].message)
            else:
                self.messages[key].clear_message()
        self.general.clear_message()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)
        return not errors

    def data(self) -> SessionInput:
        """What the dialog holds; only when the date field holds a date (``collect`` checks)."""
        day = self.current_date()
        assert day is not None, "data() before the date field held a date"
        time = py_time(self.start_time.time()) if self.has_time.isChecked() else None
        return SessionInput(
            date=day,
            minutes=self.minutes.value(),
            form=self.current_form(),
            supervisor_id=(self.supervisor_id() or "") if self._needs_supervisor() else "",
            group_size=self.group_size.value(),
            topic=self.topic.text(),
            reflection=self.reflection.toPlainText(),
            start_time=time.replace(second=0, microsecond=0) if time else None,
            status=SessionStatus(self.status.currentData()),
            participants_profession=self.participants.code() if self.group_size.value() > 1 else "",
        )

    def _needs_supervisor(self) -> bool:
        return self.current_form().has_supervisor

    def collect(self) -> SessionInput | None:
        """The session as typed, once the checks that need no service pass."""
        if not self.date.check():
            self.date.setFocus()
            return None
        if not self._validate():
            return None
        if self.supervisor_id() is None and self._needs_supervisor():
            self.messages["supervisor"].show_error(self.tr("Velg en veileder."))
            self.supervisor.setFocus()
            return None
        return self.data()
