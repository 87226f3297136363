"""Sign-off by file: request, signed response, import; every refusal changes nothing."""

from __future__ import annotations

import base64
import datetime as dt
import json
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
from tests.cli_helpers import dump
from tests.conftest import fixed_clock
from tests.services.signing_helpers import PASS, add_session, kari_id, supervisor_file

# -- by file ------------------------------------------------------------------------------


@pytest.fixture
def exchange(services: Services, tmp_path: Path) -> Callable[..., tuple[Path, Path]]:
    """Request for Kari's sessions → signed in Kari's file → response path."""
    sup = supervisor_file(tmp_path)

    def run(session_ids: list[str], rejections: dict[str, str] | None = None) -> tuple[Path, Path]:
        req = tmp_path / f"req-{len(list(tmp_path.glob('req-*')))}.json"
        services.signing_files.write_request(req, kari_id(services), session_ids)
        created = sup.signing.own_key() is None
        resp_bytes = sup.signing_files.sign_request(
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
    a, b = add_session(services, 5), add_session(services, 6)
    req, resp = exchange([a, b], {b[:8]: "Var ikke til stede"})
    request = json.loads(req.read_text())
    assert [i["session_id"] for i in request["items"]] == [a, b]
    assert services.signing.sign_offs()[a].state == "requested"

    result = services.signing_files.import_response(resp)
    assert result.signed == (a,) and result.rejected == {b: "Var ikke til stede"}
    assert result.pinned_now
    sup = exchange.supervisor  # type: ignore[attr-defined]
    assert result.key.fingerprint == sup.signing.own_key().fingerprint
    assert services.signing.file_key(kari_id(services)).fingerprint == result.key.fingerprint
    offs = services.signing.sign_offs()
    assert offs[a].state == "signed" and offs[a].method == "file"
    assert offs[b].state == "rejected" and "Var ikke til stede" in offs[b].text
    assert services.signing.verify().ok
    assert sup.signing.verify().ok

    with sup.db.session() as orm:
        from sqlalchemy import select

        from miljologg.db.signing_models import SupervisionGivenRow

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
        services.signing_files.import_response(path)
    assert caught.value.message.endswith("Ingenting er importert.")
    assert dump(data_file) == before


def test_tampered_truncated_and_malformed_responses_are_refused(
    services: Services,
    data_file: Path,
    exchange: Callable[..., tuple[Path, Path]],
    tmp_path: Path,
) -> None:
    a = add_session(services, 5)
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
    assert services.signing_files.import_response(resp).signed == (a,)


def test_replayed_response_is_refused(
    services: Services, data_file: Path, exchange: Callable[..., tuple[Path, Path]]
) -> None:
    a = add_session(services, 5)
    _req, resp = exchange([a])
    services.signing_files.import_response(resp)
    services.signing.reopen(a, "Feil tema")
    _refused(services, data_file, resp, "allerede importert")


def test_response_from_another_key_is_refused(
    services: Services,
    data_file: Path,
    exchange: Callable[..., tuple[Path, Path]],
    tmp_path: Path,
) -> None:
    a, b = add_session(services, 5), add_session(services, 6)
    _req, resp = exchange([a])
    services.signing_files.import_response(resp)
    pinned = services.signing.file_key(kari_id(services))

    impostor = Services(open_database(tmp_path / "impostor.sqlite"), now=fixed_clock())
    impostor.profile.save(ProfileInput(name="Kari Nordmann", role=Role.SUPERVISOR))
    req2 = tmp_path / "req-b.json"
    services.signing_files.write_request(req2, kari_id(services), [b])
    forged = tmp_path / "forged.json"
    forged_bytes = impostor.signing_files.sign_request(req2.read_bytes(), PASS, create_key=True)
    forged.write_bytes(forged_bytes)
    _refused(services, data_file, forged, "annen nøkkel")
    assert services.signing.file_key(kari_id(services)) == pinned


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
    other.signing_files.write_request(req, kari.id, [sid])
    sup = supervisor_file(tmp_path)
    resp = tmp_path / "other-resp.json"
    resp.write_bytes(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    _refused(services, data_file, resp, "annen student \\(Annen Student\\)")


def test_session_changed_since_the_request_is_refused(
    services: Services, data_file: Path, exchange: Callable[..., tuple[Path, Path]]
) -> None:
    a = add_session(services, 5)
    _req, resp = exchange([a])
    s = services.sessions.get(a)
    services.sessions.update(a, SessionInput(s.date, 75, s.form, s.supervisor_id, 1, s.topic))
    _refused(services, data_file, resp, "endret etter at forespørselen ble laget \\(minutter\\)")


def test_supervisor_side_refusals(
    services: Services, tmp_path: Path, exchange: Callable[..., tuple[Path, Path]]
) -> None:
    a = add_session(services, 5)
    req, _resp = exchange([a])
    sup = exchange.supervisor  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="Feil passordfrase"):
        sup.signing_files.sign_request(req.read_bytes(), "feil passord")
    with pytest.raises(ValidationError, match="kommentar"):
        sup.signing_files.sign_request(req.read_bytes(), PASS, {a: ""})
    with pytest.raises(ValidationError, match="entydig"):
        sup.signing_files.sign_request(req.read_bytes(), PASS, {"zzz": "Nei"})
    with pytest.raises(ValidationError, match="veilederens egen datafil"):
        services.signing_files.sign_request(req.read_bytes(), PASS)
    with pytest.raises(ValidationError, match="Ingen usignerte møter"):
        services.signing_files.write_request(
            tmp_path / "x.json", services.supervisors.find("Per Lund").id
        )
