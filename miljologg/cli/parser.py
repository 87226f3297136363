"""The command line's grammar in Norwegian: argparse, its own messages from a gettext catalogue.

Every command group module has ``register(table)``; ``build_parser`` calls them in the order the
help lists them. argparse's messages («the following arguments are required») are translated by
its own gettext catalogue (``resources/locale/<lang>/LC_MESSAGES/argparse.mo``), so a new
Python release that rewords a message shows up as a missing catalogue entry in a test, not as a
regular expression that silently stops matching.
"""

from __future__ import annotations

import argparse
import gettext
import locale
import os
import sys
from collections.abc import Mapping, Sequence
from typing import NoReturn

from miljologg.assets import resources_dir
from miljologg.cli import (
    attendance,
    audit,
    backup,
    demo,
    dossier,
    key,
    paper,
    prerequisite,
    profile,
    profile_edit,
    session,
    signing,
    status,
    supervisor,
    transfer,
)
from miljologg.cli.table import CommandTable
from miljologg.core.i18n import (
    LANGUAGES,
    Language,
    _,
    current_language,
    pgettext,
    resolve_language,
    set_language,
)

#: Each group registers its commands; the order is the order of ``miljologg --help``.
GROUPS = (
    profile,  # programmes, init
    profile_edit,  # profile show|set
    supervisor,
    session,
    attendance,
    status,
    prerequisite,  # prerequisite list|confirm|withdraw
    dossier,  # dossier, verify-dossier
    audit,  # audit verify, verify
    demo,
    transfer,  # export, import
    key,
    signing,  # signing request|sign|import
    paper,  # signing sheet|paper
    backup,
)


class UsageError(Exception):
    """The command line itself is wrong; ``run`` prints the Norwegian message and exits 2."""


class NorwegianParser(argparse.ArgumentParser):
    """Raises ``UsageError`` with argparse's (translated) message: one line, no usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def install_argparse_catalogue(language: str | None = None) -> None:
    """Make argparse speak ``language`` through its own gettext domain, ``argparse``.

    argparse looks its messages up with the module-level ``_`` and ``ngettext`` it imported from
    gettext, at the moment it formats them; binding those two names to a translation is how its
    messages are translated without touching the process's global gettext domain. A language
    with no catalogue (English) falls back to argparse's own text. ``None``: the current language.
    """
    translation = gettext.translation(
        "argparse",
        localedir=resources_dir() / "locale",
        languages=[language or current_language()],
        fallback=True,
    )
    vars(argparse).update(_=translation.gettext, ngettext=translation.ngettext)


def build_parser() -> tuple[NorwegianParser, CommandTable]:
    """The parser and the table of its commands (what each writes and which file it uses)."""
    install_argparse_catalogue()
    from miljologg.cli.common import whole_number

    # What argparse names the type in «ugyldig et heltall-verdi», in the language in force.
    # English puts it inside «invalid … value», so it has its own message (not transfer_read's
    # «et heltall», which reads «must be a whole number, not text»).
    whole_number.__name__ = pgettext("argparse's type name", "et heltall")
    parser = NorwegianParser(
        prog="miljologg", description=_("Logg over veiledning, oppmøte og arbeidskrav.")
    )
    parser.add_argument(
        "--data", metavar=_("FIL"), help=_("datafilen (ellers MILJOLOGG_DATA eller standard)")
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help=_(
            "språket: nb (bokmål), nn (nynorsk) eller en (engelsk); ellers MILJOLOGG_LANG "
            "eller systemets språk"
        ),
    )
    parser.add_argument("--version", action="store_true", help=_("vis versjonen og avslutt"))
    table = CommandTable(parser.add_subparsers(dest="command", metavar=_("KOMMANDO")))
    for group in GROUPS:
        group.register(table)
    table.finish()
    return parser, table


def language_option(argv: Sequence[str]) -> str | None:
    """The value of the global ``--language`` in ``argv``, read before the parser is built (the
    parser's own messages and help must already speak it); the parser checks it again."""
    value: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--language" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--language="):
            value = arg.split("=", 1)[1]
    return value if value in LANGUAGES else None


def choose_language(argv: Sequence[str], env: Mapping[str, str]) -> Language:
    """The command line's language: ``--language``, ``MILJOLOGG_LANG``, else the system's.

    The GUI's choice (Vis → Språk, kept in QSettings) is not read here: the command line never
    loads Qt (see ``wants_gui``), and a script's output should not change with a window's menu.
    """
    platform_locale = None
    if sys.platform == "win32":  # Windows names its language in no environment variable
        platform_locale = locale.getlocale()[0]
    return resolve_language(language_option(argv), env, None, platform_locale)


def wants_gui(argv: Sequence[str]) -> bool:
    """True when ``argv`` names no command: ``miljologg`` alone, or with GUI options (``--data``).

    Anything the parser refuses (an unknown option, a misspelt command) is the command line's
    business: it says what is wrong and exits 2 rather than opening a window.
    """
    set_language(choose_language(argv, os.environ))  # ``--help`` prints from here
    parser, _table = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except UsageError:
        return False
    return args.command is None and not args.version
