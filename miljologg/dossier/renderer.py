"""The dossier as a reportlab platypus document: page templates, running header and footer.

Shaped like pretix's invoice renderer: a class owns the styles, the page templates (whose
``onPage`` draws the header and footer), ``_story()`` asks each section module for its
flowables, and a numbering canvas writes «Side X av Y» once the page count is known.

The same input gives the same bytes: reportlab runs ``invariant`` (no clock, no random ids) and
the creation date written afterwards is the snapshot's (``SOURCE_DATE_EPOCH`` when set). That
is what lets ``verify-dossier`` make the pages again from the attached input (``snapshot``) and
compare them one by one. Every font is the embedded DejaVu family (the canvas's initial font
too, which would otherwise put an unembedded Helvetica in every page's resources); the document
language is Norwegian bokmål. The file is written to a temporary file beside the target and
moved into place, so a crash never leaves half a PDF under the user's chosen name.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
)

from miljologg.core.i18n import _
from miljologg.core.units import format_date
from miljologg.dossier import (
    assignments,
    attendance,
    attests,
    cover,
    declaration,
    proof,
    scans,
    sessions,
    signatures,
    summary,
)
from miljologg.dossier.content import DossierContent
from miljologg.dossier.numbering import NumberedCanvas
from miljologg.dossier.pdfmeta import LANGUAGE, attach, stamp
from miljologg.dossier.snapshot import INPUT_NAME
from miljologg.dossier.styles import (
    FONT,
    FONT_BOLD,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    RULE,
    Styles,
    make_styles,
)
from miljologg.fs import write_bytes

Progress = Callable[[int, int], None]

#: Progress is reported in these units: sections take the first part, layout the rest.
PROGRESS_TOTAL = 100
_SECTIONS_DONE = 25
_LAYOUT_DONE = 95

SECTIONS = (
    cover,
    summary,
    sessions,
    attests,
    signatures,
    attendance,
    assignments,
    declaration,
    scans,
)


class _Doc(BaseDocTemplate):
    """Adds each section heading to the PDF outline, so a reader can jump between sections."""

    _sections = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Paragraph) and flowable.style.name == "H1":
            self._sections += 1
            key = f"s{self._sections}"  # numbered, not id(): the same input, the same bytes
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)


@dataclass(frozen=True)
class RenderResult:
    pages: int


class DossierRenderer:
    """Lays out one dossier; ``render(path)`` writes it atomically."""

    def __init__(self, content: DossierContent, progress: Progress | None = None) -> None:
        self.content = content
        self.styles: Styles = make_styles()
        self._progress = progress
        self._last_reported = -1
        self._pages = 0

    # -- progress -----------------------------------------------------------------------------

    def _report(self, done: int) -> None:
        # Never backwards: reportlab's layout count can dip when a table splits across pages.
        done = max(0, min(PROGRESS_TOTAL, done))
        if self._progress is not None and done > self._last_reported:
            self._last_reported = done
            self._progress(done, PROGRESS_TOTAL)

    def _layout_progress(self, estimate: list[int], kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            estimate[0] = max(1, int(value))
        elif kind == "PROGRESS":
            share = min(1.0, int(value) / estimate[0])
            self._report(_SECTIONS_DONE + int(share * (_LAYOUT_DONE - _SECTIONS_DONE)))

    # -- page furniture -----------------------------------------------------------------------

    def _on_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Header (student, document id) and footer (produced date); the page number comes later."""
        width, height = doc.pagesize
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        top = height - MARGIN_TOP + 10
        c = self.content
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setFont(FONT_BOLD, 8)
        canv.drawString(left, top + 4, c.profile.name)
        canv.setFont(FONT, 8)
        canv.drawRightString(
            right, top + 4, _("Dokument-ID {document_id}").format(document_id=c.document_id)
        )
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(left, top, right, top)
        bottom = MARGIN_BOTTOM - 4
        canv.line(left, bottom, right, bottom)
        canv.drawString(
            left,
            bottom - 8,
            _("Dokumentasjon av veiledning · produsert {date} med miljologg {made_with}").format(
                date=format_date(c.today), made_with=c.made_with
            ),
        )
        canv.restoreState()

    def _templates(self, doc: BaseDocTemplate) -> list[PageTemplate]:
        width, height = doc.pagesize
        frame = partial(
            Frame,
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            width - MARGIN_LEFT - MARGIN_RIGHT,
            height - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=6,
            bottomPadding=6,
        )
        return [
            PageTemplate(id="cover", frames=[frame(id="cover")], onPage=self._on_page),
            PageTemplate(id="body", frames=[frame(id="body")], onPage=self._on_page),
        ]

    # -- content ------------------------------------------------------------------------------

    def _story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for index, section in enumerate(SECTIONS):
            parts = section.build(self.content, self.styles)
            if index == 0:
                parts = [*parts, NextPageTemplate("body")]
            story += parts
            self._report(int((index + 1) / len(SECTIONS) * _SECTIONS_DONE))
        return story

    def _set_pages(self, total: int) -> None:
        self._pages = total

    def _finish(self, pdf: bytes, *, attachments: bool) -> bytes:
        """Append the paper scans, set the date and language, and attach the proof files.

        pypdf does what reportlab cannot (merge a PDF page, attach files). It keeps reportlab's
        document id and adds no clock of its own, so the bytes stay reproducible. Without
        ``attachments`` only the pages are made (``verify-dossier`` compares those).
        """
        from pypdf import PdfReader, PdfWriter

        from miljologg.dossier.snapshot_json import to_json

        c = self.content
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        scans.merge(writer, self._built_story)
        snap = c.snapshot
        stamp(writer, snap.created if snap is not None else None)
        if attachments:
            attach(writer, proof.RECORDS_NAME, c.signed_records, "application/json")
            attach(writer, proof.TOTALS_NAME, proof.totals_json(c, c.signed), "application/json")
            if snap is not None:
                attach(writer, INPUT_NAME, to_json(snap), "application/json")
                for scan in snap.scans:
                    if scan.data is not None:
                        attach(writer, scan.attachment, scan.data, scan.media_type)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    def render_bytes(self, *, attachments: bool = True) -> bytes:
        """The whole PDF in memory."""
        self._report(0)
        story = self._story()
        self._built_story = list(story)
        c = self.content
        buffer = io.BytesIO()
        doc = _Doc(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=_("Dokumentasjon av veiledning – {name}").format(name=c.profile.name),
            author=c.profile.name,
            subject=_("{name} · dokument-ID {document_id}").format(
                name=c.programme.name, document_id=c.document_id
            ),
            creator="miljologg",
            lang=LANGUAGE,
            initialFontName=FONT,
            invariant=1,
        )
        doc.addPageTemplates(self._templates(doc))
        estimate = [max(1, len(story))]
        doc.setProgressCallBack(partial(self._layout_progress, estimate))
        doc.build(
            story,
            canvasmaker=partial(
                NumberedCanvas,
                on_total=self._set_pages,
                right=MARGIN_RIGHT,
                bottom=MARGIN_BOTTOM - 12,
            ),
        )
        data = self._finish(buffer.getvalue(), attachments=attachments)
        self._report(PROGRESS_TOTAL)
        return data

    def render(self, out: Path) -> RenderResult:
        """Write the PDF to ``out`` atomically; returns the page count."""
        out = Path(out)
        write_bytes(out, self.render_bytes())
        return RenderResult(pages=self._pages)
