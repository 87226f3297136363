"""Checking sign-offs: every signature against its key and the session as it is now.

The signature is checked over the bytes signed; the session over its facts
(``core.signing.changed_fields``): a student's new name leaves both holding.

``verify`` is what ``miljologg verify`` and the GUI's check report: each valid signature (in
person, by file, on paper) against the key pinned for its supervisor and the session's current
canonical payload, each response signature a supervisor's file recorded against its own key,
then the audit chain. ``signed_records_json`` is the same material as JSON for the dossier, so a
reviewer can check it without miljologg.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core import signing as crypto
from miljologg.core.i18n import _
from miljologg.core.units import format_date
from miljologg.db.models import SessionRow, SupervisorRow
from miljologg.db.signing_models import (
    OwnKeyRow,
    RetiredKeyRow,
    SignatureRow,
    SupervisionGivenRow,
    SupervisorKeyRow,
)
from miljologg.services.anchors import verify_with_anchors
from miljologg.services.audit import AuditReport
from miljologg.services.audit import verify as verify_audit
from miljologg.services.signing_base import (
    describe,
    given_holds,
    profile_row,
    session_payload,
)


@dataclass(frozen=True)
class VerifyReport:
    """Signatures and the audit chain together; ``problems`` are Norwegian sentences.

    ``signatures`` counts the valid cryptographic signatures (in person and by file: each
    verified against its key and matching the session as it is now). A paper registration is
    the student's statement plus a scan, not a verified signature, so it is counted apart
    (``paper_registrations``: those whose session is still as registered), and so are the
    void signatures (kept as history, «endret etter signering»).
    """

    signatures: int
    audit: AuditReport
    problems: tuple[str, ...]
    #: Each void signature as «02.05.2025, 90 min (Kari Nordmann): reason».
    void: tuple[str, ...] = ()
    #: Each paper registration that still matches its session, as «02.05.2025, 90 min (…)».
    paper: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def void_signatures(self) -> int:
        return len(self.void)

    @property
    def paper_registrations(self) -> int:
        return len(self.paper)

    def as_json(self) -> dict[str, object]:
        """What ``verify --json`` prints: exactly ``{valid_signatures, void_signatures,
        paper_registrations, audit, ok}`` (issue 12 §3); the sentences naming what fails go to
        stderr, as without ``--json``, and the audit's own problems are in ``audit``."""
        return {
            "valid_signatures": self.signatures,
            "void_signatures": self.void_signatures,
            "paper_registrations": self.paper_registrations,
            "audit": {
                "events": self.audit.events,
                "anchors": dict(self.audit.anchors),
                "ok": self.audit.ok,
                "problems": [p.message for p in self.audit.problems],
            },
            "ok": self.ok,
        }


def verify(s: OrmSession, data_file: Path | None = None) -> VerifyReport:
    """Signatures, the supervisor's recorded responses, then the audit chain (with its anchors
    when the data file's path is given); one report."""
    problems, valid, paper, _faults = _verify_signatures(s)
    problems.extend(_verify_given(s))
    report = verify_audit(s) if data_file is None else verify_with_anchors(s, data_file)
    problems.extend(p.message for p in report.problems)
    void = []
    rows = s.execute(
        select(SignatureRow)
        .where(SignatureRow.void_at.is_not(None))
        .order_by(SignatureRow.void_at, SignatureRow.id)
    ).scalars()
    for sig in rows:
        try:
            label = describe(crypto.parse_payload(crypto.b64decode(sig.payload)))
        except (ValueError, crypto.SigningError):
            label = _("signatur {id}").format(id=sig.id)
        void.append(f"{label}: {sig.void_reason}")
    return VerifyReport(valid, report, tuple(problems), tuple(void), tuple(paper))


