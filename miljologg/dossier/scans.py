"""Section 10, paper sign-off: the scans of signed sign sheets, appended to the dossier.

A heading page lists each scan (supervisor, file, SHA-256, the sessions it signs with their
content fingerprints). An image scan is placed on a page of its own by reportlab. A PDF scan's
pages cannot be drawn by reportlab, so each gets a placeholder page (with the running header,
footer and «Side X av Y»); after the build, ``merge`` stamps the scanned page into the
placeholder with pypdf, scaled to fit. Page numbers therefore stay right.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph

from miljologg.core.i18n import _
from miljologg.core.units import format_date
from miljologg.dossier.content import DossierContent, esc
from miljologg.dossier.styles import Styles, data_table

_CAPTION = 10 * mm


class Slot(Flowable):
    """Fills the rest of the frame; remembers where it was drawn for ``merge``."""

    def __init__(self, scan: Any, page_index: int) -> None:
        super().__init__()
        self.scan = scan
        self.page_index = page_index
        self.placed: tuple[int, float, float, float, float] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._size = (avail_width, avail_height - 1)
        return self._size

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.placed = (self.canv.getPageNumber(), x, y, *self._size)


def _supervisor(c: DossierContent, supervisor_id: str) -> str:
    return c.supervisor_name(supervisor_id)


def _listing(c: DossierContent, st: Styles) -> list[Flowable]:
    by_id = {s.id: s for s in c.log.sessions}
    data: list[list[Any]] = [
        [_("Ark"), _("Veileder"), _("Møter (dato, varighet, fingeravtrykk)"), _("Status")]
    ]
    for n, scan in enumerate(c.scans, start=1):
        lines = []
        for sid, digest in zip(scan.session_ids, scan.digests, strict=False):
            s = by_id.get(sid)
            when = (
                _("{date}, {minutes} min").format(date=format_date(s.date), minutes=s.minutes)
                if s
                else _("utenfor perioden")
            )
            lines.append(f"{when} · {digest}")
        states = {c.sign_off_text(sid) for sid in scan.session_ids if sid in by_id}
        void = any(
            getattr(c.sign_offs.get(sid), "state", "") == "void"
            for sid in scan.session_ids
            if sid in by_id
        )
        data.append(
            [
                f"{n}",
                Paragraph(esc(_supervisor(c, scan.supervisor_id)), st.cell),
                Paragraph("<br/>".join(esc(x) for x in lines) or "–", st.cell),
                Paragraph(
                    _("Noen møter er endret etter signering")
                    if void
                    else _("Gyldig")
                    if states
                    else "–",
                    st.cell,
                ),
            ]
        )
    w = st.content_width
    return [data_table(data, [12 * mm, 40 * mm, w - 92 * mm, 40 * mm])]


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    if not c.scans:
        return []
    flow: list[Flowable] = [
        PageBreak(),
        Paragraph(_("Signert på papir"), st.h1),
        Paragraph(
            _(
                "Skannede signeringsark følger på de neste sidene. Hver rad på et ark har møtets "
                "fingeravtrykk; det skal være det samme som i listen under og i "
                "veiledningsloggen. SHA-256 for hvert skann står i vedlegget "
                "miljologg-totaler.json."
            ),
            st.body,
        ),
        *_listing(c, st),
    ]
    frame_w = st.content_width
    for n, scan in enumerate(c.scans, start=1):
        caption = _(
            "Skannet signeringsark {n} – {supervisor} · lagt til {date} · SHA-256 {value}…"
        ).format(
            n=n,
            supervisor=esc(_supervisor(c, scan.supervisor_id)),
            date=format_date(scan.added_at.date()),
            value=scan.sha256[:16],
        )
        if scan.data is None:  # remade for verify-dossier, the attachment gone: say so
            flow += [
                PageBreak(),
                Paragraph(_("{caption} · skannet mangler").format(caption=caption), st.small),
            ]
        elif scan.media_type == "application/pdf":
            from pypdf import PdfReader

            count = len(PdfReader(io.BytesIO(scan.data)).pages)
            for k in range(count):
                flow += [
                    PageBreak(),
                    Paragraph(
                        _("{caption} · side {value} av {count}").format(
                            caption=caption, value=k + 1, count=count
                        ),
                        st.small,
                    ),
                    Slot(scan, k),
                ]
        else:
            width, height = ImageReader(io.BytesIO(scan.data)).getSize()
            box_h = 230 * mm - _CAPTION
            scale = min(frame_w / width, box_h / height)
            flow += [
                PageBreak(),
                Paragraph(caption, st.small),
                Image(io.BytesIO(scan.data), width * scale, height * scale),
            ]
    return flow


def merge(writer: Any, story: list[Flowable]) -> None:
    """Stamp each PDF scan page into its placeholder page (see module doc)."""
    from pypdf import PdfReader, PdfWriter, Transformation

    readers: dict[str, Any] = {}  # per scan, its pages held by a writer (rotation needs one)
    for slot in story:
        if not isinstance(slot, Slot) or slot.placed is None:
            continue
        page_no, x, y, w, h = slot.placed
        source = readers.get(slot.scan.id)
        if source is None:
            source = PdfWriter(clone_from=PdfReader(io.BytesIO(slot.scan.data)))
            readers[slot.scan.id] = source
        src = source.pages[slot.page_index]
        if src.rotation % 360:  # a scanner's /Rotate: merging ignores it, so bake it in first
            src.transfer_rotation_to_content()
        box = src.mediabox
        sw, sh = float(box.width), float(box.height)
        scale = min(w / sw, h / sh)
        dx = x + (w - sw * scale) / 2 - float(box.left) * scale
        dy = y + (h - sh * scale) - float(box.bottom) * scale  # top-aligned under the caption
        op = Transformation().scale(scale, scale).translate(dx, dy)
        writer.pages[page_no - 1].merge_transformed_page(src, op)
