"""``verify-dossier``: check a dossier PDF with nothing but the PDF (no data file).

A dossier carries what it was made from (``snapshot``: the log of the period, the sign-offs,
the keys, the options, the time, the version and layout that drew it; each paper scan as an
attachment of its own). The check:

1. **Every page.** The dossier is made again from that input, by the same code that made it,
   and compared with the PDF page by page (``pages``): each page that differs, is missing, was
   added or stands in the wrong place is named. A PDF drawn by another layout (another
   miljologg or PDF library) is compared on its text and figures instead, and the report says
   so. The totals attachment must be exactly what the input gives, and every scan must be
   attached unchanged.
2. **The signatures** (``verify_proof``): every signature valid; the signed hours recomputed by
   the rules engine from the signed records; every session the input calls signed covered by a
   valid signature over that very session; every key that signed listed with its fingerprint.

«Alt stemmer» only when every page is reproduced and every signature holds. What no check of
the PDF can vouch for — hours nobody signed, attendance and approvals (the student's own
statements, declared on the last page), paper sign-offs (the scans are there to be read) and
who holds a key (compare the fingerprint) — is said in every report and on the cover.

Bad input (no such file, a folder, not a PDF) is ``DossierReport.bad_input``: the command line
exits 2 for it, 1 for a failed check.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from miljologg.core import signing as crypto
from miljologg.core.i18n import Language, _, is_language, language, ngettext
from miljologg.core.units import format_date, format_hours
from miljologg.dossier.proof import RECORDS_NAME, TOTALS_FORMAT, TOTALS_NAME, context_log
from miljologg.dossier.snapshot import INPUT_NAME, MadeBy, Snapshot, SnapshotError
from miljologg.dossier.verify_input import BadInputError, open_pdf
from miljologg.dossier.verify_proof import (
    RECORDS_FORMAT,
    Signed,
    StopError,
    check_keys,
    check_sign_offs,
    check_signatures,
    check_totals,
    read_json,
    recompute,
)

log = logging.getLogger(__name__)


@dataclass
class DossierReport:
    """``lines`` say what was checked; ``problems`` what failed (exit 1 if any). Both are made in
    the language in force when ``verify_dossier`` runs (the verifier's, ``--language``); only
    the pages made again for the comparison speak the dossier's own.

    ``bad_input`` is set when the file could not be checked at all (exit 2); ``complete`` is
    False when the pages could be compared on their text and figures only.
    """

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    bad_input: str | None = None
    complete: bool = True

    @property
    def ok(self) -> bool:
        return not self.problems and self.bad_input is None

    @property
    def verdict(self) -> str:
        if self.bad_input is not None:
            return self.bad_input
        if self.problems:
            n = len(self.problems)
            # TRANSLATORS: «feil» is the same word for one and for more.
            return ngettext("Fant {n} feil", "Fant {n} feil", n).format(n=n)
        if not self.complete:
            return _("Tekst, tall og signaturer stemmer (tegningen er ikke sammenlignet)")
        return _("Alt stemmer")


def verify_dossier(path: Path) -> DossierReport:
    """Check a dossier PDF; never raises for a bad file (the report says what is wrong)."""
    report = DossierReport()
    try:
        _verify(Path(path), report)
    except BadInputError as bad:
        report.bad_input = str(bad)
    except StopError as stop:
        report.problems.append(str(stop))
    return report


# -- the checks -----------------------------------------------------------------------------


def _verify(path: Path, report: DossierReport) -> None:
    reader, attachments = open_pdf(path)
    records = read_json(attachments, RECORDS_NAME, RECORDS_FORMAT)
    totals = read_json(attachments, TOTALS_NAME, TOTALS_FORMAT)
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
        raise StopError(
            _("Vedlegget «{name}» er skadet (felt mangler eller er ugyldige).").format(
                name=TOTALS_NAME
            )
        ) from None
    from miljologg.core.programmes import bundled_programmes

    programme = bundled_programmes().get(programme_id)
    if programme is None:
        raise StopError(
            _("Studieprogrammet «{id}» er ukjent for denne miljologg-versjonen.").format(
                id=programme_id
            )
        )
    pages = len(reader.pages)
    report.lines.append(
        ngettext(
            "Dokument-ID {document_id}, {name}, {programme}, vurdert per {date}, {n} side.",
            "Dokument-ID {document_id}, {name}, {programme}, vurdert per {date}, {n} sider.",
            pages,
        ).format(
            document_id=document_id,
            name=totals["student"].get("name", ""),
            programme=programme.name,
            date=format_date(judged_on),
            n=pages,
        )
    )
    snap = _pages(reader, attachments, document_id, student_id, report)
    problems, lines = report.problems, report.lines
    keys = check_keys(records, problems)
    signed = check_signatures(records, keys, student_id, lines, problems)
    recompute(signed, context, programme, judged_on, period, filtered, signed_doc, lines, problems)
    check_totals(printed, signed_doc, programme, problems)
    if snap is not None:
        check_sign_offs(snap, signed, lines, problems)
        _keys_printed(snap, signed, problems)
    _cannot_vouch(printed, signed_doc, signed, report)


def _pages(
    reader: Any,
    attachments: dict[str, bytes],
    document_id: str,
    student_id: str,
    report: DossierReport,
) -> Snapshot | None:
    """Make the dossier again from its input and compare it page by page (module doc, 1)."""
    from miljologg.dossier.snapshot_json import from_json

    data = attachments.get(INPUT_NAME)
    if data is None:
        report.problems.append(
            _(
                "PDF-en mangler grunnlaget «{name}»: sidene kan ikke lages på nytt, så ingen "
                "side er kontrollert (vedlegget er fjernet, eller PDF-en er laget av en "
                "miljologg som ikke la det ved)."
            ).format(name=INPUT_NAME)
        )
        return None
    try:
        snap = from_json(data, attachments)
    except SnapshotError as exc:
        report.problems.append(str(exc))
        return None
    if snap.profile.id != student_id:
        report.problems.append(_("Grunnlaget gjelder en annen student enn signaturvedlegget."))
    if not _scans(snap, report):  # a scan that is no scan is never drawn (memory, Pillow)
        report.problems.append(
            _("Sidene er ikke laget på nytt: et skann i PDF-en kan ikke brukes.")
        )
        return snap
    remade = _remake(snap, attachments, document_id, report)
    if remade is None:
        return snap
    from miljologg.dossier.pages import compare_drawn, compare_text

    current = MadeBy.current()
    lang = snap_language(snap)
    if current.same_drawing(snap.made_by):
        result = compare_drawn(reader, remade, document_id, lang)
        if result.problems and current.miljologg != snap.made_by.miljologg:
            result.lines.append(
                _(
                    "PDF-en er laget med miljologg {made_with}; dette er {current}. Med samme "
                    "sideoppsett skal sidene bli like."
                ).format(made_with=snap.made_by.miljologg, current=current.miljologg)
            )
    else:
        m = snap.made_by
        report.complete = False
        report.lines.append(
            _(
                "PDF-en er laget med miljologg {made_with} (sideoppsett {layout}, reportlab "
                "{reportlab}, pypdf {pypdf}); denne versjonen ({current}) tegner sidene "
                "annerledes (sideoppsett {current_layout}, reportlab {current_reportlab}, pypdf "
                "{current_pypdf}). Sidene er derfor sammenlignet på tekst og tall, ikke på det "
                "som er tegnet; bruk miljologg {made_with} for en full kontroll."
            ).format(
                made_with=m.miljologg,
                layout=m.layout,
                reportlab=m.reportlab,
                pypdf=m.pypdf,
                current=current.miljologg,
                current_layout=current.layout,
                current_reportlab=current.reportlab,
                current_pypdf=current.pypdf,
            )
        )
        result = compare_text(reader, remade, lang)
    report.problems += result.problems
    report.lines += result.lines
    return snap


def _scans(snap: Snapshot, report: DossierReport) -> bool:
    """Each scan there and as the input says; False when one may not be drawn at all.

    The input (and with it each scan's SHA-256) is the PDF's own attachment, so a scan is also
    held to what ``signing paper`` accepts: a PNG of 12,000 x 12,000 pixels in a few kB took
    over 600 MB to draw again, with Pillow's English warning on stderr.
    """
    from miljologg.services.errors import ValidationError
    from miljologg.services.scan_file import check_scan

    drawable = True
    for n, scan in enumerate(snap.scans, start=1):
        name = _("Skannet signeringsark {n} («{file}»)").format(n=n, file=scan.attachment)
        if scan.data is None:
            report.problems.append(_("{scan} mangler i vedleggene.").format(scan=name))
            continue
        if hashlib.sha256(scan.data).hexdigest() != scan.sha256:
            report.problems.append(
                _("{scan} er endret: SHA-256 stemmer ikke med grunnlaget.").format(scan=name)
            )
        try:
            check_scan(scan.data)
        except ValidationError as exc:
            report.problems.append(
                _("{scan} kan ikke brukes: {reason}").format(scan=name, reason=exc.message)
            )
            drawable = False
    if snap.scans:
        n = len(snap.scans)
        report.lines.append(
            ngettext(
                "{n} skannet signeringsark er vedlagt.", "{n} skannede signeringsark er vedlagt.", n
            ).format(n=n)
        )
    return drawable


def _remake(
    snap: Snapshot, attachments: dict[str, bytes], document_id: str, report: DossierReport
) -> Any | None:
    """The dossier made again from ``snap`` (pages only), or None with a problem said."""
    from pypdf import PdfReader

    from miljologg.dossier.content import compute
    from miljologg.dossier.proof import totals_json
    from miljologg.dossier.renderer import DossierRenderer
    from miljologg.services.errors import ValidationError

    lang = snap_language(snap)
    try:
        with language(lang):  # the pages' language, whatever the verifier reads
            content = compute(snap)
    except ValidationError as exc:
        report.problems.append(_("Sidene kan ikke lages på nytt: {reason}").format(reason=exc))
        return None
    if content.document_id != document_id:
        report.problems.append(
            _("Grunnlaget gir dokument-ID {remade}, men PDF-en har {document_id}.").format(
                remade=content.document_id, document_id=document_id
            )
        )
    with language(lang):
        totals = totals_json(content, content.signed)
    if totals != attachments.get(TOTALS_NAME):
        report.problems.append(
            _("Vedlegget «{name}» er ikke det grunnlaget gir: tallene er endret.").format(
                name=TOTALS_NAME
            )
        )
    try:
        with language(lang):
            pdf = DossierRenderer(content).render_bytes(attachments=False)
        return PdfReader(io.BytesIO(pdf))
    except Exception:  # noqa: BLE001 - a damaged input (say a scan) must give a message
        log.warning("could not remake the dossier", exc_info=True)
        report.problems.append(_("Sidene kunne ikke lages på nytt fra grunnlaget (det er skadet)."))
        return None


def _keys_printed(snap: Snapshot, signed: list[Signed], problems: list[str]) -> None:
    """Every key that signed is one the dossier prints (its pages are checked above)."""
    printed = {(sid, k.fingerprint) for sid, pairs in snap.keys.items() for _o, k in pairs}
    used = {
        (s.payload.supervisor_id, s.payload.supervisor, s.fingerprint)
        for s in signed
        if s.valid and not s.void and s.fingerprint
    }
    for sid, name, fp in sorted(used):
        if (sid, fp) not in printed:
            problems.append(
                _("Fingeravtrykket til {name}s nøkkel ({fingerprint}) står ikke i PDF-en.").format(
                    name=name, fingerprint=crypto.format_fingerprint(fp)
                )
            )


def _cannot_vouch(
    printed: dict[str, Any], signed_doc: dict[str, Any], signed: list[Signed], report: DossierReport
) -> None:
    unsigned = printed.get("total", {}).get("counted_minutes", 0) - sum(
        int(signed_doc.get(k, {}).get("total", 0)) for k in ("digital", "paper")
    )
    paper = sum(1 for s in signed if s.method == "paper" and not s.void)
    parts = [_("Ikke kontrollerbart fra PDF-en:")]
    if unsigned:
        parts.append(
            _("{hours} godkjente timer er ikke signert;").format(
                hours=format_hours(max(0, unsigned))
            )
        )
    if paper:
        parts.append(
            ngettext(
                "{n} møte er signert på papir (se de innskannede arkene);",
                "{n} møter er signert på papir (se de innskannede arkene);",
                paper,
            ).format(n=paper)
        )
    parts.append(
        _(
            "oppmøtet og veiledernes godkjenninger er studentens egne opplysninger; om en nøkkel "
            "tilhører veilederen, vet bare veilederen (sammenlign fingeravtrykket)."
        )
    )
    report.lines.append(" ".join(parts))


def snap_language(snap: Snapshot) -> Language:
    """The language the dossier was made in (its input says), bokmål for an older one."""
    return snap.language if is_language(snap.language) else "nb"
