"""Smoke-test a built miljologg: the frozen app, run as a user's machine would run it.

Run: python scripts/smoke_frozen.py PROGRAM [--gui-program PROGRAM] [--python PY]
  PROGRAM        the frozen executable (dist/miljologg/miljologg, miljologg-cli.exe,
                 miljologg.app/Contents/MacOS/miljologg)
  --gui-program  the executable that starts the window, when it is another one (Windows:
                 miljologg.exe, which has no console)
  --python       a Python with miljologg installed, to time the same start without freezing
                 (default: this Python, from the checkout)

Every frozen run gets a clean environment, as ``env -i`` gives (only HOME, and on Windows the
few variables Windows itself needs), and a scratch folder as its working directory, so nothing
leaks in from the build's virtual environment or the checkout. Checked: ``--version`` (the
version in pyproject.toml), ``demo``, ``status --json``, ``dossier`` (every font embedded, by
pdffonts when it is installed and by pypdf always), ``verify-dossier``, every old-schema fixture
in tests/fixtures/db/ opened and upgraded to the newest revision (with its backup made first),
and the GUI on Qt's offscreen platform to its first paint with the log loaded (it reports
through MILJOLOGG_READY_FILE and quits). Prints the folder's size and the start times against
the non-frozen app. Used by .ci/run and by .github/workflows/release.yml on all three systems.
The last line is «smoke: N passed, M failed»; the exit code is 1 if anything failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180
WINDOWS = sys.platform == "win32"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What ``env -i HOME=…`` leaves, plus what Windows cannot start a program without."""
    env = {"HOME": str(home)}
    if WINDOWS:
        for name in ("SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "COMSPEC"):
            if name in os.environ:
                env[name] = os.environ[name]
        for name in ("USERPROFILE", "APPDATA", "LOCALAPPDATA", "TEMP", "TMP"):
            env[name] = str(home)
    env.update(extra)
    return env


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return str(tomllib.loads(text)["project"]["version"])


def head_revision() -> str:
    """The revision no other revision builds on, read from migrations/versions/*.py."""
    revisions: dict[str, str | None] = {}
    for script in (ROOT / "migrations" / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        rev = re.search(r'^revision: str = "([^"]+)"', text, re.M)
        down = re.search(r'^down_revision: [^=]+= "([^"]+)"', text, re.M)
        if rev:
            revisions[rev.group(1)] = down.group(1) if down else None
    heads = set(revisions) - {d for d in revisions.values() if d}
    if len(heads) != 1:
        raise SystemExit(f"expected one head revision, found {sorted(heads)}")
    return heads.pop()


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


class Smoke:
    def __init__(self, program: Path, gui_program: Path, python: str, work: Path) -> None:
        self.program = program
        self.gui_program = gui_program
        self.python = python
        self.work = work
        self.home = work / "home"
        self.home.mkdir()
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.figures: list[str] = []

    # -- running ------------------------------------------------------------------------------

    def run(self, *args: str, program: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program or self.program), *args],
            cwd=self.work,
            env=clean_env(self.home),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
        )

    def check(self, name: str, test: Callable[[], str | None]) -> None:
        """Run one check; ``test`` returns None when it passes, or what went wrong."""
        started = time.perf_counter()
        try:
            problem = test()
        except Exception as exc:  # a smoke test reports every failure and goes on
            problem = f"{type(exc).__name__}: {exc}"
        took = time.perf_counter() - started
        if problem is None:
            self.passed.append(name)
            print(f"ok    {name} ({took:.1f} s)", flush=True)
        else:
            self.failed.append(name)
            print(f"FAIL  {name}: {problem}", flush=True)

    @staticmethod
    def explain(done: subprocess.CompletedProcess[str]) -> str | None:
        if done.returncode == 0:
            return None
        return f"exit {done.returncode}: {(done.stderr or done.stdout).strip()[-800:]}"

    # -- the checks ---------------------------------------------------------------------------

    def version(self) -> str | None:
        done = self.run("--version")
        expected = f"miljologg {project_version()}"
        if done.returncode != 0 or done.stdout.strip() != expected:
            return f"wanted «{expected}», got exit {done.returncode}: {done.stdout}{done.stderr}"
        return None

    def demo(self) -> str | None:
        done = self.run("demo", "--data", str(self.work / "demo.sqlite"))
        return self.explain(done) or (
            None if (self.work / "demo.sqlite").is_file() else "no data file written"
        )

    def status(self) -> str | None:
        done = self.run("--data", str(self.work / "demo.sqlite"), "status", "--json")
        if done.returncode != 0:
            return self.explain(done)
        total = json.loads(done.stdout)["supervision"]["total"]
        return None if total["counted_minutes"] > 0 else f"nothing counted: {total}"

    def dossier(self) -> str | None:
        pdf = self.work / "dossier.pdf"
        done = self.run("--data", str(self.work / "demo.sqlite"), "dossier", "--out", str(pdf))
        if done.returncode != 0:
            return self.explain(done)
        from pypdf import PdfReader

        missing: set[str] = set()
        for page in PdfReader(pdf).pages:
            for ref in page["/Resources"].get("/Font", {}).values():
                font = ref.get_object()
                descriptors = [font.get("/FontDescriptor")] + [
                    d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
                ]
                if not any(
                    d is not None
                    and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                    for d in descriptors
                ):
                    missing.add(str(font["/BaseFont"]))
        if missing:
            return f"fonts not embedded (pypdf): {sorted(missing)}"
        if shutil.which("pdffonts"):
            rows = subprocess.run(
                ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()[2:]
            bad = [row for row in rows if row.split()[-5] != "yes"]
            if not rows or bad:
                return f"pdffonts: {bad or 'no fonts listed'}"
        return None

    def verify_dossier(self) -> str | None:
        return self.explain(self.run("verify-dossier", str(self.work / "dossier.pdf")))

    def fixture(self, source: Path) -> Callable[[], str | None]:
        def test() -> str | None:
            folder = self.work / "fixtures" / source.stem
            folder.mkdir(parents=True)
            path = folder / source.name
            shutil.copy(source, path)
            before = _revision(path)
            done = self.run("--data", str(path), "status", "--json")
            if done.returncode != 0:
                return self.explain(done)
            after, head = _revision(path), head_revision()
            if after != head:
                return f"schema {before} -> {after}, wanted {head}"
            backups = list((folder / "backups").glob("*.sqlite"))
            if before != head and not backups:
                return "upgraded without a backup first"
            return None

        return test

    def gui(self, program: Path, env_extra: dict[str, str], label: str) -> float:
        """Start the window on the demo log (offscreen unless ``env_extra`` says otherwise);
        seconds from the start to the first paint with the log loaded."""
        data = self.work / f"gui-{label}.sqlite"
        shutil.copy(self.work / "demo.sqlite", data)
        ready = self.work / f"ready-{label}.json"
        env = clean_env(self.home, QT_QPA_PLATFORM="offscreen", MILJOLOGG_READY_FILE=str(ready))
        env.update(env_extra)
        command = [str(program), "--data", str(data)]
        if label == "python":  # the same start from the checkout, not frozen
            command = [self.python, "-m", "miljologg", "--data", str(data)]
        elif label == "xvfb":  # a real X server; xvfb-run adds DISPLAY and XAUTHORITY
            command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
        started = time.time()
        done = subprocess.run(
            command,
            cwd=ROOT if label == "python" else self.work,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        if done.returncode != 0 or not ready.is_file():
            raise RuntimeError(f"exit {done.returncode}, no ready report: {done.stderr[-800:]}")
        report = json.loads(ready.read_text(encoding="utf-8"))
        if not report["window_icon"]:
            raise RuntimeError("the window has no icon")
        ready.unlink()
        return float(report["ready_at"]) - started

    # -- figures ------------------------------------------------------------------------------

    def timings(self) -> None:
        """Start-up, frozen against the same code on Python (median of 3 each)."""

        def median(run: Callable[[], float]) -> float:
            return statistics.median(run() for _ in range(3))

        def cli(command: Sequence[str], cwd: Path) -> float:
            started = time.perf_counter()
            subprocess.run(
                command, cwd=cwd, env=clean_env(self.home), capture_output=True, check=True
            )
            return time.perf_counter() - started

        frozen_cli = median(lambda: cli([str(self.program), "--version"], self.work))
        python_cli = median(lambda: cli([self.python, "-m", "miljologg", "--version"], ROOT))
        frozen_gui = median(lambda: self.gui(self.gui_program, {}, "frozen"))
        python_gui = median(lambda: self.gui(self.gui_program, {}, "python"))
        self.figures += [
            f"start, --version:          frozen {frozen_cli:5.2f} s   python {python_cli:5.2f} s",
            f"start, window with the log: frozen {frozen_gui:5.2f} s   python {python_gui:5.2f} s",
        ]


def _revision(path: Path) -> str | None:
    # closing(): a connection left open would keep the file locked on Windows.
    with contextlib.closing(
        sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    ) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return str(row[0]) if row else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", type=Path)
    parser.add_argument("--gui-program", type=Path)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args(argv)
    program = args.program.resolve()
    gui_program = (args.gui_program or args.program).resolve()
    folder = program.parent
    if folder.parent.name == "Contents":  # macOS: report the whole .app
        folder = folder.parent.parent
    with tempfile.TemporaryDirectory(prefix="miljologg-smoke-") as tmp:
        smoke = Smoke(program, gui_program, args.python, Path(tmp))
        smoke.check("--version", smoke.version)
        smoke.check("demo", smoke.demo)
        smoke.check("status --json", smoke.status)
        smoke.check("dossier (fonts embedded)", smoke.dossier)
        smoke.check("verify-dossier", smoke.verify_dossier)
        for source in sorted((ROOT / "tests" / "fixtures" / "db").glob("*.sqlite")):
            smoke.check(f"old file {source.name} upgraded", smoke.fixture(source))
        smoke.check(
            "GUI offscreen to its first paint",
            lambda: None if smoke.gui(gui_program, {}, "frozen") > 0 else "no time",
        )
        if shutil.which("xvfb-run") and not WINDOWS:
            # The X11 platform plugin and the libraries bundled for it, on a real X server.
            xcb = {"QT_QPA_PLATFORM": "xcb", "PATH": "/usr/bin:/bin"}  # xvfb-run needs PATH
            smoke.check(
                "GUI on an X display (Xvfb) to its first paint",
                lambda: None if smoke.gui(gui_program, xcb, "xvfb") > 0 else "no time",
            )
        if not smoke.failed:
            smoke.check("start-up timings", lambda: smoke.timings())
        print(f"size: {folder_size(folder) / 1e6:.0f} MB in {folder}")
        for line in smoke.figures:
            print(line)
        print(f"smoke: {len(smoke.passed)} passed, {len(smoke.failed)} failed")
        return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
