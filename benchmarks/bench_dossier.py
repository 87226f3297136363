"""Time the dossier for the two-year demo log (aim < 1 s) and for 10,000 sessions (aim < 15 s),
and ``verify-dossier`` on each (it makes every page again from the attached input and compares).

Run: ``python benchmarks/bench_dossier.py``. Prints seconds and pages for each case; the data is
written through the services into temporary files first (not timed).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from miljologg.db.database import open_database  # noqa: E402
from miljologg.demo import write_demo  # noqa: E402
from miljologg.dossier import build_dossier  # noqa: E402
from miljologg.dossier.verify import verify_dossier  # noqa: E402
from miljologg.services.app import Services  # noqa: E402

TODAY = dt.datetime(2026, 9, 30, 10, 0, tzinfo=dt.UTC)  # the whole programme is behind us
CASES = (("demo (to år)", None, 1.0), ("10 000 møter", 10_000, 15.0))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for label, sessions, aim in CASES:
            data = Path(tmp) / f"{sessions or 'demo'}.sqlite"
            services = Services(open_database(data), now=lambda: TODAY)
            write_demo(services, sessions=sessions)
            out = Path(tmp) / f"{sessions or 'demo'}.pdf"
            for scheme in (None, "psykologforeningen-spesialist"):
                start, cpu = time.perf_counter(), time.process_time()
                info = build_dossier(services, out, scheme_id=scheme)
                seconds = time.perf_counter() - start
                cpu = time.process_time() - cpu
                verdict = "ok" if seconds < aim else f"OVER målet {aim:.0f} s"
                size = out.stat().st_size / 1024
                start, checked_cpu = time.perf_counter(), time.process_time()
                report = verify_dossier(out)
                checked = time.perf_counter() - start
                checked_cpu = time.process_time() - checked_cpu
                print(
                    f"{label:14} {scheme or 'programmet':32} {seconds:6.2f} s "
                    f"(CPU {cpu:5.2f} s)  {info.pages:4} sider  {size:7.0f} KiB  {verdict}  "
                    f"verify-dossier {checked:6.2f} s (CPU {checked_cpu:5.2f} s, "
                    f"{'stemmer' if report.ok else 'FEIL'})"
                )


if __name__ == "__main__":
    main()
