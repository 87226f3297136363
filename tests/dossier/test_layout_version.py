"""LAYOUT_VERSION moves with the drawing: a dossier made by one layout is remade byte for byte
only by the same layout, so a change to what the pages draw must bump it (verify-dossier then
compares older dossiers on text and figures instead of failing them on their drawing)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
from pypdf import PdfReader

from miljologg.core.model import Approval, Form, Log, Profile, Session, Supervisor
from miljologg.core.sign_off import SignOff
from miljologg.dossier.content import compute
from miljologg.dossier.pages import page_digests
from miljologg.dossier.renderer import DossierRenderer
from miljologg.dossier.snapshot import LAYOUT_VERSION, MadeBy, Snapshot

#: The layout this digest belongs to, the libraries that drew it, and the digest of the pages of
#: the small dossier below. When the test fails because the pages changed: bump LAYOUT_VERSION
#: in miljologg/dossier/snapshot.py and put the new layout and digest here.
GOLDEN = {
    "layout": 6,
    "reportlab": "5.1.0",
    "pypdf": "7.1.1",
    "digest": "a69630b68033d635ed96c0f5651c1d7f2ad8aa8d53cc45ec78ab544a588e0a5d",
}

UTC = dt.UTC


def _snapshot() -> Snapshot:
    """A small fixed input (fixed ids and times): the same pages on every machine."""
    profile = Profile(id="p-1", name="Test Student", programme_id="rbup-kmaa-2024")
    kari = Supervisor("s-1", "Kari Nordmann", "sosionom", frozenset({Approval.PROGRAMME}))
    sessions = (
        Session("m-1", dt.date(2025, 3, 3), 90, Form.INDIVIDUAL, "s-1", topic="Relasjoner"),
        Session("m-2", dt.date(2025, 3, 17), 45, Form.EXTERNAL_GROUP, "s-1", 4, "Grenser"),
    )
    signed = dt.datetime(2025, 3, 20, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return Snapshot(
        made_by=MadeBy("0", LAYOUT_VERSION, "", ""),
        created=dt.datetime(2025, 6, 18, 10, 0, tzinfo=UTC),
        today=dt.date(2025, 6, 18),
        programme_id="rbup-kmaa-2024",
        scheme_id=None,
        period=None,
        log=Log(supervisors=(kari,), sessions=sessions, profile=profile),
        sign_offs={"m-1": SignOff("m-1", "signed", "paper", "Kari Nordmann", signed)},
    )


def test_the_pages_change_only_with_the_layout_version() -> None:
    current = MadeBy.current()
    if (current.reportlab, current.pypdf) != (GOLDEN["reportlab"], GOLDEN["pypdf"]):
        pytest.skip("other PDF library versions draw other bytes; the digest is for these")
    pdf = DossierRenderer(compute(_snapshot())).render_bytes(attachments=False)
    digest = hashlib.sha256("".join(page_digests(PdfReader(io.BytesIO(pdf)))).encode()).hexdigest()
    assert (LAYOUT_VERSION, digest) == (GOLDEN["layout"], GOLDEN["digest"]), (
        "The dossier's pages are drawn differently now: bump LAYOUT_VERSION in "
        f"miljologg/dossier/snapshot.py and set GOLDEN to layout {LAYOUT_VERSION + 1}, "
        f"digest {digest!r} (the drawing changed, so older dossiers are compared on text)."
    )
