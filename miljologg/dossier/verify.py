"""``verify-dossier``: check a dossier PDF with nothing but the PDF (no data file).

What is checked:

1. Both attachments are there and readable (``proof.RECORDS_NAME``, ``proof.TOTALS_NAME``).
2. Every key's fingerprint is the SHA-256 of its public key, and every digital signature —
   valid or void — verifies (raw Ed25519, ``core.signing.verify``) over its payload bytes with
   the key it names; every payload is canonical ``miljologg-session-v1`` text of this student.
3. The signed part of each programme requirement is recomputed: the rules engine runs over a
   log of the valid, non-void signed sessions of the dossier's period (rebuilt from the signed
   payloads), with the bundled programme of the embedded programme id, on the day the dossier
   was judged, and with the embedded supervisors' approvals and attendance. The result must
   equal the embedded figures and the «Signaturer» table's text.
4. The embedded totals agree with themselves and with the programme (required minutes are the
   programme's; remaining = required − counted; the total row is the sum of the forms) and with
   the summary page's text (required, counted, remaining per requirement).
5. The fingerprints of the keys that signed are printed in the PDF, and the document id is on
   the pages.

What cannot be checked from the PDF: hours from sessions nobody signed (they rest on the
student's log), paper signatures (their scans are appended to the PDF for a person to read; only
the recorded facts are recomputed), the supervisors' approvals and the attendance register (the
student's own statements, not signed), and whether a key really belongs to the supervisor
(compare the fingerprint with the supervisor).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from miljologg.core import signing as crypto
from miljologg.core.model import Form, Session, SessionStatus
from miljologg.core.units import format_date, format_hours
from miljologg.dossier.proof import (
    DIGITAL,
    RECORDS_NAME,
    REQUIREMENT_KEYS,
    TOTALS_FORMAT,
    TOTALS_NAME,
    context_log,
    counted_minutes,
)

log = logging.getLogger(__name__)

RECORDS_FORMAT = "miljologg-signed-records"


@dataclass
class DossierReport:
    """``lines`` say what was checked (Norwegian); ``problems`` what failed. Exit 1 if any."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _StopError(Exception):
    """A problem that makes further checks meaningless (no PDF, no attachment)."""


def verify_dossier(path: Path) -> DossierReport:
    """Check a dossier PDF; never raises for a bad file (the report says what is wrong)."""
    report = DossierReport()
    try:
        _verify(Path(path), report)
    except _StopError as stop:
        report.problems.append(str(stop))
    return report


# -- reading --------------------------------------------------------------------------------


