"""Section 2, the summary: each requirement with required, counted and remaining hours.

Every figure is the rules engine's: requirement results, attendance, participation,
assignments, and the reasons it gives for hours that do not count.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from miljologg.core.rules import SchemeStatus
from miljologg.core.units import format_date, format_hours
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
        return f"{minutes} mnd."
    return format_hours(minutes, hour_minutes)


def _requirement_table(c: DossierContent, st: Styles, rows: list[Any], hour_minutes: int) -> Any:
    data: list[list[Any]] = [["Krav", "Påkrevd", "Godkjent", "Teller ikke", "Gjenstår", "Status"]]
    for r in rows:
        met = Paragraph(
            '<font color="#2e6b3a">Oppfylt</font>'
            if r.met
            else '<font color="#9a5b00">Ikke oppfylt</font>',
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
        verdict = "oppfylt" if route.met else "ikke oppfylt"
        flow.append(Paragraph(f"<b>{esc(route.label)}</b>: {verdict}", st.body))
        mine = [r for r in rows if r.route == route.key]
        flow.append(_requirement_table(c, st, mine, c.hour_minutes))
    either = " (ett av løpene er nok)" if status.routes else ""
    verdict = "oppfylt" if status.met else "ikke oppfylt"
    flow.append(Paragraph(f"<b>Ordningen samlet: {verdict}</b>{either}.", st.body))
    cited = [r for r in rows if r.citation is not None]
    if cited:
        flow.append(Paragraph("Hva kravene bygger på (sitert fra ordningens egen side)", st.note))
        for r in cited:
            assert r.citation is not None
            read = format_date(r.citation.read) if r.citation.read else "ukjent dato"
            flow.append(
                Paragraph(
                    f"{esc(r.label)}: «{esc(r.citation.quote)}» {esc(r.citation.url)} "
                    f"(lest {read})",
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
    data: list[list[Any]] = [["Dato", "Krav", "Timer", "Begrunnelse"]]
    for group, r, hour_minutes in c.requirement_rows():
        where = "Ordningen" if group == "scheme" else "Programmet"
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
        return [Paragraph("Alle førte timer teller mot kravene.", st.body)]
    return [data_table(data, widths, right_cols=(2,))]


def _days(n: int) -> str:
    return "1 dag" if n == 1 else f"{n} dager"


def build(c: DossierContent, st: Styles) -> list[Flowable]:
    s = c.status
    flow: list[Flowable] = [Paragraph("Sammendrag", st.h1)]
    scope = (
        f"Dokumentasjonen gjelder perioden {c.period_text}; bare møter og samlingsdager i "
        "perioden er med og telles."
        if c.period_filtered
        else "Dokumentasjonen gjelder hele studiet så langt."
    )
    flow.append(
        Paragraph(
            f"{esc(scope)} Tallene er beregnet av regelmotoren per {format_date(s.today)}.",
            st.body,
        )
    )
    problems = c.problems()
    if problems:
        flow.append(Paragraph("Å merke seg", st.h2))
        flow += [Paragraph(esc(m), st.bullet, bulletText="•") for m in problems]

    flow.append(Paragraph("Veiledning – studieprogrammets krav", st.h2))
    flow.append(Paragraph(f"{esc(c.programme.name)}. Timer er klokketimer à 60 minutter.", st.note))
    flow.append(_requirement_table(c, st, list(s.supervision), 60))
    if c.scheme_status is not None:
        flow.append(CondPageBreak(40 * mm))
        flow.append(Paragraph(f"Veiledning – {esc(c.scheme_title)}", st.h2))
        flow.append(Paragraph(esc(c.hour_note), st.note))
        flow += _scheme_tables(c, st, c.scheme_status)

    att = s.attendance
    part = s.participation
    asg = s.assignments
    other: list[list[Any]] = [
        ["Område", "Resultat", "Krav"],
        [
            "Oppmøte på undervisningen",
            Paragraph(
                f"{c.percent(att.percent)} ({format_hours(att.present_minutes)} av "
                f"{format_hours(att.elapsed_planned_minutes)} gjennomført undervisning)",
                st.cell,
            ),
            f"minst {c.percent(att.required_percent)}",
        ],
        [
            "Deltakelse i veiledning",
            Paragraph(
                f"{c.percent(part.percent)} ({part.held} gjennomført, {part.missed} avlyst, "
                f"{len(part.missed_not_made_up)} ikke tatt igjen)",
                st.cell,
            ),
            c.percent(part.required_percent),
        ],
        [
            "Arbeidskrav",
            Paragraph(
                f"{asg.approved} godkjent, {asg.handed_in} levert av {asg.total}"
                + (f"; {len(asg.overdue)} over fristen" if asg.overdue else ""),
                st.cell,
            ),
            "alle godkjent",
        ],
    ]
    if att.unregistered_past_days:
        attendance_text: Paragraph = other[1][1]
        other[1][1] = Paragraph(
            attendance_text.text + f"; {_days(len(att.unregistered_past_days))} uten registrering",
            st.cell,
        )
    w = st.content_width
    flow.append(
        KeepTogether(
            [
                Paragraph("Oppmøte, deltakelse og arbeidskrav", st.h2),
                data_table(other, [48 * mm, w - 80 * mm, 32 * mm]),
            ]
        )
    )
    flow.append(CondPageBreak(30 * mm))
    flow.append(Paragraph("Timer som ikke teller, med begrunnelse", st.h2))
    flow += _uncounted_table(c, st)
    flow.append(PageBreak())
    return flow
