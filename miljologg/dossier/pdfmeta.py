"""What both PDFs (dossier, sign sheet) get after reportlab: the real date, the language, files.

reportlab runs ``invariant`` (its creation date is then 1 January 2000, and it has no clock or
random id), so the bytes depend on the input alone; the date written here is the one the caller
chose — the time the document was made, or ``SOURCE_DATE_EPOCH`` for a reproducible build.
"""

from __future__ import annotations

import datetime as dt
import zlib
from typing import Any

#: The document language (PDF /Lang): Norwegian bokmål, for screen readers and hyphenation.
LANGUAGE = "nb"


def pdf_date(when: dt.datetime) -> str:
    """A PDF date string, «D:20261129101500+01'00'», in the time's own UTC offset."""
    offset = when.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"D:{when:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


def stamp(writer: Any, created: dt.datetime | None) -> None:
    """Set the creation (and modification) date and the document language on a pypdf writer."""
    from pypdf.generic import NameObject, TextStringObject

    if created is not None:
        when = pdf_date(created)
        writer.add_metadata({"/CreationDate": when, "/ModDate": when})
    writer._root_object[NameObject("/Lang")] = TextStringObject(LANGUAGE)


def attach(writer: Any, name: str, data: bytes, media_type: str) -> None:
    """Attach a file, compressed (pypdf stores attachments raw), with its type and size."""
    from pypdf.generic import NameObject, NumberObject

    embedded = writer.add_attachment(name, b"")
    stream = embedded._embedded_file  # pypdf has no public way to compress an attachment
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream.set_data(zlib.compress(data, 9))
    embedded.subtype = NameObject("/" + media_type.replace("/", "#2F"))
    embedded.size = NumberObject(len(data))
