"""The command line's grammar, in Norwegian: argparse with its messages translated."""

from __future__ import annotations

import argparse
import re
from typing import NoReturn

from miljologg.core.model import Approval, Form

_TRANSLATIONS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.*)", r"disse argumentene mangler: \1"),
    (r"unrecognized arguments: (.*)", r"ukjente argumenter: \1"),
    (
        r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
        r"\1: ugyldig valg \2 (velg \3)",
    ),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"\1: ugyldig verdi \3"),
    (r"argument (\S+): expected one argument", r"\1 trenger en verdi"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 kan ikke brukes sammen med \2"),
    (r"one of the arguments (.*) is required", r"ett av argumentene \1 må oppgis"),
)


class UsageError(Exception):
    """The command line itself is wrong; ``run`` prints the Norwegian message and exits 2."""


class NorwegianParser(argparse.ArgumentParser):
    """Raises UsageError with one Norwegian line, never a usage dump or a traceback."""

    def error(self, message: str) -> NoReturn:
        for pattern, repl in _TRANSLATIONS:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, repl, message)
                break
        raise UsageError(message)


def build_parser() -> NorwegianParser:
    p = NorwegianParser(
        prog="miljologg", description="Logg over veiledning, oppmøte og arbeidskrav."
    )
    p.add_argument("--data", metavar="FIL", help="datafilen (ellers MILJOLOGG_DATA eller standard)")
    sub = p.add_subparsers(dest="command", parser_class=NorwegianParser)

    sub.add_parser("programmes", help="vis studieprogram og godkjenningsordninger")

    init = sub.add_parser("init", help="opprett datafil og profil")
    init.add_argument("--name", required=True, help="ditt navn")
    init.add_argument("--programme", default="", help="programmets id (se «programmes»)")
    init.add_argument("--profession", default="")
    init.add_argument("--workplace", default="")
    init.add_argument("--role", choices=["student", "supervisor"], default="student")

    sup = sub.add_parser("supervisor", help="veiledere").add_subparsers(
        dest="action", required=True, parser_class=NorwegianParser
    )
    add = sup.add_parser("add", help="legg til veileder")
    add.add_argument("--name", required=True)
    add.add_argument("--profession", default="")
    add.add_argument("--workplace", default="")
    add.add_argument("--position", default="")
    add.add_argument("--programme-approved", action="store_true", help="godkjent av programmet")
    add.add_argument("--approval", action="append", default=[], choices=[a.value for a in Approval])
    sup.add_parser("list", help="vis veiledere").add_argument("--json", action="store_true")

    ses = sub.add_parser("session", help="veiledningsmøter").add_subparsers(
        dest="action", required=True, parser_class=NorwegianParser
    )
    sadd = ses.add_parser("add", help="før et veiledningsmøte")
    sadd.add_argument("--date", required=True, help="ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ")
    sadd.add_argument("--minutes", required=True, type=int)
    sadd.add_argument("--form", required=True, choices=[f.value for f in Form])
    sadd.add_argument("--supervisor", required=True, help="navn eller id")
    sadd.add_argument("--group-size", type=int, default=None)
    sadd.add_argument("--topic", default="")
    sadd.add_argument("--start", default=None, help="klokkeslett TT:MM")
    sadd.add_argument("--missed", action="store_true", help="møtet ble ikke gjennomført")
    ses.add_parser("list", help="vis møter").add_argument("--json", action="store_true")

    att = sub.add_parser("attendance", help="oppmøte").add_subparsers(
        dest="action", required=True, parser_class=NorwegianParser
    )
    aset = att.add_parser("set", help="registrer oppmøte for en samlingsdag")
    aset.add_argument("--date", required=True)
    how = aset.add_mutually_exclusive_group(required=True)
    how.add_argument("--present", action="store_true")
    how.add_argument("--absent", action="store_true")
    how.add_argument("--minutes", type=int, help="delvis til stede: antall minutter")
    aset.add_argument("--reason", default="")

    st = sub.add_parser("status", help="framdrift mot kravene")
    st.add_argument("--scheme", default=None, help="godkjenningsordning (id)")
    st.add_argument("--json", action="store_true")

    dos = sub.add_parser("dossier", help="lag dokumentasjon (PDF) for godkjenning")
    dos.add_argument("--out", required=True, metavar="FIL.pdf", help="PDF-filen som skal lages")
    dos.add_argument("--scheme", default=None, help="godkjenningsordning (id)")
    dos.add_argument("--from", dest="date_from", default=None, metavar="DATO", help="fra dato")
    dos.add_argument("--to", dest="date_to", default=None, metavar="DATO", help="til dato")

    audit = sub.add_parser("audit", help="revisjonslogg").add_subparsers(
        dest="action", required=True, parser_class=NorwegianParser
    )
    audit.add_parser("verify", help="kontroller revisjonsloggen")

    demo = sub.add_parser("demo", help="lag en realistisk eksempellogg")
    demo.add_argument("--sessions", type=int, default=None, help="antall møter (for målinger)")
    demo.add_argument("--data", dest="demo_data", metavar="FIL", default=None)

    from miljologg.commands import REGISTRARS

    for register in REGISTRARS:
        register(sub)
    return p
