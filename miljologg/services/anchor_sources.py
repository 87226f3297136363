"""Where the anchors of the audit chain are read from (``services/anchors.py`` compares them).

A chain as a copy holds it (``Chain``): the data file's own, a backup's (read-only with
sqlite3), or the one named by ``audit verify --anchor FILE``; the chain head each kept response
signed, once its envelope signature holds against the key pinned for its supervisor; the head
an export or a dossier carries. A ``restore`` or ``import`` event of the log as a whole names
the chain it replaced or came from.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg import os_errors
from miljologg.core import signing as crypto
from miljologg.core.i18n import _
from miljologg.core.units import format_date
from miljologg.db.models import AuditEventRow, SupervisorRow
from miljologg.db.signing_models import (
    RetiredKeyRow,
    SigningRequestRow,
    SigningResponseRow,
    SupervisorKeyRow,
)
from miljologg.services.audit import ChainHead
from miljologg.services.errors import ValidationError
from miljologg.services.signing_format import read_response

#: Events about the log as a whole (not a record): ``restore`` and ``import`` name a chain.
LOG_ENTITY = "log"
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Chain:
    """One audit chain as some copy holds it: seq → hash, and the chains it names."""

    name: str
    events: dict[int, str] = field(default_factory=dict)
    #: (seq, «date, action entity») for the messages (the date as the language writes it)
    labels: dict[int, str] = field(default_factory=dict)
    #: chain heads this chain replaced by a restore, and chains it was imported from
    replaced: list[ChainHead] = field(default_factory=list)
    moved_from: list[ChainHead] = field(default_factory=list)

    @property
    def first(self) -> str:
        return self.events.get(min(self.events), "") if self.events else ""

    @property
    def head(self) -> tuple[int, str] | None:
        if not self.events:
            return None
        seq = max(self.events)
        return seq, self.events[seq]

    def holds(self, seq: int, digest: str) -> bool:
        return self.events.get(seq) == digest


def _add_event(
    chain: Chain, seq: int, digest: str, at: Any, action: str, entity: str, detail: str
) -> None:
    chain.events[seq] = digest
    when = at if isinstance(at, str) else at.isoformat() if at else ""
    chain.labels[seq] = f"{_date(when)}, {action} {entity}".strip(", ")
    if entity == LOG_ENTITY and action in ("restore", "import"):
        try:
            named = ChainHead.from_dict(json.loads(detail).get("chain"))
        except (ValueError, AttributeError):
            named = None
        if named is not None:
            (chain.replaced if action == "restore" else chain.moved_from).append(named)


def _date(iso: str) -> str:
    try:
        return format_date(dt.datetime.fromisoformat(iso[:19]).date())
    except ValueError:
        return ""


def file_chain(s: OrmSession, name: str | None = None) -> Chain:
    chain = Chain(_("datafilen") if name is None else name)
    rows = s.execute(
        select(
            AuditEventRow.seq,
            AuditEventRow.hash,
            AuditEventRow.at,
            AuditEventRow.action,
            AuditEventRow.entity,
            AuditEventRow.detail,
        )
    )
    for seq, digest, at, action, entity, detail in rows:
        _add_event(chain, seq, digest, at, action, entity, detail)
    return chain


def sqlite_chain(path: Path) -> Chain | None:
    """The chain in another miljologg file (a backup), read-only; None if it has none."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    chain = Chain(path.name)
    with contextlib.closing(con):
        try:
            rows = con.execute(
                "SELECT seq, hash, at, action, entity, detail FROM audit_event"
            ).fetchall()
        except sqlite3.Error:
            return None
    for seq, digest, at, action, entity, detail in rows:
        _add_event(chain, int(seq), str(digest), at, str(action), str(entity), str(detail))
    return chain


def head_of_file(path: Path) -> ChainHead | None:
    """The chain head of a data file on disk (read-only), e.g. the one a restore replaces."""
    chain = sqlite_chain(path)
    if chain is None or chain.head is None:
        return None
    seq, digest = chain.head
    return ChainHead(chain.first, seq, digest)


