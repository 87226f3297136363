"""``backup create|list|restore ID``: the same backups the app makes, from the command line.

These commands get the data file's path, not an opened log (``DataUse.PATH``): ``list`` and
``restore`` must also work when the file is damaged or gone, which is exactly when they are
needed. ``create`` and ``restore`` write, so the dispatcher holds the writer lock for them.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from miljologg.cli.common import CliError, print_json
from miljologg.cli.table import Call, CommandTable, DataUse
from miljologg.core.i18n import N_, Labels, _
from miljologg.core.units import format_local_time, format_size

if TYPE_CHECKING:
    from miljologg.services.backups import BackupService

REASON_LABELS = Labels(
    {
        "daily": N_("automatisk (daglig)"),
        "manual": N_("manuell"),
        "pre-import": N_("før import"),
        "pre-restore": N_("før gjenoppretting"),
        "pre-migration": N_("før oppgradering"),
    }
)


def register(table: CommandTable) -> None:
    table.group("backup", help=_("sikkerhetskopier av datafilen"))
    table.writer("backup create", _create, _("lag en sikkerhetskopi nå"), data=DataUse.PATH)
    listing = table.reader(
        "backup list", _list, _("vis sikkerhetskopiene, nyeste først"), data=DataUse.PATH
    )
    listing.add_argument("--json", action="store_true")
    restore = table.writer(
        "backup restore",
        _restore,
        _("gjenopprett en sikkerhetskopi (dagens innhold kopieres først)"),
        data=DataUse.PATH,
    )
    restore.add_argument("id", metavar=_("ID"), help=_("id fra «backup list»"))
    restore.add_argument("--yes", action="store_true", help=_("ikke spør om bekreftelse"))


def _service(call: Call) -> BackupService:
    from miljologg.services.backups import BackupService

    return BackupService(call.path)


def _create(call: Call) -> int:
    service = _service(call)
    if not service.data_file.is_file():
        raise CliError(_("Fant ingen datafil {data_file}.").format(data_file=service.data_file))
    info = service.create("manual")
    print(
        _("Sikkerhetskopi {id} laget ({path}).").format(id=info.id, path=info.path), file=call.out
    )
    return 0


def _list(call: Call) -> int:
    backups = _service(call).list()
    if call.args.json:
        print_json(
            [
                {
                    "id": b.id,
                    "path": str(b.path),
                    "created_at": b.created_at.isoformat(),
                    "reason": b.reason,
                    "size": b.size,
                }
                for b in backups
            ],
            call.out,
        )
        return 0
    if not backups:
        print(_("Ingen sikkerhetskopier ennå."), file=call.out)
    for b in backups:
        label = REASON_LABELS.get(b.reason, b.reason)
        print(
            f"{b.id:36}  {format_local_time(b.created_at)}  {label:20}  {format_size(b.size):>8}",
            file=call.out,
        )
    return 0


def _restore(call: Call) -> int:
    service = _service(call)
    info = service.get(call.args.id)
    if not call.args.yes:
        if not sys.stdin.isatty():
            raise CliError(
                _("Gjenoppretting må bekreftes: legg til --yes (ingen terminal å spørre i).")
            )
        answer = input(
            _(
                "Erstatte innholdet i {data_file} med sikkerhetskopien fra {when}? "
                "Dagens innhold kopieres først. Skriv «ja» for å fortsette: "
            ).format(data_file=service.data_file, when=format_local_time(info.created_at))
        )
        if answer.strip().lower() not in {"ja", "j", "yes", "y"}:
            print(_("Avbrutt; ingenting er endret."), file=call.out)
            return 1
    result = service.restore(info.id)
    print(
        _("Gjenopprettet {id} fra {when}.").format(
            id=info.id, when=format_local_time(info.created_at)
        ),
        file=call.out,
    )
    if result.before is not None:
        print(
            _("Innholdet fra før ligger i sikkerhetskopien {id}.").format(id=result.before.id),
            file=call.out,
        )
    if result.damaged_aside is not None:
        print(
            _("Den skadede filen er lagt til side som {damaged_aside}.").format(
                damaged_aside=result.damaged_aside
            ),
            file=call.out,
        )
    return 0
