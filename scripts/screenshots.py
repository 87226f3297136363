"""Render the screenshots in docs/screenshots/ from a fresh demo log.

Run: .venv/bin/python scripts/screenshots.py [--language nb|nn|en] [OUT_DIR] [WIDTHxHEIGHT]
Offscreen, so it works without a screen; the demo log is written through the services with
the clock set to 18.06.2025 (the middle of the RBUP programme), so the pages show a log in
progress rather than a finished one. With ``--language nn`` or ``en`` the window and the dossier
speak that language and the files go to ``docs/screenshots/<language>/`` (same names); the
demo log is written in that language too (its topics; people and institutions keep their
names). Also renders the dossier's summary and one attest page when pdftoppm (poppler-utils)
is on PATH. The window is 1024×600
unless told otherwise (the small screens the app must serve), each page once under the light
palette (``oversikt.png``) and once under a dark one (``oversikt-mork.png``, the app's theme as
on a system in dark mode).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from miljologg.core import i18n  # noqa: E402
from miljologg.db.database import open_database  # noqa: E402
from miljologg.demo import write_demo  # noqa: E402
from miljologg.services.app import Services  # noqa: E402
from miljologg.ui.shell.main_window import MainWindow  # noqa: E402
from miljologg.ui.shell.style import install_style  # noqa: E402
from miljologg.ui.shell.translations import install_translations  # noqa: E402
from miljologg.ui.widgets.theme import dark_palette, install_theme  # noqa: E402

NOW = dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)
PAGES = {
    "dashboard": "oversikt",
    "sessions": "veiledning",
    "gatherings": "samlinger",
    "dossier": "dokumentasjon",
}


def main() -> None:
    args = sys.argv[1:]
    lang = "nb"
    if args[:1] == ["--language"]:
        lang, args = args[1], args[2:]
        if not i18n.is_language(lang):
            raise SystemExit(f"--language: one of {', '.join(i18n.LANGUAGES)}")
    default = Path("docs/screenshots") if lang == "nb" else Path("docs/screenshots") / lang
    out = Path(args[0]) if args else default
    width, height = (int(x) for x in (args[1] if len(args) > 1 else "1024x600").split("x"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["miljologg"])
    install_translations(app, lang)  # type: ignore[arg-type]  # checked above
    install_style(app)
    install_theme(app)
    light = app.style().standardPalette()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite"
        services = Services(open_database(path), now=lambda: NOW)
        write_demo(services)
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, path, settings)
        window.resize(width, height)
        window.show()
        for palette, suffix in ((light, ""), (dark_palette(), "-mork")):
            app.setPalette(palette)
            for key, name in PAGES.items():
                window.show_page(key)
                for _ in range(3):
                    app.processEvents()
                target = out / f"{name}{suffix}.png"
                window.grab().save(str(target))
                print(target)
        app.setPalette(light)
        if shutil.which("pdftoppm"):
            from miljologg.dossier import build_dossier

            pdf = Path(tmp) / "dossier.pdf"
            build_dossier(services, pdf)
            from pypdf import PdfReader

            texts = [page.extract_text() or "" for page in PdfReader(pdf).pages]

            def first(marker: str) -> int:
                return next(i for i, text in enumerate(texts, start=1) if marker in text)

            wanted = (
                (first(i18n._("Sammendrag")), "dossier-sammendrag"),
                (first(i18n._("Attest for veiledning – {name}").split("–")[0]), "dossier-attest"),
            )
            for page, name in wanted:
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        "70",
                        "-f",
                        str(page),
                        "-l",
                        str(page),
                        "-singlefile",
                        str(pdf),
                        str(out / name),
                    ],
                    check=True,
                )
                print(out / f"{name}.png")
        window.close()
        services.db.close()


if __name__ == "__main__":
    main()
