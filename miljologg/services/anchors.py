"""Anchors of the audit chain: copies of where the chain stood, kept where the file is not.

The chain (``services/audit.py``) is unkeyed SHA-256 in a file the student controls, so on its
own it shows an accidental or naive edit but not a determined one: delete the newest events with
their records, or recompute every hash after an edit, and the chain is whole again. What such a
rewrite cannot change is a copy of the chain that lives elsewhere — an *anchor*:

- each backup beside the file (``backups/``) holds the chain as it was then;
- each supervisor's response kept in the file carries, inside the signature the supervisor
  made, the chain head the student's request sent (``signing_request.chain``);
- an export (``chain``) and a dossier (its attached input) carry the head when they were made,
  and can be named with ``audit verify --anchor FILE`` (a response file or a backup too).

``check`` compares the chain with every anchor it can find and names each event an anchor has
seen that the file no longer has (or has otherwise). A restore from a backup is not a rewrite:
it is recorded in the restored chain as a ``restore`` event naming the head it replaced, and
the anchors of the replaced chain are checked against that chain's own backup. A log moved by
export and import starts a new chain, whose ``import`` event names the chain it came from, so
the responses of the old chain are recognised (they can only be checked against the old file).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.db.database import open_database
from miljologg.db.models import AuditEventRow, SupervisorRow
from miljologg.db.signing_models import SigningRequestRow, SigningResponseRow
from miljologg.services import backup_files
from miljologg.services.audit import (
    AuditProblem,
    AuditReport,
    AuditWriter,
    ChainHead,
    chain_head,
    verify,
)
from miljologg.services.context import Context
from miljologg.services.errors import ValidationError

#: Events about the log as a whole (not a record): ``restore`` and ``import`` name a chain.
LOG_ENTITY = "log"
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Chain:
    """One audit chain as some copy holds it: seq → hash, and the chains it names."""

    name: str
    events: dict[int, str] = field(default_factory=dict)
    #: (seq, «dd.mm.åååå action entity») for the messages
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


@dataclass(frozen=True)
class AnchorReport:
    """What the anchors found: the anchors compared (by kind) and the problems (Norwegian)."""

    checked: dict[str, int]
    problems: tuple[str, ...]
    #: Responses that sign the chain of the log before it was moved (not checkable here).
    before_move: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


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
        return f"{dt.datetime.fromisoformat(iso[:19]):%d.%m.%Y}"
    except ValueError:
        return ""


def file_chain(s: OrmSession, name: str = "datafilen") -> Chain:
    chain = Chain(name)
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


def record_move(s: OrmSession, now: dt.datetime, source: ChainHead) -> bool:
    """In an import that added records: they come from the chain ``source`` (an export's
    ``chain``), so the anchors of that chain are recognised here. Recorded once per source
    head, and never for the file's own chain; returns whether an event was written."""
    own = file_chain(s)
    if source.first == own.first or any(
        m.first == source.first and m.seq >= source.seq for m in own.moved_from
    ):
        return False
    detail = json.dumps({"chain": source.as_dict()}, sort_keys=True)
    s.add(AuditEventRow(**AuditWriter(s, now).event("import", LOG_ENTITY, "", "", detail)))
    return True


def record_restore(
    s: OrmSession, now: dt.datetime, replaced: ChainHead | None, backup_id: str
) -> None:
    """In a restored file: the chain head it replaced (None when that file was damaged)."""
    detail = json.dumps(
        {"chain": replaced.as_dict() if replaced else None, "backup": backup_id}, sort_keys=True
    )
    s.add(AuditEventRow(**AuditWriter(s, now).event("restore", LOG_ENTITY, "", "", detail)))


def record_restore_in(
    staged: Path, now: dt.datetime, replaced: ChainHead | None, backup_id: str
) -> None:
    """In the staged copy a restore is about to put in place: the restored chain names the head
    it replaces, so the backups and responses of the replaced chain are still accounted for."""
    database = open_database(staged, create=False, backup=False)
    try:
        with database.session() as s, s.begin():
            record_restore(s, now, replaced, backup_id)
    finally:
        database.close()


def head_of_file(path: Path) -> ChainHead | None:
    """The chain head of a data file on disk (read-only), e.g. the one a restore replaces."""
    chain = sqlite_chain(path)
    if chain is None or chain.head is None:
        return None
    seq, digest = chain.head
    return ChainHead(chain.first, seq, digest)


# -- the check -----------------------------------------------------------------------------------


def _known(own: Chain, backups: list[Chain]) -> tuple[list[Chain], list[Chain]]:
    """The chains the file accounts for (itself, backups that are its prefix, and the chains a
    recorded restore replaced), and the backups it does not account for."""
    known, pending = [own], list(backups)
    changed = True
    while changed:
        changed = False
        replaced = [r for k in known for r in k.replaced]
        for b in list(pending):
            head = b.head
            if head is None:
                pending.remove(b)
                continue
            if any(k.holds(*head) for k in known) or any(b.holds(r.seq, r.head) for r in replaced):
                known.append(b)
                pending.remove(b)
                changed = True
    return known, pending


def _missing(own: Chain, b: Chain) -> str:
    """The first event of backup ``b`` that the file lacks or holds otherwise."""
    for seq in sorted(b.events):
        if own.events.get(seq) != b.events[seq]:
            label = b.labels.get(seq, "")
            how = "ikke har lenger" if seq not in own.events else "har en annen utgave av"
            return (
                f"Sikkerhetskopien {b.name} har hendelse {seq} ({label}), som revisjonsloggen "
                f"i filen {how}: hendelser er slettet eller skrevet om utenom programmet."
            )
    return f"Sikkerhetskopien {b.name} stemmer ikke med revisjonsloggen i filen."


