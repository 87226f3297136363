"""Files given to the CLI that are endless, missing, folders or damaged (issue 16).

Before: ``import /dev/zero``, ``import /dev/urandom`` and ``signing paper --scan /dev/zero`` ended
in ``MemoryError`` (the size check trusted ``st_size``, which is 0 for a device); a folder or a
missing file gave the C library's English («Is a directory»); a damaged scan PDF put pypdf's
«EOF marker not found» on stderr before the Norwegian line. Now: one Norwegian line, exit 2,
nothing written.
"""

from __future__ import annotations

import errno
import io
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.os_errors import cannot, reason

RBUP = "rbup-kmaa-2024"
ENGLISH = (
    "Is a directory",
    "No such file",
    "Permission denied",
    "EOF marker",
    "Errno",
    "MemoryError",
    "Traceback",
)


def cli(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data), *args], env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _one_norwegian_line(code: int, err: str) -> None:
    assert code == 2, err
    assert err.startswith("miljologg: ") and err.count("\n") == 1, err
    for word in ENGLISH:
        assert word not in err, err


@pytest.fixture
def student(tmp_path: Path) -> Path:
    path = tmp_path / "logg.sqlite"
    assert cli(path, "init", "--name", "Test Student", "--programme", RBUP)[0] == 0
    assert (
        cli(path, "supervisor", "add", "--name", "Kari Nordmann", "--profession", "Psykolog")[0]
        == 0
    )
    code, out, err = cli(
        path, "session", "add", "--date", "2025-03-03", "--minutes", "90", "--form",
        "individual", "--supervisor", "Kari Nordmann",
    )  # fmt: skip
    assert code == 0, err
    return path


def _session_id(path: Path) -> str:
    return str(json.loads(cli(path, "session", "list", "--json")[1])[0]["id"])


# -- endless input: read with a limit --------------------------------------------------------

ENDLESS = [p for p in ("/dev/zero", "/dev/urandom") if os.path.exists(p)]


def _run_with_memory_cap(args: list[str], cap_mb: int = 1200) -> subprocess.CompletedProcess[str]:
    """The CLI in a child whose address space is capped, so reading a device whole fails fast
    with MemoryError instead of eating the machine (the cap leaves room for Qt-free imports)."""

    def cap() -> None:
        limit = cap_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "miljologg", *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=cap,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        cwd=Path(__file__).resolve().parents[2],
    )


@pytest.mark.skipif(not ENDLESS, reason="no /dev/zero here")
@pytest.mark.parametrize("device", ENDLESS)
def test_import_of_an_endless_device(student: Path, tmp_path: Path, device: str) -> None:
    done = _run_with_memory_cap(["--data", str(student), "import", device])
    _one_norwegian_line(done.returncode, done.stderr)
    assert "større enn" in done.stderr
    new = tmp_path / "ny.sqlite"
    done = _run_with_memory_cap(["--data", str(new), "import", device])
    _one_norwegian_line(done.returncode, done.stderr)
    assert not new.exists()
    assert (
        not list((tmp_path / "backups").glob("*pre-import*"))
        if (tmp_path / "backups").exists()
        else True
    )


@pytest.mark.skipif(not ENDLESS, reason="no /dev/zero here")
@pytest.mark.parametrize(
    "args",
    [
        ("signing", "paper", "--sessions", "SESSION", "--scan", "/dev/zero"),
        ("signing", "import", "/dev/zero"),
        ("signing", "show", "/dev/zero"),
        ("key", "create", "--passphrase-file", "/dev/zero"),
    ],
    ids=lambda a: "-".join(a[:2]),
)
def test_signing_files_from_an_endless_device(student: Path, args: tuple[str, ...]) -> None:
    argv = [a.replace("SESSION", _session_id(student)) for a in args]
    done = _run_with_memory_cap(["--data", str(student), *argv])
    _one_norwegian_line(done.returncode, done.stderr)
    assert any(why in done.stderr for why in ("større enn", "for stort", "ikke en vanlig fil"))


# -- missing files and folders: Norwegian, not the C library ---------------------------------