def kept_responses(s: OrmSession) -> tuple[list[tuple[str, ChainHead]], list[str]]:
    """The chain head each kept response signed, and the responses that cannot anchor: one
    whose envelope signature no longer holds (edited after the supervisor signed it, say to
    name a rewritten chain), or that is signed with a key not pinned for its supervisor."""
    rows = s.execute(
        select(SigningResponseRow, SigningRequestRow).join(
            SigningRequestRow, SigningRequestRow.id == SigningResponseRow.request_id
        )
    ).all()
    pinned = set(s.execute(select(SupervisorKeyRow.supervisor_id, SupervisorKeyRow.fingerprint)))
    pinned |= set(s.execute(select(RetiredKeyRow.supervisor_id, RetiredKeyRow.fingerprint)))
    heads: list[tuple[str, ChainHead]] = []
    problems: list[str] = []
    for kept, req in rows:
        sup = s.get(SupervisorRow, req.supervisor_id)
        name = _("Svaret fra {supervisor} (importert {date})").format(
            supervisor=sup.name if sup else _("veilederen"),
            date=format_date(kept.imported_at.astimezone().date()),
        )
        try:
            view = read_response(kept.document.encode("utf-8"))
        except ValidationError:
            message = _(
                "{name} er endret etter at veilederen signerte det, så det viser ikke lenger hvor "
                "revisjonsloggen sto; det er endret utenom programmet."
            )
            problems.append(message.format(name=name))
            continue
        if (
            view.request_id != req.id
            or view.fingerprint != req.response_fingerprint
            or (req.supervisor_id, view.fingerprint) not in pinned
        ):
            message = _(
                "{name} er signert med nøkkelen {fingerprint}, som ikke er festet for veilederen, "
                "eller hører til en annen forespørsel; det er endret utenom programmet."
            )
            fingerprint = crypto.format_fingerprint(view.fingerprint)
            problems.append(message.format(name=name, fingerprint=fingerprint))
            continue
        if view.chain is not None:
            heads.append((name, view.chain))
    return heads, problems


def read_anchor(path: Path) -> tuple[str, Chain | ChainHead | None]:
    """What a named file anchors: a backup's whole chain, or the head an export, a response or
    a dossier carries, with the file as a message names it («Eksporten eksport.json»).
    ``ValidationError`` for a file that is none of these."""
    file = path.name
    try:
        with open(path, "rb") as fh:
            start = fh.read(16)
    except OSError as exc:
        raise ValidationError("anchor", os_errors.cannot("lese", str(path), exc)) from None
    if start == _SQLITE_MAGIC:
        chain = sqlite_chain(path)
        if chain is None:
            raise ValidationError("anchor", _("{file} er ingen miljologg-fil.").format(file=file))
        return _("Sikkerhetskopien {file}").format(file=file), chain
    if start.startswith(b"%PDF-"):
        return _("Dokumentasjonen {file}").format(file=file), _dossier_head(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError):
        doc = None
    if isinstance(doc, dict) and doc.get("format") == "miljologg-export":
        return _("Eksporten {file}").format(file=file), ChainHead.from_dict(doc.get("chain"))
    if isinstance(doc, dict) and doc.get("format") == "miljologg-signing-response":
        head = read_response(path.read_bytes()).chain  # its signature checked first
        return _("Svaret {file}").format(file=file), head
    raise ValidationError(
        "anchor",
        _(
            "{file} er verken en sikkerhetskopi, en eksport, et signert svar eller en "
            "dokumentasjons-PDF fra miljologg."
        ).format(file=file),
    )


def _dossier_head(path: Path) -> ChainHead | None:
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        items = reader.attachments.get("miljologg-grunnlag.json") or []
        doc = json.loads(items[0]) if items else {}
    except Exception:  # a damaged PDF is verify-dossier's business; here it anchors nothing
        return None
    return ChainHead.from_dict(doc.get("chain")) if isinstance(doc, dict) else None
