"""Attendance per gathering day: present, partly present (minutes) or absent with a reason."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from miljologg.core.i18n import _
from miljologg.core.model import Attendance, AttendanceStatus
from miljologg.core.programmes import Programme
from miljologg.core.units import format_date
from miljologg.db.models import AttendanceRow, new_id
from miljologg.services import records, validation
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Context
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileService


class AttendanceService:
    """Register attendance for one day or a whole gathering in one transaction."""

    def __init__(self, ctx: Context, profile: ProfileService) -> None:
        self._ctx = ctx
        self._profile = profile

    def list(self) -> tuple[Attendance, ...]:
        return self._ctx.all(select(AttendanceRow).order_by(AttendanceRow.day), records.attendance)

    def set(
        self,
        day: dt.date,
        status: AttendanceStatus,
        minutes_present: int | None = None,
        reason: str = "",
    ) -> Attendance:
        return self.set_many([day], status, minutes_present, reason)[0]

    def set_many(
        self,
        days: Sequence[dt.date],
        status: AttendanceStatus,
        minutes_present: int | None = None,
        reason: str = "",
    ) -> builtins.list[Attendance]:
        """Same registration for several days (a whole gathering in one click)."""
        programme = self._require_programme()
        status = AttendanceStatus(status)
        reason = validation.text("reason", _("Begrunnelse"), reason, max_len=500)
        out = []
        with self._ctx.write() as s:
            audit = AuditWriter(s, self._ctx.now())
            for day in days:
                minutes = _check(programme, day, status, minutes_present, self._ctx.today())
                row = s.execute(select(AttendanceRow).where(AttendanceRow.day == day)).scalar()
                action = "update"
                if row is None:
                    row = AttendanceRow(id=new_id(), day=day, created_at=self._ctx.now())
                    s.add(row)
                    action = "create"
                row.status = status.value
                row.minutes_present = minutes
                row.reason = "" if status is AttendanceStatus.PRESENT else reason
                row.updated_at = self._ctx.now()
                audit.record(action, row)
                out.append(records.attendance(row))
        return out

    def clear(self, day: dt.date) -> None:
        """Remove a registration (back to «ikke registrert»)."""
        with self._ctx.write() as s:
            row = s.execute(select(AttendanceRow).where(AttendanceRow.day == day)).scalar()
            if row is not None:
                AuditWriter(s, self._ctx.now()).record("delete", row)
                s.delete(row)

    def _require_programme(self) -> Programme:
        programme = self._profile.programme()
        if programme is None:
            raise ValidationError("programme_id", _("Profilen har ikke noe studieprogram."))
        return programme


def _check(
    programme: Programme,
    day: dt.date,
    status: AttendanceStatus,
    minutes: int | None,
    today: dt.date,
) -> int | None:
    teaching = programme.teaching_day(day)
    if teaching is None:
        raise ValidationError(
            "date", _("{date} er ikke en samlingsdag i programmet.").format(date=format_date(day))
        )
    if day > today and status is not AttendanceStatus.ABSENT:
        raise ValidationError("date", _("Oppmøte kan ikke registreres før dagen har vært."))
    if status is AttendanceStatus.PARTIAL:
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise ValidationError("minutes", _("Oppgi hvor mange minutter du var til stede."))
        if not 1 <= minutes < teaching.planned_minutes:
            raise ValidationError(
                "minutes",
                _("Delvis oppmøte må være mellom 1 og {n} minutter.").format(
                    n=teaching.planned_minutes - 1
                ),
            )
        return minutes
    return None
