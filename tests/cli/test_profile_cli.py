"""``profile show|set`` (issue 10 §3): the profile can be changed, checked as ``init`` checks it,
with one audit event naming what changed, and nothing written on a refusal."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.cli.parser import build_parser
from tests.cli_helpers import dump

RBUP = "rbup-kmaa-2024"


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run(["--data", str(data), *args], env={}, out=out, err=err)
    except SystemExit as exc:  # argparse errors
        code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def profile_events(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT action, detail FROM audit_event WHERE entity = 'profile' ORDER BY seq"
        )
        return [(str(a), str(d)) for a, d in rows]
    finally:
        con.close()


@pytest.fixture
def student(tmp_path: Path) -> Path:
    path = tmp_path / "student.sqlite"
    code, _, err = cli(
        path, "init", "--name", "Kari Student", "--programme", RBUP, "--profession", "Vernepleier"
    )
    assert code == 0, err
    return path


@pytest.fixture
def supervisor(tmp_path: Path) -> Path:
    path = tmp_path / "veileder.sqlite"
    assert cli(path, "init", "--name", "Ola Veileder", "--role", "supervisor")[0] == 0
    return path


def test_show_as_text_and_json(student: Path) -> None:
    code, out, _ = cli(student, "profile", "show")
    assert code == 0
    assert "Navn:            Kari Student" in out
    assert "Profesjon:       Vernepleier" in out
    assert "Studieprogram:   Klinisk miljøterapi og ambulant arbeid" in out
    code, out, _ = cli(student, "profile", "show", "--json")
    data = json.loads(out)
    assert data["name"] == "Kari Student" and data["profession"] == "vernepleier"
    assert data["programme_id"] == RBUP and data["role"] == "student"
    assert "position" not in data


def test_set_changes_only_what_is_given_in_one_audited_write(student: Path) -> None:
    code, _, err = cli(
        student,
        "profile",
        "set",
        "--name",
        "Kari Nordstrand",
        "--workplace",
        "Ambulant team, BUP",
        "--client-group",
        "Ungdom 13–18 år",
        "--tasks",
        "Miljøterapi",
        "--profession",
        "Klinisk sosionom",
    )
    assert code == 0, err
    data = json.loads(cli(student, "profile", "show", "--json")[1])
    assert data["name"] == "Kari Nordstrand"
    assert data["workplace"] == "Ambulant team, BUP"
    assert (data["client_group"], data["tasks"]) == ("Ungdom 13–18 år", "Miljøterapi")
    assert data["profession"] == "sosionom"  # a title's approval has no place on a profile
    assert data["programme_id"] == RBUP  # untouched
    events = profile_events(student)
    assert [a for a, _ in events] == ["create", "update"]
    assert events[1][1] == "endret: navn, profesjon, arbeidssted, klientgruppe, arbeidsoppgaver"
    code, _, _ = cli(student, "profile", "set", "--workplace", "Ambulant team, BUP")
    assert code == 0 and len(profile_events(student)) == 2  # nothing changed, nothing written
    assert cli(student, "audit", "verify")[0] == 0


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--name", ""], "Navn må fylles ut"),
        (["--name", "x" * 201], "høyst 200 tegn"),
        (["--tasks", "Samtaler med 020132 99997"], "fødselsnummer"),
        (["--client-group", "02013299997"], "fødselsnummer"),
        (["--workplace", "020132-99997"], "fødselsnummer"),
        (["--profession", "Trollmann"], "Ukjent profesjon"),
        (["--position", "Fagkonsulent"], "--position hører til en veileders datafil"),
    ],
)
def test_set_refuses_like_init_and_writes_nothing(
    student: Path, args: list[str], fragment: str
) -> None:
    before = dump(student)
    code, out, err = cli(student, "profile", "set", *args)
    assert code == 2 and out == ""
    assert fragment in err and err.count("\n") == 1  # one Norwegian line
    assert "99997" not in err  # an identity number is never echoed
    assert dump(student) == before


def test_a_phone_number_is_a_warning_not_a_refusal(student: Path) -> None:
    code, _, err = cli(student, "profile", "set", "--tasks", "Vakttelefon 22 33 44 55")
    assert code == 0 and "advarsel (tasks)" in err and "telefonnummer" in err


def test_a_supervisor_file_has_a_position_instead_of_clients_and_tasks(supervisor: Path) -> None:
    assert cli(supervisor, "profile", "set", "--position", "Fagkonsulent")[0] == 0
    data = json.loads(cli(supervisor, "profile", "show", "--json")[1])
    assert data["position"] == "Fagkonsulent" and data["role"] == "supervisor"
    assert "client_group" not in data and "programme_id" not in data
    assert "Stilling:        Fagkonsulent" in cli(supervisor, "profile", "show")[1]
    for option in ("--client-group", "--tasks"):
        code, _, err = cli(supervisor, "profile", "set", option, "x")
        assert code == 2 and f"{option} hører til en students datafil" in err


def test_a_file_without_a_profile(tmp_path: Path) -> None:
    from miljologg.db.database import open_database

    path = tmp_path / "tom.sqlite"
    open_database(path).close()
    code, _, err = cli(path, "profile", "show")
    assert code == 2 and "ingen profil" in err


def test_profile_set_is_a_writing_command() -> None:
    """The dispatcher takes the one-writer lock for it (tests/cli/test_writer_lock walks all)."""
    _parser, table = build_parser()
    assert table["profile set"].writes and not table["profile show"].writes