def signed_records_json(s: OrmSession) -> bytes:
    """The signed records and their keys as JSON (exact signed bytes, signature, PEM)."""
    sigs = s.execute(select(SignatureRow).order_by(SignatureRow.signed_at)).scalars()
    keys = list(s.execute(select(SupervisorKeyRow)).scalars())
    retired = list(s.execute(select(RetiredKeyRow)).scalars())
    data = {
        "format": "miljologg-signed-records",
        "version": 1,
        "payload_format": crypto.PAYLOAD_VERSION,
        "keys": [
            {
                "supervisor_id": k.supervisor_id,
                "origin": k.origin,
                "fingerprint": k.fingerprint,
                "public_key_pem": k.public_pem,
            }
            for k in keys
        ]
        + [
            {
                "supervisor_id": k.supervisor_id,
                "origin": k.origin,
                "fingerprint": k.fingerprint,
                "public_key_pem": k.public_pem,
                "retired_at": k.retired_at.isoformat(),
                "replaced_by": k.replaced_by,
            }
            for k in retired
        ],
        "signatures": [
            {
                "session_id": sig.session_id,
                "supervisor_id": sig.supervisor_id,
                "method": sig.method,
                "fingerprint": sig.fingerprint,
                "payload": sig.payload,
                "signature": sig.signature,
                "signed_at": sig.signed_at.isoformat(),
                "void_at": sig.void_at.isoformat() if sig.void_at else None,
                "void_reason": sig.void_reason,
            }
            for sig in sigs
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def invalid_signatures(s: OrmSession) -> dict[str, str]:
    """Session id → why its signature does not hold (for the sign-off shown as «Signatur
    ugyldig» in the dossier and the table): the signature or key fails, or the session was
    changed behind the app's back."""
    return _verify_signatures(s)[3]


def _verify_signatures(s: OrmSession) -> tuple[list[str], int, list[str], dict[str, str]]:
    """Problems, valid cryptographic signatures, paper registrations that still match, and the
    short reason per session whose signature does not hold."""
    problems: list[str] = []
    faults: dict[str, str] = {}
    valid = 0
    paper: list[str] = []
    profile = profile_row(s)
    keys = {
        (k.supervisor_id, k.fingerprint): k.public_pem
        for k in s.execute(select(SupervisorKeyRow)).scalars()
    }
    # A re-pin keeps the old key, and the signatures made with it are checked against it.
    keys.update(
        {
            (k.supervisor_id, k.fingerprint): k.public_pem
            for k in s.execute(select(RetiredKeyRow)).scalars()
        }
    )
    sigs = list(s.execute(select(SignatureRow).where(SignatureRow.void_at.is_(None))).scalars())
    # Loaded once and held: the identity map is weak, so a get() per signature would query.
    sessions = {row.id: row for row in s.execute(select(SessionRow)).scalars()}
    supervisors = list(s.execute(select(SupervisorRow)).scalars())
    public_keys: dict[str, Any] = {}
    for sig in sigs:

        def fault(problem: str, reason: str, session_id: str | None = sig.session_id) -> None:
            problems.append(problem)
            if session_id is not None:
                faults[session_id] = reason

        try:
            data = crypto.b64decode(sig.payload)
            signed = crypto.parse_payload(data)
        except (ValueError, crypto.SigningError):
            fault(
                _("Signatur {id}: det signerte innholdet er skadet.").format(id=sig.id), _("skadet")
            )
            continue
        label = describe(signed)
        if sig.method != "paper":
            pem = keys.get((sig.supervisor_id, sig.fingerprint))
            if pem is None:
                fault(
                    _(
                        "Signaturen for møtet {label}: nøkkelen {value} er ikke festet for "
                        "veilederen."
                    ).format(label=label, value=crypto.format_fingerprint(sig.fingerprint)),
                    _("nøkkelen er ikke festet"),
                )
                continue
            try:
                if pem not in public_keys:
                    public_keys[pem] = crypto.load_public_pem(pem)
                good = crypto.verify(public_keys[pem], data, crypto.b64decode(sig.signature))
            except (ValueError, crypto.SigningError):
                good = False
            if not good:
                fault(
                    _("Signaturen for møtet {label} er ugyldig.").format(label=label),
                    _("signaturen stemmer ikke"),
                )
                continue
        row = sessions.get(sig.session_id) if sig.session_id else None
        if row is None or signed.id != row.id:
            fault(
                _("Det signerte møtet {label} finnes ikke lenger i loggen.").format(label=label),
                _("møtet mangler"),
            )
            continue
        changed = crypto.changed_fields(signed, session_payload(s, row, profile))
        if changed:  # the student's name is no fact of the session (core.signing)
            fields = ", ".join(changed)
            fault(
                _("Møtet {label} er endret etter signering ({fields}).").format(
                    label=label, fields=fields
                ),
                _("møtet er endret etter signering ({fields})").format(fields=fields),
            )
            continue
        if sig.method == "paper":
            paper.append(label)
        else:
            valid += 1
    del supervisors  # held until here for session_payload's lookups
    return problems, valid, paper, faults


def _verify_given(s: OrmSession) -> list[str]:
    """On a supervisor's file: every response signature it recorded, against its own key."""
    own = {k.fingerprint: k.public_pem for k in s.execute(select(OwnKeyRow)).scalars()}
    problems: list[str] = []
    rows = s.execute(
        select(SupervisionGivenRow).where(SupervisionGivenRow.decision == "signed")
    ).scalars()
    for row in rows:
        if not given_holds(row, own):
            problems.append(
                _("Signaturen for {student_name}s møte {date} er ugyldig.").format(
                    student_name=row.student_name, date=format_date(row.date)
                )
            )
    return problems
