"""Section 2, the summary: each requirement with required, counted and remaining hours.

Every figure is the rules engine's: requirement results, attendance, participation,
assignments, and the reasons it gives for hours that do not count.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from miljologg.core.i18n import _, ngettext
from miljologg.core.rules import SchemeStatus
from miljologg.core.units import format_date, format_hours
from miljologg.dossier import assignments
from miljologg.dossier.content import DossierContent, esc
from miljologg.dossier.styles import Styles, cell_text, data_table


def _amount(r: Any, minutes: int, hour_minutes: int) -> str:
    """Hours, or the engine's own unit: a count (supervisors) or months (a time span)."""
    unit = getattr(r, "unit", "minutes")
    if unit == "check":
        return "bekreftet" if minutes else "–"
    if unit == "count":
        return str(minutes)
    if unit == "months":
        return _("{minutes} mnd.").format(minutes=minutes)
    return format_hours(minutes, hour_minutes)


def _requirement_table(c: DossierContent, st: Styles, rows: list[Any], hour_minutes: int) -> Any:
    data: list[list[Any]] = [
        [_("Krav"), _("Påkrevd"), _("Godkjent"), _("Teller ikke"), _("Gjenstår"), _("Status")]
    ]
    for r in rows:
        met = Paragraph(
            _('<font color="#2e6b3a">Oppfylt</font>')
            if r.met
            else _('<font color="#9a5b00">Ikke oppfylt</font>'),
            st.cell,
        )
        data.append(
            [
                Paragraph(esc(r.label), st.cell),
                _amount(r, r.required_minutes, hour_minutes),
                _amount(r, r.counted_minutes, hour_minutes),
                _amount(r, r.uncounted_minutes, hour_minutes) if r.uncounted_minutes else "–",
                _amount(r, r.remaining_minutes, hour_minutes),
                met,
            ]
        )
    w = st.content_width
    widths = [w - 103 * mm, 19 * mm, 19 * mm, 21 * mm, 19 * mm, 25 * mm]
    return data_table(data, widths, right_cols=(1, 2, 3, 4))


def _scheme_tables(c: DossierContent, st: Styles, status: SchemeStatus) -> list[Flowable]:
    """The shared requirements, then each alternative route with its verdict, the scheme's
    verdict, and the sentence of the union's page each requirement encodes."""
    rows = list(status.requirements)
    flow: list[Flowable] = []
    shared = [r for r in rows if not r.route]
    if shared:
        flow.append(_requirement_table(c, st, shared, c.hour_minutes))
    for route in status.routes:
        verdict = "oppfylt" if route.met else _("ikke oppfylt")
        flow.append(Paragraph(f"<b>{esc(route.label)}</b>: {verdict}", st.body))
        mine = [r for r in rows if r.route == route.key]
        flow.append(_requirement_table(c, st, mine, c.hour_minutes))
    either = _(" (ett av løpene er nok)") if status.routes else ""
    verdict = "oppfylt" if status.met else _("ikke oppfylt")
    flow.append(
        Paragraph(
            _("<b>Ordningen samlet: {verdict}</b>{either}.").format(verdict=verdict, either=either),
            st.body,
        )
    )
    cited = [r for r in rows if r.citation is not None]
    if cited:
        flow.append(
            Paragraph(_("Hva kravene bygger på (sitert fra ordningens egen side)"), st.note)
        )
        for r in cited:
            assert r.citation is not None
            read = format_date(r.citation.read) if r.citation.read else _("ukjent dato")
            flow.append(
                Paragraph(
                    _("{label}: «{quote}» {url} (lest {read})").format(
                        label=esc(r.label),
                        quote=esc(r.citation.quote),
                        url=esc(r.citation.url),
                        read=read,
                    ),
                    st.bullet,
                    bulletText="•",
                )
            )
    return flow


def _uncounted_table(c: DossierContent, st: Styles) -> list[Flowable]:
    """Every uncounted session with the engine's reason; plain wrapped text (may be thousands)."""
    w = st.content_width
    widths = [20 * mm, 55 * mm, 17 * mm, w - 92 * mm]
    seen: set[tuple[str, str]] = set()
    data: list[list[Any]] = [[_("Dato"), _("Krav"), _("Timer"), _("Begrunnelse")]]
    for group, r, hour_minutes in c.requirement_rows():
        where = _("Ordningen") if group == "scheme" else _("Programmet")
        label = cell_text(f"{where}: {r.label}", widths[1])
        for u in r.uncounted:
            key = (u.session_id, u.reason)
            if key in seen:
                continue
            seen.add(key)
            data.append(
                [
                    format_date(u.date),
                    label,
                    format_hours(u.minutes, hour_minutes),
                    cell_text(u.reason, widths[3]),
                ]
            )
    if len(data) == 1:
        return [Paragraph(_("Alle førte timer teller mot kravene."), st.body)]
    return [data_table(data, widths, right_cols=(2,))]


