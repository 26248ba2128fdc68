from __future__ import annotations

import pytest

import mtclean
from mtclean.protect import find


@pytest.mark.parametrize(
    "text, protected",
    [
        ("Visit https://example.com/a,b?x=1 , then", "https://example.com/a,b?x=1"),
        ("Mail jane.doe@example.org , please", "jane.doe@example.org"),
        ("Run `print(a , b)` now", "`print(a , b)`"),
        ("See [the docs](https://example.org/a_b) here", "https://example.org/a_b"),
        ('Use <a href="x , y"> tags', '<a href="x , y">'),
    ],
)
def test_finds_the_protected_span(text: str, protected: str) -> None:
    start = text.index(protected)
    assert (start, start + len(protected)) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "The booming market , see `a , b` for details .",
        "The report , at https://example.com/x , is long .",
        "```\nprint(a , b)\ndict[ 'k' ]\n```",
    ],
)
def test_protected_text_survives_cleaning(text: str) -> None:
    cleaned = mtclean.clean(text)
    for start, end in find(text):
        assert text[start:end] in cleaned


def test_user_patterns_are_protected() -> None:
    pipeline = mtclean.Pipeline(protect=[r"KEEP , THIS"])
    assert pipeline.clean("It grew , KEEP , THIS , fine .") == "It grew, KEEP , THIS, fine."
