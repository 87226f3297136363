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
    furniture (header, footer, «Side X av Y», in the dossier's language) left out, and every
    difference is named with its page. Figures are words too, so a changed number is a changed word.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from miljologg.core.i18n import N_, Language, _, language, ngettext

#: Keys that point back up the tree or only describe an encoding, not what is drawn.
_SKIP = frozenset(
    {"/Parent", "/P", "/StructParent", "/StructParents", "/Length", "/Filter", "/DecodeParms"}
)
_MAX_DIFFS = 12
_DOCUMENT_ID = "[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"
#: What each placeholder of the page furniture stands for, as a pattern.
_FILLS = {
    "page": r"\d+",
    "total": r"\d+",
    "document_id": f"({_DOCUMENT_ID})",
    "date": r".+?",
    "made_with": r"[^\s]+",
}
#: The version after «miljologg» may be missing from a page's text.
_OPTIONAL = frozenset({"made_with"})


def _pattern(template: str) -> re.Pattern[str]:
    """A furniture text as the renderer writes it (``template`` translated), as a pattern."""
    parts = re.split(r"\{(\w+)\}", template)
    pattern = ""
    for i, part in enumerate(parts):
        if i % 2:
            pattern += _FILLS[part] if part else ""
        elif i + 1 < len(parts) and parts[i + 1] in _OPTIONAL and part.endswith(" "):
            pattern += re.escape(part[:-1]) + "(?: " + _FILLS[parts[i + 1]] + ")?"
            parts[i + 1] = ""  # already placed
        else:
            pattern += re.escape(part)
    return re.compile(pattern)


@functools.cache
def furniture(lang: Language) -> tuple[re.Pattern[str], ...]:
    """The page furniture (page number, document ID, footer) in the dossier's language ``lang``:
    the same catalogue texts the renderer and the numbering canvas draw, so an English dossier's
    «Page 2 of 9» is furniture as «Side 2 av 9» is in bokmål. The document ID comes first."""
    with language(lang):
        return tuple(
            _pattern(_(text))
            for text in (
                N_("Dokument-ID {document_id}"),
                N_("Side {page} av {total}"),
                N_("Dokumentasjon av veiledning · produsert {date} med miljologg {made_with}"),
            )
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


def _words(text: str, lang: Language) -> list[str]:
    for pattern in furniture(lang):
        text = pattern.sub(" ", text)
    return text.split()


def _quote(words: Sequence[str]) -> str:
    text = " ".join(words)
    return f"«{text[:77]}…»" if len(text) > 80 else f"«{text}»"


def _change(tag: str, remade: Sequence[str], actual: Sequence[str]) -> str:
    """One difference between the document's words and the PDF's, in the verifier's language."""
    if tag == "replace":
        return _("står {actual} der dokumentet har {remade}").format(
            actual=_quote(actual), remade=_quote(remade)
        )
    if tag == "insert":
        return _("{actual} er lagt til").format(actual=_quote(actual))
    return _("{remade} mangler").format(remade=_quote(remade))


def text_difference(remade: str, actual: str, lang: Language) -> str:
    """What differs between two texts of one page (in the dossier's language ``lang``), in a
    few words."""
    a, b = _words(remade, lang), _words(actual, lang)
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            parts.append(_change(tag, a[i1:i2], b[j1:j2]))
        if len(parts) == 2:
            break
    if not parts:
        return _(
            "teksten er den samme, men det som er tegnet er endret (for eksempel noe dekket "
            "til eller lagt over)"
        )
    return "; ".join(parts)


@dataclass
class PageReport:
    """What the comparison found: ``problems`` name pages; ``lines`` say what was compared."""

    problems: list[str]
    lines: list[str]


def compare_drawn(actual: Any, remade: Any, document_id: str, lang: Language) -> PageReport:
    """Compare two readers page by page by fingerprint (module doc); ``lang`` is the dossier's
    language (its furniture), the report speaks the current one."""
    a, r = page_digests(actual), page_digests(remade)
    report = PageReport([], [])
    if a == r:
        report.lines.append(
            ngettext(
                "Den {n} siden er laget på nytt fra grunnlaget og er lik slik den ble laget "
                "(tekst, tall og det som er tegnet).",
                "Alle {n} sidene er laget på nytt fra grunnlaget og er like som de ble laget "
                "(tekst, tall og det som er tegnet).",
                len(a),
            ).format(n=len(a))
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
            detail = text_difference(page_text(remade, i), page_text(actual, j), lang)
            if i == j:
                changed = _("Side {page} er endret: {detail}.")
            else:
                changed = _("Side {page} (side {remade} i dokumentet) er endret: {detail}.")
            report.problems.append(changed.format(page=j + 1, remade=i + 1, detail=detail))
        for i in left_r[len(left_a) :]:
            report.problems.append(
                _("Side {page} av dokumentet mangler i PDF-en ({words} …).").format(
                    page=i + 1, words=_quote(_words(page_text(remade, i), lang)[:8])
                )
            )
        for j in left_a[len(left_r) :]:
            report.problems.append(_extra(actual, j, document_id, lang))
    disorder = _out_of_order([in_remade.get(d) for d in a])
    for j, i in sorted(moved.items()):
        if i != j and j in disorder:
            report.problems.append(
                _(
                    "Side {page} i PDF-en er side {remade} av dokumentet: sidene står i feil "
                    "rekkefølge."
                ).format(page=j + 1, remade=i + 1)
            )
    if len(a) != len(r):
        report.lines.append(
            ngettext(
                "PDF-en har {n} side; dokumentet laget på nytt har {remade}.",
                "PDF-en har {n} sider; dokumentet laget på nytt har {remade}.",
                len(a),
            ).format(n=len(a), remade=len(r))
        )
    same = sum(1 for j, d in enumerate(a) if j < len(r) and r[j] == d)
    report.lines.append(
        ngettext(
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


def _extra(actual: Any, j: int, document_id: str, lang: Language) -> str:
    text = page_text(actual, j)
    # The page's own document ID, as a page of the dossier's language prints it.
    ids = set(furniture(lang)[0].findall(text))
    other = sorted(ids - {document_id})
    if other:
        return _(
            "Side {page} er lagt til: den hører ikke til dokumentet – den er fra et annet "
            "dokument (dokument-ID {other})."
        ).format(page=j + 1, other=other[0])
    return _("Side {page} er lagt til: den hører ikke til dokumentet.").format(page=j + 1)


def compare_text(actual: Any, remade: Any, lang: Language) -> PageReport:
    """Compare the pages' words, furniture (in the dossier's language ``lang``) left out
    (module doc)."""
    report = PageReport([], [])
    a_words: list[str] = []
    a_page: list[int] = []
    for j in range(len(actual.pages)):
        words = _words(page_text(actual, j), lang)
        a_words += words
        a_page += [j] * len(words)
    r_words: list[str] = []
    for i in range(len(remade.pages)):
        r_words += _words(page_text(remade, i), lang)
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
        what = _change(tag, r_words[i1:i2], a_words[j1:j2])
        report.problems.append(_("Side {page}: {what}.").format(page=page, what=what))
    if diffs > _MAX_DIFFS:
        more = diffs - _MAX_DIFFS
        report.problems.append(
            ngettext(
                "… og {n} forskjell til i teksten.", "… og {n} forskjeller til i teksten.", more
            ).format(n=more)
        )
    if not diffs:
        pages = len(actual.pages)
        report.lines.append(
            ngettext(
                "Teksten og tallene ({figures}) på den {n} siden stemmer med dokumentet laget "
                "på nytt.",
                "Teksten og tallene ({figures}) på alle {n} sidene stemmer med dokumentet laget "
                "på nytt.",
                pages,
            ).format(
                n=pages,
                figures=ngettext("{n} tall", "{n} tall", figures).format(n=figures),
            )
        )
    return report
