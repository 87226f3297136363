"""A profession chosen from the vocabulary, with «Annet …» revealing a text field.

The list offers the professions of ``resources/professions.toml`` and, for supervisors, the
titles («Klinisk sosionom», «Psykologspesialist»), which are a profession plus approvals: picking
one ticks those approvals in the dialog, and the service stores the profession's code with them.
A profession outside the list is typed after «Annet …»; it is kept as typed and never satisfies
a scheme's rule about a profession.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from miljologg.core.model import Approval
from miljologg.core.professions import OTHER, vocabulary

# What the «Annet …» entry stands for (its data in the combo).
_OTHER_ENTRY = OTHER


class ProfessionPicker(QWidget):
    """The list (``combo``) and the text of «Annet …» (``other``, shown only then)."""

    changed = Signal()

    def __init__(self, *, titles: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("Ikke oppgitt"), "")
        vocab = vocabulary()
        entries: list[tuple[str, str]] = [(p.name, p.code) for p in vocab.professions]
        if titles:
            entries += [(t.name, t.name) for t in vocab.titles]
        for name, value in sorted(entries, key=lambda e: e[0].casefold()):
            self.combo.addItem(name, value)
        self.combo.addItem(self.tr("Annet …"), _OTHER_ENTRY)
        self.other = QLineEdit()
        self.other.setMaxLength(100)
        self.other.setPlaceholderText(self.tr("Skriv profesjonen"))
        self.other.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.other)
        self.combo.currentIndexChanged.connect(self._on_choice)
        self.other.textChanged.connect(self._on_text)

    def _on_choice(self) -> None:
        self.other.setVisible(self.is_other())
        self.changed.emit()

    def _on_text(self, _text: str) -> None:
        self.changed.emit()

    def is_other(self) -> bool:
        return str(self.combo.currentData() or "") == _OTHER_ENTRY

    def set_value(
        self, code: str, other: str = "", approvals: frozenset[Approval] = frozenset()
    ) -> None:
        """Select what a stored profession is: its title when its approvals make one."""
        if code == OTHER:
            self.combo.setCurrentIndex(self.combo.findData(_OTHER_ENTRY))
            self.other.setText(other)
            return
        index = self.combo.findData(code)
        for title in vocabulary().titles:
            at = self.combo.findData(title.name)
            if at >= 0 and title.profession == code and title.approvals <= approvals:
                index = at
                break
        self.combo.setCurrentIndex(max(index, 0))

    def value(self) -> tuple[str, str]:
        """What to hand the service: (a code, a title's name or «annet»; the «annet» text)."""
        data = str(self.combo.currentData() or "")
        return data, self.other.text() if data == _OTHER_ENTRY else ""

    def implied_approvals(self) -> frozenset[Approval]:
        """The approvals the chosen title stands for (none for a plain profession)."""
        found = vocabulary().lookup(str(self.combo.currentData() or ""))
        return found.approvals if found is not None else frozenset()
