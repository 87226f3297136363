"""``verify-dossier FILE.pdf``: check a dossier's signatures and totals with the PDF alone.

No data file is opened (``needs_data=False``): the committee, the supervisor or anyone else can
run it on a dossier they were sent. Exit 0 with a report when everything checks, 1 naming what
fails (see ``miljologg.dossier.verify`` for what is and is not checked).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from miljologg.services.app import Services


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "verify-dossier",
        help="kontroller signaturene og totalene i en dokumentasjons-PDF (uten datafil)",
    )
    parser.add_argument("pdf", metavar="FIL.pdf")
    parser.set_defaults(run=_verify_dossier, needs_data=False)


def _verify_dossier(s: Services | None, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from miljologg.dossier.verify import verify_dossier

    report = verify_dossier(Path(a.pdf))
    for line in report.lines:
        print(line, file=out)
    if report.ok:
        print(f"Alt stemmer: {a.pdf}", file=out)
        return 0
    print(f"{a.pdf}: {len(report.problems)} feil:", file=err)
    for problem in report.problems:
        print(f"  {problem}", file=err)
    return 1
