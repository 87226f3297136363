"""Hand-painted charts for the dashboard.

QtCharts is not part of PySide6-Essentials, and the dashboard needs only two small pictures, so
they are painted with QPainter: the cumulative supervision hours against the plan line, and an
attendance bar with a marker at the required percentage. Both only draw what they are given;
every number comes from ``core.rules`` through the dashboard.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from miljologg.core import figures
from miljologg.core.figures import Level
from miljologg.core.units import format_hours, format_percent, hour_unit
from miljologg.ui.widgets.common import QT_TRANSLATE_NOOP
from miljologg.ui.widgets.levels import level_fill
from miljologg.ui.widgets.theme import color

#: What each part of the pictures is drawn with: a tone of ``ui.widgets.theme``, so the colours
#: follow a light or dark palette (asked for at every paint).
COUNTED = "accent"
PLAN = "plan"
GRID = "grid"
AXIS = "muted"
TODAY = "today"
OK = "bar_ok"
WARN = "bar_warn"
TRACK = "track"
MARKER = "heading"

_MONTH_ABBR = (
    QT_TRANSLATE_NOOP("CumulativeChart", "jan"),
    QT_TRANSLATE_NOOP("CumulativeChart", "feb"),
    QT_TRANSLATE_NOOP("CumulativeChart", "mar"),
    QT_TRANSLATE_NOOP("CumulativeChart", "apr"),
    QT_TRANSLATE_NOOP("CumulativeChart", "mai"),
    QT_TRANSLATE_NOOP("CumulativeChart", "jun"),
    QT_TRANSLATE_NOOP("CumulativeChart", "jul"),
    QT_TRANSLATE_NOOP("CumulativeChart", "aug"),
    QT_TRANSLATE_NOOP("CumulativeChart", "sep"),
    QT_TRANSLATE_NOOP("CumulativeChart", "okt"),
    QT_TRANSLATE_NOOP("CumulativeChart", "nov"),
    QT_TRANSLATE_NOOP("CumulativeChart", "des"),
)

Point = tuple[dt.date, int]


def _tone(widget: QWidget, tone: str) -> QColor:
    """A tone's colour for the palette ``widget`` paints with."""
    return color(tone, widget.palette())


def as_points(series: Iterable[Any]) -> list[Point]:
    """Accept (date, minutes) tuples or records with ``.date`` and ``.minutes``; sorted by date."""
    out: list[Point] = []
    for p in series:
        if hasattr(p, "date") and hasattr(p, "minutes"):
            out.append((p.date, int(p.minutes)))
        else:
            out.append((p[0], int(p[1])))
    return sorted(out, key=lambda p: p[0])


