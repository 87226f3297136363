"""Everything that leaves the app is the owner's alone (issue 16): files 0600, folders 0700.

Exports, signing requests and responses, sign sheets, dossiers and the app's log carry names,
topics and reflections; under an ordinary umask (022) some were created 0644 and the log folder
0755. Each path is tried here under umask 022, through the CLI where there is one.
"""

from __future__ import annotations

import io
import json
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from miljologg.cli import run

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")

RBUP = "rbup-kmaa-2024"


@pytest.fixture(autouse=True)
def ordinary_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def ok(data: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data), *args], env={}, out=out, err=err)
    assert code == 0, err.getvalue()
    return out.getvalue()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_the_cli_writes_is_private(tmp_path: Path) -> None:
    student = tmp_path / "ny" / "mappe" / "student.sqlite"
    ok(student, "init", "--name", "Test Student", "--programme", RBUP)
    assert mode(tmp_path / "ny") == 0o700 and mode(tmp_path / "ny" / "mappe") == 0o700
    ok(student, "supervisor", "add", "--name", "Kari Nordmann", "--profession", "Psykolog")
    ok(student, "session", "add", "--date", "2025-03-03", "--minutes", "90", "--form",
       "individual", "--supervisor", "Kari Nordmann", "--topic", "Tema")  # fmt: skip
    out = tmp_path / "ut"
    out.mkdir()
    written = []
    for kind, name in (("json", "a.json"), ("csv", "a.csv"), ("attendance-csv", "b.csv"),
                       ("ics", "a.ics")):  # fmt: skip
        ok(student, "export", kind, "--out", str(out / name))
        written.append(out / name)
    ok(student, "dossier", "--out", str(out / "mappe.pdf"))
    ok(student, "signing", "sheet", "--supervisor", "Kari Nordmann", "--out", str(out / "ark.pdf"))
    ok(
        student,
        "signing",
        "request",
        "--supervisor",
        "Kari Nordmann",
        "--out",
        str(out / "req.json"),
    )
    written += [out / "mappe.pdf", out / "ark.pdf", out / "req.json"]

    supervisor = tmp_path / "veileder.sqlite"
    ok(supervisor, "init", "--name", "Kari Nordmann", "--role", "supervisor")
    secret = tmp_path / "pass.txt"
    secret.write_text("hemmelig passord\n")
    ok(supervisor, "key", "create", "--out", str(out / "key.pem"), "--passphrase-file", str(secret))
    ok(supervisor, "key", "export", "--out", str(out / "key2.pem"))
    ok(supervisor, "signing", "sign", str(out / "req.json"), "--out", str(out / "svar.json"),
       "--passphrase-file", str(secret))  # fmt: skip
    written += [out / "key.pem", out / "key2.pem", out / "svar.json"]

    ok(student, "backup", "create")
    backups = student.parent / "backups"
    assert mode(backups) == 0o700
    written += list(backups.iterdir())
    written += [student, supervisor]
    assert {p.name: oct(mode(p)) for p in written} == {p.name: "0o600" for p in written}
    assert json.loads((out / "a.json").read_text(encoding="utf-8"))["format"] == "miljologg-export"


def test_the_app_log_folder_and_file_are_private(tmp_path: Path) -> None:
    from miljologg.ui.shell.app import setup_logging

    data = tmp_path / "logg.sqlite"
    logger = logging.getLogger("miljologg")
    before = list(logger.handlers)
    try:
        setup_logging(data)
        logging.getLogger("miljologg.test").warning("en linje")
        for handler in logger.handlers:
            handler.flush()
    finally:
        for handler in logger.handlers[len(before) :]:
            handler.close()
            logger.removeHandler(handler)
    folder = tmp_path / "logs"
    assert mode(folder) == 0o700
    assert mode(folder / "miljologg.log") == 0o600
    assert "en linje" in (folder / "miljologg.log").read_text(encoding="utf-8")


def test_an_old_readable_log_file_is_made_private(tmp_path: Path) -> None:
    from miljologg.ui.shell.app import setup_logging

    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    old = folder / "miljologg.log"
    old.write_text("gammel linje\n", encoding="utf-8")
    old.chmod(0o644)
    logger = logging.getLogger("miljologg")
    before = list(logger.handlers)
    try:
        setup_logging(tmp_path / "logg.sqlite")
    finally:
        for handler in logger.handlers[len(before) :]:
            handler.close()
            logger.removeHandler(handler)
    assert mode(old) == 0o600
    assert mode(folder) == 0o755, "a folder that was there is the user's: left as it was"
    assert old.read_text(encoding="utf-8").startswith("gammel linje")
