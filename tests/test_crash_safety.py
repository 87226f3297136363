"""Crash safety, shown: a writer killed with SIGKILL at random moments loses nothing it reported.

A child process writes sessions through the services in a loop, one transaction each, and prints
every id only after its commit returned. The parent kills it with SIGKILL after a random delay,
several rounds on the same file (each round also reopens a file whose last writer died with a
WAL and shared-memory file left behind). After every kill: ``PRAGMA integrity_check`` is ok,
every printed id is in the file, and the audit chain verifies.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from miljologg.db.database import open_database
from miljologg.services.app import Services

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ROUNDS = 5
REPO = Path(__file__).resolve().parents[1]

WRITER = r"""
import datetime as dt, sys
from pathlib import Path
from miljologg.core.model import Form
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import SupervisorInput

clock = lambda: dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)
services = Services(open_database(Path(sys.argv[1])), now=clock)
if services.profile.get() is None:
    services.profile.save(ProfileInput(name="Krasj Test", programme_id="rbup-kmaa-2024"))
sups = services.supervisors.list()
sup = sups[0] if sups else services.supervisors.add(SupervisorInput("Kari Nordmann", "Sosionom"))
print("ready", flush=True)
n = 0
while True:
    n += 1
    session = services.sessions.add(
        SessionInput(dt.date(2025, 6, 2), 30 + n % 60, Form.INDIVIDUAL, sup.id, topic=f"Runde {n}")
    )
    print(session.id, flush=True)
"""


def _round(path: Path, rng: random.Random) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.strip() == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    # A line cut off by the kill has no newline; the id was not reported as committed.
    lines = out.split("\n")
    return [line for line in lines[:-1] if line]


def test_killed_writer_loses_nothing_it_reported(tmp_path: Path) -> None:
    path = tmp_path / "krasj.sqlite"
    rng = random.Random(int(os.environ.get("MILJOLOGG_CRASH_SEED", "20250618")))
    reported: list[str] = []
    for _ in range(ROUNDS):
        reported += _round(path, rng)
        # Checked on the file as the killed process left it (WAL and all) before reopening.
        with sqlite3.connect(path) as con:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            present = {row[0] for row in con.execute("SELECT id FROM session")}
        con.close()
        missing = [i for i in reported if i not in present]
        assert not missing, f"{len(missing)} reported ids lost"
    assert len(reported) >= ROUNDS  # each round committed something before it was killed
    with open_database(path, create=False) as db:
        services = Services(db)
        assert services.status.verify_audit().ok
        assert {s.id for s in services.sessions.list()} >= set(reported)
