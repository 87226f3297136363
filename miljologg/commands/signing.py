"""``key``, ``signing request|sign|import`` and ``verify``: supervisor sign-off from the shell.

The passphrase comes from a prompt (getpass, asked twice when a key is made) or from the first
line of ``--passphrase-file`` for scripts. It is never printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TextIO

from miljologg.core.model import Form
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.signing_format import resolve_session

FORM_LABELS = {
    Form.INDIVIDUAL.value: "individuell",
    Form.EXTERNAL_GROUP.value: "ekstern gruppe",
    Form.GATHERING_GROUP.value: "gruppe på samling",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser_class = sub._parser_class  # the Norwegian parser of cli_parser
    key = sub.add_parser("key", help="signeringsnøkkel for datafilens eier")
    key_sub = key.add_subparsers(dest="action", required=True, parser_class=parser_class)
    create = key_sub.add_parser("create", help="lag nøkkelparet (passordfrasen beskytter det)")
    create.add_argument("--out", metavar="NØKKEL.pem", help="skriv også den offentlige nøkkelen")
    create.add_argument("--passphrase-file", metavar="FIL")
    create.set_defaults(run=_key_create)
    export = key_sub.add_parser("export", help="skriv den offentlige nøkkelen som PEM")
    export.add_argument("--out", required=True, metavar="NØKKEL.pem")
    export.add_argument("--supervisor", help="en veileders festede nøkkel (navn eller id)")
    export.add_argument("--passphrase-file", metavar="FIL", help="ikke nødvendig for eksport")
    export.set_defaults(run=_key_export)

    signing = sub.add_parser("signing", help="signering av veiledningsmøter med fil")
    sig_sub = signing.add_subparsers(dest="action", required=True, parser_class=parser_class)
    req = sig_sub.add_parser("request", help="lag en signeringsforespørsel til én veileder")
    req.add_argument("--supervisor", required=True, help="navn eller id")
    req.add_argument("--out", required=True, metavar="FORESPØRSEL.json")
    req.add_argument(
        "--session", action="append", default=None, metavar="ID", help="bare disse møtene"
    )
    req.set_defaults(run=_request)
    sign = sig_sub.add_parser("sign", help="(veileder) signer eller avvis møtene i en forespørsel")
    sign.add_argument("request", metavar="FORESPØRSEL.json")
    sign.add_argument("--out", required=True, metavar="SVAR.json")
    sign.add_argument("--reject", action="append", default=[], metavar="MØTE-ID")
    sign.add_argument("--comment", action="append", default=[], metavar="TEKST")
    sign.add_argument("--passphrase-file", metavar="FIL")
    sign.set_defaults(run=_sign)
    imp = sig_sub.add_parser("import", help="importer et signert svar fra veilederen")
    imp.add_argument("response", metavar="SVAR.json")
    imp.set_defaults(run=_import)

    verify = sub.add_parser("verify", help="kontroller alle signaturer og revisjonsloggen")
    verify.set_defaults(run=_verify)


# -- passphrase ----------------------------------------------------------------------------


def _passphrase(a: argparse.Namespace, err: TextIO, *, new: bool) -> str:
    path = getattr(a, "passphrase_file", None)
    if path:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError("passphrase_file", f"Kunne ikke lese {path}: {exc}.") from None
        if not lines or not lines[0]:
            raise ValidationError("passphrase_file", f"{path} er tom.")
        return lines[0]
    if new:
        print("Velg en passordfrase for den nye nøkkelen (minst 8 tegn).", file=err)
        first = getpass.getpass("Ny passordfrase: ")
        if getpass.getpass("Gjenta passordfrasen: ") != first:
            raise ValidationError("passphrase", "Passordfrasene er ikke like.")
        return first
    return getpass.getpass("Passordfrase: ")


def _writable(path_text: str) -> Path:
    path = Path(path_text)
    if not path.parent.is_dir():
        raise ValidationError("out", f"Mappen {path.parent} finnes ikke.")
    return path


# -- key ----------------------------------------------------------------------------------


def _key_create(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if s.signing.own_key() is not None:
        raise ValidationError("key", "Datafilen har allerede en nøkkel.")
    target = _writable(a.out) if a.out else None
    info = s.signing.create_own_key(_passphrase(a, err, new=True))
    if target is not None:
        target.write_text(info.public_pem, encoding="ascii")
    print(f"Nøkkel laget. Fingeravtrykk: {info.readable}", file=out)
    return 0


def _key_export(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target = _writable(a.out)
    if a.supervisor:
        sup = s.supervisors.find(a.supervisor)
        info = s.signing.file_key(sup.id) or s.signing.in_person_key(sup.id)
        if info is None:
            raise ValidationError("supervisor", f"{sup.name} har ingen festet nøkkel ennå.")
    else:
        info = s.signing.own_key()
        if info is None:
            raise ValidationError("key", "Datafilen har ingen nøkkel ennå (se «key create»).")
    target.write_text(info.public_pem, encoding="ascii")
    print(f"Skrev {target}. Fingeravtrykk: {info.readable}", file=out)
    return 0


# -- signing by file -------------------------------------------------------------------------


def _request(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    sup = s.supervisors.find(a.supervisor)
    target = _writable(a.out)
    s.signing_files.write_request(target, sup.id, a.session)
    count = len(s.signing_files.read_request(target.read_bytes()).items)
    pinned = s.signing.file_key(sup.id)
    print(f"Skrev {target}: {count} møter til signering hos {sup.name}.", file=out)
    if pinned:
        print(f"Festet nøkkel for {sup.name}: {pinned.readable}", file=out)
    return 0


def _sign(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if len(a.comment) != len(a.reject):
        raise ValidationError("comment", "Gi én --comment for hver --reject.")
    try:
        data = Path(a.request).read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"Kunne ikke lese {a.request}: {exc.strerror}.") from None
    view = s.signing_files.read_request(data)
    target = _writable(a.out)
    rejections = dict(zip(a.reject, a.comment, strict=True))
    new_key = s.signing.own_key() is None
    response = s.signing_files.sign_request(
        data, _passphrase(a, err, new=new_key), rejections, create_key=new_key
    )
    target.write_bytes(response)
    rejected = {resolve_session(view, key) for key in a.reject}
    print(f"Forespørsel fra {view.student} ({len(view.items)} møter):", file=out)
    for item in view.items:
        p = item.payload
        mark = "AVVIST " if item.session_id in rejected else "signert"
        print(
            f"  {mark}  {p.date:%d.%m.%Y}  {p.minutes:>4} min  "
            f"{FORM_LABELS.get(p.form, p.form):18}  {p.topic}  [{item.session_id[:8]}]",
            file=out,
        )
    key = s.signing.own_key()
    if key is not None:
        print(f"Skrev {target}. Fingeravtrykk: {key.readable}", file=out)
        if view.pinned_fingerprint and view.pinned_fingerprint != key.fingerprint:
            print(
                "miljologg: advarsel: studenten har festet en annen nøkkel for deg; "
                "svaret vil bli avvist.",
                file=err,
            )
    return 0


def _import(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result = s.signing_files.import_response(Path(a.response))
    print(
        f"Importert fra {result.supervisor}: {len(result.signed)} signert, "
        f"{len(result.rejected)} avvist.",
        file=out,
    )
    for comment in result.rejected.values():
        print(f"  Avvist: {comment}", file=out)
    verb = "festet" if result.pinned_now else "stemmer med festet nøkkel"
    print(f"Veilederens nøkkel {verb}: {result.key.readable}", file=out)
    return 0


def _verify(s: Services, a: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    report = s.signing.verify()
    if report.ok:
        print(
            f"Alt stemmer: {report.signatures} gyldige signaturer, "
            f"revisjonsloggen er hel ({report.audit.events} hendelser).",
            file=out,
        )
        return 0
    for problem in report.problems:
        print(problem, file=err)
    return 1
