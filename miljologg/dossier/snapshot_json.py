"""The dossier's input as an attachment: ``to_json`` for the builder, ``from_json`` for the check.

The format (``INPUT_FORMAT``, version ``INPUT_VERSION``) is plain JSON with sorted keys, so a
reader can open the attachment (``pdfdetach -saveall``) and see exactly what the dossier was
made from. Unknown versions and damaged files raise ``SnapshotError`` with a message in the
language in force (the verifier's).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from miljologg.core import json_input
from miljologg.core.i18n import _, is_language
from miljologg.core.model import (
    Approval,
    Assignment,
    Attendance,
    AttendanceStatus,
    Form,
    KeyInfo,
    Log,
    Profile,
    Rejection,
    Role,
    Session,
    SessionStatus,
    Supervisor,
)
from miljologg.core.sign_off import SignOff
from miljologg.dossier.snapshot import (
    INPUT_FORMAT,
    INPUT_NAME,
    INPUT_VERSION,
    MadeBy,
    ScanRecord,
    Snapshot,
    SnapshotError,
)


def _d(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def to_json(snap: Snapshot) -> bytes:
    """The snapshot as the attachment's bytes (canonical: sorted keys, one line per field)."""
    log = snap.log
    p = snap.profile
    doc: dict[str, Any] = {
        "format": INPUT_FORMAT,
        "version": INPUT_VERSION,
        # A note for a person who opens the attachment, in the dossier's language; it is no
        # part of what is hashed or compared (the document ID is made from the content).
        "note": _(
            "Grunnlaget dokumentasjonen er laget fra. «miljologg verify-dossier» lager sidene "
            "på nytt fra dette og sammenligner dem med PDF-en, side for side."
        ),
        "made_by": {
            "miljologg": snap.made_by.miljologg,
            "layout": snap.made_by.layout,
            "reportlab": snap.made_by.reportlab,
            "pypdf": snap.made_by.pypdf,
        },
        "created": snap.created.isoformat(),
        "today": snap.today.isoformat(),
        "programme_id": snap.programme_id,
        "scheme_id": snap.scheme_id,
        "language": snap.language,
        "period": [_d(snap.period[0]), _d(snap.period[1])] if snap.period else None,
        "profile": {
            "id": p.id,
            "name": p.name,
            "role": p.role.value,
            "profession": p.profession,
            "profession_other": p.profession_other,
            "workplace": p.workplace,
            "programme_id": p.programme_id,
            "client_group": p.client_group,
            "tasks": p.tasks,
        },
        "supervisors": [
            {
                "id": s.id,
                "name": s.name,
                "profession": s.profession,
                "profession_other": s.profession_other,
                "approvals": sorted(a.value for a in s.approvals),
                "workplace": s.workplace,
                "position": s.position,
            }
            for s in log.supervisors
        ],
        "sessions": [
            {
                "id": s.id,
                "date": s.date.isoformat(),
                "start_time": s.start_time.isoformat() if s.start_time else None,
                "minutes": s.minutes,
                "form": s.form.value,
                "supervisor_id": s.supervisor_id,
                "group_size": s.group_size,
                "topic": s.topic,
                "status": s.status.value,
                "made_up_by_id": s.made_up_by_id,
                "participants_profession": s.participants_profession,
            }
            for s in log.sessions
        ],
        "confirmations": sorted(log.confirmations),
        "attendance": [
            {
                "date": a.date.isoformat(),
                "status": a.status.value,
                "minutes_present": a.minutes_present,
                "reason": a.reason,
            }
            for a in log.attendance
        ],
        "assignments": [
            {
                "id": a.id,
                "title": a.title,
                "due_date": a.due_date.isoformat(),
                "handed_in": _d(a.handed_in),
                "approved": _d(a.approved),
                "note": a.note,
            }
            for a in log.assignments
        ],
        "rejections": [
            {
                "session_id": r.session_id,
                "supervisor_id": r.supervisor_id,
                "comment": r.comment,
                "rejected_on": r.rejected_on.isoformat(),
            }
            for r in sorted(log.rejections, key=lambda r: r.session_id)
        ],
        "sign_offs": [
            {
                "session_id": o.session_id,
                "state": o.state,
                "method": o.method,
                "signer": o.signer,
                "at": o.at.isoformat() if o.at else None,
                "fingerprint": o.fingerprint,
                "void_reason": o.void_reason,
                "comment": o.comment,
                "note": o.note,
            }
            for o in sorted(snap.sign_offs.values(), key=lambda o: o.session_id)
        ],
        "keys": [
            {
                "supervisor_id": sid,
                "origin": origin,
                "fingerprint": k.fingerprint,
                "public_key_pem": k.public_pem,
            }
            for sid, pairs in sorted(snap.keys.items())
            for origin, k in pairs
        ],
        "chain": dict(snap.chain) if snap.chain else None,
        "scans": [
            {
                "id": s.id,
                "supervisor_id": s.supervisor_id,
                "filename": s.filename,
                "media_type": s.media_type,
                "size": s.size,
                "sha256": s.sha256,
                "added_at": s.added_at.isoformat(),
                "session_ids": list(s.session_ids),
                "digests": list(s.digests),
                "attachment": s.attachment,
            }
            for s in snap.scans
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def attached_json(data: bytes, name: str, fmt: str) -> dict[str, Any]:
    """The JSON object in the dossier's attachment ``name``, of format ``fmt``; else
    ``SnapshotError`` saying the attachment is damaged or of an unknown format."""
    try:
        doc = json_input.loads(data)
    except json_input.JsonInputError:
        raise SnapshotError(
            _("Vedlegget «{name}» er skadet (ikke gyldig JSON).").format(name=name)
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise SnapshotError(_("Vedlegget «{name}» har ukjent format.").format(name=name))
    return doc


def from_json(data: bytes, attachments: Mapping[str, bytes]) -> Snapshot:
    """The snapshot in an attachment; scans get their bytes from ``attachments`` (None if gone).

    Raises ``SnapshotError`` for a damaged or unknown attachment.
    """
    doc = attached_json(data, INPUT_NAME, INPUT_FORMAT)
    if doc.get("version") != INPUT_VERSION:
        raise SnapshotError(
            _(
                "Vedlegget «{name}» har versjon {version}, som denne miljologg-versjonen ikke "
                "kjenner. Bruk en nyere miljologg."
            ).format(name=INPUT_NAME, version=doc.get("version"))
        )
    try:
        return _parse(doc, attachments)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise SnapshotError(
            _("Vedlegget «{name}» er skadet (felt mangler eller er ugyldige).").format(
                name=INPUT_NAME
            )
        ) from None


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value))


def _opt_date(value: Any) -> dt.date | None:
    return None if value is None else _date(value)


def _parse(doc: dict[str, Any], attachments: Mapping[str, bytes]) -> Snapshot:
    m = doc["made_by"]
    made_by = MadeBy(str(m["miljologg"]), int(m["layout"]), str(m["reportlab"]), str(m["pypdf"]))
    p = doc["profile"]
    profile = Profile(
        id=str(p["id"]),
        name=str(p["name"]),
        role=Role(p["role"]),
        profession=str(p["profession"]),
        profession_other=str(p.get("profession_other", "")),
        workplace=str(p["workplace"]),
        programme_id=str(p["programme_id"]),
        client_group=str(p["client_group"]),
        tasks=str(p["tasks"]),
    )
    log = Log(
        supervisors=tuple(
            Supervisor(
                id=str(s["id"]),
                name=str(s["name"]),
                profession=str(s["profession"]),
                profession_other=str(s.get("profession_other", "")),
                approvals=frozenset(Approval(a) for a in s["approvals"]),
                workplace=str(s["workplace"]),
                position=str(s["position"]),
            )
            for s in doc["supervisors"]
        ),
        sessions=tuple(
            Session(
                id=str(s["id"]),
                date=_date(s["date"]),
                start_time=dt.time.fromisoformat(s["start_time"]) if s["start_time"] else None,
                minutes=int(s["minutes"]),
                form=Form(s["form"]),
                supervisor_id=str(s["supervisor_id"]),
                group_size=int(s["group_size"]),
                topic=str(s["topic"]),
                status=SessionStatus(s["status"]),
                made_up_by_id=s["made_up_by_id"],
                participants_profession=str(s.get("participants_profession", "")),
            )
            for s in doc["sessions"]
        ),
        attendance=tuple(
            Attendance(
                date=_date(a["date"]),
                status=AttendanceStatus(a["status"]),
                minutes_present=None if a["minutes_present"] is None else int(a["minutes_present"]),
                reason=str(a["reason"]),
            )
            for a in doc["attendance"]
        ),
        assignments=tuple(
            Assignment(
                id=str(a["id"]),
                title=str(a["title"]),
                due_date=_date(a["due_date"]),
                handed_in=_opt_date(a["handed_in"]),
                approved=_opt_date(a["approved"]),
                note=str(a["note"]),
            )
            for a in doc["assignments"]
        ),
        profile=profile,
        rejections=tuple(
            Rejection(
                str(r["session_id"]),
                str(r["supervisor_id"]),
                str(r["comment"]),
                _date(r["rejected_on"]),
            )
            for r in doc.get("rejections", [])  # absent in dossiers made before 0.1 had it
        ),
        confirmations=frozenset(str(c) for c in doc.get("confirmations", [])),
    )
    sign_offs = {
        str(o["session_id"]): SignOff(
            str(o["session_id"]),
            str(o["state"]),
            str(o["method"]),
            str(o["signer"]),
            dt.datetime.fromisoformat(o["at"]) if o["at"] else None,
            str(o["fingerprint"]),
            str(o["void_reason"]),
            str(o["comment"]),
            str(o.get("note", "")),
        )
        for o in doc["sign_offs"]
    }
    keys: dict[str, list[tuple[str, KeyInfo]]] = {}
    for k in doc["keys"]:
        keys.setdefault(str(k["supervisor_id"]), []).append(
            (str(k["origin"]), KeyInfo(str(k["fingerprint"]), str(k["public_key_pem"])))
        )
    scans = tuple(
        ScanRecord(
            str(s["id"]),
            str(s["supervisor_id"]),
            str(s["filename"]),
            str(s["media_type"]),
            int(s["size"]),
            str(s["sha256"]),
            dt.datetime.fromisoformat(s["added_at"]),
            tuple(str(x) for x in s["session_ids"]),
            tuple(str(x) for x in s["digests"]),
            attachments.get(str(s["attachment"])),
            attachment=str(s["attachment"]),
        )
        for s in doc["scans"]
    )
    period = doc["period"]
    return Snapshot(
        made_by=made_by,
        created=dt.datetime.fromisoformat(doc["created"]),
        today=_date(doc["today"]),
        programme_id=str(doc["programme_id"]),
        scheme_id=None if doc["scheme_id"] is None else str(doc["scheme_id"]),
        period=(_date(period[0]), _date(period[1])) if period else None,
        log=log,
        sign_offs=sign_offs,
        keys={sid: tuple(pairs) for sid, pairs in keys.items()},
        scans=scans,
        chain=doc.get("chain") if isinstance(doc.get("chain"), dict) else None,
        # Dossiers made before there was a choice are bokmål.
        language=language if is_language(language := doc.get("language", "nb")) else "nb",
    )
