"""Ed25519 sign-off, kept pure: keys, canonical payloads, signatures, fingerprints.

No Qt and no SQLAlchemy here, so the CLI, the dossier and another program's checker can use it.

What is signed (``miljologg-session-v1``) is documented in README.md, «Signering»: UTF-8 text,
one ``key=value`` line per field in a fixed order, each line ending in ``\\n``; in values a
backslash is written ``\\\\``, a line feed ``\\n`` and a carriage return ``\\r``. A raw Ed25519
signature over exactly those bytes verifies with ``openssl pkeyutl -verify -rawin``.

The private key at rest (the passphrase envelope) is ``key_envelope.py``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from miljologg.core import signing_texts
from miljologg.core.i18n import N_, Labels
from miljologg.core.sentences import params_of, render

PAYLOAD_VERSION = "miljologg-session-v1"

#: The fields of a session payload, in the order they are written.
PAYLOAD_FIELDS = (
    "id",
    "student_id",
    "student",
    "supervisor_id",
    "supervisor",
    "date",
    "status",
    "form",
    "minutes",
    "group_size",
    "topic",
)

#: Norwegian names of payload fields, for messages saying what changed.
FIELD_LABELS = Labels(
    {
        "id": N_("id"),
        "student_id": N_("student-id"),
        "student": N_("student"),
        "supervisor_id": N_("veileder-id"),
        "supervisor": N_("veileder"),
        "date": N_("dato"),
        "status": N_("status"),
        "form": N_("form"),
        "minutes": N_("minutter"),
        "group_size": N_("gruppestørrelse"),
        "topic": N_("tema"),
    }
)


class SigningError(ValueError):
    """A key, envelope, payload or signature is unusable.

    It carries a code from ``signing_texts.PROBLEMS`` and its parameters; ``str()`` is the
    sentence in the language in force when it is shown.
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params_of(params)
        super().__init__(code, self.params)

    def __str__(self) -> str:
        return render(signing_texts.PROBLEMS[self.code], self.params)


# ---------------------------------------------------------------------------------------------
# Canonical payload


@dataclass(frozen=True)
class SessionPayload:
    """The signed facts of one session (no reflection, no start time: only what is attested)."""

    id: str
    student_id: str
    student: str
    supervisor_id: str
    supervisor: str
    date: dt.date
    status: str
    form: str
    minutes: int
    group_size: int
    topic: str

    def to_bytes(self) -> bytes:
        """The canonical bytes that are signed (``miljologg-session-v1``)."""
        values = {
            "id": self.id,
            "student_id": self.student_id,
            "student": self.student,
            "supervisor_id": self.supervisor_id,
            "supervisor": self.supervisor,
            "date": self.date.isoformat(),
            "status": self.status,
            "form": self.form,
            "minutes": str(int(self.minutes)),
            "group_size": str(int(self.group_size)),
            "topic": self.topic,
        }
        lines = [PAYLOAD_VERSION] + [f"{k}={_escape(values[k])}" for k in PAYLOAD_FIELDS]
        return ("\n".join(lines) + "\n").encode("utf-8")


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def _unescape(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        nxt = next(chars, "")
        mapped = {"\\": "\\", "n": "\n", "r": "\r"}.get(nxt)
        if mapped is None:
            raise SigningError("bad_escape")
        out.append(mapped)
    return "".join(out)


def parse_payload(data: bytes) -> SessionPayload:
    """Read canonical bytes back; refuses anything that would not re-encode to the same bytes."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SigningError("payload_not_utf8") from None
    if not text.endswith("\n"):
        raise SigningError("payload_truncated")
    lines = text[:-1].split("\n")
    if not lines or lines[0] != PAYLOAD_VERSION:
        raise SigningError("payload_unknown_format")
    if len(lines) != len(PAYLOAD_FIELDS) + 1:
        raise SigningError("payload_field_count")
    values: dict[str, str] = {}
    for name, line in zip(PAYLOAD_FIELDS, lines[1:], strict=True):
        key, sep, value = line.partition("=")
        if key != name or not sep:
            raise SigningError("payload_field_missing", name=name)
        values[name] = _unescape(value)
    try:
        payload = SessionPayload(
            id=values["id"],
            student_id=values["student_id"],
            student=values["student"],
            supervisor_id=values["supervisor_id"],
            supervisor=values["supervisor"],
            date=dt.date.fromisoformat(values["date"]),
            status=values["status"],
            form=values["form"],
            minutes=int(values["minutes"]),
            group_size=int(values["group_size"]),
            topic=values["topic"],
        )
    except ValueError:
        raise SigningError("payload_bad_value") from None
    if payload.to_bytes() != data:
        raise SigningError("payload_not_canonical")
    return payload


#: Payload fields that are not facts of the session: the student may change their name (Fil →
#: Profil, ``profile set``) and a session signed before is still the same session, with the same
#: student id. The signed bytes keep the name of the day; the sign-off says «signert under
#: navnet …» (README «Profilen kan endres»).
NOT_SESSION_FACTS = frozenset({"student"})


def changed_fields(signed: SessionPayload, current: SessionPayload) -> list[str]:
    """Norwegian names of the session's facts that differ between what was signed and what the
    log holds now; empty when it is the same session (a signature over it still holds).

    The student's name is left out (``NOT_SESSION_FACTS``): a name change must never void or
    break a signature. The signature itself is always checked against the bytes signed.
    """
    return [
        FIELD_LABELS[name]
        for name in PAYLOAD_FIELDS
        if name not in NOT_SESSION_FACTS and getattr(signed, name) != getattr(current, name)
    ]


# ---------------------------------------------------------------------------------------------
# Keys


@dataclass(frozen=True)
class KeyPair:
    """A freshly made or unlocked key: the private key lives only as long as this object."""

    private: Ed25519PrivateKey

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def public_pem(self) -> str:
        return public_pem(self.public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def generate() -> KeyPair:
    return KeyPair(Ed25519PrivateKey.generate())


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(key: Ed25519PublicKey) -> str:
    """SubjectPublicKeyInfo PEM, what ``openssl pkeyutl -pubin`` reads."""
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def load_public_pem(text: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError, TypeError):
        raise SigningError("public_key_unreadable") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SigningError("public_key_not_ed25519")
    return key


def fingerprint(key: Ed25519PublicKey | str) -> str:
    """sha256 of the raw 32-byte public key, lowercase hex (64 characters)."""
    if isinstance(key, str):
        key = load_public_pem(key)
    return hashlib.sha256(raw_public(key)).hexdigest()


def format_fingerprint(hex_fingerprint: str) -> str:
    """The first 128 bits as 8 groups of 4 upper-case hex digits, to read aloud and compare."""
    head = hex_fingerprint[:32].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


# ---------------------------------------------------------------------------------------------
# Signatures and base64


def verify(public_key: Ed25519PublicKey | str, data: bytes, signature: bytes) -> bool:
    """True when ``signature`` is a valid raw Ed25519 signature of ``data``."""
    key = load_public_pem(public_key) if isinstance(public_key, str) else public_key
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


b64encode = _b64


def b64decode(text: str) -> bytes:
    """Strict standard base64 (no stray characters), ValueError otherwise."""
    if not isinstance(text, str):
        raise ValueError("not text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("bad base64") from None


def canonical_json(data: object) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes a response file's envelope signature covers."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def payload_digest(data: bytes) -> str:
    """A short content fingerprint of a payload (for request files and paper sheets)."""
    return hashlib.sha256(data).hexdigest()
