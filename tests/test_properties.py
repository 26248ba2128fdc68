"""The laws of the project, as Hypothesis properties on arbitrary text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from strategies import fuzz_text

import mtclean
from mtclean.passes import all_rules

KNOWN_RULES = {rule.name for rule in all_rules()}

# Fragments of garble and of clean English, shuffled together: far likelier to
# reach the rules than uniformly random characters.
PIECES = [
    "8 month 9 Japan",
    "2021 year 1 month 14 Japan",
    "18 10000 employees",
    "130 Many countries",
    "10 month 1 Japan to 7 Japan",
    "3 month 5 day",
    " ( Monday )",
    "In 2020 year",
    "2021 year to 2023 year",
    "1.2 100 million yuan",
    "10 Wan instances",
    "RMB 3 10000",
    "65438 05%",
    "/kloc-0/0",
    "65438+ 0.3 times",
    "20/kloc-0/9",
    "20 The users of Wan",
    " of Wan Gang",
    "< / p > < p > ",
    " < p > ",
    "< / P >< p >",
    "< br / >",
    '< a target = "_ blank" href=" https://x.com/a "> ',
    " < / a >",
    "< b > ",
    " < / b >",
    "<p>",
    " < ",
    " > ",
    "dont ",
    "cant wait",
    "the cant ",
    "Its a ",
    "Its engine",
    "youre",
    "rose 1. 3 times",
    "at 4: 30",
    "60 the above",
    "for near 10 years",
    "2025 Years later",
    "2023 The year is",
    " month ",
    " year ",
    " Japan",
    "7",
    "2021",
    " , ",
    " . ",
    " 、 ",
    "，",
    "。",
    "：“",
    " .”",
    "“ ",
    " ”",
    "( ",
    " )",
    "(Renault)",
    "Renault",
    "The",
    "the",
    "meanwhile",
    "according to the understanding of ,",
    "Lingke",
    "geely",
    "Led the g",
    "lutes brand",
    "Netease car",
    "And other",
    "booming",
    "We",
    "Don't",
    "I",
    "SUV",
    "iPhone",
    "https://example.com/a , b",
    "`x , y`",
    "jane@example.org",
    "3.14",
    "1,000",
    ":)",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "a",
    "Japan",
    "2 years 8 months",
    "Harvard",
    "Harvard H6",
    "millet",
    "phone",
    "ideal car",
    " L9",
    "Weilai",
    "Ma Yun",
    "Alibaba",
    "William Li Bin",
    "Hongqi (red flag)",
    "red flag H9",
    "public Lavida",
    "an explosive model",
    "charging piles",
    "Charging pile",
    "He Xiaopeng",
    "Liu Zhijie",
    "Zhang Yong",
    "Haidilao",
    "3 month 5 Japan",
    "two meetings",
    "deputies",
    "Beijing University of",
    '"millet phones"',
    "ＣＭＡ",
    "CitroÃ«n",
    "é",
    "\u200b",
]
garble = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)
anything = st.text(max_size=200)


@given(st.one_of(garble, anything))
def test_clean_never_raises_and_returns_a_string(text: str) -> None:
    assert isinstance(mtclean.clean(text), str)


@given(st.one_of(garble, anything, fuzz_text()))
# A verb glued to a number: ``cant`` waited for the number to come off the verb.
@example("cant wait2 years 8 months`x , y`")
def test_clean_is_idempotent(text: str) -> None:
    once = mtclean.clean(text)
    assert mtclean.clean(once) == once


@given(st.one_of(garble, anything))
def test_every_change_names_a_rule_and_lies_in_the_input(text: str) -> None:
    result = mtclean.explain(text)
    for change in result.changes:
        assert change.rule in KNOWN_RULES
        assert 0 <= change.start <= change.end <= len(text)
    assert (result.text != text) <= bool(result.changes)
