"""Figures for the desktop app: start-up to the first painted main window, and table filtering.

Run: python benchmarks/bench_gui.py
Prints, in one run and on the same machine state:
- a bare PySide6 QMainWindow from process start to its first paint (the floor);
- miljologg's real start-up path (``run_gui``) to the first paint of its main window (painted
  before the database layer loads), and on to the first paint of the dashboard with its
  figures, with the two-year demo log and with a 10,000-session log, each with its ratio to
  the floor (median of 5 processes each, offscreen platform);
- filtering the 10,000-row Veiledning table through its proxy (text, form, supervisor).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

_CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Paints(QObject):
    # «painted»: the main window's first paint; «ready»: the first paint of the page the user
    # reads (the dashboard), i.e. the figures are on screen. A bare window is ready at once.
    def __init__(self, bare):
        super().__init__()
        self.bare = bare
        self.painted = False
    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint:
            return False
        if isinstance(obj, QMainWindow) and not self.painted:
            self.painted = True
            print("painted", time.perf_counter(), flush=True)
            if self.bare:
                print("ready", time.perf_counter(), flush=True)
                QApplication.instance().exit(0)
        elif self.painted and type(obj).__name__ == "DashboardPage":
            print("ready", time.perf_counter(), flush=True)
            QApplication.instance().exit(0)
        return False

print("start", time.perf_counter(), flush=True)
app = QApplication(["bench"])
spy = Paints(sys.argv[1] == "bare")
app.installEventFilter(spy)
if sys.argv[1] == "bare":
    w = QMainWindow(); w.resize(1180, 760); w.show()
    sys.exit(app.exec())
from miljologg.ui.shell.app import run_gui
sys.exit(run_gui(["--data", sys.argv[1]]))
"""


def _time_start(arg: str, env: dict[str, str]) -> tuple[float, float]:
    """(to the main window's first paint, to the dashboard's first paint), from process start."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, arg], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        name, _, _ = line.partition(" ")
        marks[name] = time.perf_counter() - t0
        if name == "ready":
            break
    proc.wait(timeout=60)
    if "painted" not in marks or "ready" not in marks:
        raise RuntimeError(f"child did not paint: {marks!r}")
    return marks["painted"], marks["ready"]


def _median_start(arg: str, env: dict[str, str]) -> tuple[float, float]:
    runs = [_time_start(arg, env) for _ in range(RUNS)]
    return (
        statistics.median(painted for painted, _ in runs),
        statistics.median(ready for _, ready in runs),
    )


def _make(path: Path, sessions: int | None) -> None:
    args = [sys.executable, "-m", "miljologg", "demo", "--data", str(path)]
    if sessions:
        args += ["--sessions", str(sessions)]
    subprocess.run(args, check=True, capture_output=True)


def _filter_figures(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from miljologg.core.model import Form
    from miljologg.db.database import open_database
    from miljologg.services.app import Services
    from miljologg.ui.sessions.model import SessionFilterProxy, SessionTableModel
    from miljologg.ui.sessions.summary import judged

    app = QApplication.instance() or QApplication(["bench"])
    services = Services(open_database(path))
    log = services.status.log()
    names = {s.id: s.name for s in log.supervisors}
    reasons, _ = judged(services, log)
    model = SessionTableModel()
    t0 = time.perf_counter()
    model.set_data(list(log.sessions), names, reasons)
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    t_load = time.perf_counter() - t0
    first_supervisor = log.supervisors[0].id
    cases = [
        ("text «Kari»", lambda: proxy.set_text("Kari")),
        ("text «traume»", lambda: proxy.set_text("traume")),
        ("clear text", lambda: proxy.set_text("")),
        ("form individual", lambda: proxy.set_form(Form.INDIVIDUAL)),
        ("supervisor", lambda: proxy.set_supervisor(first_supervisor)),
    ]
    print(f"table: {model.rowCount()} rows; load model + sort: {t_load * 1000:.0f} ms")
    for label, action in cases:
        t0 = time.perf_counter()
        action()
        rows = proxy.rowCount()
        print(f"  filter {label:18} {(time.perf_counter() - t0) * 1000:6.1f} ms  ({rows} rows)")
    del app


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tmp)
        demo, big = Path(tmp) / "demo.sqlite", Path(tmp) / "big.sqlite"
        _make(demo, None)
        _make(big, 10_000)
        floor, _ = _median_start("bare", env)
        print(f"start-up from process start (median of {RUNS}, offscreen):")
        print(f"  bare QMainWindow painted (floor):     {floor * 1000:6.0f} ms")
        for label, path in (("demo log", demo), ("10,000 sessions", big)):
            painted, ready = _median_start(str(path), env)
            print(
                f"  miljologg, {label + ':':17} window {painted * 1000:5.0f} ms "
                f"({painted / floor:.2f}x),  dashboard {ready * 1000:5.0f} ms "
                f"({ready / floor:.2f}x)"
            )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _filter_figures(big)


if __name__ == "__main__":
    main()
