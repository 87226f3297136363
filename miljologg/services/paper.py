"""Paper sign-off: a sign sheet to print, and the scan of the signed sheet kept in the data file.

The sheet (``dossier/signsheet.py``) lists a supervisor's unsigned held sessions, each with a
short content fingerprint (the first 8 hex digits of the SHA-256 of its canonical
``miljologg-session-v1`` payload, in two groups). The supervisor signs the rows on paper; the
student records which sessions were signed and attaches the scan (``record``). Each session then
gets a signature row with method «paper» holding the payload as it was, so a later change shows
as void («endret etter signering») exactly as for the digital methods; the scan itself (PDF, PNG
or JPEG by content, at most ``MAX_SCAN_BYTES``: ``scan_file``) is kept in the data file — one
file to back up — and the dossier appends it. Each printed sheet is remembered
(``record_sheet``), and ``record`` warns about a session that no sheet of its supervisor listed
as it is now.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core import signing as crypto
from miljologg.core.i18n import _
from miljologg.core.model import Scan as Scan  # re-exported: the ui names it from here
from miljologg.core.model import SessionStatus
from miljologg.core.units import format_date
from miljologg.db.models import ProfileRow, SessionRow, SupervisorRow, new_id
from miljologg.db.signing_models import PaperScanRow, SignatureRow, SignSheetRow
from miljologg.services import records
from miljologg.services.audit import AuditWriter
from miljologg.services.context import Service
from miljologg.services.errors import NotFoundError, ValidationError
from miljologg.services.scan_file import MAX_SCAN_BYTES, check_scan, media_type, read_scan
from miljologg.services.signing_base import (
    active_signature,
    add_signature,
    profile_row,
    session_payload,
    signable_session,
)

__all__ = ["MAX_SCAN_BYTES", "PaperService", "Scan", "Sheet", "SheetRow", "media_type"]


def short_digest(payload: bytes) -> str:
    """«3F2A 9C01»: the first 8 hex digits of the payload's SHA-256, to compare by eye."""
    head = crypto.payload_digest(payload)[:8].upper()
    return f"{head[:4]} {head[4:]}"


@dataclass(frozen=True)
class SheetRow:
    """One unsigned session on a sign sheet."""

    session_id: str
    date: dt.date
    start_time: dt.time | None
    minutes: int
    form: str
    group_size: int
    topic: str
    digest: str


@dataclass(frozen=True)
class Sheet:
    """What a sign sheet for one supervisor lists."""

    supervisor_id: str
    supervisor: str
    student: str
    rows: tuple[SheetRow, ...]


