"""What the command line prints follows ``--language``: a demo log made in English or nynorsk and
every reading command on it (status with the schemes, verify, audit verify, the lists, the
exports and their files) show none of the app's bokmål words. The same commands in bokmål must
find plenty of them, so the check can fail. Only names are passed over: people, institutions,
programmes and schemes as their owners write them, and the addresses of their pages."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.core.i18n import language, set_language
from miljologg.core.programmes import bundled_programmes, bundled_schemes
from miljologg.core.units import format_date
from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers

#: More bokmål words of the messages about files, keys and the audit log, beside the app's list:
#: not nynorsk (nor English), and shared by the two written standards (not English).
_FILE_WORDS_NOT_NYNORSK = """
    filen skadet nyere være heltall forespørselen hendelse hendelser sikkerhetskopien
    inneholder tegn ikke endret slettet skrevet
"""
_FILE_WORDS_SHARED = """
    linje kolonne ugyldig versjonen forstår må ukjent verdi gyldig nøkkelen svaret
    revisjonsloggen eksport eksporten
"""
TERMS = {
    "en": NOT_ENGLISH | frozenset(_FILE_WORDS_NOT_NYNORSK.split() + _FILE_WORDS_SHARED.split()),
    "nn": NOT_NYNORSK | frozenset(_FILE_WORDS_NOT_NYNORSK.split()),
}
URL = re.compile(r"https?://\S+")
#: The demo's people and institutions, written as they are in every language.
NAMES = [
    "Ingrid Demo",
    "Kari Nordmann",
    "Ola Hansen",
    "Siri Berg",
    "Per Lund",
    "RBUP Øst og Sør",
    "Familievernkontoret Oslo",
    "BUP Nydalen",
    "Eksempel kommune",
]


def _names() -> list[str]:
    texts = list(NAMES)
    for prog in bundled_programmes().values():
        texts += [prog.name, prog.cohort, prog.provider, prog.source.title]
        texts += [g.id for g in prog.gatherings]  # the CSV's gathering column: the file's ids
    for scheme in bundled_schemes().values():
        texts += [scheme.name, scheme.organisation, scheme.source.title]
    return [t for t in texts if t]


def cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(args, env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """A demo log made in each language, with what ``demo`` printed."""
    made = {}
    for lang in ("nb", "nn", "en"):
        data = tmp_path_factory.mktemp(lang) / "demo.sqlite"
        code, out, err = cli(["--language", lang, "--data", str(data), "demo"])
        assert code == 0, err
        made[lang] = (data, out)
    set_language("nb")
    return made


def _commands(folder: Path) -> list[list[str]]:
    return [
        ["status"],
        ["status", "--scheme", "fo-klinisk-spesialist"],
        ["status", "--scheme", "psykologforeningen-spesialist"],
        ["status", "--scheme", "fagforbundet-klinisk-fagstige-niva-1"],
        ["verify"],
        ["audit", "verify"],
        ["session", "list"],
        ["supervisor", "list"],
        ["profile", "show"],
        ["prerequisite", "list"],
        ["programmes"],
        ["backup", "create"],
        ["backup", "list"],
        ["export", "csv", "--out", str(folder / "sessions.csv")],
        ["export", "attendance-csv", "--out", str(folder / "attendance.csv")],
        ["export", "ics", "--out", str(folder / "gatherings.ics")],
    ]


def _shown(lang: str, data: Path, folder: Path) -> str:
    """Everything the reading commands print in ``lang``, and the exported files."""
    texts = []
    for command in _commands(folder):
        code, out, err = cli(["--language", lang, "--data", str(data), *command])
        assert code == 0, (command, err)
        texts += [out, err]
    for name in ("sessions.csv", "attendance.csv", "gatherings.ics"):
        text = (folder / name).read_text(encoding="utf-8-sig")
        texts.append(text.replace("\r\n ", ""))  # iCalendar folds long lines
    set_language("nb")
    return URL.sub(" ", "\n".join(texts))


@pytest.mark.parametrize("lang", ["en", "nn"])
def test_the_command_line_has_no_bokmal_left(
    demos: dict[str, tuple[Path, str]], tmp_path: Path, lang: str
) -> None:
    data, demo_out = demos[lang]
    shown = demo_out + _shown(lang, data, tmp_path)
    allowed = [*_names(), str(tmp_path), str(data)]
    assert leftovers(shown, TERMS[lang], allowed) == [], lang
    # The same commands on the bokmål demo, in bokmål: the check finds the words it looks for.
    bokmal_data, bokmal_out = demos["nb"]
    (tmp_path / "nb").mkdir()
    bokmal = bokmal_out + _shown("nb", bokmal_data, tmp_path / "nb")
    assert len(leftovers(bokmal, TERMS[lang], allowed)) >= {"en": 30, "nn": 15}[lang]


def test_the_demo_is_written_in_its_language(demos: dict[str, tuple[Path, str]]) -> None:
    """The demo's topics, titles and profile are the language's own; its numbers are not."""
    lists = {}
    for lang, (data, _out) in demos.items():
        code, out, err = cli(["--data", str(data), "session", "list", "--json"])
        assert code == 0, err
        lists[lang] = out
    set_language("nb")
    assert "Setting limits and predictability" in lists["en"]
    assert "Grensesetjing og føreseielegheit" in lists["nn"]
    assert "Grensesetting og forutsigbarhet" in lists["nb"]
    # One log in three languages: the same dates, lengths and forms, only the words differ.
    shape = re.compile(r'"(?:date|minutes|form|status)": [^,\n]+')
    assert shape.findall(lists["en"]) == shape.findall(lists["nb"]) == shape.findall(lists["nn"])


def _bad_files(folder: Path, data: Path) -> dict[str, Path]:
    """Files the import, ``audit verify --anchor`` and ``signing import`` refuse, each its way."""
    export = folder / "export.json"
    assert cli(["--data", str(data), "export", "json", "--out", str(export)])[0] == 0
    doc = json.loads(export.read_text(encoding="utf-8"))
    files = {}

    def put(name: str, text: str) -> None:
        files[name] = folder / name
        files[name].write_text(text, encoding="utf-8")

    put("notes.txt", "not a log\n")
    put("broken.json", '{"format": "miljologg-export",\n "version": ')
    put("newer.json", json.dumps({**doc, "version": 99}))
    put("minutes.json", json.dumps({**doc, "sessions": [{**doc["sessions"][0], "minutes": "x"}]}))
    proof = {**doc["proof"], "signatures": [{**doc["proof"]["signatures"][0], "method": "fax"}]}
    put("proof.json", json.dumps({**doc, "proof": proof}))
    put("request.json", json.dumps({"format": "miljologg-signing-request", "version": 1}))
    return files


#: (command, the file it is given): each is refused with exit 2 and one line on stderr.
REFUSED_FILES = [
    (["import"], "notes.txt"),
    (["import"], "broken.json"),
    (["import"], "newer.json"),
    (["import"], "minutes.json"),
    (["import"], "proof.json"),
    (["audit", "verify", "--anchor"], "notes.txt"),
    (["signing", "import"], "request.json"),
    (["signing", "show"], "broken.json"),
]


@pytest.mark.parametrize(("command", "name"), REFUSED_FILES, ids=lambda x: str(x))
def test_refused_files_are_told_in_the_language(
    demos: dict[str, tuple[Path, str]], tmp_path: Path, command: list[str], name: str
) -> None:
    data = demos["nb"][0]
    files = _bad_files(tmp_path, data)
    lines = {}
    for lang in ("nb", "nn", "en"):
        code, out, err = cli(["--language", lang, "--data", str(data), *command, str(files[name])])
        assert (code, out) == (2, ""), (lang, err)
        assert err.startswith("miljologg: ") and err.count("\n") == 1, err
        lines[lang] = err
    set_language("nb")
    allowed = [*_names(), str(tmp_path), "miljologg-export"]
    assert leftovers(lines["en"], TERMS["en"], allowed) == [], lines["en"]
    assert leftovers(lines["nn"], TERMS["nn"], allowed) == [], lines["nn"]
    assert leftovers(lines["nb"], TERMS["en"], allowed) != [], lines["nb"]  # the check bites
    assert lines["en"] != lines["nb"]


def test_argparse_names_a_whole_number_in_the_language(demos: dict[str, tuple[Path, str]]) -> None:
    command = ["session", "add", "--date", "2025-01-20", "--minutes", "x", "--form", "individual"]
    lines = {}
    for lang in ("nb", "nn", "en"):
        lines[lang] = cli(["--language", lang, "--data", str(demos["nb"][0]), *command])[2]
    set_language("nb")
    assert lines == {
        "nb": "miljologg: --minutes: ugyldig verdi 'x' (skal være et heltall)\n",
        "nn": "miljologg: --minutes: ugyldig verdi 'x' (skal vere eit heiltal)\n",
        "en": "miljologg: argument --minutes: invalid whole number value: 'x'\n",
    }


@pytest.mark.parametrize("lang", ["en", "nn"])
def test_a_paper_registration_warns_in_the_language(
    demos: dict[str, tuple[Path, str]], tmp_path: Path, lang: str
) -> None:
    """A session that stood on no printed sign sheet: the warning names it with the language's
    date («6 Mar 2025» in English) and no bokmål."""
    from reportlab.pdfgen.canvas import Canvas

    data = tmp_path / "demo.sqlite"
    source, copy = sqlite3.connect(demos[lang][0]), sqlite3.connect(data)
    source.backup(copy)  # with what is still in the write-ahead log
    source.close()
    copy.close()
    sheet = ["signing", "sheet", "--supervisor", "Kari Nordmann", "--out", str(tmp_path / "s.pdf")]
    code, _out, err = cli(["--data", str(data), *sheet])
    assert code == 0, err
    code, added, err = cli(["--data", str(data), "session", "add", "--date", "2025-03-06",
                            "--minutes", "60", "--form", "individual",
                            "--supervisor", "Kari Nordmann"])  # fmt: skip
    assert code == 0, err
    scan = tmp_path / "ark.pdf"
    canvas = Canvas(str(scan))
    canvas.drawString(72, 720, "Signed sheet")
    canvas.save()
    code, out, err = cli(["--language", lang, "--data", str(data), "signing", "paper",
                          "--sessions", added.strip(), "--scan", str(scan)])  # fmt: skip
    set_language("nb")
    assert code == 0, err
    assert err.count("\n") == 1 and "2025-03-06" not in err, err
    with language(lang):  # type: ignore[arg-type]
        assert format_date(dt.date(2025, 3, 6)) in err
    allowed = [*_names(), str(tmp_path)]
    assert leftovers(out + err, TERMS[lang], allowed) == [], out + err
