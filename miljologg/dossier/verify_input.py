"""The first step of ``verify-dossier``: the file named must be a PDF that can be read at all.

Anything else (no such file, a folder, no permission, not a PDF, a PDF pypdf cannot read or
with no pages) is bad input, ``BadInputError``: the command line says so in one line and exits
2, never with a traceback. The message is in the language in force (the verifier's).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from miljologg.core.i18n import _

log = logging.getLogger(__name__)


class BadInputError(Exception):
    """The file is not a PDF that can be read at all."""


def open_pdf(path: Path) -> tuple[Any, dict[str, bytes]]:
    """A pypdf reader and the attachments by name; ``BadInputError`` for what is not a PDF."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files: our message, not theirs
    if path.is_dir():
        raise BadInputError(_("{path} er en mappe, ikke en PDF-fil.").format(path=path))
    if not path.exists():
        raise BadInputError(_("Fant ikke filen {path}.").format(path=path))
    if not path.is_file():
        raise BadInputError(_("{path} er ikke en vanlig fil.").format(path=path))
    try:
        with path.open("rb") as fh:
            head = fh.read(5)
    except PermissionError:
        raise BadInputError(_("Har ikke tilgang til å lese {path}.").format(path=path)) from None
    except OSError:
        raise BadInputError(_("Kunne ikke lese {path}.").format(path=path)) from None
    if head != b"%PDF-":
        raise BadInputError(_("{path} er ikke en PDF-fil.").format(path=path))
    try:
        reader = PdfReader(path)
        count = len(reader.pages)
        attachments = {name: items[0] for name, items in reader.attachments.items() if items}
    except Exception:  # noqa: BLE001 - pypdf raises many kinds for a damaged file
        log.info("pypdf could not read %s", path, exc_info=True)
        raise BadInputError(
            _("{path} er skadet og kan ikke leses som PDF.").format(path=path)
        ) from None
    if count == 0:
        raise BadInputError(_("{path} har ingen sider.").format(path=path))
    return reader, attachments
