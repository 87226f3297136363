"""The dossier's typography: one embedded font family, named paragraph styles, table looks.

A committee reads the dossier on paper and on screen, so it uses one calm sans-serif (DejaVu Sans,
embedded, so æ, ø, å and «» print on every machine), a single accent colour for headings, and
tables with a light grid and zebra rows. Every section builds its flowables from these styles, so
the look is decided here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from miljologg.assets import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

PAGE_SIZE = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 26 * mm  # leaves room for the running header
MARGIN_BOTTOM = 22 * mm  # and for the footer

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1d4e6e")
RULE = colors.HexColor("#c5cfd9")
HEADER_FILL = colors.HexColor("#e4ecf2")
ZEBRA = colors.HexColor("#f4f7fa")
OK = colors.HexColor("#2e6b3a")
WARN = colors.HexColor("#9a5b00")


def register_fonts(folder: Path | None = None) -> None:
    """Register DejaVu Sans (regular, bold, oblique) once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    base = folder or resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(base / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(base / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(base / "DejaVuSans-Oblique.ttf")))
    # No bold-oblique file is shipped: <b><i> falls back to bold, which reads fine.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


def _style(name: str, **kw: Any) -> ParagraphStyle:
    # bulletFontName too: a bullet would otherwise be drawn in Helvetica, a font not embedded.
    base: dict[str, Any] = {"fontName": FONT, "bulletFontName": FONT}
    base.update(fontSize=9.5, leading=13.5, textColor=INK)
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles every section uses."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    bullet: ParagraphStyle

    @property
    def content_width(self) -> float:
        return PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

    def section(self, title: str, intro: str) -> list[Flowable]:
        """A section's opening: its heading, then the paragraph saying what it shows (a list the
        section goes on appending to)."""
        return [Paragraph(title, self.h1), Paragraph(intro, self.body)]


def make_styles() -> Styles:
    register_fonts()
    return Styles(
        title=_style("Title", fontName=FONT_BOLD, fontSize=22, leading=28, textColor=ACCENT),
        subtitle=_style("Subtitle", fontSize=12.5, leading=17, textColor=MUTED, spaceAfter=4),
        h1=_style(
            "H1",
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=2,
            spaceAfter=8,
        ),
        h2=_style("H2", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=12, spaceAfter=5),
        body=_style("Body", spaceAfter=6),
        note=_style("Note", fontName=FONT_ITALIC, fontSize=8.5, leading=12, textColor=MUTED),
        small=_style("Small", fontSize=8, leading=11, textColor=MUTED),
        label=_style("Label", fontSize=8.5, leading=12, textColor=MUTED),
        cell=_style("Cell", fontSize=8.5, leading=11),
        cell_bold=_style("CellBold", fontName=FONT_BOLD, fontSize=8.5, leading=11),
        cell_right=_style("CellRight", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        cell_head=_style(
            "CellHead", fontName=FONT_BOLD, fontSize=8, leading=10.5, alignment=TA_LEFT
        ),
        cell_head_right=_style(
            "CellHeadRight", fontName=FONT_BOLD, fontSize=8, leading=10.5, alignment=TA_RIGHT
        ),
        bullet=_style("Bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
    )


CELL_PADDING = 5


def cell_text(text: str, column_width: float) -> str:
    """Plain cell text wrapped to a column of ``column_width`` (padding included)."""
    return wrap_text(text, column_width - 2 * CELL_PADDING)


def data_table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    right_cols: tuple[int, ...] = (),
    header: bool = True,
    total_row: bool = False,
) -> Table:
    """A table with a light grid, a tinted header row repeated on every page, and zebra rows.

    Plain-string cells are drawn in the cell font; cells that may be long are Paragraphs so
    they wrap instead of being clipped.
    """
    heights = _row_heights(rows, widths, header=header, total_row=total_row)
    table = Table(
        rows, colWidths=widths, rowHeights=heights, repeatRows=1 if header else 0, hAlign="LEFT"
    )
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 11),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD_V),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_V),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]
    first_body = 1 if header else 0
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8, 10.5),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if len(rows) > first_body:
        cmds.append(("ROWBACKGROUNDS", (0, first_body), (-1, -1), [colors.white, ZEBRA]))
    for col in right_cols:
        cmds.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    if total_row:
        cmds += [
            ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5, 11),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ]
    table.setStyle(TableStyle(cmds))
    return table


