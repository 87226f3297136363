"""Section 3, the supervision log: one table per form, every session on its own row.

The header row repeats on every page; topics are Paragraphs so long ones wrap instead of being
clipped. The last column is the session's sign-off as ``services.signing.sign_offs()`` states it
(signed by whom, when and how; void after a change; requested; rejected; not signed).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from miljologg.core.i18n import N_, _, ngettext
from miljologg.core.labels import FORM_TITLES
from miljologg.core.model import Form, Session, SessionStatus
from miljologg.core.units import format_date, format_hours
from miljologg.dossier.content import (
    FORM_ORDER,
    OPTIONAL_FORMS,
    DossierContent,
    esc,
)
from miljologg.dossier.styles import Styles, cell_text, data_table

HEADER = [
    N_("Dato"),
    N_("Tid"),
    N_("Varighet"),
    N_("Veileder"),
    N_("Gruppe"),
    N_("Tema"),
    N_("Signatur"),
]


def _form_caption(c: DossierContent, form: Form) -> str:
    """The rules engine's verdict for this form, in the scheme's hours if one is chosen."""
    try:
        r = c.status.requirement(form.value)
    except (KeyError, LookupError):
        return ""
    if r is None:
        return ""
    # The programme's requirements are in clock hours, whatever scheme the dossier is for.
    text = _("Godkjent mot studieprogrammets krav: {hours}").format(
        hours=format_hours(r.counted_minutes)
    )
    if r.uncounted_minutes:
        text += _(" · teller ikke: {hours}").format(hours=format_hours(r.uncounted_minutes))
    return text + _(" (klokketimer).")


def _who(c: DossierContent, s: Session) -> str:
    """The supervisor's name; supervision the student gave has none (the student gave it)."""
    return _("Gitt av studenten") if s.form is Form.GIVEN else c.supervisor_name(s.supervisor_id)


def _sign_off(c: DossierContent, supervisor_id: str, session_id: str) -> str:
    """The sign-off text, without «av <name>» when the signer is the row's own supervisor
    (always, for now): the name is in the «Veileder» column, and rows stay two lines high.

    The words around the name are the dossier's language's, read from the same catalogue text
    ``core.labels.sign_off_text`` writes («… av Kari (…» in bokmål, «… by Kari (…» in English):
    a fixed « av » left the name in every English row."""
    template = _("Signert {date} av {signer} ({method})")
    before = template.partition("{date}")[2].partition("{signer}")[0]
    after = template.partition("{signer}")[2].partition("{method}")[0]
    name = c.supervisor_name(supervisor_id)
    return c.sign_off_text(session_id).replace(f"{before}{name}{after}", after, 1)


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    flow = st.section(
        _("Veiledningslogg"),
        _(
            "Alle førte veiledningsmøter i perioden, ordnet etter dato. Varighet er oppgitt i "
            "minutter. Avlyste møter står med, sammen med møtet som tok dem igjen. "
            "Kolonnen «Signatur» viser om veileder har signert møtet, og hvordan."
        ),
    )
    w = st.content_width
    widths = [19 * mm, 11 * mm, 16 * mm, 27 * mm, 13 * mm, 0.0, 35 * mm]
    widths[5] = w - sum(widths)
    by_id = {s.id: s for s in c.log.sessions}
    for form in FORM_ORDER:
        rows = c.sessions(form)
        if not rows and form in OPTIONAL_FORMS:
            continue
        flow.append(CondPageBreak(45 * mm))
        flow.append(
            Paragraph(
                ngettext("{value} ({count} møte)", "{value} ({count} møter)", len(rows)).format(
                    value=FORM_TITLES[form], count=len(rows)
                ),
                st.h2,
            )
        )
        caption = _form_caption(c, form)
        if caption:
            flow.append(Paragraph(esc(caption), st.note))
        if not rows:
            flow.append(Paragraph(_("Ingen møter ført i perioden."), st.body))
            continue
        data: list[list[Any]] = [[_(h) for h in HEADER]]
        for s in rows:
            topic: str | Paragraph = cell_text(s.topic or "–", widths[5])
            if s.status is SessionStatus.MISSED:
                made_up = by_id.get(s.made_up_by_id or "")
                later = (
                    _(" – tatt igjen {date}").format(date=format_date(made_up.date))
                    if made_up
                    else _(" – ikke tatt igjen")
                )
                topic = Paragraph(
                    _("<i>Avlyst{later}.</i> {topic}").format(later=later, topic=esc(s.topic)),
                    st.cell,
                )
            data.append(
                [
                    format_date(s.date),
                    s.start_time.strftime("%H:%M") if s.start_time else "–",
                    _("{minutes} min").format(minutes=s.minutes),
                    cell_text(_who(c, s), widths[3]),
                    str(s.group_size) if form.is_group or s.group_size > 1 else "–",
                    topic,
                    cell_text(
                        _sign_off(c, s.supervisor_id, s.id) if s.supervisor_id else "–", widths[6]
                    ),  # fmt: skip
                ]
            )
        flow.append(data_table(data, widths, right_cols=(2, 4)))
    flow.append(PageBreak())
    return flow
