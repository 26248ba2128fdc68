"""tools/survey_spans.py: the survey's name, term and phrase spans that stay."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from tool_modules import load_tool


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool("survey_spans")


def test_it_lists_the_spans_that_stay_and_counts_them(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cars.yaml").write_text(
        """- url: https://example.com/a
  style: fluent
  artifacts:
  - seen: Lingke sold cars
    family: names
    correct: Lynk & Co sold cars
    source: https://en.wikipedia.org/wiki/Lynk_%26_Co
  - seen: Zorblax sold cars
    family: names
    correct: Zorblax Motors sold cars
    source: https://example.com/zorblax
  - seen: 8 month 9 Japan
    family: dates
    correct: August 9
""",
        encoding="utf-8",
    )
    assert tool.main(["--survey", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["stays\tcars\tnames\tZorblax sold cars\tZorblax Motors sold cars", "changed: names 1/2"]
