"""``prerequisite list|confirm|withdraw``: what an approval scheme asks that is not hours.

FO's clinical approvals ask the applicant to be an approved faglig veileder, the klinisk
spesialist a master's degree: the student confirms such things here (with a date), and
``status --scheme`` shows each as «bekreftet» or «ikke bekreftet».
"""

from __future__ import annotations

from miljologg.cli.common import parse_date, print_json
from miljologg.cli.table import Call, CommandTable
from miljologg.core.i18n import _
from miljologg.core.units import format_date


def register(table: CommandTable) -> None:
    table.group("prerequisite", help=_("forutsetninger i godkjenningsordningene (ikke timer)"))
    listing = table.reader(
        "prerequisite list", _list, _("vis forutsetningene og hva du har bekreftet")
    )
    listing.add_argument("--json", action="store_true")
    confirm = table.writer("prerequisite confirm", _confirm, _("bekreft en forutsetning"))
    confirm.add_argument("code", help=_("koden (se «prerequisite list»)"))
    confirm.add_argument("--date", default=None, help=_("når (ÅÅÅÅ-MM-DD); i dag om utelatt"))
    confirm.add_argument("--note", default="", help=_("f.eks. vedtaket fra FO"))
    withdraw = table.writer("prerequisite withdraw", _withdraw, _("trekk tilbake en bekreftelse"))
    withdraw.add_argument("code")


def _list(call: Call) -> int:
    from miljologg.services.confirmations import prerequisites

    done = {c.code: c for c in call.services.confirmations.list()}
    items = prerequisites()
    if call.args.json:
        print_json(
            [
                {
                    "code": p.code,
                    "label": p.label,
                    "schemes": list(p.schemes),
                    "confirmed_on": done[p.code].confirmed_on.isoformat()
                    if p.code in done
                    else None,
                    "note": done[p.code].note if p.code in done else "",
                }
                for p in items
            ],
            call.out,
        )
        return 0
    for p in items:
        c = done.get(p.code)
        mark = (
            _("bekreftet {date}").format(date=format_date(c.confirmed_on))
            if c
            else _("ikke bekreftet")
        )
        print(f"{p.code:30} {mark:22} {p.label} ({', '.join(p.schemes)})", file=call.out)
    return 0


def _confirm(call: Call) -> int:
    a = call.args
    when = parse_date(a.date) if a.date else None
    done = call.services.confirmations.confirm(a.code, when, a.note)
    shown = format_date(done.confirmed_on)
    print(_("{code} bekreftet {date}").format(code=done.code, date=shown), file=call.out)
    return 0


def _withdraw(call: Call) -> int:
    call.services.confirmations.withdraw(call.args.code)
    return 0
