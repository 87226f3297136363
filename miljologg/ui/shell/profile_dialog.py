"""Fil → Profil …: change the name, profession, workplace and, for a student, the client group
and tasks (a supervisor's file: the position), after the welcome dialog made the profile.

The dialog collects and checks (``services.profile.validate_profile``: the same rules and
privacy guard as at creation); the window saves what it submits (``FormDialog``). The role and
the programme are shown, not changed. A new name never breaks a signature: when sessions are
signed already, the dialog says that they keep their signature, «signert under navnet …».
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from miljologg.core.model import Profile, Role
from miljologg.core.professions import profile_profession_name, vocabulary
from miljologg.services import validation
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput, validate_profile
from miljologg.ui.widgets.common import add_field_row, ok_cancel, open_dialog
from miljologg.ui.widgets.form_dialog import FormDialog, persist
from miljologg.ui.widgets.theme import set_tone


class ProfileDialog(FormDialog[ProfileInput, Profile]):
    """Edit ``profile``; ``signed`` is how many sessions carry a signature (for the name note)."""

    def __init__(
        self,
        profile: Profile,
        programme_name: str = "",
        signed: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._signed = signed
        self.supervisor = profile.role is Role.SUPERVISOR
        self.setWindowTitle(self.tr("Profil"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.name_edit = QLineEdit(profile.name)
        self.name_edit.setMaxLength(200)
        self.name_note = QLabel()
        self.name_note.setWordWrap(True)
        set_tone(self.name_note, "muted")
        self.name_note.hide()
        self._row(form, self.tr("&Navn:"), self.name_edit, "name", self.name_note)

        self.profession_combo = QComboBox()
        self.profession_combo.setEditable(True)
        self.profession_combo.addItems([p.name for p in vocabulary().professions])
        self.profession_combo.setCurrentText(profile_profession_name(profile))
        self._row(form, self.tr("&Profesjon:"), self.profession_combo, "profession")
        self.messages["profession_other"] = self.messages["profession"]

        self.workplace_edit = QLineEdit(profile.workplace)
        self._row(form, self.tr("&Arbeidssted:"), self.workplace_edit, "workplace")

        self.position_edit = QLineEdit(profile.tasks if self.supervisor else "")
        self.client_group_edit = self._text_box(profile.client_group)
        self.tasks_edit = self._text_box(profile.tasks)
        if self.supervisor:
            self._row(form, self.tr("Sti&lling:"), self.position_edit, "tasks")
        else:
            programme = QLabel(programme_name or profile.programme_id or "–")
            programme.setWordWrap(True)
            form.addRow(self.tr("Studieprogram:"), programme)
            self._row(form, self.tr("&Klientgruppe:"), self.client_group_edit, "client_group")
            self._row(form, self.tr("Arb&eidsoppgaver:"), self.tasks_edit, "tasks")

        self.buttons = ok_cancel(self, save=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_message)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._name_changed)
        for edit in (self.workplace_edit, self.position_edit):
            edit.textChanged.connect(self._check_privacy)
        for box in (self.client_group_edit, self.tasks_edit):
            box.textChanged.connect(self._check_privacy)
        self.name_edit.setFocus()

    def _row(
        self, form: QFormLayout, label: str, field: QWidget, key: str, *extra: QWidget
    ) -> None:
        self.messages[key] = add_field_row(form, label, field, *extra)

    @staticmethod
    def _text_box(text: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 14)
        return box

    def _name_changed(self, text: str) -> None:
        """Tell, before saving, what a new name does to the sessions signed already."""
        renamed = text.strip() != self._profile.name and self._signed > 0
        self.name_note.setVisible(renamed)
        if renamed:
            self.name_note.setText(
                self.tr(
                    "%1 signerte møter beholder signaturen. De ble signert under navnet «%2» "
                    "og vises som «signert under navnet %2»; møter som signeres etter dette, "
                    "får det nye navnet."
                )
                .replace("%1", str(self._signed))
                .replace("%2", self._profile.name)
            )

    def value(self) -> ProfileInput:
        """The profile as typed (role and programme as they are)."""
        changed = replace(
            ProfileInput.of(self._profile),
            name=self.name_edit.text(),
            profession=self.profession_combo.currentText(),
            profession_other="",
            workplace=self.workplace_edit.text(),
        )
        if self.supervisor:
            return replace(changed, tasks=self.position_edit.text())
        return replace(
            changed,
            client_group=self.client_group_edit.toPlainText(),
            tasks=self.tasks_edit.toPlainText(),
        )

    def _check_privacy(self) -> None:
        data = self.value()
        texts = {"workplace": (self.tr("Arbeidssted"), data.workplace)}
        label = self.tr("Stilling") if self.supervisor else self.tr("Arbeidsoppgaver")
        texts["tasks"] = (label, data.tasks)
        if not self.supervisor:
            texts["client_group"] = (self.tr("Klientgruppe"), data.client_group)
        found = dict(validation.warnings(texts))
        for key in texts:
            if key in found:
                self.messages[key].show_warning(found[key])
            else:
                self.messages[key].clear_message()

    def collect(self) -> ProfileInput | None:
        """The checked profile, or None after showing at the field why it cannot be saved."""
        for message in (*self.messages.values(), self.general_message):
            message.clear_message()
        return self.checked(self.value(), validate_profile)


def open_profile_dialog(
    parent: QWidget, services: Services, on_saved: Callable[[], object]
) -> ProfileDialog | None:
    """Fil → Profil …: the dialog collects and checks, ``services.profile.save`` writes (one
    audited write), ``on_saved`` follows; None when the file has no profile."""
    profile = services.profile.get()
    if profile is None:
        return None
    programme = services.profile.programme()
    signed = sum(off.state == "signed" for off in services.signing.sign_offs().values())
    dialog = ProfileDialog(profile, programme.name if programme else "", signed, parent)
    persist(dialog, services.profile.save)
    dialog.accepted.connect(on_saved)
    open_dialog(dialog)
    return dialog
