"""Section 1, the cover: who, which programme and period, which scheme, and the document id."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from miljologg.core.i18n import N_, _
from miljologg.core.professions import profile_profession_name
from miljologg.core.units import format_date
from miljologg.dossier.content import DossierContent, esc
from miljologg.dossier.styles import Styles, key_value_table

CONTENTS = (
    N_("Sammendrag: krav, godkjente og gjenstående timer"),
    N_("Veiledningslogg, én tabell per veiledningsform"),
    N_("Attester, én side per veileder"),
    N_("Signaturer: signerte timer, veiledernes nøkler og hvordan de kontrolleres"),
    N_("Oppmøte på samlingene"),
    N_("Arbeidskrav"),
    N_("Erklæringer: loggen er riktig og fullstendig, og taushetsplikt"),
)

#: What ``verify-dossier`` checks and what it cannot: printed here and in its own output.
CHECK_NOTE = N_(
    "Kontroll: «miljologg verify-dossier FIL.pdf» lager hver side på nytt fra grunnlaget som er "
    "vedlagt, sier hvilke sider som er endret, mangler eller er lagt til, og kontrollerer hver "
    "digital signatur. Den kan ikke gå god for timer uten signatur, oppmøtet, papirsigneringer "
    "(les de innskannede arkene) eller hvem som har en nøkkel (sammenlign fingeravtrykket): det "
    "er studentens egne opplysninger."
)


def _scheme_source(c: DossierContent, st: Styles) -> list[tuple[str, Paragraph | str]]:
    """Where the scheme's numbers come from, so the committee can check them against its own."""
    source = getattr(c.scheme, "source", None)
    if source is None:
        return []
    text = esc(source.title)
    if getattr(source, "url", ""):
        text += f"<br/>{esc(source.url)}"
    return [(_("Kilde for kravene"), Paragraph(text, st.body))]


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    p = c.profile
    prog = c.programme
    period = (
        c.period_text
        if c.period_filtered
        else _("Hele studiet ({date}–{date2})").format(
            date=format_date(prog.start), date2=format_date(prog.end)
        )
    )
    pairs: list[tuple[str, Paragraph | str]] = [
        (_("Student"), Paragraph(f"<b>{esc(p.name)}</b>", st.body)),
        (_("Profesjon"), Paragraph(esc(profile_profession_name(p)) or "–", st.body)),
        (_("Arbeidssted"), Paragraph(esc(p.workplace) or "–", st.body)),
        (
            _("Studieprogram"),
            Paragraph(f"{esc(prog.name)}<br/>{esc(prog.cohort)}", st.body),
        ),
        (_("Programperiode"), f"{format_date(prog.start)}–{format_date(prog.end)}"),
        (_("Dokumentasjonen gjelder"), Paragraph(esc(period), st.body)),
        (_("Godkjenning søkes etter"), Paragraph(esc(c.scheme_title), st.body)),
        *_scheme_source(c, st),
        (_("Timelengde"), Paragraph(esc(c.hour_note), st.body)),
        (_("Dato produsert"), format_date(c.today)),
        (_("Dokument-ID"), Paragraph(f"<b>{c.document_id}</b>", st.body)),
    ]
    flow: list[Flowable] = [
        Spacer(1, 4 * mm),
        Paragraph(_("Dokumentasjon av veiledning, oppmøte og arbeidskrav"), st.title),
        Spacer(1, 3 * mm),
        Paragraph(esc(prog.name), st.subtitle),
        Spacer(1, 8 * mm),
        key_value_table(pairs, st, 48 * mm),
        Spacer(1, 6 * mm),
        Paragraph(_("Innhold"), st.h2),
    ]
    flow += [Paragraph(esc(_(line)), st.bullet, bulletText="•") for line in CONTENTS]
    flow += [
        Spacer(1, 5 * mm),
        Paragraph(
            _(
                "Alle tall i dokumentet er beregnet av miljologgs regelmotor fra studentens logg; "
                "ingen tall er ført inn for hånd. Dokument-ID-en står øverst på hver side og er "
                "de første tolv tegnene av en SHA-256-sum over innholdet, slik at sider fra "
                "forskjellige utskrifter ikke kan blandes uten at det synes."
            ),
            st.note,
        ),
        Spacer(1, 3 * mm),
        Paragraph(esc(_(CHECK_NOTE)), st.note),
        PageBreak(),
    ]
    return flow
