"""The Hjelp menu: the user guide (F1) and «Om miljologg».

The guide is a Markdown file in ``resources/help/`` in the app's language (bokmål
``brukerveiledning.md``, nynorsk ``brukarrettleiing.md``, English ``user-guide.md``; see
``miljologg.about.USER_GUIDES``), shipped with the app and shown in a ``QTextBrowser``.
«Om» shows the version (``miljologg.version()``), the data file, the programme's source and
the licences of what the app ships: the DejaVu fonts (their licence file) and every library,
read from its installed metadata (``miljologg.about``).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import miljologg
from miljologg.about import font_licence_path, shipped_licences, user_guide_path
from miljologg.core.programmes import Programme
from miljologg.ui.widgets.common import norwegian_buttons, open_dialog

translate = QCoreApplication.translate


class TextDialog(QDialog):
    """A read-only text (Markdown or HTML) with a Lukk button; links open in the browser."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        self.buttons = norwegian_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return self.browser.toPlainText()


def open_guide(parent: QWidget) -> TextDialog:
    """Show the guide window-modal (``open_dialog``: the last one is kept, older ones go)."""
    dialog = guide_dialog(parent)
    open_dialog(dialog)
    return dialog


def open_about(parent: QWidget, data_file: Path, programme: Programme | None) -> TextDialog:
    dialog = about_dialog(data_file, programme, parent)
    open_dialog(dialog)
    return dialog


def guide_dialog(parent: QWidget | None = None) -> TextDialog:
    """Hjelp → Brukerveiledning: the shipped guide, in the app's language."""
    dialog = TextDialog(translate("Help", "Brukerveiledning"), parent)
    path = user_guide_path()
    dialog.browser.setMarkdown(path.read_text(encoding="utf-8"))
    dialog.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
    return dialog


def _field(label: str, value: str) -> str:
    """«<b>Datafil:</b> value» (``value`` already HTML)."""
    return f"<b>{html.escape(label)}:</b> {value}"


def about_html(data_file: Path, programme: Programme | None) -> str:
    """What «Om miljologg» says (see the module docstring)."""
    intro = translate(
        "Help",
        "En privat logg over veiledning, oppmøte og arbeidskrav. Alt lagres bare i "
        "datafilen på denne maskinen.",
    )
    data_label = translate("Help", "Datafil")
    backups_label = translate("Help", "Sikkerhetskopier")
    parts = [
        f"<h3>miljologg {html.escape(miljologg.version())}</h3>",
        f"<p>{html.escape(intro)}</p>",
        "<p>"
        + _field(data_label, html.escape(str(data_file)))
        + "<br>"
        + _field(backups_label, html.escape(str(data_file.parent / "backups")))
        + "</p>",
    ]
    if programme is not None:
        source = programme.source
        source_text = html.escape(source.title or translate("Help", "ikke oppgitt"))
        if source.url:
            url = html.escape(source.url)
            source_text += f' (<a href="{url}">{url}</a>)'
        checked = (
            translate("Help", "Tallene er kontrollert mot kilden.")
            if programme.verified
            else translate("Help", "Tallene er ikke bekreftet – sjekk dem mot studieplanen din.")
        )
        programme_label = translate("Help", "Studieprogram")
        source_label = translate("Help", "Kilde")
        parts.append(
            "<p>"
            + _field(programme_label, html.escape(programme.name))
            + "<br>"
            + _field(source_label, source_text)
            + f"<br>{html.escape(checked)}</p>"
        )
    duty_label = translate("Help", "Teieplikt")
    duty = translate(
        "Help",
        "Skriv aldri navn eller andre opplysninger som kan identifisere klienter "
        "(helsepersonelloven § 21).",
    )
    parts.append(f"<p>{_field(duty_label, html.escape(duty))}</p>")
    licences = translate("Help", "Lisenser")
    uses = (
        translate(
            "Help",
            "miljologg bruker Qt %1 gjennom PySide6 %2 under GNU LGPL versjon 3. "
            "Bibliotekene appen har med seg, med lisensen hver av dem oppgir:",
        )
        .replace("%1", qVersion())
        .replace("%2", pyside_version)
    )
    parts.append(f"<h4>{html.escape(licences)}</h4><p>{html.escape(uses)}</p><ul>")
    parts += [
        f"<li>{html.escape(item.name)} {html.escape(item.version)}: "
        f"{html.escape(item.licence)}</li>"
        for item in shipped_licences()
    ]
    parts.append("</ul>")
    fonts = font_licence_path()
    font_label = translate("Help", "Skrift i PDF-en")
    font_licence = translate(
        "Help", "DejaVu Sans (Bitstream Vera-lisensen, endringene i offentlig eie). Lisensteksten:"
    )
    parts.append(
        f"<p>{_field(font_label, html.escape(font_licence))}</p>"
        f"<pre>{html.escape(fonts.read_text(encoding='utf-8'))}</pre>"
    )
    return "".join(parts)


def about_dialog(
    data_file: Path, programme: Programme | None, parent: QWidget | None = None
) -> TextDialog:
    """Hjelp → Om miljologg."""
    dialog = TextDialog(translate("Help", "Om miljologg"), parent)
    dialog.browser.setHtml(about_html(data_file, programme))
    return dialog
