"""The streaming API cleans exactly as the whole-document API does."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtclean import Pipeline
from mtclean.pipeline import windows

CORPORA = sorted((Path(__file__).parent.parent / "corpora").glob("*/*.txt"))
PIPELINE = Pipeline()
GARBLE = [
    "booming , The cooperation",
    "Netease car 8 month 9 Japan , The two sides signed .",
    "Exports to China rose .",
    "\n\n",
    "\r\n\r\n",
    "\n",
    " ",
    "```\n",
    "Volvo 、 Proton 、 geely",
]


@given(st.lists(st.sampled_from(GARBLE), max_size=12).map("".join), st.lists(st.integers(0, 400)))
def test_clean_stream_equals_clean_however_the_text_is_cut(text: str, cuts: list[int]) -> None:
    points = sorted({c % (len(text) + 1) for c in cuts})
    chunks = [text[i:j] for i, j in zip([0, *points], [*points, len(text)], strict=True)]
    assert "".join(PIPELINE.clean_stream(chunks)) == PIPELINE.clean(text)


@given(st.lists(st.sampled_from(GARBLE), max_size=12).map("".join), st.integers(1, 60))
def test_small_windows_clean_each_window_as_a_document(text: str, size: int) -> None:
    parts = list(windows([text], size))
    assert "".join(parts) == text
    assert "".join(PIPELINE.clean_stream([text], window=size)) == "".join(map(PIPELINE.clean, parts))


@pytest.mark.parametrize("path", CORPORA, ids=lambda p: p.name)
def test_each_corpus_file_streams_to_the_same_result(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    chunks = [text[i : i + 97] for i in range(0, len(text), 97)]
    assert "".join(PIPELINE.clean_stream(chunks)) == PIPELINE.clean(text)
