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


def test_given_supervision_and_prerequisites_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    assert cli(path, "init", "--name", "S", "--programme", RBUP, "--profession", "sosionom")[0] == 0
    assert cli(path, "supervisor", "add", "--name", "Kari", "--profession", "Klinisk sosionom",
               "--approval", "fo_supervisor")[0] == 0  # fmt: skip
    code, _out, err = cli(path, "session", "add", "--date", "2025-03-05", "--minutes", "90",
                          "--form", "given", "--group-size", "3", "--topic", "Kollega")  # fmt: skip
    assert code == 0, err
    code, _out, err = cli(path, "session", "add", "--date", "2025-03-06", "--minutes", "60",
                          "--form", "given", "--supervisor", "Kari")  # fmt: skip
    assert code == 2 and "ingen veileder" in err
    code, _out, err = cli(path, "session", "add", "--date", "2025-03-06", "--minutes", "60",
                          "--form", "individual")  # fmt: skip
    assert code == 2 and "--supervisor" in err
    code, _out, err = cli(path, "session", "add", "--date", "2025-03-07", "--minutes", "60",
                          "--form", "supervision_on_supervision", "--supervisor", "Kari",
                          "--group-size", "2", "--participants-profession", "sosionom")  # fmt: skip
    assert code == 0, err
    listed = json.loads(cli(path, "session", "list", "--json")[1])
    got = [(x["form"], x["supervisor_id"] is None, x["participants_profession"]) for x in listed]
    assert got == [
        ("given", True, ""),
        ("supervision_on_supervision", False, "sosionom"),
    ]
    text = cli(path, "session", "list")[1]
    assert "Gitt av meg" in text and "Veiledning på veiledning" in text

    status = json.loads(cli(path, "status", "--scheme", "fo-faglig-veileder", "--json")[1])
    got = {r["key"]: r["counted_minutes"] for r in status["scheme"]["requirements"]}
    assert (got["given"], got["on-given"]) == (90, 60)

    code, out, _ = cli(path, "prerequisite", "list")
    assert code == 0 and "fo_faglig_veileder" in out and "ikke bekreftet" in out
    code, out, err = cli(path, "prerequisite", "confirm", "fo_faglig_veileder", "--date",
                         "2025-01-15", "--note", "Vedtak fra FO")  # fmt: skip
    assert code == 0 and "bekreftet 15.01.2025" in out, err
    data = json.loads(cli(path, "prerequisite", "list", "--json")[1])
    mine = next(x for x in data if x["code"] == "fo_faglig_veileder")
    assert (mine["confirmed_on"], mine["note"]) == ("2025-01-15", "Vedtak fra FO")
    status = json.loads(cli(path, "status", "--scheme", "fo-klinisk-sosionom", "--json")[1])
    check = next(r for r in status["scheme"]["requirements"] if r["key"] == "faglig-veileder")
    assert check["met"] is True
    assert cli(path, "prerequisite", "confirm", "nope")[0] == 2
    assert cli(path, "prerequisite", "withdraw", "fo_faglig_veileder")[0] == 0
    assert cli(path, "prerequisite", "withdraw", "fo_faglig_veileder")[0] == 2
