"""Sign-off in person: locking and reopening, refusals that change nothing, verify.

Signing by file is tested in test_signing_files.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest

from miljologg.core import signing as crypto
from miljologg.core.model import Form
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput
from tests.cli_helpers import dump
from tests.services.signing_helpers import PASS, add_session, kari_id, run_sql

# -- in person -----------------------------------------------------------------------------


def test_in_person_round_trip_locks_and_verifies(services: Services) -> None:
    a, b = add_session(services, 5), add_session(services, 6)
    result = services.signing.sign_in_person([a, b], kari_id(services), PASS, create_key=True)
    assert result.created_key and result.signed == (a, b)
    assert services.signing.in_person_key(kari_id(services)).fingerprint == result.key.fingerprint
    offs = services.signing.sign_offs()
    assert offs[a].state == "signed" and offs[a].signer == "Kari Nordmann"
    assert offs[a].text.startswith("Signert 18.06.2025 av Kari Nordmann (personlig)")
    report = services.signing.verify()
    assert report.ok and report.signatures == 2 and report.audit.ok

    again = services.signing.sign_in_person([add_session(services, 7)], kari_id(services), PASS)
    assert not again.created_key and again.key == result.key


def test_a_signed_session_is_locked(services: Services) -> None:
    a = add_session(services, 5)
    services.signing.sign_in_person([a], kari_id(services), PASS, create_key=True)
    before = services.sessions.get(a)
    data = SessionInput(before.date, 30, before.form, before.supervisor_id, 1, before.topic)
    with pytest.raises(ValidationError, match="Møtet er signert. Velg «Gjenåpne»") as caught:
        services.sessions.update(a, data)
    assert caught.value.field == "session"
    with pytest.raises(ValidationError, match="Gjenåpne"):
        services.sessions.delete(a)
    assert services.sessions.get(a) == before
    with pytest.raises(ValidationError, match="allerede signert"):
        services.signing.sign_in_person([a], kari_id(services), PASS)


def test_in_person_refusals_change_nothing(services: Services, data_file: Path) -> None:
    a = add_session(services, 5)
    per = add_session(services, 6, who="Per Lund")
    before = dump(data_file)
    with pytest.raises(ValidationError, match="ingen nøkkel på denne datamaskinen"):
        services.signing.sign_in_person([a], kari_id(services), PASS)
    with pytest.raises(ValidationError, match="minst 8 tegn"):
        services.signing.sign_in_person([a], kari_id(services), "kort", create_key=True)
    with pytest.raises(ValidationError, match="ikke ført med Kari Nordmann"):
        services.signing.sign_in_person([a, per], kari_id(services), PASS, create_key=True)
    assert dump(data_file) == before

    new = add_session(services, 7)
    services.signing.sign_in_person([new], kari_id(services), PASS, create_key=True)
    before = dump(data_file)
    with pytest.raises(ValidationError, match="Feil passordfrase") as caught:
        services.signing.sign_in_person([a], kari_id(services), "feil passordfrase")
    assert caught.value.field == "passphrase"
    assert dump(data_file) == before


def test_reopen_voids_keeps_and_unlocks(services: Services) -> None:
    a = add_session(services, 5)
    services.signing.sign_in_person([a], kari_id(services), PASS, create_key=True)
    with pytest.raises(ValidationError, match="hvorfor"):
        services.signing.reopen(a, "  ")
    services.signing.reopen(a, "Feil varighet")
    off = services.signing.sign_offs()[a]
    assert off.state == "void" and "endret etter signering" in off.text
    assert "Feil varighet" in off.text
    s = services.sessions.get(a)
    services.sessions.update(a, SessionInput(s.date, 45, s.form, s.supervisor_id, 1, s.topic))
    assert services.signing.verify().ok  # a void signature is history, not a claim

    services.signing.sign_in_person([a], kari_id(services), PASS)
    assert services.signing.sign_offs()[a].state == "signed"
    records = json.loads(services.signing.signed_records_json())
    assert [r["void_at"] is None for r in records["signatures"]] == [False, True]

    with services.db.session() as orm:
        from sqlalchemy import select

        from miljologg.db.models import AuditEventRow

        actions = [e.action for e in orm.execute(select(AuditEventRow)).scalars()]
    assert {"pin", "sign", "void", "reopen"} <= set(actions)
    with pytest.raises(ValidationError, match="ikke signert"):
        services.signing.reopen(add_session(services, 8), "Grunn")


def test_deleting_a_reopened_session_keeps_its_void_signature(services: Services) -> None:
    a = add_session(services, 5)
    services.signing.sign_in_person([a], kari_id(services), PASS, create_key=True)
    services.signing.reopen(a, "Ført to ganger")
    services.sessions.delete(a)
    records = json.loads(services.signing.signed_records_json())
    assert records["signatures"][0]["session_id"] is None
    assert services.signing.verify().ok


def test_update_behind_the_apps_back_is_caught(services: Services, data_file: Path) -> None:
    a = add_session(services, 5, minutes=60)
    services.signing.sign_in_person([a], kari_id(services), PASS, create_key=True)
    run_sql(data_file, "UPDATE session SET minutes = 120 WHERE id = ?", a)
    report = services.signing.verify()
    assert not report.ok
    assert any(
        "05.05.2025" in p and "endret etter signering (minutter)" in p for p in report.problems
    )
    assert any("endret utenom programmet" in p for p in report.problems)


def test_forged_signature_row_is_caught(services: Services, data_file: Path) -> None:
    a = add_session(services, 5)
    services.signing.sign_in_person([a], kari_id(services), PASS, create_key=True)
    bogus = base64.b64encode(bytes(64)).decode()
    run_sql(data_file, "UPDATE signature SET signature = ?", bogus)
    problems = services.signing.verify().problems
    assert any("er ugyldig" in p for p in problems)
    assert any("Signaturen" in p and "endret utenom" in p for p in problems)


def test_unsigned_overdue_per_supervisor(services: Services) -> None:
    old = add_session(services, 5)
    add_session(services, 6, who="Per Lund")
    signed = add_session(services, 7)
    services.signing.sign_in_person([signed], kari_id(services), PASS, create_key=True)
    recent = services.sessions.add(
        SessionInput(dt.date(2025, 6, 10), 60, Form.INDIVIDUAL, kari_id(services), 1, "Ny")
    ).id
    overdue = services.signing.unsigned_overdue()
    assert [(o.supervisor, [s.id for s in o.sessions]) for o in overdue][0] == (
        "Kari Nordmann",
        [old],
    )
    assert [o.supervisor for o in overdue] == ["Kari Nordmann", "Per Lund"]
    assert recent not in {s.id for o in overdue for s in o.sessions}
    # the same answer from the log the caller already has
    assert services.signing.unsigned_overdue(sessions=services.status.log().sessions) == overdue


def test_the_0002_fixture_signature_verifies() -> None:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "make_fixtures.py"
    spec = importlib.util.spec_from_file_location("make_fixtures", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = crypto.b64decode(module.PAYLOAD_B64)
    assert crypto.parse_payload(data).minutes == 90
    assert crypto.verify(module.KEY_PEM, data, crypto.b64decode(module.SIGNATURE_B64))
    assert crypto.fingerprint(module.KEY_PEM) == module.KEY_FINGERPRINT


def test_supervisor_with_signatures_cannot_be_deleted(services: Services) -> None:
    a = add_session(services, 5)
    services.signing.sign_in_person([a], kari_id(services), PASS, create_key=True)
    services.signing.reopen(a, "Feil dato")
    services.sessions.delete(a)  # no sessions left, but a signature and a pinned key remain
    with pytest.raises(ValidationError, match="signaturer") as info:
        services.supervisors.delete(kari_id(services))
    assert info.value.field == "supervisor"
    assert services.signing.verify().ok
