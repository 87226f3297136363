"""Section 5, attendance: every gathering and teaching day with planned and present hours.

Each row shows the day as registered (present, partly present with minutes, absent with the
reason). The totals and the percentage are the rules engine's, printed above the table.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from miljologg.core.i18n import _
from miljologg.core.labels import ATTENDANCE_LABELS
from miljologg.core.model import AttendanceStatus
from miljologg.core.units import format_date, format_hours, weekday_name
from miljologg.dossier.content import DossierContent, esc
from miljologg.dossier.styles import Styles, data_table


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    att = c.status.attendance
    flow: list[Flowable] = [Paragraph(_("Oppmøte på samlingene"), st.h1)]
    flow.append(
        Paragraph(
            _(
                "Oppmøte så langt: <b>{percent}</b> ({hours} av {hours2} gjennomført "
                "undervisning); kravet er minst {percent2}. Oppmøtet regnes fra "
                "studiestart; undervisningstimer er klokketimer."
            ).format(
                percent=c.percent(att.percent),
                hours=format_hours(att.present_minutes),
                hours2=format_hours(att.elapsed_planned_minutes),
                percent2=c.percent(att.required_percent),
            ),
            st.body,
        )
    )
    registered = {a.date: a for a in c.log.attendance}
    # Attendance is cumulative: every teaching day from the start up to the period's end.
    end = c.period[1]
    days = [d for d in c.programme.teaching_days() if d.date <= end]
    if not days:
        flow += [Paragraph(_("Ingen samlingsdager i perioden."), st.body), PageBreak()]
        return flow
    gathering_no = {g.id: i + 1 for i, g in enumerate(c.programme.gatherings)}
    data: list[list[Any]] = [
        [_("Samling"), _("Dato"), _("Planlagt"), _("Til stede"), _("Status"), _("Merknad")]
    ]
    for day in days:
        a = registered.get(day.date)
        if a is None:
            present = "–"
            status = _("Ikke registrert") if day.date <= c.today else _("Kommende")
            reason = ""
        else:
            status = ATTENDANCE_LABELS[a.status]
            reason = a.reason
            if a.status is AttendanceStatus.PRESENT:
                present = format_hours(day.planned_minutes)
            elif a.status is AttendanceStatus.PARTIAL:
                present = format_hours(a.minutes_present or 0)
            else:
                present = format_hours(0)
        no = gathering_no.get(day.gathering_id)
        data.append(
            [
                _("{no}. samling").format(no=no) if no else "–",
                f"{weekday_name(day.date)[:3]}. {format_date(day.date)}",
                format_hours(day.planned_minutes),
                present,
                status,
                Paragraph(esc(reason) or "", st.cell),
            ]
        )
    w = st.content_width
    widths = [21 * mm, 29 * mm, 17 * mm, 18 * mm, 27 * mm, 0.0]
    widths[-1] = w - sum(widths)
    flow += [data_table(data, widths, right_cols=(2, 3)), PageBreak()]
    return flow
