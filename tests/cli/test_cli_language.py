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


#: Bad input that the services refuse, each with its own message: the line on stderr must be
#: in the chosen language with none of the app's bokmål words left (names typed are allowed).
REFUSED = [
    ["session", "add", "--date", "2025-01-20", "--minutes", "0", "--form", "individual",
     "--supervisor", "Kari Nordmann"],
    ["session", "add", "--date", "2025-01-20", "--minutes", "60", "--form", "individual",
     "--supervisor", "Kari Nordmann", "--group-size", "3"],
    ["session", "add", "--date", "2025-01-20", "--minutes", "60", "--form", "individual",
     "--supervisor", "Nobody Known"],
    ["session", "add", "--date", "2025-01-20", "--minutes", "60", "--form", "individual",
     "--supervisor", "Kari Nordmann", "--start", "25:00"],
    ["session", "add", "--date", "2099-01-20", "--minutes", "60", "--form", "individual",
     "--supervisor", "Kari Nordmann"],
    ["session", "add", "--date", "2025-01-20", "--minutes", "60", "--form", "external_group",
     "--supervisor", "Kari Nordmann", "--group-size", "4", "--participants-profession", "x"],
    ["supervisor", "add", "--name", "Ny Veileder", "--profession", "sosionom",
     "--workplace", "Kontor 02013299997"],
    ["attendance", "set", "--date", "2025-01-21", "--partial", "0"],
    ["prerequisite", "withdraw", "fo_supervisor_approval"],
]  # fmt: skip


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert cli(["--data", str(data), "demo"])[0] == 0
    set_language("nb")
    return data


@pytest.mark.parametrize("command", REFUSED, ids=lambda c: "-".join(c[:2]) + str(len(c)))
def test_service_refusals_follow_the_language(demo_file: Path, command: list[str]) -> None:
    from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers

    lines = {}
    for lang in ("nb", "nn", "en"):
        code, out, err = cli(["--language", lang, "--data", str(demo_file), *command])
        assert (code, out) == (2, ""), err
        assert err.startswith("miljologg: ") and err.count("\n") == 1
        lines[lang] = err
    allowed = ["Kari Nordmann", "Nobody Known", "fo_supervisor_approval"]
    assert leftovers(lines["en"], NOT_ENGLISH, allowed) == [], lines["en"]
    assert leftovers(lines["nn"], NOT_NYNORSK, allowed) == [], lines["nn"]
    assert lines["en"] != lines["nb"], lines  # (nynorsk may write a sentence as bokmål does)


#: The command line's own refusals (before or around the services).
CLI_REFUSED = [
    ["session", "add", "--date", "2025-01-20", "--minutes", "60", "--form", "individual"],
    ["session", "add", "--date", "2025-01-20", "--minutes", "60", "--form", "given",
     "--supervisor", "Kari Nordmann"],
    ["supervisor", "add", "--name", "Ny Veileder", "--profession", "bogus"],
    ["session", "add", "--date", "2025-01-20", "--minutes", "x", "--form", "individual"],
    ["demo"],
    ["signing", "sign", "missing.json", "--out", "x.json", "--reject", "abc"],
    ["backup", "restore", "nope", "--yes"],
    ["signing", "paper", "--sessions", "abc", "--scan", "missing.pdf"],
    ["signing", "paper", "--sessions", "zzzz", "--scan", "{text}"],
    ["signing", "paper", "--sessions", "zzzz", "--scan", "{folder}"],
]  # fmt: skip


@pytest.mark.parametrize("command", CLI_REFUSED, ids=lambda c: "-".join(c[:2]) + str(len(c)))
def test_cli_refusals_follow_the_language(demo_file: Path, command: list[str]) -> None:
    from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers

    text = demo_file.parent / "notes.txt"
    text.write_text("not a scan\n", encoding="utf-8")
    command = [a.format(text=text, folder=demo_file.parent) for a in command]
    lines = {}
    for lang in ("nb", "nn", "en"):
        code, out, err = cli(["--language", lang, "--data", str(demo_file), *command])
        assert (code, out) == (2, ""), err
        lines[lang] = err
    allowed = ["Kari Nordmann", "bogus", "missing", "nope", "zzzz", "barne_og_ungdomsarbeider"]
    allowed += [str(demo_file), str(text), str(demo_file.parent)]
    assert leftovers(lines["en"], NOT_ENGLISH, allowed) == [], lines["en"]
    assert leftovers(lines["nn"], NOT_NYNORSK, allowed) == [], lines["nn"]
    assert lines["en"] != lines["nb"], lines


