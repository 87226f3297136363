"""Prerequisites of approval schemes that are not hours: a checklist the student confirms.

FO's clinical approvals ask the applicant to be an approved faglig veileder; the klinisk
spesialist asks for a master's degree. The log cannot see such things, so the student confirms
them here (with a date and an optional note), and the rules engine shows each as met or not.
A confirmation is the student's own statement, like attendance: it is audited, not signed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from miljologg.core.i18n import _
from miljologg.core.model import Confirmation
from miljologg.core.programmes import bundled_schemes
from miljologg.core.schemes import RuleKind
from miljologg.db.models import ConfirmationRow, new_id
from miljologg.services import records, validation
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Service
from miljologg.services.errors import NotFoundError, ValidationError


@dataclass(frozen=True)
class Prerequisite:
    """A prerequisite the bundled schemes name: its code, its text, and which schemes ask it."""

    code: str
    label: str
    schemes: tuple[str, ...]  # scheme names


def prerequisites() -> tuple[Prerequisite, ...]:
    """Every prerequisite of the bundled schemes, once, in the order the schemes name them."""
    found: dict[str, tuple[str, list[str]]] = {}
    for scheme in sorted(bundled_schemes().values(), key=lambda x: x.id):
        for rule in scheme.all_rules:
            if rule.kind is RuleKind.PREREQUISITE:
                label, names = found.setdefault(rule.prerequisite, (rule.label, []))
                if scheme.name not in names:
                    names.append(scheme.name)
    return tuple(Prerequisite(code, label, tuple(names)) for code, (label, names) in found.items())


class ConfirmationService(Service):
    """Confirm a prerequisite, withdraw it, list what is confirmed."""

    def list(self) -> tuple[Confirmation, ...]:
        with self._ctx.read() as s:
            return records.confirmations(s)

    def confirm(self, code: str, on: dt.date | None = None, note: str = "") -> Confirmation:
        """Confirm ``code`` (a prerequisite of a bundled scheme); again changes date and note."""
        known = {p.code: p for p in prerequisites()}
        if code not in known:
            raise ValidationError(
                "code",
                _("Ukjent forutsetning «{code}». Kjente: {known}.").format(
                    code=code, known=", ".join(sorted(known))
                ),
            )
        today = self._ctx.today()
        when = validation.date("date", on or today, today, future_days=0)
        text = validation.text("note", _("Merknad"), note, max_len=500)
        now = self._ctx.now()
        with self._ctx.write() as s:
            row = s.execute(select(ConfirmationRow).where(ConfirmationRow.code == code)).scalar()
            action = "update"
            if row is None:
                row = ConfirmationRow(id=new_id(), code=code, created_at=now)
                s.add(row)
                action = "create"
            row.confirmed_on = when
            row.note = text
            row.updated_at = now
            AuditWriter(s, now).record(action, row)
            return Confirmation(row.code, row.confirmed_on, row.note)

    def withdraw(self, code: str) -> None:
        with self._ctx.write() as s:
            row = s.execute(select(ConfirmationRow).where(ConfirmationRow.code == code)).scalar()
            if row is None:
                raise NotFoundError("code", _("«{code}» er ikke bekreftet.").format(code=code))
            AuditWriter(s, self._ctx.now()).record("delete", row)
            s.delete(row)
