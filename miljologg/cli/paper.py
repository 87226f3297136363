"""``signing sheet`` and ``signing paper``: sign-off on paper, from the shell.

They join the ``signing`` group declared by ``miljologg.cli.signing`` (registered before this
module), beside ``request``, ``sign`` and ``import``.
"""

from __future__ import annotations

from pathlib import Path

from miljologg.cli.common import one_line, output_path
from miljologg.cli.table import Call, CommandTable
from miljologg.core.i18n import _, ngettext
from miljologg.core.plural import count as count_text
from miljologg.core.units import format_number


def register(table: CommandTable) -> None:
    sheet = table.writer("signing sheet", _sheet, _("lag et signeringsark (PDF) for én veileder"))
    sheet.add_argument("--supervisor", required=True, help=_("navn eller id"))
    sheet.add_argument("--out", required=True, metavar=_("ARK.pdf"))
    paper = table.writer(
        "signing paper", _paper, _("registrer møter signert på papir, med skannet ark")
    )
    paper.add_argument("--sessions", nargs="+", required=True, metavar=_("MØTE-ID"))
    paper.add_argument("--scan", required=True, metavar=_("SKANN.pdf|png|jpg"))


def _sheet(call: Call) -> int:
    from miljologg.dossier.signsheet import write_sign_sheet

    s = call.services
    sup = s.supervisors.find(call.args.supervisor)
    target = output_path(call.args.out)
    info = write_sign_sheet(s, sup.id, target, env=call.env)
    print(
        _("Skrev {path}: {sessions} hos {name} ({pages}).").format(
            path=target,
            sessions=count_text(info.sessions, "usignert møte", "usignerte møter"),
            name=sup.name,
            pages=count_text(info.pages, "side", "sider"),
        ),
        file=call.out,
    )
    return 0


def _paper(call: Call) -> int:
    scan = call.services.paper.record(call.args.sessions, Path(call.args.scan))
    n = len(scan.session_ids)
    print(
        ngettext(
            "Registrert som signert på papir: {n} møte (skann {file}, {size} kB, SHA-256 {sha}…).",
            "Registrert som signert på papir: {n} møter (skann {file}, {size} kB, SHA-256 {sha}…).",
            n,
        ).format(
            n=n, file=scan.filename, size=format_number(scan.size // 1024), sha=scan.sha256[:16]
        ),
        file=call.out,
    )
    for digest in scan.digests:
        print(_("  fingeravtrykk {digest}").format(digest=digest), file=call.out)
    for warning in scan.warnings:  # recorded all the same: the student has the signed sheet
        print(_("miljologg: Advarsel: {warning}").format(warning=one_line(warning)), file=call.err)
    return 0
