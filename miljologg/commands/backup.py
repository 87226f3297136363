"""``backup create|list|restore ID``: the same backups the app makes, from the command line.

These commands do not open the data file through ``open_database`` (``needs_data=False``):
``list`` and ``restore`` must also work when the file is damaged or gone, which is exactly when
they are needed. Writing commands hold the writer lock, so they never run under an open window.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TextIO

from miljologg.db.database import DatabaseError
from miljologg.db.lock import acquire_writer_lock
from miljologg.paths import resolve_data_file
from miljologg.services.backups import BackupInfo, BackupService

REASON_LABELS = {
    "daily": "automatisk (daglig)",
    "manual": "manuell",
    "pre-import": "før import",
    "pre-restore": "før gjenoppretting",
    "pre-migration": "før oppgradering",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from miljologg.cli_parser import NorwegianParser

    backup = sub.add_parser("backup", help="sikkerhetskopier av datafilen").add_subparsers(
        dest="action", required=True, parser_class=NorwegianParser
    )
    create = backup.add_parser("create", help="lag en sikkerhetskopi nå")
    create.set_defaults(run=_create, needs_data=False)
    listing = backup.add_parser("list", help="vis sikkerhetskopiene, nyeste først")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_list, needs_data=False)
    restore = backup.add_parser(
        "restore", help="gjenopprett en sikkerhetskopi (dagens innhold kopieres først)"
    )
    restore.add_argument("id", metavar="ID", help="id fra «backup list»")
    restore.add_argument("--yes", action="store_true", help="ikke spør om bekreftelse")
    restore.set_defaults(run=_restore, needs_data=False)


def _service(args: argparse.Namespace) -> BackupService:
    return BackupService(resolve_data_file(args.data, os.environ))


def _when(info: BackupInfo) -> str:
    return f"{info.created_at.astimezone():%d.%m.%Y %H:%M}"


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


def _create(_s: object, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    service = _service(args)
    if not service.data_file.is_file():
        raise DatabaseError(f"Fant ingen datafil {service.data_file}.")
    with acquire_writer_lock(service.data_file):
        info = service.create("manual")
    print(f"Sikkerhetskopi {info.id} laget ({info.path}).", file=out)
    return 0


def _list(_s: object, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    backups = _service(args).list()
    if args.json:
        data = [
            {
                "id": b.id,
                "path": str(b.path),
                "created_at": b.created_at.isoformat(),
                "reason": b.reason,
                "size": b.size,
            }
            for b in backups
        ]
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if not backups:
        print("Ingen sikkerhetskopier ennå.", file=out)
    for b in backups:
        label = REASON_LABELS.get(b.reason, b.reason)
        print(f"{b.id:36}  {_when(b)}  {label:20}  {_size(b.size):>8}", file=out)
    return 0


def _restore(_s: object, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    service = _service(args)
    info = service.get(args.id)
    if not args.yes:
        if not sys.stdin.isatty():
            raise DatabaseError(
                "Gjenoppretting må bekreftes: legg til --yes (ingen terminal å spørre i)."
            )
        answer = input(
            f"Erstatte innholdet i {service.data_file} med sikkerhetskopien fra {_when(info)}? "
            "Dagens innhold kopieres først. Skriv «ja» for å fortsette: "
        )
        if answer.strip().lower() not in {"ja", "j"}:
            print("Avbrutt; ingenting er endret.", file=out)
            return 1
    with acquire_writer_lock(service.data_file):
        result = service.restore(info.id)
    print(f"Gjenopprettet {info.id} fra {_when(info)}.", file=out)
    if result.before is not None:
        print(f"Innholdet fra før ligger i sikkerhetskopien {result.before.id}.", file=out)
    if result.damaged_aside is not None:
        print(f"Den skadede filen er lagt til side som {result.damaged_aside}.", file=out)
    return 0
