"""``programmes`` and ``init``: what can be followed, and a new log for its owner.

Reading and changing the profile afterwards is ``profile show|set`` (``profile_edit``).
"""

from __future__ import annotations

from miljologg.cli import common
from miljologg.cli.table import Call, CommandTable, DataUse
from miljologg.core.i18n import _
from miljologg.core.model import Role
from miljologg.core.programmes import bundled_programmes, bundled_schemes
from miljologg.core.units import format_date
from miljologg.services.errors import ValidationError


def register(table: CommandTable) -> None:
    programmes = table.reader(
        "programmes",
        _programmes,
        _("vis studieprogram og godkjenningsordninger"),
        data=DataUse.NONE,
    )
    programmes.add_argument(
        "--scheme", default=None, help=_("vis kravene i én ordning med kilde og sitat")
    )
    init = table.writer("init", _init, _("opprett datafil og profil"), data=DataUse.NEW)
    init.add_argument("--name", required=True, help=_("ditt navn"))
    init.add_argument("--programme", default="", help=_("programmets id (se «programmes»)"))
    init.add_argument("--profession", default="", help=_("kode eller navn, f.eks. «Vernepleier»"))
    init.add_argument("--profession-other", default="", help=_("profesjon utenfor listen (annet)"))
    init.add_argument("--workplace", default="")
    init.add_argument("--role", choices=[r.value for r in Role], default=Role.STUDENT.value)


def _programmes(call: Call) -> int:
    out = call.out
    if call.args.scheme:
        return _scheme_sources(call, call.args.scheme)
    print(_("Studieprogram:"), file=out)
    for pid, prog in sorted(bundled_programmes().items()):
        print(f"  {pid:32} {prog.name} ({prog.cohort})", file=out)
    print(_("Godkjenningsordninger:"), file=out)
    for sid, scheme in sorted(bundled_schemes().items()):
        mark = "" if scheme.verified else _(" (ikke verifisert)")
        print(f"  {sid:32} {scheme.name}{mark}", file=out)
        print(f"  {'':32} {scheme.source.url}", file=out)
    print(_("Kravene med kilde og sitat: miljologg programmes --scheme ID"), file=out)
    return 0


def _scheme_sources(call: Call, scheme_id: str) -> int:
    """Each requirement of a scheme with the page it cites, the date read and the sentence."""
    from miljologg.core.scheme_texts import label

    scheme = bundled_schemes().get(scheme_id)
    if scheme is None:
        raise ValidationError(
            "scheme", _("Ukjent godkjenningsordning «{scheme_id}».").format(scheme_id=scheme_id)
        )
    out = call.out
    mark = "" if scheme.verified else _(" – ikke verifisert")
    print(f"{scheme.name} ({scheme.organisation}){mark}", file=out)
    if scheme.track:
        print(_("Løp: {track}").format(track=scheme.track), file=out)
    print(_("Kilde: {title}").format(title=scheme.source.title), file=out)
    if scheme.hour_citation is not None:
        print(
            _("Én time = {hour_minutes} min: «{quote}»").format(
                hour_minutes=scheme.hour_minutes, quote=scheme.hour_citation.quote
            ),
            file=out,
        )
    either = _("{label} (ett av løpene er nok)")
    groups = [("", scheme.rules)] + [(either.format(label=r.label), r.rules) for r in scheme.routes]
    for heading, rules in groups:
        if heading:
            print(heading, file=out)
        for rule in rules:
            print(f"  – {label(rule)}", file=out)
            c = rule.citation
            if c is not None:
                read = format_date(c.read) if c.read else _("ukjent dato")
                print(f"    «{c.quote}»", file=out)
                print(_("    {url} (lest {read})").format(url=c.url, read=read), file=out)
    for note in scheme.notes:
        print(_("Merk: {note}").format(note=note), file=out)
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
