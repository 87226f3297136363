"""Writing a dossier off the GUI thread: the ``QThreadPool`` job and its signal adapter.

The dossier code knows no Qt: it reports progress through a plain callback, which
``ProgressBridge`` turns into queued signals, so widgets are only touched on the GUI thread.
Whatever goes wrong, the job reports back (``failed`` with a sentence), never silently.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from miljologg import os_errors
from miljologg.core.i18n import Language
from miljologg.db.failures import explain
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError

log = logging.getLogger(__name__)


class ProgressBridge(QObject):
    """Turns the dossier's plain callbacks (called on the worker thread) into signals."""

    progress = Signal(int, int)
    finished = Signal(object)  # DossierInfo
    failed = Signal(str)

    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)


class DossierJob(QRunnable):
    """Writes one dossier off the GUI thread; reports only through its bridge's signals."""

    def __init__(
        self,
        services: Services,
        out: Path,
        scheme_id: str | None,
        period: tuple[dt.date, dt.date] | None,
        bridge: ProgressBridge,
        language: Language | None = None,
    ) -> None:
        super().__init__()
        self._args = (services, out, scheme_id, period, language)
        self.bridge = bridge

    def run(self) -> None:
        services, out, scheme_id, period, language = self._args
        try:
            from miljologg.dossier import build_dossier  # reportlab only when a PDF is made

            info = build_dossier(
                services, out, scheme_id, period, progress=self.bridge.report, language=language
            )
        except ValidationError as exc:
            self.bridge.failed.emit(exc.message)
        except OSError as exc:
            text = QCoreApplication.translate("DossierPage", "Kunne ikke skrive filen: {error}")
            self.bridge.failed.emit(text.format(error=os_errors.reason(exc)))
        except Exception as exc:  # a worker must always report back, whatever went wrong
            explained = explain(exc)  # SQLite's English («disk I/O error») said in Norwegian
            if explained is not None:
                self.bridge.failed.emit(str(explained))
            else:  # the type names it for a bug report; its text may be English, or the log's
                log.error("dossier failed", exc_info=True)
                text = QCoreApplication.translate("DossierPage", "Uventet feil: {error}")
                self.bridge.failed.emit(text.format(error=type(exc).__name__))
        else:
            self.bridge.finished.emit(info)
