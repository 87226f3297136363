"""Read the figures back out of what each view shows: widget texts, PDF cells, JSON and CSV.

Every reader parses text as a person (or a spreadsheet) would read it — hours with
``units.parse_duration``, percentages and counts with a regular expression — so that
``tests/test_views_agree.py`` can hold each number against the rules engine's. Nothing here
asks the engine; a reader that cannot find its figure fails with what it saw.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from miljologg.core.units import parse_duration

#: One amount of time as the app writes it: «40 t», «3 t 45 min», «45 min».
HOURS = r"-?(?:\d+ t \d+ min|\d+ t|\d+ min)"


def minutes(text: str) -> int:
    """An amount as the app writes it, in minutes («3 t 45 min» → 225)."""
    text = text.strip()
    assert re.fullmatch(HOURS, text), f"not an amount of time: {text!r}"
    return parse_duration(text)


def hours_in(pattern: str, text: str) -> int:
    """The amount in ``text`` where ``pattern``'s ``{h}`` stands."""
    found = re.search(pattern.replace("{h}", f"({HOURS})"), text)
    assert found is not None, f"{pattern!r} not in {text!r}"
    return minutes(found.group(1))


def percent(text: str) -> float:
    """«91,1 %» → 91.1."""
    found = re.fullmatch(r"(\d+(?:,\d+)?) %", text.strip())
    assert found is not None, f"not a percentage: {text!r}"
    return float(found.group(1).replace(",", "."))


def percent_in(pattern: str, text: str) -> float:
    found = re.search(pattern.replace("{p}", r"(\d+(?:,\d+)? %)"), text)
    assert found is not None, f"{pattern!r} not in {text!r}"
    return percent(found.group(1))


def number_in(pattern: str, text: str) -> int:
    found = re.search(pattern.replace("{n}", r"(\d+)"), text)
    assert found is not None, f"{pattern!r} not in {text!r}"
    return int(found.group(1))


# --- the PDF dossier -------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfPage:
    """A page's text runs as rows (same baseline), each row's runs left to right."""

    text: str
    rows: list[list[str]]

    def row(self, first: str) -> list[str]:
        """The first row whose first run is ``first``."""
        for cells in self.rows:
            if cells and cells[0] == first:
                return cells
        raise AssertionError(f"no row starting {first!r}: {[r[:1] for r in self.rows]}")

    def joined(self) -> list[str]:
        return [" ".join(cells) for cells in self.rows]


def pdf_pages(path: Path) -> list[PdfPage]:
    """Each page's runs grouped by baseline, as a table is drawn: one run per cell line."""
    pages = []
    for page in PdfReader(path).pages:
        runs: list[tuple[float, float, str]] = []

        def visit(
            text: str, cm: Any, tm: Any, _font: Any, _size: Any, runs: list[Any] = runs
        ) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append((round(y, 1), x, " ".join(text.split())))

        text = page.extract_text(visitor_text=visit) or ""
        rows: dict[float, list[tuple[float, str]]] = {}
        for y, x, run in runs:
            rows.setdefault(y, []).append((x, run))
        ordered = [[r for _x, r in sorted(rows[y])] for y in sorted(rows, reverse=True)]
        pages.append(PdfPage(" ".join(text.split()), ordered))
    return pages


@dataclass(frozen=True)
class Attest:
    name: str
    sessions: int
    minutes: int


def attests(pages: list[PdfPage]) -> list[Attest]:
    """Every attest page: the supervisor's name, «Antall møter» and «Timer»."""
    found = []
    for page in pages:
        head = re.search(r"Attest for veiledning – (.+?) Undertegnede", page.text)
        if head is None:
            continue
        sessions = number_in(r"Antall møter {n} Timer", page.text)
        found.append(
            Attest(head.group(1), sessions, hours_in(r"Timer {h} \(klokketimer\)", page.text))
        )
    return found


def summary_page(pages: list[PdfPage]) -> PdfPage:
    """The summary section: its first page and the next, since a long list of things to note
    (a generated log can have dozens) pushes its tables over the page break."""
    at = next(
        i
        for i, p in enumerate(pages)
        if p.rows and ["Sammendrag"] in p.rows and "Påkrevd" in p.text
    )
    both = pages[at : at + 2]
    return PdfPage("\n".join(p.text for p in both), [row for p in both for row in p.rows])


# --- CSV and JSON ----------------------------------------------------------------------------


def csv_rows(path: Path) -> list[dict[str, str]]:
    """A CSV export as a spreadsheet with Norwegian settings reads it."""
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def csv_date(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%d.%m.%Y").date()


def json_out(text: str) -> dict[str, Any]:
    data = json.loads(text)
    assert isinstance(data, dict)
    return data
