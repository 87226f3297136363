"""Every command that writes is refused while another process holds the data file; every other
command still works then and changes nothing. The commands are read from the parser itself, so a
new one without a declared ``writes`` — or without an example here — fails this test."""

from __future__ import annotations

import argparse
import io
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from miljologg.cli.parser import build_parser
from miljologg.paths import backups_dir
from tests.cli_helpers import cli

ROOT = Path(__file__).resolve().parents[2]
RBUP = "rbup-kmaa-2024"


def ok(*args: str) -> str:
    code, out, err = cli(*args)
    assert code == 0, (args, err)
    return out


def parser_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[str]:
    """Every leaf of the grammar, found by walking argparse's subparsers (not our table)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {" ".join(prefix)}
    found: set[str] = set()
    for name, child in subs[0].choices.items():
        found |= parser_commands(child, (*prefix, name))
    return found


HOLDER = (
    "import sys\n"
    "from miljologg.db.lock import acquire_writer_lock\n"
    "locks = [acquire_writer_lock(p) for p in sys.argv[1:]]\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


@contextmanager
def held_by_another_process(*paths: Path) -> Iterator[None]:
    """What an open window does: another process holds the writer lock of each file."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, *map(str, paths)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stdin is not None
    try:
        assert proc.stdout.readline().strip() == "held"
        yield
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def _fingerprint(response: Path) -> str:
    """The fingerprint a supervisor would read aloud, as the response carries it."""
    return str(json.loads(response.read_text(encoding="utf-8"))["supervisor"]["fingerprint"])


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (620, 877), (240, 240, 235)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    """A student's log with sessions, a supervisor's log with a key, and the files between."""
    d = tmp_path
    student, sup = d / "student.sqlite", d / "veileder.sqlite"
    (d / "pass.txt").write_text("hemmelig passord\n", encoding="utf-8")
    ok("--data", str(student), "init", "--name", "Test Student", "--programme", RBUP)
    ok("--data", str(student), "supervisor", "add", "--name", "Kari Nordmann",
       "--programme-approved")  # fmt: skip
    for day in ("2025-05-05", "2025-05-06"):
        ok("--data", str(student), "session", "add", "--date", day, "--minutes", "60",
           "--form", "individual", "--supervisor", "Kari Nordmann")  # fmt: skip
    ok("--data", str(sup), "init", "--name", "Kari Nordmann", "--role", "supervisor")
    ok("--data", str(sup), "key", "create", "--passphrase-file", str(d / "pass.txt"))
    ok("--data", str(student), "signing", "request", "--supervisor", "Kari Nordmann",
       "--out", str(d / "req.json"))  # fmt: skip
    ok("--data", str(sup), "signing", "sign", str(d / "req.json"), "--out", str(d / "svar.json"),
       "--passphrase-file", str(d / "pass.txt"))  # fmt: skip
    # Kari on a new computer: a response with another key, for «signing repin».
    new_sup = d / "veileder-ny.sqlite"
    ok("--data", str(new_sup), "init", "--name", "Kari Nordmann", "--role", "supervisor")
    ok("--data", str(new_sup), "key", "create", "--passphrase-file", str(d / "pass.txt"))
    ok("--data", str(student), "signing", "request", "--supervisor", "Kari Nordmann",
       "--out", str(d / "req-ny.json"))  # fmt: skip
    ok("--data", str(new_sup), "signing", "sign", str(d / "req-ny.json"),
       "--out", str(d / "svar-ny.json"), "--passphrase-file", str(d / "pass.txt"))  # fmt: skip
    ok("--data", str(student), "session", "add", "--date", "2025-05-20", "--minutes", "60",
       "--form", "individual", "--supervisor", "Kari Nordmann")  # fmt: skip  # for paper
    ok("--data", str(student), "export", "json", "--out", str(d / "eksport.json"))
    ok("--data", str(student), "backup", "create")
    # A dossier verify-dossier accepts (a small log's one does not yet: issue 12).
    ok("demo", "--data", str(d / "kilde.sqlite"), "--sessions", "60")
    ok("--data", str(d / "kilde.sqlite"), "dossier", "--out", str(d / "mappe.pdf"))
    (d / "skann.png").write_bytes(_png())
    return {"dir": d, "student": student, "supervisor": sup}


def _session_id(student: Path) -> str:
    con = sqlite3.connect(student)
    try:
        return str(con.execute("SELECT id FROM session ORDER BY date DESC LIMIT 1").fetchone()[0])
    finally:
        con.close()


def _backup_id(student: Path) -> str:
    return ok("--data", str(student), "backup", "list").split()[0]


Example = Callable[[dict[str, Path]], list[str]]

