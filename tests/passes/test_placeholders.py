"""某 read as a syllable of a withheld name (phrases.mou-placeholder), and real names with the syllable Mou."""

from __future__ import annotations

import pytest

import mtclean

FIXED = [
    (
        "The court found that Huang Moumou had hired Pan Moumou to collect the debt .",
        "The court found that Huang had hired Pan to collect the debt.",
    ),
    (
        "Chen Moumou (female, 36 years old) was given a suspended sentence.",
        "Chen (female, 36 years old) was given a suspended sentence.",
    ),
    (
        "Officers stopped the van and took Xu mou back to the station for a blood test.",
        "Officers stopped the van and took Xu back to the station for a blood test.",
    ),
    (
        "The suspect Gao Mou, (male, 52 years old) admitted the theft.",
        "The suspect Gao, (male, 52 years old) admitted the theft.",
    ),
    (
        "The defendant Yang Mou, male, 29, was ordered to repay the loan.",
        "The defendant Yang, male, 29, was ordered to repay the loan.",
    ),
    (
        "Ouyang Moumou and Zhao Moumou were both fined 500 yuan.",
        "Ouyang and Zhao were both fined 500 yuan.",
    ),
]
UNCHANGED = [
    # Real people whose names hold the syllable Mou, and the Zhao general Li Mou.
    "Mou Qizhong once traded canned food for Soviet airliners.",
    "Zhang Yimou and Mou Sen both studied in Beijing in the 1970s.",
    "Li Mou held the northern frontier of Zhao against the Xiongnu for years.",
    "Li Mou was arrested on the king's orders and put to death.",
    "The philosopher Mou Zongsan taught in Hong Kong and Taipei.",
    # A three-syllable name, and the tone drill of a learner.
    "Song Mou Li won the county singing contest last spring.",
    "Say it slowly: Zhang Zhong Mou, Li Mou, Wang Mou.",
    # Not a surname of the list, and a word that only starts with the letters.
    "Dimou Moumou is the name of the band, not a person.",
    "Wang Mountain rises behind the village.",
    "The report names the man only as Zhang, 41, a driver.",
]


@pytest.mark.parametrize("before, after", FIXED)
def test_placeholder_after_a_surname_is_dropped(before: str, after: str) -> None:
    assert mtclean.clean(before) == after
    assert mtclean.clean(after) == after


@pytest.mark.parametrize("text", UNCHANGED)
def test_real_names_with_mou_stay(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_change_is_explained_and_can_be_disabled() -> None:
    text = "Zhang Moumou paid the fine."
    changes = mtclean.explain(text).changes
    assert [change.rule for change in changes] == ["phrases.mou-placeholder"]
    pipeline = mtclean.Pipeline(disable=["phrases.mou-placeholder"])
    assert pipeline.clean(text) == text
