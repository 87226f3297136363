"""Dokumentasjon shows the chosen scheme with each requirement's verdict and quoted source, and
its prerequisites as a checklist that confirms and withdraws."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from miljologg.core.programmes import bundled_schemes
from miljologg.services.app import Services
from miljologg.ui.dossier.page import DossierPage


def _page(qtbot: QtBot, services: Services) -> DossierPage:
    page = DossierPage(services, chooser=lambda *args: "")
    qtbot.addWidget(page)
    page.resize(1024, 900)
    page.show()
    return page


def _pick(page: DossierPage, scheme_id: str) -> None:
    page.scheme.setCurrentIndex(page.scheme.findData(scheme_id))


def test_the_panel_shows_verdicts_routes_and_sources(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    assert not page.scheme_info.isVisible()  # «Bare studieprogrammet»
    _pick(page, "fo-klinisk-sosionom")
    assert page.scheme_info.isVisible()
    text = page.scheme_info.text.text()
    assert "Løp 1: Klinisk sosionom – alle fordypninger" in text and "ett av løpene er nok" in text
    for rule in bundled_schemes()["fo-klinisk-sosionom"].all_rules:
        assert rule.citation is not None and rule.citation.url in text
    assert "Motta totalt 200 timer veiledning over minst 3 år." in text
    assert "(lest 29.11.2026)" in text
    _pick(page, "fagforbundet-klinisk-fagstige-niva-1")
    assert "ikke verifisert" in page.scheme_info.text.text()
    assert "høyskole" in page.scheme_info.text.text()


def test_prerequisites_are_a_checklist(qtbot: QtBot, services: Services) -> None:
    page = _page(qtbot, services)
    _pick(page, "fo-klinisk-barnevernspedagog")
    box = page.scheme_info.checks["fo_faglig_veileder"]
    assert box.text() == "Du er godkjent faglig veileder av FO" and not box.isChecked()
    box.setChecked(True)
    assert [c.code for c in services.confirmations.list()] == ["fo_faglig_veileder"]
    status = services.status.scheme_status("fo-klinisk-barnevernspedagog")
    assert next(r for r in status.requirements if r.key == "faglig-veileder").met
    assert page.scheme_info.checks["fo_faglig_veileder"].isChecked()  # rebuilt, still ticked
    page.scheme_info.checks["fo_faglig_veileder"].setChecked(False)
    assert services.confirmations.list() == ()
    assert services.status.verify_audit().ok


def test_the_panel_speaks_the_apps_language(qtbot: QtBot, services: Services, qapp) -> None:
    """The words around the figures come from the Qt catalogue, and the verdicts have the one
    colour rule's colours (ui.widgets.levels), as on every other page."""
    from PySide6.QtCore import QLocale

    from miljologg.core.figures import Level
    from miljologg.core.i18n import current_language, set_language
    from miljologg.ui.shell.translations import install_translations, remove_translations
    from miljologg.ui.widgets.levels import level_hex

    before, locale = current_language(), QLocale()
    installed = install_translations(qapp, "en")  # sets the process's language and locale too
    try:
        page = _page(qtbot, services)
        _pick(page, "fo-klinisk-sosionom")
        text = page.scheme_info.text.text()
    finally:  # later tests speak bokmål again
        remove_translations(qapp, installed)
        set_language(before)
        QLocale.setDefault(locale)
    assert "The scheme as a whole: not met</b> (any one route is enough)." in text
    assert "(read 29 Nov 2026)" in text and "not confirmed" in text
    assert "Ordningen samlet" not in text and "(lest " not in text and "ikke oppfylt" not in text
    assert level_hex(Level.WARNING) in text  # an unmet requirement
    assert "Motta totalt 200 timer veiledning over minst 3 år." in text  # quotes stay as written
