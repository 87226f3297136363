"""The one file chooser: Norwegian labels, save or open, the accept text, and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from miljologg.ui.widgets.file_chooser import FileKind, choose_file


def _answer(act) -> list[QFileDialog]:
    """Run ``act`` on the file dialog once it is open; returns the dialogs seen."""
    seen: list[QFileDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def test_save_dialog_speaks_norwegian_and_returns_the_path(qtbot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "ny.sqlite"
    labels: dict[str, str] = {}

    def act(dialog: QFileDialog) -> None:
        for name, which in (
            ("look_in", QFileDialog.DialogLabel.LookIn),
            ("file_name", QFileDialog.DialogLabel.FileName),
            ("accept", QFileDialog.DialogLabel.Accept),
            ("reject", QFileDialog.DialogLabel.Reject),
        ):
            labels[name] = dialog.labelText(which)
        labels["mode"] = str(dialog.acceptMode())
        labels["suffix"] = dialog.defaultSuffix()
        dialog.selectFile(str(target))
        dialog.accept()

    seen = _answer(act)
    kind = FileKind(
        "Ny datafil", "Alle filer (*)", save=True, accept="Opprett", suffix="sqlite",
        confirm_overwrite=False,
    )  # fmt: skip
    chosen = choose_file(parent, kind, str(tmp_path))
    assert Path(chosen) == target
    assert labels["look_in"] == "Mappe:" and labels["file_name"] == "Filnavn:"
    assert labels["accept"] == "Opprett" and labels["reject"] == "Avbryt"
    assert "AcceptSave" in labels["mode"] and labels["suffix"] == "sqlite"
    assert seen[0].testOption(QFileDialog.Option.DontConfirmOverwrite)
    # not kept as a hidden child of the page (a soak test found dialogs piling up)
    qtbot.waitUntil(lambda: parent.findChildren(QFileDialog) == [], timeout=2000)


def test_open_dialog_cancelled_gives_nothing(qtbot, tmp_path: Path) -> None:
    accept: list[str] = []

    def act(dialog: QFileDialog) -> None:
        accept.append(dialog.labelText(QFileDialog.DialogLabel.Accept))
        assert dialog.fileMode() is QFileDialog.FileMode.ExistingFile
        dialog.reject()

    _answer(act)
    assert choose_file(None, FileKind("Åpne", "Alle filer (*)", save=False), str(tmp_path)) == ""
    assert accept == ["Åpne"]
