"""``attendance set``: present, partly present or absent on one gathering day."""

from __future__ import annotations

from miljologg.cli.common import parse_date, whole_number
from miljologg.cli.table import Call, CommandTable
from miljologg.core.i18n import _
from miljologg.core.model import AttendanceStatus


def register(table: CommandTable) -> None:
    table.group("attendance", help=_("oppmøte"))
    aset = table.writer("attendance set", _set, _("registrer oppmøte for en samlingsdag"))
    aset.add_argument("--date", required=True)
    how = aset.add_mutually_exclusive_group(required=True)
    how.add_argument("--present", action="store_true")
    how.add_argument("--absent", action="store_true")
    how.add_argument("--minutes", type=whole_number, help=_("delvis til stede: antall minutter"))
    aset.add_argument("--reason", default="")


def _set(call: Call) -> int:
    a = call.args
    if a.present:
        status, minutes = AttendanceStatus.PRESENT, None
    elif a.absent:
        status, minutes = AttendanceStatus.ABSENT, None
    else:
        status, minutes = AttendanceStatus.PARTIAL, a.minutes
    call.services.attendance.set(parse_date(a.date), status, minutes, a.reason)
    return 0
