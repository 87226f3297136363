"""A pause at a named point, for tests that kill a real process at the worst moment.

``MILJOLOGG_TEST_PAUSE=<point>`` makes the process print «paused <point>» on stderr and wait
there (up to an hour) until it is killed; without the variable ``pause`` does nothing at all.
The crash tests (``tests/test_leftovers.py``) use it to SIGKILL a restore, a migration's backup
and an import into a new file exactly when they have left something half-made on disk.
"""

from __future__ import annotations

import os
import sys
import time

ENV_VAR = "MILJOLOGG_TEST_PAUSE"


def pause(point: str) -> None:
    """Wait at ``point`` if the environment asks for it (tests only); else return at once."""
    if os.environ.get(ENV_VAR) != point:
        return
    print(f"paused {point}", file=sys.stderr, flush=True)
    time.sleep(3600)
