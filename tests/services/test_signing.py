"""Sign-off: in person and by file, locking and reopening, refusals that change nothing, verify."""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from miljologg.core import signing as crypto
from miljologg.core.model import Form, Role
from miljologg.db.database import open_database
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileInput
from miljologg.services.sessions import SessionInput
from tests.conftest import fixed_clock

PASS = "hemmelig passord"


def _add(services: Services, day: int, minutes: int = 60, who: str = "Kari Nordmann") -> str:
    sid = services.supervisors.find(who).id
    return services.sessions.add(
        SessionInput(dt.date(2025, 5, day), minutes, Form.INDIVIDUAL, sid, 1, f"Tema {day}")
    ).id


def _kari(services: Services) -> str:
    return services.supervisors.find("Kari Nordmann").id


def dump(path: Path) -> list[str]:
    """Everything stored in the file, to show that a refusal wrote nothing."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _sql(path: Path, statement: str, *params: object) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute(statement, params)
    con.close()


def supervisor_file(tmp_path: Path, name: str = "Kari Nordmann") -> Services:
    sup = Services(open_database(tmp_path / f"{name}.sqlite"), now=fixed_clock())
    sup.profile.save(ProfileInput(name=name, role=Role.SUPERVISOR))
    return sup


# -- in person -----------------------------------------------------------------------------


def test_in_person_round_trip_locks_and_verifies(services: Services) -> None:
    a, b = _add(services, 5), _add(services, 6)
    result = services.signing.sign_in_person([a, b], _kari(services), PASS, create_key=True)
    assert result.created_key and result.signed == (a, b)
    assert services.signing.in_person_key(_kari(services)).fingerprint == result.key.fingerprint
    offs = services.signing.sign_offs()
    assert offs[a].state == "signed" and offs[a].signer == "Kari Nordmann"
    assert offs[a].text.startswith("Signert 18.06.2025 av Kari Nordmann (personlig)")
    report = services.signing.verify()
    assert report.ok and report.signatures == 2 and report.audit.ok

    again = services.signing.sign_in_person([_add(services, 7)], _kari(services), PASS)
    assert not again.created_key and again.key == result.key


def test_a_signed_session_is_locked(services: Services) -> None:
    a = _add(services, 5)
    services.signing.sign_in_person([a], _kari(services), PASS, create_key=True)
    before = services.sessions.get(a)
    data = SessionInput(before.date, 30, before.form, before.supervisor_id, 1, before.topic)
    with pytest.raises(ValidationError, match="Møtet er signert. Velg «Gjenåpne»") as caught:
        services.sessions.update(a, data)
    assert caught.value.field == "session"
    with pytest.raises(ValidationError, match="Gjenåpne"):
        services.sessions.delete(a)
    assert services.sessions.get(a) == before
    with pytest.raises(ValidationError, match="allerede signert"):
        services.signing.sign_in_person([a], _kari(services), PASS)


def test_in_person_refusals_change_nothing(services: Services, data_file: Path) -> None:
    a = _add(services, 5)
    per = _add(services, 6, who="Per Lund")
    before = dump(data_file)
    with pytest.raises(ValidationError, match="ingen nøkkel på denne datamaskinen"):
        services.signing.sign_in_person([a], _kari(services), PASS)
    with pytest.raises(ValidationError, match="minst 8 tegn"):
        services.signing.sign_in_person([a], _kari(services), "kort", create_key=True)
    with pytest.raises(ValidationError, match="ikke ført med Kari Nordmann"):
        services.signing.sign_in_person([a, per], _kari(services), PASS, create_key=True)
    assert dump(data_file) == before

    services.signing.sign_in_person([_add(services, 7)], _kari(services), PASS, create_key=True)
    before = dump(data_file)
    with pytest.raises(ValidationError, match="Feil passordfrase") as caught:
        services.signing.sign_in_person([a], _kari(services), "feil passordfrase")
    assert caught.value.field == "passphrase"
    assert dump(data_file) == before


def test_reopen_voids_keeps_and_unlocks(services: Services) -> None:
    a = _add(services, 5)
    services.signing.sign_in_person([a], _kari(services), PASS, create_key=True)
    with pytest.raises(ValidationError, match="hvorfor"):
        services.signing.reopen(a, "  ")
    services.signing.reopen(a, "Feil varighet")
    off = services.signing.sign_offs()[a]
    assert off.state == "void" and "endret etter signering" in off.text
    assert "Feil varighet" in off.text
    s = services.sessions.get(a)
    services.sessions.update(a, SessionInput(s.date, 45, s.form, s.supervisor_id, 1, s.topic))
    assert services.signing.verify().ok  # a void signature is history, not a claim

    services.signing.sign_in_person([a], _kari(services), PASS)
    assert services.signing.sign_offs()[a].state == "signed"
    records = json.loads(services.signing.signed_records_json())
    assert [r["void_at"] is None for r in records["signatures"]] == [False, True]

    with services.db.session() as orm:
        from sqlalchemy import select

        from miljologg.db.models import AuditEventRow

        actions = [e.action for e in orm.execute(select(AuditEventRow)).scalars()]
    assert {"pin", "sign", "void", "reopen"} <= set(actions)
    with pytest.raises(ValidationError, match="ikke signert"):
        services.signing.reopen(_add(services, 8), "Grunn")


def test_deleting_a_reopened_session_keeps_its_void_signature(services: Services) -> None:
    a = _add(services, 5)
    services.signing.sign_in_person([a], _kari(services), PASS, create_key=True)
    services.signing.reopen(a, "Ført to ganger")
    services.sessions.delete(a)
    records = json.loads(services.signing.signed_records_json())
    assert records["signatures"][0]["session_id"] is None
    assert services.signing.verify().ok


def test_update_behind_the_apps_back_is_caught(services: Services, data_file: Path) -> None:
    a = _add(services, 5, minutes=60)
    services.signing.sign_in_person([a], _kari(services), PASS, create_key=True)
    _sql(data_file, "UPDATE session SET minutes = 120 WHERE id = ?", a)
    report = services.signing.verify()
    assert not report.ok
    assert any(
        "05.05.2025" in p and "endret etter signering (minutter)" in p for p in report.problems
    )
    assert any("endret utenom programmet" in p for p in report.problems)


def test_forged_signature_row_is_caught(services: Services, data_file: Path) -> None:
    a = _add(services, 5)
    services.signing.sign_in_person([a], _kari(services), PASS, create_key=True)
    bogus = base64.b64encode(bytes(64)).decode()
    _sql(data_file, "UPDATE signature SET signature = ?", bogus)
    problems = services.signing.verify().problems
    assert any("er ugyldig" in p for p in problems)
    assert any("Signaturen" in p and "endret utenom" in p for p in problems)


def test_unsigned_overdue_per_supervisor(services: Services) -> None:
    old = _add(services, 5)
    _add(services, 6, who="Per Lund")
    signed = _add(services, 7)
    services.signing.sign_in_person([signed], _kari(services), PASS, create_key=True)
    recent = services.sessions.add(
        SessionInput(dt.date(2025, 6, 10), 60, Form.INDIVIDUAL, _kari(services), 1, "Ny")
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


# -- by file ------------------------------------------------------------------------------


@pytest.fixture
def exchange(services: Services, tmp_path: Path) -> Callable[..., tuple[Path, Path]]:
    """Request for Kari's sessions → signed in Kari's file → response path."""
    sup = supervisor_file(tmp_path)

    def run(session_ids: list[str], rejections: dict[str, str] | None = None) -> tuple[Path, Path]:
        req = tmp_path / f"req-{len(list(tmp_path.glob('req-*')))}.json"
        services.signing.write_request(req, _kari(services), session_ids)
        created = sup.signing.own_key() is None
        resp_bytes = sup.signing.sign_request(
            req.read_bytes(), PASS, rejections, create_key=created
        )
        resp = req.with_name(req.name.replace("req", "resp"))
        resp.write_bytes(resp_bytes)
        return req, resp

    run.supervisor = sup  # type: ignore[attr-defined]
    return run


def test_file_round_trip_signs_rejects_pins_and_records(
    services: Services, exchange: Callable[..., tuple[Path, Path]]
) -> None:
    a, b = _add(services, 5), _add(services, 6)
    req, resp = exchange([a, b], {b[:8]: "Var ikke til stede"})
    request = json.loads(req.read_text())
    assert [i["session_id"] for i in request["items"]] == [a, b]
    assert services.signing.sign_offs()[a].state == "requested"

    result = services.signing.import_response(resp)
    assert result.signed == (a,) and result.rejected == {b: "Var ikke til stede"}
    assert result.pinned_now
    sup = exchange.supervisor  # type: ignore[attr-defined]
    assert result.key.fingerprint == sup.signing.own_key().fingerprint
    assert services.signing.file_key(_kari(services)).fingerprint == result.key.fingerprint
    offs = services.signing.sign_offs()
    assert offs[a].state == "signed" and offs[a].method == "file"
    assert offs[b].state == "rejected" and "Var ikke til stede" in offs[b].text
    assert services.signing.verify().ok
    assert sup.signing.verify().ok

    with sup.db.session() as orm:
        from sqlalchemy import select

        from miljologg.db.models import SupervisionGivenRow

        given = {
            r.session_id: r.decision for r in orm.execute(select(SupervisionGivenRow)).scalars()
        }
    assert given == {a: "signed", b: "rejected"}
    records = sup.signing.supervision_given()
    assert [(g.student, g.date, g.decision) for g in records] == [
        ("Test Student", dt.date(2025, 5, 6), "rejected"),
        ("Test Student", dt.date(2025, 5, 5), "signed"),
    ]
    assert records[0].comment == "Var ikke til stede" and records[1].minutes == 60

    # A third party checks the response with the file alone.
    doc = json.loads(resp.read_text())
    item = doc["items"][0]
    assert crypto.verify(
        doc["supervisor"]["public_key_pem"],
        base64.b64decode(item["payload"]),
        base64.b64decode(item["signature"]),
    )


def _refused(services: Services, data_file: Path, path: Path, match: str) -> None:
    before = dump(data_file)
    with pytest.raises(ValidationError, match=match) as caught:
        services.signing.import_response(path)
    assert caught.value.message.endswith("Ingenting er importert.")
    assert dump(data_file) == before


def test_tampered_truncated_and_malformed_responses_are_refused(
    services: Services,
    data_file: Path,
    exchange: Callable[..., tuple[Path, Path]],
    tmp_path: Path,
) -> None:
    a = _add(services, 5)
    req, resp = exchange([a])
    doc = json.loads(resp.read_text())

    tampered = json.loads(resp.read_text())
    payload = base64.b64decode(tampered["items"][0]["payload"]).replace(
        b"minutes=60", b"minutes=90"
    )
    tampered["items"][0]["payload"] = base64.b64encode(payload).decode()
    bad = tmp_path / "tampered.json"
    bad.write_text(json.dumps(tampered))
    _refused(services, data_file, bad, "endret etter at veilederen signerte")

    comment = json.loads(resp.read_text())
    comment["items"][0]["comment"] = "lagt til"
    bad.write_text(json.dumps(comment))
    _refused(services, data_file, bad, "endret etter at veilederen signerte")

    data = resp.read_bytes()
    bad.write_bytes(data[: len(data) // 2])
    _refused(services, data_file, bad, "kan ikke leses: den er skadet, avkortet")
    bad.write_bytes(b"\x00\xff" * 20)
    _refused(services, data_file, bad, "kan ikke leses")
    missing = dict(doc)
    del missing["items"]
    bad.write_text(json.dumps(missing))
    _refused(services, data_file, bad, "endret etter at veilederen signerte")
    del missing["supervisor"]
    bad.write_text(json.dumps(missing))
    _refused(services, data_file, bad, "feltet «supervisor» mangler")
    broken_b64 = json.loads(resp.read_text())
    broken_b64["envelope_signature"] = "ikke base64!"
    bad.write_text(json.dumps(broken_b64))
    _refused(services, data_file, bad, "ikke gyldig base64")
    _refused(services, data_file, req, "forespørsel, ikke et svar")
    bad.write_text(json.dumps([1, 2]))
    _refused(services, data_file, bad, "ikke et signert svar")

    # After all that, the genuine response still imports.
    assert services.signing.import_response(resp).signed == (a,)


def test_replayed_response_is_refused(
    services: Services, data_file: Path, exchange: Callable[..., tuple[Path, Path]]
) -> None:
    a = _add(services, 5)
    _req, resp = exchange([a])
    services.signing.import_response(resp)
    services.signing.reopen(a, "Feil tema")
    _refused(services, data_file, resp, "allerede importert")


def test_response_from_another_key_is_refused(
    services: Services,
    data_file: Path,
    exchange: Callable[..., tuple[Path, Path]],
    tmp_path: Path,
) -> None:
    a, b = _add(services, 5), _add(services, 6)
    _req, resp = exchange([a])
    services.signing.import_response(resp)
    pinned = services.signing.file_key(_kari(services))

    impostor = Services(open_database(tmp_path / "impostor.sqlite"), now=fixed_clock())
    impostor.profile.save(ProfileInput(name="Kari Nordmann", role=Role.SUPERVISOR))
    req2 = tmp_path / "req-b.json"
    services.signing.write_request(req2, _kari(services), [b])
    forged = tmp_path / "forged.json"
    forged.write_bytes(impostor.signing.sign_request(req2.read_bytes(), PASS, create_key=True))
    _refused(services, data_file, forged, "annen nøkkel")
    assert services.signing.file_key(_kari(services)) == pinned


def test_response_for_another_student_is_refused(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    other = Services(open_database(tmp_path / "annen.sqlite"), now=fixed_clock())
    other.profile.save(ProfileInput(name="Annen Student", programme_id="rbup-kmaa-2024"))
    from miljologg.services.supervisors import SupervisorInput

    kari = other.supervisors.add(SupervisorInput("Kari Nordmann"))
    sid = other.sessions.add(
        SessionInput(dt.date(2025, 5, 5), 60, Form.INDIVIDUAL, kari.id, 1, "Tema")
    ).id
    req = tmp_path / "other-req.json"
    other.signing.write_request(req, kari.id, [sid])
    sup = supervisor_file(tmp_path)
    resp = tmp_path / "other-resp.json"
    resp.write_bytes(sup.signing.sign_request(req.read_bytes(), PASS, create_key=True))
    _refused(services, data_file, resp, "annen student \\(Annen Student\\)")


def test_session_changed_since_the_request_is_refused(
    services: Services, data_file: Path, exchange: Callable[..., tuple[Path, Path]]
) -> None:
    a = _add(services, 5)
    _req, resp = exchange([a])
    s = services.sessions.get(a)
    services.sessions.update(a, SessionInput(s.date, 75, s.form, s.supervisor_id, 1, s.topic))
    _refused(services, data_file, resp, "endret etter at forespørselen ble laget \\(minutter\\)")


def test_supervisor_side_refusals(
    services: Services, tmp_path: Path, exchange: Callable[..., tuple[Path, Path]]
) -> None:
    a = _add(services, 5)
    req, _resp = exchange([a])
    sup = exchange.supervisor  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="Feil passordfrase"):
        sup.signing.sign_request(req.read_bytes(), "feil passord")
    with pytest.raises(ValidationError, match="kommentar"):
        sup.signing.sign_request(req.read_bytes(), PASS, {a: ""})
    with pytest.raises(ValidationError, match="entydig"):
        sup.signing.sign_request(req.read_bytes(), PASS, {"zzz": "Nei"})
    with pytest.raises(ValidationError, match="veilederens egen datafil"):
        services.signing.sign_request(req.read_bytes(), PASS)
    with pytest.raises(ValidationError, match="Ingen usignerte møter"):
        services.signing.write_request(
            tmp_path / "x.json", services.supervisors.find("Per Lund").id
        )


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
    a = _add(services, 5)
    services.signing.sign_in_person([a], _kari(services), PASS, create_key=True)
    services.signing.reopen(a, "Feil dato")
    services.sessions.delete(a)  # no sessions left, but a signature and a pinned key remain
    with pytest.raises(ValidationError, match="signaturer") as info:
        services.supervisors.delete(_kari(services))
    assert info.value.field == "supervisor"
    assert services.signing.verify().ok
