"""``audit verify`` and ``verify``: is the log what the app wrote, are the signatures valid.

Exit 0 when everything holds, 1 naming each problem on stderr. ``verify`` counts the valid
cryptographic signatures, and names the void signatures and the paper registrations apart: a
paper registration is the student's statement with a scan, not a verified signature.
``verify --json`` prints exactly ``{valid_signatures, void_signatures, paper_registrations,
audit, ok}`` on stdout; the problems are named on stderr in both forms.
"""

from __future__ import annotations

from pathlib import Path

from miljologg.cli.common import one_line, print_json
from miljologg.cli.table import Call, CommandTable
from miljologg.core.i18n import _
from miljologg.core.plural import count as count_text


def register(table: CommandTable) -> None:
    table.group("audit", help=_("revisjonslogg"))
    audit = table.reader(
        "audit verify",
        _audit_verify,
        _("kontroller revisjonsloggen mot postene og mot alle ankre den finner"),
    )
    audit.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar=_("FIL"),
        help=_("sammenlign også med denne filen (sikkerhetskopi, eksport, signert svar, PDF)"),
    )
    verify = table.reader("verify", _verify, _("kontroller alle signaturer og revisjonsloggen"))
    verify.add_argument("--json", action="store_true", help=_("resultatet som JSON"))


def _audit_verify(call: Call) -> int:
    report = call.services.anchors.verify([Path(p) for p in call.args.anchor])
    a = report.anchors
    compared = _("sammenlignet med {backups}, {responses} og {files}").format(
        backups=count_text(a.get("backups", 0), "sikkerhetskopi", "sikkerhetskopier"),
        responses=count_text(a.get("responses", 0), "signert svar", "signerte svar"),
        files=count_text(a.get("files", 0), "annen fil", "andre filer"),
    )
    if report.ok:
        events = count_text(report.events, "hendelse", "hendelser")
        print(
            _("Revisjonsloggen er hel ({events}), {compared}.").format(
                events=events, compared=compared
            ),
            file=call.out,
        )
        print(
            _(
                "Det viser at ingen har endret loggen ved et uhell eller på en enkel måte; mot "
                "bevisst omskriving er det bare signaturene og ankrene som holder."
            ),
            file=call.out,
        )
        return 0
    for problem in report.problems:
        print(one_line(problem.message), file=call.err)
    return 1


def _verify(call: Call) -> int:
    report = call.services.signing.verify()
    if call.args.json:
        print_json(report.as_json(), call.out)
        for problem in report.problems:
            print(problem, file=call.err)
        return 0 if report.ok else 1
    if report.ok:
        valid = count_text(report.signatures, "gyldig signatur", "gyldige signaturer")
        events = count_text(report.audit.events, "hendelse", "hendelser")
        print(
            _("Alt stemmer: {valid}, revisjonsloggen er hel ({events}).").format(
                valid=valid, events=events
            ),
            file=call.out,
        )
    for problem in report.problems:
        print(one_line(str(problem)), file=call.err)
    void_heading = _(
        "Ugyldiggjorte signaturer (endret etter signering, beholdt som "
        "historikk): {void_signatures}"
    )
    paper_heading = _(
        "Papirregistreringer (studentens erklæring med et skannet ark, ikke "
        "kontrollerte signaturer): {paper_registrations}"
    )
    for heading, lines in (
        (void_heading.format(void_signatures=report.void_signatures), report.void),
        (paper_heading.format(paper_registrations=report.paper_registrations), report.paper),
    ):
        print(heading, file=call.out)
        for line in lines:
            print(f"  {line}", file=call.out)
    return 0 if report.ok else 1
