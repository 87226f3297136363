"""How a session's sign-off reads in a table cell: the text and the tooltip.

Kept apart from the signing dialogs so that the «Veiledning» table can show sign-offs without
importing them (the table, the sign dialog and the signing actions once imported each other).
The words are the one set in ``core.labels``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from miljologg.core import units
from miljologg.core.i18n import _
from miljologg.core.labels import SIGN_OFF_LABELS, SIGNED, SIGNED_ON_PAPER
from miljologg.core.sign_off import SignOff
from miljologg.core.signing import format_fingerprint


def sign_off_cell(off: SignOff | None) -> tuple[str, str]:
    """(cell text, tooltip) for the sign-off column; the tooltip carries the fingerprint."""
    if off is None or off.state == "unsigned":
        return SIGN_OFF_LABELS["unsigned"], ""
    if off.state == "signed":
        when = units.format_date(off.at.date()) if off.at else ""
        text = _(SIGNED_ON_PAPER if off.method == "paper" else SIGNED).format(
            date=when, signer=off.signer
        )
        tip = off.text
        if off.fingerprint:
            key = QCoreApplication.translate("Signing", "Nøkkel: %1")
            tip += "\n" + key.replace("%1", format_fingerprint(off.fingerprint))
        return text, tip
    label = SIGN_OFF_LABELS.get(off.state, off.state)
    if off.state == "void":
        return label, off.void_reason
    if off.state == "rejected":  # the supervisor's words belong in the cell, not only the tip
        return f"{label}: {off.comment}", off.text
    return label, off.text
