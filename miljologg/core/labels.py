"""The one set of Norwegian labels for the log's fixed vocabularies.

Forms of supervision, session states, attendance states, approvals and sign-off states were
written out in six places in five wordings (the table said «Gruppe (ekstern)», the CSV «Gruppe
(ekstern veileder)», the sign sheet «Gruppe, ekstern», the CLI «ekstern gruppe»), so the same
session read differently on screen, on paper and in a file. Every layer now takes its words
from here. Plain Python, no Qt: the GUI, the CLI, the CSV export and the dossier all use it, and
each label is looked up in the gettext catalogue when it is read (``core.i18n.Labels``), so
the same table reads bokmål, nynorsk or English by the language in force.

Each vocabulary has one label per value. Forms also have a *title*: the name of the requirement
(«Individuell veiledning») used as a heading, where the short label («Individuell») is a cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from miljologg.core.i18n import N_, Labels, _
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
FORM_LABELS: Mapping[Form, str] = Labels(
    {
        Form.INDIVIDUAL: N_("Individuell"),
        Form.EXTERNAL_GROUP: N_("Gruppe (ekstern)"),
        Form.GATHERING_GROUP: N_("Gruppe (samling)"),
        Form.GIVEN: N_("Gitt av meg"),
        Form.SUPERVISION_ON_SUPERVISION: N_("Veiledning på veiledning"),
    }
)

#: A form of supervision as the requirement it counts towards (headings, dashboard rows).
FORM_TITLES: Labels[Form] = Labels(
    {
        Form.INDIVIDUAL: N_("Individuell veiledning"),
        Form.EXTERNAL_GROUP: N_("Gruppeveiledning med ekstern veileder"),
        Form.GATHERING_GROUP: N_("Gruppeveiledning på samlingene"),
        Form.GIVEN: N_("Veiledning du har gitt"),
        Form.SUPERVISION_ON_SUPERVISION: N_("Veiledning på veiledningen du har gitt"),
    }
)

#: The requirement that adds up all forms.
TOTAL_TITLE = N_("Veiledning totalt")

SESSION_STATUS_LABELS: Mapping[SessionStatus, str] = Labels(
    {SessionStatus.HELD: N_("Gjennomført"), SessionStatus.MISSED: N_("Avlyst")}
)

ATTENDANCE_LABELS: Mapping[AttendanceStatus, str] = Labels(
    {
        AttendanceStatus.PRESENT: N_("Til stede"),
        AttendanceStatus.PARTIAL: N_("Delvis til stede"),
        AttendanceStatus.ABSENT: N_("Fraværende"),
    }
)

#: In the order a supervisor's approvals are listed everywhere.
APPROVAL_LABELS: Mapping[Approval, str] = Labels(
    {
        Approval.PROGRAMME: N_("Godkjent av studieprogrammet"),
        Approval.FO_SUPERVISOR: N_("FO-godkjent veileder"),
        Approval.CLINICAL: N_("Klinisk godkjenning"),
        Approval.SPECIALIST: N_("Spesialist"),
    }
)

#: A session's sign-off state (``services.sign_off_state.SignOff.state``), except «signed», whose
#: text carries the date and the signer: ``SIGNED`` and ``SIGNED_ON_PAPER`` with
#: ``{date}`` and ``{signer}``.
SIGN_OFF_LABELS: Mapping[str, str] = Labels(
    {
        "unsigned": N_("Ikke signert"),
        "requested": N_("Sendt til signering"),
        "rejected": N_("Avvist av veileder"),
        "reopened": N_("Gjenåpnet etter avvisning"),
        "void": N_("Ugyldig – endret etter signering"),
        "invalid": N_("Signatur ugyldig"),
    }
)
#: How each way of signing is named after «Signert … av …».
SIGN_OFF_METHODS: Mapping[str, str] = Labels(
    {"in_person": N_("personlig"), "file": N_("fil"), "paper": N_("papir")}
)
#: The note of a sign-off whose signed bytes carry a former name of the student.
SIGNED_UNDER_NAME = N_("signert under navnet {name}")
SIGNED = N_("Signert {date} av {signer}")
SIGNED_ON_PAPER = N_("Signert {date} av {signer} (papir)")


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
    labels = SIGN_OFF_LABELS
    if state == "signed":
        method_text = SIGN_OFF_METHODS.get(method, "")
        text = _("Signert {date} av {signer} ({method})").format(
            date=when, signer=signer, method=method_text
        )
    elif state == "void":
        text = _("{state} ({reason})").format(state=labels["void"], reason=void_reason)
    elif state == "invalid":
        text = labels["invalid"]
        if void_reason:
            text = _("{state} – {reason}").format(state=text, reason=void_reason)
    elif state == "requested":
        text = _("{state} {date}").format(state=labels["requested"], date=when)
    elif state == "rejected":
        by = f" ({signer})" if signer else ""
        text = _("{state}{by} {date}: {comment}").format(
            state=labels["rejected"], by=by, date=when, comment=comment
        )
        text = text.replace(" :", ":")
    elif state == "reopened":
        text = _("{state} ({reason}); veilederen skrev: {comment}").format(
            state=labels["reopened"], reason=void_reason, comment=comment
        )
    else:
        text = SIGN_OFF_LABELS["unsigned"]
    return f"{text} – {note}" if note else text
