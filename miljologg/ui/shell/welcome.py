"""The first-run dialog: who you are and which programme you follow.

The dialog validates with ``services.profile.validate_profile`` and hands the profile to its
caller, which only then asks for the ``Services`` (``welcome_dialog``: ``services`` may be a
factory that creates the data file) and saves; so cancelling, or a mistake in a field, never
leaves a half-made file behind.

A role choice comes first: a supervisor's file (``Role.SUPERVISOR``) only signs students'
sessions, so it asks for name, profession, workplace and position and no programme. The
profile has no field of its own for the position; on a supervisor's file it is kept in
``tasks`` (a student's «Arbeidsoppgaver»), which a supervisor's file has no other use for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from miljologg.core.model import Profile, Role
from miljologg.core.programmes import bundled_programmes
from miljologg.core.units import format_date
from miljologg.services import validation
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileInput, validate_profile
from miljologg.ui.widgets.common import FieldMessage, add_field_row, inform, norwegian_buttons
from miljologg.ui.widgets.form_dialog import FormDialog, persist
from miljologg.ui.widgets.theme import set_tone

ServicesSource = Services | Callable[[], Services]


class WelcomeDialog(FormDialog[ProfileInput, Profile]):
    """Collects the profile; ``profile`` holds it once the caller saved it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._warned: set[str] = set()
        self.setWindowTitle(self.tr("Velkommen til miljologg"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(22, 18, 22, 16)

        title = QLabel(self.tr("Velkommen!"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "miljologg holder oversikt over veiledningstimer, oppmøte og arbeidskrav i "
                "videreutdanningen din. Alt lagres bare på denne maskinen. Fortell oss litt om "
                "deg selv – du kan endre det senere."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.student_radio = QRadioButton(self.tr("Jeg er &student"))
        self.supervisor_radio = QRadioButton(
            self.tr("Jeg er &veileder og skal signere studenters veiledning")
        )
        self.student_radio.setChecked(True)
        self.roles = QButtonGroup(self)
        for radio in (self.student_radio, self.supervisor_radio):
            self.roles.addButton(radio)
            layout.addWidget(radio)

        form = QFormLayout()
        self.form = form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.messages: dict[str, FieldMessage] = {}

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Fornavn og etternavn"))
        self._add_row(form, self.tr("&Navn:"), self.name_edit, "name")

        self.profession_combo = QComboBox()
        self.profession_combo.setEditable(True)
        self.profession_combo.addItems(
            [
                self.tr("vernepleier"),
                self.tr("sosionom"),
                self.tr("barnevernspedagog"),
                self.tr("sykepleier"),
                self.tr("psykolog"),
                self.tr("pedagog"),
                self.tr("annet"),
            ]
        )
        self.profession_combo.setCurrentIndex(-1)
        profession_line = self.profession_combo.lineEdit()
        assert profession_line is not None  # the combo is editable
        profession_line.setPlaceholderText(self.tr("Velg eller skriv"))
        self._add_row(form, self.tr("&Profesjon:"), self.profession_combo, "profession")

        self.workplace_edit = QLineEdit()
        self.workplace_edit.setPlaceholderText(self.tr("For eksempel «Ambulant team, BUP»"))
        self._add_row(form, self.tr("&Arbeidssted:"), self.workplace_edit, "workplace")

        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(self.tr("For eksempel «fagkonsulent»"))
        self._add_row(form, self.tr("Sti&lling:"), self.position_edit, "position")

        self.programme_combo = QComboBox()
        for programme in sorted(bundled_programmes().values(), key=lambda p: p.name):
            self.programme_combo.addItem(programme.name, programme.id)
        self.programme_info = QLabel()
        set_tone(self.programme_info, "muted")
        self._add_row(form, self.tr("S&tudieprogram:"), self.programme_combo, "programme_id")
        self.programme_info_row = QWidget()
        info_row = QVBoxLayout(self.programme_info_row)
        info_row.setContentsMargins(0, 0, 0, 0)
        info_row.addWidget(self.programme_info)
        form.addRow("", self.programme_info_row)
        self.programme_combo.currentIndexChanged.connect(self._show_programme)

        self.client_group_edit = self._text_box(
            self.tr("For eksempel «ungdom 13–18 år i barneverninstitusjon»")
        )
        self._add_row(form, self.tr("&Klientgruppe:"), self.client_group_edit, "client_group")
        self.tasks_edit = self._text_box(
            self.tr("For eksempel «miljøterapeutisk arbeid og ambulante oppfølgingssamtaler»")
        )
        self._add_row(form, self.tr("Arb&eidsoppgaver:"), self.tasks_edit, "tasks")
        layout.addLayout(form)

        reminder = QLabel(
            self.tr(
                "<b>Teieplikt:</b> Beskriv klientgruppe og oppgaver bare i generelle vendinger. "
                "Skriv aldri navn, fødselsnummer eller detaljer som kan peke ut én person "
                "(helsepersonelloven § 21)."
            )
        )
        reminder.setWordWrap(True)
        reminder.setTextFormat(Qt.TextFormat.RichText)
        reminder.setFrameShape(QFrame.Shape.StyledPanel)
        reminder.setObjectName("note")  # coloured by the theme (ui/widgets/theme.py)
        layout.addWidget(reminder)
        self.reminder = reminder

        self.buttons = norwegian_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        self.create_button = self.buttons.addButton(
            self.tr("&Opprett"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.create_button.setDefault(True)  # after the box has a dialog parent, or Qt forgets

        for edit in (self.workplace_edit,):
            edit.textChanged.connect(self._check_privacy)
        for box in (self.client_group_edit, self.tasks_edit):
            box.textChanged.connect(self._check_privacy)
        self._show_programme()
        self.supervisor_radio.toggled.connect(self._role_changed)
        self._role_changed()
        self.name_edit.setFocus()

    # -- building ------------------------------------------------------------------
    def _add_row(self, form: QFormLayout, label: str, field: QWidget, name: str) -> None:
        self.messages[name] = add_field_row(form, label, field)

    @staticmethod
    def _row_of(field: QWidget) -> QWidget:
        """The box ``_add_row`` put a field in: the form row to show or hide."""
        box = field.parentWidget()
        assert box is not None
        return box

    def _text_box(self, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        line = box.fontMetrics().lineSpacing()
        box.setFixedHeight(line * 3 + 14)
        return box

    def role(self) -> Role:
        return Role.SUPERVISOR if self.supervisor_radio.isChecked() else Role.STUDENT

    def _role_changed(self) -> None:
        """A supervisor is asked for a position instead of programme, clients and tasks."""
        student = self.role() is Role.STUDENT
        for field in (self.programme_combo, self.client_group_edit, self.tasks_edit):
            self.form.setRowVisible(self._row_of(field), student)
        self.form.setRowVisible(self.programme_info_row, student)
        self.form.setRowVisible(self._row_of(self.position_edit), not student)
        self.reminder.setVisible(student)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the rows need, within the screen. ``adjustSize`` caps a window at two
        thirds of the screen, which on a 1024×600 screen squeezed the two text boxes to half
        their height and cut their text off (Xvfb at 1024×600 showed it)."""
        room = self.screen().availableGeometry().height() - 40  # the title bar
        self.resize(
            max(self.minimumWidth(), self.sizeHint().width()), min(self.sizeHint().height(), room)
        )

    def _show_programme(self) -> None:
        programme = bundled_programmes().get(self.programme_combo.currentData() or "")
        if programme is None:
            self.programme_info.setText("")
            return
        self.programme_info.setText(
            self.tr("%1–%2 · %3 samlinger")
            .replace("%1", format_date(programme.start))
            .replace("%2", format_date(programme.end))
            .replace("%3", str(len(programme.gatherings)))
        )

    # -- behaviour -----------------------------------------------------------------
    def _input(self) -> ProfileInput:
        if self.role() is Role.SUPERVISOR:
            return ProfileInput(
                name=self.name_edit.text(),
                role=Role.SUPERVISOR,
                profession=self.profession_combo.currentText(),
                workplace=self.workplace_edit.text(),
                tasks=self.position_edit.text(),
            )
        return ProfileInput(
            name=self.name_edit.text(),
            programme_id=self.programme_combo.currentData() or "",
            profession=self.profession_combo.currentText(),
            workplace=self.workplace_edit.text(),
            client_group=self.client_group_edit.toPlainText(),
            tasks=self.tasks_edit.toPlainText(),
        )

    def _check_privacy(self) -> None:
        data = self._input()
        found = dict(
            validation.warnings(
                {
                    "workplace": (self.tr("Arbeidssted"), data.workplace),
                    "client_group": (self.tr("Klientgruppe"), data.client_group),
                    "tasks": (self.tr("Arbeidsoppgaver"), data.tasks),
                }
            )
        )
        for field in ("workplace", "client_group", "tasks"):
            message = self.messages[field]
            if field in found:
                message.show_warning(found[field])
                self._warned.add(field)
            elif field in self._warned:
                message.clear_message()
                self._warned.discard(field)

    @property
    def profile(self) -> Profile | None:
        return self.saved

    def refuse(self, error: ValidationError) -> None:
        self._show_error(error)

    def _show_error(self, exc: ValidationError) -> None:
        supervisor = self.role() is Role.SUPERVISOR
        message = self.messages.get(
            "position" if supervisor and exc.field == "tasks" else exc.field
        )
        if message is None:
            inform(self, self.tr("Kan ikke opprette"), exc.message, error=True)
            return
        message.show_error(exc.message)
        target = {
            "name": self.name_edit,
            "profession": self.profession_combo,
            "workplace": self.workplace_edit,
            "programme_id": self.programme_combo,
            "client_group": self.client_group_edit,
            "tasks": self.position_edit if supervisor else self.tasks_edit,
        }.get(exc.field)
        if target is not None:
            target.setFocus()

    def collect(self) -> ProfileInput | None:
        """The profile, checked before the caller creates anything."""
        for message in self.messages.values():
            message.clear_message()
        self._warned.clear()
        return self.checked(self._input(), validate_profile)


def welcome_dialog(services: ServicesSource, parent: QWidget | None = None) -> WelcomeDialog:
    """The welcome dialog, its profile saved in ``services`` — asked for (so the data file
    maybe created) only once the profile validated."""
    dialog = WelcomeDialog(parent)

    def save(data: ProfileInput) -> Profile:
        target = services() if callable(services) else services
        return target.profile.save(data)

    persist(dialog, save)
    return dialog
