"""Two processes making the same new data file at the same moment: one makes it, the other is
told the file is in use (or finds it made) — and whatever either reports, the file is there
with its data. Before the file was created under the writer lock, two ``import``s into one new
path could both report success and leave no file (the loser removed the winner's file)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_helpers import cli

ROOT = Path(__file__).resolve().parents[2]
RBUP = "rbup-kmaa-2024"

#: Loads everything first, then waits for the starting shot, so both processes reach the
#: data file within a millisecond or so of each other.
RACER = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "import miljologg.cli.dispatch, miljologg.services.transfer, miljologg.db.database\n"
    "go = Path(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "while not go.exists():\n"
    "    time.sleep(0.001)\n"
    "from miljologg.__main__ import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


@pytest.fixture
def export(tmp_path: Path) -> Path:
    source = tmp_path / "kilde.sqlite"
    assert cli("--data", str(source), "demo", "--sessions", "50")[0] == 0
    path = tmp_path / "eksport.json"
    assert cli("--data", str(source), "export", "json", "--out", str(path))[0] == 0
    return path


def _race(tmp_path: Path, round_: int, argv: list[str]) -> list[subprocess.CompletedProcess[str]]:
    go = tmp_path / f"go-{round_}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(go), *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        for _ in range(2)
    ]
    for proc in racers:  # both loaded and waiting
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    go.touch()
    done = []
    for proc in racers:
        out, err = proc.communicate(timeout=120)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def _sessions(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM session").fetchone()[0])
    finally:
        con.close()


def test_two_imports_into_one_new_path(tmp_path: Path, export: Path) -> None:
    for round_ in range(2):
        target = tmp_path / f"flyttet-{round_}.sqlite"
        results = _race(tmp_path, round_, ["--data", str(target), "import", str(export)])
        codes = sorted(r.returncode for r in results)
        assert codes in ([0, 0], [0, 2]), [(r.returncode, r.stderr) for r in results]
        for r in results:
            if r.returncode == 2:
                assert r.stderr.startswith("miljologg: Filen er allerede åpen"), r.stderr
                assert r.stderr.count("\n") == 1
            else:
                assert r.stdout.startswith("Importert – nye: "), r.stderr
        assert target.is_file() and _sessions(target) == 50  # the winner's work is there
        assert cli("--data", str(target), "audit", "verify")[0] == 0


def test_two_inits_of_one_new_path(tmp_path: Path) -> None:
    target = tmp_path / "ny.sqlite"
    argv = ["--data", str(target), "init", "--name", "Test Student", "--programme", RBUP]
    results = _race(tmp_path, 0, argv)
    assert sorted(r.returncode for r in results) == [0, 2]
    loser = next(r for r in results if r.returncode == 2)
    assert "allerede åpen" in loser.stderr or "finnes allerede" in loser.stderr
    assert target.is_file() and cli("--data", str(target), "audit", "verify")[0] == 0
