"""字 calqued as "word" in biographies (phrases.courtesy-name), and the English uses of "word" beside names."""

from __future__ import annotations

import pytest

import mtclean

FIXED = [
    (
        "Wang Wei (699-759), the word Mojie, painted the hills around his estate.",
        "Wang Wei (699-759), courtesy name Mojie, painted the hills around his estate.",
    ),
    (
        "Su Shi (1037-1101), whose word is Zizhan, was sent away to Huangzhou.",
        "Su Shi (1037-1101), whose courtesy name is Zizhan, was sent away to Huangzhou.",
    ),
    (
        "Zhuge Liang, the word Kongming, served the state of Shu.",
        "Zhuge Liang, courtesy name Kongming, served the state of Shu.",
    ),
    (
        "Meng Haoran (689-740), the word is Haoran , lived near Xiangyang .",
        "Meng Haoran (689-740), courtesy name Haoran, lived near Xiangyang.",
    ),
    (
        "Zhao Yun's word is Zilong, and the name comes from a line about clouds and dragons.",
        "Zhao Yun's courtesy name is Zilong, and the name comes from a line about clouds and dragons.",
    ),
    (
        "Ouyang Xiu (1007-1072), whose word is Yongshu, wrote a new history of the Tang.",
        "Ouyang Xiu (1007-1072), whose courtesy name is Yongshu, wrote a new history of the Tang.",
    ),
]
UNCHANGED = [
    # "word" in its own sense beside a name.
    "The captain, whose word is Law on this ship, gave the order.",
    "For Zhu Xi, the word Li, usually rendered as principle, carries the whole system.",
    "In Laozi, the word Dao, often translated as way, opens the book.",
    "Li Na's word is Final, her coach told reporters.",
    "Wang Fang's word is Gold to her team.",
    # A name that is an English word after the calque: no repair is known.
    "Bai Juyi (772-846), the word Lotte, wrote for ordinary readers.",
    # No person's name before it, or the name is not at the sentence's start or before dates.
    "In the dictionary, the word Zhongguo is glossed as China.",
    "They asked Chen Jie, the word Tianxia, what it meant.",
    # An English name before it.
    "John Smith, whose word is Xiexie, is learning Chinese.",
    # A concept word that is the subject of its own clause (MT sets a courtesy name off with a comma).
    "Zhou Dunyi (1017-1073), the word Taiji was given a new sense.",
    "Sima Qian (145-86 BC), the word Shiji is the title of his history.",
    "Zhuangzi (c. 369-286 BC), the word Wuwei and the art of doing nothing.",
    "Su Shi (1037-1101), the word Dongpo is better known as his art name.",
    # A word a writer glosses right after it.
    "Wang Yangming's word is Liangzhi, meaning innate knowing.",
    "Laozi's concept, Wang Bi's word is Ziran, literally so of itself.",
]


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_the_courtesy_name_calque_is_repaired(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_word_beside_a_name_in_english_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_change_is_explained_and_can_be_disabled() -> None:
    text = "Du Fu (712-770), the word Zimei, wrote about the war."
    changes = mtclean.explain(text).changes
    assert [change.rule for change in changes] == ["phrases.courtesy-name"]
    pipeline = mtclean.Pipeline(disable=["phrases.courtesy-name"])
    assert pipeline.clean(text) == text
