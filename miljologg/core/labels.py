"""The one set of Norwegian labels for the log's fixed vocabularies.

Forms of supervision, session states, attendance states, approvals and sign-off states were
written out in six places in five wordings (the table said «Gruppe (ekstern)», the CSV «Gruppe
(ekstern veileder)», the sign sheet «Gruppe, ekstern», the CLI «ekstern gruppe»), so the same
session read differently on screen, on paper and in a file. Every layer now takes its words
from here. Plain Python, no Qt: the GUI, the CLI, the CSV export and the dossier all use it, and
a later translation step can put these strings through one catalogue.

Each vocabulary has one label per value. Forms also have a *title*: the name of the requirement
(«Individuell veiledning») used as a heading, where the short label («Individuell») is a cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from miljologg.core.model import Approval, AttendanceStatus, Form, SessionStatus

__all__ = [
    "APPROVAL_LABELS",
    "ATTENDANCE_LABELS",
    "FORM_LABELS",
    "FORM_TITLES",
    "SESSION_STATUS_LABELS",
    "SIGN_OFF_LABELS",
    "SIGN_OFF_METHODS",
    "SIGNED",
    "SIGNED_ON_PAPER",
    "TOTAL_TITLE",
    "approvals_text",
    "form_label",
    "sign_off_text",
]

#: A form of supervision as a table cell, a list entry or a column of the CSV.
FORM_LABELS: Mapping[Form, str] = MappingProxyType(
    {
        Form.INDIVIDUAL: "Individuell",
        Form.EXTERNAL_GROUP: "Gruppe (ekstern)",
        Form.GATHERING_GROUP: "Gruppe (samling)",
        Form.GIVEN: "Gitt av meg",
        Form.SUPERVISION_ON_SUPERVISION: "Veiledning på veiledning",
    }
)

#: A form of supervision as the requirement it counts towards (headings, dashboard rows).
FORM_TITLES: Mapping[Form, str] = MappingProxyType(
    {
        Form.INDIVIDUAL: "Individuell veiledning",
        Form.EXTERNAL_GROUP: "Gruppeveiledning med ekstern veileder",
        Form.GATHERING_GROUP: "Gruppeveiledning på samlingene",
        Form.GIVEN: "Veiledning du har gitt",
        Form.SUPERVISION_ON_SUPERVISION: "Veiledning på veiledningen du har gitt",
    }
)

#: The requirement that adds up all forms.
TOTAL_TITLE = "Veiledning totalt"

SESSION_STATUS_LABELS: Mapping[SessionStatus, str] = MappingProxyType(
    {SessionStatus.HELD: "Gjennomført", SessionStatus.MISSED: "Avlyst"}
)

ATTENDANCE_LABELS: Mapping[AttendanceStatus, str] = MappingProxyType(
    {
        AttendanceStatus.PRESENT: "Til stede",
        AttendanceStatus.PARTIAL: "Delvis til stede",
        AttendanceStatus.ABSENT: "Fraværende",
    }
)

#: In the order a supervisor's approvals are listed everywhere.
APPROVAL_LABELS: Mapping[Approval, str] = MappingProxyType(
    {
        Approval.PROGRAMME: "Godkjent av studieprogrammet",
        Approval.FO_SUPERVISOR: "FO-godkjent veileder",
        Approval.CLINICAL: "Klinisk godkjenning",
        Approval.SPECIALIST: "Spesialist",
    }
)

#: A session's sign-off state (``services.sign_off_state.SignOff.state``), except «signed», whose
#: text carries the date and the signer: ``SIGNED`` and ``SIGNED_ON_PAPER`` with
#: ``{date}`` and ``{signer}``.
SIGN_OFF_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "unsigned": "Ikke signert",
        "requested": "Sendt til signering",
        "rejected": "Avvist av veileder",
        "reopened": "Gjenåpnet etter avvisning",
        "void": "Ugyldig – endret etter signering",
        "invalid": "Signatur ugyldig",
    }
)
#: How each way of signing is named after «Signert … av …».
SIGN_OFF_METHODS: Mapping[str, str] = MappingProxyType(
    {"in_person": "personlig", "file": "fil", "paper": "papir"}
)
SIGNED = "Signert {date} av {signer}"
SIGNED_ON_PAPER = "Signert {date} av {signer} (papir)"


def form_label(form: str) -> str:
    """A form's label from its value (a signed payload carries the value); an unknown value,
    from a newer version's file, is shown as it is rather than refused."""
    try:
        return FORM_LABELS[Form(form)]
    except ValueError:
        return form


def approvals_text(approvals: Iterable[Approval], separator: str = ", ") -> str:
    """The approvals held, in the usual order, joined by ``separator`` ("" for none)."""
    present = set(approvals)
    return separator.join(label for a, label in APPROVAL_LABELS.items() if a in present)


def sign_off_text(
    state: str,
    when: str,
    method: str = "",
    signer: str = "",
    void_reason: str = "",
    comment: str = "",
    note: str = "",
) -> str:
    """A sign-off state as one line of text (the CSV, the tooltip, the dossier's log);
    ``when`` is already formatted (dd.mm.åååå) or empty.

    States: "signed"; "void" (changed after signing, ``void_reason`` the student's reason);
    "invalid" (the signature does not hold for the session as it is now, ``void_reason`` says
    why); "requested"; "rejected" (a standing rejection, ``comment`` the supervisor's);
    "reopened" (a rejection the student reopened, ``void_reason`` their reason); anything else
    is unsigned. ``note`` adds what happened since (a new request for a rejected session).
    """
    if state == "signed":
        text = f"Signert {when} av {signer} ({SIGN_OFF_METHODS.get(method, '')})"
    elif state == "void":
        text = f"{SIGN_OFF_LABELS['void']} ({void_reason})"
    elif state == "invalid":
        text = SIGN_OFF_LABELS["invalid"] + (f" – {void_reason}" if void_reason else "")
    elif state == "requested":
        text = f"{SIGN_OFF_LABELS['requested']} {when}"
    elif state == "rejected":
        by = f" ({signer})" if signer else ""
        text = f"{SIGN_OFF_LABELS['rejected']}{by} {when}: {comment}".replace(" :", ":")
    elif state == "reopened":
        text = f"{SIGN_OFF_LABELS['reopened']} ({void_reason}); veilederen skrev: {comment}"
    else:
        text = SIGN_OFF_LABELS["unsigned"]
    return f"{text} – {note}" if note else text
