"""What the shell's tests share: message boxes recorded instead of shown."""

from __future__ import annotations

from typing import Any

import pytest

from miljologg.ui.shell import backup_dialog, lock_message, transfer_actions


class Messages:
    """Records confirm/inform calls instead of showing modal boxes; answers confirm."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []
        self.shown: list[tuple[str, str, bool]] = []

    def confirm(self, _parent: Any, title: str, text: str, yes_text: str = "") -> bool:
        self.asked.append(text)
        return self.answer

    def inform(self, _parent: Any, title: str, text: str, *, error: bool = False) -> None:
        self.shown.append((title, text, error))


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    box = Messages()
    for module in (backup_dialog, transfer_actions, lock_message):
        monkeypatch.setattr(module, "inform", box.inform)
    monkeypatch.setattr(backup_dialog, "confirm", box.confirm)
    return box
