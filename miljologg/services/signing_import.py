"""The student takes in a supervisor's signed response, or re-pins a supervisor's key.

A response is accepted only from the right signer:

- if the student's file already holds a key for the supervisor the request was addressed to
  (pinned by an earlier response, or made when they signed in person), the response must be
  signed with it — with the key pinned by file when there is one, else with the in-person key;
- if it holds none, the key is pinned now (trust on first use), but only when the signer's name
  is the addressee's (case and spacing aside) and the key is not another supervisor's.

Anything else is refused, naming both sides, with nothing written. A supervisor who really has
a new key (a new computer, a lost file, or a first response after signing in person) is
re-pinned by the student on purpose (``repin``): after comparing fingerprints with the
supervisor, the student types the new fingerprint, and the old key is kept (``RetiredKeyRow``)
so the signatures made with it still verify. Each imported response is kept whole
(``SigningResponseRow``): it is proof the student cannot rewrite, and it carries the chain head
the supervisor signed (``services/anchors.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from miljologg.core import signing as crypto
from miljologg.core.i18n import N_, _
from miljologg.core.units import format_date
from miljologg.db.models import SessionRow, SupervisorRow, new_id
from miljologg.db.signing_models import (
    RetiredKeyRow,
    SigningRequestRow,
    SigningResponseRow,
    SupervisorKeyRow,
)
from miljologg.services import records, rejections
from miljologg.services.audit import AuditWriter
from miljologg.services.errors import ValidationError
from miljologg.services.signing_base import (
    KeyInfo,
    active_signature,
    add_signature,
    describe,
    pinned_key,
    profile_row,
    session_payload,
)
from miljologg.services.signing_format import ResponseView, bad, same_person

ORIGIN_WORDS = {
    "file": N_("festet fra et tidligere svar"),
    "in_person": N_("laget da hen signerte her"),
}


class KeyMismatchError(ValidationError):
    """A response signed with another key than the one the file holds for its supervisor.

    Carries both keys, so the GUI can show the fingerprints side by side and offer the
    explicit re-pin (``repin``) after the student has compared them with the supervisor.
    """

    def __init__(self, message: str, supervisor_id: str, old: KeyInfo, new: KeyInfo) -> None:
        super().__init__("file", message)
        self.supervisor_id = supervisor_id
        self.old = old
        self.new = new


@dataclass(frozen=True)
class ImportResult:
    supervisor: str
    key: KeyInfo
    pinned_now: bool
    signed: tuple[str, ...]
    rejected: dict[str, str]


@dataclass(frozen=True)
class RepinResult:
    supervisor: str
    old: KeyInfo | None
    new: KeyInfo


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed («AB12 CD34 …», with colons or dashes) → lower-case hex."""
    return "".join(c for c in text.lower() if c in "0123456789abcdef")


def _accepted_key(s: OrmSession, supervisor_id: str) -> SupervisorKeyRow | None:
    """The key a file response from this supervisor must be signed with, if any."""
    return pinned_key(s, supervisor_id, "file") or pinned_key(s, supervisor_id, "in_person")


def _owner_of(s: OrmSession, fingerprint: str, not_id: str) -> SupervisorRow | None:
    """Another supervisor whose key (pinned or retired) this is."""
    for cls in (SupervisorKeyRow, RetiredKeyRow):
        sid = s.execute(
            select(cls.supervisor_id).where(
                cls.fingerprint == fingerprint, cls.supervisor_id != not_id
            )
        ).scalar()
        if sid is not None:
            return s.get(SupervisorRow, sid)
    return None


