"""Section 7, the student's declarations, each signed by hand: the log is true and complete, and
it holds no client-identifying information (teieplikt).

The first is what a committee otherwise has no one to hold to: most hours, all attendance and
every approval in the dossier are the student's own statements (the cover says so), so the
student vouches for them in writing. Each declaration has its own signature lines and is kept
whole on one page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from miljologg.core.i18n import _
from miljologg.dossier.content import DossierContent, esc
from miljologg.dossier.styles import Styles, signature_lines


def _signed(c: DossierContent, st: Styles, parts: Sequence[Flowable]) -> Flowable:
    labels = (_("Sted og dato"), _("Underskrift ({name})").format(name=c.profile.name))
    lines = signature_lines(labels, st.content_width, 16 * mm)
    return KeepTogether([*parts, Spacer(1, 4 * mm), lines, Spacer(1, 8 * mm)])


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    name = esc(c.profile.name)
    truth = [
        Paragraph(_("Loggen er riktig og fullstendig"), st.h2),
        Paragraph(
            _(
                "Jeg, {name}, erklærer at opplysningene i denne dokumentasjonen er "
                "riktige og fullstendige: alle veiledningsmøter i perioden er ført "
                "slik de fant sted, med riktig dato, varighet, form og veileder; "
                "avlyste møter er ført som avlyst; oppmøtet på samlingene og "
                "arbeidskravene er ført slik de var. Ingen timer er ført som ikke er "
                "gitt, og ingen møter er holdt utenfor loggen for å skjule dem."
            ).format(name=name),
            st.body,
        ),
        Paragraph(
            _(
                "Jeg vet at timer som ingen veileder har signert, oppmøtet og veiledernes "
                "godkjenninger hviler på denne erklæringen, og at uriktige opplysninger kan føre "
                "til at godkjenningen avslås eller trekkes tilbake."
            ),
            st.body,
        ),
    ]
    secrecy = [
        Paragraph(_("Taushetsplikt"), st.h2),
        Paragraph(
            _(
                "Jeg, {name}, erklærer at denne dokumentasjonen ikke inneholder "
                "opplysninger som kan identifisere klienter, pasienter eller deres "
                "pårørende – verken navn, fødselsnummer eller andre opplysninger som "
                "alene eller sammen peker ut en enkeltperson. Klientgruppe, "
                "arbeidsoppgaver og tema for veiledningen er beskrevet i generelle "
                "vendinger."
            ).format(name=name),
            st.body,
        ),
        Paragraph(
            _(
                "Erklæringen gis i samsvar med taushetsplikten i helsepersonelloven § 21 "
                "(og forvaltningsloven § 13 der den gjelder)."
            ),
            st.body,
        ),
    ]
    return [
        Paragraph(_("Erklæringer"), st.h1),
        Paragraph(
            _(
                "Begge erklæringene gjelder dokumentet med dokument-ID "
                "<b>{document_id}</b>, med sidene som er nummerert i bunnteksten."
            ).format(document_id=c.document_id),
            st.body,
        ),
        _signed(c, st, truth),
        _signed(c, st, secrecy),
    ]
