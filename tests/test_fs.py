"""The one atomic file write: whole or not at all, private, and no leftovers on failure.

Each failure is made to happen midway — a writer that raises after writing half, a full disk
at fsync (errno 28), a rename that cannot happen — and then the target must hold exactly what
it held before and the folder must hold nothing else. The app's writers (exports, the JSON
export, signing requests, the dossier, backups) are tried the same way through their services.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from miljologg import fs
from miljologg.core.i18n import language
from miljologg.core.model import Form
from miljologg.core.units import format_size
from miljologg.db.database import DatabaseError, backup_to
from miljologg.dossier.build import build_dossier
from miljologg.dossier.signsheet import write_sign_sheet
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput

OLD = b"what was there before\n"


def _disk_full(*_args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "fil.json"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def _assert_untouched(target: Path) -> None:
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_write_replaces_whole_and_private(target: Path) -> None:
    fs.write_bytes(target, b"ny")
    assert target.read_bytes() == b"ny"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    fs.write_text(target, "a;b\r\nc;d\r\n", encoding="utf-8-sig", newline="")
    assert target.read_bytes() == "\ufeffa;b\r\nc;d\r\n".encode()
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    new = target.with_name("ny.txt")
    fs.write_text(new, "første\n")
    assert new.read_text(encoding="utf-8") == "første\n"
    assert stat.S_IMODE(new.stat().st_mode) == 0o600


def test_a_writer_failing_midway_leaves_the_target_and_no_temporary(target: Path) -> None:
    seen: list[Path] = []
    with pytest.raises(RuntimeError, match="midt i"), fs.atomic_path(target) as temporary:
        seen.append(temporary)
        assert temporary.parent == target.parent and temporary != target
        assert stat.S_IMODE(temporary.stat().st_mode) == 0o600
        temporary.write_bytes(b"halv")
        raise RuntimeError("feil midt i skrivingen")
    assert not seen[0].exists()
    _assert_untouched(target)


def test_a_full_disk_at_fsync_leaves_the_target_and_no_temporary(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(OSError) as caught:
        fs.write_bytes(target, b"ny" * 10_000)
    assert caught.value.errno == errno.ENOSPC
    _assert_untouched(target)


def test_a_failed_rename_leaves_no_temporary(tmp_path: Path) -> None:
    folder = tmp_path / "mappe"
    (folder / "fil.json").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(OSError):
        fs.write_bytes(folder / "fil.json", b"ny")
    assert [p.name for p in folder.iterdir()] == ["fil.json"]
    assert (folder / "fil.json").is_dir()


def test_a_missing_folder_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        fs.write_bytes(tmp_path / "finnes-ikke" / "fil.json", b"ny")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(lambda s, p: s.transfer.export_json(p), id="export json"),
        pytest.param(lambda s, p: s.exports.sessions_csv(p), id="sessions csv"),
        pytest.param(lambda s, p: backup_to(s.db, p), id="backup"),
        pytest.param(lambda s, p: build_dossier(s, p), id="dossier"),
        pytest.param(
            lambda s, p: write_sign_sheet(s, s.supervisors.find("Kari Nordmann").id, p),
            id="sign sheet",
        ),
    ],
)
def test_the_apps_writers_leave_nothing_on_a_full_disk(
    services: Services,
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
    write: Callable[[Services, Path], object],
) -> None:
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises((OSError, DatabaseError)):
        write(services, target)
    _assert_untouched(target)


def test_a_dossier_failing_midway_leaves_nothing(services: Services, target: Path) -> None:
    def progress(done: int, total: int) -> None:
        # Halfway through the layout (the PDF is made in memory, then written atomically).
        if 0 < done < total:
            raise RuntimeError("avbrutt")

    with pytest.raises(RuntimeError, match="avbrutt"):
        build_dossier(services, target, progress=progress)
    _assert_untouched(target)


def test_a_signing_request_not_written_is_not_kept(
    services: Services, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kari = services.supervisors.find("Kari Nordmann").id
    services.sessions.add(SessionInput(dt.date(2025, 5, 5), 60, Form.INDIVIDUAL, kari, 1, "Tema"))
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(ValidationError, match="Kunne ikke skrive"):
        services.signing_files.write_request(target, kari)
    _assert_untouched(target)
    assert {o.state for o in services.signing.sign_offs().values()} == {"unsigned"}


def test_a_temporary_file_that_cannot_be_made_names_the_target(tmp_path: Path) -> None:
    """The message names the file the user chose, never ``.fil.json.k3j2h1g0.tmp``."""
    (tmp_path / "ikke-en-mappe").write_text("x")
    target = tmp_path / "ikke-en-mappe" / "fil.json"
    for write in (fs.write_bytes, fs.write_new_bytes):
        with pytest.raises(NotADirectoryError) as caught:
            write(target, b"ny")
        assert caught.value.filename == str(target)


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "1 kB"),  # never «0 kB» for a file that exists
        (500, "1 kB"),
        (84 * 1024, "84 kB"),
        (1024 * 1024 - 1, "1024 kB"),
        (1024 * 1024, "1 MB"),
        (2 * 1024 * 1024, "2 MB"),
        (3 * 1024 * 1024 + 200_000, "3,2 MB"),  # a decimal comma
    ],
)
def test_the_one_size_text(size: int, text: str) -> None:
    """Backups (window and ``backup list``) and the file size limits all say sizes this way."""
    assert format_size(size) == text


def test_a_size_in_english_has_a_decimal_point() -> None:
    """English writes «3.2 MB»; the Norwegian comma was hard-coded before (issue 15)."""
    with language("en"):
        assert format_size(3 * 1024 * 1024 + 200_000) == "3.2 MB"
    assert format_size(3 * 1024 * 1024 + 200_000) == "3,2 MB"
