"""The dossier in the committee's language: the demo log's dossier in nynorsk and in English
has none of the app's bokmål words left (only the user's own text, names and quotes), and
verify-dossier remakes it in its own language whatever the verifier speaks."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from miljologg.core.i18n import language
from miljologg.core.programmes import bundled_programmes, bundled_schemes
from miljologg.db.database import open_database
from miljologg.demo import write_demo
from miljologg.dossier import build_dossier
from miljologg.dossier.verify import verify_dossier
from miljologg.services.app import Services
from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers

NOW = dt.datetime(2025, 6, 18, 10, 0, tzinfo=dt.UTC)
SCHEME = "fo-klinisk-sosionom"
QUOTE = re.compile(r"«[^»]*»", re.S)
#: Names of attached files (miljologg-signaturer.json) are names, not words.
FILE_NAME = re.compile(r"\S+\.(?:json|pdf|pem)\b")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Services:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    services = Services(open_database(path), now=lambda: NOW)
    write_demo(services)
    return services


def _user_texts(services: Services) -> list[str]:
    """What the student and the resource files' owners wrote: not the app's words."""
    log = services.status.log()
    texts: list[str] = []
    p = log.profile
    assert p is not None
    texts += [p.name, p.workplace, p.client_group, p.tasks, p.profession_other]
    for s in log.supervisors:
        texts += [s.name, s.workplace, s.position, s.profession_other]
    texts += [s.topic for s in log.sessions]
    texts += [a.title for a in log.assignments] + [a.note for a in log.assignments]
    texts += [a.reason for a in log.attendance]
    texts += [r.comment for r in log.rejections]
    for prog in bundled_programmes().values():
        texts += [prog.name, prog.cohort, prog.provider, prog.source.title]
    for scheme in bundled_schemes().values():
        texts += [scheme.name, scheme.organisation, scheme.source.title]
    return [t for t in texts if t]


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


@pytest.mark.parametrize(("lang", "terms"), [("nn", NOT_NYNORSK), ("en", NOT_ENGLISH)])
def test_no_bokmal_is_left_in_the_dossier(demo: Services, tmp_path: Path, lang, terms) -> None:
    out = tmp_path / f"{lang}.pdf"
    build_dossier(demo, out, scheme_id=SCHEME, language=lang)
    text = FILE_NAME.sub(" ", QUOTE.sub(" ", _text(out)))  # quotes stay as written
    allowed = _user_texts(demo)
    assert len(terms - {w for a in allowed for w in a.lower().split()}) >= 35  # the check bites
    assert leftovers(text, terms, allowed) == []
    bokmal = tmp_path / "nb.pdf"
    build_dossier(demo, bokmal, scheme_id=SCHEME, language="nb")
    assert len(leftovers(QUOTE.sub(" ", _text(bokmal)), terms, allowed)) > 20  # ... would find


def test_the_dossier_language_is_its_own(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "nn.pdf"
    build_dossier(demo, out, language="nn")
    first = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
    assert "Dokumentasjon av rettleiing, oppmøte og arbeidskrav" in first
    with language("en"):  # the verifier reads English; the pages are remade in nynorsk
        report = verify_dossier(out)
    assert report.ok, report.problems
    english = tmp_path / "en.pdf"
    build_dossier(demo, english, language="en")
    assert "Page 1 of" in (PdfReader(english).pages[0].extract_text() or "")
    assert verify_dossier(english).ok  # verified in bokmål


@pytest.mark.parametrize(
    ("lang", "signed", "by"), [("en", "Signed", "by"), ("nb", "Signert", "av")]
)
def test_the_log_leaves_the_supervisors_name_to_its_column(
    demo: Services, tmp_path: Path, lang: str, signed: str, by: str
) -> None:
    """The session log's sign-off cell drops «by <supervisor>» in every language, as bokmål
    always did: the name is in the supervisor column (an English row used to repeat it)."""
    out = build_dossier(demo, tmp_path / f"{lang}.pdf", language=lang).path
    text = " ".join(_text(out).split())  # a cell's line breaks are spaces
    names = [s.name for s in demo.status.log().supervisors]
    assert text.count(f"{signed} ") >= 10
    assert [n for n in names if f" {by} {n} (" in text] == []
