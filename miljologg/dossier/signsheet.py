"""The paper sign sheet: one supervisor's unsigned sessions, a signature per row and at the end.

Each row carries the session's short content fingerprint (``services.paper.short_digest``), so
the scan of the signed sheet can be matched to exactly the facts that were signed, and the
first 8 characters of the session id, which ``signing paper --sessions`` accepts. Landscape A4,
the dossier's fonts; written atomically and ``invariant`` like the dossier.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from miljologg.core.i18n import N_, _
from miljologg.core.labels import form_label
from miljologg.core.model import Form
from miljologg.core.units import format_date
from miljologg.dossier.content import esc
from miljologg.dossier.numbering import NumberedCanvas
from miljologg.dossier.pdfmeta import LANGUAGE, stamp
from miljologg.dossier.snapshot import source_date
from miljologg.dossier.styles import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    Styles,
    cell_text,
    data_table,
    make_styles,
    signature_lines,
)
from miljologg.fs import write_bytes

if TYPE_CHECKING:
    from miljologg.services.app import Services
    from miljologg.services.paper import Sheet

PAGE = landscape(A4)
MARGIN = 16 * mm


@dataclass(frozen=True)
class SheetInfo:
    """What was written: where, pages, and how many sessions are listed."""

    path: Path
    pages: int
    sessions: int


def _story(sheet: Sheet, st: Styles, produced: str) -> list[Any]:
    w = PAGE[0] - 2 * MARGIN
    flow: list[Any] = [
        Paragraph(_("Signeringsark for veiledning"), st.h1),
        Paragraph(
            _(
                "Student: <b>{student}</b> · Veileder: <b>{supervisor}</b> · Laget "
                "{produced} med miljologg"
            ).format(
                student=esc(sheet.student), supervisor=esc(sheet.supervisor), produced=produced
            ),
            st.body,
        ),
        Paragraph(
            _(
                "Kontroller hver rad, og skriv under i kolonnen «Signatur» for møtene "
                "du bekrefter. "
                "Stryk over en rad som ikke stemmer. Fingeravtrykket er regnet av møtets innhold "
                "(dato, varighet, form, gruppestørrelse, tema, veileder og student): endres møtet "
                "senere, stemmer ikke fingeravtrykket lenger, og signaturen gjelder ikke."
            ),
            st.note,
        ),
        Spacer(1, 3 * mm),
    ]
    if not sheet.rows:
        flow.append(Paragraph(_("Ingen usignerte møter hos denne veilederen."), st.body))
        return flow
    widths = [9 * mm, 20 * mm, 12 * mm, 17 * mm, 26 * mm, 14 * mm, 0.0, 27 * mm, 21 * mm, 48 * mm]
    widths[6] = w - sum(widths)
    heads: tuple[str, ...] = (N_("Nr."), N_("Dato"), N_("Tid"), N_("Varighet"), N_("Form"))
    heads += (N_("Gruppe"),)
    heads += (N_("Tema"), N_("Fingeravtrykk"))
    data: list[list[Any]] = [[*(_(h) for h in heads), _("Møte-ID"), _("Signatur")]]
    for n, r in enumerate(sheet.rows, start=1):
        group = Form(r.form).is_group
        data.append(
            [
                str(n),
                format_date(r.date),
                r.start_time.strftime("%H:%M") if r.start_time else "–",
                _("{minutes} min").format(minutes=r.minutes),
                form_label(r.form),
                str(r.group_size) if group else "–",
                cell_text(r.topic or "–", widths[6]),
                Paragraph(f"<b>{r.digest}</b>", st.cell),
                r.session_id[:8],
                Spacer(1, 8 * mm),  # room to sign
            ]
        )
    table = data_table(data, widths, right_cols=(0, 3, 5))
    table.setStyle(
        [
            ("FONT", (8, 1), (8, -1), FONT, 8.5, 11),
            ("BOX", (9, 1), (9, -1), 0.6, RULE),
            ("LINEBEFORE", (9, 0), (9, -1), 0.8, INK),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ]
    )
    flow.append(table)
    sign = signature_lines(
        [_("Sted og dato"), _("Veileders underskrift"), _("Navn med blokkbokstaver")], w, 16 * mm
    )
    flow.append(Spacer(1, 6 * mm))
    flow.append(
        KeepTogether(
            [
                Paragraph(
                    _(
                        "Jeg bekrefter at jeg har gitt {student} veiledningen i radene jeg har "
                        "signert over, slik den er beskrevet."
                    ).format(student=esc(sheet.student)),
                    st.body,
                ),
                sign,
            ]
        )
    )
    return flow


def _finish(pdf: bytes, created: dt.datetime) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    stamp(writer, created)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write_sign_sheet(
    services: Services, supervisor_id: str, out: Path, env: Mapping[str, str] | None = None
) -> SheetInfo:
    """Write the sign sheet for one supervisor to ``out`` (atomically) and remember what it
    lists (``services.paper.record_sheet``: a write, audited); the GUI calls this too.

    Raises ``NotFoundError`` for an unknown supervisor, ``OSError`` if ``out`` cannot be written.
    """
    sheet = services.paper.sheet(supervisor_id)
    st = make_styles()
    produced = format_date(services.ctx.today())
    out = Path(out)
    pages: list[int] = [0]
    buffer = io.BytesIO()

    def furniture(canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setStrokeColor(RULE)
        top = PAGE[1] - MARGIN + 4
        canv.setFont(FONT_BOLD, 8)
        canv.drawString(
            MARGIN, top + 4, _("{student} · signeringsark").format(student=sheet.student)
        )
        canv.setFont(FONT, 8)
        canv.drawRightString(
            PAGE[0] - MARGIN,
            top + 4,
            _("Veileder: {supervisor}").format(supervisor=sheet.supervisor),
        )
        canv.line(MARGIN, top, PAGE[0] - MARGIN, top)
        canv.line(MARGIN, MARGIN - 2, PAGE[0] - MARGIN, MARGIN - 2)
        canv.restoreState()

    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6 * mm,
        bottomMargin=MARGIN + 2 * mm,
        title=_("Signeringsark – {supervisor}").format(supervisor=sheet.supervisor),
        author=sheet.student,
        subject=_("Signering av veiledning gitt {student}").format(student=sheet.student),
        creator="miljologg",
        lang=LANGUAGE,
        initialFontName=FONT,
        invariant=1,
    )
    frame = Frame(
        MARGIN,
        MARGIN + 2 * mm,
        PAGE[0] - 2 * MARGIN,
        PAGE[1] - 2 * MARGIN - 8 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=4,
        bottomPadding=4,
    )
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=furniture)])

    def total(n: int) -> None:
        pages[0] = n

    doc.build(
        _story(sheet, st, produced),
        canvasmaker=partial(NumberedCanvas, on_total=total, right=MARGIN, bottom=MARGIN - 10),
    )
    created = source_date(env) or services.ctx.now().astimezone()
    write_bytes(out, _finish(buffer.getvalue(), created))
    services.paper.record_sheet(sheet)  # once written: what it lists, for ``signing paper``
    return SheetInfo(out, pages[0], len(sheet.rows))
