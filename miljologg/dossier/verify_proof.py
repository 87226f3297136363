"""The signature half of ``verify-dossier``: what the supervisors' signatures prove.

1. Every key's fingerprint is the SHA-256 of its public key, and every digital signature — valid
   or void — verifies (raw Ed25519, ``core.signing.verify``) over its payload bytes with the key
   it names; every payload is canonical ``miljologg-session-v1`` text of this student.
2. The signed part of each programme requirement is recomputed: the rules engine runs over a log
   of the valid, non-void signed sessions of the dossier's period (rebuilt from the signed
   payloads), with the bundled programme, on the day the dossier was judged, and with the
   supervisors' approvals and attendance the dossier states. The result must equal the figures
   in ``miljologg-totaler.json`` (which the page comparison ties to the printed pages).
3. The embedded totals agree with the programme and with themselves.
4. Every session the dossier's input calls signed is covered by a valid signature over exactly
   that session (``sign_offs``): the input cannot turn a rejected or unsigned session into a
   «Signert» row without a supervisor's key.

What signatures cannot prove is said by ``verify`` (hours nobody signed, paper sign-offs,
attendance and approvals, who holds a key).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from miljologg.core import signing as crypto
from miljologg.core.i18n import _, ngettext
from miljologg.core.model import Form, Session, SessionStatus, copy_fields
from miljologg.core.rules import REQUIREMENT_LABELS
from miljologg.core.signed_figures import REQUIREMENT_KEYS, counted_minutes
from miljologg.core.units import format_date, format_hours
from miljologg.dossier.proof import DIGITAL, TOTALS_NAME
from miljologg.dossier.snapshot import SnapshotError
from miljologg.dossier.snapshot_json import attached_json

if TYPE_CHECKING:
    from miljologg.dossier.snapshot import Snapshot

RECORDS_FORMAT = "miljologg-signed-records"


class StopError(Exception):
    """A problem that makes further checks meaningless (no attachment, damaged attachment)."""


def read_json(attachments: dict[str, bytes], name: str, fmt: str) -> dict[str, Any]:
    data = attachments.get(name)
    if data is None:
        raise StopError(
            _(
                "PDF-en mangler vedlegget «{name}»: den er ikke laget av miljologg med "
                "signaturer, eller vedlegget er fjernet."
            ).format(name=name)
        )
    try:
        doc = attached_json(data, name, fmt)
    except SnapshotError as exc:
        raise StopError(str(exc)) from None
    if doc.get("version") != 1:
        raise StopError(_("Vedlegget «{name}» har ukjent format.").format(name=name))
    return doc


@dataclass(frozen=True)
class Signed:
    """One signed record of the attachment, checked."""

    payload: crypto.SessionPayload
    data: bytes
    method: str
    fingerprint: str
    void: bool
    valid: bool


def describe(p: crypto.SessionPayload) -> str:
    return _("{date}, {minutes} min ({supervisor})").format(
        date=format_date(p.date), minutes=p.minutes, supervisor=p.supervisor
    )


def check_keys(records: dict[str, Any], problems: list[str]) -> dict[tuple[str, str], Any]:
    keys: dict[tuple[str, str], Any] = {}
    for item in records.get("keys", []):
        try:
            sid, fp, pem = (
                str(item["supervisor_id"]),
                str(item["fingerprint"]),
                item["public_key_pem"],
            )
            key = crypto.load_public_pem(pem)
        except (KeyError, TypeError, crypto.SigningError):
            problems.append(_("En offentlig nøkkel i vedlegget er skadet."))
            continue
        if crypto.fingerprint(key) != fp:
            problems.append(
                _("Nøkkelen {fingerprint} har et annet fingeravtrykk enn den oppgir.").format(
                    fingerprint=crypto.format_fingerprint(fp)
                )
            )
            continue
        keys[(sid, fp)] = key
    return keys


def check_signatures(
    records: dict[str, Any],
    keys: dict[tuple[str, str], Any],
    student_id: str,
    lines: list[str],
    problems: list[str],
) -> list[Signed]:
    out: list[Signed] = []
    digital = 0
    for item in records.get("signatures", []):
        try:
            data = crypto.b64decode(item["payload"])
            payload = crypto.parse_payload(data)
            method = str(item["method"])
            fp = str(item.get("fingerprint") or "")
            void = item.get("void_at") is not None
            session_id = item.get("session_id")
        except (KeyError, TypeError, ValueError, crypto.SigningError):
            problems.append(_("Et signert møte i vedlegget er skadet og kan ikke leses."))
            continue
        label = describe(payload)
        if session_id is not None and session_id != payload.id:
            problems.append(
                _("Signaturen for møtet {session} er knyttet til et annet møte.").format(
                    session=label
                )
            )
            continue
        if payload.student_id != student_id:
            problems.append(
                _("Det signerte møtet {session} gjelder en annen student.").format(session=label)
            )
            continue
        valid = True
        if method in DIGITAL:
            digital += 1
            key = keys.get((payload.supervisor_id, fp))
            try:
                signature = crypto.b64decode(item["signature"])
            except (KeyError, ValueError):
                signature = b""
            if key is None:
                problems.append(
                    _(
                        "Signaturen for møtet {session}: nøkkelen {fingerprint} finnes ikke i "
                        "vedlegget."
                    ).format(session=label, fingerprint=crypto.format_fingerprint(fp))
                )
                valid = False
            elif not crypto.verify(key, data, signature):
                problems.append(
                    _(
                        "Signaturen for møtet {session} er ugyldig: den stemmer ikke med det "
                        "signerte innholdet og nøkkelen."
                    ).format(session=label)
                )
                valid = False
        elif method != "paper":
            problems.append(
                _("Signaturen for møtet {session} har ukjent metode «{method}».").format(
                    session=label, method=method
                )
            )
            valid = False
        out.append(Signed(payload, data, method, fp, void, valid))
    good = sum(1 for s in out if s.valid and s.method in DIGITAL)
    valid_text = ngettext(
        "{good} av {n} digital signatur er gyldig",
        "{good} av {n} digitale signaturer er gyldige",
        digital,
    ).format(good=good, n=digital)
    keys_text = ngettext(
        "{signatures} ({n} nøkkel i vedlegget).",
        "{signatures} ({n} nøkler i vedlegget).",
        len(keys),
    )
    lines.append(keys_text.format(signatures=valid_text, n=len(keys)))
    return out


def _session(p: crypto.SessionPayload) -> Session:
    return Session(
        id=p.id,
        date=p.date,
        minutes=p.minutes,
        form=Form(p.form),
        supervisor_id=p.supervisor_id,
        group_size=p.group_size,
        topic=p.topic,
        status=SessionStatus(p.status),
    )


def recompute(
    signed: list[Signed],
    context: Any,
    programme: Any,
    judged_on: dt.date,
    period: tuple[dt.date, ...],
    filtered: bool,
    signed_doc: dict[str, Any],
    lines: list[str],
    problems: list[str],
) -> None:
    """The signed part of each requirement, from the signed payloads (module doc, point 2)."""
    groups: dict[str, list[Session]] = {"digital": [], "paper": []}
    for s in signed:
        if s.void or not s.valid or (filtered and not period[0] <= s.payload.date <= period[1]):
            continue
        try:
            session = _session(s.payload)
        except ValueError:
            problems.append(
                _("Det signerte møtet {session} har ukjent form.").format(
                    session=describe(s.payload)
                )
            )
            continue
        groups["digital" if s.method in DIGITAL else "paper"].append(session)
    labels = _labels()
    agree = True
    for kind, sessions in groups.items():
        got = counted_minutes(sessions, context, programme, judged_on)
        stated = signed_doc.get(kind, {})
        for key in REQUIREMENT_KEYS:
            if int(stated.get(key, -1)) != got[key]:
                agree = False
                problems.append(
                    (
                        _(
                            "{label}: PDF-en oppgir {stated} digitalt signerte timer, men de "
                            "signerte møtene gir {got}."
                        )
                        if kind == "digital"
                        else _(
                            "{label}: PDF-en oppgir {stated} papirsignerte timer, men de "
                            "signerte møtene gir {got}."
                        )
                    ).format(
                        label=labels[key],
                        stated=format_hours(int(stated.get(key, 0))),
                        got=format_hours(got[key]),
                    )
                )
        if kind == "digital" and agree:
            figures = ", ".join(f"{labels[k]} {format_hours(got[k])}" for k in REQUIREMENT_KEYS)
            lines.append(
                _(
                    "Signerte timer regnet ut på nytt med regelmotoren fra de signerte møtene: "
                    "{figures} – stemmer med PDF-en."
                ).format(figures=figures)
            )


def check_totals(
    printed: dict[str, Any], signed_doc: dict[str, Any], programme: Any, problems: list[str]
) -> None:
    """The embedded totals agree with the programme and with themselves (module doc, point 3)."""
    labels = _labels()
    try:
        for key in REQUIREMENT_KEYS:
            r = printed[key]
            required = (
                programme.supervision_total_minutes
                if key == "total"
                else programme.supervision_minutes(Form(key))
            )
            # The requirement's name in the verifier's language (the attachment holds the
            # dossier's), so one report speaks one language.
            label = labels[key]
            if int(r["required_minutes"]) != required:
                problems.append(
                    _(
                        "{label}: PDF-en oppgir kravet {stated}, men programmet krever {required}."
                    ).format(
                        label=label,
                        stated=format_hours(int(r["required_minutes"])),
                        required=format_hours(required),
                    )
                )
            counted = int(r["counted_minutes"])
            if int(r["remaining_minutes"]) != max(0, required - counted):
                problems.append(
                    _("{label}: gjenstående timer stemmer ikke med kravet.").format(label=label)
                )
            signed = sum(int(signed_doc[k][key]) for k in ("digital", "paper"))
            if signed > counted:
                problems.append(
                    _("{label}: flere signerte timer ({signed}) enn godkjente ({counted}).").format(
                        label=label, signed=format_hours(signed), counted=format_hours(counted)
                    )
                )
        forms = sum(int(printed[k]["counted_minutes"]) for k in REQUIREMENT_KEYS[:3])
        if forms != int(printed["total"]["counted_minutes"]):
            problems.append(_("Totalen for veiledning er ikke summen av de tre formene."))
    except (KeyError, TypeError, ValueError):
        problems.append(_("Vedlegget «{name}» mangler tall for et krav.").format(name=TOTALS_NAME))


def check_sign_offs(
    snap: Snapshot, signed: list[Signed], lines: list[str], problems: list[str]
) -> None:
    """Every «Signert» in the input rests on a valid signature over that very session (point 4).

    The session's payload is built from the input as the app builds it when it signs (profile,
    supervisor's name, the session's facts); a valid, non-void record of the same method (and
    key, if digital) must carry exactly those facts (its signature holds over its own bytes,
    which may carry a former name of the student: ``core.signing.changed_fields``).
    """
    by_session: dict[str, list[Signed]] = {}
    for s in signed:
        if s.valid and not s.void:
            by_session.setdefault(s.payload.id, []).append(s)
    on_paper = {sid for scan in snap.scans for sid in scan.session_ids}
    p = snap.profile
    count = bad = 0
    for session in snap.log.sessions:
        off = snap.sign_offs.get(session.id)
        if off is None or off.state != "signed":
            continue
        count += 1
        sup = snap.log.supervisor(session.supervisor_id)
        expected = copy_fields(
            crypto.SessionPayload,
            session,
            student_id=p.id,
            student=p.name,
            supervisor=sup.name if sup else "",
            status=session.status.value,
            form=session.form.value,
        )
        covered = any(
            not crypto.changed_fields(s.payload, expected)  # a former name of the student holds
            and s.method == off.method
            and (s.method not in DIGITAL or s.fingerprint == off.fingerprint)
            for s in by_session.get(session.id, ())
        )
        if covered and off.method == "paper" and session.id not in on_paper:
            covered = False
        if not covered:
            bad += 1
            what = describe(expected)
            problems.append(
                _(
                    "Møtet {session} står som signert, men ingen gyldig signatur i vedlegget "
                    "dekker møtet slik det står i dokumentet."
                ).format(session=what)
            )
    if count and not bad:
        lines.append(
            ngettext(
                "Det {n} møtet som står som signert, har en gyldig signatur.",
                "Alle {n} møter som står som signert, har en gyldig signatur.",
                count,
            ).format(n=count)
        )
    former = sorted({s.payload.student for s in signed if s.valid and s.payload.student != p.name})
    if former:
        names = ", ".join(f"«{n}»" for n in former)
        lines.append(
            _("Noen møter er signert under et tidligere navn på studenten: {names}.").format(
                names=names
            )
        )


def _labels() -> dict[str, str]:
    """Each requirement's name in the current language, by its key."""
    return {key: REQUIREMENT_LABELS.get(key, key) for key in REQUIREMENT_KEYS}
