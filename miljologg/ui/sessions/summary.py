"""The Veiledning page's figures: the rules engine's verdict per session and the summary line.

Nothing is added up here: ``core.figures.summarize_sessions`` sums the visible sessions and
``ProgrammeStatus.counted_ids`` says which count; this module only puts them in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from miljologg.core import figures, units
from miljologg.core.model import Log
from miljologg.core.plural import choose
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError


def judged(
    services: Services, log: Log | None = None
) -> tuple[dict[str, str], frozenset[str] | None]:
    """The rules engine's verdict on the sessions: session id → why it does not count, and the
    ids of those that count (None without a programme to judge by)."""
    try:
        status = services.status.programme_status(log=log)
    except ValidationError:  # no programme in the profile: nothing to judge against
        return {}, None
    reasons = {u.session_id: u.reason for u in status.requirement("total").uncounted}
    return reasons, status.counted_ids


def summary_text(summary: figures.SessionsSummary) -> str:
    """«3 møter (1 avlyst), 2 t 30 min, 1 t 30 min teller»: the engine's figures in words."""
    n = summary.sessions
    text = choose(
        QCoreApplication.translate("SessionsPage", "1 møte"),
        QCoreApplication.translate("SessionsPage", "%1 møter"),
        n,
    ).replace("%1", str(n))
    if summary.missed:
        missed = QCoreApplication.translate("SessionsPage", " (%1 avlyst)")
        text += missed.replace("%1", str(summary.missed))
    held = units.format_hours(summary.held_minutes)
    if summary.counted_minutes is None:  # no programme to judge by
        return f"{text}, {held}"
    counted = QCoreApplication.translate("SessionsPage", ", %1, %2 teller")
    return text + counted.replace("%1", held).replace(
        "%2", units.format_hours(summary.counted_minutes)
    )
