from __future__ import annotations

import ftfy
import pytest
from hypothesis import given
from hypothesis import strategies as st

import mtclean
from mtclean.passes.unicode import _CONFIG, may_need_ftfy

# ASCII, Latin-1 and the Windows-1252 and MacRoman marks that mojibake is made of.
_MOJIBAKE_PRONE = st.sampled_from(
    [*"aZ .,\n", *map(chr, range(0x80, 0x100)), *"€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ√≈вЂ", "\ud83d"]
)


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


@given(st.text(alphabet=_MOJIBAKE_PRONE, max_size=12))
def test_ftfy_is_skipped_only_where_it_would_change_nothing(text: str) -> None:
    if not may_need_ftfy(text):
        assert ftfy.fix_text(text, _CONFIG) == text


@pytest.mark.parametrize(
    "text",
    ["CitroÃ«n", "line one\nÃ line two", "a\x93quoted\x94 word", "caf\u00c3\u00a9", "x\ud83dy"],
)
def test_ftfy_runs_on_what_it_can_fix(text: str) -> None:
    assert may_need_ftfy(text)
