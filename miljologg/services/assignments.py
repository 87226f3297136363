"""Written assignments between gatherings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from miljologg.core.i18n import _
from miljologg.core.model import Assignment
from miljologg.db.models import AssignmentRow, new_id
from miljologg.services import records, validation
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Service
from miljologg.services.errors import ValidationError


@dataclass(frozen=True)
class AssignmentInput:
    """An assignment as typed."""

    title: str
    due_date: dt.date
    handed_in: dt.date | None = None
    approved: dt.date | None = None
    note: str = ""


class AssignmentService(Service):
    """Add, change, remove and list assignments."""

    def list(self) -> tuple[Assignment, ...]:
        return self._ctx.all(
            select(AssignmentRow).order_by(AssignmentRow.due_date), records.assignment
        )

    def add(self, data: AssignmentInput) -> Assignment:
        clean = validate_assignment(data, self._ctx.today())
        with self._ctx.write() as s:
            row = AssignmentRow(id=new_id(), created_at=self._ctx.now())
            _apply(row, clean)
            row.updated_at = self._ctx.now()
            s.add(row)
            AuditWriter(s, self._ctx.now()).record("create", row)
            return records.assignment(row)

    def update(self, assignment_id: str, data: AssignmentInput) -> Assignment:
        clean = validate_assignment(data, self._ctx.today())
        return records.updated(
            self._ctx, AssignmentRow, assignment_id, _apply, clean, records.assignment
        )

    def delete(self, assignment_id: str) -> None:
        with self._ctx.write() as s:
            row = records.existing(s, AssignmentRow, assignment_id)
            AuditWriter(s, self._ctx.now()).record("delete", row)
            s.delete(row)


def validate_assignment(d: AssignmentInput, today: dt.date) -> AssignmentInput:
    """Clean and check an assignment (shared by the dialog path and import)."""
    due = validation.date("due_date", d.due_date, today, future_days=3 * 366)
    handed = d.handed_in and validation.date("handed_in", d.handed_in, today, future_days=0)
    approved = d.approved and validation.date("approved", d.approved, today, future_days=0)
    if approved and not handed:
        raise ValidationError("approved", _("Et arbeidskrav må være levert før det godkjennes."))
    if approved and handed and approved < handed:
        raise ValidationError("approved", _("Godkjent-datoen kan ikke være før levert-datoen."))
    return AssignmentInput(
        title=validation.text("title", _("Tittel"), d.title, max_len=300, required=True),
        due_date=due,
        handed_in=handed or None,
        approved=approved or None,
        note=validation.text("note", _("Merknad"), d.note, max_len=2000),
    )


def _apply(row: AssignmentRow, d: AssignmentInput) -> None:
    row.title = d.title
    row.due_date = d.due_date
    row.handed_in = d.handed_in
    row.approved = d.approved
    row.note = d.note
