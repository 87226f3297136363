"""The right signer (issue 12 §2).

Before: a request addressed to Ola Hansen, signed in Eva Lie's file, was imported as Ola's and
pinned Eva's key; and a first response by file with a fresh key from a supervisor who had
already signed in person was accepted and pinned. Now both are refused, naming both sides, and
nothing is written; a new key is taken in only by an explicit, audited re-pin after the student
compared fingerprints, and the old key keeps its signatures valid.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from miljologg.core import key_envelope
from miljologg.core import signing as crypto
from miljologg.core.model import Approval
from miljologg.db.models import AuditEventRow
from miljologg.db.signing_models import RetiredKeyRow, SigningResponseRow
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.signing_format import read_request, response_bytes
from miljologg.services.signing_import import KeyMismatchError
from miljologg.services.supervisors import SupervisorInput
from tests.cli_helpers import dump
from tests.conftest import TODAY
from tests.services.signing_helpers import PASS, add_session, kari_id, supervisor_file


def _ola(services: Services) -> str:
    return services.supervisors.add(
        SupervisorInput("Ola Hansen", "Psykolog", frozenset({Approval.PROGRAMME}))
    ).id


def _forged(request: bytes, signer: str, pair: crypto.KeyPair) -> bytes:
    """A response made without miljologg's checks: any name, any key, everything signed."""
    view = read_request(request)
    decisions = [(i, "signed", "", crypto.b64encode(pair.sign(i.data))) for i in view.items]
    return response_bytes(view, signer, pair, TODAY, decisions)


def _refused(services: Services, data_file: Path, path: Path, *words: str) -> ValidationError:
    before = dump(data_file)
    with pytest.raises(ValidationError) as caught:
        services.signing_files.import_response(path)
    for word in words:
        assert word in caught.value.message
    assert "Ingenting er importert" in caught.value.message
    assert dump(data_file) == before
    return caught.value


def _events(services: Services, action: str) -> list[AuditEventRow]:
    with services.db.session() as orm:
        return list(
            orm.execute(select(AuditEventRow).where(AuditEventRow.action == action)).scalars()
        )


def test_a_response_from_someone_else_is_refused_naming_both(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    ola = _ola(services)
    sid = add_session(services, 5, who="Ola Hansen")
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, ola, [sid])
    eva = supervisor_file(tmp_path, "Eva Lie")
    # Eva's miljologg says so before she signs
    with pytest.raises(ValidationError, match="Ola Hansen.*Eva Lie"):
        eva.signing_files.sign_request(req.read_bytes(), PASS, create_key=True)
    assert eva.signing.own_key() is None  # refused whole: no key was made either
    # a response made another way (or by an older miljologg) is refused by the student's file
    resp = tmp_path / "resp.json"
    resp.write_bytes(_forged(req.read_bytes(), "Eva Lie", crypto.generate()))
    _refused(services, data_file, resp, "Eva Lie", "Ola Hansen")
    assert services.signing.file_key(ola) is None
    assert services.signing.sign_offs()[sid].state == "requested"


