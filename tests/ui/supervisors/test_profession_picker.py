"""The supervisor dialog offers the professions as a list; «Annet …» reveals a text field, a
title ticks its approvals, and what is stored is a code (or «annet» with the text)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from miljologg.core.model import Approval
from miljologg.core.professions import vocabulary
from miljologg.services.app import Services
from miljologg.ui.supervisors.dialog import SupervisorDialog
from miljologg.ui.supervisors.page import SupervisorsPage


@pytest.fixture
def page(qtbot, services: Services) -> SupervisorsPage:
    widget = SupervisorsPage(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def ok(dialog: SupervisorDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_list_is_the_vocabulary_with_titles_and_annet(qtbot, page: SupervisorsPage) -> None:
    dialog = page.new_supervisor()
    items = [dialog.profession.itemText(i) for i in range(dialog.profession.count())]
    assert items[0] == "Ikke oppgitt" and items[-1] == "Annet …"
    names = {p.name for p in vocabulary().professions} | {t.name for t in vocabulary().titles}
    assert set(items[1:-1]) == names
    assert not dialog.profession.isEditable()  # free text only through «Annet …»


def test_annet_reveals_a_field_and_is_stored_with_its_text(
    qtbot, page: SupervisorsPage, services: Services
) -> None:
    dialog = page.new_supervisor()
    qtbot.keyClicks(dialog.name, "Mona Musikk")
    assert not dialog.profession_other.isVisible()
    dialog.profession.setCurrentIndex(dialog.profession.count() - 1)  # «Annet …»
    assert dialog.profession_other.isVisible()
    assert not ok(dialog).isEnabled()  # «Annet» needs its text
    qtbot.keyClicks(dialog.profession_other, "Musikkterapeut")
    assert ok(dialog).isEnabled()
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    mona = services.supervisors.find("Mona Musikk")
    assert (mona.profession, mona.profession_other) == ("annet", "Musikkterapeut")


def test_a_title_ticks_its_approvals_and_editing_shows_the_title(
    qtbot, page: SupervisorsPage, services: Services
) -> None:
    dialog = page.new_supervisor()
    qtbot.keyClicks(dialog.name, "Eva Klinisk")
    dialog.profession.setCurrentText("Klinisk barnevernspedagog")
    assert dialog.approvals[Approval.CLINICAL].isChecked()
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    eva = services.supervisors.find("Eva Klinisk")
    assert (eva.profession, eva.approvals) == ("barnevernspedagog", {Approval.CLINICAL})

    kari = services.supervisors.find("Kari Nordmann")  # stored as sosionom + clinical
    again = SupervisorDialog(kari)
    qtbot.addWidget(again)
    assert again.profession.currentText() == "Klinisk sosionom"
    assert again.data().profession == "Klinisk sosionom"
