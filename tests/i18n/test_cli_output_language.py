"""What the command line prints follows ``--language``: a demo log made in English or nynorsk and
every reading command on it (status with the schemes, verify, audit verify, the lists, the
exports and their files) show none of the app's bokmål words. The same commands in bokmål must
find plenty of them, so the check can fail. Only names are passed over: people, institutions,
programmes and schemes as their owners write them, and the addresses of their pages."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.core.i18n import set_language
from miljologg.core.programmes import bundled_programmes, bundled_schemes
from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers

TERMS = {"en": NOT_ENGLISH, "nn": NOT_NYNORSK}
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
