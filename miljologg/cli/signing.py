"""``signing request|sign|import``: supervisor sign-off by file, from the shell.

The student writes a request, the supervisor signs it in their own data file (``sign``), and
the student imports the response. All three write to the data file that runs them.
"""

from __future__ import annotations

from pathlib import Path

from miljologg import fs
from miljologg.cli.common import output_path
from miljologg.cli.key import passphrase
from miljologg.cli.table import Call, CommandTable
from miljologg.core.labels import form_label
from miljologg.services.errors import ValidationError


def register(table: CommandTable) -> None:
    table.group("signing", help="signering av veiledningsmøter med fil")
    req = table.add(
        "signing request",
        _request,
        writes=True,
        help="lag en signeringsforespørsel til én veileder",
    )
    req.add_argument("--supervisor", required=True, help="navn eller id")
    req.add_argument("--out", required=True, metavar="FORESPØRSEL.json")
    req.add_argument(
        "--session", action="append", default=None, metavar="ID", help="bare disse møtene"
    )
    sign = table.add(
        "signing sign",
        _sign,
        writes=True,
        help="(veileder) signer eller avvis møtene i en forespørsel",
    )
    sign.add_argument("request", metavar="FORESPØRSEL.json")
    sign.add_argument("--out", required=True, metavar="SVAR.json")
    sign.add_argument("--reject", action="append", default=[], metavar="MØTE-ID")
    sign.add_argument("--comment", action="append", default=[], metavar="TEKST")
    sign.add_argument("--passphrase-file", metavar="FIL")
    imp = table.add(
        "signing import", _import, writes=True, help="importer et signert svar fra veilederen"
    )
    imp.add_argument("response", metavar="SVAR.json")


def _request(call: Call) -> int:
    s, a = call.services, call.args
    sup = s.supervisors.find(a.supervisor)
    target = output_path(a.out)
    s.signing_files.write_request(target, sup.id, a.session)
    count = len(s.signing_files.read_request(target.read_bytes()).items)
    pinned = s.signing.file_key(sup.id)
    print(f"Skrev {target}: {count} møter til signering hos {sup.name}.", file=call.out)
    if pinned:
        print(f"Festet nøkkel for {sup.name}: {pinned.readable}", file=call.out)
    return 0


def _sign(call: Call) -> int:
    from miljologg.services.signing_format import resolve_session

    s, a, out = call.services, call.args, call.out
    if len(a.comment) != len(a.reject):
        raise ValidationError("comment", "Gi én --comment for hver --reject.")
    try:
        data = Path(a.request).read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"Kunne ikke lese {a.request}: {exc.strerror}.") from None
    view = s.signing_files.read_request(data)
    target = output_path(a.out)
    rejections = dict(zip(a.reject, a.comment, strict=True))
    new_key = s.signing.own_key() is None
    response = s.signing_files.sign_request(
        data, passphrase(a, call.err, new=new_key), rejections, create_key=new_key
    )
    fs.write_bytes(target, response)
    rejected = {resolve_session(view, key) for key in a.reject}
    print(f"Forespørsel fra {view.student} ({len(view.items)} møter):", file=out)
    for item in view.items:
        p = item.payload
        mark = "AVVIST " if item.session_id in rejected else "signert"
        print(
            f"  {mark}  {p.date:%d.%m.%Y}  {p.minutes:>4} min  "
            f"{form_label(p.form):18}  {p.topic}  [{item.session_id[:8]}]",
            file=out,
        )
    key = s.signing.own_key()
    if key is not None:
        print(f"Skrev {target}. Fingeravtrykk: {key.readable}", file=out)
        if view.pinned_fingerprint and view.pinned_fingerprint != key.fingerprint:
            print(
                "miljologg: advarsel: studenten har festet en annen nøkkel for deg; "
                "svaret vil bli avvist.",
                file=call.err,
            )
    return 0


def _import(call: Call) -> int:
    result = call.services.signing_files.import_response(Path(call.args.response))
    print(
        f"Importert fra {result.supervisor}: {len(result.signed)} signert, "
        f"{len(result.rejected)} avvist.",
        file=call.out,
    )
    for comment in result.rejected.values():
        print(f"  Avvist: {comment}", file=call.out)
    verb = "festet" if result.pinned_now else "stemmer med festet nøkkel"
    print(f"Veilederens nøkkel {verb}: {result.key.readable}", file=call.out)
    return 0
