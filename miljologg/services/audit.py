"""The hash-chained audit log: every write leaves an event; ``verify`` finds edits made behind
the app's back.

Each event stores the hash of the record's canonical content after the write and the hash of
the previous event. Breaking the chain (deleting or editing an event) or editing a record with
another tool (its content no longer matches its last event) is therefore detectable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core.audit_hash import GENESIS, canonical_values
from miljologg.core.audit_hash import event_hash as _event_hash
from miljologg.core.i18n import _
from miljologg.db import signing_models
from miljologg.db.models import (
    AssignmentRow,
    AttendanceRow,
    AuditEventRow,
    Base,
    ConfirmationRow,
    ProfileRow,
    SessionRow,
    SupervisorRow,
)

#: Audited tables by the entity name used in events.
ENTITIES: dict[str, type[Base]] = {
    "profile": ProfileRow,
    "supervisor": SupervisorRow,
    "session": SessionRow,
    "attendance": AttendanceRow,
    "assignment": AssignmentRow,
    # sign-off (services/signing.py)
    "signature": signing_models.SignatureRow,
    "supervisor_key": signing_models.SupervisorKeyRow,
    "own_key": signing_models.OwnKeyRow,
    "signing_request": signing_models.SigningRequestRow,
    "supervision_given": signing_models.SupervisionGivenRow,
    "paper_scan": signing_models.PaperScanRow,  # services/paper.py
    "signing_response": signing_models.SigningResponseRow,  # services/signing_import.py
    "retired_key": signing_models.RetiredKeyRow,
    "sign_sheet": signing_models.SignSheetRow,  # services/paper.py
    "confirmation": ConfirmationRow,  # services/confirmations.py
}
_ENTITY_OF: dict[type[Base], str] = {cls: name for name, cls in ENTITIES.items()}


def canonical_content(row: Base) -> bytes:
    """The row's columns (timestamps left out) as canonical JSON bytes."""
    return canonical_values({col.key: getattr(row, col.key) for col in row.__mapper__.column_attrs})


def content_hash(row: Base) -> str:
    return hashlib.sha256(canonical_content(row)).hexdigest()


class AuditWriter:
    """Appends events inside the caller's transaction; keeps the chain head in memory for bulk."""

    def __init__(self, session: OrmSession, now: dt.datetime) -> None:
        self._session = session
        self._now = now.astimezone(dt.UTC)
        last = session.execute(
            select(AuditEventRow.hash).order_by(AuditEventRow.seq.desc()).limit(1)
        ).scalar()
        self._head = last or GENESIS

    def record(self, action: str, row: Base, detail: str = "") -> None:
        """Log ``action`` on ``row``; call after the row's new values are set (flushed or not)."""
        entity = _ENTITY_OF[type(row)]
        entity_id = str(row.id)  # type: ignore[attr-defined]
        chash = "" if action == "delete" else content_hash(row)
        self._session.add(AuditEventRow(**self.event(action, entity, entity_id, chash, detail)))

    def event(
        self, action: str, entity: str, entity_id: str, chash: str, detail: str = ""
    ) -> dict[str, Any]:
        """The next event's column values, advancing the chain head.

        Bulk writers insert these with one executemany (in the order they were made); the
        chain is the same as if each had been recorded one by one.
        """
        new_hash = _event_hash(self._head, self._now, action, entity, entity_id, chash, detail)
        values = {
            "at": self._now,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "content_hash": chash,
            "detail": detail,
            "prev_hash": self._head,
            "hash": new_hash,
        }
        self._head = new_hash
        return values


@dataclass(frozen=True)
class ChainHead:
    """Where the audit chain stood: which chain (``first``, the hash of its first event), how
    long it was (``seq``) and its newest hash (``head``).

    Written into signing requests (and so into the supervisor's signed response), exports,
    dossiers and seen in backups: an *anchor*. A file whose chain no longer holds an event an
    anchor has seen has lost events or had them rewritten (``services/anchors.py``).
    """

    first: str
    seq: int
    head: str

    def as_dict(self) -> dict[str, Any]:
        return {"first": self.first, "seq": self.seq, "head": self.head}

    @staticmethod
    def from_dict(value: Any) -> ChainHead | None:
        """A chain head read from a file; None when absent or not well formed."""
        if not isinstance(value, dict):
            return None
        first, seq, head = value.get("first"), value.get("seq"), value.get("head")
        if not (_is_hash(first) and _is_hash(head)):
            return None
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            return None
        return ChainHead(str(first), seq, str(head))


