"""Supervision sessions: the hours the whole app is about."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core.audit_hash import content_hash_of_values
from miljologg.core.i18n import _
from miljologg.core.model import Form, Session, SessionStatus
from miljologg.core.professions import vocabulary
from miljologg.core.programmes import Programme
from miljologg.db.bulk import gc_paused, insert_rows
from miljologg.db.models import AuditEventRow, SessionRow, SupervisorRow, new_id
from miljologg.services import records, validation
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Context
from miljologg.services.errors import ValidationError
from miljologg.services.profile import ProfileService
from miljologg.services.signing_base import ensure_unlocked

MAX_GROUP_SIZE = 50


@dataclass(frozen=True)
class SessionInput:
    """A session as typed in the dialog, the CLI or an import."""

    date: dt.date
    minutes: int
    form: Form
    supervisor_id: str  # "" for supervision the student gave (Form.GIVEN)
    group_size: int = 1  # for Form.GIVEN: how many the student supervised
    topic: str = ""
    reflection: str = ""
    start_time: dt.time | None = None
    status: SessionStatus = SessionStatus.HELD
    #: A group's participants all have this profession (a code), "" if mixed or not known.
    participants_profession: str = ""


class SessionService:
    """Add, change, remove, list sessions and link missed sessions to their make-up."""

    def __init__(self, ctx: Context, profile: ProfileService) -> None:
        self._ctx = ctx
        self._profile = profile

    # -- reading -----------------------------------------------------------------
    def list(self) -> tuple[Session, ...]:
        order = (SessionRow.date, SessionRow.start_time)
        return self._ctx.all(select(SessionRow).order_by(*order), records.session)

    def get(self, session_id: str) -> Session:
        with self._ctx.read() as s:
            return records.session(_row(s, session_id))

    # -- writing -----------------------------------------------------------------
    def add(self, data: SessionInput) -> Session:
        return self.get(self.add_many([data])[0])

    def add_many(self, items: Sequence[SessionInput]) -> builtins.list[str]:
        """Add several sessions in one transaction (import, demo): all or none."""
        programme = self._profile.programme()
        today = self._ctx.today()
        now = self._ctx.now()
        ids: list[str] = []
        with self._ctx.write() as s, gc_paused():
            known = set(s.execute(select(SupervisorRow.id)).scalars())
            audit = AuditWriter(s, now)
            rows: list[dict[str, object]] = []
            events: list[dict[str, object]] = []
            for index, item in enumerate(items):
                try:
                    clean = _validate(item, programme, today, known)
                except ValidationError as exc:
                    if len(items) > 1:
                        exc.message = _("Møte nr. {n}: {message}").format(
                            n=index + 1, message=exc.message
                        )
                        exc.args = (exc.message,)
                    raise
                session_id = new_id()
                values = _values(clean)
                values["id"] = session_id
                rows.append({**values, "created_at": now, "updated_at": now})
                events.append(
                    audit.event("create", "session", session_id, content_hash_of_values(values))
                )
                ids.append(session_id)
            # One executemany each, not the ORM unit of work: the same rows and audit events,
            # many times faster for thousands of sessions (see db/bulk.py).
            connection = s.connection()
            insert_rows(connection, SessionRow.__table__, rows)
            insert_rows(connection, AuditEventRow.__table__, events)
        return ids

    def update(self, session_id: str, data: SessionInput) -> Session:
        programme = self._profile.programme()
        with self._ctx.write() as s:
            known = set(s.execute(select(SupervisorRow.id)).scalars())
            clean = _validate(data, programme, self._ctx.today(), known)
            row = _row(s, session_id)
            ensure_unlocked(s, session_id)  # a signed session changes only after «Gjenåpne»
            audit = AuditWriter(s, self._ctx.now())
            if clean.status is SessionStatus.HELD and row.made_up_by_id:
                row.made_up_by_id = None  # a held session needs no make-up
            if clean.status is SessionStatus.MISSED:
                self._unlink_as_make_up(s, session_id, audit)
            _apply(row, clean)
            row.updated_at = self._ctx.now()
            audit.record("update", row)
            return records.session(row)

    def delete(self, session_id: str) -> None:
        with self._ctx.write() as s:
            row = _row(s, session_id)
            audit = AuditWriter(s, self._ctx.now())
            ensure_unlocked(s, session_id, audit, deleting=True)
            self._unlink_as_make_up(s, session_id, audit)
            audit.record("delete", row)
            s.delete(row)

    def link_make_up(self, missed_id: str, make_up_id: str | None) -> Session:
        """Record that ``make_up_id`` made up the missed session (None removes the link)."""
        with self._ctx.write() as s:
            missed = _row(s, missed_id)
            validation.make_up(missed, _row(s, make_up_id) if make_up_id is not None else None)
            missed.made_up_by_id = make_up_id
            missed.updated_at = self._ctx.now()
            AuditWriter(s, self._ctx.now()).record("update", missed, "make_up")
            return records.session(missed)

    # -- helpers -----------------------------------------------------------------
    @staticmethod
    def _unlink_as_make_up(s: OrmSession, session_id: str, audit: AuditWriter) -> None:
        """Missed sessions made up by this one lose the link, each with its own event."""
        linked = s.execute(select(SessionRow).where(SessionRow.made_up_by_id == session_id))
        for other in linked.scalars().all():
            other.made_up_by_id = None
            audit.record("update", other, "make_up_removed")


def _row(s: OrmSession, session_id: str) -> SessionRow:
    row = records.existing(s, SessionRow, session_id)
    return row


def _validate(
    d: SessionInput, programme: Programme | None, today: dt.date, supervisors: set[str]
) -> SessionInput:
    try:
        form = Form(d.form)
    except ValueError:
        raise ValidationError("form", _("Ukjent veiledningsform.")) from None
    try:
        status = SessionStatus(d.status)
    except ValueError:
        raise ValidationError("status", _("Ukjent status.")) from None
    when = validation.date("date", d.date, today)
    if status is SessionStatus.HELD and when > today:
        raise ValidationError("date", _("Et gjennomført møte kan ikke ha dato fram i tid."))
    minutes = validation.minutes("minutes", d.minutes)
    supervisor_id = _supervisor(form, status, d.supervisor_id, supervisors)
    group = d.group_size
    if isinstance(group, bool) or not isinstance(group, int):
        raise ValidationError("group_size", _("Gruppestørrelsen må være et helt tall."))
    if form is Form.INDIVIDUAL and group != 1:
        raise ValidationError("group_size", _("Individuell veiledning har gruppestørrelse 1."))
    if form.is_group and not 2 <= group <= MAX_GROUP_SIZE:
        raise ValidationError(
            "group_size",
            _("Gruppeveiledning må ha mellom 2 og {n} deltakere.").format(n=MAX_GROUP_SIZE),
        )
    if not 1 <= group <= MAX_GROUP_SIZE:
        if form is Form.GIVEN:
            message = _("Antall du veiledet må være mellom 1 og {n}.")
        else:
            message = _("Gruppestørrelsen må være mellom 1 og {n}.")
        raise ValidationError("group_size", message.format(n=MAX_GROUP_SIZE))
    participants = _participants(d.participants_profession, group)
    if (
        form is Form.GATHERING_GROUP
        and programme is not None
        and not programme.is_gathering_day(when)
    ):
        raise ValidationError(
            "date",
            _("Gruppeveiledning på samling kan bare føres på en av programmets samlingsdager."),
        )
    return SessionInput(  # built directly: dataclasses.replace costs a field walk per call
        date=when,
        minutes=minutes,
        form=form,
        supervisor_id=supervisor_id,
        group_size=group,
        topic=validation.text("topic", _("Tema"), d.topic, max_len=500),
        reflection=validation.text("reflection", _("Refleksjon"), d.reflection, max_len=5000),
        start_time=validation.start_time(d.start_time),
        status=status,
        participants_profession=participants,
    )


def _supervisor(form: Form, status: SessionStatus, supervisor_id: str, known: set[str]) -> str:
    """Supervision given has no supervisor (and is only ever logged as held); any other
    session names one of the log's supervisors."""
    if form is Form.GIVEN:
        if supervisor_id:
            raise ValidationError(
                "supervisor", _("Veiledning du har gitt, har ingen veileder: la feltet stå tomt.")
            )
        if status is not SessionStatus.HELD:
            raise ValidationError("status", _("Veiledning du har gitt, føres når den er holdt."))
        return ""
    if supervisor_id not in known:
        raise ValidationError("supervisor", _("Velg en veileder."))
    return supervisor_id


def _participants(text: str, group: int) -> str:
    """The profession every participant of a group has: a code of the vocabulary, or ""."""
    typed = (text or "").strip()
    if not typed:
        return ""
    if group < 2:
        raise ValidationError(
            "participants_profession", _("Deltakernes profesjon føres bare for grupper.")
        )
    found = vocabulary().lookup(typed)
    if found is None or not found.known:
        raise ValidationError(
            "participants_profession",
            _("Velg deltakernes profesjon fra listen eller la den stå tom."),
        )
    return found.code


def _values(d: SessionInput) -> dict[str, object]:
    """A validated input as column values (a new session is never made up yet)."""
    return {
        "date": d.date,
        "start_time": d.start_time,
        "minutes": d.minutes,
        "form": d.form.value,
        "supervisor_id": d.supervisor_id or None,  # NULL for supervision given
        "group_size": d.group_size,
        "topic": d.topic,
        "reflection": d.reflection,
        "status": d.status.value,
        "made_up_by_id": None,
        "participants_profession": d.participants_profession,
    }


def _apply(row: SessionRow, d: SessionInput) -> None:
    for key, value in _values(d).items():
        if key != "made_up_by_id":
            setattr(row, key, value)
