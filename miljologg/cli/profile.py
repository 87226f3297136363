"""``programmes`` and ``init``: what can be followed, and a new log for its owner.

(``profile show|set`` belongs here too when the profile can be changed afterwards.)
"""

from __future__ import annotations

from miljologg.cli import common
from miljologg.cli.table import Call, CommandTable, DataUse
from miljologg.core.model import Role
from miljologg.core.programmes import bundled_programmes, bundled_schemes


def register(table: CommandTable) -> None:
    table.add(
        "programmes",
        _programmes,
        writes=False,
        data=DataUse.NONE,
        help="vis studieprogram og godkjenningsordninger",
    )
    init = table.add("init", _init, writes=True, data=DataUse.NEW, help="opprett datafil og profil")
    init.add_argument("--name", required=True, help="ditt navn")
    init.add_argument("--programme", default="", help="programmets id (se «programmes»)")
    init.add_argument("--profession", default="", help="kode eller navn, f.eks. «Vernepleier»")
    init.add_argument("--profession-other", default="", help="profesjon utenfor listen (annet)")
    init.add_argument("--workplace", default="")
    init.add_argument("--role", choices=[r.value for r in Role], default=Role.STUDENT.value)


def _programmes(call: Call) -> int:
    out = call.out
    print("Studieprogram:", file=out)
    for pid, prog in sorted(bundled_programmes().items()):
        print(f"  {pid:32} {prog.name} ({prog.cohort})", file=out)
    print("Godkjenningsordninger:", file=out)
    for sid, scheme in sorted(bundled_schemes().items()):
        mark = "" if scheme.verified else " (ikke verifisert)"
        print(f"  {sid:32} {scheme.name}{mark}", file=out)
    return 0


def _init(call: Call) -> int:
    from miljologg.services.profile import ProfileInput, validate_profile

    a = call.args
    profession, other = common.profession(a.profession, a.profession_other)
    data = ProfileInput(
        name=a.name,
        programme_id=a.programme,
        role=Role(a.role),
        profession=profession,
        workplace=a.workplace,
        profession_other=other,
    )
    validate_profile(data)  # before the file exists, so bad input leaves nothing behind
    profile = call.services.profile.save(data)  # the first use creates the file
    print(profile.id, file=call.out)
    return 0
