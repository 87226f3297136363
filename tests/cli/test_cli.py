"""Every CLI command, good and bad input: exit codes, messages, nothing written on error."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from miljologg.cli import run

RBUP = "rbup-kmaa-2024"


def cli(data: Path | None, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = (["--data", str(data)] if data else []) + list(args)
    try:
        code = run(argv, env={}, out=out, err=err)
    except SystemExit as exc:  # argparse errors
        code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def student(tmp_path: Path) -> Path:
    path = tmp_path / "student.sqlite"
    assert cli(path, "init", "--name", "Test Student", "--programme", RBUP)[0] == 0
    code, out, _ = cli(
        path,
        "supervisor",
        "add",
        "--name",
        "Kari Nordmann",
        "--profession",
        "Klinisk sosionom",
        "--programme-approved",
    )
    assert code == 0 and len(out.strip()) == 36
    return path


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_programmes_lists_bundled_ids() -> None:
    code, out, _ = cli(None, "programmes")
    assert code == 0 and RBUP in out and "psykologforeningen" in out.lower()


def test_init_refuses_unknown_programme_and_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    code, out, err = cli(path, "init", "--name", "A", "--programme", "nope")
    assert code == 2 and "Ukjent studieprogram" in err and "Traceback" not in err
    assert not path.exists()


def test_session_add_list_json(student: Path) -> None:
    code, out, err = cli(
        student,
        "session",
        "add",
        "--date",
        "2025-03-03",
        "--minutes",
        "90",
        "--form",
        "individual",
        "--supervisor",
        "Kari Nordmann",
        "--topic",
        "Relasjonsbygging",
    )
    assert code == 0, err
    new_id = out.strip()
    code, out, _ = cli(student, "session", "list", "--json")
    data = json.loads(out)
    assert code == 0 and [s["id"] for s in data] == [new_id]
    assert data[0]["minutes"] == 90 and data[0]["supervisor"] == "Kari Nordmann"
    assert data[0]["form"] == "individual" and data[0]["date"] == "2025-03-03"
    code, out, _ = cli(student, "session", "list")
    assert code == 0
    assert out.split() == [
        "03.03.2025", "1", "t", "30", "min", "Individuell", "Kari", "Nordmann",
        "Gjennomført", "Relasjonsbygging", f"[{new_id}]",
    ]  # fmt: skip


def test_a_list_piped_into_a_closed_reader_ends_quietly(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    assert cli(path, "demo", "--sessions", "2000")[0] == 0  # far more than a pipe buffers
    script = (
        "import subprocess, sys;"
        f"p = subprocess.Popen([sys.executable, '-m', 'miljologg', '--data', r'{path}',"
        " 'session', 'list'], stdout=subprocess.PIPE, stderr=subprocess.PIPE);"
        "p.stdout.readline(); p.stdout.close(); err = p.stderr.read(); p.wait();"
        "print(p.returncode); sys.stdout.write(err.decode())"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    code, _, err = done.stdout.partition("\n")
    assert code == "0", done.stdout
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--minutes", "0"], "minutter"),
        (["--minutes", "ti"], "ugyldig verdi"),
        (["--date", "31.02.2025"], "dato"),
        (["--supervisor", "Ukjent Person"], "Fant ingen veileder"),
        (["--topic", "Klient 02013299997"], "Tema"),
        (["--form", "external_group", "--group-size", "1"], "mellom 2 og"),
        (["--form", "gathering_group", "--group-size", "4"], "samlingsdag"),
    ],
)
def test_session_add_bad_input(student: Path, args: list[str], fragment: str) -> None:
    base = {
        "--date": "2025-03-03",
        "--minutes": "90",
        "--form": "individual",
        "--supervisor": "Kari Nordmann",
    }
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    argv = [x for pair in base.items() for x in pair]
    if "--topic" in args:
        argv += ["--topic", args[args.index("--topic") + 1]]
    code, out, err = cli(student, "session", "add", *argv)
    assert code == 2
    assert fragment.lower() in err.lower()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "02013299997" not in err
    assert _count(student, "session") == 0


def test_attendance_and_status_json(student: Path) -> None:
    assert cli(student, "attendance", "set", "--date", "2024-11-04", "--present")[0] == 0
    assert (
        cli(
            student,
            "attendance",
            "set",
            "--date",
            "2024-11-05",
            "--minutes",
            "120",
            "--reason",
            "Legetime",
        )[0]
        == 0
    )
    code, out, err = cli(student, "status", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data["supervision"]) == {"individual", "external_group", "gathering_group", "total"}
    assert data["supervision"]["total"]["required_minutes"] == 7200
    assert data["attendance"]["present_minutes"] == 420 + 120
    assert data["attendance"]["planned_minutes"] == 16500
    assert data["attendance"]["required_percent"] == 80
    assert isinstance(data["problems"], list)
    assert all({"code", "message"} <= set(p) for p in data["problems"])


def test_attendance_bad_day(student: Path) -> None:
    code, _, err = cli(student, "attendance", "set", "--date", "2024-11-06", "--present")
    assert code == 2 and "samlingsdag" in err
    assert _count(student, "attendance") == 0


PSY = "psykologforeningen-spesialist"  # one hour is 45 minutes; group counts up to 4


def _psy_log(student: Path) -> None:
    """Kari (fixture, klinisk sosionom): 90 min individual and 60 min in a group of 6 (too big
    for PSY); Per (psykologspesialist): 90 min individual. Kari also has one 60 min session in a
    group of 4. For PSY only Per's hours count: the supervisor must be a psykologspesialist."""
    assert cli(student, "supervisor", "add", "--name", "Per Psyk", "--profession", "Psykolog",
               "--approval", "specialist", "--programme-approved")[0] == 0  # fmt: skip
    for date, minutes, form, size, who in (
        ("2025-03-03", "90", "individual", "1", "Kari Nordmann"),
        ("2025-03-10", "60", "external_group", "6", "Kari Nordmann"),
        ("2025-03-12", "60", "external_group", "4", "Kari Nordmann"),
        ("2025-03-17", "90", "individual", "1", "Per Psyk"),
    ):
        code, _, err = cli(student, "session", "add", "--date", date, "--minutes", minutes,
                           "--form", form, "--group-size", size, "--supervisor", who)  # fmt: skip
        assert code == 0, err