def test_a_key_pinned_for_another_supervisor_is_not_taken_for_this_one(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    ola = _ola(services)
    kari_session, ola_session = add_session(services, 5), add_session(services, 6, who="Ola Hansen")
    kari = supervisor_file(tmp_path)
    req = tmp_path / "req-kari.json"
    services.signing_files.write_request(req, kari_id(services), [kari_session])
    resp = tmp_path / "resp-kari.json"
    resp.write_bytes(kari.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    services.signing_files.import_response(resp)
    # Kari answers a request addressed to Ola, under Ola's name, with her own key
    req2 = tmp_path / "req-ola.json"
    services.signing_files.write_request(req2, ola, [ola_session])
    pair = key_envelope.decrypt_private(_own_envelope(kari), PASS)
    forged = tmp_path / "forged.json"
    forged.write_bytes(_forged(req2.read_bytes(), "Ola Hansen", pair))
    _refused(services, data_file, forged, "nøkkelen til Kari Nordmann", "Ola Hansen")


def _own_envelope(services: Services) -> str:
    from miljologg.db.signing_models import OwnKeyRow

    with services.db.session() as orm:
        row = orm.execute(select(OwnKeyRow)).scalar_one()
        return row.encrypted_private


def test_a_supervisor_who_signed_in_person_must_sign_with_that_key_until_repinned(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    first, second = add_session(services, 5), add_session(services, 6)
    kari = kari_id(services)
    services.signing.sign_in_person([first], kari, PASS, create_key=True)
    in_person = services.signing.in_person_key(kari)
    assert in_person is not None
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari, [second])
    assert read_request(req.read_bytes()).known_fingerprints == (in_person.fingerprint,)
    sup = supervisor_file(tmp_path)
    resp = tmp_path / "resp.json"
    resp.write_bytes(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    new = sup.signing.own_key()
    assert new is not None
    error = _refused(services, data_file, resp, in_person.readable, new.readable)
    assert isinstance(error, KeyMismatchError)
    assert (error.old.fingerprint, error.new.fingerprint) == (
        in_person.fingerprint,
        new.fingerprint,
    )
    assert services.signing.file_key(kari) is None

    before = dump(data_file)
    with pytest.raises(ValidationError, match="stemmer ikke"):
        services.signing_files.repin(kari, resp, in_person.readable)  # the old one, not the new
    with pytest.raises(ValidationError, match="stemmer ikke"):
        services.signing_files.repin(kari, resp, new.readable[:-4])
    assert dump(data_file) == before

    result = services.signing_files.repin(kari, resp, new.readable.lower(), "Ny datamaskin")
    assert result.old is not None and result.old.fingerprint == in_person.fingerprint
    assert result.new.fingerprint == new.fingerprint
    (event,) = _events(services, "repin")
    assert in_person.fingerprint in event.detail and new.fingerprint in event.detail
    assert "Ny datamaskin" in event.detail
    imported = services.signing_files.import_response(resp)
    assert imported.signed == (second,) and not imported.pinned_now
    assert services.signing.in_person_key(kari) == in_person  # still signs in person with it
    report = services.signing.verify()
    assert report.ok and report.signatures == 2


def test_a_repinned_file_key_keeps_the_old_signatures_valid(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    a, b = add_session(services, 5), add_session(services, 6)
    kari = kari_id(services)
    old_file = supervisor_file(tmp_path)
    req = tmp_path / "req-a.json"
    services.signing_files.write_request(req, kari, [a])
    resp = tmp_path / "resp-a.json"
    resp.write_bytes(old_file.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    services.signing_files.import_response(resp)
    old_key = services.signing.file_key(kari)
    assert old_key is not None

    new_dir = tmp_path / "ny"
    new_dir.mkdir()
    new_file = supervisor_file(new_dir)
    req2 = tmp_path / "req-b.json"
    services.signing_files.write_request(req2, kari, [b])
    resp2 = tmp_path / "resp-b.json"
    resp2.write_bytes(new_file.signing_files.sign_request(req2.read_bytes(), PASS, create_key=True))
    _refused(services, data_file, resp2, "annen nøkkel", old_key.readable)
    new_key = new_file.signing.own_key()
    assert new_key is not None
    services.signing_files.repin(kari, resp2, new_key.fingerprint)
    services.signing_files.import_response(resp2)
    assert services.signing.file_key(kari) == new_key
    with services.db.session() as orm:
        (retired,) = orm.execute(select(RetiredKeyRow)).scalars()
        assert retired.fingerprint == old_key.fingerprint
        assert retired.replaced_by == new_key.fingerprint
        assert orm.execute(select(SigningResponseRow)).scalars().all()  # both kept
    report = services.signing.verify()
    assert report.ok and report.signatures == 2, report.problems
    assert services.status.verify_audit().ok


def test_repin_refusals_name_what_is_wrong(
    services: Services, data_file: Path, tmp_path: Path
) -> None:
    ola = _ola(services)
    a = add_session(services, 5)
    kari = kari_id(services)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari, [a])
    sup = supervisor_file(tmp_path)
    resp = tmp_path / "resp.json"
    resp.write_bytes(sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True))
    key = sup.signing.own_key()
    assert key is not None
    before = dump(data_file)
    with pytest.raises(ValidationError, match="til Kari Nordmann, ikke til Ola Hansen"):
        services.signing_files.repin(ola, resp, key.fingerprint)
    assert dump(data_file) == before
    services.signing_files.import_response(resp)  # first use: pinned by the import itself
    with pytest.raises(ValidationError, match="allerede importert"):
        services.signing_files.repin(kari, resp, key.fingerprint)


def test_sign_out_never_overwrites_and_a_second_answer_is_announced(
    services: Services, tmp_path: Path
) -> None:
    a = add_session(services, 5)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari_id(services), [a])
    sup = supervisor_file(tmp_path)
    out = tmp_path / "svar.json"
    out.write_text("noe annet", encoding="utf-8")
    with pytest.raises(ValidationError, match="finnes allerede"):
        sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True, out=out)
    assert out.read_text(encoding="utf-8") == "noe annet"
    assert sup.signing.own_key() is None and sup.signing.supervision_given() == ()
    assert sup.signing_files.earlier_answer(req.read_bytes()) is None
    first = tmp_path / "svar-1.json"
    sup.signing_files.sign_request(req.read_bytes(), PASS, create_key=True, out=first)
    assert first.exists()
    earlier = sup.signing_files.earlier_answer(req.read_bytes())
    assert earlier is not None and (earlier.signed, earlier.rejected) == (1, 0)
    assert earlier.decided_at == TODAY.astimezone(dt.UTC)
