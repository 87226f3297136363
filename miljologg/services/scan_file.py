"""What a paper sign-off scan must be: a real PDF, PNG or JPEG, judged by its content.

The name says nothing (a PNG called «ark.pdf» is a PNG; a text file called «ark.png» is refused).
The first bytes must be one of the three formats' signatures, and the whole file must then parse
as that format, as far as the dossier will use it: every page of a PDF with a usable size and
content that decodes (the dossier merges the pages), an image decoded pixel by pixel in the
format its signature claims (the dossier draws it). The file is read with a limit, so a device
or an endless file (``/dev/zero``) is refused, not read until memory runs out.
"""

from __future__ import annotations

import io
import logging
import warnings
from pathlib import Path

from miljologg.core.i18n import N_, _
from miljologg.core.units import format_number
from miljologg.services.errors import ValidationError

MAX_SCAN_BYTES = 20 * 1024 * 1024
#: An A4 or Legal sheet scanned at 600 dpi is 35-43 million pixels. A 546 kB PNG of
#: 12,000 x 12,000 pixels took 620 MB to check (and more to draw), with Pillow's English
#: «DecompressionBombWarning» on stderr; an image's size is read from its header first.
MAX_SCAN_PIXELS = 50_000_000
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
_PIL_FORMAT = {"image/png": "PNG", "image/jpeg": "JPEG"}
_DAMAGED = N_("Skannet er skadet og kan ikke leses.")


def media_type(data: bytes) -> str:
    """The scan's type from its first bytes; ValidationError for anything else."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    raise ValidationError("scan", _("Skannet må være en PDF-, PNG- eller JPEG-fil."))


def too_big(size: int) -> str:
    shown = format_number(size / 1024 / 1024, 1)
    return _(
        "Skannet er {size} MB; høyst {limit} MB er tillatt. Skann i lavere oppløsning eller i "
        "gråtoner."
    ).format(size=shown, limit=MAX_SCAN_BYTES // 1024 // 1024)


def read_scan(path: Path) -> bytes:
    """The file's bytes, at most ``MAX_SCAN_BYTES`` read (module doc); ValidationError else."""
    try:
        if not path.is_file():
            what = _("en mappe") if path.is_dir() else _("ikke en vanlig fil")
            if not path.exists():
                raise ValidationError("scan", _("Fant ikke filen {path}.").format(path=path))
            raise ValidationError("scan", _("{path} er {what}.").format(path=path, what=what))
        with path.open("rb") as fh:
            data = fh.read(MAX_SCAN_BYTES + 1)
    except PermissionError:
        raise ValidationError(
            "scan", _("Har ikke tilgang til å lese {path}.").format(path=path)
        ) from None
    except OSError:
        raise ValidationError("scan", _("Kunne ikke lese {path}.").format(path=path)) from None
    if len(data) > MAX_SCAN_BYTES:
        size = max(len(data), path.stat().st_size)
        raise ValidationError("scan", too_big(size))
    return data


def check_scan(data: bytes) -> str:
    """The scan's media type once it has parsed as a whole (module doc); ValidationError else."""
    if not data:
        raise ValidationError("scan", _("Skannet er tomt."))
    if len(data) > MAX_SCAN_BYTES:
        raise ValidationError("scan", too_big(len(data)))
    kind = media_type(data)
    try:
        if kind == "application/pdf":
            _check_pdf(data)
        else:
            _check_image(data, _PIL_FORMAT[kind])
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - pypdf and Pillow raise many kinds for a damaged file
        raise ValidationError("scan", _(_DAMAGED)) from None
    return kind


def _too_many_pixels(size: tuple[int, int] | None) -> str:
    limit = _("høyst {value} millioner bildepunkter er tillatt").format(
        value=MAX_SCAN_PIXELS // 1_000_000
    )
    shown = (
        _(" ({value} × {value2} bildepunkter)").format(value=size[0], value2=size[1])
        if size
        else ""
    )
    return _(
        "Skannet er for stort{shown}; {limit}. Skann i lavere oppløsning (300 dpi holder)."
    ).format(shown=shown, limit=limit)


def _check_pdf(data: bytes) -> None:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # our message, not «EOF marker not found»
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise ValidationError("scan", _("Skannet er en kryptert PDF; lagre det uten passord."))
    if len(reader.pages) < 1:
        raise ValueError("no pages")
    for page in reader.pages:
        box = page.mediabox
        if float(box.width) <= 0 or float(box.height) <= 0:
            raise ValueError("no size")
        contents = page.get_contents()
        if contents is not None:
            contents.get_data()


def _check_image(data: bytes, expected: str) -> None:
    from PIL import Image

    with warnings.catch_warnings():  # the size is judged below, in Norwegian
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            opened = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError:
            raise ValidationError("scan", _too_many_pixels(None)) from None
    with opened as image:
        if image.format != expected:
            raise ValueError("another format")
        if image.width * image.height > MAX_SCAN_PIXELS:
            raise ValidationError("scan", _too_many_pixels(image.size))
        image.verify()
    with Image.open(io.BytesIO(data)) as image:
        image.load()  # every pixel decoded: a truncated file fails here, not in the dossier
        if image.width < 1 or image.height < 1:
            raise ValueError("empty")