def test_every_commands_help_follows_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    """``--help`` of every command and group, in English and nynorsk, has no bokmål left."""
    from miljologg.cli.parser import build_parser
    from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers

    _parser, table = build_parser()
    paths = sorted({c.path for c in table} | {c.path[:1] for c in table})
    assert len(paths) > 30
    # Names the help quotes as their owners write them (a profession named as an example).
    allowed = ["psykolog", "«Klinisk sosionom»", "FO", "annet"]
    for lang, terms in (("en", NOT_ENGLISH), ("nn", NOT_NYNORSK)):
        for path in [(), *paths]:
            with pytest.raises(SystemExit):
                cli(["--language", lang, *path, "--help"])
            shown = capsys.readouterr().out
            assert shown, path
            assert leftovers(shown, terms, allowed) == [], (lang, path, shown)


def test_file_problems_follow_the_language(tmp_path: Path) -> None:
    """The data file's problems (missing, not a log, a folder) and the operating system's
    reasons are told in the chosen language."""
    import errno

    from miljologg.core.i18n import language
    from miljologg.os_errors import cannot
    from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers

    text = tmp_path / "notes.txt"
    text.write_text("not a log\n", encoding="utf-8")
    cases = [tmp_path / "missing.sqlite", text, tmp_path]
    for data in cases:
        lines = {}
        for lang in ("nb", "nn", "en"):
            code, out, err = cli(["--language", lang, "--data", str(data), "status"])
            assert (code, out) == (2, ""), err
            lines[lang] = err
        allowed = [str(data)]
        assert leftovers(lines["en"], NOT_ENGLISH, allowed) == [], lines["en"]
        assert leftovers(lines["nn"], NOT_NYNORSK, allowed) == [], lines["nn"]
        assert lines["en"] != lines["nb"]
    gone = FileNotFoundError(errno.ENOENT, "No such file or directory", "/x/fil.json")
    with language("en"):
        assert cannot("lese", None, gone) == (
            "Could not read /x/fil.json: the file or folder does not exist."
        )
    with language("nn"):
        assert cannot("skrive", "/y", PermissionError(errno.EACCES, "Permission denied")) == (
            "Kunne ikkje skrive /y: du har ikkje tilgang (manglar rettar)."
        )


def test_signing_problems_follow_the_language(tmp_path: Path) -> None:
    """A response imported twice and a signed session changed behind the app's back are told
    in English with no bokmål left (the field that changed named in English too)."""
    import json
    import sqlite3

    from tests.i18n.bokmal_terms import NOT_ENGLISH, leftovers

    student, sup = tmp_path / "student.sqlite", tmp_path / "veileder.sqlite"
    secret = tmp_path / "pass.txt"
    secret.write_text("hemmelig passord\n", encoding="utf-8")

    def ok(data: Path, *args: str) -> str:
        code, out, err = cli(["--data", str(data), *args])
        assert code == 0, err
        return out

    ok(student, "init", "--name", "Test Student", "--programme", "rbup-kmaa-2024")
    ok(student, "supervisor", "add", "--name", "Kari Nordmann", "--programme-approved")
    ok(student, "session", "add", "--date", "2025-05-06", "--minutes", "60", "--form",
       "individual", "--supervisor", "Kari Nordmann", "--topic", "Samarbeid")  # fmt: skip
    ok(sup, "init", "--name", "Kari Nordmann", "--role", "supervisor")
    req, resp = tmp_path / "req.json", tmp_path / "resp.json"
    ok(student, "signing", "request", "--supervisor", "Kari Nordmann", "--out", str(req))
    ok(sup, "signing", "sign", str(req), "--out", str(resp), "--passphrase-file", str(secret))
    ok(student, "signing", "import", str(resp))
    allowed = ["Kari Nordmann", "Test Student", str(resp)]

    code, _out, err = cli(["--language", "en", "--data", str(student), "signing", "import",
                           str(resp)])  # fmt: skip
    assert code == 2 and "already been imported" in err
    assert leftovers(err, NOT_ENGLISH, allowed) == [], err

    from reportlab.pdfgen.canvas import Canvas

    scan = tmp_path / "ark.pdf"
    canvas = Canvas(str(scan))
    canvas.drawString(72, 720, "Signert ark")
    canvas.save()
    [session] = json.loads(ok(student, "session", "list", "--json"))
    code, _out, err = cli(["--language", "en", "--data", str(student), "signing", "paper",
                           "--sessions", session["id"], "--scan", str(scan)])  # fmt: skip
    assert code == 2 and "6 May 2025" in err and "already signed" in err, err
    assert leftovers(err, NOT_ENGLISH, allowed) == [], err

    con = sqlite3.connect(student)
    with con:
        con.execute("UPDATE session SET topic = 'Noe annet'")
    con.close()
    code, out, err = cli(["--language", "en", "--data", str(student), "verify"])
    assert code == 1
    assert "The session 6 May 2025, 60 min (Kari Nordmann) was changed after signing (topic)" in err
    assert "outside the program" in err
    assert leftovers(out + err, NOT_ENGLISH, allowed) == [], out + err