def _is_hash(value: Any) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


def chain_head(session: OrmSession) -> ChainHead | None:
    """The chain's head as it stands in this transaction (pending events flushed first)."""
    session.flush()
    last = session.execute(
        select(AuditEventRow.seq, AuditEventRow.hash).order_by(AuditEventRow.seq.desc()).limit(1)
    ).first()
    first = session.execute(
        select(AuditEventRow.hash).order_by(AuditEventRow.seq).limit(1)
    ).scalar()
    if last is None or first is None:
        return None
    return ChainHead(first, int(last[0]), str(last[1]))


@dataclass(frozen=True)
class AuditProblem:
    """One thing ``verify`` found wrong."""

    seq: int | None
    entity: str
    entity_id: str
    message: str


@dataclass(frozen=True)
class AuditReport:
    """Result of ``verify``: ok when the chain is whole and every record matches its last event
    (and, when compared, every anchor's events are still in the chain: ``anchors``)."""

    events: int
    problems: tuple[AuditProblem, ...]
    #: How many anchors were compared, by kind («backups», «responses», «files»); empty when
    #: only the chain itself was checked (``services/anchors.py``).
    anchors: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: OrmSession) -> AuditReport:
    """Check the chain, then every audited record against the last event that wrote it."""
    problems: list[AuditProblem] = []
    last_hash: dict[tuple[str, str], str] = {}
    prev = GENESIS
    count = 0
    for ev in session.execute(select(AuditEventRow).order_by(AuditEventRow.seq)).scalars():
        count += 1
        expected = _event_hash(
            ev.prev_hash, ev.at, ev.action, ev.entity, ev.entity_id, ev.content_hash, ev.detail
        )
        if ev.prev_hash != prev or ev.hash != expected:
            problems.append(
                AuditProblem(
                    ev.seq,
                    ev.entity,
                    ev.entity_id,
                    _(
                        "Revisjonsloggen er brutt ved hendelse {seq}: hendelsen er endret, "
                        "slettet eller satt inn utenom programmet."
                    ).format(seq=ev.seq),
                )
            )
            break
        prev = ev.hash
        last_hash[(ev.entity, ev.entity_id)] = ev.content_hash
    problems.extend(_check_records(session, last_hash))
    return AuditReport(count, tuple(problems))


def _check_records(
    session: OrmSession, last_hash: dict[tuple[str, str], str]
) -> Iterable[AuditProblem]:
    seen: set[tuple[str, str]] = set()
    for entity, cls in ENTITIES.items():
        for row in session.execute(select(cls)).scalars():
            key = (entity, str(row.id))  # type: ignore[attr-defined]
            seen.add(key)
            logged = last_hash.get(key)
            if logged is None or logged == "":
                yield AuditProblem(
                    None,
                    entity,
                    key[1],
                    _("{label} {value} finnes uten revisjonsspor.").format(
                        label=_label(entity), value=key[1]
                    ),
                )
            elif logged != content_hash(row):
                yield AuditProblem(
                    None,
                    entity,
                    key[1],
                    _(
                        "{label} {value} er endret utenom programmet (innholdet stemmer ikke "
                        "med revisjonsloggen)."
                    ).format(label=_label(entity), value=key[1]),
                )
    for key, chash in last_hash.items():
        if chash and key not in seen:
            yield AuditProblem(
                None,
                key[0],
                key[1],
                _("{label} {value} er slettet utenom programmet.").format(
                    label=_label(key[0]), value=key[1]
                ),
            )


def _label(entity: str) -> str:
    return {
        "profile": _("Profilen"),
        "supervisor": _("Veileder"),
        "session": _("Veiledningsmøte"),
        "attendance": _("Oppmøte"),
        "assignment": _("Arbeidskrav"),
        "signature": _("Signaturen"),
        "supervisor_key": _("Veiledernøkkelen"),
        "own_key": _("Den egne nøkkelen"),
        "signing_request": _("Signeringsforespørselen"),
        "supervision_given": _("Veiledningsposten"),
        "paper_scan": _("Det innskannede signeringsarket"),
        "confirmation": _("Bekreftelsen"),
        "signing_response": _("Det signerte svaret"),
        "retired_key": _("Den erstattede veiledernøkkelen"),
    }.get(entity, entity)
