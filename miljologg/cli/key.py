"""``key create|export``: the data file owner's signing key (a supervisor signs with it).

The passphrase comes from a prompt (getpass, asked twice when a key is made) or from the first
line of ``--passphrase-file`` for scripts. It is never printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
from typing import TextIO

from miljologg import fs, os_errors
from miljologg.cli.common import output_path
from miljologg.cli.table import Call, CommandTable
from miljologg.core.i18n import _
from miljologg.core.units import format_size
from miljologg.services.errors import ValidationError

#: A passphrase file holds one line; anything much larger is the wrong file.
MAX_PASSPHRASE_FILE_BYTES = 64 * 1024


def register(table: CommandTable) -> None:
    table.group("key", help=_("signeringsnøkkel for datafilens eier"))
    create = table.writer("key create", _create, _("lag nøkkelparet (passordfrasen beskytter det)"))
    create.add_argument(
        "--out", metavar=_("NØKKEL.pem"), help=_("skriv også den offentlige nøkkelen")
    )
    create.add_argument("--passphrase-file", metavar=_("FIL"))
    export = table.reader("key export", _export, _("skriv den offentlige nøkkelen som PEM"))
    export.add_argument("--out", required=True, metavar=_("NØKKEL.pem"))
    export.add_argument("--supervisor", help=_("en veileders festede nøkkel (navn eller id)"))
    export.add_argument("--passphrase-file", metavar=_("FIL"), help=_("ikke nødvendig for eksport"))


def passphrase(args: argparse.Namespace, err: TextIO, *, new: bool) -> str:
    """From ``--passphrase-file`` (first line) or a prompt; a new one is asked twice."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            lines = fs.read_limited(path, MAX_PASSPHRASE_FILE_BYTES).decode("utf-8").splitlines()
        except OSError as exc:
            raise ValidationError("passphrase_file", os_errors.cannot("lese", path, exc)) from None
        except fs.TooLargeError as exc:
            raise ValidationError(
                "passphrase_file",
                _("{path} er større enn {limit_text}; det er ikke en passordfil.").format(
                    path=path, limit_text=format_size(exc.limit)
                ),
            ) from None
        except UnicodeDecodeError:
            raise ValidationError(
                "passphrase_file", _("{path} er ikke en UTF-8-tekstfil.").format(path=path)
            ) from None
        if not lines or not lines[0]:
            raise ValidationError("passphrase_file", _("{path} er tom.").format(path=path))
        return lines[0]
    if new:
        print(_("Velg en passordfrase for den nye nøkkelen (minst 8 tegn)."), file=err)
        first = getpass.getpass(_("Ny passordfrase: "))
        if getpass.getpass(_("Gjenta passordfrasen: ")) != first:
            raise ValidationError("passphrase", _("Passordfrasene er ikke like."))
        return first
    return getpass.getpass(_("Passordfrase: "))


def _create(call: Call) -> int:
    s = call.services
    if s.signing.own_key() is not None:
        raise ValidationError("key", _("Datafilen har allerede en nøkkel."))
    target = output_path(call.args.out) if call.args.out else None
    info = s.signing.create_own_key(passphrase(call.args, call.err, new=True))
    if target is not None:
        fs.write_text(target, info.public_pem, encoding="ascii")
    print(
        _("Nøkkel laget. Fingeravtrykk: {readable}").format(readable=info.readable), file=call.out
    )
    return 0


def _export(call: Call) -> int:
    s = call.services
    target = output_path(call.args.out)
    if call.args.supervisor:
        sup = s.supervisors.find(call.args.supervisor)
        info = s.signing.file_key(sup.id) or s.signing.in_person_key(sup.id)
        if info is None:
            raise ValidationError(
                "supervisor", _("{name} har ingen festet nøkkel ennå.").format(name=sup.name)
            )
    else:
        info = s.signing.own_key()
        if info is None:
            raise ValidationError("key", _("Datafilen har ingen nøkkel ennå (se «key create»)."))
    fs.write_text(target, info.public_pem, encoding="ascii")
    print(
        _("Skrev {target}. Fingeravtrykk: {readable}").format(
            target=target, readable=info.readable
        ),
        file=call.out,
    )
    return 0