def _read(path: Path) -> tuple[list[str], dict[str, bytes]]:
    """Page texts (whitespace collapsed) and attachments by name."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files: our message, not theirs
    try:
        with path.open("rb") as fh:
            head = fh.read(5)
    except OSError as exc:
        raise _StopError(f"Kunne ikke lese {path}: {exc.strerror or exc}.") from None
    if head != b"%PDF-":
        raise _StopError(f"{path} er ikke en PDF-fil.")
    try:
        reader = PdfReader(path)
        attachments = {name: items[0] for name, items in reader.attachments.items() if items}
        pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    except Exception:  # noqa: BLE001 - pypdf raises many kinds for a damaged file
        log.info("pypdf could not read %s", path, exc_info=True)
        raise _StopError(f"PDF-filen {path} er skadet og kan ikke leses.") from None
    return pages, attachments


def _json(attachments: dict[str, bytes], name: str, fmt: str) -> dict[str, Any]:
    data = attachments.get(name)
    if data is None:
        raise _StopError(
            f"PDF-en mangler vedlegget «{name}»: den er ikke laget av miljologg med "
            "signaturer, eller vedlegget er fjernet."
        )
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _StopError(f"Vedlegget «{name}» er skadet (ikke gyldig JSON).") from None
    if not isinstance(doc, dict) or doc.get("format") != fmt or doc.get("version") != 1:
        raise _StopError(f"Vedlegget «{name}» har ukjent format.")
    return doc


# -- the checks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Signed:
    payload: crypto.SessionPayload
    method: str
    fingerprint: str
    void: bool
    valid: bool


def _verify(path: Path, report: DossierReport) -> None:
    pages, attachments = _read(path)
    records = _json(attachments, RECORDS_NAME, RECORDS_FORMAT)
    totals = _json(attachments, TOTALS_NAME, TOTALS_FORMAT)
    try:
        student_id = str(totals["student"]["id"])
        document_id = str(totals["document_id"])
        judged_on = dt.date.fromisoformat(totals["judged_on"])
        period = tuple(dt.date.fromisoformat(d) for d in totals["period"])
        filtered = bool(totals["period_filtered"])
        printed = {r["key"]: r for r in totals["supervision"]}
        signed_doc = totals["signed_counted_minutes"]
        context = context_log(totals)
        programme_id = str(totals["programme_id"])
    except (KeyError, TypeError, ValueError):
        raise _StopError(
            f"Vedlegget «{TOTALS_NAME}» er skadet (felt mangler eller er ugyldige)."
        ) from None
    from miljologg.core.programmes import bundled_programmes

    programme = bundled_programmes().get(programme_id)
    if programme is None:
        raise _StopError(
            f"Studieprogrammet «{programme_id}» er ukjent for denne miljologg-versjonen."
        )
    report.lines.append(
        f"Dokument-ID {document_id}, {totals['student'].get('name', '')}, {programme.name}, "
        f"vurdert per {format_date(judged_on)}."
    )
    text = " ".join(pages)
    if f"Dokument-ID {document_id}" not in text:
        report.problems.append(f"Dokument-ID-en {document_id} i vedlegget står ikke på sidene.")

    keys = _keys(records, report)
    signed = _signatures(records, keys, student_id, report)
    _recompute(signed, context, programme, judged_on, period, filtered, signed_doc, report)
    _totals(printed, signed_doc, programme, report)
    _summary_text(pages, printed, report)
    _signatures_text(pages, printed, signed_doc, report)
    used = {(s.payload.supervisor, s.fingerprint) for s in signed if s.valid and not s.void}
    for name, fp in sorted(used):
        if fp and crypto.format_fingerprint(fp) not in text:
            report.problems.append(
                f"Fingeravtrykket til {name}s nøkkel ({crypto.format_fingerprint(fp)}) står "
                "ikke i PDF-en."
            )
    unsigned = printed.get("total", {}).get("counted_minutes", 0) - sum(
        int(signed_doc[k].get("total", 0)) for k in ("digital", "paper")
    )
    paper = sum(1 for s in signed if s.method == "paper" and not s.void)
    report.lines.append(
        "Ikke kontrollerbart fra PDF-en: "
        + (
            f"{format_hours(max(0, unsigned))} godkjente timer er ikke signert; "
            if unsigned
            else ""
        )
        + (f"{paper} møter er signert på papir (se de innskannede arkene); " if paper else "")
        + "veiledernes godkjenninger og oppmøtet er studentens egne opplysninger."
    )


def _keys(records: dict[str, Any], report: DossierReport) -> dict[tuple[str, str], Any]:
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
            report.problems.append("En offentlig nøkkel i vedlegget er skadet.")
            continue
        if crypto.fingerprint(key) != fp:
            report.problems.append(
                f"Nøkkelen {crypto.format_fingerprint(fp)} har et annet fingeravtrykk enn den "
                "oppgir."
            )
            continue
        keys[(sid, fp)] = key
    return keys


def _signatures(
    records: dict[str, Any],
    keys: dict[tuple[str, str], Any],
    student_id: str,
    report: DossierReport,
) -> list[_Signed]:
    out: list[_Signed] = []
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
            report.problems.append("Et signert møte i vedlegget er skadet og kan ikke leses.")
            continue
        label = _describe(payload)
        if session_id is not None and session_id != payload.id:
            report.problems.append(f"Signaturen for møtet {label} er knyttet til et annet møte.")
            continue
        if payload.student_id != student_id:
            report.problems.append(f"Det signerte møtet {label} gjelder en annen student.")
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
                report.problems.append(
                    f"Signaturen for møtet {label}: nøkkelen {crypto.format_fingerprint(fp)} "
                    "finnes ikke i vedlegget."
                )
                valid = False
            elif not crypto.verify(key, data, signature):
                report.problems.append(
                    f"Signaturen for møtet {label} er ugyldig: den stemmer ikke med det "
                    "signerte innholdet og nøkkelen."
                )
                valid = False
        elif method != "paper":
            report.problems.append(f"Signaturen for møtet {label} har ukjent metode «{method}».")
            valid = False
        out.append(_Signed(payload, method, fp, void, valid))
    good = sum(1 for s in out if s.valid and s.method in DIGITAL)
    report.lines.append(
        f"{good} av {digital} digitale signaturer er gyldige ({len(keys)} nøkler i vedlegget)."
    )
    return out


def _describe(p: crypto.SessionPayload) -> str:
    return f"{format_date(p.date)}, {p.minutes} min ({p.supervisor})"


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


def _recompute(
    signed: list[_Signed],
    context: Any,
    programme: Any,
    judged_on: dt.date,
    period: tuple[dt.date, ...],
    filtered: bool,
    signed_doc: dict[str, Any],
    report: DossierReport,
) -> None:
    """The signed part of each requirement, from the signed payloads (module doc, point 3)."""
    groups: dict[str, list[Session]] = {"digital": [], "paper": []}
    for s in signed:
        if s.void or not s.valid or (filtered and not period[0] <= s.payload.date <= period[1]):
            continue
        try:
            session = _session(s.payload)
        except ValueError:
            report.problems.append(f"Det signerte møtet {_describe(s.payload)} har ukjent form.")
            continue
        groups["digital" if s.method in DIGITAL else "paper"].append(session)
    labels = {r: r for r in REQUIREMENT_KEYS}
    from miljologg.core.rules import REQUIREMENT_LABELS

    labels.update(REQUIREMENT_LABELS)
    agree = True
    for kind, sessions in groups.items():
        got = counted_minutes(sessions, context, programme, judged_on)
        stated = signed_doc.get(kind, {})
        for key in REQUIREMENT_KEYS:
            if int(stated.get(key, -1)) != got[key]:
                agree = False
                what = "digitalt signerte" if kind == "digital" else "papirsignerte"
                report.problems.append(
                    f"{labels[key]}: PDF-en oppgir {format_hours(int(stated.get(key, 0)))} "
                    f"{what} timer, men de signerte møtene gir {format_hours(got[key])}."
                )
        if kind == "digital" and agree:
            report.lines.append(
                "Signerte timer regnet ut på nytt med regelmotoren fra de signerte møtene: "
                + ", ".join(f"{labels[k]} {format_hours(got[k])}" for k in REQUIREMENT_KEYS)
                + " – stemmer med PDF-en."
            )


def _totals(
    printed: dict[str, Any], signed_doc: dict[str, Any], programme: Any, report: DossierReport
) -> None:
    """The embedded totals agree with the programme and with themselves (module doc, point 4)."""
    try:
        for key in REQUIREMENT_KEYS:
            r = printed[key]
            required = (
                programme.supervision_total_minutes
                if key == "total"
                else programme.supervision_minutes(Form(key))
            )
            label = r["label"]
            if int(r["required_minutes"]) != required:
                report.problems.append(
                    f"{label}: PDF-en oppgir kravet {format_hours(int(r['required_minutes']))}, "
                    f"men programmet krever {format_hours(required)}."
                )
            counted = int(r["counted_minutes"])
            if int(r["remaining_minutes"]) != max(0, required - counted):
                report.problems.append(f"{label}: gjenstående timer stemmer ikke med kravet.")
            signed = sum(int(signed_doc[k][key]) for k in ("digital", "paper"))
            if signed > counted:
                report.problems.append(
                    f"{label}: flere signerte timer ({format_hours(signed)}) enn godkjente "
                    f"({format_hours(counted)})."
                )
        forms = sum(int(printed[k]["counted_minutes"]) for k in REQUIREMENT_KEYS[:3])
        if forms != int(printed["total"]["counted_minutes"]):
            report.problems.append("Totalen for veiledning er ikke summen av de tre formene.")
    except (KeyError, TypeError, ValueError):
        report.problems.append(f"Vedlegget «{TOTALS_NAME}» mangler tall for et krav.")


_HOURS = r"(\d[\d ]*(?:,\d)? t|–)"


def _row(text: str, label: str, columns: int) -> list[str] | None:
    pattern = re.escape(label) + "".join(r"\s+" + _HOURS for _ in range(columns))
    match = re.search(pattern, text)
    return list(match.groups()) if match else None


def _summary_text(pages: list[str], printed: dict[str, Any], report: DossierReport) -> None:
    """The summary page says what the attachment says (required, counted, remaining)."""
    page = next((p for p in pages if "Sammendrag" in p and "Påkrevd" in p), None)
    if page is None:
        report.problems.append("Fant ikke sammendragssiden i PDF-en.")
        return
    start = page.find("studieprogrammets krav")
    section = page[start:] if start >= 0 else page
    bad = 0
    for key in REQUIREMENT_KEYS:
        r = printed.get(key)
        if r is None:
            continue
        cells = _row(section, r["label"], 4)
        expected = [
            format_hours(int(r["required_minutes"])),
            format_hours(int(r["counted_minutes"])),
            format_hours(int(r["uncounted_minutes"])) if r["uncounted_minutes"] else "–",
            format_hours(int(r["remaining_minutes"])),
        ]
        if cells != expected:
            bad += 1
            shown = " / ".join(cells) if cells else "ikke funnet"
            report.problems.append(
                f"Sammendraget: «{r['label']}» står som {shown}, men vedlegget sier "
                f"{' / '.join(expected)}."
            )
    if not bad:
        report.lines.append("Tallene på sammendragssiden stemmer med vedlegget.")


def _signatures_text(
    pages: list[str], printed: dict[str, Any], signed_doc: dict[str, Any], report: DossierReport
) -> None:
    """The «Signaturer» table says what the attachment says (counted, digital, paper)."""
    page = next((p for p in pages if "Signert digitalt" in p and "Signert på papir" in p), None)
    if page is None:
        report.problems.append("Fant ikke tabellen over signerte timer i PDF-en.")
        return
    for key in REQUIREMENT_KEYS:
        r = printed.get(key)
        if r is None:
            continue
        cells = _row(page, r["label"], 4)
        digital, paper = int(signed_doc["digital"][key]), int(signed_doc["paper"][key])
        counted = int(r["counted_minutes"])
        expected = [
            format_hours(counted),
            format_hours(digital),
            format_hours(paper),
            format_hours(max(0, counted - digital - paper)),
        ]
        if cells is None or cells[:4] != expected:
            shown = " / ".join(cells[:4]) if cells else "ikke funnet"
            report.problems.append(
                f"Signaturtabellen: «{r['label']}» står som {shown}, men vedlegget sier "
                f"{' / '.join(expected)}."
            )
