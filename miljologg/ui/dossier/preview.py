"""«Dette kommer med» on Dokumentasjon: what the dossier will hold, before it is made.

Every count is ``core.figures.log_contents`` (the same sums the dossier's sections print: one
attest per ``supervisor_totals`` entry, the teaching days ``teaching_days_until`` the period's
end), and the problems are the rules engine's. The log's line names a part for every form the
dossier lists — the programme's three always, supervision given and supervision on it when
there are such sessions — so the parts add up to the number of sessions.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from miljologg.core.figures import LogContents, log_contents
from miljologg.core.model import Form
from miljologg.core.plural import choose
from miljologg.core.units import format_date
from miljologg.dossier.content import FORM_ORDER, OPTIONAL_FORMS, DossierContent
from miljologg.ui.widgets.common import QT_TRANSLATE_NOOP
from miljologg.ui.widgets.theme import hex_color

translate = QCoreApplication.translate


def _marked(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP`` below, translated when shown."""
    return translate("DossierPage", text)


#: One part of the log's line per form: (singular, plural), «{n}» the count.
_FORM_PARTS: dict[Form, tuple[str, str]] = {
    Form.INDIVIDUAL: (
        QT_TRANSLATE_NOOP("DossierPage", "{n} individuell"),
        QT_TRANSLATE_NOOP("DossierPage", "{n} individuelle"),
    ),
    Form.EXTERNAL_GROUP: (
        QT_TRANSLATE_NOOP("DossierPage", "{n} i ekstern gruppe"),
        QT_TRANSLATE_NOOP("DossierPage", "{n} i ekstern gruppe"),
    ),
    Form.GATHERING_GROUP: (
        QT_TRANSLATE_NOOP("DossierPage", "{n} på samling"),
        QT_TRANSLATE_NOOP("DossierPage", "{n} på samling"),
    ),
    Form.SUPERVISION_ON_SUPERVISION: (
        QT_TRANSLATE_NOOP("DossierPage", "{n} på veiledningen du har gitt"),
        QT_TRANSLATE_NOOP("DossierPage", "{n} på veiledningen du har gitt"),
    ),
    Form.GIVEN: (
        QT_TRANSLATE_NOOP("DossierPage", "{n} gitt av deg"),
        QT_TRANSLATE_NOOP("DossierPage", "{n} gitt av deg"),
    ),
}


def log_line(contents: LogContents) -> str:
    """«Veiledningslogg: 12 møter (5 individuelle, …)»: a part per form the dossier lists."""
    parts = []
    for form in FORM_ORDER:
        n = contents.sessions_in(form)
        if n or form not in OPTIONAL_FORMS:
            singular, plural = _FORM_PARTS[form]
            parts.append(choose(_marked(singular), _marked(plural), n).format(n=n))
    line = choose(
        translate("DossierPage", "Veiledningslogg: {n} møte ({parts})"),
        translate("DossierPage", "Veiledningslogg: {n} møter ({parts})"),
        contents.sessions,
    )
    return line.format(n=contents.sessions, parts=", ".join(parts))


def preview_html(c: DossierContent, palette: QPalette) -> str:
    """The problems (in the warning colour), then one line per section, then the period."""
    lines: list[str] = []
    for message in c.problems():
        warn = hex_color("warning", palette)
        lines.append(f'<li style="color:{warn};">{html.escape(message)}</li>')
    start, end = c.period
    counts = log_contents(c.log, c.status.attendance, end)
    items = [
        translate("DossierPage", "Sammendrag av kravene ({n} krav)").format(
            n=len(c.requirement_rows())
        ),
        log_line(counts),
        translate("DossierPage", "Attester: {n} (én per veileder)").format(n=counts.attests),
        choose(
            translate("DossierPage", "Oppmøte: {n} samlingsdag"),
            translate("DossierPage", "Oppmøte: {n} samlingsdager"),
            counts.teaching_days,
        ).format(n=counts.teaching_days),
        translate("DossierPage", "Arbeidskrav: {n}").format(n=counts.assignments),
        translate("DossierPage", "Erklæringer: loggen er riktig og fullstendig, og taushetsplikt"),
    ]
    if c.scans:  # paper sign-off: the scanned sheets are appended at the end
        names = sorted({c.supervisor_name(scan.supervisor_id) for scan in c.scans})
        items.append(
            translate("DossierPage", "Skannede signeringsark: {n} ({names})").format(
                n=len(c.scans), names=", ".join(names)
            )
        )
    lines += [f"<li>{html.escape(t)}</li>" for t in items]
    if c.hour_minutes == 60:
        hours = translate("DossierPage", "Timer er klokketimer.")
    else:
        hours = translate("DossierPage", "Ordningen regner 1 time = {minutes} minutter.").format(
            minutes=c.hour_minutes
        )
    note = translate("DossierPage", "Periode {start}–{end}.").format(
        start=format_date(start), end=format_date(end)
    )
    note = f"{note} {hours}"
    return f"<ul style='margin-left:-20px'>{''.join(lines)}</ul><p>{html.escape(note)}</p>"
