"""CSV for spreadsheets with Norwegian settings and the gatherings as iCalendar."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from miljologg.cli import run
from miljologg.core.model import AttendanceStatus, Form, SessionStatus
from miljologg.core.units import parse_duration
from miljologg.services.app import Services
from miljologg.services.sessions import SessionInput

OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture
def logged(services: Services) -> Services:
    kari = services.supervisors.find("Kari Nordmann")
    per = services.supervisors.find("Per Lund")
    add = services.sessions.add
    add(
        SessionInput(
            dt.date(2025, 6, 2),
            90,
            Form.INDIVIDUAL,
            kari.id,
            topic='Tema; med "sitat", æøå\nog linjeskift',
            start_time=dt.time(8, 5),
        )
    )
    add(SessionInput(dt.date(2025, 5, 12), 45, Form.GATHERING_GROUP, kari.id, group_size=8))
    add(
        SessionInput(
            dt.date(2025, 6, 9), 60, Form.EXTERNAL_GROUP, per.id, 3, status=SessionStatus.MISSED
        )
    )
    services.attendance.set(dt.date(2025, 5, 12), AttendanceStatus.PRESENT)
    services.attendance.set(dt.date(2025, 5, 13), AttendanceStatus.PARTIAL, 200, "Lege; time")
    services.attendance.set(dt.date(2025, 3, 10), AttendanceStatus.ABSENT, reason="Syk")
    return services


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, or Excel guesses the encoding"
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_sessions_csv_opens_with_norwegian_settings(logged: Services, tmp_path: Path) -> None:
    path = tmp_path / "møter.csv"
    assert logged.exports.sessions_csv(path) == 3
    rows = _read_csv(path)
    header, body = rows[0], rows[1:]
    assert header[:4] == ["Dato", "Starttid", "Minutter", "Varighet"]
    assert len(body) == 3 and all(len(r) == len(header) for r in body)
    col = {name: i for i, name in enumerate(header)}
    for row in body:
        assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", row[col["Dato"]])
        minutes = int(row[col["Minutter"]])  # exact: the duration reads back as the minutes
        assert parse_duration(row[col["Varighet"]]) == minutes
    by_date = {r[col["Dato"]]: r for r in body}
    first = by_date["02.06.2025"]
    assert first[col["Starttid"]] == "08:05"
    assert first[col["Varighet"]] == "1 t 30 min" and first[col["Minutter"]] == "90"
    assert first[col["Tema"]] == 'Tema; med "sitat", æøå\nog linjeskift'  # survives quoting
    assert first[col["Veileder"]] == "Kari Nordmann"
    assert first[col["Form"]] == "Individuell"
    assert by_date["09.06.2025"][col["Status"]] == "Avlyst"
    assert by_date["12.05.2025"][col["Gruppestørrelse"]] == "8"
    ids = {s.id for s in logged.sessions.list()}
    assert {r[col["Id"]] for r in body} == ids


def test_empty_log_gives_a_header_only(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "tom.csv"
    assert services.exports.sessions_csv(path) == 0
    assert len(_read_csv(path)) == 1


def test_attendance_csv_has_every_teaching_day(logged: Services, tmp_path: Path) -> None:
    programme = logged.profile.programme()
    assert programme is not None
    path = tmp_path / "oppmøte.csv"
    assert logged.exports.attendance_csv(programme, path) == 44
    rows = _read_csv(path)
    header, body = rows[0], rows[1:]
    assert header == [
        "Dato",
        "Samling",
        "Planlagte minutter",
        "Oppmøte",
        "Minutter til stede",
        "Begrunnelse",
    ]
    by_date = {r[0]: r for r in body}
    assert len(by_date) == 44
    assert by_date["12.05.2025"][3:] == ["Til stede", by_date["12.05.2025"][2], ""]
    assert by_date["13.05.2025"][3:] == ["Delvis til stede", "200", "Lege; time"]
    assert by_date["10.03.2025"][3:] == ["Fraværende", "0", "Syk"]
    unregistered = [r for r in body if r[3] == "Ikke registrert"]
    assert len(unregistered) == 41 and all(r[4] == "" for r in unregistered)


def test_attendance_csv_minutes_present_are_the_engines(logged: Services, tmp_path: Path) -> None:
    """A partial day written with more minutes than were planned (by hand, or by an older
    version) counts at most the planned ones: the CSV says what the engine and every page say.
    Before: the CSV wrote the registered 999 and its column added up to more than
    ``status``'s present minutes."""
    import sqlite3

    programme = logged.profile.programme()
    assert programme is not None
    path = logged.db.path
    logged.db.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE attendance SET minutes_present = 999 WHERE day = '2025-05-13'")
    db.close()
    logged.ctx.invalidate()
    out = tmp_path / "oppmøte.csv"
    logged.exports.attendance_csv(programme, out)
    body = _read_csv(out)[1:]
    planned = {r[0]: int(r[2]) for r in body}
    present = {r[0]: int(r[4]) for r in body if r[4]}
    assert present["13.05.2025"] == planned["13.05.2025"] < 999
    att = logged.status.programme_status().attendance
    assert sum(present.values()) == att.present_minutes


