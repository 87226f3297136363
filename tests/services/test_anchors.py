"""The audit chain says exactly what it proves (issue 12 §5).

The chain is unkeyed SHA-256 in a file the student controls: deleting the newest events with
their records passed ``audit verify``, and so did any edit with the hashes recomputed. The chain
check alone still passes them (that is what it can prove); the anchors — backups beside the
file, the chain head a supervisor's response signed, an export, a dossier — now name the events
the file no longer has.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from sqlalchemy import select

from miljologg.cli import run
from miljologg.core.audit_hash import event_hash
from miljologg.db.models import AuditEventRow, SessionRow
from miljologg.services.app import Services
from miljologg.services.audit import content_hash
from tests.services.signing_helpers import PASS, add_session, kari_id, supervisor_file


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _delete_newest(path: Path, session_id: str) -> None:
    """What a naive hand edit does: drop a session and every event after it was written."""
    con = sqlite3.connect(path)
    with con:
        (first,) = con.execute(
            "SELECT min(seq) FROM audit_event WHERE entity_id = ?", (session_id,)
        ).fetchone()
        con.execute("DELETE FROM audit_event WHERE seq >= ?", (first,))
        con.execute("DELETE FROM session WHERE id = ?", (session_id,))
    con.close()


def _rewrite(services: Services, session_id: str, minutes: int) -> None:
    """What a determined edit does: change the session and recompute every hash after it."""
    with services.db.session() as s, s.begin():
        row = s.get(SessionRow, session_id)
        assert row is not None
        row.minutes = minutes
        s.flush()
        events = list(s.execute(select(AuditEventRow).order_by(AuditEventRow.seq)).scalars())
        last = max(e.seq for e in events if e.entity_id == session_id)
        prev = None
        for ev in events:
            if ev.seq == last:
                ev.content_hash = content_hash(row)
            if ev.seq >= last:
                ev.prev_hash = prev if prev is not None else ev.prev_hash
                ev.hash = event_hash(
                    ev.prev_hash, ev.at, ev.action, ev.entity, ev.entity_id,
                    ev.content_hash, ev.detail,
                )  # fmt: skip
            prev = ev.hash


def test_deleting_the_newest_events_passes_the_chain_but_not_a_backup(
    services: Services, data_file: Path
) -> None:
    add_session(services, 5)
    later = add_session(services, 6)
    backup = services.backups.create("manual")
    _delete_newest(data_file, later)
    assert services.status.verify_audit().ok  # the chain alone cannot see it: it is a prefix
    report = services.anchors.verify()
    assert not report.ok and report.anchors["backups"] == 1
    (problem,) = report.problems
    assert backup.path.name in problem.message and "ikke har lenger" in problem.message
    code, _out, err = cli("--data", str(data_file), "audit", "verify")
    assert code == 1 and "Sikkerhetskopien" in err
    assert not services.signing.verify().ok  # `verify` reports the anchors too


def test_an_edit_with_hashes_recomputed_is_named_by_the_response_the_supervisor_signed(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    a = add_session(services, 5)
    add_session(services, 6)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari_id(services), [a])
    sup = supervisor_file(tmp_path)
    resp = tmp_path / "resp.json"
    resp.write_bytes(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    services.signing_files.import_response(resp)
    assert services.anchors.verify().ok
    target = next(x.id for x in services.sessions.list() if x.id != a)
    _rewrite(services, target, 240)

    assert services.status.verify_audit().ok  # recomputed: the chain itself is whole again
    report = services.anchors.verify()
    assert not report.ok
    messages = " ".join(p.message for p in report.problems)
    assert "Svaret fra Kari Nordmann" in messages and "annen utgave" in messages
    # the response file the supervisor keeps is an anchor too
    code, _out, err = cli("--data", str(data_file), "audit", "verify", "--anchor", str(resp))
    assert code == 1 and "Svaret resp.json" in err


def test_a_restore_is_not_a_rewrite(services: Services) -> None:
    add_session(services, 5)
    backup = services.backups.create("manual")
    add_session(services, 6)
    add_session(services, 7)
    services.backups.restore(backup.id)
    services.ctx.invalidate()
    report = services.anchors.verify()
    assert report.ok, [p.message for p in report.problems]
    assert report.anchors["backups"] == 2  # the one restored and the pre-restore copy


def test_an_export_and_a_dossier_anchor_the_chain(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    from miljologg.dossier import build_dossier

    add_session(services, 5)
    later = add_session(services, 6)
    export = tmp_path / "eksport.json"
    services.transfer.export_json(export)
    dossier = build_dossier(services, tmp_path / "dok.pdf").path
    extra = [export, dossier]
    assert services.anchors.verify(extra).ok
    _delete_newest(data_file, later)
    code, out, err = cli(
        "--data", str(data_file), "audit", "verify", "--anchor", str(export), "--anchor",
        str(dossier),
    )  # fmt: skip
    assert code == 1 and out == ""
    assert "Eksporten eksport.json har sett revisjonsloggen" in err
    assert "Dokumentasjonen dok.pdf har sett revisjonsloggen" in err


def test_a_moved_log_keeps_its_anchors_from_before_the_move(
    services: Services, tmp_path: Path
) -> None:
    a = add_session(services, 5)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari_id(services), [a])
    sup = supervisor_file(tmp_path)
    resp = tmp_path / "resp.json"
    resp.write_bytes(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    services.signing_files.import_response(resp)
    export = tmp_path / "eksport.json"
    services.transfer.export_json(export)
    moved = tmp_path / "ny" / "logg.sqlite"
    moved.parent.mkdir()
    assert cli("--data", str(moved), "import", str(export))[0] == 0
    code, out, err = cli("--data", str(moved), "audit", "verify")
    assert code == 0, err
    assert "1 signert svar" in out
