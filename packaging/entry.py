"""The frozen app's entry point (PyInstaller runs this file as ``__main__``).

The same ``main`` as the installed ``miljologg`` command: the GUI with no command, the CLI with
one. Kept outside the package so the package itself has no frozen-only code.
"""

from __future__ import annotations

import sys

from miljologg.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
