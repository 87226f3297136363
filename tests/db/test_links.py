"""Hard links and symbolic links to a data file (issue 16).

Before: a second name got past the one-writer lock (the lock file was named after the name
given), and SQLite kept a second WAL under the other name, so two windows could write one log
without knowing of each other. Now the lock is the real file's (a symbolic link leads to it),
and a file with more than one hard link is refused with a Norwegian message (CLI exit 2, a
message box in the app).
"""

from __future__ import annotations

import gc
import io
import os
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.db.database import open_database
from miljologg.db.lock import FileInUseError, ManyNamesError, acquire_writer_lock, lock_path

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX links")

RBUP = "rbup-kmaa-2024"


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data), *args], env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "logg.sqlite"
    assert cli(path, "init", "--name", "Test Student", "--programme", RBUP)[0] == 0
    assert (
        cli(path, "supervisor", "add", "--name", "Kari Nordmann", "--profession", "Psykolog")[0]
        == 0
    )
    return path


def _add(data: Path) -> tuple[int, str, str]:
    return cli(
        data, "session", "add", "--date", "2025-03-03", "--minutes", "60", "--form",
        "individual", "--supervisor", "Kari Nordmann",
    )  # fmt: skip


def test_a_symbolic_link_leads_to_the_same_lock(log: Path, tmp_path: Path) -> None:
    other = tmp_path / "annen mappe"
    other.mkdir()
    link = other / "lenke.sqlite"
    link.symlink_to(log)
    held = acquire_writer_lock(log)
    try:
        with pytest.raises(FileInUseError):
            acquire_writer_lock(link)
        code, _out, err = _add(link)
        assert code == 2 and "allerede åpen" in err
    finally:
        held.release()
    assert not lock_path(link).exists()


def test_through_a_symbolic_link_sqlite_uses_the_real_files_wal(log: Path, tmp_path: Path) -> None:
    link = tmp_path / "lenke.sqlite"
    link.symlink_to(log)
    db = open_database(link)
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM session").fetchall()
            assert not Path(str(link) + "-wal").exists()
            assert Path(str(log) + "-wal").exists()
    finally:
        db.close()
    code, _out, err = _add(link)
    assert code == 0, err
    assert len(cli(log, "session", "list", "--json")[1]) > 2


def test_a_file_with_two_hard_links_is_refused(log: Path, tmp_path: Path) -> None:
    other = tmp_path / "kopi-med-samme-innhold.sqlite"
    os.link(log, other)
    gc.collect()  # connections of the fixture's in-process commands close (and checkpoint) now
    before = log.read_bytes()
    for name in (log, other):
        with pytest.raises(ManyNamesError, match="2 navn"):
            acquire_writer_lock(name)
        with pytest.raises(ManyNamesError):
            open_database(name)
        code, _out, err = _add(name)
        assert code == 2 and err.count("\n") == 1 and "harde lenker" in err, err
        code, _out, err = cli(name, "session", "list")  # a reader would keep a second WAL too
        assert code == 2 and "harde lenker" in err
    assert log.read_bytes() == before
    assert not Path(f"{other}-wal").exists() and not Path(f"{other}-shm").exists()
    other.unlink()  # one name again: the file opens as before
    assert _add(log)[0] == 0


def test_the_app_says_so_in_a_message(
    log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from miljologg.ui.shell import lock_message

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        lock_message, "inform", lambda _p, title, text, error=False: shown.append((title, text))
    )
    os.link(log, tmp_path / "to.sqlite")
    assert lock_message.acquire_lock_or_explain(None, log) is None
    assert shown and shown[0][0] == "Filen har flere navn" and "harde lenker" in shown[0][1]
