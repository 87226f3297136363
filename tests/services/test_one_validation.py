"""The dialogs, the CLI and the import apply one set of rules (issue 16, services/validation.py).

Before: a NUL byte in a topic was accepted by the import and written raw into the CSV;
``--start 10:00+02:00`` was accepted by the CLI with the offset silently dropped (the import
refused the same value); the import accepted a missed session made up by itself. Each case is
tried through all the ways in: the service the dialogs call, the CLI, and the import.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from miljologg.cli import run
from miljologg.core.model import Form, SessionStatus
from miljologg.services import validation
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput

CONTROL = ["a\x00b", "a\x1b[31mrød", "a\x07b", "a\x7fb"]


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data), *args], env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _export(services: Services) -> dict[str, Any]:
    kari = services.supervisors.find("Kari Nordmann")
    services.sessions.add(
        SessionInput(dt.date(2025, 6, 2), 60, Form.INDIVIDUAL, kari.id, 1, "Tema")
    )
    data = services.transfer.export_data()
    data["profile"] = None  # import into the same file: only the sessions matter
    return data


def _import(services: Services, data: dict[str, Any]) -> None:
    services.transfer.import_data(json.loads(json.dumps(data)))


def _new_session(data: dict[str, Any], **fields: Any) -> dict[str, Any]:
    import uuid

    session = {**data["sessions"][0], "id": str(uuid.uuid4()), "made_up_by_id": None, **fields}
    data["sessions"].append(session)
    return session


# -- control characters -------------------------------------------------------------------------


@pytest.mark.parametrize("topic", CONTROL)
def test_a_control_character_is_refused_by_the_service(services: Services, topic: str) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    with pytest.raises(ValidationError, match="kontrolltegn") as caught:
        services.sessions.add(
            SessionInput(dt.date(2025, 6, 2), 60, Form.INDIVIDUAL, kari.id, 1, topic)
        )
    assert caught.value.field == "topic"


@pytest.mark.parametrize("topic", CONTROL)
def test_a_control_character_is_refused_by_the_import(services: Services, topic: str) -> None:
    data = _export(services)
    _new_session(data, topic=topic)
    before = services.sessions.list()
    with pytest.raises(ValidationError, match=r"sessions\[1\]\.topic: .*kontrolltegn"):
        _import(services, data)
    assert services.sessions.list() == before


def test_a_control_character_is_refused_by_the_cli(services: Services, data_file: Path) -> None:
    code, _out, err = cli(
        data_file, "session", "add", "--date", "2025-06-03", "--minutes", "60", "--form",
        "individual", "--supervisor", "Kari Nordmann", "--topic", "a\x00b",
    )  # fmt: skip
    assert code == 2 and "kontrolltegn" in err and "\x00" not in err


def test_tab_and_line_breaks_are_text(services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    topic = "Linje én\r\nLinje to\tmed tab"
    added = services.sessions.add(
        SessionInput(dt.date(2025, 6, 2), 60, Form.INDIVIDUAL, kari.id, 1, topic)
    )
    assert added.topic == topic


def test_no_nul_reaches_the_csv(services: Services, tmp_path: Path) -> None:
    data = _export(services)
    _new_session(data, topic="før\x00etter")
    with pytest.raises(ValidationError):
        _import(services, data)
    path = tmp_path / "møter.csv"
    services.exports.sessions_csv(path)
    assert b"\x00" not in path.read_bytes()


# -- start time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["10:00+02:00", "10:00Z", "10:00:30", "25:00", "10:61", "10", "ti"]
)
def test_a_start_time_the_dialog_could_not_give_is_refused_everywhere(
    services: Services, data_file: Path, text: str
) -> None:
    with pytest.raises(ValidationError, match="klokkeslett|Klokkeslett"):
        validation.clock(text)
    data = _export(services)
    _new_session(data, start_time=text)
    with pytest.raises(ValidationError, match=r"sessions\[1\]\.start_time"):
        _import(services, data)
    before = len(services.sessions.list())
    code, _out, err = cli(
        data_file, "session", "add", "--date", "2025-06-03", "--minutes", "60", "--form",
        "individual", "--supervisor", "Kari Nordmann", "--start", text,
    )  # fmt: skip
    assert code == 2 and "lokkeslett" in err, err
    assert len(services.sessions.list()) == before


@pytest.mark.parametrize(
    "value",
    [dt.time(10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))), dt.time(10, 0, 30)],
)
def test_the_service_refuses_an_offset_or_seconds(services: Services, value: dt.time) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    with pytest.raises(ValidationError) as caught:
        services.sessions.add(
            SessionInput(dt.date(2025, 6, 2), 60, Form.INDIVIDUAL, kari.id, start_time=value)
        )
    assert caught.value.field == "start_time"


def test_a_plain_start_time_goes_through_every_way_in(services: Services, data_file: Path) -> None:
    assert validation.clock("9:05") == dt.time(9, 5)
    data = _export(services)
    _new_session(data, start_time="08:30")
    _import(services, data)
    code, _out, err = cli(
        data_file, "session", "add", "--date", "2025-06-03", "--minutes", "60", "--form",
        "individual", "--supervisor", "Kari Nordmann", "--start", "10:00",
    )  # fmt: skip
    assert code == 0, err
    starts = {s.start_time for s in services.sessions.list()}
    assert {dt.time(8, 30), dt.time(10, 0)} <= starts


# -- making up a missed session -------------------------------------------------------------------


def _missed(data: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return _new_session(data, status=SessionStatus.MISSED.value, date="2025-06-09", **fields)


def test_the_import_refuses_a_missed_session_made_up_by_itself(services: Services) -> None:
    data = _export(services)
    missed = _missed(data)
    missed["made_up_by_id"] = missed["id"]
    before = services.sessions.list()
    with pytest.raises(ValidationError, match=r"sessions\[1\]\.made_up_by_id: .*seg selv"):
        _import(services, data)
    assert services.sessions.list() == before


@pytest.mark.parametrize(
    ("replacement", "why"),
    [
        ({"date": "2025-06-02"}, "før det avlyste"),
        ({"date": "2025-06-10", "status": "missed"}, "gjennomført"),
    ],
)
def test_the_import_applies_the_make_up_rule(
    services: Services, replacement: dict[str, Any], why: str
) -> None:
    data = _export(services)
    later = _new_session(data, **replacement)
    _missed(data, made_up_by_id=later["id"])
    with pytest.raises(ValidationError, match=why):
        _import(services, data)


def test_the_import_links_a_real_make_up(services: Services) -> None:
    data = _export(services)
    later = _new_session(data, date="2025-06-11")
    missed = _missed(data, made_up_by_id=later["id"])
    _import(services, data)
    assert services.sessions.get(missed["id"]).made_up_by_id == later["id"]


def test_the_service_refuses_the_same_cases(services: Services) -> None:
    kari = services.supervisors.find("Kari Nordmann")
    add = services.sessions.add
    missed = add(
        SessionInput(dt.date(2025, 6, 9), 60, Form.INDIVIDUAL, kari.id, status=SessionStatus.MISSED)
    )
    earlier = add(SessionInput(dt.date(2025, 6, 2), 60, Form.INDIVIDUAL, kari.id))
    with pytest.raises(ValidationError, match="seg selv"):
        services.sessions.link_make_up(missed.id, missed.id)
    with pytest.raises(ValidationError, match="før det avlyste"):
        services.sessions.link_make_up(missed.id, earlier.id)


# -- an identity number given as a profession is never echoed -----------------------------------


@pytest.mark.parametrize("typed", ["02013299997", "Tannlege 020132 99997"])
def test_an_unknown_profession_is_not_echoed_when_it_holds_an_identity_number(
    services: Services, data_file: Path, typed: str
) -> None:
    code, _out, err = cli(data_file, "supervisor", "add", "--name", "Ny", "--profession", typed)
    assert code == 2 and "Ukjent profesjon" in err
    assert "99997" not in err and "[identitetsnummer]" in err
