"""Figures for the foundation: adding sessions through the services, and one status evaluation.

Run: python benchmarks/bench_services.py [N]   (default N = 10,000)
Prints: time to add N sessions through the services in one batch (validated, audited); the
very rows they stored, inserted with a raw sqlite3 executemany into a fresh file with the app's
schema (the fair floor: same random UUID keys, indexes, foreign keys and checks) and into a bare
table (the strictest floor), with the ratios; and the time of one programme status evaluation
over N sessions (median of 7).
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


def _written_rows(services: Services) -> tuple[list[str], list[tuple[object, ...]]]:
    """The session rows exactly as the services stored them (ids, dates, timestamps)."""
    con = sqlite3.connect(services.ctx.db.path)
    try:
        cursor = con.execute("SELECT * FROM session")
        names = [d[0] for d in cursor.description]
        return names, cursor.fetchall()
    finally:
        con.close()


def _timed_executemany(path: Path, sql: str, rows: list[tuple[object, ...]]) -> float:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("PRAGMA foreign_keys=ON")
        t0 = time.perf_counter()
        con.execute("BEGIN")
        con.executemany(sql, rows)
        con.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        con.close()


def _raw_into_app_schema(tmp: Path, services: Services) -> float:
    """The floor: the same rows into a fresh file with the app's schema (keys, indexes, checks)."""
    names, rows = _written_rows(services)
    target = Services(open_database(tmp / "raw-schema.sqlite"), now=lambda: NOW)
    target.profile.save(ProfileInput(name="Benk Mark", programme_id="rbup-kmaa-2024"))
    target.supervisors.add(
        SupervisorInput("Kari Nordmann", "Sosionom", frozenset({Approval.PROGRAMME}))
    )
    target.ctx.db.close()
    con = sqlite3.connect(tmp / "raw-schema.sqlite")  # the rows' supervisor id, for the key
    with con:
        con.execute("UPDATE supervisor SET id = ?", (rows[0][names.index("supervisor_id")],))
    con.close()
    marks = ",".join("?" for _ in names)
    sql = f"INSERT INTO session ({','.join(names)}) VALUES ({marks})"
    return _timed_executemany(tmp / "raw-schema.sqlite", sql, rows)


def _raw_into_bare_table(tmp: Path, services: Services) -> float:
    """The strictest floor: the same rows into a table with no index, key or check."""
    names, rows = _written_rows(services)
    con = sqlite3.connect(tmp / "raw-bare.sqlite")
    con.execute(f"CREATE TABLE session ({','.join(names)})")
    con.close()
    marks = ",".join("?" for _ in names)
    sql = f"INSERT INTO session VALUES ({marks})"
    return _timed_executemany(tmp / "raw-bare.sqlite", sql, rows)


def main(n: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        services = Services(open_database(Path(tmp) / "bench.sqlite"), now=lambda: NOW)
        services.profile.save(ProfileInput(name="Benk Mark", programme_id="rbup-kmaa-2024"))
        items = _items(services, n)
        t0 = time.perf_counter()
        services.sessions.add_many(items)
        t_services = time.perf_counter() - t0

        t_schema = _raw_into_app_schema(Path(tmp), services)
        t_bare = _raw_into_bare_table(Path(tmp), services)

        export = Path(tmp) / "export.json"
        services.transfer.export_json(export)
        target = Services(open_database(Path(tmp) / "import.sqlite"), now=lambda: NOW)
        t0 = time.perf_counter()
        target.transfer.import_json(export, backup=False)
        t_import = time.perf_counter() - t0

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
        print(f"add through services (one batch, validated + audited):  {t_services * 1000:.0f} ms")
        print(f"raw sqlite3 executemany, same rows into the app's table:  {t_schema * 1000:.0f} ms")
        print(
            f"ratio services / raw (same table):                       {t_services / t_schema:.1f}x"
        )
        print(f"raw sqlite3 executemany, same rows into a bare table:    {t_bare * 1000:.0f} ms")
        print(
            f"ratio services / raw (bare table):                       {t_services / t_bare:.1f}x"
        )
        print(f"import a JSON export of them into a new file:            {t_import * 1000:.0f} ms")
        print(f"load the log from the file:                              {t_load * 1000:.0f} ms")
        print(
            f"status evaluation (median of 7):                         "
            f"{statistics.median(times) * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
