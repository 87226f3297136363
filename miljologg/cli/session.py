"""``session add|list``: supervision sessions, one at a time from the shell."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from miljologg.cli.common import one_line, parse_date, parse_time, print_json, whole_number
from miljologg.cli.table import Call, CommandTable
from miljologg.core.i18n import _
from miljologg.core.model import Form, SessionStatus
from miljologg.core.units import format_date, format_duration
from miljologg.services.errors import ValidationError

if TYPE_CHECKING:  # the parser loads this module: no database layer at import
    from miljologg.core.sign_off import SignOff


def register(table: CommandTable) -> None:
    table.group("session", help=_("veiledningsmøter"))
    add = table.writer("session add", _add, _("før et veiledningsmøte"))
    add.add_argument("--date", required=True, help=_("ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ"))
    add.add_argument("--minutes", required=True, type=whole_number)
    add.add_argument(
        "--form",
        required=True,
        choices=[f.value for f in Form],
        help=_(
            "given: veiledning du selv har gitt (uten veileder, gruppestørrelse = antall du "
            "veiledet); supervision_on_supervision: veiledning du har fått på den"
        ),
    )
    add.add_argument("--supervisor", default="", help=_("navn eller id (ikke for given)"))
    add.add_argument("--group-size", type=whole_number, default=None)
    add.add_argument(
        "--participants-profession",
        default="",
        help=_("gruppe: profesjonen alle deltakerne har (f.eks. psykolog), ellers tomt"),
    )
    add.add_argument("--topic", default="")
    add.add_argument("--start", default=None, help=_("klokkeslett TT:MM"))
    add.add_argument("--missed", action="store_true", help=_("møtet ble ikke gjennomført"))
    listing = table.reader("session list", _list, _("vis møter"))
    listing.add_argument("--json", action="store_true")


def _add(call: Call) -> int:
    from miljologg.services.sessions import SessionInput
    from miljologg.services.validation import warnings

    a, s = call.args, call.services
    form = Form(a.form)
    one = (Form.INDIVIDUAL, Form.GIVEN, Form.SUPERVISION_ON_SUPERVISION)
    group = a.group_size if a.group_size is not None else (1 if form in one else 0)
    if form is Form.GIVEN:
        if a.supervisor:
            raise ValidationError(
                "supervisor", _("Veiledning du har gitt, har ingen veileder: dropp --supervisor.")
            )
        supervisor_id = ""
    elif not a.supervisor:
        raise ValidationError("supervisor", _("Oppgi veileder med --supervisor (navn eller id)."))
    else:
        supervisor_id = s.supervisors.find(a.supervisor).id
    for field, message in warnings({"topic": (_("Tema"), a.topic)}):
        print(
            _("miljologg: advarsel ({field}): {message}").format(
                field=field, message=one_line(message)
            ),
            file=call.err,
        )
    session = s.sessions.add(
        SessionInput(
            date=parse_date(a.date),
            minutes=a.minutes,
            form=form,
            supervisor_id=supervisor_id,
            group_size=group,
            topic=a.topic,
            start_time=parse_time(a.start),
            status=SessionStatus.MISSED if a.missed else SessionStatus.HELD,
            participants_profession=a.participants_profession,
        )
    )
    print(session.id, file=call.out)
    return 0


def _list(call: Call) -> int:
    from miljologg.core.labels import FORM_LABELS, SESSION_STATUS_LABELS

    s, out = call.services, call.out
    names = {x.id: x.name for x in s.supervisors.list()}
    sessions = s.sessions.list()
    # Every view shows a session's sign-off, a rejection with the supervisor's words included
    # (issue 12 §1): here as ``sign_off`` in JSON and an indented line under the session.
    offs = s.signing.sign_offs()
    if call.args.json:
        print_json(
            [
                {
                    "id": x.id,
                    "date": x.date.isoformat(),
                    "start_time": x.start_time.strftime("%H:%M") if x.start_time else None,
                    "minutes": x.minutes,
                    "form": x.form.value,
                    "supervisor_id": x.supervisor_id or None,
                    "supervisor": names.get(x.supervisor_id, ""),
                    "group_size": x.group_size,
                    "topic": x.topic,
                    "status": x.status.value,
                    "made_up_by": x.made_up_by_id,
                    "participants_profession": x.participants_profession,
                    "sign_off": _sign_off_json(offs.get(x.id)),
                }
                for x in sessions
            ],
            out,
        )
        return 0
    # For people: Norwegian words, the duration as «1 t 30 min», and the id last (for
    # commands that take one); --json keeps the codes for scripts.
    for x in sessions:
        print(
            f"{format_date(x.date)}  {format_duration(x.minutes):>10}  {FORM_LABELS[x.form]:25}  "
            f"{names.get(x.supervisor_id, '–'):22}  {SESSION_STATUS_LABELS[x.status]:11}  {x.topic}"
            f"  [{x.id}]",
            file=out,
        )
        off = offs.get(x.id)
        if off is not None and off.state != "unsigned":
            print(f"    {off.text}", file=out)
    return 0


def _sign_off_json(off: SignOff | None) -> dict[str, str | None]:
    """A session's sign-off for scripts: the state code, who and when, the supervisor's
    comment (a rejection) or the student's reason (a reopening), and the sentence shown."""
    shown = off is not None and off.state != "unsigned"
    return {
        "state": off.state if off is not None else "unsigned",
        "method": off.method or None if off is not None else None,
        "signer": off.signer or None if off is not None else None,
        "at": off.at.astimezone(dt.UTC).isoformat() if off is not None and off.at else None,
        "comment": off.comment or None if off is not None else None,
        "reason": off.void_reason or None if off is not None else None,
        "text": off.text if shown and off is not None else None,
    }
