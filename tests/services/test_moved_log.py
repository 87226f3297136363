"""A log that moves keeps its proof (issue 12 §3).

Before: ``export json`` + ``import`` into a new file, as the README describes a move, lost every
signature, key and scan in silence (``verify``: 18 valid on the demo before, 0 after). Now the
export carries them, the import re-verifies every one before anything is written, and after a
move ``verify`` reports the same; OpenSSL agrees with a signature read from the new file.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from miljologg.core import key_envelope
from miljologg.core import signing as crypto
from miljologg.core.model import SessionStatus
from miljologg.db.database import open_database
from miljologg.demo import DEMO_PASSPHRASE, write_demo
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from tests.cli_helpers import cli
from tests.conftest import fixed_clock
from tests.dossier.test_signsheet import scan_png
from tests.services.signing_helpers import PASS, supervisor_file


@pytest.fixture
def proven(empty_services: Services, tmp_path: Path) -> Services:
    """The demo log (on the tests' fixed day: some sessions signed in person), plus a response
    by file with a rejection, a paper registration with its scan, and a signature voided by
    «Gjenåpne»."""
    services = empty_services
    write_demo(services)
    today = services.ctx.today()
    sessions = sorted(services.sessions.list(), key=lambda s: s.date)
    offs = services.signing.sign_offs()
    open_ones = [
        s
        for s in sessions
        if s.status is SessionStatus.HELD and s.date <= today and offs[s.id].state == "unsigned"
    ]
    kari = services.supervisors.find("Kari Nordmann")
    kari_open = [s for s in open_ones if s.supervisor_id == kari.id]
    sup = supervisor_file(tmp_path)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari.id, [s.id for s in kari_open[:3]])
    resp = tmp_path / "resp.json"
    resp.write_bytes(
        sup.signing_files.sign_request(
            req.read_bytes(), PASS, {kari_open[2].id: "Ikke mitt møte"}, create_key=True
        )
    )
    new_key = sup.signing.own_key()
    assert new_key is not None  # Kari signed in person before: her file key is re-pinned
    services.signing_files.repin(kari.id, resp, new_key.readable, "Svar fra egen datafil")
    services.signing_files.import_response(resp)
    other = next(s for s in open_ones if s.supervisor_id != kari.id)
    services.paper.record_sheet(services.paper.sheet(other.supervisor_id))
    assert services.paper.record([other.id], scan_png(), "ark.png").warnings == ()
    signed = next(s for s in sessions if offs[s.id].state == "signed")
    services.signing.reopen(signed.id, "Feil varighet")
    return services


def _summary(services: Services) -> tuple[Any, ...]:
    report = services.signing.verify()
    offs = services.signing.sign_offs()
    status = services.status.programme_status()
    return (
        report.ok,
        report.signatures,
        report.void,
        report.paper,
        {sid: (o.state, o.method, o.fingerprint, o.comment) for sid, o in offs.items()},
        [(r.key, r.counted_minutes) for r in status.supervision],
    )


def test_a_moved_log_keeps_every_signature_key_and_scan(proven: Services, tmp_path: Path) -> None:
    before = _summary(proven)
    valid = before[1]
    assert before[0] and valid >= 5 and len(before[2]) == 1 and len(before[3]) == 1
    export = tmp_path / "eksport.json"
    proven.transfer.export_json(export)
    moved = tmp_path / "ny" / "logg.sqlite"
    moved.parent.mkdir()
    code, out, err = cli("--data", str(moved), "import", str(export))
    assert code == 0, err
    assert "signaturer" in out and "skannede signeringsark" in out
    target = Services(open_database(moved), now=fixed_clock())
    assert _summary(target) == before
    assert target.status.verify_audit().ok
    assert len(target.paper.scans(with_data=True)) == 1
    assert target.paper.scans(with_data=True)[0].data == scan_png()

    code, out, _ = cli("--data", str(moved), "verify", "--json")
    result = json.loads(out)
    assert code == 0 and result["ok"] is True
    assert (result["valid_signatures"], result["void_signatures"]) == (valid, 1)
    assert result["paper_registrations"] == 1 and result["audit"]["ok"] is True
    code, out, _ = cli("--data", str(moved), "verify")
    assert f"Alt stemmer: {valid} gyldige signaturer" in out
    assert "Ugyldiggjorte signaturer" in out and "Feil varighet" in out
    assert "Papirregistreringer" in out and "ikke kontrollerte signaturer" in out

    # the supervisor can still sign in person with the key made on the old computer
    kari = target.supervisors.find("Kari Nordmann")
    open_ids = [
        sid
        for sid, o in target.signing.sign_offs().items()
        if o.state in ("unsigned", "void") and target.sessions.get(sid).supervisor_id == kari.id
    ]
    held = [
        sid
        for sid in open_ids
        if target.sessions.get(sid).status is SessionStatus.HELD
        and target.sessions.get(sid).date <= target.ctx.today()
    ]
    target.signing.sign_in_person(held[:1], kari.id, DEMO_PASSPHRASE)
    assert target.signing.verify().signatures == valid + 1


def test_openssl_agrees_with_a_signature_of_the_moved_log(proven: Services, tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    export = tmp_path / "eksport.json"
    proven.transfer.export_json(export)
    moved = tmp_path / "flyttet.sqlite"
    assert cli("--data", str(moved), "import", str(export))[0] == 0
    target = Services(open_database(moved), now=fixed_clock())
    records = json.loads(target.signing.signed_records_json())
    keys = {(k["supervisor_id"], k["fingerprint"]): k["public_key_pem"] for k in records["keys"]}
    checked = 0
    for method in ("in_person", "file"):
        sig = next(
            r for r in records["signatures"] if r["method"] == method and r["void_at"] is None
        )
        (tmp_path / "key.pem").write_text(keys[(sig["supervisor_id"], sig["fingerprint"])])
        (tmp_path / "payload").write_bytes(base64.b64decode(sig["payload"]))
        (tmp_path / "sig").write_bytes(base64.b64decode(sig["signature"]))
        result = subprocess.run(
            ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(tmp_path / "key.pem"),
             "-rawin", "-in", str(tmp_path / "payload"), "-sigfile", str(tmp_path / "sig")],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        checked += 1
    assert checked == 2


def _edited(export: Path, edit: Any) -> Path:
    data = json.loads(export.read_text(encoding="utf-8"))
    edit(data)
    path = export.with_name("redigert.json")
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _flip(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[5] ^= 1
    return base64.b64encode(bytes(raw)).decode()


def _signed(data: dict[str, Any]) -> dict[str, Any]:
    """The first signature with signature bytes (a paper registration has none; the export's
    order follows the records' random ids, so index 0 is a paper one now and then)."""
    return next(s for s in data["proof"]["signatures"] if s["signature"])


def _signed_session(data: dict[str, Any]) -> dict[str, Any]:
    sig = next(
        s for s in data["proof"]["signatures"] if s["void_at"] is None and s["method"] != "paper"
    )
    return next(x for x in data["sessions"] if x["id"] == sig["session_id"])


def _scan_replaced(data: dict[str, Any], content: bytes) -> None:
    """A scan swapped for other bytes with a matching size and digest: only its content can
    tell (the import must check it as «signing paper» does)."""
    data["proof"]["paper_scans"][0].update(
        data=base64.b64encode(content).decode(),
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )


def _png_of_too_many_pixels() -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(buffer, "PNG")  # 144 million pixels, a few kB
    return buffer.getvalue()


EDITS = {
    "a signature byte": (
        lambda d: _signed(d).update(signature=_flip(_signed(d)["signature"])),
        "signaturen stemmer ikke",
    ),
    "a signed session's minutes": (
        lambda d: _signed_session(d).update(minutes=_signed_session(d)["minutes"] + 15),
        "ikke det som ble signert",
    ),
    "a scan": (
        lambda d: d["proof"]["paper_scans"][0].update(
            data=_flip(d["proof"]["paper_scans"][0]["data"])
        ),
        "sjekksummen",
    ),
    "a scan that is no image": (
        lambda d: _scan_replaced(d, b"Dette er ikke et skann\n"),
        "PDF-, PNG- eller JPEG",
    ),
    "a scan of too many pixels": (
        lambda d: _scan_replaced(d, _png_of_too_many_pixels()),
        "for stort",
    ),
    "a pinned key": (
        lambda d: d["proof"]["keys"][0].update(public_pem=crypto.generate().public_pem),
        "stemmer ikke med nøkkelen",
    ),
    "a printed sign sheet": (
        lambda d: d["proof"]["sign_sheets"][0]["items"].update(
            {next(iter(d["proof"]["sign_sheets"][0]["items"])): "ikke et avtrykk"}
        ),
        "fingeravtrykk som",
    ),
    "a kept response": (
        lambda d: d["proof"]["responses"][0].update(
            document=d["proof"]["responses"][0]["document"].replace("Ikke mitt møte", "Ok")
        ),
        "endret etter at veilederen signerte",
    ),
}


@pytest.mark.parametrize("what", list(EDITS))
def test_an_export_edited_by_hand_is_refused_whole(
    proven: Services, tmp_path: Path, what: str
) -> None:
    export = tmp_path / "eksport.json"
    proven.transfer.export_json(export)
    edit, words = EDITS[what]
    path = _edited(export, edit)
    moved = tmp_path / "ny.sqlite"
    code, out, err = cli("--data", str(moved), "import", str(path))
    assert code == 2 and out == "" and words in err, err
    assert not moved.exists()  # a failed import leaves no file behind
    with pytest.raises(ValidationError, match=words):
        Services(open_database(tmp_path / "tom.sqlite"), now=fixed_clock()).transfer.import_data(
            json.loads(path.read_text(encoding="utf-8"))
        )


def test_a_version_1_export_is_still_read(proven: Services, tmp_path: Path) -> None:
    data = proven.transfer.export_data()
    assert data["version"] == 2 and data["chain"]["seq"] > 0
    old = {k: v for k, v in data.items() if k not in ("proof", "chain")}
    old["version"] = 1
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    moved = tmp_path / "v1.sqlite"
    assert cli("--data", str(moved), "import", str(path))[0] == 0
    target = Services(open_database(moved), now=fixed_clock())
    assert len(target.sessions.list()) == len(proven.sessions.list())
    assert target.signing.verify().signatures == 0  # nothing to move in a version 1 file


def test_a_supervisors_file_moves_with_its_key_envelope_never_a_clear_key(
    tmp_path: Path, services: Services
) -> None:
    from tests.services.signing_helpers import add_session, kari_id

    a, b = add_session(services, 5), add_session(services, 6)
    sup = supervisor_file(tmp_path)
    req = tmp_path / "req.json"
    services.signing_files.write_request(req, kari_id(services), [a, b])
    sup.signing_files.sign_request(req.read_bytes(), PASS, {b: "Nei"}, create_key=True)
    export = tmp_path / "veileder.json"
    sup.transfer.export_json(export)
    text = export.read_text(encoding="utf-8")
    data = json.loads(text)
    (own,) = data["proof"]["own_keys"]
    pair = key_envelope.decrypt_private(own["encrypted_private"], PASS)
    from cryptography.hazmat.primitives import serialization

    secret = pair.private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    for form in (secret.hex(), base64.b64encode(secret).decode(), "PRIVATE KEY"):
        assert form not in text
    assert len(data["proof"]["supervision_given"]) == 2

    moved = tmp_path / "veileder-ny.sqlite"
    assert cli("--data", str(moved), "import", str(export))[0] == 0
    target = Services(open_database(moved), now=fixed_clock())
    assert target.signing.own_key() == sup.signing.own_key()
    assert len(target.signing.supervision_given()) == 2 and target.signing.verify().ok
    # and it still signs with the same passphrase
    services.signing_files.write_request(tmp_path / "req2.json", kari_id(services), [b])
    response = target.signing_files.sign_request((tmp_path / "req2.json").read_bytes(), PASS)
    assert json.loads(response)["supervisor"]["fingerprint"] == own["fingerprint"]


def test_printed_sign_sheets_move_so_paper_warns_as_before(
    services: Services, tmp_path: Path
) -> None:
    """Before: the export left the sign sheets out (issue 12 §3 and §6), so after a move every
    paper registration warned «Det er ikke laget noe signeringsark» although one was printed."""
    from tests.services.signing_helpers import add_session, kari_id

    on_sheet = add_session(services, 5)
    services.paper.record_sheet(services.paper.sheet(kari_id(services)))
    later = add_session(services, 6)  # after the sheet was printed: never on it
    export = tmp_path / "eksport.json"
    services.transfer.export_json(export)
    sheets = json.loads(export.read_text(encoding="utf-8"))["proof"]["sign_sheets"]
    assert [list(x["items"]) for x in sheets] == [[on_sheet]]

    moved = tmp_path / "ny.sqlite"
    code, out, err = cli("--data", str(moved), "import", str(export))
    assert code == 0 and "1 utskrevne signeringsark" in out, err
    target = Services(open_database(moved), now=fixed_clock())
    assert target.paper.record([on_sheet], scan_png(), "ark.png").warnings == ()
    (warning,) = target.paper.record([later], scan_png(), "ark2.png").warnings
    assert "sto ikke på noe signeringsark for Kari Nordmann" in warning
    assert target.signing.verify().ok