def attendance_result(c: DossierContent) -> str:
    """Attendance on the registered days, what is still open, and the best still possible."""
    att = c.status.attendance
    if att.percent_of_registered is None:
        text = _("ingen dager registrert")
    else:
        text = _("{percent} av den registrerte undervisningen ({hours} av {hours2})").format(
            percent=c.percent(att.percent_of_registered),
            hours=format_hours(att.present_minutes),
            hours2=format_hours(att.registered_minutes),
        )
    if att.unregistered_past_days:
        n = len(att.unregistered_past_days)
        text += ngettext(
            "; {n} tidligere dag ikke registrert", "; {n} tidligere dager ikke registrert", n
        ).format(n=n)
    if att.unregistered_minutes:
        text += _("; høyst {percent} mulig").format(percent=c.percent(att.best_possible_percent))
    if not att.reachable:
        text += _("; kravet kan ikke nås, det mangler {hours}").format(
            hours=format_hours(att.out_of_reach_minutes)
        )
    return text


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    s = c.status
    flow: list[Flowable] = [Paragraph(_("Sammendrag"), st.h1)]
    scope = (
        _(
            "Dokumentasjonen gjelder perioden {period_text}; bare møter og "
            "samlingsdager i perioden er med og telles."
        ).format(period_text=c.period_text)
        if c.period_filtered
        else _("Dokumentasjonen gjelder hele studiet så langt.")
    )
    flow.append(
        Paragraph(
            _("{scope} Tallene er beregnet av regelmotoren per {date}.").format(
                scope=esc(scope), date=format_date(s.today)
            ),
            st.body,
        )
    )
    problems = c.problems()
    if problems:
        flow.append(Paragraph(_("Å merke seg"), st.h2))
        flow += [Paragraph(esc(m), st.bullet, bulletText="•") for m in problems]

    flow.append(Paragraph(_("Veiledning – studieprogrammets krav"), st.h2))
    flow.append(
        Paragraph(
            _("{name}. Timer er klokketimer à 60 minutter.").format(name=esc(c.programme.name)),
            st.note,
        )
    )
    flow.append(_requirement_table(c, st, list(s.supervision), 60))
    if c.scheme_status is not None:
        flow.append(CondPageBreak(40 * mm))
        flow.append(
            Paragraph(
                _("Veiledning – {scheme_title}").format(scheme_title=esc(c.scheme_title)), st.h2
            )
        )
        flow.append(Paragraph(esc(c.hour_note), st.note))
        flow += _scheme_tables(c, st, c.scheme_status)

    att = s.attendance
    part = s.participation
    asg = s.assignments
    other: list[list[Any]] = [
        [_("Område"), _("Resultat"), _("Krav")],
        [
            _("Oppmøte på undervisningen"),
            Paragraph(esc(attendance_result(c)), st.cell),
            _("minst {percent}").format(percent=c.percent(att.required_percent)),
        ],
        [
            _("Deltakelse i veiledning"),
            Paragraph(
                _(
                    "{percent} ({held} gjennomført, {missed} avlyst, {count} ikke tatt igjen)"
                ).format(
                    percent=c.percent(part.percent),
                    held=part.held,
                    missed=part.missed,
                    count=len(part.missed_not_made_up),
                ),
                st.cell,
            ),
            c.percent(part.required_percent),
        ],
        [
            _("Arbeidskrav"),
            Paragraph(assignments.counts(asg), st.cell),
            _("alle godkjent"),
        ],
    ]
    w = st.content_width
    flow.append(
        KeepTogether(
            [
                Paragraph(_("Oppmøte, deltakelse og arbeidskrav"), st.h2),
                data_table(other, [48 * mm, w - 80 * mm, 32 * mm]),
            ]
        )
    )
    flow.append(CondPageBreak(30 * mm))
    flow.append(Paragraph(_("Timer som ikke teller, med begrunnelse"), st.h2))
    flow += _uncounted_table(c, st)
    flow.append(PageBreak())
    return flow
