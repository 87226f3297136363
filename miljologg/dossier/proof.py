"""The dossier's proof: what is embedded in the PDF so a reader can check it without the data file.

Two files are attached to the PDF:

``miljologg-signaturer.json``
    ``services.signing.signed_records_json()`` unchanged: every signature with the exact signed
    bytes (``payload``, base64 of the ``miljologg-session-v1`` text) and the raw Ed25519
    signature (base64), and every pinned public key as PEM. Anyone can check a signature with
    ``openssl pkeyutl -verify -pubin -inkey KEY.pem -rawin -in PAYLOAD -sigfile SIG``.

``miljologg-totaler.json`` (``TOTALS_FORMAT``)
    The totals the summary page printed (the rules engine's numbers for each programme
    requirement), the part of each total that rests on digitally signed and on paper-signed
    sessions, and the context the rules engine needs besides the sessions — the supervisors'
    approvals and the attendance register. That context is the student's own statement: it is
    printed in the dossier but nobody signs it.

``signed_counted`` is ``core.signed_figures``' split, computed exactly as ``verify-dossier``
recomputes it: the rules engine run over a log holding only the signed sessions (plus the
unsigned context), on the day the dossier was judged. A session counts or not on its own facts
(date, form, group size, supervisor's approval, attendance that day), so the signed part of a
total is well defined.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from miljologg.core.i18n import _
from miljologg.core.model import Attendance, AttendanceStatus, Log, Supervisor
from miljologg.core.signed_figures import DIGITAL_METHODS
from miljologg.core.signed_figures import signed_split as core_signed_split

if TYPE_CHECKING:
    from miljologg.dossier.content import DossierContent

RECORDS_NAME = "miljologg-signaturer.json"
TOTALS_NAME = "miljologg-totaler.json"
TOTALS_FORMAT = "miljologg-dossier-totals"
TOTALS_VERSION = 1

#: Sign-off methods with a cryptographic signature (paper has a scan instead).
DIGITAL = DIGITAL_METHODS


def signed_split(c: DossierContent) -> dict[str, dict[str, int]]:
    """Counted minutes per requirement resting on digital and on paper signatures
    (``core.signed_figures``), as embedded."""
    return core_signed_split(c.log, c.programme, c.status.today, c.signed_method).as_dict()


def totals_document(c: DossierContent, split: Mapping[str, Mapping[str, int]]) -> dict[str, Any]:
    """The machine-readable twin of the printed totals (see module doc)."""
    return {
        "format": TOTALS_FORMAT,
        "version": TOTALS_VERSION,
        "document_id": c.document_id,
        "student": {"id": c.profile.id, "name": c.profile.name},
        "programme_id": c.programme.id,
        "scheme_id": getattr(c.scheme, "id", None),
        "judged_on": c.status.today.isoformat(),
        "period": [c.period[0].isoformat(), c.period[1].isoformat()],
        "period_filtered": c.period_filtered,
        "hour_minutes": 60,
        "supervision": [
            {
                "key": r.key,
                "label": r.label,
                "required_minutes": r.required_minutes,
                "counted_minutes": r.counted_minutes,
                "uncounted_minutes": r.uncounted_minutes,
                "remaining_minutes": r.remaining_minutes,
            }
            for r in c.status.supervision
        ],
        "signed_counted_minutes": {k: dict(v) for k, v in split.items()},
        "paper_scans": [
            {"id": s.id, "sha256": s.sha256, "sessions": list(s.session_ids)} for s in c.scans
        ],
        "unsigned_context": {
            "note": (
                _(
                    "Veiledernes godkjenninger og oppmøteregisteret er studentens egne "
                    "opplysninger og er ikke signert."
                )
            ),
            "supervisors": [
                {"id": s.id, "name": s.name, "approvals": sorted(a.value for a in s.approvals)}
                for s in sorted(c.log.supervisors, key=lambda s: s.id)
            ],
            "attendance": [
                {"date": a.date.isoformat(), "status": a.status.value, "minutes": a.minutes_present}
                for a in sorted(c.log.attendance, key=lambda a: a.date)
            ],
        },
    }


def totals_json(c: DossierContent, split: Mapping[str, Mapping[str, int]]) -> bytes:
    return json.dumps(
        totals_document(c, split), ensure_ascii=False, indent=2, sort_keys=True
    ).encode("utf-8")


def context_log(doc: dict[str, Any]) -> Log:
    """The unsigned context of a totals document as a Log (no sessions). ValueError if damaged."""
    from miljologg.core.model import Approval

    ctx = doc["unsigned_context"]
    supervisors = tuple(
        Supervisor(
            id=str(s["id"]),
            name=str(s["name"]),
            approvals=frozenset(Approval(a) for a in s["approvals"]),
        )
        for s in ctx["supervisors"]
    )
    attendance = tuple(
        Attendance(
            date=dt.date.fromisoformat(a["date"]),
            status=AttendanceStatus(a["status"]),
            minutes_present=None if a["minutes"] is None else int(a["minutes"]),
        )
        for a in ctx["attendance"]
    )
    return Log(supervisors=supervisors, attendance=attendance)
