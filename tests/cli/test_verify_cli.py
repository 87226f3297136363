"""What ``verify`` prints, in text and as JSON (issue 12 §3).

``verify --json`` prints exactly ``{valid_signatures, void_signatures, paper_registrations,
audit: {...}, ok}``; the text names the void signatures and the paper registrations apart from
the valid signatures (a paper registration is the student's statement plus a scan, which no key
can check). The valid signature it counts is checked with OpenSSL too, and the paper one has no
signature for OpenSSL to check.
"""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from miljologg.services.app import Services
from tests.cli_helpers import cli
from tests.dossier.test_signsheet import scan_png
from tests.services.signing_helpers import PASS, add_session, kari_id

KEYS = {"valid_signatures", "void_signatures", "paper_registrations", "audit", "ok"}


@pytest.fixture
def signed_log(services: Services, data_file: Path) -> Path:
    """Kari: 05.05 signed in person, 06.05 signed and then reopened («Feil varighet»),
    07.05 registered on paper (after a sign sheet), 08.05 unsigned."""
    kari = kari_id(services)
    a, b, c = (add_session(services, day, 60 + day) for day in (5, 6, 7))
    add_session(services, 8)
    services.signing.sign_in_person([a, b], kari, PASS, create_key=True)
    services.signing.reopen(b, "Feil varighet")
    services.paper.record_sheet(services.paper.sheet(kari))
    assert services.paper.record([c], scan_png(), "ark.png").warnings == ()
    services.db.close()
    return data_file


def test_verify_json_has_exactly_the_promised_keys(signed_log: Path, tmp_path: Path) -> None:
    code, out, err = cli("--data", str(signed_log), "verify", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert set(result) == KEYS
    assert (result["valid_signatures"], result["void_signatures"]) == (1, 1)
    assert result["paper_registrations"] == 1 and result["ok"] is True
    assert {"events", "ok", "problems"} <= set(result["audit"])
    assert result["audit"]["ok"] is True and result["audit"]["problems"] == []
    assert result["audit"]["events"] > 0

    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    records = json.loads(_signed_records(signed_log))
    keys = {k["fingerprint"]: k["public_key_pem"] for k in records["keys"]}
    live = [s for s in records["signatures"] if s["void_at"] is None]
    assert sorted(s["method"] for s in live) == ["in_person", "paper"]
    paper = next(s for s in live if s["method"] == "paper")
    assert not paper["signature"]  # nothing a key could check: counted apart
    sig = next(s for s in live if s["method"] == "in_person")
    (tmp_path / "key.pem").write_text(keys[sig["fingerprint"]])
    (tmp_path / "payload").write_bytes(base64.b64decode(sig["payload"]))
    (tmp_path / "sig").write_bytes(base64.b64decode(sig["signature"]))
    result = subprocess.run(
        ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(tmp_path / "key.pem"),
         "-rawin", "-in", str(tmp_path / "payload"), "-sigfile", str(tmp_path / "sig")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def _signed_records(path: Path) -> bytes:
    from miljologg.db.database import open_database
    from tests.conftest import fixed_clock

    services = Services(open_database(path), now=fixed_clock())
    try:
        return services.signing.signed_records_json()
    finally:
        services.db.close()


def test_verify_text_names_void_and_paper_apart(signed_log: Path) -> None:
    code, out, err = cli("--data", str(signed_log), "verify")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Alt stemmer: 1 gyldig signatur")
    void_at = next(i for i, x in enumerate(lines) if x.startswith("Ugyldiggjorte signaturer"))
    paper_at = next(i for i, x in enumerate(lines) if x.startswith("Papirregistreringer"))
    assert lines[void_at].endswith(": 1") and lines[paper_at].endswith(": 1")
    assert "ikke kontrollerte signaturer" in lines[paper_at]
    assert lines[void_at + 1] == "  06.05.2025, 66 min (Kari Nordmann): Feil varighet"
    assert lines[paper_at + 1] == "  07.05.2025, 67 min (Kari Nordmann)"
    assert "05.05.2025" not in out  # the valid one is counted, not listed as void or paper


def test_verify_json_when_a_signed_session_was_changed(signed_log: Path) -> None:
    con = sqlite3.connect(signed_log)
    with con:
        con.execute("UPDATE session SET minutes = 90 WHERE date = '2025-05-05'")
    con.close()
    code, out, err = cli("--data", str(signed_log), "verify", "--json")
    result = json.loads(out)
    assert code == 1 and set(result) == KEYS and result["ok"] is False
    assert result["valid_signatures"] == 0 and result["paper_registrations"] == 1
    assert result["audit"]["ok"] is False  # the record no longer matches its last event
    assert "Møtet 05.05.2025, 65 min (Kari Nordmann) er endret etter signering" in err
    code, out, err2 = cli("--data", str(signed_log), "verify")
    assert code == 1 and "Alt stemmer" not in out and err2 == err