def test_status_text(student: Path) -> None:
    _psy_log(student)
    code, out, err = cli(student, "status")
    assert code == 0, err
    lines = [" ".join(line.split()) for line in out.splitlines()]
    assert "Individuell veiledning 3 t av 40 t" in lines
    assert "Gruppeveiledning med ekstern veileder 2 t av 55 t" in lines
    assert "Veiledning totalt 5 t av 120 t" in lines
    # nothing registered: neither present nor absent, and not «du kan være borte 0 t til»
    assert "Ingen samlingsdager er registrert ennå (krav 80 %)." in lines
    assert not any("borte 0 t" in line for line in lines)
    if dt.date.today() > dt.date(2026, 9, 22):  # the real clock: after the programme's end
        assert "44 samlingsdager er ikke registrert." in lines
    assert "Å følge opp:" in lines and "1 time = 45 min" not in out


def test_status_with_a_scheme_as_text(student: Path) -> None:
    _psy_log(student)
    code, out, err = cli(student, "status", "--scheme", PSY)
    assert code == 0, err
    lines = [" ".join(line.split()) for line in out.splitlines()]
    # The scheme's own hours: 45 minutes each (Per's 90 min = 2 t; Kari's 210 min = 4 t 30 min).
    assert "Veiledning i spesialistutdanningen (til sammenligning) (1 time = 45 min):" in lines
    at = lines.index("Individuell veiledning (av de 180 t til obligatorisk og valgfritt program) "
                     "(minst 40 t)")  # fmt: skip
    assert lines[at + 1] == "2 t av 40 t (teller ikke: 2 t)"
    assert "Minst 240 t veiledning totalt 2 t av 240 t (teller ikke: 4 t 30 min)" in lines
    assert "Minst 2 ulike veiledere 1 av 2" in lines
    at = lines.index("Gruppeveiledning teller bare med høyst 4 deltakere")
    assert lines[at + 1] == "1 t 15 min teller ikke"  # the group of 6, in 45-minute hours
    assert "Veilederen må være psykologspesialist 2 t teller ikke" in lines  # Kari's 90 min
    assert "Individuell veiledning 3 t av 40 t" in lines  # the programme, in 60-minute hours


