from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mtclean import config

GARBLED = b"booming , The cooperation grows .\n2021 year 1 month 14 Japan , it began .\n"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mtclean", *args], input=GARBLED, capture_output=True, check=False, cwd=cwd
    )


def test_settings_come_from_the_nearest_pyproject_and_flags_win(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mtclean]\ndisable = ["casing"]\ndate-style = "day-first"\n', encoding="utf-8"
    )
    (tmp_path / "sub").mkdir()
    result = run(tmp_path / "sub")
    assert result.stdout == b"booming, The cooperation grows.\n14 January 2021, it began.\n"
    flags = run(tmp_path / "sub", "--disable", "punctuation", "--date-style", "month-first")
    assert flags.stdout == b"booming , the cooperation grows .\nJanuary 14, 2021 , it began .\n"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.mtclean]\ndisable = "casing"\n', encoding="utf-8")
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert config.find(tmp_path / "inner") == tmp_path / "pyproject.toml"
    assert config.load(tmp_path / "pyproject.toml") == {"disable": ["casing"]}


def test_glossary_paths_are_relative_to_the_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.mtclean]\nglossary = ["terms.yaml"]\n', encoding="utf-8")
    assert config.load(tmp_path / "pyproject.toml") == {"glossary": [str(tmp_path / "terms.yaml")]}


@pytest.mark.parametrize(
    "table, message",
    [
        ("colour = 1", "unknown key 'colour'"),
        ("jobs = '2'", "jobs must be an integer"),
        ("disable = [1]", "disable must be a list of strings"),
        ("jobs = [", "not valid TOML"),
    ],
)
def test_a_bad_table_is_a_usage_error_naming_the_file(tmp_path: Path, table: str, message: str) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.mtclean]\n{table}\n", encoding="utf-8")
    result = run(tmp_path)
    assert result.returncode == 2
    assert str(tmp_path / "pyproject.toml") in result.stderr.decode()
    assert message in result.stderr.decode()
