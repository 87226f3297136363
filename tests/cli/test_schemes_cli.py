"""`programmes --scheme` shows each requirement's source; `status --scheme` routes and checks."""

from __future__ import annotations

import json
from pathlib import Path

from miljologg.core.programmes import bundled_schemes
from tests.cli.test_cli import RBUP, cli


def test_programmes_shows_every_requirement_with_page_date_and_sentence() -> None:
    code, out, _ = cli(None, "programmes", "--scheme", "fo-faglig-veileder")
    assert code == 0
    scheme = bundled_schemes()["fo-faglig-veileder"]
    for rule in scheme.all_rules:
        assert rule.citation is not None
        assert f"«{rule.citation.quote}»" in out
    assert "https://www.fo.no/bli-medlem/godkjenning/veileder/ (lest 29.11.2026)" in out
    assert "ett av løpene er nok" in out
    code, out, _ = cli(None, "programmes", "--scheme", "fagforbundet-klinisk-fagstige-niva-4")
    assert "ikke verifisert" in out and "høyskole" in out
    code, _out, err = cli(None, "programmes", "--scheme", "finnes-ikke")
    assert code == 2 and "Ukjent godkjenningsordning" in err


def test_status_prints_routes_and_checks_and_json_carries_sources(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    assert cli(path, "init", "--name", "S", "--programme", RBUP, "--profession", "sosionom")[0] == 0
    code, out, _ = cli(path, "status", "--scheme", "fo-klinisk-sosionom")
    assert code == 0
    assert "Løp 1: Klinisk sosionom – alle fordypninger: ikke oppfylt" in out
    assert "Du er godkjent faglig veileder av FO" in out and "ikke bekreftet" in out
    assert "Ordningen samlet: ikke oppfylt (ett av løpene er nok)" in out
    code, out, _ = cli(path, "status", "--scheme", "fo-klinisk-sosionom", "--json")
    scheme = json.loads(out)["scheme"]
    assert scheme["met"] is False
    assert [r["key"] for r in scheme["routes"]] == ["lop-1", "lop-2"]
    total = next(r for r in scheme["requirements"] if r["key"] == "total")
    assert total["route"] == "lop-1"
    assert total["source"] == {
        "url": "https://brosjyrer.fo.no/wiki/godkjenningsordninger-for-sosionomer/klinisk-sosionom/",
        "read": "2026-11-29",
        "quote": "Motta totalt 200 timer veiledning over minst 3 år.",
    }
    check = next(r for r in scheme["requirements"] if r["key"] == "faglig-veileder")
    assert (check["unit"], check["required_minutes"], check["counted_minutes"]) == ("check", 1, 0)
