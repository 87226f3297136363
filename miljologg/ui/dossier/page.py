"""Dokumentasjon: choose a scheme and a period, preview what the dossier holds, save the PDF.

The preview and the problems come from the rules engine (through ``dossier.content.collect``,
which asks ``services.status``; the list itself is ``preview.py``). Writing the PDF takes from a
fraction of a second to several seconds for a very long log, so it runs on a ``QThreadPool``
worker (``job.py``): a small QObject adapter turns the dossier's plain progress callback into
queued signals, so the dossier code never imports Qt and widgets are only touched on the GUI
thread. «Kontroller en dokumentasjon (PDF) …»
checks a dossier PDF on the same pool (``verify_dialog.VerifySection``).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from miljologg.core.i18n import ENDONYMS, LANGUAGES, Language, current_language, is_language
from miljologg.core.programmes import bundled_schemes
from miljologg.core.units import format_date
from miljologg.dossier.content import collect
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.ui.dossier.job import DossierJob, ProgressBridge
from miljologg.ui.dossier.preview import preview_html
from miljologg.ui.dossier.scheme_info import SchemeInfo
from miljologg.ui.dossier.verify_dialog import VerifySection, collect_garbage_here
from miljologg.ui.widgets import file_chooser
from miljologg.ui.widgets.date_field import DateField
from miljologg.ui.widgets.file_chooser import FileChooser, choose_file
from miljologg.ui.widgets.page import ServicesWidget, heading
from miljologg.ui.widgets.theme import set_tone

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from miljologg.dossier.build import DossierInfo


class DossierPage(ServicesWidget):
    """The «Dokumentasjon» page; see the module docstring (it never writes to the data file)."""

    finished = Signal(object)  # DossierInfo, after a PDF was written
    failed = Signal(str)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        chooser: FileChooser = choose_file,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(services, parent)
        self._chooser = chooser
        self._pool = pool or QThreadPool.globalInstance()
        self._bridge: ProgressBridge | None = None
        self._last: DossierInfo | None = None
        self.verify = VerifySection(self._pool, chooser, self._last_dir, self)
        self._build()
        self.refresh()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        # The page scrolls: at 1024×600 its preview and the list of what the dossier holds
        # were cut off mid-line with no way to reach them.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        content = QWidget()
        self.scroll_area.setWidget(content)
        root = QVBoxLayout(content)
        root.setContentsMargins(24, 20, 24, 20)
        root.setSpacing(12)
        root.addWidget(heading(self.tr("Dokumentasjon"), title=True))
        intro = QLabel(
            self.tr(
                "Lag en PDF som en godkjenningskomité kan lese og kontrollere: sammendrag, "
                "veiledningslogg, én attest per veileder, oppmøte, arbeidskrav og dine "
                "erklæringer (loggen er riktig og fullstendig, og taushetsplikt). PDF-en har "
                "med seg grunnlaget, så hver side kan kontrolleres."
            )
        )
        intro.setWordWrap(True)
        root.addWidget(intro)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.scheme = QComboBox()
        self.scheme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scheme.addItem(self.tr("Bare studieprogrammet"), None)
        for sid, scheme in sorted(bundled_schemes().items(), key=lambda kv: kv[1].organisation):
            text = f"{scheme.organisation}: {scheme.name}"
            if not scheme.verified:
                text += " " + self.tr("(ikke verifisert)")
            self.scheme.addItem(text, sid)
        form.addRow(self.tr("Godkjenningsordning"), self.scheme)
        # The committee's language, not necessarily the app's: each named in itself.
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(ENDONYMS[lang], lang)
        self.language.setCurrentIndex(LANGUAGES.index(current_language()))
        form.addRow(self.tr("Språk i dokumentasjonen"), self.language)

        period_row = QHBoxLayout()
        period_row.setSpacing(8)
        self.limit = QCheckBox(self.tr("Bare perioden"))
        self.start = DateField()
        self.end = DateField()
        for edit in (self.start, self.end):
            edit.setEnabled(False)
        period_row.addWidget(self.limit)
        period_row.addWidget(self.start)
        period_row.addWidget(QLabel(self.tr("til")))
        period_row.addWidget(self.end)
        period_row.addStretch(1)
        form.addRow(self.tr("Periode"), period_row)
        root.addLayout(form)
        # The chosen scheme as the union writes it: verdicts, quoted sources, prerequisites.
        self.scheme_info = SchemeInfo(self._services)
        self.scheme_info.hide()
        root.addWidget(self.scheme_info)

        included = QLabel(self.tr("Dette kommer med"))
        included.setStyleSheet("font-weight: 600; margin-top: 6px;")
        root.addWidget(included)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        root.addWidget(self.preview)

        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Lagre PDF…"))
        self.open_button = QPushButton(self.tr("Åpne PDF"))
        self.open_button.hide()
        actions.addWidget(self.save_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        root.addLayout(actions)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        root.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        root.addWidget(self.message)
        root.addWidget(self.verify)
        root.addStretch(1)

        self.scheme.currentIndexChanged.connect(self.refresh)
        self.scheme_info.changed.connect(self.refresh)
        self.limit.toggled.connect(self._limit_toggled)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_pdf)

    # -- page contract ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the preview from the services (and the rules engine)."""
        programme = self._services.profile.programme()
        if programme is not None and not self.limit.isChecked():
            for edit, day in ((self.start, programme.start), (self.end, programme.end)):
                edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(False)
        self.scheme_info.show_scheme(self.scheme_id())
        try:
            content = collect(self._services, self.scheme_id(), self.period())
        except ValidationError as exc:  # also a period field that holds no date yet
            self.preview.setText(html.escape(exc.message))
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(self._bridge is None)
        self.preview.setText(preview_html(content, self.palette()))

    def select(self, record_id: str) -> None:
        """Nothing on this page shows single records; present for the page contract."""

    # -- state --------------------------------------------------------------------------------

    def dossier_language(self) -> Language:
        """The language chosen for the PDF (the app's unless changed)."""
        value = self.language.currentData()
        return value if is_language(value) else current_language()

    def scheme_id(self) -> str | None:
        data = self.scheme.currentData()
        return str(data) if data else None

    def period(self) -> tuple[dt.date, dt.date] | None:
        """The chosen period, or None for all; ValidationError while a field holds no date."""
        if not self.limit.isChecked():
            return None
        start, end = self.start.date(), self.end.date()
        if start is None or end is None:
            raise ValidationError(
                "period",
                self.tr("Skriv periodens første og siste dato, for eksempel %1.").replace(
                    "%1", format_date(dt.date(2025, 1, 1))
                ),
            )
        return start, end

    def _period_fields(self) -> list[DateField]:
        return [self.start, self.end] if self.limit.isChecked() else []

    def _limit_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.refresh()

    # -- saving -------------------------------------------------------------------------------

    def _suggested_path(self) -> str:
        profile = self._services.profile.get()
        name = (profile.name if profile else "").replace(" ", "-") or "student"
        today = self._services.ctx.today()
        return str(Path.home() / f"Veiledningsdokumentasjon-{name}-{today.isoformat()}.pdf")

    def save_pdf(self) -> None:
        """Ask where to save, then write the PDF on a worker thread."""
        if self._bridge is not None or not all(f.check() for f in self._period_fields()):
            return
        path = self._chooser(self, file_chooser.DOSSIER, self._suggested_path())
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        self.start_job(out)

    def start_job(self, out: Path) -> None:
        bridge = ProgressBridge()
        bridge.progress.connect(self._on_progress)
        bridge.finished.connect(self._on_finished)
        bridge.failed.connect(self._on_failed)
        self._bridge = bridge
        self.save_button.setEnabled(False)
        self.open_button.hide()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        set_tone(self.message, None)
        self.message.setText(self.tr("Lager PDF …"))
        job = DossierJob(
            self._services, out, self.scheme_id(), self.period(), bridge, self.dossier_language()
        )
        collect_garbage_here()
        self._pool.start(job)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _on_finished(self, info: DossierInfo) -> None:
        self._bridge = None
        self._last = info
        self.progress.hide()
        self.save_button.setEnabled(True)
        self.open_button.show()
        self.message.setText(
            self.tr("Lagret {path} ({pages} sider, dokument-ID {id}).").format(
                path=str(info.path), pages=info.pages, id=info.document_id
            )
        )
        self.finished.emit(info)

    def _on_failed(self, message: str) -> None:
        self._bridge = None
        self.progress.hide()
        self.save_button.setEnabled(True)
        set_tone(self.message, "error")
        self.message.setText(message)
        self.failed.emit(message)

    def _last_dir(self) -> str:
        return str(self._last.path.parent if self._last else Path.home())

    def open_pdf(self) -> None:
        if self._last is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last.path)))
