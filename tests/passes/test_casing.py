from __future__ import annotations

import pytest

import mtclean

FIXED = [
    ("booming , The cooperation grows .", "booming, the cooperation grows."),
    ("They agreed , We should go .", "They agreed, we should go."),
    ("They agreed , Don't stop .", "They agreed, don't stop."),
    ("Engines 、 A variety of systems", "Engines, a variety of systems"),
    ("It ends . meanwhile , it grows .", "It ends. Meanwhile, it grows."),
    ("meanwhile , This cooperation will grow .", "Meanwhile, this cooperation will grow."),
    ("He said :“ we will grow .”", "He said: “We will grow.”"),
]
UNCHANGED = [
    "Exports rose, The Times reported.",
    "Sales grew , China said .".replace(" , China said .", ", China said."),
    "iPhone sales rose in the third quarter.",
    "eBay and Apple reported results.",
    "pip install mtclean",
    "I said, I'm fine.",
    "Sales of SUV models grew, EV sales too.",
]


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_garbled_capitals_are_fixed(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_correct_capitals_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize("name", ["China", "Renault", "Volvo", "Proton", "Geely", "Lotus", "SUV", "MoU", "I"])
def test_names_after_a_garbled_comma_keep_their_capital(name: str) -> None:
    assert mtclean.clean(f"Sales rose , {name} said .") == f"Sales rose, {name} said."


def test_a_word_capitalised_mid_sentence_elsewhere_is_a_name() -> None:
    text = "Shares of Shell rose.\n\nOil prices fell , Shell said ."
    assert mtclean.clean(text) == "Shares of Shell rose.\n\nOil prices fell, Shell said."


SENTENCE_AND_CLAUSE_STARTS = [
    ("Sales slowed in May. however, June was better.", "Sales slowed in May. However, June was better."),
    (
        "That is how it began. although we had a computer, my sister kept it.",
        "That is how it began. Although we had a computer, my sister kept it.",
    ),
    ("The index closed flat. meanwhile the yuan rose.", "The index closed flat. Meanwhile the yuan rose."),
    (
        "This post looks at Redisson As a lock client in depth.",
        "This post looks at Redisson as a lock client in depth.",
    ),
    (
        "Watch your blood sugar, especially When the weather turns cold.",
        "Watch your blood sugar, especially when the weather turns cold.",
    ),
    (
        "Prices rose sharply And the market took it in its stride.",
        "Prices rose sharply and the market took it in its stride.",
    ),
]
SENTENCE_AND_CLAUSE_STARTS_LEFT_ALONE = [
    "It weighs approx. ten kilos, etc. and more.",
    "Run the build. npm installs the rest. git tracks it. iPhone sales rose.",
    "We saw the film After the Wedding, then a song called If you leave me now.",
    "He said that In Bloom is his favourite song.",
    "The fee is 5 vs. ten last year, see fig. two.",
    "Visit example.com. it is down.".replace(". it", ". It"),
    "See the e.g. case and the i.e. case, as in Jan. ten and Prof. chen's notes.".replace("chen's", "Chen's"),
    "Gone With the Wind and Harry Potter And the Chamber of Secrets are titles.",
]


@pytest.mark.parametrize(("garbled", "expected"), SENTENCE_AND_CLAUSE_STARTS)
def test_sentence_and_clause_starts_are_put_right(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", SENTENCE_AND_CLAUSE_STARTS_LEFT_ALONE)
def test_abbreviations_commands_and_titles_keep_their_case(text: str) -> None:
    assert mtclean.clean(text) == text