class PaperService(Service):
    """Sign sheets and scans of signed sheets; ``Services.paper``."""

    def sheet(self, supervisor_id: str) -> Sheet:
        """The supervisor's held sessions without a valid signature, oldest first."""
        with self._ctx.read() as s:
            sup = records.existing(s, SupervisorRow, supervisor_id)
            profile = profile_row(s)
            if profile is None:
                raise ValidationError("profile", _("Datafilen har ingen profil ennå."))
            rows = s.execute(
                select(SessionRow)
                .where(
                    SessionRow.supervisor_id == supervisor_id,
                    SessionRow.status == SessionStatus.HELD.value,
                )
                .order_by(SessionRow.date, SessionRow.start_time, SessionRow.id)
            ).scalars()
            signed = set(
                s.execute(
                    select(SignatureRow.session_id).where(SignatureRow.void_at.is_(None))
                ).scalars()
            )
            items = tuple(
                SheetRow(
                    r.id,
                    r.date,
                    r.start_time,
                    r.minutes,
                    r.form,
                    r.group_size,
                    r.topic,
                    short_digest(session_payload(s, r, profile).to_bytes()),
                )
                for r in rows
                if r.id not in signed
            )
            return Sheet(sup.id, sup.name, profile.name, items)

    def record(
        self, session_ids: Sequence[str], scan: Path | bytes, filename: str | None = None
    ) -> Scan:
        """Mark sessions as signed on paper, keeping the scan; all or nothing.

        Every session must be held, unsigned and of one supervisor. Session ids may be given as
        unique prefixes (the sheet prints the first 8 characters).
        """
        if isinstance(scan, bytes):
            data, name = scan, filename or "skann"
        else:
            data, name = read_scan(Path(scan)), filename or Path(scan).name
        kind = check_scan(data)  # by content: a real PDF, PNG or JPEG, whatever its name
        if not session_ids:
            raise ValidationError("sessions", _("Velg minst ett møte som er signert på arket."))
        now = self._ctx.now()
        with self._ctx.write() as s:
            ids = [self._resolve(s, key) for key in dict.fromkeys(session_ids)]
            first = s.get(SessionRow, ids[0])
            assert first is not None
            supervisor_id = first.supervisor_id or ""  # "" (given supervision) is refused below
            sup = s.get(SupervisorRow, supervisor_id)
            sup_name = sup.name if sup else ""
            rows = [
                signable_session(s, sid, supervisor_id, sup_name, rejected_ok=False) for sid in ids
            ]
            profile = profile_row(s)
            audit = AuditWriter(s, now)
            signature_ids: list[str] = []
            digests: list[str] = []
            for row in rows:
                payload = session_payload(s, row, profile).to_bytes()
                sig = add_signature(
                    s,
                    audit,
                    now,
                    session_id=row.id,
                    supervisor_id=supervisor_id,
                    method="paper",
                    payload=payload,
                )
                signature_ids.append(sig.id)
                digests.append(short_digest(payload))
            scan_row = PaperScanRow(
                id=new_id(),
                supervisor_id=first.supervisor_id,
                filename=name[:255],
                media_type=kind,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                signature_ids=signature_ids,
                added_at=now,
            )
            s.add(scan_row)
            audit.record("create", scan_row, "paper")
            warnings = sheet_warnings(s, rows, profile, sup_name)
            return Scan(
                scan_row.id,
                scan_row.supervisor_id,
                scan_row.filename,
                kind,
                len(data),
                scan_row.sha256,
                now,
                tuple(r.id for r in rows),
                tuple(digests),
                warnings=warnings,
            )

    def record_sheet(self, sheet: Sheet) -> str:
        """Keep what a printed sign sheet listed (``SignSheetRow``); returns its id.

        Called once the sheet's PDF is written, so ``record`` can tell a session that was never
        on one of the supervisor's sheets, or has changed since, from one that was.
        """
        now = self._ctx.now()
        with self._ctx.write() as s:
            if s.get(SupervisorRow, sheet.supervisor_id) is None:
                raise NotFoundError("supervisor", _("Fant ikke veilederen."))
            row = SignSheetRow(
                id=new_id(),
                supervisor_id=sheet.supervisor_id,
                created_at=now,
                items={r.session_id: r.digest for r in sheet.rows},
            )
            s.add(row)
            AuditWriter(s, now).record("create", row, "paper")
            return row.id

    def _resolve(self, s: OrmSession, key: str) -> str:
        key = key.strip()
        if not key:
            raise ValidationError("sessions", _("Tom møte-id."))
        found = list(
            s.execute(
                select(SessionRow.id).where(SessionRow.id.startswith(key, autoescape=True))
            ).scalars()
        )
        if len(found) != 1:
            what = _("flere møter") if found else _("ikke noe møte")
            raise NotFoundError(
                "sessions", _("Fant {what} med id «{key}».").format(what=what, key=key)
            )
        return found[0]

    def scans(self, *, with_data: bool = False) -> list[Scan]:
        """Every stored scan, oldest first, with the sessions it signs (void ones included)."""
        with self._ctx.read() as s:
            rows = list(
                s.execute(
                    select(PaperScanRow).order_by(PaperScanRow.added_at, literal_column("rowid"))
                )
                .scalars()
                .all()
            )
            out: list[Scan] = []
            for r in rows:
                sigs = [s.get(SignatureRow, i) for i in r.signature_ids]
                payloads = [crypto.b64decode(g.payload) for g in sigs if g is not None]
                out.append(
                    Scan(
                        r.id,
                        r.supervisor_id,
                        r.filename,
                        r.media_type,
                        r.size,
                        r.sha256,
                        r.added_at,
                        tuple(g.session_id or "" for g in sigs if g is not None),
                        tuple(short_digest(p) for p in payloads),
                        bytes(r.data) if with_data else None,
                    )
                )
            return out

    def is_signed_on_paper(self, session_id: str) -> bool:
        with self._ctx.read() as s:
            sig = active_signature(s, session_id)
            return sig is not None and sig.method == "paper"


def sheet_warnings(
    s: OrmSession, rows: Sequence[SessionRow], profile: ProfileRow | None, supervisor: str
) -> tuple[str, ...]:
    """Sessions recorded as signed on paper that no sheet of their supervisor listed as they
    are now: never on a sheet, or changed since (the fingerprint on the sheet differs)."""
    if not rows:
        return ()
    sheets = s.execute(
        select(SignSheetRow)
        .where(SignSheetRow.supervisor_id == rows[0].supervisor_id)
        .order_by(SignSheetRow.created_at)
    ).scalars()
    printed: dict[str, str] = {}
    for sheet in sheets:
        printed.update(sheet.items)  # the newest sheet that listed a session wins
    if not printed:
        return (
            _(
                "Det er ikke laget noe signeringsark for {supervisor} i miljologg. "
                "Kontroller at hvert møte står på det skannede arket med samme "
                "fingeravtrykk."
            ).format(supervisor=supervisor),
        )
    out = []
    for row in rows:
        digest = short_digest(session_payload(s, row, profile).to_bytes())
        when = f"{format_date(row.date)}, {row.minutes} min"
        if row.id not in printed:
            out.append(
                _("Møtet {when} sto ikke på noe signeringsark for {supervisor}.").format(
                    when=when, supervisor=supervisor
                )
            )
        elif printed[row.id] != digest:
            out.append(
                _(
                    "Møtet {when} er endret etter at signeringsarket ble laget "
                    "(fingeravtrykk {value} på arket, {digest} nå): veilederen har ikke "
                    "sett det slik det står nå."
                ).format(when=when, value=printed[row.id], digest=digest)
            )
    return tuple(out)
