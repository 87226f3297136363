"""core.signing: the passphrase envelope, canonical payloads, fingerprints, openssl interop."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from miljologg.core import key_envelope, signing

PAYLOAD = signing.SessionPayload(
    id="7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01",
    student_id="0b0e4a52-6f1c-4c57-9d8e-2f1c3a9b7d01",
    student="Åse Ørnulfsdatter",
    supervisor_id="5d2c8f0e-1a3b-4c6d-8e9f-0a1b2c3d4e01",
    supervisor="Kari Nordmann",
    date=dt.date(2025, 5, 2),
    status="held",
    form="individual",
    minutes=90,
    group_size=1,
    topic="Relasjon\\bygging\nlinje 2\r=",
)


def test_payload_bytes_are_documented_lines() -> None:
    text = PAYLOAD.to_bytes().decode()
    assert text == (
        "miljologg-session-v1\n"
        "id=7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01\n"
        "student_id=0b0e4a52-6f1c-4c57-9d8e-2f1c3a9b7d01\n"
        "student=Åse Ørnulfsdatter\n"
        "supervisor_id=5d2c8f0e-1a3b-4c6d-8e9f-0a1b2c3d4e01\n"
        "supervisor=Kari Nordmann\n"
        "date=2025-05-02\n"
        "status=held\n"
        "form=individual\n"
        "minutes=90\n"
        "group_size=1\n"
        "topic=Relasjon\\\\bygging\\nlinje 2\\r=\n"
    )


def test_payload_round_trips_and_refuses_anything_else() -> None:
    data = PAYLOAD.to_bytes()
    assert signing.parse_payload(data) == PAYLOAD
    for bad in (data[:-1], data[:40], b"\xff" + data, data.replace(b"minutes=90", b"minutes=x")):
        with pytest.raises(signing.SigningError):
            signing.parse_payload(bad)
    with pytest.raises(signing.SigningError):
        signing.parse_payload(data.replace(b"\\n", b"\\q"))


def test_changed_fields_named_in_norwegian() -> None:
    from dataclasses import replace

    other = replace(PAYLOAD, minutes=60, topic="Annet")
    assert signing.changed_fields(PAYLOAD, other) == ["minutter", "tema"]


def test_envelope_round_trip_wrong_passphrase_and_no_clear_key() -> None:
    pair = signing.generate()
    envelope = key_envelope.encrypt_private(pair, "riktig passord")
    data = json.loads(envelope)
    assert data["kdf"]["name"] == "scrypt" and data["kdf"]["n"] >= 2**15
    secret = pair.private.private_bytes_raw()
    assert signing.b64encode(secret) not in envelope and secret.hex() not in envelope
    assert key_envelope.decrypt_private(envelope, "riktig passord").fingerprint == pair.fingerprint
    assert key_envelope.envelope_fingerprint(envelope) == pair.fingerprint
    with pytest.raises(key_envelope.WrongPassphraseError, match="Feil passordfrase"):
        key_envelope.decrypt_private(envelope, "galt passord")
    # Another public key in the envelope: the AEAD refuses, as for a wrong passphrase.
    data["public_key"] = signing.b64encode(signing.raw_public(signing.generate().public))
    with pytest.raises(key_envelope.WrongPassphraseError):
        key_envelope.decrypt_private(json.dumps(data), "riktig passord")
    with pytest.raises(signing.SigningError, match="skadet"):
        key_envelope.decrypt_private("{", "riktig passord")


def test_short_passphrase_is_refused() -> None:
    with pytest.raises(signing.SigningError, match="minst 8 tegn"):
        key_envelope.encrypt_private(signing.generate(), "kort")


def test_fingerprint_and_its_readable_form() -> None:
    pair = signing.generate()
    fp = pair.fingerprint
    assert len(fp) == 64 and fp == signing.fingerprint(pair.public_pem)
    shown = signing.format_fingerprint(fp)
    assert len(shown.split(" ")) == 8 and all(len(g) == 4 for g in shown.split(" "))
    assert shown.replace(" ", "").lower() == fp[:32]


def test_sign_and_verify() -> None:
    pair = signing.generate()
    data = PAYLOAD.to_bytes()
    sig = pair.sign(data)
    assert signing.verify(pair.public_pem, data, sig)
    assert not signing.verify(pair.public_pem, data + b"x", sig)
    assert not signing.verify(signing.generate().public_pem, data, sig)
    with pytest.raises(signing.SigningError):
        signing.load_public_pem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_openssl_verifies_a_raw_signature(tmp_path: Path) -> None:
    pair = signing.generate()
    data = PAYLOAD.to_bytes()
    (tmp_path / "key.pem").write_text(pair.public_pem)
    (tmp_path / "payload").write_bytes(data)
    (tmp_path / "sig").write_bytes(pair.sign(data))

    def check(payload: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(tmp_path / "key.pem"),
                "-rawin", "-in", str(tmp_path / payload), "-sigfile", str(tmp_path / "sig"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )  # fmt: skip

    ok = check("payload")
    if ok.returncode != 0 and "rawin" in (ok.stderr + ok.stdout).lower():
        pytest.skip("this openssl has no -rawin (needs OpenSSL 3)")
    assert ok.returncode == 0, ok.stderr
    assert "Signature Verified Successfully" in ok.stdout
    (tmp_path / "changed").write_bytes(data.replace(b"minutes=90", b"minutes=91"))
    assert check("changed").returncode != 0


# -- an envelope from someone else's file ------------------------------------------------------


def _with_kdf(envelope: str, **changes: object) -> str:
    doc = json.loads(envelope)
    doc["kdf"].update(changes)
    return json.dumps(doc)


@pytest.mark.parametrize(
    "changes",
    [
        {"n": 2**24},  # minutes of work and 16 GB before the passphrase is even tried
        {"n": 2**15 + 1},  # not a power of two: Scrypt raised a bare ValueError
        {"r": 1024},
        {"p": 1000},
        {"n": True},
        {"n": "32768"},
        {"n": 2**14},  # weaker than ours
    ],
)
def test_an_envelope_asking_for_odd_scrypt_parameters_is_refused_at_once(
    changes: dict[str, object],
) -> None:
    envelope = _with_kdf(
        key_envelope.encrypt_private(signing.generate(), "hemmelig passord"), **changes
    )
    with pytest.raises(signing.SigningError):
        key_envelope.decrypt_private(envelope, "hemmelig passord")
    with pytest.raises(signing.SigningError):
        key_envelope.envelope_fingerprint(envelope)


def test_a_deeply_nested_envelope_is_damaged_not_a_crash() -> None:
    with pytest.raises(signing.SigningError):
        key_envelope.decrypt_private("[" * 100_000 + "]" * 100_000, "hemmelig passord")
    with pytest.raises(signing.SigningError):
        key_envelope.envelope_fingerprint('{"a":' * 100_000 + "1" + "}" * 100_000)
