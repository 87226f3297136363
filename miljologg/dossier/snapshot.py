"""The dossier's input, frozen: what a dossier is made from, attached to it so it can be made again.

``take`` reads everything the dossier builder needs from the open data file — the profile, the
log (restricted to the period), the sign-offs, the pinned keys, the paper scans — together with
the options (programme, scheme, period) and the moment it was made. ``content.compute`` turns
a snapshot into what the pages print with the rules engine alone, so the builder and
``verify-dossier`` (which has only the PDF) run the same code on the same input.

The snapshot is attached to the PDF as ``INPUT_NAME`` (``snapshot_json.to_json``), each scan
as a file of its own (``Snapshot.scan_attachments``). It holds only what the dossier prints or
counts with: reflection notes, which the dossier never prints, are left out, and so is every
session outside the period.

Times are kept with the UTC offset of the computer that made the dossier, and a sign-off's date
is read from that, so a dossier checked on a computer in another time zone prints the same date.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from miljologg.core.i18n import SOURCE_LANGUAGE, current_language
from miljologg.core.model import KeyInfo, Log, Profile, Scan, copy_fields
from miljologg.core.sign_off import SignOff

if TYPE_CHECKING:
    from miljologg.services.app import Services

INPUT_NAME = "miljologg-grunnlag.json"
INPUT_FORMAT = "miljologg-dossier-input"
INPUT_VERSION = 1
#: Bumped whenever what the pages draw changes for the same input (tests/dossier/
#: test_layout_version.py fails until it is). A dossier of another layout is compared on its
#: text and figures only (``verify``), since its drawing cannot be remade.
LAYOUT_VERSION = 6

_MEDIA_SUFFIX = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


class SnapshotError(ValueError):
    """The attached input cannot be read (damaged or of an unknown format); Norwegian text."""


@dataclass(frozen=True)
class ScanRecord(Scan):
    """A paper sign-off scan and the name of the attachment that carries it in the PDF."""

    attachment: str = field(kw_only=True)


@dataclass(frozen=True)
class MadeBy:
    """Which program drew the pages: a dossier is remade exactly only by the same layout."""

    miljologg: str
    layout: int
    reportlab: str
    pypdf: str

    @staticmethod
    def current() -> MadeBy:
        import pypdf
        import reportlab

        from miljologg import version

        return MadeBy(version(), LAYOUT_VERSION, reportlab.Version, pypdf.__version__)

    def same_drawing(self, other: MadeBy) -> bool:
        """Whether pages drawn by ``other`` can be remade byte for byte by this one."""
        return (self.layout, self.reportlab, self.pypdf) == (
            other.layout,
            other.reportlab,
            other.pypdf,
        )


@dataclass(frozen=True)
class Snapshot:
    """Everything a dossier is made from (module doc)."""

    made_by: MadeBy
    created: dt.datetime  # the PDF's creation date (SOURCE_DATE_EPOCH when set)
    today: dt.date  # the date printed as «produsert» and the rules engine's day
    programme_id: str
    scheme_id: str | None
    period: tuple[dt.date, dt.date] | None
    log: Log
    sign_offs: Mapping[str, SignOff] = field(default_factory=dict)
    keys: Mapping[str, tuple[tuple[str, KeyInfo], ...]] = field(default_factory=dict)
    scans: tuple[ScanRecord, ...] = ()
    #: The audit chain head when the dossier was made (``services.anchors``): an anchor that
    #: ``audit verify --anchor DOSSIER.pdf`` compares the log's chain with. Not printed.
    chain: Mapping[str, Any] | None = None
    #: The language the pages are written in (nb, nn or en): chosen when the dossier is made,
    #: so verify-dossier remakes the pages in it whatever the verifier's own language.
    language: str = SOURCE_LANGUAGE

    @property
    def profile(self) -> Profile:
        assert self.log.profile is not None
        return self.log.profile

    def scan_attachments(self) -> dict[str, bytes]:
        return {s.attachment: s.data for s in self.scans if s.data is not None}


# -- from the data file ---------------------------------------------------------------------


def filter_log(log: Log, period: tuple[dt.date, dt.date]) -> Log:
    """The log restricted to a period (both ends included).

    Sessions are those inside the period. Attendance is kept from the start of the programme up
    to the period's end: attendance is a percentage of all teaching so far, and dropping the
    days before the period would make the rules engine report them as unregistered absences.
    """
    start, end = period
    return replace(
        log,
        sessions=tuple(s for s in log.sessions if start <= s.date <= end),
        attendance=tuple(a for a in log.attendance if a.date <= end),
    )


def source_date(env: Mapping[str, str] | None = None) -> dt.datetime | None:
    """``SOURCE_DATE_EPOCH`` (reproducible builds) as a UTC time, or None when unset or bad."""
    raw = (os.environ if env is None else env).get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(raw), dt.UTC)


def take(
    services: Services,
    profile: Profile,
    programme_id: str,
    scheme_id: str | None,
    period: tuple[dt.date, dt.date] | None,
    env: Mapping[str, str] | None = None,
) -> Snapshot:
    """Read the dossier's input from the data file (see module doc)."""
    fixed = source_date(env)
    created = fixed or services.ctx.now().astimezone()
    today = services.ctx.today()  # the day the numbers are judged: always the real one
    full = services.status.log()
    log = filter_log(full, period) if period else full
    log = replace(
        log,
        profile=profile,
        sessions=tuple(replace(s, reflection="") for s in log.sessions),  # never printed
    )
    in_log = {s.id for s in log.sessions}
    # each ``at`` carries this computer's UTC offset, so the date printed is the one it was made on
    sign_offs = {
        sid: item
        for sid, item in services.signing.sign_offs(checked=True).items()
        if sid in in_log and item.state != "unsigned"
    }
    keys: dict[str, tuple[tuple[str, KeyInfo], ...]] = {}
    for sid in sorted({s.supervisor_id for s in log.sessions}):
        pairs = []
        for origin, lookup in (
            ("in_person", services.signing.in_person_key),
            ("file", services.signing.file_key),
        ):
            info = lookup(sid)
            if info is not None:
                pairs.append((origin, info))
        if pairs:
            keys[sid] = tuple(pairs)
    scans = tuple(
        copy_fields(
            ScanRecord, s, attachment=f"miljologg-skann-{n}{_MEDIA_SUFFIX.get(s.media_type, '')}"
        )
        for n, s in enumerate(services.paper.scans(with_data=True), start=1)
    )
    made_by = MadeBy.current()
    head = services.anchors.head()
    return Snapshot(
        made_by,
        created,
        today,
        programme_id,
        scheme_id,
        period,
        log,
        sign_offs,
        keys,
        scans,
        head.as_dict() if head else None,
        current_language(),
    )
