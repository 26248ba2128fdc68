from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mtclean.paragraphs import split


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
