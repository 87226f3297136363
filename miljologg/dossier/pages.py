"""Page by page: a PDF's pages against the same dossier made again from its attached input.

Two ways to compare, chosen by ``verify``:

``compare_drawn`` (the PDF was drawn by this layout)
    Each page gets a fingerprint of everything that makes it look as it does: its content
    streams decoded (so recompressing or rewriting the file changes nothing), its resources —
    fonts with their embedded glyphs, images, forms — hashed by content, not by object number,
    its annotations (a note or a form field laid over the page is a change too) and its boxes.
    Pages are then aligned like lines in a diff, and each page that differs, is missing, was
    added or stands in the wrong place is named, with the text that differs where there is one
    («står «…» der dokumentet har «…»»); a page whose text is unchanged but whose drawing is not
    (a white box over a figure) is named as such.

``compare_text`` (another layout drew it: another miljologg or PDF library)
    The drawing cannot be remade, so the pages' text is compared word by word, the page
    furniture (header, footer, «Side X av Y») left out, and every difference is named with its
    page. Figures are words too, so a changed number is a changed word.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from miljologg.core.plural import choose
from miljologg.core.plural import count as count_text

#: Keys that point back up the tree or only describe an encoding, not what is drawn.
_SKIP = frozenset(
    {"/Parent", "/P", "/StructParent", "/StructParents", "/Length", "/Filter", "/DecodeParms"}
)
_MAX_DIFFS = 12
_FURNITURE = (
    re.compile(r"Side \d+ av \d+"),
    re.compile(r"Dokument-ID [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"),
    re.compile(r"Dokumentasjon av veiledning · produsert \S+ med miljologg( [^\s]+)?"),
)


class _Hasher:
    """Content hashes of PDF objects, each indirect object hashed once (fonts are shared)."""

    def __init__(self) -> None:
        self._memo: dict[tuple[int, int, int], bytes] = {}

    def of(self, obj: Any) -> bytes:
        from pypdf.generic import (
            ArrayObject,
            DictionaryObject,
            IndirectObject,
            StreamObject,
        )

        if isinstance(obj, IndirectObject):
            key = (id(obj.pdf), obj.idnum, obj.generation)
            known = self._memo.get(key)
            if known is None:
                self._memo[key] = b"cycle"
                known = self._memo[key] = self.of(obj.get_object())
            return known
        h = hashlib.sha256()
        if isinstance(obj, StreamObject):
            h.update(b"S")
            h.update(self._dict(obj))
            try:
                h.update(hashlib.sha256(obj.get_data()).digest())
            except Exception:  # noqa: BLE001 - a filter pypdf cannot decode: hash it as stored
                h.update(repr(obj.get("/Filter")).encode())
                h.update(hashlib.sha256(obj._data).digest())
        elif isinstance(obj, DictionaryObject):
            h.update(b"D")
            h.update(self._dict(obj))
        elif isinstance(obj, ArrayObject):
            h.update(b"A")
            for item in obj:
                h.update(self.of(item))
        else:
            h.update(type(obj).__name__.encode())
            h.update(repr(obj).encode())
        return h.digest()

    def _dict(self, obj: Any) -> bytes:
        h = hashlib.sha256()
        for key in sorted(k for k in obj if k not in _SKIP):
            h.update(str(key).encode())
            h.update(self.of(obj.raw_get(key)))
        return h.digest()


def page_digests(reader: Any) -> list[str]:
    """One fingerprint per page of a pypdf reader (see module doc)."""
    from pypdf.generic import ArrayObject

    hasher = _Hasher()
    out = []
    for page in reader.pages:
        h = hashlib.sha256()
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        streams = contents if isinstance(contents, ArrayObject) else [contents]
        for stream in streams:
            if stream is not None:
                h.update(stream.get_object().get_data())
                h.update(b"\n")
        for key in ("/Resources", "/Annots", "/MediaBox", "/CropBox", "/Rotate", "/Group"):
            h.update(key.encode())
            if key in page:
                h.update(hasher.of(page.raw_get(key)))
        out.append(h.hexdigest())
    return out


def page_text(reader: Any, index: int) -> str:
    """The page's text, whitespace collapsed ("" if pypdf cannot read it)."""
    try:
        return " ".join((reader.pages[index].extract_text() or "").split())
    except Exception:  # noqa: BLE001 - a damaged page: nothing readable on it
        return ""


def _words(text: str) -> list[str]:
    for pattern in _FURNITURE:
        text = pattern.sub(" ", text)
    return text.split()


def _quote(words: Sequence[str]) -> str:
    text = " ".join(words)
    return f"«{text[:77]}…»" if len(text) > 80 else f"«{text}»"


def text_difference(remade: str, actual: str) -> str:
    """What differs between two texts of one page, in a few words (Norwegian)."""
    a, b = _words(remade), _words(actual)
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "replace":
            parts.append(f"står {_quote(b[j1:j2])} der dokumentet har {_quote(a[i1:i2])}")
        elif tag == "insert":
            parts.append(f"{_quote(b[j1:j2])} er lagt til")
        elif tag == "delete":
            parts.append(f"{_quote(a[i1:i2])} mangler")
        if len(parts) == 2:
            break
    if not parts:
        return (
            "teksten er den samme, men det som er tegnet er endret (for eksempel noe dekket "
            "til eller lagt over)"
        )
    return "; ".join(parts)


