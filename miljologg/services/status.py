"""Progress as the rules engine sees it: the one source of every number the app shows."""

from __future__ import annotations

import datetime as dt

from miljologg.core import rules
from miljologg.core.i18n import _
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
        self._log: tuple[int, Log] | None = None
        self._status: tuple[int, dt.date, rules.ProgrammeStatus] | None = None

    def log(self) -> Log:
        """The whole log; read once per change, since every page and the dashboard ask for it."""
        if self._log is None or self._log[0] != self._ctx.version:
            version = self._ctx.version
            with self._ctx.read() as s:
                self._log = (version, records.load_log(s))
        return self._log[1]

    def programme_status(
        self, today: dt.date | None = None, log: Log | None = None
    ) -> rules.ProgrammeStatus:
        programme = self._profile.programme()
        if programme is None:
            raise ValidationError("programme_id", _("Profilen har ikke noe studieprogram."))
        day = today or self._ctx.today()
        if log is not None:
            return rules.evaluate_programme(log, programme, day)
        cached = self._status
        if cached is not None and cached[0] == self._ctx.version and cached[1] == day:
            return cached[2]
        version = self._ctx.version
        result = rules.evaluate_programme(self.log(), programme, day)
        self._status = (version, day, result)
        return result

    def scheme_status(
        self, scheme_id: str, today: dt.date | None = None, log: Log | None = None
    ) -> rules.SchemeStatus:
        scheme = bundled_schemes().get(scheme_id)
        if scheme is None:
            raise ValidationError(
                "scheme", _("Ukjent godkjenningsordning «{scheme}».").format(scheme=scheme_id)
            )
        return rules.evaluate_scheme(
            log if log is not None else self.log(),
            scheme,
            today or self._ctx.today(),
            self._profile.programme(),
        )

    def verify_audit(self) -> AuditReport:
        """The chain and its records only (``audit verify`` adds the anchors:
        ``Services.anchors.verify``)."""
        with self._ctx.read() as s:
            return verify(s)
