"""JSON export and import: an exact round trip, duplicates recognised, and a bad file that names
the place and writes nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from miljologg.core.model import Approval, AttendanceStatus, Form, SessionStatus
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.assignments import AssignmentInput
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput
from miljologg.services.supervisors import SupervisorInput
from miljologg.services.transfer import FORMAT

TABLES = ("profile", "supervisor", "session", "attendance", "assignment", "audit_event")
FNR = "02013299997"  # a valid-checksum example number from DOMAIN.md


def build_log(services: Services) -> None:
    """Every kind of record, every form and status, a make-up link, awkward text."""
    kari = services.supervisors.find("Kari Nordmann")
    per = services.supervisors.find("Per Lund")
    services.supervisors.add(
        SupervisorInput(
            "Åse Ødegård",
            "Psykologspesialist",
            frozenset({Approval.PROGRAMME, Approval.SPECIALIST}),
            "BUP Øst",
            "Overlege; «seksjon» 2",
        )
    )
    add = services.sessions.add
    add(
        SessionInput(
            dt.date(2025, 6, 2),
            60,
            Form.INDIVIDUAL,
            kari.id,
            topic='Relasjon; "trygghet" og æøå',
            reflection="Linje én\nLinje to",
            start_time=dt.time(9, 15),
        )
    )
    add(SessionInput(dt.date(2025, 6, 5), 90, Form.EXTERNAL_GROUP, per.id, group_size=4))
    add(SessionInput(dt.date(2025, 5, 12), 75, Form.GATHERING_GROUP, kari.id, group_size=8))
    missed = add(
        SessionInput(dt.date(2025, 6, 9), 60, Form.INDIVIDUAL, kari.id, status=SessionStatus.MISSED)
    )
    make_up = add(SessionInput(dt.date(2025, 6, 11), 45, Form.INDIVIDUAL, kari.id, topic="Tatt"))
    services.sessions.link_make_up(missed.id, make_up.id)
    # Supervision the student gave (no supervisor) and received on it, with its participants.
    add(SessionInput(dt.date(2025, 6, 3), 90, Form.GIVEN, "", group_size=3, topic="Kolleger"))
    add(SessionInput(dt.date(2025, 6, 4), 60, Form.SUPERVISION_ON_SUPERVISION, kari.id,
                     group_size=2, participants_profession="sosionom"))  # fmt: skip
    services.confirmations.confirm("fo_faglig_veileder", dt.date(2025, 2, 1), "Vedtak fra FO")
    services.attendance.set(dt.date(2025, 5, 12), AttendanceStatus.PRESENT)
    services.attendance.set(dt.date(2025, 5, 13), AttendanceStatus.PARTIAL, 200, "Tannlege")
    services.attendance.set(dt.date(2025, 3, 10), AttendanceStatus.ABSENT, reason="Syk")
    services.assignments.add(
        AssignmentInput(
            "Refleksjonsnotat 1",
            dt.date(2025, 3, 1),
            dt.date(2025, 2, 28),
            dt.date(2025, 3, 15),
            "Godkjent uten merknad",
        )
    )
    services.assignments.add(AssignmentInput("Fagessay", dt.date(2025, 9, 1)))


def snapshot(services: Services) -> tuple[Any, ...]:
    return (
        services.profile.get(),
        services.supervisors.list(),
        services.sessions.list(),
        services.attendance.list(),
        services.assignments.list(),
        services.confirmations.list(),
    )


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    con.close()
    return counts


@pytest.fixture
def rich(services: Services) -> Services:
    build_log(services)
    return services


@pytest.fixture
def target(tmp_path: Path) -> Services:
    """A second, empty data file with the same fixed clock."""
    now = dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)
    return Services(open_database(tmp_path / "mål" / "ny.sqlite"), now=lambda: now)


# -- round trip ------------------------------------------------------------------------------
def test_export_then_import_into_an_empty_file_reproduces_the_log(
    rich: Services, target: Services, tmp_path: Path
) -> None:
    path = tmp_path / "eksport.json"
    rich.transfer.export_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["version"] == 2
    assert "æøå" in path.read_text(encoding="utf-8")  # readable, not \u-escaped

    report = target.transfer.import_json(path)
    assert dict(report.added) == {
        "profile": 1,
        "supervisors": 3,
        "sessions": 7,
        "attendance": 3,
        "assignments": 2,
        **NO_PROOF,
        "confirmations": 1,
    }
    given = next(x for x in data["sessions"] if x["form"] == "given")
    assert (given["supervisor_id"], given["group_size"]) == (None, 3)
    assert sum(report.duplicates.values()) == 0
    assert snapshot(target) == snapshot(rich)
    assert target.status.verify_audit().ok
    # And the import's own export is the same document (apart from the time of export).
    # Each file has its own audit chain, so the chain head each export anchors differs.
    again, original = target.transfer.export_data(), rich.transfer.export_data()
    for doc in (again, original):
        doc.pop("exported_at")
        assert doc.pop("chain")["seq"] > 0
    assert again == original


#: The proof's kinds (services/transfer_proof.py): none in a log nobody has signed.
NO_PROOF = {
    kind: 0
    for kind in (
        "keys",
        "retired_keys",
        "own_keys",
        "requests",
        "signatures",
        "responses",
        "paper_scans",
        "supervision_given",
        "sign_sheets",
    )
}


def test_importing_twice_adds_nothing(rich: Services, target: Services, tmp_path: Path) -> None:
    path = tmp_path / "eksport.json"
    rich.transfer.export_json(path)
    target.transfer.import_json(path)
    before, counts = snapshot(target), row_counts(target.db.path)
    report = target.transfer.import_json(path)
    assert sum(report.added.values()) == 0
    assert dict(report.duplicates) == {
        "profile": 1,
        "supervisors": 3,
        "sessions": 7,
        "attendance": 3,
        "assignments": 2,
        **NO_PROOF,
        "confirmations": 1,
    }
    assert snapshot(target) == before
    assert row_counts(target.db.path) == counts
    assert target.status.verify_audit().ok


def test_import_into_an_existing_log_merges(rich: Services, tmp_path: Path) -> None:
    """Records already present are skipped; new ones (from another file) are added."""
    other_path = tmp_path / "annen.sqlite"
    now = dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)
    other = Services(open_database(other_path), now=lambda: now)
    data = rich.transfer.export_data()
    other.transfer.import_data(data)
    kari = other.supervisors.find("Kari Nordmann")
    extra = other.sessions.add(SessionInput(dt.date(2025, 6, 16), 30, Form.INDIVIDUAL, kari.id))
    report = rich.transfer.import_data(other.transfer.export_data())
    assert report.added["sessions"] == 1 and report.duplicates["sessions"] == 7
    assert extra.id in {s.id for s in rich.sessions.list()}
    assert rich.status.verify_audit().ok


# -- bad files -------------------------------------------------------------------------------
def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def _delete(data: dict[str, Any], path: tuple[Any, ...]) -> None:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]


BAD_FIELDS = [
    (("sessions", 3, "minutes"), "lots", "sessions[3].minutes"),
    (("sessions", 3, "minutes"), 0, "sessions[3].minutes"),
    (("sessions", 1, "minutes"), True, "sessions[1].minutes"),
    (("sessions", 2, "date"), "31.02.2025", "sessions[2].date"),
    (("sessions", 2, "date"), "2031-01-01", "sessions[2].date"),
    (("sessions", 0, "topic"), f"Klient {FNR}", "sessions[0].topic"),
    (("sessions", 0, "topic"), "x" * 501, "sessions[0].topic"),
    (("sessions", 0, "supervisor_id"), "6f1c4f5e-0000-4000-8000-000000000000", "sessions[0]"),
    (("sessions", 0, "id"), "ikke-en-id", "sessions[0].id"),
    (("sessions", 4, "form"), "telepati", "sessions[4]"),
    (("sessions", 4, "group_size"), 999, "sessions[4].group_size"),
    (("sessions", 4, "start_time"), "25:61", "sessions[4].start_time"),
    (("sessions", 4, "made_up_by_id"), "6f1c4f5e-0000-4000-8000-000000000001", "sessions[4]"),
    (("supervisors", 0, "approvals"), ["hemmelig"], "supervisors[0]"),
    (("supervisors", 1, "name"), "", "supervisors[1].name"),
    (("supervisors", 1, "name"), 42, "supervisors[1].name"),
    (("attendance", 0, "date"), "2025-06-02", "attendance[0].date"),
    (("attendance", 1, "reason"), f"Fnr {FNR}", "attendance[1].reason"),
    (("attendance", 1, "status"), "kanskje", "attendance[1].status"),
    (("assignments", 1, "title"), None, "assignments[1].title"),
    (("assignments", 1, "due_date"), [], "assignments[1].due_date"),
    (("profile", "role"), "rektor", "profile.role"),
    (("sessions",), {"not": "a list"}, "sessions"),
    (("sessions", 2), "not an object", "sessions[2]"),
]


@pytest.mark.parametrize(("where", "value", "field"), BAD_FIELDS, ids=lambda x: str(x)[:30])
def test_a_bad_field_is_named_and_nothing_is_written(
    rich: Services, target: Services, where: tuple[Any, ...], value: Any, field: str
) -> None:
    data = rich.transfer.export_data()
    # Sessions come sorted by date: index 3 is the 09.06 missed one, and so on.
    _set(data, where, value)
    before, counts = snapshot(target), row_counts(target.db.path)
    with pytest.raises(ValidationError) as caught:
        target.transfer.import_data(data)
    assert caught.value.field.startswith(field), caught.value.field
    assert caught.value.message.startswith(field) or field in caught.value.message
    assert snapshot(target) == before
    assert row_counts(target.db.path) == counts


def test_a_missing_key_is_named(rich: Services, target: Services) -> None:
    data = rich.transfer.export_data()
    _delete(data, ("sessions", 2, "minutes"))
    with pytest.raises(ValidationError, match=r"sessions\[2\]\.minutes: mangler"):
        target.transfer.import_data(data)


def test_the_same_id_with_other_content_is_refused(rich: Services) -> None:
    data = rich.transfer.export_data()
    counts = row_counts(rich.db.path)
    data["sessions"][0]["minutes"] = 61
    with pytest.raises(ValidationError, match="finnes allerede med annet innhold"):
        rich.transfer.import_data(data)
    assert row_counts(rich.db.path) == counts


def test_a_bad_last_record_rolls_back_everything_before_it(
    rich: Services, target: Services
) -> None:
    """Profile, supervisors, sessions and attendance were already added when the last
    assignment fails: none of it stays."""
    data = copy.deepcopy(rich.transfer.export_data())
    data["assignments"][-1]["handed_in"] = "i går"
    counts = row_counts(target.db.path)
    with pytest.raises(ValidationError, match=r"assignments\[1\]\.handed_in"):
        target.transfer.import_data(data)
    assert row_counts(target.db.path) == counts
    assert target.profile.get() is None


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_broken_json_names_the_line(rich: Services, target: Services, tmp_path: Path) -> None:
    text = json.dumps(rich.transfer.export_data(), ensure_ascii=False, indent=2)
    lines = text.splitlines()
    lines[6] = lines[6].rstrip(",")  # a missing comma on line 7
    path = _write(tmp_path / "ødelagt.json", "\n".join(lines))
    counts = row_counts(target.db.path)
    with pytest.raises(ValidationError, match=r"ødelagt\.json, linje \d+, kolonne \d+"):
        target.transfer.import_json(path)
    assert row_counts(target.db.path) == counts
    # A file that is not even an export makes no pre-import backup either.
    assert not (target.db.path.parent / "backups").exists()


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("", "linje 1"),
        ("[1, 2]", "ikke en eksport"),
        ('{"format": "noe-annet", "version": 1}', "ikke en eksport"),
        ('{"format": "miljologg-export", "version": 99}', "nyere"),
        ('{"format": "miljologg-export", "version": "1"}', "version"),
        ('{"format": "miljologg-export", "version": 0}', "version"),
        ('{"format": "miljologg-export", "version": 1, "sessions": ' + "[" * 5000, "linje|nøstet"),
        ('{"format": "miljologg-export", "version": 1, "n": ' + "9" * 5000 + "}", "for stort"),
        ('{"format": "miljologg-export", "version": 1, "x": "\\ud800"}', "ugyldige tegn"),
    ],
)
def test_files_that_are_not_exports(
    target: Services, tmp_path: Path, text: str, match: str
) -> None:
    counts = row_counts(target.db.path)
    with pytest.raises(ValidationError, match=match):
        target.transfer.import_json(_write(tmp_path / "f.json", text))
    assert row_counts(target.db.path) == counts


def test_deeply_nested_json_is_a_validation_error(target: Services, tmp_path: Path) -> None:
    text = '{"format": "miljologg-export", "version": 1, "x": ' + "[" * 100_000 + "]" * 100_000
    with pytest.raises(ValidationError):
        target.transfer.import_json(_write(tmp_path / "dyp.json", text + "}"))


def test_not_utf8_and_missing_file(target: Services, tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"format": "miljologg-export", "navn": "Ærlig"}'.encode("latin-1"))
    with pytest.raises(ValidationError, match="UTF-8"):
        target.transfer.import_json(path)
    with pytest.raises(ValidationError, match="Kunne ikke lese .*: filen eller mappen finnes ikke"):
        target.transfer.import_json(tmp_path / "finnes-ikke.json")


def test_a_bom_is_accepted(rich: Services, target: Services, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_text(json.dumps(rich.transfer.export_data()), encoding="utf-8-sig")
    assert target.transfer.import_json(path).added["sessions"] == 7


@pytest.mark.parametrize(
    ("value", "said"),
    [(5, "ikke et heltall"), (True, "ikke sann eller usann"), ([1], "ikke en liste")],
)
def test_a_wrong_kind_is_named_in_norwegian(
    rich: Services, target: Services, value: Any, said: str
) -> None:
    data = rich.transfer.export_data()
    _set(data, ("sessions", 2, "topic"), value)
    with pytest.raises(ValidationError) as caught:
        target.transfer.import_data(data)
    assert caught.value.message == f"sessions[2].topic: må være tekst, {said}."
