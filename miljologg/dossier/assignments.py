"""Section 6, written assignments: title, due date, handed in, approved, note."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from miljologg.core.i18n import _
from miljologg.core.rules import AssignmentsResult
from miljologg.core.units import format_date
from miljologg.dossier.content import DossierContent, esc
from miljologg.dossier.styles import Styles, data_table


def counts(asg: AssignmentsResult) -> str:
    """«2 godkjent, 3 levert av 4; 1 over fristen»: one wording for the summary's row and this
    section's opening line, so the two never tell the same figures differently."""
    text = _("{approved} godkjent, {handed_in} levert av {total}").format(
        approved=asg.approved, handed_in=asg.handed_in, total=asg.total
    )
    if asg.overdue:
        text += _("; {count} over fristen").format(count=len(asg.overdue))
    return text


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    asg = c.status.assignments
    flow = st.section(_("Arbeidskrav"), counts(asg) + ".")
    items = sorted(c.log.assignments, key=lambda a: (a.due_date, a.title))
    if not items:
        flow += [Paragraph(_("Ingen arbeidskrav er ført."), st.body), PageBreak()]
        return flow
    overdue = set(asg.overdue)
    data: list[list[Any]] = [
        [_("Arbeidskrav"), _("Frist"), _("Levert"), _("Godkjent"), _("Merknad")]
    ]
    for a in items:
        note = esc(a.note)
        if a.id in overdue:
            note = _("<b>Over fristen.</b> ") + note
        data.append(
            [
                Paragraph(esc(a.title), st.cell),
                format_date(a.due_date),
                format_date(a.handed_in) if a.handed_in else "–",
                format_date(a.approved) if a.approved else "–",
                Paragraph(note, st.cell),
            ]
        )
    w = st.content_width
    widths = [0.0, 21 * mm, 21 * mm, 21 * mm, 45 * mm]
    widths[0] = w - sum(widths)
    flow += [data_table(data, widths), PageBreak()]
    return flow