@dataclass
class PageReport:
    """What the comparison found: ``problems`` name pages; ``lines`` say what was compared."""

    problems: list[str]
    lines: list[str]


def compare_drawn(actual: Any, remade: Any, document_id: str) -> PageReport:
    """Compare two readers page by page by fingerprint (module doc)."""
    a, r = page_digests(actual), page_digests(remade)
    report = PageReport([], [])
    if a == r:
        report.lines.append(
            f"Alle {len(a)} sidene er laget på nytt fra grunnlaget og er like som de ble laget "
            "(tekst, tall og det som er tegnet)."
        )
        return report
    in_actual = {d: j for j, d in enumerate(a)}
    in_remade = {d: i for i, d in enumerate(r)}
    moved: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, r, a, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for j in range(j1, j2):
            if a[j] in in_remade:
                moved[j] = in_remade[a[j]]
        for i in range(i1, i2):
            if r[i] in in_actual:
                moved[in_actual[r[i]]] = i
        left_r = [i for i in range(i1, i2) if r[i] not in in_actual]
        left_a = [j for j in range(j1, j2) if a[j] not in in_remade]
        for i, j in zip(left_r, left_a, strict=False):
            detail = text_difference(page_text(remade, i), page_text(actual, j))
            where = f"Side {j + 1}" if i == j else f"Side {j + 1} (side {i + 1} i dokumentet)"
            report.problems.append(f"{where} er endret: {detail}.")
        for i in left_r[len(left_a) :]:
            report.problems.append(
                f"Side {i + 1} av dokumentet mangler i PDF-en "
                f"({_quote(_words(page_text(remade, i))[:8])} …)."
            )
        for j in left_a[len(left_r) :]:
            report.problems.append(_extra(actual, j, document_id))
    disorder = _out_of_order([in_remade.get(d) for d in a])
    for j, i in sorted(moved.items()):
        if i != j and j in disorder:
            report.problems.append(
                f"Side {j + 1} i PDF-en er side {i + 1} av dokumentet: sidene står i feil "
                "rekkefølge."
            )
    if len(a) != len(r):
        report.lines.append(
            f"PDF-en har {count_text(len(a), 'side', 'sider')}; dokumentet laget på nytt har "
            f"{len(r)}."
        )
    same = sum(1 for j, d in enumerate(a) if j < len(r) and r[j] == d)
    report.lines.append(
        choose(
            "{same} av {n} side er lik slik den ble laget.",
            "{same} av {n} sider er like som de ble laget.",
            len(r),
        ).format(same=same, n=len(r))
    )
    return report


def _out_of_order(where: list[int | None]) -> set[int]:
    """Pages that break the order of the pages around them (``where[j]``: the page of the
    remade document that page ``j`` is, if any) — not those merely shifted by a page removed
    or added before them."""
    known = [(j, i) for j, i in enumerate(where) if i is not None]
    out: set[int] = set()
    highest = -1
    for j, i in known:
        if i < highest:
            out.add(j)
        highest = max(highest, i)
    lowest = len(where) + 1 << 20
    for j, i in reversed(known):
        if i > lowest:
            out.add(j)
        lowest = min(lowest, i)
    return out


def _extra(actual: Any, j: int, document_id: str) -> str:
    text = page_text(actual, j)
    ids = set(re.findall(r"Dokument-ID ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})", text))
    other = sorted(ids - {document_id})
    origin = f" – den er fra et annet dokument (dokument-ID {other[0]})" if other else ""
    return f"Side {j + 1} er lagt til: den hører ikke til dokumentet{origin}."


def compare_text(actual: Any, remade: Any) -> PageReport:
    """Compare the pages' words, furniture left out (module doc)."""
    report = PageReport([], [])
    a_words: list[str] = []
    a_page: list[int] = []
    for j in range(len(actual.pages)):
        words = _words(page_text(actual, j))
        a_words += words
        a_page += [j] * len(words)
    r_words: list[str] = []
    for i in range(len(remade.pages)):
        r_words += _words(page_text(remade, i))
    figures = sum(1 for w in r_words if any(ch.isdigit() for ch in w))
    diffs = 0
    matcher = difflib.SequenceMatcher(None, r_words, a_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        diffs += 1
        if diffs > _MAX_DIFFS:
            continue
        page = a_page[min(j1, len(a_page) - 1)] + 1 if a_page else 1
        if tag == "replace":
            what = f"står {_quote(a_words[j1:j2])} der dokumentet har {_quote(r_words[i1:i2])}"
        elif tag == "insert":
            what = f"{_quote(a_words[j1:j2])} er lagt til"
        else:
            what = f"{_quote(r_words[i1:i2])} mangler"
        report.problems.append(f"Side {page}: {what}.")
    if diffs > _MAX_DIFFS:
        report.problems.append(f"… og {diffs - _MAX_DIFFS} forskjeller til i teksten.")
    if not diffs:
        report.lines.append(
            f"Teksten og tallene ({figures} tall) på alle {len(actual.pages)} sidene stemmer "
            "med dokumentet laget på nytt."
        )
    return report
