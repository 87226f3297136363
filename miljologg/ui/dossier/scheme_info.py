"""Dokumentasjon: the chosen scheme as the union writes it, and its prerequisites to confirm.

Each requirement is shown with the rules engine's verdict and what it rests on: the sentence
quoted from the union's page, the page's address and the date it was read. A scheme with
alternative routes shows each route and says that one is enough. Prerequisites that are not
hours (an approved faglig veileder, a master's degree) are a checklist: ticking one confirms it
(dated today), unticking withdraws it; the rules engine then counts it as met or not.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from miljologg.core.figures import Level
from miljologg.core.programmes import bundled_schemes
from miljologg.core.rules import RequirementResult, SchemeStatus
from miljologg.core.schemes import RuleKind, Scheme
from miljologg.core.units import format_date, format_hours
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.ui.widgets.levels import level_hex
from miljologg.ui.widgets.page import ServicesWidget


def _figures(r: RequirementResult, hour_minutes: int) -> str:
    if r.unit == "check":
        return (
            QCoreApplication.translate("SchemeInfo", "bekreftet")
            if r.met
            else QCoreApplication.translate("SchemeInfo", "ikke bekreftet")
        )
    of = QCoreApplication.translate("SchemeInfo", "{counted} av {required}")
    if r.unit == "count":
        return of.format(counted=r.counted_minutes, required=r.required_minutes)
    if r.unit == "months":
        return QCoreApplication.translate("SchemeInfo", "{counted} av {required} måneder").format(
            counted=r.counted_minutes, required=r.required_minutes
        )
    if r.required_minutes == 0:  # a limit, not an amount
        lost = format_hours(r.uncounted_minutes, hour_minutes)
        return (
            QCoreApplication.translate("SchemeInfo", "{hours} teller ikke").format(hours=lost)
            if r.uncounted_minutes
            else QCoreApplication.translate("SchemeInfo", "alt teller")
        )
    return of.format(
        counted=format_hours(r.counted_minutes, hour_minutes),
        required=format_hours(r.required_minutes, hour_minutes),
    )


def _item(r: RequirementResult, hour_minutes: int) -> str:
    mark = "✓" if r.met else "✗"
    colour = level_hex(Level.OK if r.met else Level.WARNING)  # the one colour rule
    text = (
        f'<li><span style="color:{colour};">{mark}</span> {html.escape(r.label)}: '
        f"<b>{html.escape(_figures(r, hour_minutes))}</b>"
    )
    c = r.citation
    if c is not None:
        read = (
            format_date(c.read)
            if c.read
            else QCoreApplication.translate("SchemeInfo", "ukjent dato")
        )
        url = html.escape(c.url)
        text += (
            f'<br/><span style="color:#555;">«{html.escape(c.quote)}» '
            f'<a href="{url}">{url}</a> '
            + QCoreApplication.translate("SchemeInfo", "(lest {date})").format(date=read)
            + "</span>"
        )
    return text + "</li>"


def scheme_html(scheme: Scheme, status: SchemeStatus) -> str:
    """The scheme's requirements with verdicts and sources, as rich text."""
    hm = status.hour_minutes
    parts = [f"<p><b>{html.escape(scheme.organisation)}: {html.escape(scheme.name)}</b>"]
    if not scheme.verified:
        parts.append(
            " – <i>" + QCoreApplication.translate("SchemeInfo", "ikke verifisert") + "</i>"
        )
    if scheme.track:
        parts.append(
            "<br/>"
            + QCoreApplication.translate("SchemeInfo", "Løp: {track}").format(
                track=html.escape(scheme.track)
            )
        )
    parts.append("</p>")
    shared = [r for r in status.requirements if not r.route]
    if shared:
        parts.append("<ul>" + "".join(_item(r, hm) for r in shared) + "</ul>")
    for route in status.routes:
        verdict = (
            QCoreApplication.translate("SchemeInfo", "oppfylt")
            if route.met
            else QCoreApplication.translate("SchemeInfo", "ikke oppfylt")
        )
        parts.append(f"<p><b>{html.escape(route.label)}</b>: {verdict}</p>")
        mine = [r for r in status.requirements if r.route == route.key]
        parts.append("<ul>" + "".join(_item(r, hm) for r in mine) + "</ul>")
    either = (
        " " + QCoreApplication.translate("SchemeInfo", "(ett av løpene er nok)")
        if status.routes
        else ""
    )
    verdict = (
        QCoreApplication.translate("SchemeInfo", "oppfylt")
        if status.met
        else QCoreApplication.translate("SchemeInfo", "ikke oppfylt")
    )
    whole = QCoreApplication.translate("SchemeInfo", "Ordningen samlet: {verdict}").format(
        verdict=verdict
    )
    parts.append(f"<p><b>{whole}</b>{either}.</p>")
    for note in status.notes:
        parts.append(f'<p style="color:#555;">{html.escape(note)}</p>')
    return "".join(parts)


class SchemeInfo(ServicesWidget):
    """The chosen scheme's requirements and sources, and a checkbox per prerequisite."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._scheme_id: str | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.checks_box = QWidget()
        self.checks_layout = QVBoxLayout(self.checks_box)
        self.checks_layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.checks_box)
        layout.addWidget(self.message)

    def show_scheme(self, scheme_id: str | None) -> None:
        """Show ``scheme_id`` (None hides the panel) as the rules engine judges it now."""
        self._scheme_id = scheme_id
        scheme = bundled_schemes().get(scheme_id) if scheme_id else None
        self.setVisible(scheme is not None)
        for box in self.checks.values():
            box.deleteLater()
        self.checks = {}
        if scheme is None:
            return
        status = self._services.status.scheme_status(scheme.id)
        self.text.setText(scheme_html(scheme, status))
        confirmed = {c.code for c in self._services.confirmations.list()}
        for rule in scheme.all_rules:
            code = rule.prerequisite
            if rule.kind is not RuleKind.PREREQUISITE or code in self.checks:
                continue
            box = QCheckBox(rule.label)
            box.setChecked(code in confirmed)
            box.toggled.connect(lambda on, code=code: self._confirm(code, on))
            self.checks_layout.addWidget(box)
            self.checks[code] = box

    def _confirm(self, code: str, on: bool) -> None:
        try:
            if on:
                self._services.confirmations.confirm(code)
            else:
                self._services.confirmations.withdraw(code)
        except ValidationError as exc:
            self.message.setText(html.escape(exc.message))
            return
        self.message.clear()
        self.changed.emit()  # the page refreshes, and with it this panel
