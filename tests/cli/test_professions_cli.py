"""``--profession`` takes a code or any name of the vocabulary; other text only as «annet»."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import RBUP, _count, cli


def test_supervisor_add_takes_codes_names_and_titles(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    assert (
        cli(path, "init", "--name", "S", "--programme", RBUP, "--profession", "vernepleier")[0] == 0
    )
    for name, typed in (("Kari", "Klinisk sosionom"), ("Ola", "psykolog"), ("Eva", "Psykiater")):
        assert cli(path, "supervisor", "add", "--name", name, "--profession", typed)[0] == 0
    code, out, _ = cli(path, "supervisor", "list", "--json")
    assert code == 0
    got = {x["name"]: (x["profession"], sorted(x["approvals"])) for x in json.loads(out)}
    assert got == {
        "Kari": ("sosionom", ["clinical"]),
        "Ola": ("psykolog", []),
        "Eva": ("lege", ["specialist"]),
    }
    code, out, _ = cli(path, "supervisor", "list")
    assert "Klinisk sosionom" in out and "Psykiater" in out


def test_unknown_profession_is_refused_with_the_codes_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    assert cli(path, "init", "--name", "S", "--programme", RBUP)[0] == 0
    code, _out, err = cli(path, "supervisor", "add", "--name", "M", "--profession", "Miljøarbeider")
    assert code == 2 and "Ukjent profesjon «Miljøarbeider»" in err and "sosionom" in err
    assert len(err.strip().splitlines()) == 1
    assert _count(path, "supervisor") == 0
    code, _out, err = cli(path, "supervisor", "add", "--name", "M", "--profession", "annet")
    assert code == 2 and "Annet" in err
    code, _out, _err = cli(
        path, "supervisor", "add", "--name", "M", "--profession", "annet",
        "--profession-other", "Musikkterapeut",
    )  # fmt: skip
    assert code == 0
    (mona,) = json.loads(cli(path, "supervisor", "list", "--json")[1])
    assert (mona["profession"], mona["profession_other"]) == ("annet", "Musikkterapeut")


def test_init_refuses_an_unknown_profession_before_the_file_exists(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    code, _out, err = cli(path, "init", "--name", "S", "--programme", RBUP, "--profession", "X y")
    assert code == 2 and "Ukjent profesjon" in err
    assert not path.exists()
