"""Progress as the rules engine sees it: the one source of every number the app shows."""

from __future__ import annotations

import datetime as dt

from miljologg.core import rules
from miljologg.core.model import Log
from miljologg.core.programmes import bundled_schemes
from miljologg.services import records
from miljologg.services.audit import AuditReport, verify
from miljologg.services.context import Context
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileService


class StatusService:
    """Reads the log once and hands it to ``core.rules``."""

    def __init__(self, ctx: Context, profile: ProfileService) -> None:
        self._ctx = ctx
        self._profile = profile

    def log(self) -> Log:
        with self._ctx.read() as s:
            return records.load_log(s)

    def programme_status(
        self, today: dt.date | None = None, log: Log | None = None
    ) -> rules.ProgrammeStatus:
        programme = self._profile.programme()
        if programme is None:
            raise ValidationError("programme_id", "Profilen har ikke noe studieprogram.")
        return rules.evaluate_programme(
            log if log is not None else self.log(), programme, today or self._ctx.today()
        )

    def scheme_status(
        self, scheme_id: str, today: dt.date | None = None, log: Log | None = None
    ) -> rules.SchemeStatus:
        scheme = bundled_schemes().get(scheme_id)
        if scheme is None:
            raise ValidationError("scheme", f"Ukjent godkjenningsordning «{scheme_id}».")
        return rules.evaluate_scheme(
            log if log is not None else self.log(), scheme, today or self._ctx.today()
        )

    def verify_audit(self) -> AuditReport:
        with self._ctx.read() as s:
            return verify(s)
