"""``signing sheet`` and ``signing paper``: sign-off on paper, from the shell.

Registered after ``commands.signing`` and added to its ``signing`` subcommands, so the paper
way sits beside ``request``, ``sign`` and ``import`` without editing that module.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from miljologg.db.lock import acquire_writer_lock
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    signing = sub.choices["signing"]
    actions = [a for a in signing._actions if isinstance(a, argparse._SubParsersAction)]
    sig_sub = actions[0]
    sheet = sig_sub.add_parser("sheet", help="lag et signeringsark (PDF) for én veileder")
    sheet.add_argument("--supervisor", required=True, help="navn eller id")
    sheet.add_argument("--out", required=True, metavar="ARK.pdf")
    sheet.set_defaults(run=_sheet)
    paper = sig_sub.add_parser("paper", help="registrer møter signert på papir, med skannet ark")
    paper.add_argument("--sessions", nargs="+", required=True, metavar="MØTE-ID")
    paper.add_argument("--scan", required=True, metavar="SKANN.pdf|png|jpg")
    paper.set_defaults(run=_paper)


def _sheet(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from miljologg.dossier.signsheet import write_sign_sheet

    sup = s.supervisors.find(a.supervisor)
    target = Path(a.out)
    if not target.parent.is_dir():
        raise ValidationError("out", f"Mappen {target.parent} finnes ikke.")
    info = write_sign_sheet(s, sup.id, target)
    print(
        f"Skrev {target}: {info.sessions} usignerte møter hos {sup.name} ({info.pages} sider).",
        file=out,
    )
    return 0


def _paper(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from miljologg.services.paper import PaperService

    with acquire_writer_lock(s.db.path):  # never beside an open window on the same file
        scan = PaperService(s.ctx).record(a.sessions, Path(a.scan))
    print(
        f"Registrert som signert på papir: {len(scan.session_ids)} møter "
        f"(skann {scan.filename}, {scan.size // 1024} kB, SHA-256 {scan.sha256[:16]}…).",
        file=out,
    )
    for digest in scan.digests:
        print(f"  fingeravtrykk {digest}", file=out)
    return 0
