"""The glossary pass's shortcuts find what the longer ways they replace find.

Each shortcut of the twelfth round (``docs/performance.md``) is compared here
with the plain form it stands for, on generated texts.
"""

from __future__ import annotations

from bisect import bisect_left

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mtclean.glossary import WORDS, _least_needs, load_glossary, word_set
from mtclean.passes import glossary as passes
from mtclean.rules import Context

# Words and marks around a rendering: company names, separators, spaces of both kinds.
PIECES = [
    "Huawei",
    "OPPO",
    "glory",
    "millet",
    "rice",
    "and",
    "or",
    "vs",
    "vs.",
    "&",
    ",",
    "、",
    "-",
    " ",
    "  ",
    "\t",
    "x",
]


class _Everything:
    """A set of every character: with it as the separators' ends, the search back always runs."""

    def __contains__(self, character: object) -> bool:
        return True


def _coordinated_plainly(text: str, start: int, end: int) -> bool:
    """:func:`passes._coordinated` as it read before the shortcut: the search back always runs."""
    shortcut = passes._SEPARATOR_ENDS
    passes._SEPARATOR_ENDS = _Everything()  # type: ignore[assignment]
    try:
        return passes._coordinated(load_glossary(), text, start, end)
    finally:
        passes._SEPARATOR_ENDS = shortcut


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8), st.lists(st.sampled_from(PIECES), max_size=4))
def test_a_coordinated_name_is_found_as_the_plain_search_finds_it(
    before: list[str], after: list[str]
) -> None:
    head = "".join(before)
    text = head + "millet" + "".join(after)
    start, end = len(head), len(head) + len("millet")
    assert passes._coordinated(load_glossary(), text, start, end) == _coordinated_plainly(text, start, end)


def test_a_coordinated_name_before_the_rendering_still_counts() -> None:
    glossary = load_glossary()
    for text in ("Huawei and millet", "OPPO, Huawei, millet", "Huawei vs. millet", "Huawei &\tmillet"):
        start = text.index("millet")
        assert passes._coordinated(glossary, text, start, start + 6), text
    for text in (
        "Huawei millet",
        "Huawei andmillet",
        "Huawei  &\tmillet",
        " millet",
        "millet",
        "For Huawei, millet",
    ):
        start = text.index("millet")
        assert not passes._coordinated(glossary, text, start, start + 6), text


@st.composite
def texts_with_fixed_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(alphabet="ab .!?\nFC。", max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i] < cuts[i + 1]]
    return text, spans


@settings(max_examples=400, deadline=None)
@given(texts_with_fixed_spans())
def test_a_views_sentence_ends_skip_the_stops_inside_fixed_names(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    text, fixed = case
    plainly = [
        match.end()
        for match in passes._SENTENCE_END.finditer(text)
        if not any(start < match.end() <= end for start, end in fixed)
    ]
    view = passes._View(text, fixed)
    assert view._ends == plainly
    # The sentence of a span, asked twice (the second answer is the one kept), is where the ends put it.
    for start in range(0, len(text) + 1, 7):
        end = min(len(text), start + 3)
        left = ([0] + [stop for stop in plainly if stop <= start])[-1]
        index = bisect_left(plainly, end)
        right = plainly[index] if index < len(plainly) else len(text)
        assert view.sentence(start, end) == view.sentence(start, end) == (left, right)


VOCABULARY = ["Hero", "Alliance", "League", "cup", "King", "of", "Glory", "auto"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=4).map(
            lambda words: " ".join(["Hero", *words])
        ),
        min_size=1,
        max_size=6,
    ),
    st.sets(st.sampled_from(VOCABULARY)),
)
def test_the_least_needs_tell_what_every_key_tells(keys: list[str], words: set[str]) -> None:
    words = words | {"Hero"}  # a text is tested only if it holds the trigger word
    needs = _least_needs("Hero", keys)
    shortcut = needs is None or any(need <= words for other in words & needs.keys() for need in needs[other])
    assert shortcut == any(frozenset(WORDS.findall(key)) <= words for key in keys)


@settings(max_examples=500, deadline=None)
@given(
    st.text(st.characters(max_codepoint=127)),
    st.text(st.sampled_from(["é", "—", "ü", "…", "中", "１", "\u00a0", "\u2028", "ǅ", "_", "²"]), max_size=3),
)
def test_a_texts_word_set_is_its_words_ascii_or_not(ascii_text: str, other: str) -> None:
    # Every ASCII character (controls, separators, underscore) and a few that are not:
    # letters, digits and spaces outside ASCII, which take the pattern's way.
    for text in (ascii_text, ascii_text + other, other + ascii_text):
        assert word_set(text) == set(WORDS.findall(text))


def test_the_pass_answers_a_text_again_as_it_did_and_a_new_one_afresh() -> None:
    glossary = load_glossary()
    first = "Netease car said Lingke sold 1,000 cars ."
    second = "The Lingke 01 sold well , Lingke said ."
    context = Context(glossary, document=first + "\n\n" + second)
    answer = passes.find_names(first, context)
    assert [edit.replacement for edit in answer] == ["NetEase Auto", "Lynk & Co"]
    answer.clear()  # the caller's list is its own
    again = passes.find_names(first, context)
    assert [edit.replacement for edit in again] == ["NetEase Auto", "Lynk & Co"]
    assert [edit.start for edit in passes.find_names(second, context)] == [4, second.rindex("Lingke")]
    fresh = Context(glossary, document=context.document)
    assert passes.find_names(first, context) == passes.find_names(first, fresh)


def test_an_ambiguous_rendering_refused_early_is_still_noted_as_left_alone() -> None:
    context = Context(load_glossary(), document="The players fought for glory.")
    assert passes.find_names("The players fought for glory.", context) == []
    noted = context.memo[passes.LEFT_ALONE]
    assert isinstance(noted, set) and {name for name, _ in noted} == {"Honor"}


def test_the_gloss_cue_finds_every_lead_word() -> None:
    for word in passes._GLOSS_LEAD_WORDS:
        assert passes._GLOSS_LEAD_CUE.search(f"a {word}x b")
    assert passes._GLOSS_LEAD_CUE.search("nothing here") is None
    assert isinstance(passes._GLOSS_LEAD, regex.Pattern)
