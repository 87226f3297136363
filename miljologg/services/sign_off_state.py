"""The sign-off state of every session: signed, void, requested, rejected, reopened, invalid.

One reading for the session table, the exports and the dossier (``SigningService.sign_offs``);
apart from ``signing.py`` so that module keeps its one job, signing and reopening.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core.i18n import _
from miljologg.core.sign_off import SignOff
from miljologg.core.units import format_date
from miljologg.db.models import SessionRow, SupervisorRow
from miljologg.db.signing_models import SignatureRow, SigningRequestRow
from miljologg.services import rejections, signing_verify
from miljologg.services.signing_base import former_name_note, profile_row


def sign_offs(s: OrmSession, *, checked: bool = False) -> dict[str, SignOff]:
    """Every session's sign-off state, by session id (for the table's sign-off column).

    ``checked``: each signature is verified too (its key, its signature, the session as it
    is now), and one that does not hold is «invalid» («Signatur ugyldig – …»), never
    «signed» — what the dossier prints. A valid signature wins; then a standing rejection
    (a new request for it only adds a note); otherwise the latest of: a pending request, a
    reopened rejection, a void signature (on the same instant, a request is taken as the
    later).
    """
    names = {r[0]: r[1] for r in s.execute(select(SupervisorRow.id, SupervisorRow.name))}
    out = {sid: SignOff(sid, "unsigned") for sid in s.execute(select(SessionRow.id)).scalars()}
    latest: dict[str, tuple[dt.datetime, int, SignOff]] = {}

    def offer(when: dt.datetime, rank: int, item: SignOff) -> None:
        sid = item.session_id
        if sid in out and (sid not in latest or latest[sid][:2] <= (when, rank)):
            latest[sid] = (when, rank, item)

    pending: dict[str, dt.datetime] = {}
    for req in s.execute(select(SigningRequestRow)).scalars():
        if req.answered_at is None:
            for sid in req.items:
                pending[sid] = max(pending.get(sid, req.created_at), req.created_at)
                item = SignOff(sid, "requested", at=req.created_at.astimezone())
                offer(req.created_at, 1, item)
    standing: dict[str, SignOff] = {}
    for rec in rejections.all_rejections(s):
        signer = names.get(rec.supervisor_id, "")
        if rec.standing:
            again = pending.get(rec.session_id)
            note = ""
            if again is not None:
                day = format_date(again.astimezone().date())
                note = _("sendt til signering på nytt {date}").format(date=day)
            standing[rec.session_id] = SignOff(
                rec.session_id,
                "rejected",
                signer=signer,
                at=rec.at.astimezone(),
                comment=rec.comment,
                note=note,
            )
        elif rec.reopened_at is not None:
            reopened = SignOff(
                rec.session_id,
                "reopened",
                signer=signer,
                at=rec.reopened_at.astimezone(),
                void_reason=rec.reopen_reason,
                comment=rec.comment,
            )
            offer(rec.reopened_at, 0, reopened)
    active: dict[str, SignOff] = {}
    profile = profile_row(s)
    for sig in s.execute(select(SignatureRow)).scalars():
        if sig.session_id is None:
            continue
        item = SignOff(
            sig.session_id,
            "signed" if sig.void_at is None else "void",
            method=sig.method,
            signer=names.get(sig.supervisor_id, ""),
            at=sig.signed_at.astimezone(),
            fingerprint=sig.fingerprint,
            void_reason=sig.void_reason,
            note="" if sig.void_at else former_name_note(sig.payload, profile),
        )
        if sig.void_at is None:
            active[sig.session_id] = item
        else:
            offer(sig.void_at, 0, item)
    out.update({sid: item for sid, (_when, _rank, item) in latest.items()})
    out.update({sid: item for sid, item in standing.items() if sid in out})
    out.update({sid: item for sid, item in active.items() if sid in out})
    if checked:
        for sid, reason in signing_verify.invalid_signatures(s).items():
            if sid in out and out[sid].state == "signed":
                out[sid] = replace(out[sid], state="invalid", void_reason=reason)
    return out
