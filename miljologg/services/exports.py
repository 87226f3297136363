"""Exports for the programs people use: CSV for LibreOffice/Excel, iCalendar for calendars.

CSV follows what a spreadsheet with Norwegian settings expects when a file is double-clicked:
semicolon separators (the comma is the decimal sign), UTF-8 with a byte-order mark (or Excel
guesses the wrong encoding and ruins æøå), dates as dd.mm.åååå and decimal commas. A session's
length is the number of minutes (a number to sum) and the duration as the app writes it
(«1 t 15 min»): exact, where decimal hours would round a 20-minute session to «0,33».

The words follow the app's language, the column headers with them: nothing reads these files
back (the log moves as JSON, ``services/transfer``), and a header in another language than its
cells helps nobody. What a formula or a script relies on stays the same in every language: the
columns and their order, the separator, the encoding, dates as dd.mm.åååå, times as hh:mm,
minutes as whole numbers and the session's id.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

import miljologg
from miljologg import fs
from miljologg.core.i18n import N_, _
from miljologg.core.labels import (
    ATTENDANCE_LABELS,
    FORM_LABELS,
    SESSION_STATUS_LABELS,
    SIGN_OFF_LABELS,
)
from miljologg.core.model import Log
from miljologg.core.programmes import Programme
from miljologg.core.rules_attendance import evaluate_attendance
from miljologg.core.sign_off import SignOff
from miljologg.core.units import format_hours
from miljologg.services import records
from miljologg.services.context import Context
from miljologg.services.signing import SigningService

OSLO = ZoneInfo("Europe/Oslo")


def _date(d: dt.date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""  # i18n: keep (the CSV's date column, see above)


#: What a spreadsheet reads as the start of a formula (OWASP, «CSV Injection»): «=», «+», «-»,
#: «@», and a tab or carriage return, which LibreOffice and Excel skip before looking again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A number as this module writes one (minutes, a group size): left as a number.
_NUMBER = re.compile(r"-?\d+(?:,\d+)?")


def spreadsheet_cell(value: str) -> str:
    """``value`` as a cell a spreadsheet shows as text, never runs as a formula.

    A topic «=HYPERLINK("http://…";"klikk")» became a live link in LibreOffice and «=1+1» a
    sum; OWASP's cure is a leading apostrophe, so the text is kept and visibly marked. A
    plain number is not a formula and stays a number (sums over the minutes column still work).
    """
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([spreadsheet_cell(cell) for cell in header])
    writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
    fs.write_text(path, buf.getvalue(), encoding="utf-8-sig", newline="")


class ExportService:
    """Files for other programs: the sessions and the attendance as CSV, the gatherings as ICS."""

    def __init__(self, ctx: Context, signing: SigningService) -> None:
        self._ctx = ctx
        self._signing = signing

    def sessions_csv(self, path: Path) -> int:
        """All sessions, one row each, with the sign-off as the app shows it (a rejection with
        the supervisor's comment); returns the number of rows."""
        with self._ctx.read() as s:
            log = records.load_log(s)
        return _sessions_csv(log, self._signing.sign_offs(checked=True), path)

    def attendance_csv(self, programme: Programme, path: Path) -> int:
        """Every teaching day of the programme with its registration (blank when none)."""
        with self._ctx.read() as s:
            log = records.load_log(s)
        return _attendance_csv(log, programme, path, self._ctx.today())

    def gatherings_ics(self, programme: Programme, path: Path) -> int:
        """Each teaching day as a calendar event in Europe/Oslo time; returns the event count."""
        return _gatherings_ics(programme, path)


#: The columns of the two CSV files, in their order (translated when written).
SESSION_HEADER = (
    N_("Dato"),
    N_("Starttid"),
    N_("Minutter"),
    N_("Varighet"),
    N_("Form"),
    N_("Veileder"),
    N_("Gruppestørrelse"),
    N_("Tema"),
    N_("Status"),
    N_("Signering"),
    N_("Id"),
)
ATTENDANCE_HEADER = (
    N_("Dato"),
    N_("Samling"),
    N_("Planlagte minutter"),
    N_("Oppmøte"),
    N_("Minutter til stede"),
    N_("Begrunnelse"),
)


def _sessions_csv(log: Log, offs: Mapping[str, SignOff], path: Path) -> int:
    names = {x.id: x.name for x in log.supervisors}
    rows = [
        [
            _date(x.date),
            x.start_time.strftime("%H:%M") if x.start_time else "",
            str(x.minutes),
            format_hours(x.minutes),
            FORM_LABELS[x.form],
            names.get(x.supervisor_id, ""),
            str(x.group_size),
            x.topic,
            SESSION_STATUS_LABELS[x.status],
            offs[x.id].text if x.id in offs else SIGN_OFF_LABELS["unsigned"],
            x.id,
        ]
        for x in log.sessions
    ]
    _write_csv(path, [_(h) for h in SESSION_HEADER], rows)
    return len(rows)


def _attendance_csv(log: Log, programme: Programme, path: Path, today: dt.date) -> int:
    """The minutes present are the rules engine's (``DayResult.present_minutes``: a partial day
    at most its planned minutes), so the column adds up to what every page says."""
    by_day = {a.date: a for a in log.attendance}
    judged = {d.date: d for d in evaluate_attendance(log, programme, today).days}
    rows = []
    for day in programme.teaching_days():
        reg = by_day.get(day.date)
        present = str(judged[day.date].present_minutes) if reg is not None else ""
        rows.append(
            [
                _date(day.date),
                day.gathering_id,
                str(day.planned_minutes),
                ATTENDANCE_LABELS[reg.status] if reg else _("Ikke registrert"),
                present,
                reg.reason if reg else "",
            ]
        )
    _write_csv(path, [_(h) for h in ATTENDANCE_HEADER], rows)
    return len(rows)


def _gatherings_ics(programme: Programme, path: Path) -> int:
    from icalendar import Calendar, Event

    cal = Calendar()
    version = miljologg.version()
    cal.add("prodid", f"-//miljologg//miljologg {version} samlinger//NO")  # i18n: keep (an id)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _("{programme} – samlinger").format(programme=programme.name))
    cal.add("x-wr-timezone", "Europe/Oslo")
    stamp = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # fixed: the same programme gives the same file
    count = 0
    for day in programme.teaching_days():
        event = Event()
        event.add("uid", f"{programme.id}-{day.date.isoformat()}@miljologg")
        event.add("dtstamp", stamp)
        event.add("summary", _("Samling – {programme}").format(programme=programme.name))
        event.add("dtstart", dt.datetime.combine(day.date, day.start, OSLO))
        event.add("dtend", dt.datetime.combine(day.date, day.end, OSLO))
        event.add(
            "description",
            _("Undervisning {start}–{end}.").format(
                start=f"{day.start:%H:%M}", end=f"{day.end:%H:%M}"
            ),
        )
        cal.add_component(event)
        count += 1
    cal.add_missing_timezones()
    fs.write_bytes(path, cal.to_ical())
    return count
