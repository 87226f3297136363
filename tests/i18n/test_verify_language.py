"""``verify-dossier`` speaks the verifier's language (``--language``), whatever the dossier's:
a nynorsk dossier checked with ``--language en``, genuine and edited (a page removed, a signed
session's minutes changed), prints English with none of the app's bokmål words, while the same
check in bokmål does have them. The pages are still remade in the dossier's own language, and
the page furniture is recognised in it (``pages.furniture``)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from miljologg.cli import run
from miljologg.core import signing as crypto
from miljologg.dossier import build_dossier
from miljologg.dossier.pages import furniture
from miljologg.dossier.proof import RECORDS_NAME
from miljologg.services.app import Services
from tests.dossier import tamper
from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers
from tests.i18n.test_dossier_language import _user_texts, demo  # noqa: F401 - the fixture

#: Quotes are the dossier's own words (a changed page is quoted as it reads), file names are
#: names.
QUOTE = re.compile(r"«[^»]*»", re.S)
PATH = re.compile(r"\S+\.(?:json|pdf)\b")


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), env={}, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def nynorsk(demo: Services, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    folder = tmp_path_factory.mktemp("verify-language")
    return build_dossier(demo, folder / "nn.pdf", language="nn").path


def _edited(src: Path, tmp_path: Path) -> Path:
    """A page removed and one signed session's minutes changed in the signature attachment."""
    removed = tamper.remove_page(src, tmp_path / "removed.pdf", 1)
    doc = json.loads(tamper.attachment(removed, RECORDS_NAME))
    sig = doc["signatures"][0]
    text = crypto.b64decode(sig["payload"]).decode()
    minutes = crypto.parse_payload(text.encode()).minutes
    sig["payload"] = crypto.b64encode(
        text.replace(f"minutes={minutes}\n", f"minutes={minutes + 1}\n").encode()
    )
    return tamper.replace_attachment(
        removed, tmp_path / "edited.pdf", RECORDS_NAME, json.dumps(doc).encode()
    )


def _said(text: str) -> str:
    return PATH.sub(" ", QUOTE.sub(" ", text))


def test_a_good_dossier_is_verified_in_english(demo: Services, nynorsk: Path) -> None:  # noqa: F811
    code, out, err = cli("--language", "en", "verify-dossier", str(nynorsk))
    assert code == 0, err
    assert "digital signatures are valid" in out and "Not verifiable from the PDF:" in out
    assert out.rstrip().endswith(f"Everything checks out: {nynorsk}")
    assert leftovers(_said(out), NOT_ENGLISH, _user_texts(demo)) == []
    code, out_nb, _err = cli("--language", "nb", "verify-dossier", str(nynorsk))
    assert code == 0 and out_nb.rstrip().endswith(f"Alt stemmer: {nynorsk}")
    assert len(leftovers(_said(out_nb), NOT_ENGLISH, _user_texts(demo))) > 10


@pytest.mark.parametrize(("lang", "terms"), [("en", NOT_ENGLISH), ("nn", NOT_NYNORSK)])
def test_an_edited_dossier_is_named_in_the_verifiers_language(
    demo: Services,  # noqa: F811
    nynorsk: Path,
    tmp_path: Path,
    lang: str,
    terms: frozenset[str],
) -> None:
    edited = _edited(nynorsk, tmp_path)
    code, out, err = cli("--language", lang, "verify-dossier", str(edited))
    assert code == 1, out + err
    said = out + err
    if lang == "en":
        assert "Page 2 of the document is missing from the PDF" in err
        assert "is invalid: it does not match the signed content and the key" in err
        assert re.search(r": 5 errors:", err) is not None
    assert leftovers(_said(said), terms, _user_texts(demo)) == []
    code, out_nb, err_nb = cli("--language", "nb", "verify-dossier", str(edited))
    assert code == 1
    assert "Side 2 av dokumentet mangler i PDF-en" in err_nb
    assert len(leftovers(_said(out_nb + err_nb), terms, _user_texts(demo))) > 5


def test_the_furniture_is_read_in_the_dossiers_language() -> None:
    page = (
        "Kari Nordmann Document ID 3F2A-9C01-AB12 Supervision Page 2 of 9 Supervision "
        "dossier · produced 10 Mar 2025 with miljologg 1.4.0"
    )
    english = page
    for pattern in furniture("en"):
        english = pattern.sub(" ", english)
    assert english.split() == ["Kari", "Nordmann", "Supervision"]
    bokmal = page
    for pattern in furniture("nb"):
        bokmal = pattern.sub(" ", bokmal)
    assert bokmal == page  # bokmål furniture is not English furniture
    assert furniture("nn")[0].findall("Dokument-ID 3F2A-9C01-AB12") == ["3F2A-9C01-AB12"]
