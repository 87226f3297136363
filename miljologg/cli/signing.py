"""``signing request|show|sign|import|repin``: supervisor sign-off by file, from the shell.

The student writes a request, the supervisor reviews it (``show``: who it is addressed to, the
student and every signed field) and signs it in their own data file (``sign``, which prints the
same review and never writes over an existing file), and the student imports the response. A
supervisor's new key is taken in only by ``repin``, after the student compared fingerprints.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from miljologg.cli.common import one_line, output_path
from miljologg.cli.key import passphrase
from miljologg.cli.table import Call, CommandTable
from miljologg.core.i18n import _, ngettext
from miljologg.core.labels import form_label
from miljologg.core.plural import count as count_text
from miljologg.core.units import format_date
from miljologg.services.errors import ValidationError

if TYPE_CHECKING:
    from miljologg.services.signing_files import EarlierAnswer
    from miljologg.services.signing_format import RequestView


def register(table: CommandTable) -> None:
    table.group("signing", help=_("signering av veiledningsmøter med fil"))
    req = table.writer(
        "signing request", _request, _("lag en signeringsforespørsel til én veileder")
    )
    req.add_argument("--supervisor", required=True, help=_("navn eller id"))
    req.add_argument("--out", required=True, metavar=_("FORESPØRSEL.json"))
    req.add_argument(
        "--session", action="append", default=None, metavar=_("ID"), help=_("bare disse møtene")
    )
    sign = table.writer(
        "signing sign", _sign, _("(veileder) signer eller avvis møtene i en forespørsel")
    )
    sign.add_argument("request", metavar=_("FORESPØRSEL.json"))
    sign.add_argument("--out", required=True, metavar=_("SVAR.json"))
    sign.add_argument("--reject", action="append", default=[], metavar=_("MØTE-ID"))
    sign.add_argument("--comment", action="append", default=[], metavar=_("TEKST"))
    sign.add_argument("--passphrase-file", metavar=_("FIL"))
    show = table.reader(
        "signing show",
        _show,
        _("(veileder) vis hva en forespørsel ber deg signere, uten å signere"),
    )
    show.add_argument("request", metavar=_("FORESPØRSEL.json"))
    imp = table.writer("signing import", _import, _("importer et signert svar fra veilederen"))
    imp.add_argument("response", metavar=_("SVAR.json"))
    repin = table.writer(
        "signing repin",
        _repin,
        _("fest en ny nøkkel for en veileder etter å ha sammenlignet fingeravtrykk"),
    )
    repin.add_argument("--supervisor", required=True, help=_("navn eller id"))
    repin.add_argument("--response", required=True, metavar=_("SVAR.json"))
    repin.add_argument(
        "--fingerprint",
        required=True,
        metavar="FINGERAVTRYKK",
        help=_("fingeravtrykket veilederen leste opp for deg (må stemme med svaret)"),
    )
    repin.add_argument("--reason", default="", metavar=_("TEKST"), help=_("hvorfor nøkkelen er ny"))


def _request(call: Call) -> int:
    s, a = call.services, call.args
    sup = s.supervisors.find(a.supervisor)
    target = output_path(a.out)
    s.signing_files.write_request(target, sup.id, a.session)
    count = len(s.signing_files.read_request(_read_request(str(target))).items)
    pinned = s.signing.file_key(sup.id)
    print(
        ngettext(
            "Skrev {path}: {n} møte til signering hos {name}.",
            "Skrev {path}: {n} møter til signering hos {name}.",
            count,
        ).format(path=target, n=count, name=sup.name),
        file=call.out,
    )
    if pinned:
        print(
            _("Festet nøkkel for {name}: {readable}").format(
                name=sup.name, readable=pinned.readable
            ),
            file=call.out,
        )
    return 0


def _read_request(path: str) -> bytes:
    from miljologg.services.signing_files import read_signing_file

    return read_signing_file(path)


def _review(view: RequestView, out: TextIO, rejected: frozenset[str] = frozenset()) -> None:
    """Everything the supervisor signs: the addressee, the student and every signed field."""
    print(_("Forespørsel til: {name}").format(name=one_line(view.supervisor)), file=out)
    items = count_text(len(view.items), "møte", "møter")
    print(
        _("Fra student: {name}  ({sessions})").format(name=one_line(view.student), sessions=items),
        file=out,
    )
    for item in view.items:
        p = item.payload
        mark = _("AVVIST ") if item.session_id in rejected else _("signert")
        people = ngettext("{n} deltaker", "{n} deltakere", p.group_size).format(n=p.group_size)
        print(
            f"  {mark}  {format_date(p.date)}  {form_label(p.form):18}  "
            f"{p.minutes:>4} min  {people:12}  {one_line(p.topic)}  [{item.session_id[:8]}]",
            file=out,
        )


def _show(call: Call) -> int:
    data = _read_request(call.args.request)
    view = call.services.signing_files.read_request(data)
    _review(view, call.out)
    earlier = call.services.signing_files.earlier_answer(data)
    if earlier is not None:
        print(_earlier_text(earlier), file=call.out)
    return 0


def _earlier_text(earlier: EarlierAnswer) -> str:
    return _(
        "Du har allerede svart på denne forespørselen {date} ({signed} signert, {rejected} "
        "avvist); et nytt svar erstatter det i din logg."
    ).format(
        date=format_date(earlier.decided_at.astimezone()),
        signed=earlier.signed,
        rejected=earlier.rejected,
    )


def _sign(call: Call) -> int:
    from miljologg.services.signing_format import resolve_session

    s, a, out = call.services, call.args, call.out
    if len(a.comment) != len(a.reject):
        raise ValidationError("comment", _("Gi én --comment for hver --reject."))
    data = _read_request(a.request)
    view = s.signing_files.read_request(data)
    target = output_path(a.out)
    if target.exists():
        raise ValidationError(
            "out",
            _(
                "Filen {target} finnes allerede; et svar skrives aldri over en annen "
                "fil. Velg et annet navn."
            ).format(target=target),
        )
    rejected = frozenset(resolve_session(view, key) for key in a.reject)
    earlier = s.signing_files.earlier_answer(data)
    if earlier is not None:
        print(
            _("miljologg: merk: {earlier_text}").format(
                earlier_text=one_line(_earlier_text(earlier))
            ),
            file=call.err,
        )
    rejections = dict(zip(a.reject, a.comment, strict=True))
    new_key = s.signing.own_key() is None
    s.signing_files.sign_request(
        data, passphrase(a, call.err, new=new_key), rejections, create_key=new_key, out=target
    )
    _review(view, out, rejected)
    key = s.signing.own_key()
    if key is not None:
        print(
            _("Skrev {target}. Fingeravtrykk: {readable}").format(
                target=target, readable=key.readable
            ),
            file=out,
        )
        if view.known_fingerprints and key.fingerprint not in view.known_fingerprints:
            print(
                _(
                    "miljologg: advarsel: studenten har en annen nøkkel for deg; svaret blir "
                    "avvist til studenten har sammenlignet fingeravtrykkene og festet den nye "
                    "(miljologg signing repin)."
                ),
                file=call.err,
            )
    return 0


def _import(call: Call) -> int:
    result = call.services.signing_files.import_response(Path(call.args.response))
    print(
        _("Importert fra {supervisor}: {n} signert, {n2} avvist.").format(
            supervisor=one_line(result.supervisor), n=len(result.signed), n2=len(result.rejected)
        ),
        file=call.out,
    )
    for comment in result.rejected.values():
        print(_("  Avvist: {comment}").format(comment=one_line(comment)), file=call.out)
    verb = _("festet") if result.pinned_now else _("stemmer med festet nøkkel")
    print(
        _("Veilederens nøkkel {verb}: {readable}").format(verb=verb, readable=result.key.readable),
        file=call.out,
    )
    return 0


def _repin(call: Call) -> int:
    s, a = call.services, call.args
    sup = s.supervisors.find(a.supervisor)
    result = s.signing_files.repin(sup.id, Path(a.response), a.fingerprint, a.reason)
    old = result.old.readable if result.old else _("ingen")
    print(
        _("Ny nøkkel festet for {supervisor}: {readable}").format(
            supervisor=result.supervisor, readable=result.new.readable
        ),
        file=call.out,
    )
    print(
        _("Forrige nøkkel: {old} (beholdes for signaturene den har laget)").format(old=old),
        file=call.out,
    )
    print(_("Importer svaret nå med «miljologg signing import»."), file=call.out)
    return 0
