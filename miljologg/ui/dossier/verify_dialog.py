"""«Kontroller en dokumentasjon (PDF) …»: check a dossier page by page and its signatures.

``dossier.verify.verify_dossier`` — the same check as ``miljologg verify-dossier`` — makes the
dossier again from the input attached to it and compares every page, checks every signature and
recomputes the signed totals with the rules engine: about half a second for the demo dossier,
as long as making it for a long log. So it runs on a ``QThreadPool`` worker like the dossier
build, and the report comes back through a queued signal. ``ReportDialog`` shows the verdict
(green «Alt stemmer»; amber when another layout drew the PDF and only its text and figures could
be compared; red for problems or a file that is no PDF) and every line that was checked, as
selectable text so it can be copied into an e-mail.
"""

from __future__ import annotations

import gc
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from miljologg.core.plural import choose
from miljologg.dossier.verify import DossierReport
from miljologg.ui.widgets import file_chooser
from miljologg.ui.widgets.common import norwegian_buttons, open_dialog
from miljologg.ui.widgets.file_chooser import FileChooser
from miljologg.ui.widgets.page import heading
from miljologg.ui.widgets.theme import hex_color

#: The verdict's tones (``ui.widgets.theme``: a light and a dark colour each).
GREEN = "ok"
AMBER = "warning"
RED = "error"


def collect_garbage_here() -> None:
    """Collect cyclic garbage on the GUI thread before a worker starts.

    Otherwise the collector may run on the worker thread and delete dead Qt widgets there,
    which crashes Qt (seen as a segfault in ``gc`` under the dossier build).
    """
    gc.collect()


class VerifyBridge(QObject):
    """Carries the report from the worker thread to the GUI thread."""

    finished = Signal(object, object)  # Path, DossierReport


class VerifyJob(QRunnable):
    """Checks one dossier PDF off the GUI thread; always reports back through its bridge."""

    def __init__(self, path: Path, bridge: VerifyBridge) -> None:
        super().__init__()
        self._path = path
        self.bridge = bridge

    def run(self) -> None:
        from miljologg.dossier.verify import verify_dossier

        try:
            report = verify_dossier(self._path)
        except Exception as exc:  # verify_dossier should not raise; a worker must report
            text = QCoreApplication.translate("VerifyDialog", "Uventet feil: {error}")
            report = DossierReport(problems=[text.format(error=exc)])
        self.bridge.finished.emit(self._path, report)


class ReportDialog(QDialog):
    """The verdict on one dossier PDF and what was checked."""

    def __init__(self, path: Path, report: DossierReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Kontroll av dokumentasjon"))
        self.setMinimumSize(600, 380)
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("Fil: %1").replace("%1", str(path)))
        file_label.setWordWrap(True)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(file_label)
        if report.ok and report.complete:
            verdict = self.tr("Alt stemmer")
            color = GREEN
        elif report.ok:  # another layout drew it: its text and figures compared, not drawing
            verdict = self.tr("Tekst, tall og signaturer stemmer (tegningen er ikke sammenlignet)")
            color = AMBER
        elif report.bad_input is not None:
            verdict = self.tr("Filen kan ikke kontrolleres")
            color = RED
        else:
            n = len(report.problems)
            verdict = choose(self.tr("Fant %1 problem"), self.tr("Fant %1 problemer"), n)
            verdict = verdict.replace("%1", str(n))
            color = RED
        self.verdict = QLabel(verdict)
        shade = hex_color(color, self.palette())
        self.verdict.setStyleSheet(f"color: {shade}; font-size: 14pt; font-weight: 600;")
        layout.addWidget(self.verdict)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setHtml(self._html(report))
        self.details.document().setIndentWidth(18)
        layout.addWidget(self.details, 1)
        self.buttons = norwegian_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _html(self, report: DossierReport) -> str:
        parts: list[str] = []
        problems = [report.bad_input] if report.bad_input is not None else report.problems
        if problems:
            parts.append(f"<p><b>{html.escape(self.tr('Problemer'))}</b></p><ul>")
            red = hex_color(RED, self.palette())
            parts += [f'<li style="color:{red};">{html.escape(p)}</li>' for p in problems]
            parts.append("</ul>")
        if report.lines:
            parts.append(f"<p><b>{html.escape(self.tr('Dette ble kontrollert'))}</b></p><ul>")
            parts += [f"<li>{html.escape(line)}</li>" for line in report.lines]
            parts.append("</ul>")
        return "".join(parts)

    def text(self) -> str:
        """The verdict and details as plain text (what a user would copy)."""
        return f"{self.verdict.text()}\n{self.details.toPlainText()}"


class VerifySection(QWidget):
    """The page's «Kontroller en dokumentasjon» block: a button, a status, the worker."""

    verified = Signal(object)  # DossierReport, once its dialog is shown

    def __init__(
        self,
        pool: QThreadPool,
        chooser: FileChooser,
        start_dir: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._chooser = chooser
        self._start_dir = start_dir
        self._bridge: VerifyBridge | None = None
        self.dialog: ReportDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(heading(self.tr("Kontroller en dokumentasjon")))
        text = QLabel(
            self.tr(
                "Sjekk at hver side i en dokumentasjons-PDF er slik den ble laget, at "
                "signaturene er gyldige og at timetallene stemmer med de signerte møtene – din "
                "egen eller en du har fått tilsendt."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Kontroller en dokumentasjon (PDF) …"))
        self.status = QLabel()
        row.addWidget(self.button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.button.clicked.connect(lambda: self.verify_pdf())

    def verify_pdf(self, path: Path | None = None) -> None:
        """Ask for a dossier PDF (unless given) and check it on a worker thread."""
        if self._bridge is not None:
            return
        if path is None:
            chosen = self._chooser(self, file_chooser.DOSSIER_TO_CHECK, self._start_dir())
            if not chosen:
                return
            path = Path(chosen)
        # Parented, so the worker dropping its reference never deletes it off the GUI thread.
        self._bridge = bridge = VerifyBridge(self)
        bridge.finished.connect(self._on_verified)
        self.button.setEnabled(False)
        self.status.setText(self.tr("Kontrollerer …"))
        collect_garbage_here()
        self._pool.start(VerifyJob(path, bridge))

    def _on_verified(self, path: Path, report: DossierReport) -> None:
        if self._bridge is not None:
            self._bridge.deleteLater()
        self._bridge = None
        self.button.setEnabled(True)
        self.status.clear()
        self.dialog = ReportDialog(path, report, self.window())
        open_dialog(self.dialog)
        self.verified.emit(report)
