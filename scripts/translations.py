"""Keep the catalogues in step with the source: ``update`` after changing a user-facing string.

    python scripts/translations.py update    # extract, merge, compile (then translate, run again)
    python scripts/translations.py check     # exit 1 if anything is stale or untranslated

Two catalogues, one per layer, each with its standard tool:
- the Qt layer (``miljologg/ui``): ``pyside6-lupdate`` writes ``resources/translations/
  miljologg_{nb,nn,en}.ts`` (bokmål is the source, so its file holds only the plural forms, as Qt
  Linguist does for a source language), ``pyside6-lrelease`` compiles them to ``.qm``;
- everything else (core, services, dossier, CLI): Babel extracts ``_()``, ``ngettext()`` and
  ``pgettext()`` into ``resources/locale/miljologg.pot`` (``babel.cfg``), merges it into
  ``resources/locale/{nn,en}/LC_MESSAGES/miljologg.po`` and compiles those to ``.mo``.

The compiled ``.qm`` and ``.mo`` files are committed, not built: a plain ``pip install .``, the
wheel, the sdist and the PyInstaller spec then ship ``resources/`` as it is with no compile step
(and no Babel or Qt tools at build time), and ``tests/i18n`` fails when a compiled file is not
what its source compiles to — the same choice as argparse's catalogue beside them.

No source locations are written (``-locations none``, ``--no-location``): a line moving in a
widget would otherwise change the catalogues on every edit, and «is it up to date» would fail
for changes that touch no text.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
POT = LOCALE / "miljologg.pot"
QT_DIR = ROOT / "resources" / "translations"
UI = ROOT / "miljologg" / "ui"
#: The languages with a translation; bokmål is the source of both catalogues.
TARGETS = ("nn", "en")
QT_LANGUAGES = ("nb", *TARGETS)
DOMAIN = "miljologg"
HEADER_PROJECT = "miljologg"


def _tool(name: str) -> str:
    """A PySide6 tool beside the running interpreter (the venv), else on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (PySide6-Essentials installs it)")
    return found


# -- gettext (Babel) -------------------------------------------------------------------------
#: Babel's own keywords (``_``, ``ngettext``, ``pgettext``, ``N_`` …) and ``core.plural``'s two
#: (imported as ``count`` or ``count_text``): ``choose(singular, plural, n)`` and ``count(n,
#: singular, plural)`` call ``ngettext`` with their pair, so the pair is a plural message of the
#: catalogue. A call with fewer arguments or a non-literal pair (``"a-b".count("-")``,
#: ``choose(_(x), _(y), n)``) is passed over by Babel, not extracted.
KEYWORDS = {**DEFAULT_KEYWORDS, "choose": (1, 2), "count": (2, 3), "count_text": (2, 3)}


def extract() -> Catalog:
    """Every message in the non-Qt layers, as Babel finds it through ``babel.cfg``."""
    from babel.messages.frontend import parse_mapping_cfg

    with (ROOT / "babel.cfg").open(encoding="utf-8") as f:
        method_map, options_map = parse_mapping_cfg(f)
    catalog = Catalog(project=HEADER_PROJECT, charset="utf-8", fuzzy=False)
    for _filename, _lineno, message, comments, context in extract_from_dir(
        str(ROOT),
        method_map,
        options_map,
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    ):
        catalog.add(message, None, [], auto_comments=comments, context=context)
    return catalog


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale, domain=DOMAIN)


def _write_po(path: Path, catalog: Catalog) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=True, no_location=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != buffer.getvalue():
        path.write_bytes(buffer.getvalue())


def compile_mo(catalog: Catalog) -> bytes:
    """The ``.mo`` bytes of ``catalog`` (fuzzy entries left out, as gettext's msgfmt does)."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def update_gettext() -> None:
    template = extract()
    # A fixed creation date: the template changes only when a message does.
    fixed = Catalog(project=HEADER_PROJECT, charset="utf-8", fuzzy=False)
    fixed.creation_date = fixed.revision_date = _EPOCH
    for message in template:
        if message.id:
            fixed.add(
                message.id, None, [], auto_comments=message.auto_comments, context=message.context
            )
    _write_po(POT, fixed)
    for lang in TARGETS:
        path = po_path(lang)
        if path.exists():
            catalog = read_catalog(path, lang)
        else:
            catalog = Catalog(locale=lang, project=HEADER_PROJECT, charset="utf-8", fuzzy=False)
        catalog.creation_date = catalog.revision_date = _EPOCH
        catalog.update(fixed, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()  # a vanished message is gone from the source: keep no copy
        _write_po(path, catalog)
        mo = path.with_suffix(".mo")
        data = compile_mo(read_catalog(path, lang))
        if not mo.exists() or mo.read_bytes() != data:
            mo.write_bytes(data)


def untranslated(catalog: Catalog) -> list[str]:
    """The ids of messages with no translation (or a fuzzy one, which gettext does not use)."""
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else [message.string]
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def message_keys(catalog: Catalog) -> set[tuple[object, str | None]]:
    return {(m.id if isinstance(m.id, str) else tuple(m.id), m.context) for m in catalog if m.id}


# -- Qt Linguist -------------------------------------------------------------------------------
def ui_sources() -> list[str]:
    return sorted(str(p) for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(lang: str) -> Path:
    return QT_DIR / f"miljologg_{lang}.ts"


def run_lupdate(ts_file: Path, lang: str) -> None:
    """``pyside6-lupdate`` over every module of ``miljologg/ui`` into ``ts_file``."""
    args = [_tool("pyside6-lupdate"), *ui_sources(), "-locations", "none", "-no-obsolete"]
    args += ["-source-language", "nb_NO", "-target-language", _QT_LOCALES[lang]]
    if lang == "nb":
        args.append("-pluralonly")
    subprocess.run([*args, "-ts", str(ts_file)], check=True, capture_output=True, cwd=ROOT)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def update_qt() -> None:
    for lang in QT_LANGUAGES:
        ts = ts_path(lang)
        run_lupdate(ts, lang)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "out.qm"
            run_lrelease(ts, fresh)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                shutil.copyfile(fresh, qm)


def unfinished_ts(ts_file: Path) -> list[str]:
    """The source texts of ``ts_file`` whose translation is unfinished or missing."""
    import xml.etree.ElementTree as ET

    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            missing.append(source)
        elif message.get("numerus") == "yes":
            if not all((f.text or "").strip() for f in translation.iter("numerusform")):
                missing.append(source)
        elif not (translation.text or "").strip():
            missing.append(source)
    return missing


_QT_LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}
_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _report(title: str, items: Iterable[str]) -> int:
    items = list(items)
    if items:
        print(f"{title}: {len(items)}")
        for item in items[:20]:
            print(f"  {item!r}")
    return len(items)


def check() -> int:
    """Print what is stale or untranslated; the number of problems."""
    problems = 0
    if message_keys(extract()) != message_keys(read_catalog(POT)):
        print("miljologg.pot is not up to date: run python scripts/translations.py update")
        problems += 1
    for lang in TARGETS:
        problems += _report(
            f"{lang}: untranslated", untranslated(read_catalog(po_path(lang), lang))
        )
    for lang in TARGETS:
        problems += _report(f"miljologg_{lang}.ts: unfinished", unfinished_ts(ts_path(lang)))
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update_gettext()
        update_qt()
        return 0
    if command == "check":
        return 1 if check() else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
