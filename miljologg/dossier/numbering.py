"""«Side X av Y» on every page: a canvas that holds the pages until their number is known.

Both PDFs use it (the dossier and the paper sign sheet); each says where the number goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from miljologg.core.i18n import _
from miljologg.dossier.styles import FONT, FONT_BOLD, MUTED, register_fonts


class NumberedCanvas(Canvas):
    """Holds every page until the end, then stamps «Side X av Y» on each.

    The number is right-aligned ``right`` points from the page's right edge, at height
    ``bottom``; ``on_total`` hears the page count once it is known.
    """

    def __init__(
        self,
        *args: Any,
        on_total: Callable[[int], None] | None = None,
        right: float,
        bottom: float,
        **kw: Any,
    ) -> None:
        # reportlab starts every page in Helvetica, which then sits in each page's resources,
        # not embedded, though nothing is written in it; start in our embedded font instead.
        register_fonts()
        if kw.get("initialFontName") is None:  # platypus passes None explicitly
            kw["initialFontName"] = FONT
        super().__init__(*args, **kw)
        self._pages: list[dict[str, Any]] = []
        self._on_total = on_total
        self._number_right = right
        self._number_bottom = bottom

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own reset, not in stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        if self._on_total:
            self._on_total(total)
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width, _height = self._pagesize  # type: ignore[attr-defined]  # reportlab's, not in stubs
        self.setFont(FONT_BOLD, 8)
        self.setFillColor(MUTED)
        self.drawRightString(
            width - self._number_right,
            self._number_bottom,
            _("Side {page} av {total}").format(page=self.getPageNumber(), total=total),
        )
