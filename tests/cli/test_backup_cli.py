"""``backup create|list|restore`` from the command line: the same backups the app makes, also
for a damaged file, never under an open window."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

from miljologg.cli import run
from miljologg.core.model import Form
from miljologg.db.lock import acquire_writer_lock
from miljologg.services.app import Services
from miljologg.services.backups import BackupService
from miljologg.services.sessions import SessionInput


def _add_session(services: Services, day: int = 2) -> str:
    sup = services.supervisors.find("Kari Nordmann")
    return services.sessions.add(
        SessionInput(dt.date(2025, 6, day), 60, Form.INDIVIDUAL, sup.id)
    ).id


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _cli_base(data_file: Path) -> Callable[..., tuple[int, str, str]]:
    return lambda *args: _cli("--data", str(data_file), *args)


def test_cli_backup_create_list_restore(services: Services, data_file: Path) -> None:
    kept = _add_session(services)
    cli = _cli_base(data_file)
    code, out, err = cli("backup", "create")
    assert code == 0, err
    backup_id = BackupService(data_file).list()[0].id
    assert backup_id in out
    _add_session(services, 3)
    code, out, _ = cli("backup", "list")
    assert code == 0 and backup_id in out and "manuell" in out
    code, _, err = cli("backup", "restore", backup_id)  # no --yes and no terminal
    assert code == 2 and "--yes" in err
    assert len(services.sessions.list()) == 2
    code, out, err = cli("backup", "restore", backup_id, "--yes")
    assert code == 0, err
    assert "Gjenopprettet" in out
    assert [s.id for s in services.sessions.list()] == [kept]
    code, _, err = cli("backup", "restore", "finnes-ikke", "--yes")
    assert code == 2 and "Fant ingen sikkerhetskopi" in err


def test_cli_writes_refused_while_a_window_holds_the_file(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    cli = _cli_base(data_file)
    assert cli("backup", "create")[0] == 0
    backup_id = BackupService(data_file).list()[0].id
    export = tmp_path / "e.json"
    services.transfer.export_json(export)
    with acquire_writer_lock(data_file):
        for args in (("backup", "create"), ("backup", "restore", backup_id, "--yes")):
            code, _, err = cli(*args)
            assert code == 2 and "allerede åpen" in err
        code, _, err = cli("import", str(export))
        assert code == 2 and "allerede åpen" in err
        assert cli("backup", "list")[0] == 0  # reading is fine
    assert len(BackupService(data_file).list()) == 1


def test_cli_restore_recovers_a_damaged_file(services: Services, data_file: Path) -> None:
    kept = _add_session(services)
    cli = _cli_base(data_file)
    assert cli("backup", "create")[0] == 0
    services.db.close()
    data_file.write_bytes(b"\x00" * 5000)
    backup_id = BackupService(data_file).list()[0].id
    code, out, err = cli("backup", "restore", backup_id, "--yes")
    assert code == 0, err
    assert "lagt til side" in out
    code, out, _ = cli("session", "list", "--json")
    assert code == 0 and kept in out


def test_cli_backup_list_json(services: Services, data_file: Path) -> None:
    cli = _cli_base(data_file)
    code, out, err = cli("backup", "list", "--json")
    assert (code, json.loads(out)) == (0, []), err
    assert cli("backup", "create")[0] == 0
    _add_session(services)
    assert cli("backup", "create")[0] == 0
    code, out, err = cli("backup", "list", "--json")
    assert code == 0, err
    listed = json.loads(out)
    known = BackupService(data_file).list()
    assert [b["id"] for b in listed] == [b.id for b in known] and len(listed) == 2
    for entry, info in zip(listed, known, strict=True):
        assert set(entry) == {"id", "path", "created_at", "reason", "size"}
        assert entry["reason"] == "manual" and entry["path"] == str(info.path)
        assert entry["size"] == Path(entry["path"]).stat().st_size > 0
        assert dt.datetime.fromisoformat(entry["created_at"]) == info.created_at
    newest, oldest = (dt.datetime.fromisoformat(b["created_at"]) for b in listed)
    assert newest >= oldest  # newest first
