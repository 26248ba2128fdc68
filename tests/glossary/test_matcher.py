from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtclean.glossary import WORDS, Glossary, load_glossary
from mtclean.glossary.matcher import CACHED_SHORT, MANY, SHORT, Matcher


def spans(matcher: Matcher, text: str) -> list[str]:
    return [match.group() for match in matcher.finditer(text)]


def test_longest_rendering_wins() -> None:
    matcher = Matcher(["Netease", "Netease car"])
    assert spans(matcher, "Netease car and Netease said") == ["Netease car", "Netease"]


def test_matches_are_word_bounded() -> None:
    matcher = Matcher(["Lingke", "geely"])
    assert spans(matcher, "Lingkes geelyx Lingke") == ["Lingke"]


def test_spaces_in_a_rendering_match_any_run_of_spaces_and_optional_space_before_marks() -> None:
    matcher = Matcher(["according to the understanding of ,"])
    assert spans(matcher, "according  to the understanding of, x") == ["according  to the understanding of,"]
    assert spans(matcher, "according to the understanding of , x") == ["according to the understanding of ,"]


def test_an_apostrophe_in_a_rendering_also_matches_the_typographic_one() -> None:
    matcher = Matcher(["King's Glory"])
    assert spans(matcher, "King\u2019s Glory and King's Glory, not Kings Glory") == [
        "King\u2019s Glory",
        "King's Glory",
    ]


def test_a_typographic_apostrophe_finds_the_entry_and_is_replaced() -> None:
    import mtclean

    assert mtclean.clean("Tencent\u2019s game King\u2019s Glory topped the chart .") == (
        "Tencent\u2019s game Honor of Kings topped the chart."
    )
    # the apostrophes the page typeset around the rendering are left as they are
    assert mtclean.clean("It\u2019s a fine day.") == "It\u2019s a fine day."


def test_many_renderings_compile_to_one_pattern() -> None:
    matcher = Matcher([f"Name{i}" for i in range(2000)])
    assert spans(matcher, "see Name1999 and Name7") == ["Name1999", "Name7"]


RENDERINGS = [
    "Netease",
    "Netease car",
    "Lingke",
    "Led the g",
    "according to the understanding of ,",
    "&Co",
    "a-b",
]


@given(
    st.lists(
        st.sampled_from(
            [*RENDERINGS, " ", "  ", ",", " ,", "x", "Net", "ease", "&", "\n", "the", "g", "(", "-"]
        ),
        max_size=30,
    ).map("".join)
)
def test_short_texts_are_matched_branch_by_branch_exactly_as_by_the_whole_pattern(text: str) -> None:
    matcher = Matcher(RENDERINGS)
    by_branch = [(match.span(), match.group()) for match in matcher._by_branch(text)]
    assert by_branch == [(match.span(), match.group()) for match in matcher.pattern.finditer(text)]


def test_a_large_matcher_compiles_its_whole_pattern_only_after_enough_text() -> None:
    matcher = Matcher([f"Name{i}" for i in range(MANY + 1)])
    assert [match.group() for match in matcher.finditer("see Name7 and Name12.")] == ["Name7", "Name12"]
    assert "pattern" not in matcher.__dict__
    for _ in range(SHORT // 100 + 1):
        assert [match.group() for match in matcher.finditer("Name3 " + "x" * 94)] == ["Name3"]
    assert "pattern" in matcher.__dict__
    small = Matcher(["Lingke"])
    assert [match.group() for match in small.finditer("Lingke")] == ["Lingke"]
    assert "pattern" in small.__dict__


def test_the_shipped_glossary_matches_every_corpus_paragraph_alike_both_ways() -> None:
    names = Glossary(load_glossary().entries).names
    paragraphs = [
        paragraph
        for path in sorted((Path(__file__).parents[2] / "corpora").glob("*/*.txt"))
        for paragraph in path.read_text(encoding="utf-8").split("\n\n")
    ]
    by_branch = [[match.span() for match in names._by_branch(paragraph)] for paragraph in paragraphs]
    assert sum(map(len, by_branch)) > 100
    assert by_branch == [[match.span() for match in names.pattern.finditer(p)] for p in paragraphs]


_SHIPPED = load_glossary()
_VARIANT_WORDS = [
    "Lingke",
    "lingke",
    "LINGKE",
    "Auto",
    "auto",
    "Jingdong",
    "logistics",
    "Logistics",
    "JINGDONG",
]


@given(
    st.lists(
        st.sampled_from([*_VARIANT_WORDS, "China", "yuan", " ", "  ", ",", ".", "&", "\n", "the"]),
        max_size=24,
    ).map("".join)
)
def test_a_variant_search_is_skipped_only_where_it_could_not_match(text: str) -> None:
    # Glossary.variants runs a trigger word's matcher only if every word of
    # one of its variants is in the text; that must lose no match.
    glossary = Glossary(_SHIPPED.entries)
    found = [(match.span(), match.group()) for match in glossary.variants(text)]
    words = set(WORDS.findall(text))
    every = sorted(
        (
            match
            for word in words & glossary._triggers
            for match in Matcher(glossary._variants[word]).finditer(text)
        ),
        key=lambda match: (match.start(), -match.end()),
    )
    assert found == [(match.span(), match.group()) for match in every]


def test_a_large_named_matcher_is_kept_compiled_and_found_again_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    renderings = [f"Name{i} Co ," for i in range(MANY + 1)]
    text = "Name7 Co, and Name12  Co , but not Name3 Cox or Name40 Co."
    fresh = Matcher(renderings).pattern
    first = Matcher(renderings, cache="names").pattern
    assert (tmp_path / "mtclean" / "patterns" / "names.pickle").is_file()
    second = Matcher(reversed(renderings), cache="names").pattern  # same renderings, another order
    assert second.pattern == first.pattern == fresh.pattern
    assert [m.span() for m in second.finditer(text)] == [m.span() for m in fresh.finditer(text)]
    assert [m.group() for m in second.finditer(text)] == ["Name7 Co,", "Name12  Co ,"]
    changed = Matcher([*renderings[:-1], "Other Co"], cache="names").pattern
    assert changed.search("Other Co") and not changed.search(f"Name{MANY} Co")


def test_a_named_matcher_takes_its_cached_pattern_once_it_has_been_given_a_few_hundred_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    renderings = [f"Name{i}" for i in range(MANY + 1)]
    line = "see Name7 and Name12, not Name7x. "
    uncached = Matcher(renderings, cache="names")
    for _ in range(CACHED_SHORT // len(line) + 2):
        assert spans(uncached, line) == ["Name7", "Name12"]
    assert "pattern" not in uncached.__dict__  # nothing in the cache yet: branch by branch up to SHORT
    assert Matcher(renderings, cache="names").pattern.search("Name3")  # now it is kept
    matcher = Matcher(renderings, cache="names")
    assert spans(matcher, line) == ["Name7", "Name12"]
    assert "pattern" not in matcher.__dict__ and matcher._branches  # a short text still goes by branches
    for _ in range(CACHED_SHORT // len(line) + 1):
        assert spans(matcher, line) == ["Name7", "Name12"]
    assert "pattern" in matcher.__dict__
    assert matcher._scanned < SHORT