def _point(known: list[Chain], anchor: ChainHead) -> str | None:
    """None when a known chain holds the anchored head; else "missing" or "foreign"."""
    same = [k for k in known if k.first == anchor.first]
    if not same:
        return "foreign"
    return None if any(k.holds(anchor.seq, anchor.head) for k in same) else "missing"


def check(s: OrmSession, data_file: Path, extra: Sequence[Path] = ()) -> AnchorReport:
    """Compare the chain with every anchor: backups beside the file, the responses kept in it,
    and the files named in ``extra`` (backup, export, response or dossier)."""
    own = file_chain(s)
    backups = []
    mine = backup_files.identity(data_file)
    for path, _parsed in sorted(backup_files.candidates(data_file)):
        if mine.same_log(backup_files.identity(path)) is False:
            continue  # another log's backup that happens to share a name
        chain = sqlite_chain(path)
        if chain is not None and chain.events:
            backups.append(chain)
    points = list(_responses(s))
    checked = {"backups": len(backups), "responses": len(points), "files": len(extra)}
    for path in extra:
        kind, found = read_anchor(path)
        if isinstance(found, Chain):
            backups.append(found)
        elif found is not None:
            points.append((f"{kind} {path.name}", found))
    known, pending = _known(own, backups)
    problems = [_missing(own, b) for b in pending]
    moved = {m.first: m for k in known for m in k.moved_from}
    before_move = 0
    for name, anchor in points:
        verdict = _point(known, anchor)
        if verdict == "foreign" and anchor.first in moved:
            before_move += 1
            continue
        if verdict == "foreign":
            problems.append(
                f"{name} gjelder en annen revisjonslogg enn denne filens (hendelse "
                f"{anchor.seq}); loggen er skrevet om fra begynnelsen, eller ankeret hører til "
                "en annen logg."
            )
        elif verdict == "missing":
            how = "ikke har lenger" if anchor.seq not in own.events else "har en annen utgave av"
            problems.append(
                f"{name} har sett revisjonsloggen til og med hendelse {anchor.seq}, som filen "
                f"{how}: hendelser er slettet eller skrevet om utenom programmet."
            )
    return AnchorReport(checked, tuple(problems), before_move)


def _responses(s: OrmSession) -> Iterable[tuple[str, ChainHead]]:
    """The chain head each kept response signed (a damaged one is the signing check's job)."""
    rows = s.execute(
        select(SigningResponseRow, SigningRequestRow.supervisor_id).join(
            SigningRequestRow, SigningRequestRow.id == SigningResponseRow.request_id
        )
    ).all()
    for kept, supervisor_id in rows:
        try:
            chain = ChainHead.from_dict(json.loads(kept.document)["request"]["chain"])
        except (ValueError, KeyError, TypeError):
            continue
        if chain is None:
            continue
        sup = s.get(SupervisorRow, supervisor_id)
        when = f"{kept.imported_at.astimezone():%d.%m.%Y}"
        yield f"Svaret fra {sup.name if sup else 'veilederen'} (importert {when})", chain


def read_anchor(path: Path) -> tuple[str, Chain | ChainHead | None]:
    """What a named file anchors: a backup's whole chain, or the head an export, a response or
    a dossier carries. ``ValidationError`` for a file that is none of these."""
    try:
        with open(path, "rb") as fh:
            start = fh.read(16)
    except OSError as exc:
        raise ValidationError("anchor", f"Kunne ikke lese {path}: {exc.strerror}.") from None
    if start == _SQLITE_MAGIC:
        chain = sqlite_chain(path)
        if chain is None:
            raise ValidationError("anchor", f"{path.name} er ingen miljologg-fil.")
        return "Sikkerhetskopien", chain
    if start.startswith(b"%PDF-"):
        return "Dokumentasjonen", _dossier_head(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError):
        doc = None
    if isinstance(doc, dict) and doc.get("format") == "miljologg-export":
        return "Eksporten", ChainHead.from_dict(doc.get("chain"))
    if isinstance(doc, dict) and doc.get("format") == "miljologg-signing-response":
        from miljologg.services.signing_format import read_response

        return "Svaret", read_response(path.read_bytes()).chain  # its signature checked first
    raise ValidationError(
        "anchor",
        f"{path.name} er verken en sikkerhetskopi, en eksport, et signert svar eller en "
        "dokumentasjons-PDF fra miljologg.",
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


def verify_with_anchors(s: OrmSession, data_file: Path, extra: Sequence[Path] = ()) -> AuditReport:
    """The chain and its records (``audit.verify``), then every anchor: one report."""
    report = verify(s)
    anchored = check(s, data_file, extra)
    problems = report.problems + tuple(
        AuditProblem(None, LOG_ENTITY, "", message) for message in anchored.problems
    )
    return AuditReport(report.events, problems, dict(anchored.checked))


class AnchorService:
    """The chain head for an anchor made now, and the check of the chain against its anchors."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def head(self) -> ChainHead | None:
        with self._ctx.read() as s:
            return chain_head(s)

    def verify(self, extra: Sequence[Path] = ()) -> AuditReport:
        """``audit verify``: the chain, its records and every anchor (plus ``extra`` files)."""
        with self._ctx.read() as s:
            return verify_with_anchors(s, self._ctx.db.path, extra)
