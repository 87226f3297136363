"""``export csv|ics|json`` and ``import``: the log in formats other programs open."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from miljologg.db.lock import acquire_writer_lock
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.exports import attendance_csv, gatherings_ics, sessions_csv
from miljologg.services.transfer import export_json, import_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    exp = sub.add_parser("export", help="eksporter loggen")
    exp.add_argument(
        "kind",
        choices=["csv", "attendance-csv", "ics", "json"],
        help="csv: veiledningsmøter; attendance-csv: oppmøte; ics: samlingene; json: alt",
    )
    exp.add_argument("--out", required=True, metavar="FIL")
    exp.set_defaults(run=_export)
    imp = sub.add_parser(
        "import", help="importer en JSON-eksport (alt eller ingenting; lager filen om den mangler)"
    )
    imp.add_argument("path", metavar="FIL")
    imp.set_defaults(run=_import, creates_data=True)  # restoring on a new machine


def _export(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    path = Path(a.out)
    if not path.parent.is_dir():
        raise ValidationError("out", f"Mappen {path.parent} finnes ikke.")
    if a.kind == "json":
        export_json(s.ctx, path)
        print(f"Skrev {path}", file=out)
        return 0
    if a.kind == "csv":
        count = sessions_csv(s.ctx, path)
        print(f"Skrev {count} veiledningsmøter til {path}", file=out)
        return 0
    programme = s.profile.programme()
    if programme is None:
        raise ValidationError("programme_id", "Profilen har ikke noe studieprogram.")
    if a.kind == "ics":
        count = gatherings_ics(programme, path)
        print(f"Skrev {count} samlingsdager til {path}", file=out)
    else:
        count = attendance_csv(s.ctx, programme, path)
        print(f"Skrev {count} samlingsdager til {path}", file=out)
    return 0


#: The export's record kinds as the import report names them.
KIND_LABELS = {
    "profile": "profil",
    "supervisors": "veiledere",
    "sessions": "veiledningsmøter",
    "attendance": "oppmøtedager",
    "assignments": "arbeidskrav",
}


def _import(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with acquire_writer_lock(s.db.path):  # never under an open window; backs up first
        report = import_json(s.ctx, Path(a.path))
    added = (
        ", ".join(f"{v} {KIND_LABELS.get(k, k)}" for k, v in report.added.items() if v)
        or "ingenting"
    )
    dups = sum(report.duplicates.values())
    print(f"Importert – nye: {added}; fantes fra før: {dups}.", file=out)
    if report.profile_not_taken is not None:
        print(
            f"Profilen i eksporten («{report.profile_not_taken}») ble ikke tatt inn: "
            "datafilen beholder sin egen profil.",
            file=out,
        )
    return 0
