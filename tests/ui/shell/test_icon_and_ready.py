"""The app icon is set and drawn from its SVG, and the smoke-test probe sees a started app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QIcon

from miljologg.assets import icon_path
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput

ROOT = Path(__file__).resolve().parents[3]
BLUE = QColor("#12355b")


def test_icon_renders_in_the_apps_blue(qtbot) -> None:
    icon = QIcon(str(icon_path()))
    assert not icon.isNull()
    for size in (16, 32, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, size, max(1, size // 16))
            for y in range(0, size, max(1, size // 16))
        }
        assert BLUE.name() in colours, (size, colours)
        assert image.pixelColor(0, 0).alpha() == 0  # a transparent corner, not a square tile


def test_the_started_gui_reports_ready_with_its_icon(tmp_path: Path) -> None:
    """The real entry point in a process of its own, as the smoke tests run the built app."""
    path = tmp_path / "logg.sqlite"
    services = Services(open_database(path))
    services.profile.save(ProfileInput(name="Kari Student", programme_id="rbup-kmaa-2024"))
    services.db.close()
    ready = tmp_path / "ready.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MILJOLOGG_READY_FILE": str(ready),
        "HOME": str(tmp_path),  # QSettings and the like stay out of the user's folders
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "miljologg", "--data", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(ready.read_text(encoding="utf-8"))
    assert report["window_icon"] is True
    assert report["title"] == "Kari Student – logg.sqlite – miljologg"
    assert report["platform"] == "offscreen"