#: A valid command line for every command, in an order in which they all succeed one after
#: another on ``world`` (the writing ones are run again once the lock is free, to prove it).
EXAMPLES: dict[str, Example] = {
    "programmes": lambda w: ["programmes"],
    "supervisor list": lambda w: ["--data", str(w["student"]), "supervisor", "list"],
    "session list": lambda w: ["--data", str(w["student"]), "session", "list", "--json"],
    "status": lambda w: ["--data", str(w["student"]), "status", "--json"],
    "audit verify": lambda w: ["--data", str(w["student"]), "audit", "verify"],
    "verify": lambda w: ["--data", str(w["student"]), "verify"],
    "dossier": lambda w: ["--data", str(w["student"]), "dossier", "--out",
                          str(w["dir"] / "mappe2.pdf")],
    "verify-dossier": lambda w: ["verify-dossier", str(w["dir"] / "mappe.pdf")],
    "export": lambda w: ["--data", str(w["student"]), "export", "csv", "--out",
                         str(w["dir"] / "m.csv")],
    "key export": lambda w: ["--data", str(w["supervisor"]), "key", "export", "--out",
                             str(w["dir"] / "k.pem")],
    "signing sheet": lambda w: ["--data", str(w["student"]), "signing", "sheet",
                                "--supervisor", "Kari Nordmann",
                                "--out", str(w["dir"] / "ark.pdf")],
    "backup list": lambda w: ["--data", str(w["student"]), "backup", "list", "--json"],
    "prerequisite list": lambda w: ["--data", str(w["student"]), "prerequisite", "list"],
    "profile show": lambda w: ["--data", str(w["student"]), "profile", "show", "--json"],
    # -- writing
    "init": lambda w: ["--data", str(w["dir"] / "ny.sqlite"), "init", "--name", "Ny Student",
                     "--programme", RBUP],
    "demo": lambda w: ["demo", "--data", str(w["dir"] / "demo.sqlite"), "--sessions", "20"],
    "import": lambda w: ["--data", str(w["dir"] / "flyttet.sqlite"), "import",
                         str(w["dir"] / "eksport.json")],
    "profile set": lambda w: ["--data", str(w["student"]), "profile", "set", "--workplace",
                              "Ambulant team"],
    "supervisor add": lambda w: ["--data", str(w["student"]), "supervisor", "add",
                                 "--name", "Ola Hansen"],
    "session add": lambda w: ["--data", str(w["student"]), "session", "add", "--date",
                              "2025-05-12", "--minutes", "45", "--form", "individual",
                              "--supervisor", "Kari Nordmann"],
    "attendance set": lambda w: ["--data", str(w["student"]), "attendance", "set",
                                 "--date", "2024-11-04", "--present"],
    "prerequisite confirm": lambda w: ["--data", str(w["student"]), "prerequisite", "confirm",
                                       "relevant_master", "--date", "2025-01-02"],
    # after the confirm above
    "prerequisite withdraw": lambda w: ["--data", str(w["student"]), "prerequisite",
                                        "withdraw", "relevant_master"],
    "signing show": lambda w: ["--data", str(w["supervisor"]), "signing", "show",
                               str(w["dir"] / "req.json")],
    "signing import": lambda w: ["--data", str(w["student"]), "signing", "import",
                                 str(w["dir"] / "svar.json")],
    # after the import above: Kari's key by file is pinned, the new one replaces it
    "signing repin": lambda w: ["--data", str(w["student"]), "signing", "repin",
                                "--supervisor", "Kari Nordmann",
                                "--response", str(w["dir"] / "svar-ny.json"),
                                "--fingerprint", _fingerprint(w["dir"] / "svar-ny.json")],
    "signing request": lambda w: ["--data", str(w["student"]), "signing", "request",
                                  "--supervisor", "Kari Nordmann", "--out",
                                  str(w["dir"] / "req2.json")],
    "signing sign": lambda w: ["--data", str(w["supervisor"]), "signing", "sign",
                               str(w["dir"] / "req.json"), "--out", str(w["dir"] / "svar2.json"),
                               "--passphrase-file", str(w["dir"] / "pass.txt")],
    "signing paper": lambda w: ["--data", str(w["student"]), "signing", "paper", "--sessions",
                                _session_id(w["student"]), "--scan", str(w["dir"] / "skann.png")],
    "key create": lambda w: ["--data", str(w["student"]), "key", "create",
                             "--passphrase-file", str(w["dir"] / "pass.txt")],
    "backup create": lambda w: ["--data", str(w["student"]), "backup", "create"],
    "backup restore": lambda w: ["--data", str(w["student"]), "backup", "restore",
                                 _backup_id(w["student"]), "--yes"],
}  # fmt: skip


def _data_file(argv: list[str]) -> Path | None:
    if "--data" not in argv:
        return None
    return Path(argv[argv.index("--data") + 1])


def _state(w: dict[str, Path]) -> dict[str, object]:
    """What a write would change: the logs' rows, their backups, and which logs exist."""
    state: dict[str, object] = {"files": sorted(p.name for p in w["dir"].glob("*.sqlite"))}
    for key in ("student", "supervisor"):
        con = sqlite3.connect(w[key])
        try:
            state[key] = list(con.iterdump())
        finally:
            con.close()
        state[key + "-backups"] = sorted(p.name for p in backups_dir(w[key]).iterdir())
    return state


def test_the_examples_cover_every_command_of_the_parser() -> None:
    parser, table = build_parser()
    assert parser_commands(parser) == {c.name for c in table} == set(EXAMPLES)
    writing = {c.name for c in table if c.writes}
    assert {"key create", "signing request", "signing sign", "signing import"} <= writing


def test_writing_commands_are_refused_while_another_process_holds_the_file(
    world: dict[str, Path],
) -> None:
    _parser, table = build_parser()
    argvs = {name: make(world) for name, make in EXAMPLES.items()}
    files = {p for p in map(_data_file, argvs.values()) if p is not None}
    before = _state(world)
    with held_by_another_process(*sorted(files)):
        for name, argv in argvs.items():
            code, out, err = cli(*argv)
            if table[name].writes:
                assert code == 2 and out == "", name
                assert err.startswith("miljologg: Filen er allerede åpen"), (name, err)
                assert err.count("\n") == 1, name
            else:
                assert code == 0, (name, err)
        assert _state(world) == before  # nothing written, by the refused or by the readers
    for name, argv in argvs.items():  # the same command lines, now that the file is free
        if table[name].writes:
            code, _, err = cli(*argv)
            assert code == 0, (name, err)