def _nice_step(max_hours: float, max_ticks: int) -> int:
    """An hour step (1, 2, 5, 10, 20, 25, 50 …) giving at most ``max_ticks`` ticks."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if max_hours / step <= max_ticks:
            return step
    return 1000 * math.ceil(max_hours / (1000 * max_ticks))


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    out: list[dt.date] = []
    d = dt.date(start.year, start.month, 1)
    if d < start:
        d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    while d <= end:
        out.append(d)
        d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


@dataclass(frozen=True)
class ChartGeometry:
    """The plot area and its scales: dates across, minutes up to ``top_hours``."""

    plot: QRectF
    first: dt.date
    last: dt.date
    top_hours: int
    step_hours: int

    def x_of(self, d: dt.date) -> float:
        span = (self.last - self.first).days or 1
        return self.plot.left() + self.plot.width() * (d - self.first).days / span

    def y_of(self, minutes: float) -> float:
        return self.plot.bottom() - self.plot.height() * minutes / (self.top_hours * 60)


class CumulativeChart(QWidget):
    """Counted supervision hours over time (a step line) against the plan (a dashed line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress: list[Point] = []
        self._plan: list[Point] = []
        self._today: dt.date | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.setAccessibleName(self.tr("Diagram over timer med veiledning som teller"))

    def sizeHint(self) -> QSize:
        return QSize(560, 240)

    def set_data(
        self, progress: Iterable[Any], plan: Iterable[Any], today: dt.date | None = None
    ) -> None:
        """Replace the series; ``today`` draws a marker and extends the progress line to it."""
        self._progress = as_points(progress)
        self._plan = as_points(plan)
        self._today = today
        total = self._progress[-1][1] if self._progress else 0
        self.setToolTip(
            self.tr("Timer som teller: %1").replace("%1", format_hours(total))
            if self._progress
            else ""
        )
        self.update()

    # -- painting ------------------------------------------------------------------
    def _range(self) -> tuple[dt.date, dt.date, int]:
        dates = [p[0] for p in self._plan + self._progress]
        if self._today is not None and dates:
            dates.append(self._today)
        first, last = min(dates), max(dates)
        if last <= first:
            last = first + dt.timedelta(days=30)
        top = max([p[1] for p in self._plan + self._progress] + [60])
        return first, last, top

    def geometry_now(self) -> ChartGeometry | None:
        """Where the plot sits and how dates and minutes map onto it at the current size; None
        when there is nothing to draw or no room (what ``paintEvent`` draws from, and what
        tests check the picture against)."""
        if not self._plan and not self._progress:
            return None
        fm = QFontMetrics(self.font())
        first, last, top_minutes = self._range()
        legend_h = fm.height() + 10
        left = fm.horizontalAdvance(f"1000 {hour_unit()}") + 12
        plot = QRectF(left, legend_h + 6, self.width() - left - 14, 0)
        plot.setBottom(self.height() - (fm.height() + 12))
        if plot.width() < 40 or plot.height() < 40:
            return None
        max_ticks = max(2, int(plot.height() // (fm.height() * 2)))
        step_h = _nice_step(top_minutes / 60, max_ticks)
        top_h = step_h * math.ceil(top_minutes / 60 / step_h)
        return ChartGeometry(plot, first, last, top_h, step_h)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        if not self._plan and not self._progress:
            p.setPen(_tone(self, AXIS))
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Ingen data å vise ennå.")
            )
            return
        geo = self.geometry_now()
        if geo is None:
            return
        plot, x_of, y_of = geo.plot, geo.x_of, geo.y_of
        hours = (geo.top_hours, geo.step_hours)
        self._paint_axes(p, fm, plot, (geo.first, geo.last), hours, x_of, y_of)
        if self._plan:
            pen = QPen(_tone(self, PLAN), 1.6, Qt.PenStyle.DashLine)
            p.setPen(pen)
            path = QPainterPath(QPointF(x_of(self._plan[0][0]), y_of(self._plan[0][1])))
            for d, m in self._plan[1:]:
                path.lineTo(x_of(d), y_of(m))
            p.drawPath(path)
        today_x = None
        if self._today is not None and geo.first <= self._today <= geo.last:
            today_x = x_of(self._today)
            p.setPen(QPen(_tone(self, TODAY), 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(today_x, plot.top()), QPointF(today_x, plot.bottom()))
        if self._progress:
            self._paint_progress(p, x_of, y_of)
        if today_x is not None:
            self._paint_today_label(p, fm, plot, today_x)
        self._paint_legend(p, fm, plot)

    def _paint_today_label(self, p: QPainter, fm: QFontMetrics, plot: QRectF, x: float) -> None:
        """«i dag» inside the plot at the bottom, beside the marker, on a light backing.

        At the top it would sit on the progress line (which is near the top by today) and at
        the right edge it would be cut off; near the x axis beside today there are no lines.
        """
        label = self.tr("i dag")
        w = fm.horizontalAdvance(label)
        lx = x + 5 if x + 5 + w <= plot.right() - 2 else x - 5 - w
        lx = max(lx, plot.left() + 2)
        baseline = plot.bottom() - fm.descent() - 4
        backing = QColor(self.palette().color(self.backgroundRole()))
        backing.setAlpha(210)
        p.fillRect(QRectF(lx - 2, baseline - fm.ascent() - 1, w + 4, fm.height() + 2), backing)
        p.setPen(_tone(self, TODAY))
        p.drawText(QPointF(lx, baseline), label)

    def _paint_axes(
        self,
        p: QPainter,
        fm: QFontMetrics,
        plot: QRectF,
        span: tuple[dt.date, dt.date],
        hours: tuple[int, int],
        x_of: Callable[[dt.date], float],
        y_of: Callable[[float], float],
    ) -> None:
        """Hour grid lines with labels, and month ticks thinned out to what fits."""
        first, last = span
        top_h, step_h = hours
        for h in range(0, top_h + 1, step_h):
            y = y_of(h * 60)
            p.setPen(QPen(_tone(self, GRID), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(_tone(self, AXIS))
            text = f"{h} {hour_unit()}"
            p.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        months = _month_starts(first, last)
        names = [QCoreApplication.translate("CumulativeChart", m) for m in _MONTH_ABBR]
        widest = max(fm.horizontalAdvance(f"{m} 2026") for m in names)
        every = 1
        while months and len(months) / every * (widest + 8) > plot.width() and every < 12:
            every = {1: 2, 2: 3, 3: 4, 4: 6, 6: 12}[every]
        shown = [m for m in months if (m.month - 1) % every == 0]
        p.setPen(QPen(_tone(self, AXIS), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        last_right = -1.0
        for i, m in enumerate(shown):
            x = x_of(m)
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            label = names[m.month - 1]
            if m.month == 1 or i == 0:
                label = f"{label} {m.year}"
            w = fm.horizontalAdvance(label)
            lx = min(max(x - w / 2, 0.0), self.width() - w - 2.0)
            if lx <= last_right + 4:
                continue
            p.drawText(QPointF(lx, plot.bottom() + fm.ascent() + 6), label)
            last_right = lx + w

    def _paint_progress(
        self, p: QPainter, x_of: Callable[[dt.date], float], y_of: Callable[[float], float]
    ) -> None:
        pts = self._progress
        path = QPainterPath(QPointF(x_of(pts[0][0]), y_of(0)))
        for d, m in pts:
            x = x_of(d)
            path.lineTo(x, path.currentPosition().y())
            path.lineTo(x, y_of(m))
        end = self._today if self._today and self._today > pts[-1][0] else pts[-1][0]
        path.lineTo(x_of(end), y_of(pts[-1][1]))
        fill = QPainterPath(path)
        fill.lineTo(x_of(end), y_of(0))
        fill.closeSubpath()
        area = _tone(self, COUNTED)
        area.setAlpha(28)
        p.fillPath(fill, area)
        p.setPen(QPen(_tone(self, COUNTED), 2.2))
        p.drawPath(path)

    def _paint_legend(self, p: QPainter, fm: QFontMetrics, plot: QRectF) -> None:
        items = [
            (QPen(_tone(self, COUNTED), 2.2), self.tr("Timer som teller")),
            (QPen(_tone(self, PLAN), 1.6, Qt.PenStyle.DashLine), self.tr("Plan: jevn fordeling")),
        ]
        x = plot.left()
        y = fm.height() / 2 + 3
        for pen, text in items:
            p.setPen(pen)
            p.drawLine(QPointF(x, y), QPointF(x + 22, y))
            p.setPen(_tone(self, AXIS))
            p.drawText(QPointF(x + 28, y + fm.ascent() / 2 - 1), text)
            x += 28 + fm.horizontalAdvance(text) + 20


class ThresholdBar(QWidget):
    """A horizontal bar 0–100 % with a marker at the required percentage (80 % for attendance)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0.0
        self._threshold = 80.0
        self._level = Level.NEUTRAL
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, QFontMetrics(self.font()).height() + 22)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def set_values(self, percent: float, threshold: float, level: Level | None = None) -> None:
        """The bar at ``percent`` with the marker at ``threshold``, coloured by ``level``
        (``core.figures``; by default the one colour rule applied to the two figures)."""
        self._value = max(0.0, min(100.0, float(percent)))
        self._threshold = max(0.0, min(100.0, float(threshold)))
        self._level = level if level is not None else figures.level(percent, threshold)
        self.setAccessibleName(
            self.tr("Oppmøte %1, krav %2")
            .replace("%1", format_percent(self._value))
            .replace("%2", format_percent(self._threshold, 0))
        )
        self.update()

    def value(self) -> float:
        return self._value

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        bar = QRectF(1, 2, self.width() - 2, 12)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_tone(self, TRACK))
        p.drawRoundedRect(bar, 6, 6)
        done = QRectF(bar)
        done.setWidth(bar.width() * self._value / 100)
        p.setBrush(level_fill(self._level, self.palette()))
        if done.width() > 0:
            p.drawRoundedRect(done, 6, 6)
        x = bar.left() + bar.width() * self._threshold / 100
        p.setPen(QPen(_tone(self, MARKER), 2))
        p.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3))
        label = self.tr("krav %1").replace("%1", format_percent(self._threshold, 0))
        w = fm.horizontalAdvance(label)
        p.setPen(_tone(self, AXIS))
        p.drawText(
            QPointF(min(x - w / 2, self.width() - w - 1), bar.bottom() + 4 + fm.ascent()), label
        )


def last_value(series: Sequence[Point]) -> int:
    """The cumulative total at the end of a series (0 when empty)."""
    return series[-1][1] if series else 0
