"""The signing files' format: requests and responses as bytes, read back and checked.

Request (``miljologg-signing-request`` v1, JSON): request id, student, the supervisor it is
addressed to as the student recorded them (name and id), the fingerprints of the keys the
student's file already holds for that supervisor (``known_fingerprints``; ``pinned_fingerprint``
is the one pinned by file, kept for older readers), the student's audit chain head (``chain``,
see ``services.audit.ChainHead``) and per session its canonical payload (base64). Response
(``miljologg-signing-response`` v1): the request id, the student, the signer's name, public key
PEM and fingerprint, what the request said (``request``: ``addressed_to`` and ``chain``), per
session the decision, the payload, its raw Ed25519 ``signature`` (base64, when signed) and a
comment; and ``envelope_signature`` over the canonical JSON of everything else (sorted keys, no
spaces, UTF-8), so no byte of the file can change unnoticed — and the supervisor signs the
student's chain head with it. The fields added since the first release are optional to readers,
so files of either age are read. ``services/signing_files.py`` writes these files and acts on
them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from miljologg.core import json_input
from miljologg.core import signing as crypto
from miljologg.core.i18n import N_, _
from miljologg.services import validation
from miljologg.services.audit import ChainHead
from miljologg.services.errors import ValidationError

REQUEST_FORMAT = "miljologg-signing-request"
RESPONSE_FORMAT = "miljologg-signing-response"
VERSION = 1
MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class RequestItem:
    session_id: str
    payload: crypto.SessionPayload
    data: bytes


@dataclass(frozen=True)
class RequestView:
    """A parsed request as the supervisor reviews it."""

    request_id: str
    student_id: str
    student: str
    supervisor: str
    pinned_fingerprint: str | None
    items: tuple[RequestItem, ...]
    #: The addressee's id in the student's file ("" in older requests).
    supervisor_id: str = ""
    #: Every key the student's file holds for the addressee (in person or by file).
    known_fingerprints: tuple[str, ...] = ()
    #: The student's audit chain head when the request was made (None in older requests).
    chain: ChainHead | None = None


@dataclass(frozen=True)
class ResponseItem:
    """One decision of a response; ``signature`` is empty for a rejection."""

    session_id: str
    data: bytes
    payload: crypto.SessionPayload
    decision: str  # "signed" | "rejected"
    signature: bytes
    comment: str


@dataclass(frozen=True)
class ResponseView:
    """A response whose envelope signature and fingerprint have been checked."""

    request_id: str
    student_id: str
    student: str
    supervisor: str
    fingerprint: str
    public_key: Ed25519PublicKey
    items: tuple[ResponseItem, ...]
    #: The name the request was addressed to, as the signer saw it ("" in older responses).
    addressed_to: str = ""
    #: The student's chain head the request carried, signed by the supervisor (or None).
    chain: ChainHead | None = None


def same_person(a: str, b: str) -> bool:
    """Whether two written names are the same name (case and spacing aside)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def bad(message: str, field: str = "file") -> ValidationError:
    """A refusal of the file (or of the named input) with a Norwegian message."""
    return ValidationError(field, message)


#: What ``_load`` says of a file that is not the kind expected, per kind: whole sentences, as
#: «en signeringsforespørsel» and «et signert svar» take different words around them.
_TOO_BIG = {
    REQUEST_FORMAT: N_("Filen er for stor til å være en signeringsforespørsel."),
    RESPONSE_FORMAT: N_("Filen er for stor til å være et signert svar."),
}
_UNREADABLE = {
    REQUEST_FORMAT: N_(
        "Filen kan ikke leses: den er skadet, avkortet eller ikke en signeringsforespørsel fra "
        "miljologg."
    ),
    RESPONSE_FORMAT: N_(
        "Filen kan ikke leses: den er skadet, avkortet eller ikke et signert svar fra miljologg."
    ),
}
_NOT_KIND = {
    REQUEST_FORMAT: N_("Filen er ikke en signeringsforespørsel fra miljologg."),
    RESPONSE_FORMAT: N_("Filen er ikke et signert svar fra miljologg."),
}


