"""The app's style: the platform's own, with sort arrows that point the way the rows run.

Qt maps ascending order to ``SortDown`` and Fusion on Linux draws that as ▲ but other styles as
▼, so a newest-first date column showed ▲ on one machine and ▼ on the next. Here the arrow is
drawn by us everywhere: ▲ for ascending (smallest first), ▼ for descending (newest first).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)


class SortArrowStyle(QProxyStyle):
    """Draws the header's sort indicator as a small triangle matching the sort order."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            indicator = option.sortIndicator
            if indicator == QStyleOptionHeader.SortIndicator.None_:
                return
            # QHeaderView passes SortDown for Qt.AscendingOrder and SortUp for descending.
            ascending = indicator == QStyleOptionHeader.SortIndicator.SortDown
            r = option.rect
            half = max(3.0, min(r.width(), r.height()) / 4)
            cx, cy = r.center().x() + 0.5, r.center().y() + 0.5
            if ascending:
                points = [
                    (cx - half, cy + half / 2),
                    (cx + half, cy + half / 2),
                    (cx, cy - half / 2),
                ]
            else:
                points = [
                    (cx - half, cy - half / 2),
                    (cx + half, cy - half / 2),
                    (cx, cy + half / 2),
                ]
            color = QColor(option.palette.windowText().color())
            color.setAlpha(180)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


def install_style(app: QApplication) -> SortArrowStyle:
    """Wrap the current style (call once, after the QApplication exists)."""
    style = SortArrowStyle(app.style().name())
    app.setStyle(style)
    return style
