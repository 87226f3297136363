"""``miljologg dossier``: exit 0 with path and page count, exit 2 on bad input."""

from __future__ import annotations

import io
from pathlib import Path

from miljologg.cli import run
from miljologg.db.database import open_database
from miljologg.demo import write_demo
from miljologg.services.app import Services

PSY = "psykologforeningen-spesialist"


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run(list(args), env={}, out=out, err=err)
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def _demo(tmp_path: Path) -> Path:
    data = tmp_path / "demo.sqlite"
    write_demo(Services(open_database(data)))
    return data


def test_dossier_writes_the_pdf_and_prints_path_and_pages(tmp_path: Path) -> None:
    data = _demo(tmp_path)
    out = tmp_path / "dossier.pdf"
    code, stdout, err = cli("--data", str(data), "dossier", "--out", str(out), "--scheme", PSY)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in stdout and "sider" in stdout
    code, stdout, err = cli(
        "--data", str(data), "dossier", "--out", str(out), "--from", "01.01.2025", "--to",
        "2025-03-31",
    )  # fmt: skip
    assert code == 0, err


def test_dossier_bad_input_exits_2(tmp_path: Path) -> None:
    data = _demo(tmp_path)
    out = tmp_path / "d.pdf"
    cases = [
        ("--scheme", "finnes-ikke"),
        ("--from", "32.01.2025"),
        ("--from", "01.06.2025", "--to", "01.01.2025"),
    ]
    for extra in cases:
        code, _, err = cli("--data", str(data), "dossier", "--out", str(out), *extra)
        assert code == 2 and err.startswith("miljologg: "), (extra, err)
        assert not out.exists()
    code, _, err = cli("--data", str(data), "dossier")
    assert code == 2  # argparse: «disse argumentene mangler: --out» on stderr
    code, _, err = cli("--data", str(data), "dossier", "--out", str(tmp_path / "nei" / "d.pdf"))
    assert code == 2
