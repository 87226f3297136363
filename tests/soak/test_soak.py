"""Long use: the real main window driven for thousands of actions, in a subprocess.

A crash after ten minutes is the worst bug a desktop app can have. The driver runs in its own
process so that an abort (PySide6 6.12.0 on CPython 3.11 killed Python with ``none_dealloc``
after ~34,000 Qt calls) fails this test instead of ending the test run. Marked ``soak``: the
main suite skips it, ``scripts/test`` runs it as a step of its own. ``MILJOLOGG_SOAK_ROUNDS``
sets the length (default 200 rounds, about 4,600 actions).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("soak_driver.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.soak


def test_main_window_survives_thousands_of_actions(tmp_path: Path) -> None:
    data = tmp_path / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "miljologg", "demo", "--data", str(data)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    rounds = int(os.environ.get("MILJOLOGG_SOAK_ROUNDS", "200"))
    # The same code as the rest of the suite (the source tree), not an installed copy.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(data), str(rounds)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr[-3000:]}"
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rounds"] == rounds
    assert report["actions"] >= 20 * rounds
    # Nothing piles up: a page keeps at most its last finished dialog, widgets do not grow.
    assert report["live_dialogs"] <= 4, report
    assert report["live_widgets"] < 3000, report
    print(f"\nsoak: {report}")
