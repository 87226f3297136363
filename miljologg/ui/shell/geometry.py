"""Where the first window goes and how small it may get: small screens (1024×600) included.

The first window was 1180×760 with a 900×600 minimum; on a 1024×600 or a 1280×720 screen its
right column and status bar were off-screen. Now it takes at most the screen's available area
(QScreen.availableGeometry: without panels and docks) less the frame the window system adds,
and every page lays out in ``MINIMUM_SIZE`` (the tall ones scroll).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

DEFAULT_SIZE = QSize(1180, 760)
#: Room for a 1024×600 screen with a panel: at most 540 high.
MINIMUM_SIZE = QSize(760, 480)
#: Room left for the window frame and title bar, which the window system adds outside.
FRAME_ALLOWANCE = QSize(16, 48)


def first_geometry(available: QRect) -> QRect:
    """``DEFAULT_SIZE`` or less, so that the window and its frame fit in ``available``,
    centred in it."""
    width = min(DEFAULT_SIZE.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(DEFAULT_SIZE.height(), available.height() - FRAME_ALLOWANCE.height())
    size = QSize(max(width, MINIMUM_SIZE.width()), max(height, MINIMUM_SIZE.height()))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    rect.moveTop(max(rect.top(), available.top() + FRAME_ALLOWANCE.height() - 8))
    rect.moveLeft(max(rect.left(), available.left() + FRAME_ALLOWANCE.width() // 2))
    return rect
