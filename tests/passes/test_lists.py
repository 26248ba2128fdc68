"""Lists: the ``、`` between items, and pinyin names glued where MT lost it (issue 15)."""

from __future__ import annotations

import pytest

import mtclean

GLUED = [
    (
        "Of the big cities, ShanghaiShenzhen gained most.",
        "Of the big cities, Shanghai, Shenzhen gained most.",
    ),
    ("Trains from ChongqingChengdu were full.", "Trains from Chongqing, Chengdu were full."),
    ("Flights to HangzhouSuzhouNanjing resumed.", "Flights to Hangzhou, Suzhou, Nanjing resumed."),
    ("Rents rose in BeijingShenzhen .", "Rents rose in Beijing, Shenzhen."),
]

LEFT_ALONE = [
    # camel-case names whose parts are English or not pinyin
    "She paid with PayPal and posted on YouTube and LinkedIn.",
    "The MacBook and the PlayStation were on sale at McDonald's.",
    # names that scan as pinyin but show none of its letters
    "AnnaMaria and AnnaLena signed the card; LeilaMaia was late.",
    # one-syllable pinyin parts: brand spellings, not lists
    "Chat on WeChat, shop on TaoBao, and watch on YouKu.",
    # handles, hashtags, domains, identifiers and code
    "Follow @BeijingShanghai, tag #BeijingShanghai and see BeijingShanghai.com.",
    "Call BeijingShanghai() or set BeijingShanghai_2 in the config.",
    "Use `ShanghaiShenzhen` as the key.",
    # an English word among the parts
    "The BingoMango stall sold fruit.",
    # English words that scan as pinyin (glossary-wild7: a CDN company in tech news)
    "Shares of ChinaCache fell 5% after the results; ChanceJulia is a band.",
]


@pytest.mark.parametrize(("garbled", "expected"), GLUED)
def test_glued_pinyin_names_become_a_list(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_camel_case_that_is_no_glued_pinyin_stays(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # Chinese quoted in English keeps its enumeration comma (harm-hunt6: a tea page).
        "Green teas are pan-fired, baked, sun-dried or steamed (炒青、烘青、晒青和蒸青).",
        "The menu lists 宫保鸡丁、麻婆豆腐 and a few other classics.",
    ],
)
def test_an_enumeration_comma_between_chinese_characters_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_an_enumeration_comma_beside_english_is_still_a_comma() -> None:
    assert (
        mtclean.clean("The brands Volvo、吉利、Proton were listed.")
        == "The brands Volvo, 吉利, Proton were listed."
    )


def test_the_glued_names_rule_explains_itself() -> None:
    changes = mtclean.explain("Rents rose in BeijingShenzhen.").changes
    assert [(change.rule, change.before, change.after) for change in changes] == [
        ("lists.glued-names", "BeijingShenzhen", "Beijing, Shenzhen")
    ]


def test_the_enumeration_comma_shown_in_a_guide_to_punctuation_stays() -> None:
    text = "The enumeration comma separates the items of a list: an English list A, B and C reads A、B、C in Chinese."
    assert mtclean.clean(text) == text
