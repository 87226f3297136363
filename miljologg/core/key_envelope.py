"""The passphrase envelope that keeps a private signing key at rest (``miljologg-key-v1``).

The private key never exists in clear outside memory: it is kept in a small JSON envelope,
encrypted with ChaCha20-Poly1305 under a key derived from the passphrase with scrypt
(n=2**15, r=8, p=1; random 16-byte salt and 12-byte nonce); the public key is the associated
data, so an envelope cannot be paired with another public key. An envelope may come from
another installation (a moved log), so its scrypt parameters are bounded before any work.

Keys, payloads and signatures themselves are ``signing.py``; this module only seals and opens.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from miljologg.core import json_input
from miljologg.core.signing import KeyPair, SigningError, b64decode, b64encode, raw_public

ENVELOPE_FORMAT = "miljologg-key-v1"
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
#: The heaviest scrypt an envelope (maybe someone else's) may ask for: 2**24 took minutes, 16 GB.
SCRYPT_MAX_N = 2**20
SCRYPT_MAX_R = 16
SCRYPT_MAX_P = 4
MIN_PASSPHRASE = 8


class WrongPassphraseError(SigningError):
    """The passphrase does not open the key envelope."""


def check_passphrase(passphrase: str) -> None:
    """Rules for a new passphrase (an existing one is only ever tried)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise SigningError("passphrase_too_short", count=MIN_PASSPHRASE)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_private(pair: KeyPair, passphrase: str) -> str:
    """The private key in a JSON envelope, encrypted under the passphrase (see module doc)."""
    check_passphrase(passphrase)
    salt = os.urandom(16)
    nonce = os.urandom(12)
    secret = pair.private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    public = raw_public(pair.public)
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, secret, _aad(public))
    envelope = {
        "format": ENVELOPE_FORMAT,
        "kdf": {
            "name": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": b64encode(salt),
        },
        "cipher": "chacha20-poly1305",
        "nonce": b64encode(nonce),
        "public_key": b64encode(public),
        "ciphertext": b64encode(sealed),
    }
    return json.dumps(envelope, sort_keys=True, separators=(",", ":"))


def envelope_fingerprint(envelope_text: str) -> str:
    """The fingerprint of the key an encrypted envelope holds, read without the passphrase.

    Used to check a moved key (an export carries envelopes, never a clear key): the envelope
    must be one of ours, encrypted (a ciphertext, not a key), and for the public key stated
    beside it. ``SigningError`` otherwise.
    """
    try:
        env = json_input.loads(envelope_text)
        if env["format"] != ENVELOPE_FORMAT or env["cipher"] != "chacha20-poly1305":
            raise SigningError("envelope_unknown_format")
        public = b64decode(env["public_key"])
        sealed = b64decode(env["ciphertext"])
        if env["kdf"]["name"] != "scrypt" or len(public) != 32 or len(sealed) != 32 + 16:
            raise SigningError("envelope_damaged")
        _scrypt_parameters(env["kdf"])
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, SigningError):
            raise
        raise SigningError("envelope_damaged") from None
    return hashlib.sha256(public).hexdigest()


def decrypt_private(envelope_text: str, passphrase: str) -> KeyPair:
    """Open an envelope; WrongPassphraseError when the passphrase (or the envelope) does not fit."""
    try:
        env = json_input.loads(envelope_text)
        if env["format"] != ENVELOPE_FORMAT or env["cipher"] != "chacha20-poly1305":
            raise SigningError("envelope_unknown_format")
        kdf = env["kdf"]
        if kdf["name"] != "scrypt":
            raise SigningError("envelope_unknown_kdf")
        n, r, p = _scrypt_parameters(kdf)
        salt, nonce = b64decode(kdf["salt"]), b64decode(env["nonce"])
        public, sealed = b64decode(env["public_key"]), b64decode(env["ciphertext"])
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, SigningError):
            raise
        raise SigningError("envelope_damaged") from None
    try:
        secret = ChaCha20Poly1305(_derive(passphrase, salt, n, r, p)).decrypt(
            nonce, sealed, _aad(public)
        )
    except InvalidTag:
        raise WrongPassphraseError("wrong_passphrase") from None
    pair = KeyPair(Ed25519PrivateKey.from_private_bytes(secret))
    if raw_public(pair.public) != public:
        raise SigningError("envelope_damaged")
    return pair


def _scrypt_parameters(kdf: dict[str, Any]) -> tuple[int, int, int]:
    """An envelope's ``n, r, p``: whole, no weaker than ours, not too heavy, n a power of 2."""
    n, r, p = kdf["n"], kdf["r"], kdf["p"]
    if not all(type(v) is int for v in (n, r, p)):
        raise SigningError("envelope_damaged")
    if n < SCRYPT_N or r < SCRYPT_R or p < 1:
        raise SigningError("envelope_too_weak")
    if n > SCRYPT_MAX_N or r > SCRYPT_MAX_R or p > SCRYPT_MAX_P or n & (n - 1):
        raise SigningError("envelope_too_heavy")
    return int(n), int(r), int(p)


def _aad(public: bytes) -> bytes:
    return ENVELOPE_FORMAT.encode() + b"\x00" + public
