"""No Norwegian sentence bypasses the gettext catalogue in the command line, the demo and the
services (``scripts/untranslated_literals.py``): each is ``_()``, ``ngettext()`` or
``core.plural``'s pair, or is marked ``# i18n: keep`` with the reason (a name, text stored in the
log or signed, a machine format)."""

from __future__ import annotations

from pathlib import Path

from tests.i18n.scripts import load_script

scan = load_script("untranslated_literals")
CLEAN = ("miljologg/cli", "miljologg/demo.py", "miljologg/services")


def test_no_norwegian_literal_bypasses_the_catalogue() -> None:
    found = scan.scan(CLEAN)
    assert [str(lit) for lit in found] == []


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    """The check can fail: bokmål sentences outside the catalogue are listed, the same words
    inside ``_()``/``ngettext()``/``count()``, a docstring, an identifier and a kept line not."""
    module = tmp_path / "module.py"
    module.write_text(
        '"""Docstring: veiledning på samlingen."""\n'
        "from miljologg.core.i18n import _, ngettext\n"
        "from miljologg.core.plural import count\n"
        'A = "Filen mangler."\n'
        'B = f"Skrev {n} møter"\n'
        'C = _("Filen mangler.")\n'
        'D = ngettext("{n} møte", "{n} møter", 2)\n'
        'E = count(2, "side", "sider")\n'
        'F = "start_time"\n'
        'G = "Kari Nordmann på kontoret"  # i18n: keep (a name)\n'
        'H = print("Veileder:")\n',
        encoding="utf-8",
    )
    found = scan.scan([str(module)])
    assert [(lit.line, lit.text) for lit in found] == [
        (4, "Filen mangler."),
        (5, "Skrev {} møter"),
        (11, "Veileder:"),
    ]
