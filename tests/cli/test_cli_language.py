"""The command line speaks the language chosen by ``--language`` or ``MILJOLOGG_LANG``: its own
errors, argparse's and the messages made in the core."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.core.i18n import current_language, set_language


@pytest.fixture(autouse=True)
def _back_to_bokmal():
    yield
    set_language("nb")


def cli(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(args, env=env or {}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("args", "env", "line"),
    [
        ([], {}, "miljologg: Datoen finnes ikke i kalenderen.\n"),
        (["--language", "nn"], {}, "miljologg: Datoen finst ikkje i kalenderen.\n"),
        (["--language=en"], {}, "miljologg: That date does not exist in the calendar.\n"),
        ([], {"MILJOLOGG_LANG": "en"}, "miljologg: That date does not exist in the calendar.\n"),
        ([], {"LANG": "nn_NO.UTF-8"}, "miljologg: Datoen finst ikkje i kalenderen.\n"),
        (
            ["--language", "nb"],
            {"MILJOLOGG_LANG": "en"},
            "miljologg: Datoen finnes ikke i kalenderen.\n",
        ),
    ],
)
def test_a_core_message_follows_the_language(
    tmp_path: Path, args: list[str], env: dict[str, str], line: str
) -> None:
    data = tmp_path / "demo.sqlite"
    assert cli(["--data", str(data), "demo"])[0] == 0
    command = ["--data", str(data), "attendance", "set", "--date", "31.02.2025", "--present"]
    assert cli(args + command, env) == (2, "", line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nb", "miljologg: ukjente argumenter: --bogus\n"),
        ("nn", "miljologg: ukjende argument: --bogus\n"),
        ("en", "miljologg: unrecognized arguments: --bogus\n"),
    ],
)
def test_argparse_speaks_the_language(lang: str, line: str) -> None:
    assert cli(["--language", lang, "--bogus"]) == (2, "", line)
    assert current_language() == lang


def test_a_bad_language_is_refused_in_the_environments_language() -> None:
    code, out, err = cli(["--language", "sv", "status"], {"MILJOLOGG_LANG": "en"})
    assert (code, out) == (2, "")
    assert err.startswith("miljologg: argument --language: invalid choice: 'sv'")


def test_help_follows_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli(["--language", "en", "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("usage: miljologg") and "A log of supervision" in shown
    with pytest.raises(SystemExit):
        cli(["--language", "nn", "--help"])
    assert "Logg over rettleiing" in capsys.readouterr().out
