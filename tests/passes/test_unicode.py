from __future__ import annotations

import pytest

import mtclean


@pytest.mark.parametrize(
    "garbled, expected",
    [
        ("Renault and CitroÃ«n", "Renault and Citroën"),
        ("the ＣＭＡ architecture of ２０２０", "the CMA architecture of 2020"),
    ],
)
def test_unicode_repairs(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“Curly quotes” and ‘single ones’ stay curly.",
        "HTML entities like &amp; and &lt;p&gt; stay escaped.",
        "Citroën, Škoda and Müller keep their accents.",
        "A non-breaking\u00a0space and an em dash — stay.",
        "Cafe\u0301 stays in decomposed form.",
    ],
)
def test_unicode_that_is_already_right_is_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text