@pytest.mark.parametrize("kind", ["missing", "folder"])
@pytest.mark.parametrize(
    "args",
    [
        ("import", "PATH"),
        ("signing", "import", "PATH"),
        ("signing", "show", "PATH"),
        ("signing", "paper", "--sessions", "SESSION", "--scan", "PATH"),
        ("key", "create", "--passphrase-file", "PATH"),
    ],
    ids=lambda a: "-".join(a[:2]),
)
def test_missing_file_or_folder(
    student: Path, tmp_path: Path, kind: str, args: tuple[str, ...]
) -> None:
    path = tmp_path / "finnes-ikke.json" if kind == "missing" else tmp_path
    argv = [
        str(path) if a == "PATH" else _session_id(student) if a == "SESSION" else a for a in args
    ]
    code, _out, err = cli(student, *argv)
    _one_norwegian_line(code, err)
    expected = ("finnes ikke", "Fant ikke") if kind == "missing" else ("mappe",)
    assert any(word in err for word in expected), err


def test_a_damaged_scan_pdf_is_refused_without_pypdf_talking(student: Path, tmp_path: Path) -> None:
    """In a child process: pytest's logging capture would swallow what pypdf logs."""
    scan = tmp_path / "skann.pdf"
    scan.write_bytes(b"%PDF-1.4\nikke en ekte pdf\n")
    done = _run_with_memory_cap(
        ["--data", str(student), "signing", "paper", "--sessions", _session_id(student),
         "--scan", str(scan)]
    )  # fmt: skip
    _one_norwegian_line(done.returncode, done.stderr)
    assert "skadet" in done.stderr


# -- the one explanation of an OSError ---------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "text"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "du har ikke tilgang"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "finnes ikke"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "det er en mappe"),
        (OSError(errno.ENOSPC, "No space left on device"), "disken er full"),
        (OSError(errno.EROFS, "Read-only file system"), "skrivebeskyttet"),
        (OSError(errno.EPROTO, "Protocol error"), "feil fra operativsystemet (EPROTO)"),
        (OSError("no errno at all"), "feil fra operativsystemet (ukjent)"),
    ],
)
def test_os_errors_in_norwegian(exc: OSError, text: str) -> None:
    assert reason(exc) == text or text in reason(exc)
    assert exc.strerror is None or exc.strerror not in cannot("lese", "/x", exc)
    assert cannot("lese", "/x/fil.json", exc).startswith("Kunne ikke lese /x/fil.json: ")


# -- JSON that is not usable: one line, never a traceback ------------------------------------

HOSTILE_JSON = {
    "dyp": b"[" * 200_000 + b"]" * 200_000,  # RecursionError in signing show/import before
    "nesten-dyp": b"[" * 900 + b"]" * 900,  # parses, but no file of ours nests like that
    "stort-tall": b'{"format": "x", "version": ' + b"9" * 5000 + b"}",
    "nan": b'{"format": "x", "version": NaN}',
    "ikke-utf8": b"\xff\xfe{}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
@pytest.mark.parametrize(
    "command", [("import",), ("signing", "show"), ("signing", "import")], ids="-".join
)
def test_unusable_json_is_one_line(
    student: Path, tmp_path: Path, name: str, command: tuple[str, ...]
) -> None:
    path = tmp_path / f"{name}.json"
    path.write_bytes(HOSTILE_JSON[name])
    code, _out, err = cli(student, *command, str(path))
    _one_norwegian_line(code, err)
    assert "RecursionError" not in err


def test_a_dossier_attachment_of_unusable_json_is_damaged() -> None:
    from miljologg.dossier.snapshot import SnapshotError
    from miljologg.dossier.snapshot_json import from_json
    from miljologg.dossier.verify_proof import StopError, read_json

    for data in HOSTILE_JSON.values():
        with pytest.raises(SnapshotError):
            from_json(data, {})
        with pytest.raises(StopError):
            read_json({"vedlegg.json": data}, "vedlegg.json", "x")


@pytest.mark.parametrize("count", ["99999999999", "100001", "-5", "0"])
def test_a_demo_of_endless_sessions_is_refused_before_any_file(tmp_path: Path, count: str) -> None:
    """Before: ``demo --sessions 99999999999`` wrote sessions until it was killed."""
    path = tmp_path / "demo.sqlite"
    code, _out, err = cli(path, "demo", "--sessions", count)
    _one_norwegian_line(code, err)
    assert "--sessions" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []
