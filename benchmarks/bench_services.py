"""Figures for the foundation: adding sessions through the services, and one status evaluation.

Run: python benchmarks/bench_services.py [N]   (default N = 10,000)
Prints: time to add N sessions through the services in one batch (validated, audited), the
same rows with a raw sqlite3 executemany (the floor) and their ratio; and the time of one
programme status evaluation over N sessions (median of 7).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from miljologg.core import rules
from miljologg.core.model import Approval, Form
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import SupervisorInput

NOW = dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.UTC)


def _items(services: Services, n: int) -> list[SessionInput]:
    sup = services.supervisors.add(
        SupervisorInput("Kari Nordmann", "Sosionom", frozenset({Approval.PROGRAMME}))
    )
    start = dt.date(2024, 11, 4)
    forms = [(Form.INDIVIDUAL, 1), (Form.EXTERNAL_GROUP, 5)]
    return [
        SessionInput(
            start + dt.timedelta(days=i % 680),
            90,
            forms[i % 2][0],
            sup.id,
            forms[i % 2][1],
            "Relasjonsbygging i miljøterapi",
        )
        for i in range(n)
    ]


def main(n: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        services = Services(open_database(Path(tmp) / "bench.sqlite"), now=lambda: NOW)
        services.profile.save(ProfileInput(name="Benk Mark", programme_id="rbup-kmaa-2024"))
        items = _items(services, n)
        t0 = time.perf_counter()
        services.sessions.add_many(items)
        t_services = time.perf_counter() - t0

        raw = Path(tmp) / "raw.sqlite"
        con = sqlite3.connect(raw)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute(
            "CREATE TABLE session (id TEXT PRIMARY KEY, date TEXT, minutes INT, form TEXT,"
            " supervisor_id TEXT, group_size INT, topic TEXT)"
        )
        rows = [
            (
                f"{i:036d}",
                s.date.isoformat(),
                s.minutes,
                s.form.value,
                s.supervisor_id,
                s.group_size,
                s.topic,
            )
            for i, s in enumerate(items)
        ]
        t0 = time.perf_counter()
        with con:
            con.executemany("INSERT INTO session VALUES (?,?,?,?,?,?,?)", rows)
        t_raw = time.perf_counter() - t0
        con.close()

        t0 = time.perf_counter()
        log = services.status.log()
        t_load = time.perf_counter() - t0
        programme = services.profile.programme()
        assert programme is not None
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            rules.evaluate_programme(log, programme, NOW.date())
            times.append(time.perf_counter() - t0)

        print(f"sessions: {n}")
        print(f"add through services (one batch, validated + audited): {t_services * 1000:.0f} ms")
        print(f"raw sqlite3 executemany of the same rows:               {t_raw * 1000:.0f} ms")
        print(f"ratio services / raw:                                   {t_services / t_raw:.1f}x")
        print(f"load the log from the file:                             {t_load * 1000:.0f} ms")
        print(
            f"status evaluation (median of 7):                        "
            f"{statistics.median(times) * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