def _load(data: bytes, expected: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise bad(_(_TOO_BIG[expected]))
    try:
        doc = json_input.loads(data)
    except json_input.JsonInputError:
        raise bad(_(_UNREADABLE[expected])) from None
    if not isinstance(doc, dict):
        raise bad(_(_NOT_KIND[expected]))
    kind = doc.get("format")
    if kind != expected:
        if kind == REQUEST_FORMAT:
            raise bad(
                _("Dette er en signeringsforespørsel, ikke et svar. Send den til veilederen.")
            )
        if kind == RESPONSE_FORMAT:
            raise bad(_("Dette er et signert svar, ikke en forespørsel."))
        raise bad(_(_NOT_KIND[expected]))
    if doc.get("version") != VERSION:
        raise bad(
            _("Filen er laget av en annen versjon av miljologg ({version}).").format(
                version=doc.get("version")
            )
        )
    return doc


def _field(doc: Mapping[str, Any], name: str, kind: type = str) -> Any:
    value = doc.get(name) if isinstance(doc, Mapping) else None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise bad(_("Filen er skadet: feltet «{name}» mangler eller er ugyldig.").format(name=name))
    return value


def _decoded(doc: Mapping[str, Any], name: str) -> bytes:
    try:
        return crypto.b64decode(_field(doc, name))
    except ValueError:
        raise bad(
            _("Filen er skadet: feltet «{name}» er ikke gyldig base64.").format(name=name)
        ) from None


def _payload(data: bytes, session_id: str, student_id: str) -> crypto.SessionPayload:
    try:
        payload = crypto.parse_payload(data)
    except crypto.SigningError as exc:
        raise damaged(exc) from None
    if payload.id != session_id or payload.student_id != student_id:
        raise bad(_("Filen er skadet: et møte i filen stemmer ikke med det signerte innholdet."))
    _plain(payload.student, "student", _("Studentens navn"))
    _plain(payload.supervisor, "supervisor", _("Veilederens navn"))
    _plain(payload.topic, "topic", _("Tema"))
    return payload


def damaged(exc: Exception) -> ValidationError:
    """The file is damaged, for the reason ``exc`` gives (the core's, in the language in force)."""
    return bad(_("Filen er skadet: {reason}").format(reason=exc))


def _plain(value: str, name: str, label: str) -> str:
    """``value`` as the dialogs would let it be typed (``validation.foreign_text``).

    A request or response comes from another person: an escape sequence in a name or topic
    went raw to the supervisor's terminal in ``signing show`` (it could clear the screen or
    hide what is signed), and a fødselsnummer in a rejection's comment was stored in both logs
    and printed in the CSV and the dossier.
    """
    try:
        return validation.foreign_text(name, label, value)
    except ValidationError as exc:
        raise bad(_("Filen kan ikke tas imot: {reason}").format(reason=exc.message)) from None


def read_request(data: bytes) -> RequestView:
    """Parse and check a request file."""
    doc = _load(data, REQUEST_FORMAT)
    student = _field(doc, "student", dict)
    student_id = _field(student, "id")
    items_doc = _field(doc, "items", list)
    if not items_doc:
        raise bad(_("Forespørselen har ingen møter."))
    items = []
    for entry in items_doc:
        sid = _field(entry, "session_id")
        data_bytes = _decoded(entry, "payload")
        items.append(RequestItem(sid, _payload(data_bytes, sid, student_id), data_bytes))
    if len({i.session_id for i in items}) != len(items):
        raise bad(_("Filen er skadet: et møte står to ganger."))
    pinned = doc.get("pinned_fingerprint")
    supervisor = _field(doc, "supervisor", dict)
    known = doc.get("known_fingerprints")
    sup_id = supervisor.get("id")
    return RequestView(
        request_id=_field(doc, "request_id"),
        student_id=student_id,
        student=_plain(_field(student, "name"), "student.name", _("Studentens navn")),
        supervisor=_plain(_field(supervisor, "name"), "supervisor.name", _("Veilederens navn")),
        pinned_fingerprint=pinned if isinstance(pinned, str) else None,
        items=tuple(items),
        supervisor_id=sup_id if isinstance(sup_id, str) else "",
        known_fingerprints=tuple(k for k in known if isinstance(k, str))
        if isinstance(known, list)
        else ((pinned,) if isinstance(pinned, str) else ()),
        chain=ChainHead.from_dict(doc.get("chain")),
    )


def resolve_session(view: RequestView, key: str) -> str:
    """A session id of the request from its full id or a unique prefix (CLI convenience)."""
    matches = [i.session_id for i in view.items if i.session_id.startswith(key.strip())]
    if len(matches) != 1 or not key.strip():
        raise bad(
            _("Forespørselen har ikke noe (entydig) møte med id «{key}».").format(key=key),
            "reject",
        )
    return matches[0]


def read_response(data: bytes) -> ResponseView:
    """Parse a response and check its key and envelope signature (not yet against the log)."""
    doc = _load(data, RESPONSE_FORMAT)
    request_id = _field(doc, "request_id")
    student = _field(doc, "student", dict)
    student_id = _field(student, "id")
    student_name = _plain(_field(student, "name"), "student.name", _("Studentens navn"))
    supervisor = _field(doc, "supervisor", dict)
    name = _plain(_field(supervisor, "name"), "supervisor.name", _("Veilederens navn"))
    fingerprint = _field(supervisor, "fingerprint")
    try:
        public = crypto.load_public_pem(_field(supervisor, "public_key_pem"))
    except crypto.SigningError as exc:
        raise damaged(exc) from None
    if crypto.fingerprint(public) != fingerprint:
        raise bad(_("Filen er skadet: fingeravtrykket stemmer ikke med nøkkelen."))
    envelope = _decoded(doc, "envelope_signature")
    body = {k: v for k, v in doc.items() if k != "envelope_signature"}
    if not crypto.verify(public, crypto.canonical_json(body), envelope):
        raise bad(_("Filen er endret etter at veilederen signerte den; signaturen stemmer ikke."))
    items = []
    for entry in _field(doc, "items", list):
        sid = _field(entry, "session_id")
        payload_bytes = _decoded(entry, "payload")
        decision = _field(entry, "decision")
        if decision not in ("signed", "rejected"):
            raise bad(_("Filen er skadet: ukjent avgjørelse for et møte."))
        signature = _decoded(entry, "signature") if decision == "signed" else b""
        comment = entry.get("comment", "") if isinstance(entry.get("comment"), str) else ""
        _plain(comment, "comment", _("Veilederens kommentar"))
        payload = _payload(payload_bytes, sid, student_id)
        items.append(ResponseItem(sid, payload_bytes, payload, decision, signature, comment))
    raw_request = doc.get("request")
    request: dict[str, Any] = raw_request if isinstance(raw_request, dict) else {}
    addressed = request.get("addressed_to")
    return ResponseView(
        request_id,
        student_id,
        student_name,
        name,
        fingerprint,
        public,
        tuple(items),
        addressed_to=addressed if isinstance(addressed, str) else "",
        chain=ChainHead.from_dict(request.get("chain")),
    )


def _dump(doc: Mapping[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def request_bytes(
    request_id: str,
    created_at: dt.datetime,
    student_id: str,
    student: str,
    supervisor: tuple[str, str],
    pinned_fingerprint: str | None,
    payloads: Mapping[str, bytes],
    known_fingerprints: Sequence[str] = (),
    chain: ChainHead | None = None,
) -> bytes:
    """A request file: the addressee (id, name), each session id with its canonical payload."""
    return _dump(
        {
            "format": REQUEST_FORMAT,
            "version": VERSION,
            "request_id": request_id,
            "created_at": created_at.isoformat(),
            "student": {"id": student_id, "name": student},
            "supervisor": {"id": supervisor[0], "name": supervisor[1]},
            "known_fingerprints": list(known_fingerprints),
            "chain": chain.as_dict() if chain else None,
            "pinned_fingerprint": pinned_fingerprint,
            "items": [
                {"session_id": sid, "payload": crypto.b64encode(data)}
                for sid, data in payloads.items()
            ],
        }
    )


def response_bytes(
    view: RequestView,
    supervisor: str,
    pair: crypto.KeyPair,
    answered_at: dt.datetime,
    decisions: Sequence[tuple[RequestItem, str, str, str]],
) -> bytes:
    """A response file: per (item, decision, comment, base64 signature or "") one entry, and
    the envelope signature over all of it."""
    items = []
    for item, decision, comment, signature in decisions:
        entry = {
            "session_id": item.session_id,
            "decision": decision,
            "payload": crypto.b64encode(item.data),
            "comment": comment,
        }
        if signature:
            entry["signature"] = signature
        items.append(entry)
    doc: dict[str, Any] = {
        "format": RESPONSE_FORMAT,
        "version": VERSION,
        "request_id": view.request_id,
        "answered_at": answered_at.isoformat(),
        "student": {"id": view.student_id, "name": view.student},
        "supervisor": {
            "name": supervisor,
            "fingerprint": pair.fingerprint,
            "public_key_pem": pair.public_pem,
        },
        "request": {
            "addressed_to": view.supervisor,
            "chain": view.chain.as_dict() if view.chain else None,
        },
        "items": items,
    }
    doc["envelope_signature"] = crypto.b64encode(pair.sign(crypto.canonical_json(doc)))
    return _dump(doc)
