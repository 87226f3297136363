"""A rejection stays a rejection (issue 12 §1).

Before: after Kari rejected a session with a comment, the student's next signing request turned
the row into «Sendt til signering», «avvist» vanished, and the rejected session still counted
(and was on Kari's attest). Now it never counts, shows as rejected with her comment everywhere,
and stays so until Kari signs it in a later response, or the student reopens it with a reason.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.core.figures import supervisor_totals
from miljologg.core.model import Form
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.services.sessions import SessionInput
from tests.dossier.test_signsheet import scan_png
from tests.services.signing_helpers import PASS, add_session, kari_id, supervisor_file

COMMENT = "Jeg var ikke til stede denne dagen"


@pytest.fixture
def exchange(services: Services, tmp_path: Path) -> Callable[..., Path]:
    """Request Kari's sessions, answer in Kari's file (rejecting some), return the response."""
    sup = supervisor_file(tmp_path)

    def run(session_ids: list[str], rejections: dict[str, str] | None = None) -> Path:
        n = len(list(tmp_path.glob("req-*")))
        req = tmp_path / f"req-{n}.json"
        services.signing_files.write_request(req, kari_id(services), session_ids)
        created = sup.signing.own_key() is None
        resp = tmp_path / f"resp-{n}.json"
        resp.write_bytes(
            sup.signing_files.sign_request(req.read_bytes(), PASS, rejections, create_key=created)
        )
        return resp

    return run


def _counted(services: Services) -> int:
    return services.status.programme_status().requirement("individual").counted_minutes


def _rejected_once(services: Services, exchange: Callable[..., Path]) -> tuple[str, str]:
    good, bad = add_session(services, 5, 60), add_session(services, 6, 90)
    services.signing_files.import_response(exchange([good, bad], {bad: COMMENT}))
    return good, bad


def test_a_new_request_does_not_hide_or_count_a_rejection(
    services: Services, exchange: Callable[..., Path], tmp_path: Path
) -> None:
    good, bad = _rejected_once(services, exchange)
    # the student asks again, for the rejected session too
    services.signing_files.write_request(tmp_path / "again.json", kari_id(services), [bad])
    off = services.signing.sign_offs()[bad]
    assert off.state == "rejected"
    assert "Avvist" in off.text and COMMENT in off.text and "på nytt" in off.text

    # never counts, with a reason code and the supervisor's words
    status = services.status.programme_status()
    individual = status.requirement("individual")
    assert individual.counted_minutes == 60
    (why,) = [u for u in individual.uncounted if u.session_id == bad]
    assert why.code == "rejected" and COMMENT in why.reason
    assert any(p.code == "rejected" and p.entity_id == bad for p in status.problems)
    for scheme in ("fo-klinisk-sosionom", "psykologforeningen-spesialist"):
        scheme_status = services.status.scheme_status(scheme)
        for requirement in scheme_status.requirements:
            codes = {u.session_id: u.code for u in requirement.uncounted}
            assert codes.get(bad, "rejected") == "rejected"
    # the attest does not ask Kari to confirm it
    (kari,) = supervisor_totals(services.status.log())
    assert kari.minutes == 60 and kari.sessions == 1


def test_a_rejected_session_is_locked_and_not_registered_on_paper(
    services: Services, exchange: Callable[..., Path], tmp_path: Path
) -> None:
    _good, bad = _rejected_once(services, exchange)
    change = SessionInput(
        services.sessions.get(bad).date, 45, Form.INDIVIDUAL, kari_id(services), 1, "Tema"
    )
    with pytest.raises(ValidationError, match="avvist"):
        services.sessions.update(bad, change)
    with pytest.raises(ValidationError, match="avvist"):
        services.sessions.delete(bad)
    with pytest.raises(ValidationError, match="avvist"):
        services.paper.record([bad], scan_png(), "ark.png")
    assert services.signing.sign_offs()[bad].state == "rejected"


def test_the_same_supervisor_signing_later_lifts_the_rejection(
    services: Services, exchange: Callable[..., Path]
) -> None:
    _good, bad = _rejected_once(services, exchange)
    assert _counted(services) == 60
    services.signing_files.import_response(exchange([bad]))
    assert services.signing.sign_offs()[bad].state == "signed"
    assert _counted(services) == 150
    assert services.signing.verify().ok


def test_reopening_a_rejection_is_visible_and_lets_it_change(
    services: Services, exchange: Callable[..., Path], tmp_path: Path
) -> None:
    _good, bad = _rejected_once(services, exchange)
    services.signing.reopen(bad, "Feil dato; retter den")
    off = services.signing.sign_offs()[bad]
    assert off.state == "reopened"
    assert "Gjenåpnet etter avvisning" in off.text and "Feil dato" in off.text
    assert COMMENT in off.text
    assert _counted(services) == 150  # unsigned again, the student's own statement
    change = SessionInput(
        services.sessions.get(bad).date, 45, Form.INDIVIDUAL, kari_id(services), 1, "Tema"
    )
    services.sessions.update(bad, change)
    with pytest.raises(ValidationError, match="åpent allerede"):
        services.signing.reopen(bad, "igjen")
    assert services.status.verify_audit().ok


def test_the_sessions_csv_names_the_rejection(
    services: Services, exchange: Callable[..., Path], tmp_path: Path
) -> None:

    _good, bad = _rejected_once(services, exchange)
    path = tmp_path / "møter.csv"
    services.exports.sessions_csv(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    col = {name: i for i, name in enumerate(rows[0])}
    (row,) = [r for r in rows[1:] if r[col["Id"]] == bad]
    assert "Avvist" in row[col["Signering"]] and COMMENT in row[col["Signering"]]


def test_the_session_list_names_the_rejection(
    services: Services, exchange: Callable[..., Path], data_file: Path
) -> None:
    """``session list`` showed no sign-off at all: a rejected session looked like any other."""
    good, bad = _rejected_once(services, exchange)
    out, err = io.StringIO(), io.StringIO()
    assert (
        run(["--data", str(data_file), "session", "list", "--json"], env={}, out=out, err=err) == 0
    )
    listed = {x["id"]: x["sign_off"] for x in json.loads(out.getvalue())}
    assert listed[bad]["state"] == "rejected" and listed[bad]["comment"] == COMMENT
    assert listed[bad]["signer"] == "Kari Nordmann"
    assert listed[good]["state"] == "signed" and listed[good]["method"] == "file"
    out = io.StringIO()
    assert run(["--data", str(data_file), "session", "list"], env={}, out=out, err=err) == 0
    lines = out.getvalue().splitlines()
    under_bad = lines[next(i for i, x in enumerate(lines) if bad in x) + 1]
    assert under_bad.startswith("    Avvist av veileder") and COMMENT in under_bad
