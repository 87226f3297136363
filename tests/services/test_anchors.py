"""The audit chain says exactly what it proves (issue 12 §5).

The chain is unkeyed SHA-256 in a file the student controls: deleting the newest events with
their records passed ``audit verify``, and so did any edit with the hashes recomputed. The chain
check alone still passes them (that is what it can prove); the anchors — backups beside the
file, the chain head a supervisor's response signed, an export, a dossier — now name the events
the file no longer has.
"""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core import signing as crypto
from miljologg.core.audit_hash import GENESIS, event_hash
from miljologg.db.models import AuditEventRow, SessionRow
from miljologg.db.signing_models import SigningResponseRow
from miljologg.services.app import Services
from miljologg.services.audit import ENTITIES, content_hash
from tests.cli_helpers import cli
from tests.services.signing_helpers import PASS, add_session, kari_id, supervisor_file


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


def _determined(services: Services, edit: Callable[[OrmSession], None]) -> None:
    """A determined rewrite: ``edit`` the rows, then give every record's last event its new
    content hash and recompute the whole chain, as anyone who reads core/audit_hash.py can."""
    with services.db.session() as s, s.begin():
        edit(s)
        s.flush()
        events = list(s.execute(select(AuditEventRow).order_by(AuditEventRow.seq)).scalars())
        last = {(e.entity, e.entity_id): e for e in events}
        for (entity, entity_id), ev in last.items():
            row = s.get(ENTITIES[entity], entity_id) if entity in ENTITIES else None
            if row is not None:
                ev.content_hash = content_hash(row)
        prev = GENESIS
        for ev in events:
            ev.prev_hash = prev
            ev.hash = event_hash(
                prev, ev.at, ev.action, ev.entity, ev.entity_id, ev.content_hash, ev.detail
            )
            prev = ev.hash


def test_a_kept_response_edited_to_fit_a_rewritten_chain_is_named(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    """Before: ``audit verify`` read the chain head from each kept response without checking
    the supervisor's signature over it, so a rewrite that also moved the responses' heads to
    the new chain passed. The envelope is now checked, against the key pinned for that
    supervisor."""
    early = add_session(services, 5)
    a = add_session(services, 6)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari_id(services), [a])
    sup = supervisor_file(tmp_path)
    resp = tmp_path / "resp.json"
    resp.write_bytes(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    services.signing_files.import_response(resp)
    signed_head = json.loads(resp.read_text(encoding="utf-8"))["request"]["chain"]

    def shorten(s: OrmSession) -> None:
        row = s.get(SessionRow, early)
        assert row is not None
        row.minutes = 30  # an unsigned session, so no signature speaks for it

    _determined(services, shorten)
    assert services.status.verify_audit().ok  # the chain alone: whole
    assert not services.anchors.verify().ok  # the response still names the old chain

    def refit(s: OrmSession) -> None:
        # the kept response's head moved onto the rewritten chain (its envelope left as it was)
        kept = s.execute(select(SigningResponseRow)).scalar_one()
        rows = {e.seq: e.hash for e in s.execute(select(AuditEventRow)).scalars()}
        doc = json.loads(kept.document)
        doc["request"]["chain"] = {
            "first": rows[1],
            "seq": signed_head["seq"],
            "head": rows[signed_head["seq"]],
        }
        kept.document = json.dumps(doc, ensure_ascii=False, indent=2)

    _determined(services, refit)
    assert services.status.verify_audit().ok
    report = services.anchors.verify()
    assert not report.ok
    (problem,) = [p.message for p in report.problems]
    assert "Svaret fra Kari Nordmann" in problem and "endret etter at veilederen" in problem
    code, _out, err = cli("--data", str(data_file), "audit", "verify")
    assert code == 1 and "endret etter at veilederen" in err
    assert not services.signing.verify().ok
    # the supervisor's own copy still names the chain as it was: the rewrite shows there too
    code, _out, err = cli("--data", str(data_file), "audit", "verify", "--anchor", str(resp))
    assert code == 1 and "Svaret resp.json" in err


def test_openssl_agrees_the_supervisors_signature_covers_the_chain_head(
    services: Services, tmp_path: Path
) -> None:
    """The head a response names is inside what the supervisor signed: OpenSSL verifies the
    envelope over the response as written and refuses it once the head is changed."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    a = add_session(services, 5)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari_id(services), [a])
    sup = supervisor_file(tmp_path)
    doc = json.loads(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    sent = json.loads(req.read_text(encoding="utf-8"))["chain"]
    assert doc["request"]["chain"] == sent  # the head the student's request carried
    with services.db.session() as s:
        rows = s.execute(select(AuditEventRow.seq, AuditEventRow.hash)).all()
        hashes = {seq: digest for seq, digest in rows}
    assert (hashes[1], hashes[sent["seq"]]) == (sent["first"], sent["head"])
    (tmp_path / "key.pem").write_text(doc["supervisor"]["public_key_pem"])
    (tmp_path / "sig").write_bytes(base64.b64decode(doc["envelope_signature"]))

    def openssl_verifies(body: dict[str, object]) -> bool:
        (tmp_path / "body").write_bytes(crypto.canonical_json(body))
        return subprocess.run(
            ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(tmp_path / "key.pem"),
             "-rawin", "-in", str(tmp_path / "body"), "-sigfile", str(tmp_path / "sig")],
            capture_output=True, check=False,
        ).returncode == 0  # fmt: skip

    body = {k: v for k, v in doc.items() if k != "envelope_signature"}
    assert openssl_verifies(body)
    body["request"]["chain"]["head"] = "0" * 64
    assert not openssl_verifies(body)
