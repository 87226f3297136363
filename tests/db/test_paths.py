"""Where the data file is: --data beats MILJOLOGG_DATA beats the per-user default."""

from __future__ import annotations

from pathlib import Path

from miljologg.paths import backups_dir, default_data_file, resolve_data_file


def test_the_default_is_in_the_user_data_folder() -> None:
    path = default_data_file()
    assert path.name == "miljologg.sqlite"
    assert path.parent.name == "miljologg"
    assert path.is_absolute()


def test_cli_beats_environment_beats_default(tmp_path: Path) -> None:
    env = {"MILJOLOGG_DATA": str(tmp_path / "env.sqlite")}
    assert resolve_data_file(str(tmp_path / "cli.sqlite"), env) == tmp_path / "cli.sqlite"
    assert resolve_data_file(None, env) == tmp_path / "env.sqlite"
    assert resolve_data_file(None, {}) == default_data_file()
    assert resolve_data_file("", {"MILJOLOGG_DATA": ""}) == default_data_file()


def test_home_is_expanded() -> None:
    assert resolve_data_file("~/logg.sqlite", {}) == Path.home() / "logg.sqlite"


def test_backups_sit_beside_the_data_file(tmp_path: Path) -> None:
    assert backups_dir(tmp_path / "logg.sqlite") == tmp_path / "backups"


def test_nothing_is_created(tmp_path: Path) -> None:
    resolve_data_file(str(tmp_path / "a" / "logg.sqlite"), {})
    backups_dir(tmp_path / "a" / "logg.sqlite")
    assert list(tmp_path.iterdir()) == []