def _check_signer(
    s: OrmSession, req: SigningRequestRow, sup_name: str, response: ResponseView
) -> SupervisorKeyRow | None:
    """Refuse a response that is not from the supervisor the request was addressed to;
    returns the accepted key row (None: nothing known, the key will be pinned now)."""
    fp = response.fingerprint
    readable = crypto.format_fingerprint(fp)
    other = _owner_of(s, fp, req.supervisor_id)
    if other is not None:
        raise bad(
            _(
                "Svaret er signert med nøkkelen til {name} ({readable}), men "
                "forespørselen gikk til {sup_name}."
            ).format(name=other.name, readable=readable, sup_name=sup_name)
        )
    accepted = _accepted_key(s, req.supervisor_id)
    if accepted is not None:
        if accepted.fingerprint != fp:
            raise KeyMismatchError(
                _(
                    "Svaret er signert av «{supervisor}» med en annen nøkkel ({readable}) "
                    "enn den {sup_name} har i denne datafilen ({value}, {value2}). "
                    "Sammenlign fingeravtrykkene med {sup_name}; er den nye nøkkelen "
                    "riktig, fest den med «Fest ny nøkkel …» (miljologg signing repin) og "
                    "importer svaret på nytt."
                ).format(
                    supervisor=response.supervisor,
                    readable=readable,
                    sup_name=sup_name,
                    value=crypto.format_fingerprint(accepted.fingerprint),
                    value2=_(ORIGIN_WORDS[accepted.origin]),
                ),
                req.supervisor_id,
                KeyInfo(accepted.fingerprint, accepted.public_pem),
                KeyInfo(fp, crypto.public_pem(response.public_key)),
            )
        return accepted
    if not same_person(response.supervisor, sup_name):
        raise bad(
            _(
                "Svaret er signert av «{supervisor}», men forespørselen gikk til «{sup_name}»."
            ).format(supervisor=response.supervisor, sup_name=sup_name)
        )
    return None


def _request_of(s: OrmSession, response: ResponseView) -> SigningRequestRow:
    profile = profile_row(s)
    if profile is None or profile.id != response.student_id:
        raise bad(
            _("Svaret gjelder en annen student ({student}), ikke denne datafilen.").format(
                student=response.student
            )
        )
    req = s.get(SigningRequestRow, response.request_id)
    if req is None:
        raise bad(_("Svaret hører ikke til noen forespørsel fra denne datafilen."))
    if req.answered_at is not None:
        raise bad(
            _("Dette svaret er allerede importert ({date}).").format(
                date=format_date(req.answered_at.astimezone())
            )
        )
    return req


def import_response(
    s: OrmSession, now: dt.datetime, response: ResponseView, document: bytes
) -> ImportResult:
    """Check the response completely against the request and the log, then record it."""
    fingerprint = response.fingerprint
    profile = profile_row(s)
    req = _request_of(s, response)
    sup = s.get(SupervisorRow, req.supervisor_id)
    sup_name = sup.name if sup else response.supervisor
    known = _check_signer(s, req, sup_name, response)
    entries = response.items
    if {e.session_id for e in entries} != set(req.items) or len(entries) != len(req.items):
        raise bad(_("Svaret samsvarer ikke med forespørselen (andre møter)."))
    for e in entries:
        if crypto.payload_digest(e.data) != req.items[e.session_id]:
            raise bad(
                _("Svaret samsvarer ikke med forespørselen ({describe}).").format(
                    describe=describe(e.payload)
                )
            )
        row = s.get(SessionRow, e.session_id)
        if row is None:
            raise bad(
                _("Møtet {describe} finnes ikke lenger i loggen.").format(
                    describe=describe(e.payload)
                )
            )
        changed = crypto.changed_fields(e.payload, session_payload(s, row, profile))
        if changed:  # a new name of the student is no change of the session (core.signing)
            fields = ", ".join(changed)
            raise bad(
                _(
                    "Møtet {describe} er endret etter at forespørselen ble laget "
                    "({fields}). Lag en ny forespørsel."
                ).format(describe=describe(e.payload), fields=fields)
            )
        if e.decision == "signed":
            if active_signature(s, e.session_id) is not None:
                raise bad(
                    _("Møtet {describe} er allerede signert.").format(describe=describe(e.payload))
                )
            if not crypto.verify(response.public_key, e.data, e.signature):
                raise bad(
                    _("Signaturen for møtet {describe} er ugyldig.").format(
                        describe=describe(e.payload)
                    )
                )

    audit = AuditWriter(s, now)
    public_pem = crypto.public_pem(response.public_key)
    pinned_now = known is None or known.origin != "file"
    if pinned_now:
        _pin(s, audit, req.supervisor_id, fingerprint, public_pem, now)
    signed: list[str] = []
    rejected: dict[str, str] = {}
    outcome: dict[str, dict[str, str]] = {}
    for e in entries:
        outcome[e.session_id] = {"decision": e.decision, "comment": e.comment}
        if e.decision == "rejected":
            rejected[e.session_id] = e.comment
            continue
        add_signature(
            s,
            audit,
            now,
            session_id=e.session_id,
            supervisor_id=req.supervisor_id,
            method="file",
            payload=e.data,
            signature=e.signature,
            fingerprint=fingerprint,
            request_id=req.id,
        )
        signed.append(e.session_id)
    req.answered_at = now
    req.outcome = outcome
    rejections.forget(s)
    req.response_fingerprint = fingerprint
    audit.record("response", req)
    kept = SigningResponseRow(
        id=new_id(), request_id=req.id, document=document.decode("utf-8"), imported_at=now
    )
    s.add(kept)
    audit.record("create", kept, "svar")  # i18n: keep (the audit event's detail, hashed)
    return ImportResult(
        supervisor=sup_name,
        key=KeyInfo(fingerprint, public_pem),
        pinned_now=pinned_now,
        signed=tuple(signed),
        rejected=rejected,
    )


