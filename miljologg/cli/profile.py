"""``programmes`` and ``init``: what can be followed, and a new log for its owner.

(``profile show|set`` belongs here too when the profile can be changed afterwards.)
"""

from __future__ import annotations

from miljologg.cli import common
from miljologg.cli.table import Call, CommandTable, DataUse
from miljologg.core.model import Role
from miljologg.core.programmes import bundled_programmes, bundled_schemes
from miljologg.core.units import format_date
from miljologg.services.errors import ValidationError


def register(table: CommandTable) -> None:
    programmes = table.add(
        "programmes",
        _programmes,
        writes=False,
        data=DataUse.NONE,
        help="vis studieprogram og godkjenningsordninger",
    )
    programmes.add_argument(
        "--scheme", default=None, help="vis kravene i én ordning med kilde og sitat"
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
    if call.args.scheme:
        return _scheme_sources(call, call.args.scheme)
    print("Studieprogram:", file=out)
    for pid, prog in sorted(bundled_programmes().items()):
        print(f"  {pid:32} {prog.name} ({prog.cohort})", file=out)
    print("Godkjenningsordninger:", file=out)
    for sid, scheme in sorted(bundled_schemes().items()):
        mark = "" if scheme.verified else " (ikke verifisert)"
        print(f"  {sid:32} {scheme.name}{mark}", file=out)
        print(f"  {'':32} {scheme.source.url}", file=out)
    print("Kravene med kilde og sitat: miljologg programmes --scheme ID", file=out)
    return 0


def _scheme_sources(call: Call, scheme_id: str) -> int:
    """Each requirement of a scheme with the page it cites, the date read and the sentence."""
    from miljologg.core.scheme_texts import label

    scheme = bundled_schemes().get(scheme_id)
    if scheme is None:
        raise ValidationError("scheme", f"Ukjent godkjenningsordning «{scheme_id}».")
    out = call.out
    mark = "" if scheme.verified else " – ikke verifisert"
    print(f"{scheme.name} ({scheme.organisation}){mark}", file=out)
    if scheme.track:
        print(f"Løp: {scheme.track}", file=out)
    print(f"Kilde: {scheme.source.title}", file=out)
    if scheme.hour_citation is not None:
        print(f"Én time = {scheme.hour_minutes} min: «{scheme.hour_citation.quote}»", file=out)
    groups = [("", scheme.rules)] + [(f"{r.label} (ett av løpene er nok)", r.rules)
                                      for r in scheme.routes]  # fmt: skip
    for heading, rules in groups:
        if heading:
            print(heading, file=out)
        for rule in rules:
            print(f"  – {label(rule)}", file=out)
            c = rule.citation
            if c is not None:
                read = format_date(c.read) if c.read else "ukjent dato"
                print(f"    «{c.quote}»", file=out)
                print(f"    {c.url} (lest {read})", file=out)
    for note in scheme.notes:
        print(f"Merk: {note}", file=out)
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
