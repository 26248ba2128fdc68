"""The recipes of docs/scale.md run as written and print what the doc says."""

from __future__ import annotations

import ast
import contextlib
import io
from pathlib import Path

import pytest
import regex

DOC = (Path(__file__).parent.parent.parent / "docs" / "scale.md").read_text(encoding="utf-8")
RECIPES = dict(regex.findall(r"<!-- recipe: (\w+) -->\n```python\n(.*?)```", DOC, flags=regex.S))
PACKAGES = {"datasets": "datasets", "dask": "dask.bag"}


def test_the_doc_has_a_recipe_per_engine() -> None:
    assert set(RECIPES) == set(PACKAGES)


@pytest.mark.parametrize("engine", sorted(PACKAGES))
def test_the_recipe_prints_what_the_doc_shows(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip(PACKAGES[engine])
    monkeypatch.chdir(tmp_path)
    code = RECIPES[engine]
    expected = regex.search(r"^# (.+)\n\Z", code, flags=regex.M)
    assert expected is not None, "the recipe ends with the output it prints"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, f"docs/scale.md ({engine})", "exec"), {"__name__": "__recipe__"})
    assert ast.literal_eval(printed.getvalue().strip().splitlines()[-1]) == ast.literal_eval(expected[1])
