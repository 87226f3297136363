"""No Norwegian sentence in core/ or dossier/ bypasses the gettext catalogue.

A string literal that looks Norwegian (a letter æ, ø or å, or a common bokmål word) must be an
argument of ``_``, ``N_``, ``ngettext`` or ``pgettext`` (which Babel extracts), or stand in
``ALLOWED`` with the reason it is no message: a regular expression that reads what people
write, a language's own name. Docstrings and comments are not messages. ``plural.choose`` and
``plural.count`` do not count as the catalogue: Babel does not extract them, so a sentence
passed to them stays bokmål in nynorsk and English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import miljologg

PACKAGE = Path(miljologg.__file__).resolve().parent
CATALOGUE_CALLS = frozenset({"_", "N_", "ngettext", "pgettext"})
#: Words that make a literal Norwegian on their own.
_STRONG = """
    ikke mangler side sider signerte digitalt skannet flere timer vedlegget dokument dokumentet
    feil alt stemmer fant
"""
#: Words that make a literal of two words or more Norwegian.
_WEAK = """
    er og må en et av til for med på som kan har den det de ble eller fra finnes ugyldig ingen
    ukjent skadet gyldig signert signatur veileder veiledning samling oppmøte dato mot ved etter
    før uten under over ny nytt nye står ligger brukes bruk oppgi enten begge minst én ett hvis
    når men sjekk endret
"""
STRONG, WEAK = frozenset(_STRONG.split()), frozenset(_WEAK.split())
WORD = re.compile(r"[A-Za-zÆØÅæøå]+")
#: (module, the start of the literal): why it is no message.
ALLOWED = {
    ("core/i18n.py", "Bokmål"): "a language's own name, shown as is in every language",
    ("core/privacy.py", "veien|vegen"): "a pattern for street names people write",
    ("core/privacy.py", "[A-ZÆØÅ]"): "a pattern for capitalised Norwegian words",
    ("core/privacy.py", "(?<![\\w])"): "a pattern for street addresses",
    ("core/units.py", "(?:t|h|time"): "a pattern for the hour units people type",
}


def looks_norwegian(text: str) -> bool:
    if re.fullmatch(r"[a-z0-9_.-]*", text):  # an identifier or a code
        return False
    words = [w.lower() for w in WORD.findall(text)]
    if re.search(r"[æøåÆØÅ]", text) or any(w in STRONG for w in words):
        return True
    return len(words) >= 2 and any(w in WEAK for w in words)


def bare_literals(source: str) -> list[tuple[int, str]]:
    """Norwegian-looking literals of ``source`` outside the catalogue calls, with their line."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for statement in body:  # docstrings and attribute docs: expressions alone
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    skip.add(id(statement.value))
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in CATALOGUE_CALLS:
                skip.update(id(n) for arg in node.args for n in ast.walk(arg))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and id(node) not in skip:
            skip.update(id(v) for v in node.values)
            text = "".join(
                v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}"
                for v in node.values
            )
            if looks_norwegian(text):
                found.append((node.lineno, text))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and looks_norwegian(node.value)
        ):
            found.append((node.lineno, node.value))
    return sorted(found)


def scan(folder: str) -> list[str]:
    out = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        for line, text in bare_literals(path.read_text(encoding="utf-8")):
            if not any(module == m and text.startswith(s) for m, s in ALLOWED):
                out.append(f"{module}:{line}: {text!r}")
    return out


@pytest.mark.parametrize("folder", ["core", "dossier"])
def test_no_norwegian_literal_bypasses_the_catalogue(folder: str) -> None:
    assert scan(folder) == []


def test_the_scan_finds_a_bare_sentence() -> None:
    source = '''
"""Modul om veiledning og oppmøte (a docstring is no message)."""
def f(n, name):
    ok = _("Veilederen mangler.") + ngettext("{n} møte", "{n} møter", n)
    raise ValueError(f"Veileder «{name}» finnes ikke.")
label = choose("{n} side", "{n} sider", 2)
code = "missing_supervisor"
'''
    assert bare_literals(source) == [
        (5, "Veileder «{}» finnes ikke."),
        (6, "{n} side"),
        (6, "{n} sider"),
    ]


def test_every_allowance_is_still_needed() -> None:
    found = {
        (path.relative_to(PACKAGE).as_posix(), text)
        for folder in ("core", "dossier")
        for path in (PACKAGE / folder).rglob("*.py")
        for _line, text in bare_literals(path.read_text(encoding="utf-8"))
    }
    unused = [a for a in ALLOWED if not any(m == a[0] and t.startswith(a[1]) for m, t in found)]
    assert unused == []
