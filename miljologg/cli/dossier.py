"""``dossier`` (the PDF for an approval committee) and ``verify-dossier`` (check one).

``verify-dossier`` opens no data file: the committee, the supervisor or anyone else can run it
on a dossier they were sent. It makes every page again from the input attached to the PDF and
compares them, and checks every signature: exit 0 with a report when everything checks, 1
naming each page and signature that fails, 2 for a file that is no PDF at all (see
``miljologg.dossier.verify`` for what is and is not checked).
"""

from __future__ import annotations

from pathlib import Path

from miljologg.cli.common import CliError, missing_folder, one_line, parse_date
from miljologg.cli.table import Call, CommandTable, DataUse
from miljologg.core.i18n import LANGUAGES, _, ngettext
from miljologg.core.units import format_date
from miljologg.services.errors import ValidationError


def register(table: CommandTable) -> None:
    dos = table.reader("dossier", _dossier, _("lag dokumentasjon (PDF) for godkjenning"))
    pdf_file = _("FIL.pdf")
    dos.add_argument("--out", required=True, metavar=pdf_file, help=_("PDF-filen som skal lages"))
    dos.add_argument("--scheme", default=None, help=_("godkjenningsordning (id)"))
    date = _("DATO")
    dos.add_argument("--from", dest="date_from", default=None, metavar=date, help=_("fra dato"))
    dos.add_argument("--to", dest="date_to", default=None, metavar=date, help=_("til dato"))
    # Not «language»: that is the global option's, and a subcommand's default would replace it.
    dos.add_argument(
        "--language",
        dest="dossier_language",
        choices=LANGUAGES,
        default=None,
        help=_("språket i dokumentasjonen (nb, nn eller en); ellers appens språk"),
    )
    check = table.reader(
        "verify-dossier",
        _verify_dossier,
        _("kontroller hver side, signaturene og totalene i en dokumentasjons-PDF (uten datafil)"),
        data=DataUse.NONE,
    )
    check.add_argument("pdf", metavar=pdf_file)


def _dossier(call: Call) -> int:
    from miljologg.dossier import build_dossier

    a, s = call.args, call.services
    period = None
    if a.date_from or a.date_to:
        programme = s.profile.programme()
        first = programme.start if programme else None
        last = programme.end if programme else None
        start = parse_date(a.date_from) if a.date_from else first
        end = parse_date(a.date_to) if a.date_to else last
        if start is None or end is None:
            raise ValidationError("period", _("Oppgi både --from og --to."))
        period = (start, end)
    target = Path(a.out)
    if not target.parent.is_dir():
        raise CliError(missing_folder(target.parent))
    info = build_dossier(
        s, target, scheme_id=a.scheme, period=period, env=call.env, language=a.dossier_language
    )
    pages = ngettext("{n} side", "{n} sider", info.pages).format(n=info.pages)
    print(
        _("{path} ({pages}, dokument-ID {id})").format(
            path=info.path, pages=pages, id=info.document_id
        ),
        file=call.out,
    )
    invalid = s.signing.invalid_signatures()
    if not invalid:
        return 0
    # A session changed behind the app's back: the dossier prints «Signatur ugyldig», and the
    # one who made it should hear it here too.
    print(
        ngettext(
            "miljologg: advarsel: {n} signatur holder ikke og står som «Signatur ugyldig» i "
            "dokumentasjonen:",
            "miljologg: advarsel: {n} signaturer holder ikke og står som «Signatur ugyldig» i "
            "dokumentasjonen:",
            len(invalid),
        ).format(n=len(invalid)),
        file=call.err,
    )
    sessions = {x.id: x for x in s.sessions.list()}
    for sid, reason in invalid.items():
        x = sessions.get(sid)
        when = f"{format_date(x.date)}, {x.minutes} min" if x else sid
        print(f"  {when}: {reason}", file=call.err)
    return 1


def _verify_dossier(call: Call) -> int:
    from miljologg.dossier.verify import verify_dossier

    pdf = call.args.pdf
    report = verify_dossier(Path(pdf))
    if report.bad_input is not None:  # not a dossier we can read at all: bad input
        raise CliError(report.bad_input)
    for line in report.lines:
        print(one_line(line), file=call.out)  # a hostile PDF's text too
    if report.ok:
        print(f"{report.verdict}: {pdf}", file=call.out)
        return 0
    count = len(report.problems)
    print(
        ngettext("{pdf}: {n} feil:", "{pdf}: {n} feil:", count).format(pdf=pdf, n=count),
        file=call.err,
    )
    for problem in report.problems:
        print(f"  {one_line(str(problem))}", file=call.err)
    return 1
