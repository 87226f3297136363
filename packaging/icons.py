"""Render the app icon from its one source, ``resources/icons/miljologg.svg``.

Run: python packaging/icons.py OUT_DIR
Writes ``OUT_DIR/png/miljologg-<N>.png`` for N in 16…1024, ``OUT_DIR/miljologg.ico`` (Windows:
the executable's and the installer's icon) and ``OUT_DIR/miljologg.icns`` (macOS: the .app's).
Qt's own SVG renderer draws the PNGs (the same one that draws the window icon at run time, so
what the desktop shows matches the window); Pillow packs the .ico and .icns, which it writes on
every platform. Nothing rendered is committed: the build makes it fresh from the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "miljologg.svg"
#: The sizes desktops ask for (hicolor theme, Windows shell, macOS Finder and Dock).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    """One square PNG with a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")


def main(out_dir: Path) -> None:
    app = QGuiApplication.instance() or QGuiApplication(["icons"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: Qt could not read the SVG")
    png_dir = out_dir / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_dir / f"miljologg-{size}.png" for size in PNG_SIZES}
    for size, path in pngs.items():
        render(renderer, size, path)
    del app
    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    # .ico: every size drawn by the renderer itself rather than scaled down by Pillow.
    images[256].save(
        out_dir / "miljologg.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    # .icns: Pillow takes the largest image and any others it should use as they are.
    images[1024].save(
        out_dir / "miljologg.icns",
        format="ICNS",
        append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)],
    )
    for path in (out_dir / "miljologg.ico", out_dir / "miljologg.icns", *pngs.values()):
        print(path)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/icons.py OUT_DIR")
    main(Path(sys.argv[1]))
