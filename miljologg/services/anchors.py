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
Where each anchor is read from is ``services/anchor_sources.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from miljologg.core.i18n import _
from miljologg.db.database import open_database
from miljologg.db.models import AuditEventRow
from miljologg.services import backup_files
from miljologg.services.anchor_sources import (
    LOG_ENTITY,
    Chain,
    file_chain,
    kept_responses,
    read_anchor,
    sqlite_chain,
)
from miljologg.services.audit import (
    AuditProblem,
    AuditReport,
    AuditWriter,
    ChainHead,
    chain_head,
    verify,
)
from miljologg.services.context import Service


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
            if seq not in own.events:
                message = _(
                    "Sikkerhetskopien {name} har hendelse {seq} ({label}), som revisjonsloggen i "
                    "filen ikke har lenger: hendelser er slettet eller skrevet om utenom "
                    "programmet."
                )
            else:
                message = _(
                    "Sikkerhetskopien {name} har hendelse {seq} ({label}), som revisjonsloggen i "
                    "filen har en annen utgave av: hendelser er slettet eller skrevet om utenom "
                    "programmet."
                )
            return message.format(name=b.name, seq=seq, label=label)
    return _("Sikkerhetskopien {name} stemmer ikke med revisjonsloggen i filen.").format(
        name=b.name
    )


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
    points, problems = kept_responses(s)
    checked = {"backups": len(backups), "responses": len(points), "files": len(extra)}
    for path in extra:
        named, found = read_anchor(path)
        if isinstance(found, Chain):
            backups.append(found)
        elif found is not None:
            points.append((named, found))
    known, pending = _known(own, backups)
    problems += [_missing(own, b) for b in pending]
    moved = {m.first: m for k in known for m in k.moved_from}
    before_move = 0
    for name, anchor in points:
        verdict = _point(known, anchor)
        if verdict == "foreign" and anchor.first in moved:
            before_move += 1
            continue
        if verdict == "foreign":
            message = _(
                "{name} gjelder en annen revisjonslogg enn denne filens (hendelse {seq}); loggen "
                "er skrevet om fra begynnelsen, eller ankeret hører til en annen logg."
            )
            problems.append(message.format(name=name, seq=anchor.seq))
        elif verdict == "missing":
            if anchor.seq not in own.events:
                message = _(
                    "{name} har sett revisjonsloggen til og med hendelse {seq}, som filen ikke "
                    "har lenger: hendelser er slettet eller skrevet om utenom programmet."
                )
            else:
                message = _(
                    "{name} har sett revisjonsloggen til og med hendelse {seq}, som filen har en "
                    "annen utgave av: hendelser er slettet eller skrevet om utenom programmet."
                )
            problems.append(message.format(name=name, seq=anchor.seq))
    return AnchorReport(checked, tuple(problems), before_move)


def verify_with_anchors(s: OrmSession, data_file: Path, extra: Sequence[Path] = ()) -> AuditReport:
    """The chain and its records (``audit.verify``), then every anchor: one report."""
    report = verify(s)
    anchored = check(s, data_file, extra)
    problems = report.problems + tuple(
        AuditProblem(None, LOG_ENTITY, "", message) for message in anchored.problems
    )
    return AuditReport(report.events, problems, dict(anchored.checked))


class AnchorService(Service):
    """The chain head for an anchor made now, and the check of the chain against its anchors."""

    def head(self) -> ChainHead | None:
        with self._ctx.read() as s:
            return chain_head(s)

    def verify(self, extra: Sequence[Path] = ()) -> AuditReport:
        """``audit verify``: the chain, its records and every anchor (plus ``extra`` files)."""
        with self._ctx.read() as s:
            return verify_with_anchors(s, self._ctx.db.path, extra)
