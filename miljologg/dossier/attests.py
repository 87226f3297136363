"""Section 4, attests: one page per supervisor, for the supervisor to check and sign.

An attest states what approval bodies ask a supervisor to confirm: the student's client group
and tasks in general terms, the form, the duration (period, sessions, hours), the content
(themes), the supervisor's name, profession, position and approvals, then place, date and
signature. The per-supervisor sums come from ``core.figures.supervisor_totals``, as on the
Veiledere page: held sessions the supervisor did not reject, whether or not a requirement counts
them, because the supervisor attests what took place.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from miljologg.core.figures import SupervisorTotal, supervisor_totals
from miljologg.core.i18n import N_, _
from miljologg.core.labels import FORM_TITLES
from miljologg.core.professions import supervisor_profession_name
from miljologg.core.signed_figures import signed_counts
from miljologg.core.units import format_date
from miljologg.dossier.content import DossierContent, approvals_text, esc
from miljologg.dossier.styles import Styles, key_value_table, signature_lines

SIGNERS = (N_("Sted og dato"), N_("Veileders underskrift"))


def _key_pairs(c: DossierContent, total: SupervisorTotal, st: Styles) -> list[tuple[str, Any]]:
    """The supervisor's key fingerprints, in groups to read aloud; and how many of the sessions
    the attest confirms are signed (a session they rejected is not among them)."""
    labels = {"in_person": _("Nøkkel (hos studenten)"), "file": _("Nøkkel (signert med fil)")}
    pairs: list[tuple[str, Any]] = [
        (labels.get(origin, origin), Paragraph(f"<b>{info.readable}</b>", st.body))
        for origin, info in c.keys.get(total.supervisor_id, ())
    ]
    digital, paper = signed_counts(total.session_ids, c.signed_method)
    text = _("{digital} av {count} gjennomførte møter signert digitalt").format(
        digital=digital, count=total.sessions
    )
    if paper:
        text += _(", {paper} på papir").format(paper=paper)
    pairs.append((_("Signert i miljologg"), Paragraph(esc(text) + ".", st.body)))
    return pairs


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    totals = supervisor_totals(c.log)
    flow: list[Flowable] = []
    if not totals:
        flow += [
            Paragraph(_("Attester"), st.h1),
            Paragraph(
                _(
                    "Ingen gjennomførte veiledningsmøter i perioden, så det er ingen attester å "
                    "signere."
                ),
                st.body,
            ),
            PageBreak(),
        ]
        return flow
    p = c.profile
    for index, t in enumerate(totals):
        sup = c.log.supervisor(t.supervisor_id)
        name = sup.name if sup else _("Ukjent veileder")
        heading = _("Attester") if index == 0 else None
        if heading:
            flow.append(Paragraph(heading, st.h1))
        flow.append(Paragraph(_("Attest for veiledning – {name}").format(name=esc(name)), st.h2))
        flow.append(
            Paragraph(
                _(
                    "Undertegnede veileder bekrefter å ha gitt <b>{name}</b> veiledning "
                    "som beskrevet under, som del av {name2}."
                ).format(name=esc(p.name), name2=esc(c.programme.name)),
                st.body,
            )
        )
        themes = "; ".join(esc(x) for x in t.themes) or "–"
        student = [
            (_("Klientgruppe (generelt)"), Paragraph(esc(p.client_group) or "–", st.body)),
            (_("Arbeidsoppgaver (generelt)"), Paragraph(esc(p.tasks) or "–", st.body)),
        ]
        supervision: list[tuple[str, Paragraph | str]] = [
            (
                _("Veiledningsform"),
                Paragraph("<br/>".join(FORM_TITLES[f] for f in t.forms), st.body),
            ),
            (_("Periode"), f"{format_date(t.first)}–{format_date(t.last)}"),
            (_("Antall møter"), str(t.sessions)),
            (
                _("Timer"),
                Paragraph(f"<b>{c.hours(t.minutes)}</b> ({esc(c.hour_unit)})", st.body),
            ),
            (_("Innhold (tema)"), Paragraph(themes, st.body)),
        ]
        profession = supervisor_profession_name(sup) if sup else ""
        supervisor = [
            (_("Navn"), Paragraph(f"<b>{esc(name)}</b>", st.body)),
            (_("Profesjon"), Paragraph(esc(profession) or "–", st.body)),
            (_("Stilling"), Paragraph(esc(sup.position if sup else "") or "–", st.body)),
            (_("Arbeidssted"), Paragraph(esc(sup.workplace if sup else "") or "–", st.body)),
            (
                _("Godkjenninger"),
                Paragraph(esc(approvals_text(sup.approvals if sup else ())), st.body),
            ),
        ]
        supervisor += _key_pairs(c, t, st)
        kw = 48 * mm
        flow += [
            Paragraph(_("Studentens arbeid"), st.h2),
            key_value_table(student, st, kw),
            Paragraph(_("Veiledningen"), st.h2),
            key_value_table(supervision, st, kw),
            Paragraph(_("Veileder"), st.h2),
            key_value_table(supervisor, st, kw),
            Spacer(1, 8 * mm),
            KeepTogether(
                [
                    Paragraph(
                        _(
                            "Jeg bekrefter at opplysningene over stemmer med veiledningen "
                            "jeg har gitt."
                        ),
                        st.body,
                    ),
                    signature_lines(
                        [_("Sted og dato"), _("Veileders underskrift")], st.content_width, 16 * mm
                    ),
                ]
            ),
            PageBreak(),
        ]
    return flow
