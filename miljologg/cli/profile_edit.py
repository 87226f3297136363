"""``profile show|set``: the owner of the log, read and changed after ``init``.

``set`` changes only the fields given, with the same validation and privacy guard as ``init``
(``services.profile``), in one audited write. A student has a client group and tasks; a
supervisor's file has a position instead (kept in the profile's ``tasks``, as the welcome
dialog does), so each is refused on the other kind of file rather than stored where nobody
would see it. A new name leaves every signature holding (README «Profilen kan endres»).
"""

from __future__ import annotations

from dataclasses import replace

from miljologg.cli import common
from miljologg.cli.common import print_json
from miljologg.cli.table import Call, CommandTable
from miljologg.core.i18n import _
from miljologg.core.model import Profile, Role
from miljologg.services.errors import ValidationError

#: Options only a student's profile has, and the one only a supervisor's has.
STUDENT_ONLY = (("client_group", "--client-group"), ("tasks", "--tasks"))
SUPERVISOR_ONLY = (("position", "--position"),)


def register(table: CommandTable) -> None:
    table.group("profile", help=_("profilen din (navn, profesjon, arbeidssted …)"))
    show = table.reader("profile show", _show, _("vis profilen"))
    show.add_argument("--json", action="store_true")
    edit = table.writer("profile set", _set, _("endre profilen"))
    edit.add_argument("--name", default=None, help=_("ditt navn"))
    edit.add_argument("--profession", default=None, help=_("kode eller navn, f.eks. «Vernepleier»"))
    edit.add_argument(
        "--profession-other", default=None, help=_("profesjon utenfor listen (annet)")
    )
    edit.add_argument("--workplace", default=None, help=_("arbeidssted"))
    edit.add_argument("--position", default=None, help=_("stilling (veileders datafil)"))
    edit.add_argument("--client-group", default=None, help=_("klientgruppe i generelle ordelag"))
    edit.add_argument("--tasks", default=None, help=_("arbeidsoppgaver i generelle ordelag"))


def _current(call: Call) -> Profile:
    profile = call.services.profile.get()
    if profile is None:
        raise ValidationError(
            "profile", _("Datafilen har ingen profil ennå (se «miljologg init»).")
        )
    return profile


def _show(call: Call) -> int:
    from miljologg.core.professions import profile_profession_name

    profile = _current(call)
    programme = call.services.profile.programme()
    supervisor = profile.role is Role.SUPERVISOR
    if call.args.json:
        data: dict[str, str] = {
            "id": profile.id,
            "name": profile.name,
            "role": profile.role.value,
            "profession": profile.profession,
            "profession_other": profile.profession_other,
            "profession_name": profile_profession_name(profile),
            "workplace": profile.workplace,
        }
        if supervisor:
            data["position"] = profile.tasks
        else:
            data |= {
                "programme_id": profile.programme_id,
                "programme": programme.name if programme else "",
                "client_group": profile.client_group,
                "tasks": profile.tasks,
            }
        print_json(data, call.out)
        return 0
    rows = [
        (_("Navn"), profile.name),
        (_("Rolle"), _("veileder") if supervisor else _("student")),
        (_("Profesjon"), profile_profession_name(profile)),
        (_("Arbeidssted"), profile.workplace),
    ]
    if supervisor:
        rows.append((_("Stilling"), profile.tasks))
    else:
        rows += [
            (_("Studieprogram"), programme.name if programme else profile.programme_id),
            (_("Klientgruppe"), profile.client_group),
            (_("Arbeidsoppgaver"), profile.tasks),
        ]
    for label, value in rows:
        print(f"{label + ':':17}{value or '–'}", file=call.out)
    return 0


def _set(call: Call) -> int:
    from miljologg.services.profile import ProfileInput, validate_profile
    from miljologg.services.validation import warnings

    a = call.args
    profile = _current(call)
    supervisor = profile.role is Role.SUPERVISOR
    for attribute, option in SUPERVISOR_ONLY if not supervisor else STUDENT_ONLY:
        if getattr(a, attribute) is not None:
            message = (
                _("{option} hører til en veileders datafil, ikke denne.")
                if not supervisor
                else _("{option} hører til en students datafil, ikke denne.")
            )
            raise ValidationError(attribute, message.format(option=option))
    data = ProfileInput.of(profile)
    given = {
        "name": a.name,
        "workplace": a.workplace,
        "client_group": a.client_group,
        "tasks": a.position if supervisor else a.tasks,
    }
    data = replace(data, **{k: v for k, v in given.items() if v is not None})
    if a.profession is not None or a.profession_other is not None:
        code, other = common.profession(a.profession or "", a.profession_other or "")
        data = replace(data, profession=code, profession_other=other)
    if data == ProfileInput.of(profile):
        print(_("Ingen endring."), file=call.out)
        return 0
    validate_profile(data)  # a refusal first: no warning about a text that is not saved
    texts = {"workplace": (_("Arbeidssted"), data.workplace)}
    if not supervisor:
        texts |= {
            "client_group": (_("Klientgruppe"), data.client_group),
            "tasks": (_("Arbeidsoppgaver"), data.tasks),
        }
    for field, message in warnings(texts):
        print(
            _("miljologg: advarsel ({field}): {message}").format(field=field, message=message),
            file=call.err,
        )
    saved = call.services.profile.save(data)
    print(saved.id, file=call.out)
    return 0
