"""On a supervisor's file: review a student's signing request and save the signed response.

The supervisor sees what they sign: whom the request is addressed to (and a warning when that
is not this file's owner), the student, and for each session every field the signature covers —
date, form, minutes, group size and topic. A request already answered says so before anything
is signed again. The response is written by the service inside its transaction, so no decision
is recorded without the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import units
from miljologg.core.labels import form_label
from miljologg.core.plural import choose
from miljologg.services.app import Services
from miljologg.services.signing_format import same_person
from miljologg.ui.widgets.common import ok_cancel
from miljologg.ui.widgets.form_dialog import FormDialog, persist
from miljologg.ui.widgets.theme import set_tone

#: The table's columns; the check box sits in ``APPROVED``, the supervisor's text in ``COMMENT``.
APPROVED, DATE, FORM, MINUTES, GROUP, TOPIC, COMMENT = range(7)


@dataclass(frozen=True)
class ReviewAnswer:
    """The supervisor's answer: rejected sessions with comments, and the passphrase."""

    rejections: dict[str, str]
    passphrase: str = field(repr=False)
    new_key: bool


class ReviewRequestDialog(FormDialog[ReviewAnswer, Path]):
    """Review a student's request, approve or reject each session with a comment and type the
    passphrase; the caller signs and saves the response to ``out_path`` (``review_dialog``)."""

    #: The path of the response, once written.

    def __init__(
        self, services: Services, data: bytes, out_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._out = Path(out_path)
        self.view = services.signing_files.read_request(data)  # ValidationError for a bad file
        self.setWindowTitle(
            self.tr("Signeringsforespørsel fra %1").replace("%1", self.view.student)
        )
        self.setMinimumSize(820, 460)
        layout = QVBoxLayout(self)
        owner = services.profile.get()
        key = services.signing.own_key()
        facts = QFormLayout()
        self.addressee = QLabel(f"<b>{_html(self.view.supervisor)}</b>")
        facts.addRow(self.tr("Til"), self.addressee)
        self.student = QLabel(f"<b>{_html(self.view.student)}</b>")
        facts.addRow(self.tr("Fra student"), self.student)
        layout.addLayout(facts)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        set_tone(self.warning, "caution")
        warnings = []
        known = key is not None and key.fingerprint in self.view.known_fingerprints
        if owner is not None and not known and not same_person(owner.name, self.view.supervisor):
            warnings.append(
                self.tr(
                    "Forespørselen er til %1, men denne datafilen tilhører %2. Et svar herfra "
                    "blir avvist hos studenten."
                )
                .replace("%1", self.view.supervisor)
                .replace("%2", owner.name)
            )
        earlier = services.signing_files.earlier_answer(data)
        if earlier is not None:
            warnings.append(
                self.tr(
                    "Du har allerede svart på denne forespørselen %1 (%2 signert, %3 avvist). "
                    "Et nytt svar erstatter det i din logg."
                )
                .replace("%1", units.format_date(earlier.decided_at.astimezone().date()))
                .replace("%2", str(earlier.signed))
                .replace("%3", str(earlier.rejected))
            )
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        layout.addWidget(self.warning)
        head = QLabel(
            choose(
                self.tr("%1 ber deg bekrefte %2 veiledningsmøte. Fjern haken og skriv en "
                        "kommentar hvis du ikke kan bekrefte det. Alt i tabellen er det du "
                        "signerer."),
                self.tr("%1 ber deg bekrefte %2 veiledningsmøter. Fjern haken og skriv en "
                        "kommentar for møter du ikke kan bekrefte. Alt i tabellen er det du "
                        "signerer."),
                len(self.view.items),
            )
            .replace("%1", self.view.student)
            .replace("%2", str(len(self.view.items)))
        )  # fmt: skip
        head.setWordWrap(True)
        layout.addWidget(head)
        layout.addWidget(self._table(), 1)
        layout.addLayout(self._key_form(key is None, key.readable if key else ""))
        self.message = self.general_message
        layout.addWidget(self.message)
        self.buttons = ok_cancel(self, self.tr("Signer og lagre svar"))
        layout.addWidget(self.buttons)

    def _table(self) -> QTableWidget:
        self.table = QTableWidget(len(self.view.items), 7)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, not walks its cells
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Godkjent"),
                self.tr("Dato"),
                self.tr("Form"),
                self.tr("Varighet"),
                self.tr("Deltakere"),
                self.tr("Tema"),
                self.tr("Kommentar"),
            ]
        )
        for row, item in enumerate(self.view.items):
            p = item.payload
            check = QTableWidgetItem("")
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, APPROVED, check)
            cells = {
                DATE: units.format_date(p.date),
                FORM: form_label(p.form),
                MINUTES: units.format_duration(p.minutes),
                GROUP: str(p.group_size),
                TOPIC: p.topic,
            }
            for col, text in cells.items():
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, cell)
            self.table.setItem(row, COMMENT, QTableWidgetItem(""))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        return self.table

    def _key_form(self, new_key: bool, readable: str) -> QFormLayout:
        form = QFormLayout()
        self.new_key = new_key
        self.key_label = QLabel(
            self.tr(
                "Ingen nøkkel ennå: velg en passordfrase (minst 8 tegn) og skriv den to ganger."
            )
            if new_key
            else self.tr("Fingeravtrykk: %1").replace("%1", readable)
        )
        self.key_label.setWordWrap(True)
        form.addRow(self.tr("Din nøkkel"), self.key_label)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passordfrase"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if new_key:
            form.addRow(self.tr("Gjenta passordfrasen"), self.confirm)
        else:
            self.confirm.hide()
        return form

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        """A cell of the table (every row is filled when built)."""
        item = self.table.item(row, col)
        assert item is not None
        return item

    def cell_text(self, row: int, col: int) -> str:
        return self._cell(row, col).text()

    def set_approved(self, row: int, approved: bool, comment: str = "") -> None:
        state = Qt.CheckState.Checked if approved else Qt.CheckState.Unchecked
        self._cell(row, APPROVED).setCheckState(state)
        self._cell(row, COMMENT).setText(comment)

    def rejections(self) -> dict[str, str]:
        out = {}
        for row, item in enumerate(self.view.items):
            if self._cell(row, APPROVED).checkState() != Qt.CheckState.Checked:
                out[item.session_id] = self._cell(row, COMMENT).text()
        return out

    def collect(self) -> ReviewAnswer | None:
        passphrase = self.passphrase.text()
        if self.new_key and self.confirm.text() != passphrase:
            self.message.show_error(self.tr("Passordfrasene er ikke like."))
            return None
        return ReviewAnswer(self.rejections(), passphrase, self.new_key)

    def accept(self) -> None:
        """Hand the answer over; once it is, the passphrase leaves the fields, signed or not."""
        answer = self.collect()
        if answer is None:
            return
        try:
            self.submitted.emit(answer)
        finally:
            self.passphrase.clear()
            self.confirm.clear()


def review_dialog(
    services: Services, data: bytes, out_path: Path, parent: QWidget | None = None
) -> ReviewRequestDialog:
    """The review dialog, its answer signed and written to ``out_path`` by the service (the
    save dialog that chose the path has asked before replacing a file)."""
    dialog = ReviewRequestDialog(services, data, out_path, parent)
    out = Path(out_path)

    def sign(answer: ReviewAnswer) -> Path:
        services.signing_files.sign_request(
            data,
            answer.passphrase,
            answer.rejections,
            create_key=answer.new_key,
            out=out,
            overwrite=True,
        )
        return out

    persist(dialog, sign)
    return dialog


def _html(text: str) -> str:
    return escape(text)
