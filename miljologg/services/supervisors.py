"""Supervisors: who gave the supervision, their profession and approvals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from miljologg.core.i18n import _, ngettext
from miljologg.core.model import Approval, Supervisor
from miljologg.db.models import SessionRow, SupervisorRow, new_id
from miljologg.db.signing_models import SignatureRow, SigningRequestRow, SupervisorKeyRow
from miljologg.services import records, validation
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Service
from miljologg.services.errors import NotFoundError, ValidationError


@dataclass(frozen=True)
class SupervisorInput:
    """A supervisor as typed in the dialog or on the command line."""

    name: str
    profession: str = ""
    approvals: frozenset[Approval] = frozenset()
    workplace: str = ""
    position: str = ""
    #: The text of a profession outside the vocabulary (with ``profession`` «annet»).
    profession_other: str = ""


class SupervisorService(Service):
    """Add, change, remove and look up supervisors."""

    def list(self) -> tuple[Supervisor, ...]:
        return self._ctx.all(
            select(SupervisorRow).order_by(func.lower(SupervisorRow.name)), records.supervisor
        )

    def get(self, supervisor_id: str) -> Supervisor:
        with self._ctx.read() as s:
            row = records.existing(s, SupervisorRow, supervisor_id)
            return records.supervisor(row)

    def find(self, name_or_id: str) -> Supervisor:
        """By id, or by a name that matches exactly one supervisor (case ignored)."""
        key = name_or_id.strip()
        everyone = self.list()
        for sup in everyone:
            if sup.id == key:
                return sup
        matches = [sup for sup in everyone if sup.name.casefold() == key.casefold()]
        if len(matches) == 1:
            return matches[0]
        # The name is echoed to help with a typo — unless the privacy guard would refuse it (an
        # identity number typed in the wrong place): that is never repeated, not even here.
        secret = validation.holds_identifier(key)
        if matches:
            if secret:
                message = _("Flere veiledere har det navnet; bruk id.")
            else:
                message = _("Flere veiledere heter «{name}»; bruk id.").format(name=key)
            raise ValidationError("supervisor", message)
        if secret:
            raise NotFoundError("supervisor", _("Fant ingen veileder med det navnet."))
        raise NotFoundError("supervisor", _("Fant ingen veileder «{name}».").format(name=key))

    def add(self, data: SupervisorInput) -> Supervisor:
        clean = _validate(data)
        with self._ctx.write() as s:
            row = SupervisorRow(id=new_id(), created_at=self._ctx.now())
            _apply(row, clean)
            row.updated_at = row.created_at
            s.add(row)
            AuditWriter(s, self._ctx.now()).record("create", row)
            return records.supervisor(row)

    def update(self, supervisor_id: str, data: SupervisorInput) -> Supervisor:
        clean = _validate(data)
        return records.updated(
            self._ctx, SupervisorRow, supervisor_id, _apply, clean, records.supervisor
        )

    def delete(self, supervisor_id: str) -> None:
        """Refused while sessions name the supervisor: hours must never lose their source."""
        with self._ctx.write() as s:
            row = records.existing(s, SupervisorRow, supervisor_id)
            used = s.execute(
                select(func.count()).where(SessionRow.supervisor_id == supervisor_id)
            ).scalar_one()
            if used:
                raise ValidationError(
                    "supervisor",
                    ngettext(
                        "{name} har {n} veiledningsmøte i loggen og kan ikke slettes.",
                        "{name} har {n} veiledningsmøter i loggen og kan ikke slettes.",
                        used,
                    ).format(name=row.name, n=used),
                )
            signed = sum(
                s.execute(
                    select(func.count()).where(table.supervisor_id == supervisor_id)
                ).scalar_one()
                for table in (SignatureRow, SupervisorKeyRow, SigningRequestRow)
            )
            if signed:
                raise ValidationError(
                    "supervisor",
                    _(
                        "{name} har signaturer, en lagret nøkkel eller signeringsforespørsler "
                        "i loggen og kan ikke slettes."
                    ).format(name=row.name),
                )
            AuditWriter(s, self._ctx.now()).record("delete", row)
            s.delete(row)


def _validate(d: SupervisorInput) -> SupervisorInput:
    """Clean input; the profession becomes a code, and a title adds its approvals."""
    approvals = frozenset(Approval(a) for a in d.approvals)
    code, other, implied = validation.profession(d.profession, d.profession_other)
    return SupervisorInput(
        name=validation.text("name", _("Navn"), d.name, max_len=200, required=True),
        profession=code,
        approvals=approvals | implied,
        workplace=validation.text("workplace", _("Arbeidssted"), d.workplace, max_len=200),
        position=validation.text("position", _("Stilling"), d.position, max_len=200),
        profession_other=other,
    )


def _apply(row: SupervisorRow, d: SupervisorInput) -> None:
    row.name = d.name
    row.profession = d.profession
    row.profession_other = d.profession_other
    row.approvals = sorted(a.value for a in d.approvals)
    row.workplace = d.workplace
    row.position = d.position


def approvals_from(values: Iterable[str]) -> frozenset[Approval]:
    """Parse approval names (CLI), refusing unknown ones with the list of known ones."""
    out = set()
    for v in values:
        try:
            out.add(Approval(v))
        except ValueError:
            known = ", ".join(a.value for a in Approval)
            raise ValidationError(
                "approval",
                _("Ukjent godkjenning «{value}». Kjente: {known}.").format(value=v, known=known),
            ) from None
    return frozenset(out)
