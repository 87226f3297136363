"""``audit verify`` and ``verify``: is the log what the app wrote, are the signatures valid.

Exit 0 when everything holds, 1 naming each problem on stderr.
"""

from __future__ import annotations

from miljologg.cli.table import Call, CommandTable


def register(table: CommandTable) -> None:
    table.group("audit", help="revisjonslogg")
    table.add("audit verify", _audit_verify, writes=False, help="kontroller revisjonsloggen")
    table.add("verify", _verify, writes=False, help="kontroller alle signaturer og revisjonsloggen")


def _audit_verify(call: Call) -> int:
    report = call.services.status.verify_audit()
    if report.ok:
        print(f"Revisjonsloggen er hel ({report.events} hendelser).", file=call.out)
        return 0
    for problem in report.problems:
        print(problem.message, file=call.err)
    return 1


def _verify(call: Call) -> int:
    report = call.services.signing.verify()
    if report.ok:
        print(
            f"Alt stemmer: {report.signatures} gyldige signaturer, "
            f"revisjonsloggen er hel ({report.audit.events} hendelser).",
            file=call.out,
        )
        return 0
    for problem in report.problems:
        print(problem, file=call.err)
    return 1
