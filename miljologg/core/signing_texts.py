"""The sentences that say why a key, a key envelope or a signed payload cannot be used.

``signing`` and ``key_envelope`` raise ``SigningError`` with a code from ``PROBLEMS`` and its
parameters; ``SigningError`` makes the sentence from this table when it is shown, in the
language in force then (``sentences.render``), as ``programme_texts`` does for the rules. Only
the messages are translated: the signed bytes, the envelope and the payload's field names never
are.
"""

from __future__ import annotations

from miljologg.core.i18n import N_
from miljologg.core.sentences import Template

__all__ = ["PROBLEMS"]

#: Why signing material cannot be used (``SigningError.code`` → sentence).
PROBLEMS: dict[str, Template] = {
    "bad_escape": N_("Ugyldig escape-sekvens i signert innhold."),
    "payload_not_utf8": N_("Det signerte innholdet er ikke gyldig UTF-8."),
    "payload_truncated": N_("Det signerte innholdet er avkortet."),
    "payload_unknown_format": N_("Ukjent format på det signerte innholdet."),
    "payload_field_count": N_("Det signerte innholdet har feil antall felt."),
    "payload_field_missing": N_("Det signerte innholdet mangler feltet «{name}»."),
    "payload_bad_value": N_("Det signerte innholdet har en ugyldig dato eller et ugyldig tall."),
    "payload_not_canonical": N_("Det signerte innholdet er ikke på kanonisk form."),
    "public_key_unreadable": N_("Den offentlige nøkkelen kan ikke leses."),
    "public_key_not_ed25519": N_("Den offentlige nøkkelen er ikke en Ed25519-nøkkel."),
    "passphrase_too_short": N_("Passordfrasen må ha minst {count:tegn|tegn}."),
    "envelope_unknown_format": N_("Ukjent format på den lagrede nøkkelen."),
    "envelope_unknown_kdf": N_("Ukjent nøkkelavledning for den lagrede nøkkelen."),
    "envelope_damaged": N_("Den lagrede nøkkelen er skadet."),
    "envelope_too_weak": N_("Den lagrede nøkkelen er for svakt beskyttet."),
    "envelope_too_heavy": N_("Den lagrede nøkkelen ber om en beskyttelse som er for tung å åpne."),
    "wrong_passphrase": N_("Feil passordfrase."),
}
