"""The enumerators pass: Chinese item and section numbers, and English numbers that look like them."""

from __future__ import annotations

import pytest

import mtclean

FIXED = [
    (
        "Three steps. 1、 Wash the rice; 2、 soak it; 3、 steam it.",
        "Three steps. 1. Wash the rice; 2. soak it; 3. steam it.",
    ),
    (
        "A lock needs: 1、 mutual exclusion, 2、 no deadlock.",
        "A lock needs: 1. mutual exclusion, 2. no deadlock.",
    ),
    ("One 、 Background\n\nThe plan began in 2019.", "1. Background\n\nThe plan began in 2019."),
    ("Three. The interest rate\n\nLoans carry 2.6%.", "3. The interest rate\n\nLoans carry 2.6%."),
    ("1, rinse the ribs. 2, blanch them for a minute.", "1. Rinse the ribs. 2. Blanch them for a minute."),
    ("The fund may: 1, buy bonds; 2, lend cash.", "The fund may: 1. buy bonds; 2. lend cash."),
]
UNCHANGED = [
    "See pages 3, 5 and 7.",
    "One. Two. Three. Go!",
    "Ten. That is the number of players we need.",
    "In 2019, sales rose. 1, however, is a lonely number.",
    "Scores were 1, 2 and 3 in the first round.",
    "Two, three or four people came.",
    "One day we will go.",
]


@pytest.mark.parametrize(("garbled", "expected"), FIXED)
def test_chinese_list_numbers_are_written_the_english_way(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_numbers_in_sentences_stay(text: str) -> None:
    assert mtclean.clean(text) == text
