"""A session's sign-off as every view shows it: the session table, the exports, the command
line and the dossier (which keeps a frozen copy of each in its attached input).

One record for all of them, so the dossier's copy cannot drift from what the window shows.
``at`` carries the UTC offset of the computer that read it from the log: the date printed
(``text``) is the one it was on that computer, also when the dossier is checked elsewhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from miljologg.core.labels import sign_off_text
from miljologg.core.units import format_date


@dataclass(frozen=True)
class SignOff:
    """``state``: "unsigned", "signed", "void" (reopened after signing), "requested",
    "rejected" (a standing rejection: ``comment`` is the supervisor's, ``at`` when it was
    imported), "reopened" (a rejection the student reopened: ``void_reason`` is the student's
    reason, ``comment`` the supervisor's) or "invalid" (the dossier's check). ``note`` adds
    what happened since, e.g. a new request for a rejected session.
    """

    session_id: str
    state: str
    method: str = ""
    signer: str = ""
    at: dt.datetime | None = None  # with the reading computer's UTC offset
    fingerprint: str = ""
    void_reason: str = ""
    comment: str = ""
    note: str = ""

    @property
    def locked(self) -> bool:
        """Signed: nobody may sign it again, and only «Gjenåpne» opens it."""
        return self.state == "signed"

    @property
    def needs_reopen(self) -> bool:
        """Signed or rejected: the session changes only through «Gjenåpne»."""
        return self.state in ("signed", "rejected")

    @property
    def text(self) -> str:
        """Short text for a table cell or the dossier's log, in the current language."""
        when = format_date(self.at.date()) if self.at else ""
        return sign_off_text(
            self.state, when, self.method, self.signer, self.void_reason, self.comment, self.note
        )
