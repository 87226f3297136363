"""Section 5, attendance: every gathering and teaching day with planned and present hours.

Each row shows the day as the rules engine sees it (``AttendanceResult.days``): as registered
(present, partly present with minutes, absent with the reason) or still open. The figures are
the rules engine's, printed above the table.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from miljologg.core.figures import teaching_days_until
from miljologg.core.i18n import N_, _
from miljologg.core.labels import ATTENDANCE_LABELS
from miljologg.core.model import AttendanceStatus
from miljologg.core.rules import DayState
from miljologg.core.units import format_date, format_hours, weekday_name
from miljologg.dossier.content import DossierContent, esc
from miljologg.dossier.styles import Styles, data_table
from miljologg.dossier.summary import attendance_result

#: How a day still open reads in the table (a registered day shows its registration).
OPEN_LABELS = {
    DayState.UNREGISTERED: N_("Ikke registrert"),
    DayState.TODAY: N_("I dag, ikke registrert"),
    DayState.UPCOMING: N_("Kommende"),
}


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    att = c.status.attendance
    flow: list[Flowable] = [Paragraph(_("Oppmøte på samlingene"), st.h1)]
    flow.append(
        Paragraph(
            _(
                "Oppmøte: <b>{result}</b>; kravet er minst {percent}. En dag som ikke er "
                "registrert, regnes verken som oppmøte eller fravær; undervisningstimer er "
                "klokketimer."
            ).format(result=esc(attendance_result(c)), percent=c.percent(att.required_percent)),
            st.body,
        )
    )
    # Attendance is cumulative: every teaching day from the start up to the period's end.
    days = teaching_days_until(att, c.period[1])
    if not days:
        flow += [Paragraph(_("Ingen samlingsdager i perioden."), st.body), PageBreak()]
        return flow
    gathering_no = {g.id: i + 1 for i, g in enumerate(c.programme.gatherings)}
    data: list[list[Any]] = [
        [_("Samling"), _("Dato"), _("Planlagt"), _("Til stede"), _("Status"), _("Merknad")]
    ]
    for day in days:
        if day.state.registered:
            status = ATTENDANCE_LABELS[AttendanceStatus(day.state.value)]
            present = format_hours(day.present_minutes)
        else:
            status, present = _(OPEN_LABELS[day.state]), "–"
        no = gathering_no.get(day.gathering_id)
        data.append(
            [
                _("{no}. samling").format(no=no) if no else "–",
                f"{weekday_name(day.date)[:3]}. {format_date(day.date)}",
                format_hours(day.planned_minutes),
                present,
                status,
                Paragraph(esc(day.reason) or "", st.cell),
            ]
        )
    w = st.content_width
    widths = [21 * mm, 29 * mm, 17 * mm, 18 * mm, 27 * mm, 0.0]
    widths[-1] = w - sum(widths)
    flow += [data_table(data, widths, right_cols=(2, 3)), PageBreak()]
    return flow
