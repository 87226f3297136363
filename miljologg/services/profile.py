"""The owner of the data file: created once by the welcome flow or ``init``, then edited.

Edited through Fil → Profil … and ``profile set``: the same validation and privacy guard as at
creation, one transaction and one audit event naming what changed. The role is fixed once the
file exists (a supervisor's file holds keys, a student's a log). A new name never touches a
signature: each is checked against the bytes the supervisor signed, which keep the name of that
day (``core.signing.changed_fields``), and the sign-off says «signert under navnet …».
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from miljologg.core.i18n import _
from miljologg.core.model import Profile, Role, copy_fields
from miljologg.core.programmes import Programme, bundled_programmes
from miljologg.db.models import ProfileRow, new_id
from miljologg.services import records, validation
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Service
from miljologg.services.errors import ValidationError


@dataclass(frozen=True)
class ProfileInput:
    """What the welcome flow asks for; client group and tasks only in general terms."""

    name: str
    programme_id: str = ""
    role: Role = Role.STUDENT
    profession: str = ""
    workplace: str = ""
    client_group: str = ""
    tasks: str = ""
    #: The text of a profession outside the vocabulary (with ``profession`` «annet»).
    profession_other: str = ""

    @staticmethod
    def of(profile: Profile) -> ProfileInput:
        """The input that would save ``profile`` as it is (the start of an edit)."""
        return copy_fields(ProfileInput, profile)


#: The profile's fields as the audit detail names a change (a supervisor's position is kept in
#: ``tasks``; see ``ui/shell/welcome.py``). Kept in bokmål in every language: the detail is part
#: of the audit event its hash covers, so it is written the same way whoever reads it.
FIELD_LABELS = {  # i18n: keep (stored in the audit log)
    "name": "navn",  # i18n: keep
    "profession": "profesjon",  # i18n: keep
    "profession_other": "profesjon",  # i18n: keep
    "workplace": "arbeidssted",  # i18n: keep
    "programme_id": "studieprogram",  # i18n: keep
    "client_group": "klientgruppe",  # i18n: keep
    "tasks": "arbeidsoppgaver",  # i18n: keep
}


class ProfileService(Service):
    """Read and write the single profile row."""

    def get(self) -> Profile | None:
        with self._ctx.read() as s:
            row = s.execute(select(ProfileRow).limit(1)).scalar()
            return records.profile(row) if row else None

    def programme(self) -> Programme | None:
        """The programme the student follows, or None (no profile, or a supervisor's file)."""
        prof = self.get()
        if prof is None or not prof.programme_id:
            return None
        return bundled_programmes().get(prof.programme_id)

    def save(self, data: ProfileInput) -> Profile:
        """Create the profile, or update it when one exists (nothing is written if unchanged).

        The audit event of an update names the fields that changed («endret: navn»).
        """
        clean = validate_profile(data)
        with self._ctx.write() as s:
            row = s.execute(select(ProfileRow).limit(1)).scalar()
            action, detail = "update", ""
            if row is None:
                row = ProfileRow(id=new_id())
                s.add(row)
                action = "create"
            else:
                if Role(row.role) is not clean.role:
                    raise ValidationError(
                        "role",
                        _(
                            "Rollen kan ikke endres i en datafil som finnes. Lag en ny datafil "
                            "(Fil → Ny datafil) for den andre rollen."
                        ),
                    )
                changed = [
                    label
                    for field, label in FIELD_LABELS.items()
                    if getattr(row, field) != getattr(clean, field)
                ]
                if not changed:
                    return records.profile(row)
                # i18n: keep (the audit event's detail, covered by its hash)
                detail = "endret: " + ", ".join(dict.fromkeys(changed))
            row.name = clean.name
            row.role = clean.role.value
            row.profession = clean.profession
            row.profession_other = clean.profession_other
            row.workplace = clean.workplace
            row.programme_id = clean.programme_id
            row.client_group = clean.client_group
            row.tasks = clean.tasks
            row.updated_at = self._ctx.now()
            AuditWriter(s, self._ctx.now()).record(action, row, detail)
            return records.profile(row)


def validate_profile(d: ProfileInput) -> ProfileInput:
    """Clean and check a profile without touching any file (``init`` checks before creating)."""
    role = Role(d.role)
    programme_id = (d.programme_id or "").strip()
    if role is Role.STUDENT and programme_id not in bundled_programmes():
        raise ValidationError(
            "programme_id",
            _("Ukjent studieprogram «{id}». Velg et fra listen (miljologg programmes).").format(
                id=programme_id
            ),
        )
    # A title's approvals have no place on a profile: «Klinisk sosionom» is kept as sosionom.
    code, other, _approvals = validation.profession(d.profession, d.profession_other)
    return ProfileInput(
        name=validation.text("name", _("Navn"), d.name, max_len=200, required=True),
        programme_id=programme_id,
        role=role,
        profession=code,
        profession_other=other,
        workplace=validation.text("workplace", _("Arbeidssted"), d.workplace, max_len=200),
        client_group=validation.text(
            "client_group", _("Klientgruppe"), d.client_group, max_len=2000
        ),
        tasks=validation.text("tasks", _("Arbeidsoppgaver"), d.tasks, max_len=2000),
    )