def _pin(
    s: OrmSession,
    audit: AuditWriter,
    supervisor_id: str,
    fingerprint: str,
    public_pem: str,
    now: dt.datetime,
) -> SupervisorKeyRow:
    row = SupervisorKeyRow(
        id=new_id(),
        supervisor_id=supervisor_id,
        origin="file",
        fingerprint=fingerprint,
        public_pem=public_pem,
        encrypted_private="",
        pinned_at=now,
    )
    s.add(row)
    audit.record("pin", row, "file")
    return row


def repin(
    s: OrmSession,
    now: dt.datetime,
    supervisor_id: str,
    response: ResponseView,
    typed_fingerprint: str,
    reason: str,
) -> RepinResult:
    """Pin the key of ``response`` for the supervisor, after the student compared fingerprints.

    ``typed_fingerprint`` is what the supervisor read aloud (or sent another way); it must be
    the response's. The key pinned by file before, if any, is kept as retired. Audited with
    both fingerprints. The response itself is not imported: import it afterwards.
    """
    sup = records.existing(s, SupervisorRow, supervisor_id)
    req = _request_of(s, response)
    if req.supervisor_id != supervisor_id:
        addressee = s.get(SupervisorRow, req.supervisor_id)
        raise bad(
            _("Svaret hører til en forespørsel til {value}, ikke til {name}.").format(
                value=addressee.name if addressee else "?", name=sup.name
            ),
            "supervisor",
        )
    if not same_person(response.supervisor, sup.name):
        raise bad(
            _("Svaret er signert av «{supervisor}», ikke av «{name}».").format(
                supervisor=response.supervisor, name=sup.name
            ),
            "supervisor",
        )
    new_fp = response.fingerprint
    typed = normalise_fingerprint(typed_fingerprint)
    # What is read aloud is the first 128 bits (``format_fingerprint``); the whole is fine too.
    if len(typed) < 32 or not new_fp.startswith(typed):
        raise bad(
            _(
                "Fingeravtrykket du skrev inn stemmer ikke med nøkkelen i svaret "
                "({value}). Sammenlign med veilederen igjen."
            ).format(value=crypto.format_fingerprint(new_fp)),
            "fingerprint",
        )
    other = _owner_of(s, new_fp, supervisor_id)
    if other is not None:
        raise bad(
            _("Nøkkelen i svaret er {name}s, ikke {name2}s.").format(
                name=other.name, name2=sup.name
            ),
            "supervisor",
        )
    current = _accepted_key(s, supervisor_id)
    if current is not None and current.fingerprint == new_fp:
        raise bad(_("Nøkkelen er allerede festet for {name}.").format(name=sup.name), "fingerprint")
    reason = (reason or "").strip() or _("Fingeravtrykket er sammenlignet med veilederen.")
    audit = AuditWriter(s, now)
    public_pem = crypto.public_pem(response.public_key)
    old = KeyInfo(current.fingerprint, current.public_pem) if current is not None else None
    file_key = pinned_key(s, supervisor_id, "file")
    detail = f"{old.fingerprint if old else '-'} -> {new_fp}: {reason}"
    if file_key is None:
        row = _pin(s, audit, supervisor_id, new_fp, public_pem, now)
        audit.record("repin", row, detail)
    else:
        retired = RetiredKeyRow(
            id=new_id(),
            supervisor_id=supervisor_id,
            origin=file_key.origin,
            fingerprint=file_key.fingerprint,
            public_pem=file_key.public_pem,
            pinned_at=file_key.pinned_at,
            retired_at=now,
            replaced_by=new_fp,
            reason=reason,
        )
        s.add(retired)
        audit.record("create", retired, "erstattet")
        file_key.fingerprint, file_key.public_pem, file_key.pinned_at = new_fp, public_pem, now
        audit.record("repin", file_key, detail)
    return RepinResult(sup.name, old, KeyInfo(new_fp, public_pem))
