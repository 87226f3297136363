"""Oversikt: where the student stands, in plain words, on one scrollable page.

Every figure comes from ``services.status.programme_status()`` (the rules engine), so the page,
the CLI's ``status`` and the dossier can never disagree. The page only formats and lays out.
Problems are links: clicking one emits ``navigate(entity, id)`` and the main window opens the
page that owns the record.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from miljologg.core import figures, rules
from miljologg.core.figures import Level
from miljologg.core.plural import choose
from miljologg.core.units import format_date, weekday_name
from miljologg.services.app import Services
from miljologg.services.errors import ValidationError
from miljologg.ui.dashboard.cards import (
    Card,
    RequirementRow,
    make_label,
)
from miljologg.ui.widgets.chart import CumulativeChart, ThresholdBar
from miljologg.ui.widgets.levels import set_level
from miljologg.ui.widgets.page import ServicesWidget


class DashboardPage(ServicesWidget):
    """The overview page; read-only, so ``changed`` is never emitted."""

    navigate = Signal(str, str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        grid = QGridLayout(content)
        grid.setContentsMargins(20, 16, 20, 20)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.heading = QLabel(self.tr("Oversikt"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.subtitle = make_label(tone="muted")
        head = QVBoxLayout()
        head.setSpacing(2)
        head.addWidget(self.heading)
        head.addWidget(self.subtitle)
        grid.addLayout(head, 0, 0, 1, 2)

        self.empty = make_label()
        grid.addWidget(self.empty, 1, 0, 1, 2)

        self.supervision = Card(self.tr("Veiledning"))
        self.rows: dict[str, RequirementRow] = {}
        for key in ("individual", "external_group", "gathering_group", "total"):
            row = RequirementRow()
            self.rows[key] = row
            self.supervision.body.addWidget(row)
        self.pace = make_label(tone="muted")
        self.supervision.body.addWidget(self.pace)
        self.supervision.body.addStretch(1)

        self.attendance = Card(self.tr("Oppmøte på samlingene"))
        self.attendance_text = make_label()
        self.attendance_bar = ThresholdBar()
        self.attendance_note = make_label(tone="muted")
        for w in (self.attendance_text, self.attendance_bar, self.attendance_note):
            self.attendance.body.addWidget(w)

        self.gathering = Card(self.tr("Neste samling"))
        self.gathering_text = make_label()
        self.gathering.body.addWidget(self.gathering_text)

        self.chart_card = Card(self.tr("Timer som teller, mot planen"))
        self.chart = CumulativeChart()
        self.chart_card.body.addWidget(self.chart, 1)

        self.participation = Card(self.tr("Deltakelse i veiledning"))
        self.participation_text = make_label()
        self.participation.body.addWidget(self.participation_text)

        self.assignments = Card(self.tr("Arbeidskrav"))
        self.assignments_text = make_label()
        self.assignments.body.addWidget(self.assignments_text)

        self.problems = Card(self.tr("Dette bør du se på"))
        self.problem_box = QVBoxLayout()
        self.problem_box.setSpacing(6)
        self.problems.body.addLayout(self.problem_box)
        self.problem_labels: list[QLabel] = []

        self.signing = Card(self.tr("Venter på signatur"))
        self.signing_note = make_label(tone="muted")
        self.signing.body.addWidget(self.signing_note)
        self.signing_box = QVBoxLayout()
        self.signing_box.setSpacing(6)
        self.signing.body.addLayout(self.signing_box)
        self.signing_labels: list[QLabel] = []

        right_top = QVBoxLayout()
        right_top.setSpacing(16)
        right_top.addWidget(self.attendance)
        right_top.addWidget(self.gathering)
        right_top.addStretch(1)
        right_bottom = QVBoxLayout()
        right_bottom.setSpacing(16)
        right_bottom.addWidget(self.participation)
        right_bottom.addWidget(self.assignments)
        right_bottom.addStretch(1)
        grid.addWidget(self.supervision, 2, 0)
        grid.addLayout(right_top, 2, 1)
        grid.addWidget(self.chart_card, 3, 0)
        grid.addLayout(right_bottom, 3, 1)
        grid.addWidget(self.problems, 4, 0, 1, 2)
        grid.addWidget(self.signing, 5, 0, 1, 2)
        grid.setRowStretch(6, 1)
        self._cards = [
            self.supervision,
            self.attendance,
            self.gathering,
            self.chart_card,
            self.participation,
            self.assignments,
            self.problems,
            self.signing,
        ]
        self.refresh()

    # -- contract ------------------------------------------------------------------
    def select(self, record_id: str) -> None:
        """The overview shows no single record; nothing to highlight."""

    def refresh(self) -> None:
        """Ask the rules engine for the current status and show it."""
        today = self._services.ctx.today()
        programme = self._services.profile.programme()
        log = self._services.status.log()
        try:
            status = self._services.status.programme_status(today=today, log=log)
        except ValidationError as exc:
            self._show_empty(exc.message)
            return
        self.empty.hide()
        for card in self._cards:
            card.show()
        self.subtitle.setText(
            self.tr("%1 · i dag %2 %3")
            .replace("%1", getattr(programme, "name", ""))
            .replace("%2", weekday_name(today))
            .replace("%3", format_date(today))
        )
        self._show_supervision(status)
        self._show_attendance(status.attendance)
        self._show_gathering(status.next_gathering, today)
        self._show_participation(status.participation)
        self._show_assignments(status.assignments)
        self._show_problems(status)
        self._show_signing()
        self._show_chart(programme, log, today)

    # -- sections ------------------------------------------------------------------
    def _show_empty(self, message: str) -> None:
        for card in self._cards:
            card.hide()
        self.subtitle.setText("")
        self.empty.setText(message)
        self.empty.show()

    def _show_supervision(self, status: rules.ProgrammeStatus) -> None:
        ended = status.pace.ended
        for req in status.supervision:
            row = self.rows.get(req.key)
            if row is not None:
                row.set_result(req, figures.requirement_level(req, ended))
        self._show_notes(self.pace, figures.pace_notes(status))

    def _show_attendance(self, att: rules.AttendanceResult) -> None:
        first, *rest = figures.attendance_notes(att)
        self.attendance_text.setText(first.text)
        level = figures.attendance_level(att)
        self.attendance_bar.set_values(
            att.percent_of_registered or 0.0, att.required_percent, level
        )
        self._show_notes(self.attendance_note, rest)

    @staticmethod
    def _show_notes(label: QLabel, notes: Sequence[figures.Note]) -> None:
        """Lines from the rules engine, coloured by the worst level among them."""
        label.setText("\n".join(n.text for n in notes))
        worst = [n.level for n in notes if n.level in (Level.BAD, Level.WARNING)]
        set_level(label, Level.BAD if Level.BAD in worst else (worst[0] if worst else None))

    def _show_gathering(self, gathering: Any, today: dt.date) -> None:
        days = _gathering_dates(gathering)
        if not days:
            self.gathering_text.setText(self.tr("Ingen flere samlinger i programmet."))
            return
        parts = [f"{weekday_name(d)} {format_date(d)}" for d in days]
        text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + self.tr(" og ") + parts[-1]
        text = text[0].upper() + text[1:]
        until = (days[0] - today).days
        if until == 0:
            when = self.tr("Samlingen starter i dag.")
        elif until == 1:
            when = self.tr("Samlingen starter i morgen.")
        else:
            when = choose(self.tr("Om %1 dag."), self.tr("Om %1 dager."), until)
            when = when.replace("%1", str(until))
        self.gathering_text.setText(f"{text}\n{when}")

    def _show_participation(self, part: rules.ParticipationResult) -> None:
        self.participation_text.setText(
            "\n".join(n.text for n in figures.participation_notes(part))
        )

    def _show_assignments(self, a: Any) -> None:
        overdue = len(a.overdue)
        text = (
            self.tr("%1 av %2 levert, %3 godkjent.")
            .replace("%1", str(a.handed_in))
            .replace("%2", str(a.total))
            .replace("%3", str(a.approved))
        )
        if overdue:
            text += "\n" + self.tr("%1 har passert fristen uten å være levert.").replace(
                "%1", str(overdue)
            )
        if not a.total:
            text = self.tr("Ingen arbeidskrav registrert.")
        self.assignments_text.setText(text)

    def _show_problems(self, status: rules.ProgrammeStatus) -> None:
        for label in self.problem_labels:
            self.problem_box.removeWidget(label)
            label.deleteLater()
        self.problem_labels = []
        items: list[tuple[str, str, str]] = [
            (p.message, p.entity or "", p.entity_id or "") for p in figures.follow_ups(status)
        ]
        if not items:
            items = [(self.tr("Ingenting å ta tak i nå. Alt ser ut til å være i rute."), "", "")]
        for message, entity, entity_id in items:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            text = html.escape(message)
            if entity and entity_id:
                label.setText(f'• <a href="{entity}:{entity_id}">{text}</a>')
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                label.linkActivated.connect(self._on_link)
            else:
                label.setText(f"• {text}")
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.problem_box.addWidget(label)
            self.problem_labels.append(label)

    def _show_signing(self) -> None:
        """Held sessions unsigned for more than 14 days, one link per supervisor to the oldest;
        the card hides when nothing waits."""
        for label in self.signing_labels:
            self.signing_box.removeWidget(label)
            label.deleteLater()
        self.signing_labels = []
        overdue = self._services.signing.unsigned_overdue(
            sessions=self._services.status.log().sessions
        )
        self.signing.setVisible(bool(overdue))
        if not overdue:
            return
        total = sum(len(o.sessions) for o in overdue)
        waiting = choose(
            self.tr("%1 gjennomført møte har ventet mer enn 14 dager på veilederens signatur."),
            self.tr("%1 gjennomførte møter har ventet mer enn 14 dager på veilederens signatur."),
            total,
        )
        pick = self.tr("Velg en veileder for å se det eldste møtet.")
        self.signing_note.setText(f"{waiting} {pick}".replace("%1", str(total)))
        for item in overdue:
            oldest = item.sessions[0]
            count = len(item.sessions)
            text = choose(
                self.tr("%1: %3 møte (%2)"), self.tr("%1: %3 møter, det eldste %2"), count
            )
            text = (
                text.replace("%1", item.supervisor or self.tr("Ukjent veileder"))
                .replace("%2", format_date(oldest.date))
                .replace("%3", str(count))
            )
            label = QLabel(f'• <a href="session:{oldest.id}">{html.escape(text)}</a>')
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.linkActivated.connect(self._on_link)
            self.signing_box.addWidget(label)
            self.signing_labels.append(label)

    def _show_chart(self, programme: Any, log: Any, today: dt.date) -> None:
        self.chart.set_data(
            rules.progress_series(log, programme, today), rules.plan_series(programme), today
        )

    def _on_link(self, href: str) -> None:
        entity, _, entity_id = href.partition(":")
        if entity and entity_id:
            self.navigate.emit(entity, entity_id)


def _gathering_dates(gathering: Any) -> list[dt.date]:
    """The days of the next gathering, whether given as a Gathering or as teaching days."""
    if gathering is None:
        return []
    days = getattr(gathering, "days", gathering)
    if isinstance(days, dt.date):
        return [days]
    return sorted(getattr(d, "date", d) for d in days)
