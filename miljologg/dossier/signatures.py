"""Section 5, «Signaturer»: how much of each total the supervisors signed, their keys, how to check.

The signed share of each requirement is the rules engine's count over the signed sessions only
(``core.signed_figures``, embedded by ``proof.signed_split``), and what is not signed is the
rest of the counted total (``SignedSplit.unsigned``); ``miljologg verify-dossier`` recomputes
the signed share from the signed records embedded in this PDF, and makes this page again from
the attached input to compare it.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from miljologg.core.i18n import N_, _
from miljologg.core.signed_figures import SignedSplit
from miljologg.core.units import format_hours
from miljologg.dossier.content import DossierContent, esc
from miljologg.dossier.proof import RECORDS_NAME, TOTALS_NAME
from miljologg.dossier.snapshot import INPUT_NAME
from miljologg.dossier.styles import Styles, data_table

ORIGIN_LABELS = {"in_person": N_("Signert hos studenten"), "file": N_("Signert med fil")}


def signed_table(c: DossierContent, st: Styles) -> Any:
    split = SignedSplit(c.signed.get("digital", {}), c.signed.get("paper", {}))
    data: list[list[Any]] = [
        [_("Krav"), _("Godkjent"), _("Signert digitalt"), _("Signert på papir"), _("Ikke signert")]
    ]
    for r in c.status.supervision:
        data.append(
            [
                Paragraph(esc(r.label), st.cell),
                format_hours(r.counted_minutes),
                format_hours(split.digital.get(r.key, 0)),
                format_hours(split.paper.get(r.key, 0)),
                format_hours(split.unsigned(r.key, r.counted_minutes)),
            ]
        )
    w = st.content_width
    widths = [w - 108 * mm, 22 * mm, 29 * mm, 30 * mm, 27 * mm]
    return data_table(data, widths, right_cols=(1, 2, 3, 4), total_row=True)


def _key_rows(c: DossierContent, st: Styles) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for sid, pairs in sorted(c.keys.items(), key=lambda kv: c.supervisor_name(kv[0]).casefold()):
        for origin, info in pairs:
            rows.append(
                [
                    Paragraph(esc(c.supervisor_name(sid)), st.cell),
                    _(ORIGIN_LABELS[origin]) if origin in ORIGIN_LABELS else origin,
                    Paragraph(f'<font name="DejaVuSans-Bold">{info.readable}</font>', st.cell),
                ]
            )
    return rows


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    flow = st.section(
        _("Signaturer"),
        _(
            "Veilederne signerer hvert møte digitalt (Ed25519) eller på et "
            "papirark. En digital "
            "signatur dekker møtets dato, varighet, form, gruppestørrelse, tema, veileder og "
            "student; endres møtet etter signering, blir signaturen ugyldig og det står i "
            "loggen. Tabellen viser hvor mye av de godkjente timene som hviler på signerte "
            "møter. Timer er klokketimer."
        ),
    )
    flow.append(signed_table(c, st))
    flow.append(Paragraph(_("Veiledernes nøkler"), st.h2))
    rows = _key_rows(c, st)
    if rows:
        flow.append(
            Paragraph(
                _(
                    "Fingeravtrykket er de første 128 bitene av SHA-256 av den offentlige "
                    "nøkkelen. "
                    "Be veilederen lese opp sitt fingeravtrykk fra miljologg og sammenlign."
                ),
                st.note,
            )
        )
        w = st.content_width
        flow.append(
            data_table(
                [[_("Veileder"), _("Måte"), _("Fingeravtrykk")], *rows],
                [38 * mm, 38 * mm, w - 76 * mm],
            )
        )
    else:
        flow.append(Paragraph(_("Ingen veileder har signert digitalt ennå."), st.body))
    flow.append(
        KeepTogether(
            [
                Paragraph(_("Slik kontrollerer du signaturene"), st.h2),
                Paragraph(
                    _(
                        "PDF-en har vedlegg: <b>{RECORDS_NAME}</b> med hvert signert møte (de "
                        "signerte bytene, base64 i «payload») og signaturen (base64 i "
                        "«signature»), og veiledernes offentlige nøkler som PEM; "
                        "<b>{TOTALS_NAME}</b> med tallene som er trykt i sammendraget; "
                        "<b>{INPUT_NAME}</b>, grunnlaget dokumentet er laget fra; og de "
                        "skannede signeringsarkene."
                    ).format(
                        RECORDS_NAME=RECORDS_NAME, TOTALS_NAME=TOTALS_NAME, INPUT_NAME=INPUT_NAME
                    ),
                    st.body,
                ),
                Paragraph(
                    _(
                        "Med miljologg: <b>miljologg verify-dossier FIL.pdf</b> lager hver side på "
                        "nytt fra grunnlaget og sammenligner side for side, kontrollerer hver "
                        "signatur og regner de signerte timene ut på nytt fra de signerte møtene "
                        "med regelmotoren."
                    ),
                    st.bullet,
                    bulletText="•",
                ),
                Paragraph(
                    _(
                        "Uten miljologg: hent vedleggene (for eksempel <b>pdfdetach -saveall "
                        "FIL.pdf</b>), lagre en nøkkel som KEY.pem, base64-dekod «payload» til "
                        "PAYLOAD og «signature» til SIG, og kjør <b>openssl pkeyutl -verify -pubin "
                        "-inkey KEY.pem -rawin -in PAYLOAD -sigfile SIG</b>."
                    ),
                    st.bullet,
                    bulletText="•",
                ),
                Paragraph(
                    _(
                        "Veiledernes godkjenninger og oppmøtet på samlingene er studentens egne "
                        "opplysninger og er ikke signert; kontrollen regner med dem slik de står."
                    ),
                    st.note,
                ),
            ]
        )
    )
    flow.append(PageBreak())
    return flow
