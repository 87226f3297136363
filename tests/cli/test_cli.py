"""Every CLI command, good and bad input: exit codes, messages, nothing written on error."""

from __future__ import annotations

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


def test_status_text_and_scheme(student: Path) -> None:
    code, out, err = cli(student, "status")
    assert code == 0, err
    assert "Veiledning" in out and "Oppmøte" in out
    code, out, err = cli(student, "status", "--scheme", "nope")
    assert code == 2 and "Ukjent godkjenningsordning" in err


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
