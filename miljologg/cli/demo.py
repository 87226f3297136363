"""``demo``: a realistic two-year log in a new file, to try the app or to measure it."""

from __future__ import annotations

import argparse

from miljologg.cli.common import CliError, whole_number
from miljologg.cli.table import Call, CommandTable, DataUse
from miljologg.core.i18n import _, ngettext
from miljologg.core.units import format_number


def register(table: CommandTable) -> None:
    demo = table.writer("demo", _demo, _("lag en realistisk eksempellogg"), data=DataUse.NEW)
    demo.add_argument(
        "--sessions", type=whole_number, default=None, help=_("antall møter (for målinger)")
    )
    # ``miljologg demo --data F`` reads naturally; the global ``--data F demo`` works too.
    # SUPPRESS: when not given here, the global ``--data`` is kept, not overwritten with None.
    demo.add_argument(
        "--data", metavar=_("FIL"), default=argparse.SUPPRESS, help=_("den nye datafilen")
    )


#: Ten times what the benchmarks use; 99,999,999,999 ran until killed, filling the disk.
MAX_SESSIONS = 100_000


def _demo(call: Call) -> int:
    from miljologg.demo import write_demo

    sessions = call.args.sessions
    if sessions is not None and not 1 <= sessions <= MAX_SESSIONS:
        raise CliError(
            _("--sessions må være mellom 1 og {most}.").format(most=format_number(MAX_SESSIONS))
        )
    count = write_demo(call.services, sessions=call.args.sessions)
    print(
        ngettext(
            "Skrev {n} veiledningsmøte til {path}", "Skrev {n} veiledningsmøter til {path}", count
        ).format(n=count, path=call.path),
        file=call.out,
    )
    return 0
