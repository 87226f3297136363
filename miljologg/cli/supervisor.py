"""``supervisor add|list``: the people whose supervision is logged."""

from __future__ import annotations

from miljologg.cli import common
from miljologg.cli.common import print_json
from miljologg.cli.table import Call, CommandTable
from miljologg.core.i18n import _
from miljologg.core.model import Approval
from miljologg.core.professions import supervisor_profession_name


def register(table: CommandTable) -> None:
    table.group("supervisor", help=_("veiledere"))
    add = table.writer("supervisor add", _add, _("legg til veileder"))
    add.add_argument("--name", required=True)
    add.add_argument(
        "--profession", default="", help=_("kode, navn eller tittel, f.eks. «Klinisk sosionom»")
    )
    add.add_argument("--profession-other", default="", help=_("profesjon utenfor listen (annet)"))
    add.add_argument("--workplace", default="")
    add.add_argument("--position", default="")
    add.add_argument("--programme-approved", action="store_true", help=_("godkjent av programmet"))
    add.add_argument("--approval", action="append", default=[], choices=[a.value for a in Approval])
    listing = table.reader("supervisor list", _list, _("vis veiledere"))
    listing.add_argument("--json", action="store_true")


def _add(call: Call) -> int:
    from miljologg.services.supervisors import SupervisorInput, approvals_from

    a = call.args
    profession, other = common.profession(a.profession, a.profession_other)
    approvals = set(approvals_from(a.approval))
    if a.programme_approved:
        approvals.add(Approval.PROGRAMME)
    sup = call.services.supervisors.add(
        SupervisorInput(
            name=a.name,
            profession=profession,
            approvals=frozenset(approvals),
            workplace=a.workplace,
            position=a.position,
            profession_other=other,
        )
    )
    print(sup.id, file=call.out)
    return 0


def _list(call: Call) -> int:
    sups = call.services.supervisors.list()
    if call.args.json:
        print_json(
            [
                {
                    "id": x.id,
                    "name": x.name,
                    "profession": x.profession,
                    "profession_other": x.profession_other,
                    "approvals": sorted(x.approvals),
                    "workplace": x.workplace,
                    "position": x.position,
                }
                for x in sups
            ],
            call.out,
        )
        return 0
    for x in sups:
        profession = supervisor_profession_name(x)
        print(f"{x.id}  {x.name}  {profession}  {', '.join(sorted(x.approvals))}", file=call.out)
    return 0