def test_status_with_a_scheme_as_json(student: Path) -> None:
    _psy_log(student)
    code, out, err = cli(student, "status", "--scheme", PSY, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["supervision"]["total"]["counted_minutes"] == 300  # the programme: all count
    scheme = data["scheme"]
    assert scheme["id"] == PSY and scheme["hour_minutes"] == 45 and scheme["problems"] == []
    req = {r["key"]: r for r in scheme["requirements"]}
    assert set(req) == {
        "supervisor", "group-size", "group-participants", "total", "supervisors", "individual",
        "same-supervisor",
    }  # fmt: skip
    assert (req["total"]["required_minutes"], req["total"]["counted_minutes"]) == (10800, 90)
    assert req["total"]["uncounted_minutes"] == 210 and req["total"]["met"] is False
    assert [u["code"] for u in req["total"]["uncounted"]] == [
        "supervisor_not_allowed", "group_too_large", "group_participants",
    ]  # fmt: skip
    too_big = {
        "minutes": 60,
        "code": "group_too_large",
        "reason": "Gruppen hadde 6 deltakere; ordningen godtar høyst 4.",
    }
    assert [{k: u[k] for k in too_big} for u in req["group-size"]["uncounted"]] == [too_big]
    assert too_big == {k: req["total"]["uncounted"][1][k] for k in too_big}
    assert req["group-size"]["uncounted_minutes"] == 60
    individual = req["individual"]
    assert (individual["required_minutes"], individual["counted_minutes"]) == (1800, 90)
    assert (req["supervisors"]["counted_minutes"], req["supervisors"]["met"]) == (1, False)
    assert req["same-supervisor"]["counted_minutes"] == 90  # Per


def test_status_refuses_an_unknown_scheme(student: Path) -> None:
    code, out, err = cli(student, "status", "--scheme", "nope")
    assert code == 2 and out == "" and "Ukjent godkjenningsordning" in err


def test_supervisor_list_text_and_json(student: Path) -> None:
    assert cli(student, "supervisor", "add", "--name", "Ola Hansen", "--profession", "Psykolog",
               "--approval", "specialist", "--approval", "clinical",
               "--workplace", "BUP Nord", "--position", "Overlege")[0] == 0  # fmt: skip
    code, out, err = cli(student, "supervisor", "list", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [x["name"] for x in data] == ["Kari Nordmann", "Ola Hansen"]
    kari, ola = data
    # «Klinisk sosionom» is stored as sosionom + the clinical approval (a title, not a profession)
    assert kari["profession"] == "sosionom" and kari["approvals"] == ["clinical", "programme"]
    assert (ola["profession"], ola["approvals"]) == ("psykolog", ["clinical", "specialist"])
    assert (ola["workplace"], ola["position"]) == ("BUP Nord", "Overlege")
    assert all(len(x["id"]) == 36 for x in data)
    code, out, _ = cli(student, "supervisor", "list")
    assert code == 0
    assert [line.split("  ") for line in out.splitlines()] == [
        [kari["id"], "Kari Nordmann", "Klinisk sosionom", "clinical, programme"],
        [ola["id"], "Ola Hansen", "Psykologspesialist", "clinical, specialist"],
    ]


def test_audit_verify_catches_sqlite3_edit(student: Path) -> None:
    assert cli(student, "audit", "verify")[0] == 0
    con = sqlite3.connect(student)
    with con:
        con.execute("UPDATE supervisor SET name = 'Noen Andre'")
    con.close()
    code, out, err = cli(student, "audit", "verify")
    assert code == 1 and "endret utenom" in err


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = cli(tmp_path / "none.sqlite", "session", "list")
    assert code == 2 and "miljologg init" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_demo_writes_a_two_year_log(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    code, out, err = cli(None, "demo", "--data", str(path))
    assert code == 0, err
    code, out, _ = cli(path, "status", "--json")
    data = json.loads(out)
    total = data["supervision"]["total"]
    assert 110 * 60 <= total["counted_minutes"] <= 130 * 60
    assert total["uncounted_minutes"] > 0  # the unapproved supervisor's hours
    assert 80 <= data["attendance"]["percent"] < 100
    assert cli(path, "audit", "verify")[0] == 0
    # Kari Nordmann has signed her older sessions in person; the later ones wait.
    code, out, _ = cli(path, "verify")
    assert code == 0 and "gyldige signaturer" in out
    signed = _count(path, "signature")
    kari = sqlite3.connect(path)
    try:
        karis = kari.execute(
            "SELECT count(*) FROM session JOIN supervisor ON supervisor.id = supervisor_id "
            "WHERE supervisor.name = 'Kari Nordmann' AND status = 'held'"
        ).fetchone()[0]
    finally:
        kari.close()
    assert 0 < signed < karis


def test_demo_scales(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite"
    assert cli(None, "demo", "--data", str(path), "--sessions", "300")[0] == 0
    assert _count(path, "session") == 300


def test_entry_point_bad_input_has_no_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "miljologg",
            "--data",
            str(tmp_path / "f.sqlite"),
            "session",
            "add",
            "--date",
            "2025-01-01",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "mangler" in proc.stderr and "Traceback" not in proc.stderr


def test_write_beside_an_open_window_is_refused(student: Path) -> None:
    from miljologg.db.lock import acquire_writer_lock

    with acquire_writer_lock(student):  # what the GUI holds while the file is open
        code, _, err = cli(
            student,
            "session",
            "add",
            "--date",
            "2025-03-03",
            "--minutes",
            "90",
            "--form",
            "individual",
            "--supervisor",
            "Kari Nordmann",
        )
        assert code == 2 and "allerede åpen" in err
        assert cli(student, "status")[0] == 0  # reading is fine
    assert _count(student, "session") == 0


SECRET = "02013299997"  # a valid fødselsnummer (DOMAIN.md), typed where a name or id belongs
ADD = ["session", "add", "--date", "2025-03-03", "--minutes", "90", "--form", "individual"]


@pytest.mark.parametrize(
    "argv",
    [
        [*ADD, "--supervisor", SECRET],
        [*ADD, "--supervisor", "020132 99997"],
        ["key", "export", "--out", "{tmp}/k.pem", "--supervisor", SECRET],
        ["signing", "sheet", "--supervisor", SECRET, "--out", "{tmp}/ark.pdf"],
        ["signing", "request", "--supervisor", f" {SECRET} ", "--out", "{tmp}/r.json"],
        ["session", "add", "--date", "2025-03-03", "--minutes", "90", "--form", SECRET,
         "--supervisor", "Kari Nordmann"],  # argparse's own «invalid choice»
        ["backup", "restore", SECRET, "--yes"],
        ["status", "--scheme", SECRET],
        ["signing", "paper", "--sessions", SECRET, "--scan", "{tmp}/skann.png"],
    ],
)  # fmt: skip
def test_an_identity_number_in_the_wrong_place_is_never_echoed(
    student: Path, tmp_path: Path, argv: list[str]
) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = cli(student, *argv)
    assert code == 2 and out == ""
    assert err.startswith("miljologg: ") and err.count("\n") == 1
    assert "99997" not in err and "020132" not in err


def test_a_supervisor_not_found_is_named_unless_it_is_an_identity_number(student: Path) -> None:
    code, _, err = cli(student, *ADD, "--supervisor", SECRET)
    assert (code, err) == (2, "miljologg: Fant ingen veileder med det navnet.\n")
    code, _, err = cli(student, *ADD, "--supervisor", "Kari Nordmannn")  # a typo is shown
    assert (code, err) == (2, "miljologg: Fant ingen veileder «Kari Nordmannn».\n")
