"""A session changed behind the app's back (issue 12 §5): the dossier prints its sign-off as
«Signatur ugyldig», never «Signert», and ``dossier`` says so on the command line."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from miljologg.cli import run
from miljologg.dossier import build_dossier
from miljologg.services.app import Services

from .conftest import pdf_pages
from .test_signing_in_dossier import sign_some


def test_a_session_changed_behind_the_apps_back_is_signatur_ugyldig(
    demo_services: Services, data_file: Path, tmp_path: Path
) -> None:
    ids = sign_some(demo_services, count=3)
    target = demo_services.sessions.get(ids[1])
    con = sqlite3.connect(data_file)
    with con:
        con.execute("UPDATE session SET minutes = minutes + 30 WHERE id = ?", (target.id,))
    con.close()
    demo_services.ctx.invalidate()

    offs = demo_services.signing.sign_offs(checked=True)
    assert offs[target.id].state == "invalid"
    assert offs[ids[0]].state == "signed"
    pages = pdf_pages(build_dossier(demo_services, tmp_path / "d.pdf").path)
    text = " ".join(pages)
    assert "Signatur ugyldig" in text and "endret etter signering" in text
    signed_rows = text.count("Signert ")
    assert signed_rows >= 2  # the two that still hold

    out, err = io.StringIO(), io.StringIO()
    code = run(["--data", str(data_file), "dossier", "--out", str(tmp_path / "e.pdf")],
               env={}, out=out, err=err)  # fmt: skip
    message = err.getvalue()
    assert code == 1 and (tmp_path / "e.pdf").exists()
    assert "Signatur ugyldig" in message and f"{target.date:%d.%m.%Y}" in message
    assert "endret etter signering" in message
