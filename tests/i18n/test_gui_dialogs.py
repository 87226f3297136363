"""Every dialog of the app in English and nynorsk: no bokmål word of the app's own is left.

The page walk (test_gui_language.py) reads the window's pages and menus; this one opens each
dialog the app has (tests/ui/dialogs.py: one factory per QDialog subclass of miljologg.ui, so a
new dialog is walked too) — the session, supervisor, attendance, assignment, profile, backup,
signing, key, report, user guide, about and welcome dialogs — built after the language is
switched, and reads every text on it (hidden ones too: a field hidden for one form or role shows
for another). The same walk in bokmål finds the app's words in nearly every dialog, so the check
can fail.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QTextEdit

from miljologg.services.app import Services
from miljologg.ui.widgets.common import message_box, question_box
from tests.i18n.bokmal_terms import NOT_ENGLISH, NOT_NYNORSK, leftovers_exact
from tests.i18n.test_dossier_language import _user_texts
from tests.i18n.test_gui_language import ENDONYMS, URL, _quotes, screen_texts
from tests.ui.dialogs import FACTORIES

#: Kept as written in every language: the file names and the command line the texts quote.
_VERBATIM = re.compile(r"`[^`]*`|\bmiljologg[\w.-]*")


#: Combo boxes a dialog relabels itself by (SessionDialog: «Antall du veiledet» for given).
_STATES = ("form", "status")


def _texts(dialog: QDialog) -> list[str]:
    """``screen_texts`` and the text of a text browser (the user guide, «Om miljologg»)."""
    return screen_texts(dialog) + [t.toPlainText() for t in dialog.findChildren(QTextEdit)]


def _walk_dialogs(qtbot, services: Services, tmp_path: Path, terms: frozenset[str]) -> dict:
    """Open every dialog; the leftover terms of each (none: absent), and how many were read."""
    found: dict[str, list[str]] = {}
    seen: list[QDialog] = []
    for name, factory in sorted(FACTORIES.items()):
        folder = tmp_path / name
        folder.mkdir()
        for dialog in factory(services, folder):
            qtbot.addWidget(dialog)
            dialog.show()
            seen.append(dialog)
            allowed = [*_user_texts(services), *ENDONYMS, *_quotes()]
            texts = _texts(dialog)
            for attr in _STATES:  # each state that relabels the dialog (a form, a status)
                combo = getattr(dialog, attr, None)
                if isinstance(combo, QComboBox):
                    for index in range(combo.count()):
                        combo.setCurrentIndex(index)
                        texts += _texts(dialog)
            shown = URL.sub(" ", _VERBATIM.sub(" ", "\n".join(texts)))
            left = leftovers_exact(shown, terms, allowed)
            if left:
                key = f"{name}/{type(dialog).__name__}"
                found.setdefault(key, []).extend(w for w in left if w not in found.get(key, []))
            dialog.close()
    assert len(seen) >= len(FACTORIES)
    return found


@pytest.mark.parametrize(("lang", "terms"), [("en", NOT_ENGLISH), ("nn", NOT_NYNORSK)])
def test_every_dialog_speaks_the_language(
    qtbot, speak, services: Services, tmp_path: Path, lang: str, terms: frozenset[str]
) -> None:
    speak(lang)
    assert _walk_dialogs(qtbot, services, tmp_path, terms) == {}


def test_the_dialog_walk_finds_bokmal_where_there_is_some(
    qtbot, services: Services, tmp_path: Path
) -> None:
    found = _walk_dialogs(qtbot, services, tmp_path, NOT_ENGLISH)
    walked = {name.split("/")[0] for name in found}
    assert walked == set(FACTORIES), set(FACTORIES) - walked


@pytest.mark.parametrize(
    ("lang", "yes", "no"), [("nb", "Ja", "Nei"), ("nn", "Ja", "Nei"), ("en", "Yes", "No")]
)
def test_questions_and_messages_answer_in_the_language(
    qtbot, speak, lang: str, yes: str, no: str
) -> None:
    """``confirm`` and ``inform`` (every «are you sure?» and every notice of the app). Before:
    their buttons were marked for translation but never looked up: «Ja»/«Nei» in English."""
    speak(lang)
    question = question_box(None, "?", "?")
    qtbot.addWidget(question)
    assert {b.text() for b in question.buttons()} == {yes, no}
    default = question.defaultButton()
    assert default is not None and default.text() == no  # the safe answer
    named = question_box(None, "?", "?", "Slett")  # a caller's own yes (translated by it)
    qtbot.addWidget(named)
    assert {b.text() for b in named.buttons()} == {"Slett", no}
    notice = message_box(None, "!", "!")
    qtbot.addWidget(notice)
    assert [b.text() for b in notice.buttons()] == ["OK"]
