"""Ways to alter a dossier PDF as someone with pypdf would, for the verify-dossier attack tests.

Each function reads ``src`` and writes the altered copy to ``dst`` (attachments kept unless
said otherwise). Text on a page is found per text object (BT … ET): reportlab draws each table
cell and paragraph line as one, so a block's text is a cell's text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)


def _save(writer: PdfWriter, dst: Path) -> Path:
    with dst.open("wb") as fh:
        writer.write(fh)
    return dst


def remove_page(src: Path, dst: Path, index: int) -> Path:
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.remove_page(index)
    return _save(writer, dst)


def reorder(src: Path, dst: Path, order: list[int]) -> Path:
    """The pages in ``order`` (indexes), then the attachments as they were."""
    reader = PdfReader(src)
    writer = PdfWriter()
    for i in order:
        writer.add_page(reader.pages[i])
    for name, items in reader.attachments.items():
        writer.add_attachment(name, items[0])
    return _save(writer, dst)


def swap(src: Path, dst: Path, a: int, b: int) -> Path:
    order = list(range(len(PdfReader(src).pages)))
    order[a], order[b] = order[b], order[a]
    return reorder(src, dst, order)


def append_page(src: Path, other: Path, dst: Path, index: int) -> Path:
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.add_page(PdfReader(other).pages[index])
    return _save(writer, dst)


def drop_attachments(src: Path, dst: Path, keep: Callable[[str], bool]) -> Path:
    reader = PdfReader(src)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    for name, items in reader.attachments.items():
        if keep(name):
            writer.add_attachment(name, items[0])
    return _save(writer, dst)


def replace_attachment(src: Path, dst: Path, name: str, data: bytes) -> Path:
    reader = PdfReader(src)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    for other, items in reader.attachments.items():
        writer.add_attachment(other, data if other == name else items[0])
    return _save(writer, dst)


@dataclass
class Block:
    """One text object of a page: its operations and the text they draw."""

    start: int  # index of BT in the page's operations
    end: int  # index of ET
    text: str
    x: float
    y: float


def blocks(writer: PdfWriter, page_index: int) -> tuple[ContentStream, list[Block]]:
    """The page's parsed content and its text objects with their text (pypdf extracts it)."""
    page = writer.pages[page_index]
    content = ContentStream(page.get_contents(), writer)
    ops = list(content.operations)
    found: list[Block] = []
    start = None
    for n, (_operands, op) in enumerate(ops):
        if op == b"BT":
            start = n
        elif op == b"ET" and start is not None:
            probe = ContentStream(None, writer)
            probe.operations = [([], b"q"), *ops[start : n + 1], ([], b"Q")]
            page.replace_contents(probe)
            text = " ".join((page.extract_text() or "").split())
            x = y = 0.0
            for args, o in ops[start:n]:
                if o == b"Tm":
                    x, y = float(args[4]), float(args[5])
                    break
            found.append(Block(start, n, text, x, y))
            start = None
    whole = ContentStream(None, writer)
    whole.operations = ops
    page.replace_contents(whole)
    return whole, found


def copy_text(src: Path, dst: Path, page_index: int, into: str, source: str) -> Path:
    """Draw the text of the first block starting with ``source`` (on any page: reportlab's font
    subsets and their names are the document's) where the block starting with ``into`` was on
    ``page_index``: a content stream edited by hand."""
    writer = PdfWriter(clone_from=PdfReader(src))
    donor_ops: list[Any] = []
    for n in range(len(writer.pages)):
        donor_content, donor_found = blocks(writer, n)
        donor = next((b for b in donor_found if b.text.startswith(source)), None)
        if donor is not None:
            donor_ops = list(donor_content.operations)[donor.start + 1 : donor.end]
            break
    content, found = blocks(writer, page_index)
    target = next(b for b in found if b.text.startswith(into))
    ops = list(content.operations)
    position = [(a, o) for a, o in ops[target.start : target.end] if o in (b"Tm", b"Td")][:1]
    body = [(a, o) for a, o in donor_ops if o not in (b"Tm", b"Td")]
    ops[target.start : target.end + 1] = [([], b"BT"), *position, *body, ([], b"ET")]
    content.operations = ops
    writer.pages[page_index].replace_contents(content)
    return _save(writer, dst)


def white_box(
    src: Path, dst: Path, page_index: int, over: str, new_text: str | None
) -> tuple[Path, str]:
    """Cover the block starting with ``over`` with a white rectangle and, if given, write
    ``new_text`` on it in Helvetica (a font added to this page only). Returns the block's text."""
    writer = PdfWriter(clone_from=PdfReader(src))
    _content, found = blocks(writer, page_index)
    target = next(b for b in found if b.text.startswith(over))
    page = writer.pages[page_index]
    extra = f"q 1 1 1 rg {target.x - 1:.2f} {target.y - 3:.2f} 120 13 re f Q\n"
    if new_text is not None:
        resources = DictionaryObject(page["/Resources"].get_object())
        fonts = DictionaryObject(resources.get("/Font", DictionaryObject()).get_object())
        fonts[NameObject("/FX")] = writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject("/Helvetica"),
                }
            )
        )
        resources[NameObject("/Font")] = fonts
        page[NameObject("/Resources")] = resources
        extra += f"BT /FX 9 Tf {target.x:.2f} {target.y:.2f} Td ({new_text}) Tj ET\n"
    stream = DecodedStreamObject()
    stream.set_data(page.get_contents().get_data() + b"\n" + extra.encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    return _save(writer, dst), target.text


def find_page(path: Path, *needles: str) -> int:
    """The index of the first page whose text holds every needle."""
    reader = PdfReader(path)
    for n, page in enumerate(reader.pages):
        text = " ".join((page.extract_text() or "").split())
        if all(x in text for x in needles):
            return n
    raise LookupError(needles)


def attachment(path: Path, name: str) -> bytes:
    data: Any = PdfReader(path).attachments[name][0]
    return bytes(data)
