"""Which rejections stand: a supervisor's «avvist» is a verdict, not a passing state.

A response that rejects a session is kept in its request's ``outcome`` (``{"decision":
"rejected", "comment": …}``). The rejection *stands* — the session never counts, is shown as
rejected everywhere and cannot be changed — until one of two things is recorded in that same
outcome entry, each with an audit event:

``cleared_by``
    the id of a later signature of the session by the same supervisor (in person or by file);
``reopened_at`` / ``reopen_reason``
    the student reopened the session («Gjenåpne») with a reason, which stays visible.

A new signing request does not lift a rejection: it only asks again. Everything here runs inside
the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core.i18n import N_
from miljologg.core.model import Rejection
from miljologg.db.signing_models import SigningRequestRow
from miljologg.services.audit import AuditWriter

#: Translated where it is raised (``_(REJECTED_LOCKED_MESSAGE)``).
REJECTED_LOCKED_MESSAGE = N_(
    "Møtet er avvist av veileder. Velg «Gjenåpne» med en begrunnelse for å endre det, "
    "eller be veilederen signere det i et nytt svar."
)


@dataclass(frozen=True)
class RejectionRecord:
    """One rejection of one session in one answered request, and what became of it."""

    session_id: str
    supervisor_id: str
    request_id: str
    comment: str
    at: dt.datetime
    cleared_by: str = ""
    reopened_at: dt.datetime | None = None
    reopen_reason: str = ""

    @property
    def standing(self) -> bool:
        return not self.cleared_by and self.reopened_at is None

    def as_rejection(self) -> Rejection:
        return Rejection(self.session_id, self.supervisor_id, self.comment, self.at.date())


def all_rejections(s: OrmSession) -> list[RejectionRecord]:
    """Every rejection ever imported, oldest first (by the time its response was imported)."""
    out: list[RejectionRecord] = []
    rows = s.execute(
        select(SigningRequestRow)
        .where(SigningRequestRow.answered_at.is_not(None))
        .order_by(SigningRequestRow.answered_at, SigningRequestRow.id)
    ).scalars()
    for req in rows:
        assert req.answered_at is not None
        for sid, entry in sorted((req.outcome or {}).items()):
            if entry.get("decision") != "rejected":
                continue
            reopened = entry.get("reopened_at")
            out.append(
                RejectionRecord(
                    session_id=sid,
                    supervisor_id=req.supervisor_id,
                    request_id=req.id,
                    comment=entry.get("comment", ""),
                    at=req.answered_at,
                    cleared_by=entry.get("cleared_by", ""),
                    reopened_at=dt.datetime.fromisoformat(reopened) if reopened else None,
                    reopen_reason=entry.get("reopen_reason", ""),
                )
            )
    return out


_CACHE = "miljologg.rejections.standing"


def standing(s: OrmSession) -> dict[str, RejectionRecord]:
    """The standing rejection per session id (the latest, when a session was rejected twice).

    Kept for the rest of the ORM session (``Session.info``): signing 3,000 sessions in person
    asks once per signature, and a query each time cost seconds. Every write of an outcome
    here, or by the import (``forget``), drops it."""
    cached = s.info.get(_CACHE)
    if cached is None:
        cached = s.info[_CACHE] = {r.session_id: r for r in all_rejections(s) if r.standing}
    return dict(cached)


def forget(s: OrmSession) -> None:
    """Outcomes were written: the next ``standing`` reads them again."""
    s.info.pop(_CACHE, None)


def standing_rejections(s: OrmSession) -> tuple[Rejection, ...]:
    """The standing rejections as the rules engine reads them (``Log.rejections``)."""
    return tuple(r.as_rejection() for r in standing(s).values())


def is_rejected(s: OrmSession, session_id: str) -> bool:
    return session_id in standing(s)


def _mark(
    s: OrmSession,
    audit: AuditWriter,
    session_id: str,
    supervisor_id: str | None,
    values: dict[str, str],
    detail: str,
) -> int:
    """Write ``values`` into every standing rejection of the session; returns how many."""
    if session_id not in standing(s):
        return 0
    count = 0
    for record in all_rejections(s):
        if record.session_id != session_id or not record.standing:
            continue
        if supervisor_id is not None and record.supervisor_id != supervisor_id:
            continue
        req = s.get(SigningRequestRow, record.request_id)
        assert req is not None
        outcome = {k: dict(v) for k, v in (req.outcome or {}).items()}
        outcome[session_id].update(values)
        req.outcome = outcome  # a new dict, so the JSON column is written
        audit.record("update", req, detail)
        count += 1
    forget(s)
    return count


def clear_by_signature(
    s: OrmSession, audit: AuditWriter, session_id: str, supervisor_id: str, signature_id: str
) -> int:
    """A signature of the session by the supervisor who rejected it lifts the rejection."""
    return _mark(
        s,
        audit,
        session_id,
        supervisor_id,
        {"cleared_by": signature_id},
        "avvisning opphevet",  # i18n: keep (the audit event's detail, hashed)
    )


def reopen(
    s: OrmSession, audit: AuditWriter, session_id: str, reason: str, now: dt.datetime
) -> int:
    """The student reopens a rejected session with a reason (kept and shown)."""
    values = {"reopened_at": now.astimezone(dt.UTC).isoformat(), "reopen_reason": reason}
    detail = "gjenåpnet etter avvisning"  # i18n: keep (the audit event's detail, hashed)
    return _mark(s, audit, session_id, None, values, detail)
