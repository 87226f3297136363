"""The header's sort arrow points the way the rows run: ▲ ascending, ▼ descending."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from miljologg.ui.shell.style import SortArrowStyle


def _arrow_widths(view: QTableView) -> list[int]:
    """Per pixel row, how many dark pixels the right part of the first header section has."""
    header = view.horizontalHeader()
    image = header.grab().toImage()
    left = header.sectionSize(0) - header.height()
    widths = []
    for y in range(image.height()):
        dark = sum(
            1 for x in range(left, header.sectionSize(0)) if image.pixelColor(x, y).value() < 140
        )
        if dark:
            widths.append(dark)
    return widths


def test_sort_arrow_matches_order(qtbot) -> None:
    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["Dato", "Tid"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.horizontalHeader().setStyle(SortArrowStyle("fusion"))
    view.setColumnWidth(0, 120)
    view.resize(300, 150)
    view.show()
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    up = _arrow_widths(view)
    assert up and up[0] < up[-1]  # narrow at the top: ▲
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    down = _arrow_widths(view)
    assert down and down[0] > down[-1]  # wide at the top: ▼
