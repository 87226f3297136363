"""CSV formula injection (issue 16): text a user typed never runs as a formula in a spreadsheet.

A topic «=HYPERLINK("http://…";"klikk")» became a live link in LibreOffice, «=1+1» a sum. The
cure (OWASP «CSV Injection»): a cell that starts with «=», «+», «-», «@», a tab or a carriage
return gets a leading apostrophe; the hours and minutes stay numbers. The last test opens the
file with LibreOffice itself (headless) where it is installed, as a user's double-click would.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from miljologg.core.model import AttendanceStatus, Form
from miljologg.services.app import Services
from miljologg.services.exports import spreadsheet_cell
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import SupervisorInput

LINK = '=HYPERLINK("http://example.invalid/x";"klikk")'
TOPICS = (LINK, "=1+1", "+47 er ikke et tall her", "-2+3", "@SUM(A1:A2)", "Vanlig tema")


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1+2", "'-1+2"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Tema = 1+1", "Tema = 1+1"),  # not at the start: a spreadsheet reads it as text
        ("90", "90"),
        ("1,50", "1,50"),
        ("-5", "-5"),  # a number, not a formula
        ("", ""),
    ],
)
def test_a_cell_that_starts_a_formula_is_marked_as_text(value: str, cell: str) -> None:
    assert spreadsheet_cell(value) == cell


@pytest.fixture
def hostile(services: Services) -> Services:
    services.supervisors.add(SupervisorInput("@Kari", "Psykolog"))
    sup = services.supervisors.find("@Kari")
    for i, topic in enumerate(TOPICS):
        services.sessions.add(
            SessionInput(dt.date(2025, 6, 2 + i), 90, Form.INDIVIDUAL, sup.id, 1, topic)
        )
    services.attendance.set(dt.date(2025, 5, 13), AttendanceStatus.PARTIAL, 200, "=1+1")
    return services


def _rows(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_sessions_csv_neutralises_topics_and_names(hostile: Services, tmp_path: Path) -> None:
    path = tmp_path / "møter.csv"
    hostile.exports.sessions_csv(path)
    header, *body = _rows(path)
    col = {name: i for i, name in enumerate(header)}
    topics = [row[col["Tema"]] for row in body]
    assert sorted(topics) == sorted(["'" + t if t[0] in "=+-@" else t for t in TOPICS]), (
        "each formula start gets one apostrophe, the rest of the text is kept"
    )
    assert {row[col["Veileder"]] for row in body} == {"'@Kari"}
    assert {row[col["Minutter"]] for row in body} == {"90"}
    assert {row[col["Varighet"]] for row in body} == {"1 t 30 min"}
    for row in body:
        assert not row[col["Id"]].startswith("'")


def test_attendance_csv_neutralises_the_reason(hostile: Services, tmp_path: Path) -> None:
    path = tmp_path / "oppmøte.csv"
    programme = hostile.profile.programme()
    assert programme is not None
    hostile.exports.attendance_csv(programme, path)
    header, *body = _rows(path)
    reasons = [row[header.index("Begrunnelse")] for row in body if row[0] == "13.05.2025"]
    assert reasons == ["'=1+1"]


_NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}


def _libreoffice_cells(csv_path: Path, workdir: Path) -> list[list[tuple[str | None, str, str]]]:
    """Open the CSV as LibreOffice does with Norwegian settings (semicolon, UTF-8, nb-NO) and
    save it as flat ODS: per cell (formula, value type, text)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None
    subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
            "--infilter=CSV:59,34,76,1,,1044",
            "--convert-to",
            "fods",
            "--outdir",
            str(workdir),
            str(csv_path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    tree = ET.parse(workdir / (csv_path.stem + ".fods"))
    table = f"{{{_NS['table']}}}"
    office = f"{{{_NS['office']}}}"
    rows = []
    for row in tree.iter(f"{table}table-row"):
        cells = [
            (
                cell.get(f"{table}formula"),
                cell.get(f"{office}value-type") or "",
                "".join(cell.itertext()).strip(),
            )
            for cell in row.iter(f"{table}table-cell")
        ]
        if any(text for _f, _t, text in cells):
            rows.append(cells)
    return rows


@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice is not installed",
)
def test_libreoffice_runs_no_formula_and_keeps_numbers(hostile: Services, tmp_path: Path) -> None:
    path = tmp_path / "moter.csv"
    hostile.exports.sessions_csv(path)
    header, *body = _libreoffice_cells(path, tmp_path)
    names = [text for _f, _t, text in header]
    topic, hours, minutes = names.index("Tema"), names.index("Varighet"), names.index("Minutter")
    assert len(body) == len(TOPICS)
    for row in body:
        assert all(formula is None for formula, _t, _x in row), row
        assert row[hours][1:] == ("string", "1 t 30 min")
        assert row[minutes][1:] == ("float", "90")
    shown = sorted(row[topic][2] for row in body)
    assert shown == sorted("'" + t if t[0] in "=+-@" else t for t in TOPICS)


@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice is not installed",
)
def test_libreoffice_runs_no_formula_in_the_attendance_csv(
    hostile: Services, tmp_path: Path
) -> None:
    """The reason «=1+1» typed for an absence is text in LibreOffice too, not 2."""
    programme = hostile.profile.programme()
    assert programme is not None
    path = tmp_path / "oppmote.csv"
    hostile.exports.attendance_csv(programme, path)
    header, *body = _libreoffice_cells(path, tmp_path)
    reason = [text for _f, _t, text in header].index("Begrunnelse")
    assert all(formula is None for row in body for formula, _t, _x in row)
    reasons = [row[reason] for row in body if len(row) > reason and row[reason][2]]
    assert [text for _f, _t, text in reasons] == ["'=1+1"], reasons
    assert reasons[0][1] in ("string", ""), reasons  # text, not the number 2