def test_gatherings_ics_in_oslo_time(logged: Services, tmp_path: Path) -> None:
    programme = logged.profile.programme()
    assert programme is not None
    path = tmp_path / "samlinger.ics"
    assert logged.exports.gatherings_ics(programme, path) == 44
    cal = Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 44
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Oslo"]
    assert len({str(e["UID"]) for e in events}) == 44
    weekdays = set()
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert isinstance(start, dt.datetime) and start.tzinfo is not None
        assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
        local_start, local_end = start.astimezone(OSLO), end.astimezone(OSLO)
        assert local_start.date() == local_end.date()
        weekdays.add(local_start.weekday())
        if local_start.weekday() == 0:  # Mondays 10:00–17:00
            assert (local_start.time(), local_end.time()) == (dt.time(10), dt.time(17))
        else:  # Tuesdays 09:00–14:30
            assert local_start.weekday() == 1
            assert (local_start.time(), local_end.time()) == (dt.time(9), dt.time(14, 30))
        assert "Samling" in str(event["SUMMARY"])
    assert weekdays == {0, 1}
    # Summer and winter days both keep their wall-clock times (DST handled by the VTIMEZONE).
    utc_hours = {e.decoded("DTSTART").astimezone(dt.UTC).hour for e in events}
    assert utc_hours == {7, 8, 9}  # 09:00/10:00 in CEST (UTC+2) and CET (UTC+1)


def test_export_is_the_same_file_every_time(logged: Services, tmp_path: Path) -> None:
    programme = logged.profile.programme()
    assert programme is not None
    one, two = tmp_path / "a.ics", tmp_path / "b.ics"
    logged.exports.gatherings_ics(programme, one)
    logged.exports.gatherings_ics(programme, two)
    assert one.read_bytes() == two.read_bytes()


@pytest.mark.parametrize(
    ("kind", "name", "message"),
    [
        ("csv", "m.csv", "3 veiledningsmøter"),
        ("attendance-csv", "o.csv", "44 samlingsdager"),
        ("ics", "s.ics", "44 samlingsdager"),
        ("json", "a.json", "Skrev"),
    ],
)
def test_cli_export(
    logged: Services, data_file: Path, tmp_path: Path, kind: str, name: str, message: str
) -> None:
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / name
    code = run(["--data", str(data_file), "export", kind, "--out", str(target)], {}, out, err)
    assert code == 0, err.getvalue()
    assert message in out.getvalue() and target.stat().st_size > 0
    assert not list(tmp_path.glob("*.tmp"))


def test_cli_import_reports_in_norwegian(logged: Services, data_file: Path, tmp_path: Path) -> None:
    export = tmp_path / "a.json"
    assert run(["--data", str(data_file), "export", "json", "--out", str(export)], {}, *_io()) == 0
    target = tmp_path / "ny.sqlite"
    out, err = _io()
    assert run(["--data", str(target), "import", str(export)], {}, out, err) == 0, err.getvalue()
    text = out.getvalue()
    assert text.startswith("Importert – nye: ") and "3 veiledningsmøter" in text
    assert "2 veiledere" in text
    assert not any(word in text for word in ("sessions", "supervisors", "attendance"))
    assert "ble ikke tatt inn" not in text  # a new file takes the export's profile
    out, err = _io()
    assert run(["--data", str(target), "import", str(export)], {}, out, err) == 0
    assert "nye: ingenting" in out.getvalue()


def _io() -> tuple[io.StringIO, io.StringIO]:
    return io.StringIO(), io.StringIO()


def test_cli_import_of_a_bad_file_into_a_new_path_leaves_no_file(tmp_path: Path) -> None:
    bad = tmp_path / "feil.json"
    bad.write_text('{"format": "noe annet"}', encoding="utf-8")
    target = tmp_path / "ny.sqlite"
    out, err = _io()
    assert run(["--data", str(target), "import", str(bad)], {}, out, err) == 2
    assert err.getvalue().startswith("miljologg: ") and "Traceback" not in err.getvalue()
    assert not target.exists() and not list(tmp_path.glob("ny.sqlite*"))


def test_other_commands_still_want_an_existing_file(tmp_path: Path) -> None:
    out, err = _io()
    assert run(["--data", str(tmp_path / "nei.sqlite"), "status"], {}, out, err) == 2
    assert "miljologg init" in err.getvalue() and not (tmp_path / "nei.sqlite").exists()


def test_an_import_into_another_owners_file_says_the_profile_was_not_taken(
    logged: Services, data_file: Path, tmp_path: Path
) -> None:
    from miljologg.ui.shell.transfer_actions import report_text

    export = tmp_path / "a.json"
    assert run(["--data", str(data_file), "export", "json", "--out", str(export)], {}, *_io()) == 0
    other = tmp_path / "annen.sqlite"
    init = ["--data", str(other), "init", "--name", "Per Annen", "--programme", "rbup-kmaa-2024"]
    assert run(init, {}, *_io()) == 0
    out, err = _io()
    assert run(["--data", str(other), "import", str(export)], {}, out, err) == 0, err.getvalue()
    name = logged.profile.get().name
    assert f"Profilen i eksporten («{name}») ble ikke tatt inn" in out.getvalue()
    from miljologg.db.database import open_database

    again = Services(open_database(other))
    try:
        assert again.profile.get().name == "Per Annen"  # the owner stays
        report = again.transfer.import_json(export, backup=False)  # all duplicates now
        assert report.profile_not_taken == name
        assert "ble ikke tatt inn" in report_text(report)
    finally:
        again.db.close()
