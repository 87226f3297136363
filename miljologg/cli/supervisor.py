"""``supervisor add|list``: the people whose supervision is logged."""

from __future__ import annotations

from miljologg.cli.common import print_json
from miljologg.cli.table import Call, CommandTable
from miljologg.core.model import Approval


def register(table: CommandTable) -> None:
    table.group("supervisor", help="veiledere")
    add = table.add("supervisor add", _add, writes=True, help="legg til veileder")
    add.add_argument("--name", required=True)
    add.add_argument("--profession", default="")
    add.add_argument("--workplace", default="")
    add.add_argument("--position", default="")
    add.add_argument("--programme-approved", action="store_true", help="godkjent av programmet")
    add.add_argument("--approval", action="append", default=[], choices=[a.value for a in Approval])
    listing = table.add("supervisor list", _list, writes=False, help="vis veiledere")
    listing.add_argument("--json", action="store_true")


def _add(call: Call) -> int:
    from miljologg.services.supervisors import SupervisorInput, approvals_from

    a = call.args
    approvals = set(approvals_from(a.approval))
    if a.programme_approved:
        approvals.add(Approval.PROGRAMME)
    sup = call.services.supervisors.add(
        SupervisorInput(
            name=a.name,
            profession=a.profession,
            approvals=frozenset(approvals),
            workplace=a.workplace,
            position=a.position,
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
        print(f"{x.id}  {x.name}  {x.profession}  {', '.join(sorted(x.approvals))}", file=call.out)
    return 0
