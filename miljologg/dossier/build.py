"""``build_dossier``: the one call the CLI and the GUI make to write a dossier."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from miljologg.core.i18n import Language, current_language
from miljologg.core.i18n import language as speaking
from miljologg.dossier.content import collect
from miljologg.dossier.renderer import PROGRESS_TOTAL, DossierRenderer

if TYPE_CHECKING:
    from miljologg.services.app import Services


@dataclass(frozen=True)
class DossierInfo:
    """What was written: where, how many pages, and the id printed on every page."""

    path: Path
    pages: int
    document_id: str


def build_dossier(
    services: Services,
    out: Path,
    scheme_id: str | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    progress: Callable[[int, int], None] | None = None,
    env: Mapping[str, str] | None = None,
    language: Language | None = None,
) -> DossierInfo:
    """Write the approval dossier for the open data file to ``out`` (atomically).

    ``progress(done, total)`` is called from the calling thread as work proceeds; it must be
    cheap. ``env`` (default ``os.environ``) may hold ``SOURCE_DATE_EPOCH``, the time to write as
    the creation date instead of now, for reproducible builds.

    ``language`` (nb, nn or en; default the app's) is the language the pages are written in, and
    the input records it, so ``verify-dossier`` remakes them in it.

    Raises ``ValidationError`` for an unknown scheme, a reversed period, or a profile
    without a programme; ``OSError`` if the folder cannot be written.
    """
    if progress is not None:
        progress(0, PROGRESS_TOTAL)
    with speaking(language or current_language()):
        content = collect(services, scheme_id, period, env)
        result = DossierRenderer(content, progress).render(Path(out))
    return DossierInfo(path=Path(out), pages=result.pages, document_id=content.document_id)
