from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from mtclean import paragraphs
from mtclean.paragraphs import split, split_stream


@given(
    st.lists(st.sampled_from(["a", " ", "\n", "\r\n", "\t", "`", "```\n", "~~~\n", "~"]), max_size=40).map(
        "".join
    )
)
def test_split_is_lossless(text: str) -> None:
    assert "".join(paragraph + separator for paragraph, separator in split(text)) == text


@given(st.text(max_size=200))
def test_split_is_lossless_on_any_unicode(text: str) -> None:
    assert "".join(paragraph + separator for paragraph, separator in split(text)) == text


def test_a_fenced_code_block_with_blank_lines_is_one_paragraph() -> None:
    text = "Intro:\n```python\nx = 1\n\ny = 2\n```\n\nAfter."
    assert [p for p, _ in split(text)] == ["Intro:\n```python\nx = 1\n\ny = 2\n```", "After."]


def test_crlf_blank_lines_separate_paragraphs() -> None:
    assert list(split("A.\r\n\r\nB.\r\n")) == [("A.", "\r\n\r\n"), ("B.\r\n", "")]


PIECES = ["a", "b.", " ", "\n", "\r", "\r\n", "\t", "`", "```\n", "~~~\n", "~"]


def cut(text: str, cuts: list[int]) -> list[str]:
    """``text`` cut at the given positions (taken modulo its length)."""
    points = sorted({c % (len(text) + 1) for c in cuts})
    return [text[i:j] for i, j in zip([0, *points], [*points, len(text)], strict=True)]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.lists(st.integers(0, 200)))
def test_streaming_gives_the_pairs_of_split_however_the_text_is_cut(text: str, cuts: list[int]) -> None:
    assert list(split_stream(cut(text, cuts))) == list(split(text))


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.lists(st.integers(0, 200)))
def test_a_long_paragraph_is_cut_at_line_breaks_without_losing_text(text: str, cuts: list[int]) -> None:
    pairs = list(split_stream(cut(text, cuts), longest=4))
    assert "".join(p + s for p, s in pairs) == text
    assert all(p.endswith("\n") for p, s in pairs if not s and (p, s) != pairs[-1])


def test_a_paragraph_without_blank_lines_is_held_only_up_to_the_limit() -> None:
    lines = [f"Line {i} of a file with one sentence per line.\n" for i in range(1000)]
    pairs = list(split_stream(lines, longest=1000))
    assert max(len(p) for p, _ in pairs) <= 1000 + len(lines[0])
    assert "".join(p for p, _ in pairs) == "".join(lines)


_FULL_BLANK = regex.compile(r"\r?\n(?:[ \t\f\v]*\r?\n)+")


@given(st.text(alphabet="\r\n \ta", max_size=30), st.integers(min_value=0, max_value=30))
def test_the_blank_line_search_finds_what_the_full_pattern_finds(text: str, start: int) -> None:
    match = _FULL_BLANK.search(text, start)
    assert paragraphs._blank(text, start) == (match.span() if match else None)
