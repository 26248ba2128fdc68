from __future__ import annotations

import itertools
import re

import ftfy
import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import given
from hypothesis import strategies as st

import mtclean
from mtclean.passes import unicode
from mtclean.passes.unicode import _config, may_need_ftfy

# The standard library's regex parser (private, but stable: sre_parse before 3.11).
_parser = getattr(re, "_parser", None) or __import__("sre_parse")
_constants = getattr(re, "_constants", None) or __import__("sre_constants")

# ASCII, Latin-1 and the Windows-1252 and MacRoman marks that mojibake is made of.
_MOJIBAKE_PRONE = st.sampled_from(
    [*"aZ .,\n", *map(chr, range(0x80, 0x100)), *"€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—―˜™š›œžŸ√≈вЂ", "\ud83d", *"中。，　ａ"]
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


# Chinese punctuation a page read byte by byte in Latin-1 or code page 437
# (unseen agriculture and folk-song pages, a company news page).
GBK_READ_WRONG = [
    (
        "The study asked how training changes growers¡¯ choices (see pp. 120¨C135).",
        "The study asked how training changes growers’ choices (see pp. 120–135).",
    ),
    (
        "The Legend of the Jade Rabbit ¡ª¡ª A Story for Mid-Autumn",
        "The Legend of the Jade Rabbit — A Story for Mid-Autumn",
    ),
    (
        "The staff held a ¡°harvest dinner¡± in the canteen£¬and everyone came.",
        "The staff held a “harvest dinner” in the canteen, and everyone came.",
    ),
    (
        "Our í░lantern nightí▒ drew three hundred visitors.",
        "Our “lantern night” drew three hundred visitors.",
    ),
    # The signs of a measure (an unseen crop-science paper, blind 10).
    (
        "The crop covers about 3.2 ¡Á 10 hectares; dry it at 60¡ãC.",
        "The crop covers about 3.2 × 10 hectares; dry it at 60°C.",
    ),
]


@pytest.mark.parametrize("garbled, expected", GBK_READ_WRONG)
def test_chinese_punctuation_read_in_a_western_code_page_becomes_the_mark(
    garbled: str, expected: str
) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The menu said ¡Buen provecho! and the bill came to £12.50 with a 10% tip.",
        "The band shouted ¡Ándale! and ¡Ábrelo! before the last song.",
        "A diaeresis ¨ on its own, the pound sign £ and the degree sign ° appear in the font table.",
        "José Martínez ran the café in Cádiz for thirty years.",
    ],
)
def test_inverted_marks_pound_signs_and_accents_in_english_stay(text: str) -> None:
    assert mtclean.clean(text) == text


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
        assert ftfy.fix_text(text, _config()) == text


@pytest.mark.parametrize(
    "text",
    ["CitroÃ«n", "line one\nÃ line two", "a\x93quoted\x94 word", "caf\u00c3\u00a9", "x\ud83dy"],
)
def test_ftfy_runs_on_what_it_can_fix(text: str) -> None:
    assert may_need_ftfy(text)


def _single_characters(item: tuple[object, object]) -> set[str] | None:
    """The characters a one-character item of a parsed pattern matches (None: not such an item)."""
    operator, argument = item
    if operator is _constants.LITERAL:
        return {chr(argument)}
    if operator is not _constants.IN:
        return None
    characters: set[str] = set()
    for member, value in argument:
        if member is _constants.LITERAL:
            characters.add(chr(value))
        elif member is _constants.RANGE:
            characters.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return characters


def _run_together() -> set[str]:
    """The characters of ``unicode._RUN_TOGETHER`` (a class body: marks and ranges)."""
    body = unicode._RUN_TOGETHER
    found: set[str] = set()
    index = 0
    while index < len(body):
        if index + 2 < len(body) and body[index + 1] == "-":
            found.update(map(chr, range(ord(body[index]), ord(body[index + 2]) + 1)))
            index += 3
        else:
            found.add(body[index])
            index += 1
    return found


def test_every_mojibake_pattern_of_ftfy_needs_what_the_cheap_test_looks_for() -> None:
    """Each alternative of ftfy's BADNESS_RE has a suspect character, or two non-ASCII ones in a row
    of which one cannot be a mark that English and Chinese run together (``……``, ``——``, ``中文``)."""
    suspects = {*"ŒœÃÂ", *map(chr, range(0x80, 0xA0))}
    together = _run_together()
    assert {"…", "—", "“", "中", "。", "，"} <= together
    ((branch, (_, alternatives)),) = list(_parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags))
    assert branch is _constants.BRANCH
    for alternative in alternatives:
        sets = [_single_characters(item) for item in alternative]
        assert any(
            a is not None
            and b is not None
            and min(map(ord, a)) >= 0x80
            and min(map(ord, b)) >= 0x80
            and (not a & together or not b & together)
            for a, b in itertools.pairwise(sets)
        ) or any(s is not None and s <= suspects for s in sets), alternative


@pytest.mark.parametrize("text", ["Wait for it……", "the 中文 name", "then——nothing", "“‘quoted’”"])
def test_marks_run_together_do_not_call_ftfy(text: str) -> None:
    assert not may_need_ftfy(text)


def test_a_line_repaired_in_part_is_not_repaired_at_all() -> None:
    # The first C1 quote is inside inline code (protected): repairing only the
    # second made the next run "repair" the line again, duplicating text.
    text = "A`\x91A`\x91"
    assert mtclean.clean(text) == text
    assert mtclean.clean("Renault and CitroÃ«n , The") == "Renault and Citroën, the"
