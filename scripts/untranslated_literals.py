"""List the Norwegian-looking string literals that bypass the gettext catalogue.

    python scripts/untranslated_literals.py [PATH ...]     # default: services, cli, demo.py
    python scripts/untranslated_literals.py --count PATH   # only the number

A literal is *Norwegian-looking* when it holds «æ», «ø» or «å», one of the common bokmål
words below (whole words, any case), or a date written the Norwegian way by hand (``%d.%m.%Y``,
which ``core.units.format_date`` writes per language). It *bypasses the catalogue* when it is
not the message of ``_()``, ``ngettext()``, ``pgettext()``, ``N_()`` or ``core.plural``'s
``choose()``/``count()`` (the calls ``scripts/translations.py`` extracts), is not a docstring,
and is not marked as kept on purpose with a ``# i18n: keep`` comment on its line (a name as its
owner writes it, text stored in the log or signed, a machine format). An f-string counts once,
by its literal parts.

It is a finder for a person, not a proof: a Norwegian word in an English identifier or a
file-name pattern may show up, and an English sentence built from a bokmål word list may not.
``tests/i18n/test_untranslated_literals.py`` holds the services, the command line and the demo
to zero.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ("miljologg/services", "miljologg/cli", "miljologg/demo.py")
#: The calls whose first string arguments are catalogue messages (as babel.cfg's keywords).
CATALOGUE_CALLS = frozenset({"_", "N_", "ngettext", "pgettext", "choose", "count", "count_text"})
KEEP_MARK = "# i18n: keep"

#: Common bokmål words English never writes (so «for», «i» and «dag» are left out).
_WORDS = """
    ikke og er av til med som på fra har kan må skal ble blir eller etter ingen noe nå
    det den de denne dette disse et ett én en ei hvis hva hvor når der her ut inn om
    mangler finnes gjelder feil fil filen mappe mappen ny nytt nye gammel lagret lagre
    dato tid timer møte møter veileder veiledning signert signatur samling
    studieprogram krav periode totalt kilde navn skrevet ukjent bekreftet oppfylt teller
    alt alle gyldig ugyldig hendelse hendelser svar oppmøte deltakelse skrev laget lest
    tempo ordningen avlyst levert godkjent avvist gjennomført forsinket registrert
    tema merknad begrunnelse refleksjon tittel profesjon arbeidssted arbeidsoppgaver
    klientgruppe stilling avvisning passordfrase sikkerhetskopi gjenta
"""
WORDS = frozenset(_WORDS.split())
_WORD = re.compile(r"[A-Za-zÆØÅæøåé]+")
_LETTERS = re.compile(r"[æøåÆØÅ]")
#: A key, column or attribute name (``start_time``, ``student.name``), not a sentence.
_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+")


class Literal(NamedTuple):
    """One literal found: where it is, and its text (an f-string's parts joined by «{}»)."""

    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def norwegian_looking(text: str) -> bool:
    if "%d.%m.%Y" in text:
        return True
    if _IDENTIFIER.fullmatch(text):
        return False
    if _LETTERS.search(text):
        return True
    return any(w.lower() in WORDS for w in _WORD.findall(text))


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the constant nodes that are docstrings."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _exempt(tree: ast.AST) -> set[int]:
    """The ids of string nodes that are catalogue messages (or inside one)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in CATALOGUE_CALLS:
            for arg in node.args:
                for inner in ast.walk(arg):
                    if isinstance(inner, ast.Constant | ast.JoinedStr):
                        found.add(id(inner))
    return found


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        return "{}".join(str(p) for p in parts)
    return None


def literals(path: Path) -> Iterator[Literal]:
    """The Norwegian-looking literals of one module that bypass the catalogue."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source, str(path))
    skip = _docstrings(tree) | _exempt(tree)
    inside_fstring = {
        id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values
    }
    for node in ast.walk(tree):
        if id(node) in skip or id(node) in inside_fstring:
            continue
        if not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        text = _text(node)
        if text is None or not norwegian_looking(text):
            continue
        first, last = node.lineno, node.end_lineno or node.lineno
        if any(KEEP_MARK in lines[i - 1] for i in range(first, last + 1)):
            continue
        yield Literal(path, node.lineno, text)


def modules(paths: Iterable[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name) if Path(name).is_absolute() else ROOT / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [p for p in found if "__pycache__" not in p.parts]


def scan(paths: Iterable[str] = DEFAULT_PATHS) -> list[Literal]:
    found = [lit for module in modules(paths) for lit in literals(module)]
    return sorted(found, key=lambda lit: (str(lit.path), lit.line))


def main(argv: list[str]) -> int:
    only_count = "--count" in argv
    paths = [a for a in argv if a != "--count"] or list(DEFAULT_PATHS)
    found = scan(paths)
    if not only_count:
        for lit in found:
            print(str(lit).replace(str(ROOT) + "/", ""))
    print(len(found))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
