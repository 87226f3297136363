"""``export csv|attendance-csv|ics|json`` and ``import``: the log in formats other programs open.

``import`` may name a new data file: that is how a log moves to another computer. The
dispatcher creates the file under the writer lock and removes it again if the import fails.
"""

from __future__ import annotations

from pathlib import Path

from miljologg.cli.common import output_path
from miljologg.cli.table import Call, CommandTable, DataUse
from miljologg.core.i18n import N_, Labels, _, ngettext
from miljologg.services.errors import ValidationError

#: The export's record kinds as the import report names them.
KIND_LABELS = Labels(
    {
        "profile": N_("profil"),
        "supervisors": N_("veiledere"),
        "sessions": N_("veiledningsmøter"),
        "attendance": N_("oppmøtedager"),
        "assignments": N_("arbeidskrav"),
        "keys": N_("veiledernøkler"),
        "retired_keys": N_("erstattede nøkler"),
        "own_keys": N_("egen nøkkel"),
        "requests": N_("signeringsforespørsler"),
        "signatures": N_("signaturer"),
        "responses": N_("signerte svar"),
        "paper_scans": N_("skannede signeringsark"),
        "supervision_given": N_("veiledning gitt"),
        "sign_sheets": N_("utskrevne signeringsark"),
        "confirmations": N_("bekreftede forutsetninger"),
    }
)


def register(table: CommandTable) -> None:
    exp = table.reader("export", _export, _("eksporter loggen"))
    exp.add_argument(
        "kind",
        choices=["csv", "attendance-csv", "ics", "json"],
        help=_("csv: veiledningsmøter; attendance-csv: oppmøte; ics: samlingene; json: alt"),
    )
    exp.add_argument("--out", required=True, metavar=_("FIL"))
    imp = table.writer(
        "import",
        _import,
        _("importer en JSON-eksport (alt eller ingenting; lager filen om den mangler)"),
        data=DataUse.OPEN_OR_NEW,
    )
    imp.add_argument("path", metavar=_("FIL"))


def _export(call: Call) -> int:
    s, kind, out = call.services, call.args.kind, call.out
    path = output_path(call.args.out)
    if kind == "json":
        s.transfer.export_json(path)
        print(_("Skrev {path}").format(path=path), file=out)
        return 0
    if kind == "csv":
        count = s.exports.sessions_csv(path)
        print(
            ngettext(
                "Skrev {n} veiledningsmøte til {path}",
                "Skrev {n} veiledningsmøter til {path}",
                count,
            ).format(n=count, path=path),
            file=out,
        )
        return 0
    programme = s.profile.programme()
    if programme is None:
        raise ValidationError("programme_id", _("Profilen har ikke noe studieprogram."))
    if kind == "ics":
        count = s.exports.gatherings_ics(programme, path)
    else:
        count = s.exports.attendance_csv(programme, path)
    print(
        ngettext(
            "Skrev {n} samlingsdag til {path}", "Skrev {n} samlingsdager til {path}", count
        ).format(n=count, path=path),
        file=out,
    )
    return 0


def _import(call: Call) -> int:
    report = call.services.transfer.import_json(Path(call.args.path))  # backs up first
    added = (
        ", ".join(f"{v} {KIND_LABELS.get(k, k)}" for k, v in report.added.items() if v)
        or "ingenting"
    )
    dups = sum(report.duplicates.values())
    print(
        _("Importert – nye: {added}; fantes fra før: {dups}.").format(added=added, dups=dups),
        file=call.out,
    )
    if report.profile_not_taken is not None:
        print(
            _(
                "Profilen i eksporten («{profile_not_taken}») ble ikke tatt inn: "
                "datafilen beholder sin egen profil."
            ).format(profile_not_taken=report.profile_not_taken),
            file=call.out,
        )
    return 0
