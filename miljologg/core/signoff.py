"""The one wording of a session's sign-off state, for the table, the CSV and the dossier.

Pure text (no database, no Qt), so the services and the dossier's snapshot — which prints a
sign-off again from what the PDF carries — word every state the same way.
"""

from __future__ import annotations

METHOD_LABELS = {"in_person": "personlig", "file": "fil", "paper": "papir"}


def sign_off_text(
    state: str,
    when: str,
    method: str = "",
    signer: str = "",
    void_reason: str = "",
    comment: str = "",
    note: str = "",
) -> str:
    """A state as Norwegian text; ``when`` is already formatted (dd.mm.åååå) or empty.

    States: "signed", "void" (changed after signing), "requested", "rejected" (a standing
    rejection, ``comment`` is the supervisor's), "reopened" (a rejection the student reopened,
    ``void_reason`` is the student's reason), "invalid" (the signature does not hold for the
    session as it is now, ``void_reason`` says why), anything else is unsigned. ``note`` adds
    what happened since (a new request for a rejected session).
    """
    if state == "signed":
        text = f"Signert {when} av {signer} ({METHOD_LABELS.get(method, '')})"
    elif state == "void":
        text = f"Ugyldig – endret etter signering ({void_reason})"
    elif state == "invalid":
        text = f"Signatur ugyldig – {void_reason}" if void_reason else "Signatur ugyldig"
    elif state == "requested":
        text = f"Sendt til signering {when}"
    elif state == "rejected":
        by = f" ({signer})" if signer else ""
        text = f"Avvist av veileder{by} {when}: {comment}".replace(" :", ":")
    elif state == "reopened":
        text = f"Gjenåpnet etter avvisning ({void_reason}); veilederen skrev: {comment}"
    else:
        text = "Ikke signert"
    return f"{text} – {note}" if note else text
