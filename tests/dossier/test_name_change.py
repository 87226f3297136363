"""A student changes their name after sessions were signed (issue 10 §3, README «Profilen kan
endres»): no signature breaks or is voided in silence. Each is checked against the bytes the
supervisor signed, which keep the old name; the sign-off and the dossier say «signert under
navnet …»; ``verify`` and ``verify-dossier`` pass; a session changed in any fact still fails."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from miljologg.cli import run
from miljologg.core import signing as crypto
from miljologg.dossier import build_dossier
from miljologg.dossier.verify import verify_dossier
from miljologg.services.app import Services
from miljologg.services.profile import ProfileInput

from .conftest import pdf_pages
from .test_signing_in_dossier import sign_some

OLD = "Ingrid Demo"
NEW = "Ingrid Nyvik"


def _rename(services: Services, name: str = NEW) -> None:
    profile = services.profile.get()
    assert profile is not None and profile.name == OLD
    services.profile.save(replace(ProfileInput.of(profile), name=name))


def test_signatures_hold_after_a_name_change(demo_services: Services, tmp_path: Path) -> None:
    ids = sign_some(demo_services, count=4)
    _rename(demo_services)
    report = demo_services.signing.verify()
    assert report.ok, report.problems
    assert report.signatures >= 4
    offs = demo_services.signing.sign_offs()
    for sid in ids:
        assert offs[sid].state == "signed"  # never voided by the new name
        assert offs[sid].note == f"signert under navnet {OLD}"
        assert f"signert under navnet {OLD}" in offs[sid].text
    # the stored bytes are still those signed, with the old name
    records = demo_services.signing.signed_records_json().decode()
    assert f"\nstudent={OLD}\n" in crypto.b64decode(_first_payload(records)).decode()

    info = build_dossier(demo_services, tmp_path / "d.pdf")
    text = " ".join(pdf_pages(info.path))
    assert NEW in text and f"signert under navnet {OLD}" in text
    verdict = verify_dossier(info.path)
    assert verdict.ok, verdict.problems
    assert any(OLD in line and "tidligere navn" in line for line in verdict.lines)


def test_a_session_changed_after_the_rename_still_fails(
    demo_services: Services, tmp_path: Path
) -> None:
    """Leaving the name out of the comparison must not let any fact of the session change."""
    [sid] = sign_some(demo_services, count=1)
    _rename(demo_services)
    from tests.services.signing_helpers import run_sql

    run_sql(demo_services.db.path, "UPDATE session SET minutes = minutes + 15 WHERE id = ?", sid)
    demo_services.ctx.invalidate()
    report = demo_services.signing.verify()
    assert any("endret etter signering (minutter)" in p for p in report.problems)


def test_sessions_signed_after_the_rename_carry_the_new_name(demo_services: Services) -> None:
    _rename(demo_services)
    [sid] = sign_some(demo_services, count=1)
    off = demo_services.signing.sign_offs()[sid]
    assert off.state == "signed" and off.note == ""
    assert demo_services.signing.verify().ok


def test_a_response_to_a_request_made_before_the_rename_is_taken_in(
    services: Services, tmp_path: Path
) -> None:
    from tests.services.signing_helpers import PASS, add_session, kari_id, supervisor_file

    sid = add_session(services, 6)
    request = tmp_path / "req.json"
    services.signing_files.write_request(request, kari_id(services), [sid])
    sup = supervisor_file(tmp_path)
    response = tmp_path / "resp.json"
    response.write_bytes(
        sup.signing_files.sign_request(request.read_bytes(), PASS, create_key=True)
    )
    profile = services.profile.get()
    assert profile is not None
    services.profile.save(replace(ProfileInput.of(profile), name="Test Nyvik"))
    result = services.signing_files.import_response(response)
    assert result.signed == (sid,)
    assert services.signing.sign_offs()[sid].note == "signert under navnet Test Student"
    assert services.signing.verify().ok


def test_cli_profile_set_then_verify_and_verify_dossier(tmp_path: Path) -> None:
    data, pdf = tmp_path / "demo.sqlite", tmp_path / "d.pdf"

    def cli(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = run(["--data", str(data), *args], env={}, out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    assert cli("demo")[0] == 0  # with sessions Kari signed in person
    code, _, err = cli("profile", "set", "--name", NEW)
    assert code == 0, err
    assert cli("verify")[0] == 0
    assert cli("dossier", "--out", str(pdf))[0] == 0
    code, out, _ = cli("verify-dossier", str(pdf))
    assert code == 0, out
    assert f"«{OLD}»" in out


def _first_payload(records_json: str) -> str:
    import json

    return str(json.loads(records_json)["signatures"][0]["payload"])


def test_a_log_renamed_then_moved_keeps_its_signatures(
    demo_services: Services, tmp_path: Path
) -> None:
    """The JSON export and import (a move) check each signed session by its facts too."""
    from miljologg.db.database import open_database
    from tests.conftest import fixed_clock

    sign_some(demo_services, count=3)
    _rename(demo_services)
    before = demo_services.signing.verify()
    export = tmp_path / "eksport.json"
    demo_services.transfer.export_json(export)
    moved = tmp_path / "flyttet.sqlite"
    out, err = io.StringIO(), io.StringIO()
    assert run(["--data", str(moved), "import", str(export)], env={}, out=out, err=err) == 0, (
        err.getvalue()
    )
    target = Services(open_database(moved), now=fixed_clock())
    after = target.signing.verify()
    assert after.ok and after.signatures == before.signatures
    offs = target.signing.sign_offs()
    assert sum(o.note == f"signert under navnet {OLD}" for o in offs.values()) >= 3