_PAD_V = 3.5


def _row_heights(
    rows: list[list[Any]], widths: list[float], *, header: bool, total_row: bool
) -> list[float] | None:
    """Each row's height, computed once as reportlab would (plain lines × leading, or the
    Paragraph's wrapped height, plus padding).

    Given heights, reportlab skips its own row measuring, which rescans the whole table for
    every page it fills: quadratic in the number of rows, and most of the time of a 10,000-
    session dossier. Returns None (let reportlab measure) if a cell is of another kind.
    """
    heights: list[float] = []
    last = len(rows) - 1
    for index, row in enumerate(rows):
        leading = 10.5 if header and index == 0 else 11.0
        h = 0.0
        for value, width in zip(row, widths, strict=True):
            if isinstance(value, str):
                cell = leading * (value.count("\n") + 1)
            elif isinstance(value, Paragraph):
                cell = value.wrap(width - 2 * CELL_PADDING, 72000)[1]
            else:
                return None
            h = max(h, cell)
        heights.append(h + 2 * _PAD_V)
    if total_row and last >= 0:
        heights[last] = max(heights[last], 11.0 + 2 * _PAD_V)
    return heights


def key_value_table(
    pairs: Sequence[tuple[str, Paragraph | str]], st: Styles, key_width: float
) -> Table:
    """Label–value lines (the cover, the attest): no zebra, only a hairline between lines."""
    rows = [[Paragraph(k, st.label), v] for k, v in pairs]
    table = Table(rows, colWidths=[key_width, st.content_width - key_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9.5, 13),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table


@lru_cache(maxsize=4096)
def wrap_text(text: str, width: float, font: str = FONT, size: float = 8.5) -> str:
    """Plain text broken into lines that fit ``width`` points, joined with newlines.

    Table cells with plain strings are far cheaper than Paragraphs (a 10,000-session log has
    tens of thousands of cells), and topics repeat, so wrapped text is cached. Words wider than
    the column are broken by character, so nothing is ever clipped.
    """
    register_fonts()
    fits = partial(_fits, font=font, size=size, width=width)
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            candidate = f"{line} {word}" if line else word
            if fits(candidate):
                line = candidate
                continue
            if line:
                lines.append(line)
            while not fits(word) and len(word) > 1:
                cut = max(1, next(i for i in range(len(word), 0, -1) if fits(word[:i])))
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return "\n".join(lines)


def _fits(text: str, *, font: str, size: float, width: float) -> bool:
    return pdfmetrics.stringWidth(text, font, size) <= width


def signature_lines(labels: Sequence[str], width: float, height: float) -> Table:
    """Lines to sign on, side by side, each with its label under it («Sted og dato», …).

    Every cell has the embedded font: an empty cell in reportlab's default style would still
    put Helvetica, a standard font that is not embedded, into the page's resources.
    """
    gap = 10 * mm if len(labels) < 3 else 12 * mm
    col = (width - gap * (len(labels) - 1)) / len(labels)
    widths: list[float] = []
    top: list[str] = []
    bottom: list[str] = []
    for index, label in enumerate(labels):
        if index:
            widths.append(gap)
            top.append("")
            bottom.append("")
        widths.append(col)
        top.append("")
        bottom.append(label)
    table = Table([top, bottom], colWidths=widths, rowHeights=[height, None], hAlign="LEFT")
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    cmds += [("LINEBELOW", (i, 0), (i, 0), 0.7, INK) for i in range(0, len(widths), 2)]
    table.setStyle(TableStyle(cmds))
    return table
