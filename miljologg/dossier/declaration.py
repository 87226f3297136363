"""Section 7, the student's declaration: no client-identifying information (teieplikt)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from miljologg.dossier.content import DossierContent, esc
from miljologg.dossier.styles import FONT, INK, Styles


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    w = st.content_width
    gap = 10 * mm
    col = (w - gap) / 2
    sign = Table(
        [["", "", ""], ["Sted og dato", "", f"Underskrift ({c.profile.name})"]],
        colWidths=[col, gap, col],
        rowHeights=[18 * mm, None],
        hAlign="LEFT",
    )
    sign.setStyle(
        [
            ("LINEBELOW", (0, 0), (0, 0), 0.7, INK),
            ("LINEBELOW", (2, 0), (2, 0), 0.7, INK),
            ("FONT", (0, 0), (-1, -1), FONT, 8, 10),  # empty cells too: no Helvetica
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [
        Paragraph("Erklæring om taushetsplikt", st.h1),
        Paragraph(
            f"Jeg, {esc(c.profile.name)}, erklærer at denne dokumentasjonen ikke inneholder "
            "opplysninger som kan identifisere klienter, pasienter eller deres pårørende – "
            "verken navn, fødselsnummer eller andre opplysninger som alene eller sammen peker "
            "ut en enkeltperson. Klientgruppe, arbeidsoppgaver og tema for veiledningen er "
            "beskrevet i generelle vendinger.",
            st.body,
        ),
        Paragraph(
            "Erklæringen gis i samsvar med taushetsplikten i helsepersonelloven § 21 "
            "(og forvaltningsloven § 13 der den gjelder).",
            st.body,
        ),
        Paragraph(
            f"Dokumentet har dokument-ID <b>{c.document_id}</b> og består av sidene som er "
            "nummerert i bunnteksten.",
            st.body,
        ),
        Spacer(1, 14 * mm),
        sign,
    ]
