"""Entry points: ``miljologg`` (CLI, or the GUI when no command is given) and ``miljologg-gui``."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """No command opens the GUI (``--data F`` alone too); anything else is the command line's.

    An option the parser does not know is an error (exit 2), never a reason to open a window.
    """
    argv = sys.argv[1:] if argv is None else argv
    from miljologg.cli.parser import wants_gui

    if wants_gui(argv):
        return main_gui(argv)
    from miljologg.cli import run

    try:
        return run(argv)
    except BrokenPipeError:
        # The reader went away (``miljologg session list | head``): not an error. Point stdout
        # at devnull so the interpreter's final flush does not raise again (Python docs recipe).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def main_gui(argv: list[str] | None = None) -> int:
    from miljologg.ui.shell.app import run_gui

    return run_gui(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
