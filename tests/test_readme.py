"""The README's claims are checked, so it cannot drift from the code."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import mtclean

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
ROWS = regex.findall(r"^\| `([^`]+)` \| `([^`]+)` \|$", README, flags=regex.M)


def test_the_readme_shows_before_after_rows() -> None:
    assert len(ROWS) >= 5


@pytest.mark.parametrize("garbled, cleaned", ROWS)
def test_each_before_after_row_is_what_mtclean_does(garbled: str, cleaned: str) -> None:
    assert mtclean.clean(garbled) == cleaned


def test_the_python_example_outputs_are_true() -> None:
    for call, output in regex.findall(r"^(mtclean\.clean\(.+\))\n# (.+)$", README, flags=regex.M):
        assert repr(eval(call, {"mtclean": mtclean})) == output
    result = mtclean.explain("Netease car 8 month 9 Japan , The two sides signed .")
    assert f"result.text      # {result.text!r}" in README
