from __future__ import annotations

import pytest

import mtclean

FIXED = [
    ("The market is booming , and growing .", "The market is booming, and growing."),
    ("Three stages : revival ; innovation ; change .", "Three stages: revival; innovation; change."),
    ("Is it true ? Yes !", "Is it true? Yes!"),
    ("合作，Build partnerships。", "合作, build partnerships."),
    ("He said :“ We will .”", "He said: “We will.”"),
    ("A 、 B 、 C", "A, B, C"),
    ("Volvo 、 Proton And other brands", "Volvo, Proton and other brands"),
    ("the “Renaulution plan ” launch", "the “Renaulution plan” launch"),
    ("( Strong consistency ) matters", "(Strong consistency) matters"),
    ("The deal with Renault (Renault) was signed.", "The deal with Renault was signed."),
    ("LADA (Lada) is a brand.", "LADA is a brand."),
]
UNCHANGED = [
    "Pi is 3.14, and 1,000 is a thousand.",
    "Smile :) or frown :-( as you like.",
    "The ratio was 3 : 1 in the final.",
    "Run git add . to stage everything.",
    "He paused . . . and went on.",
    "Renault (the French carmaker) signed; Dacia (Renault's budget brand) did not.",
    "Nested brackets (a (b [c])) are fine.",
    "She said, “He told me ‘no’.”",
    "Visit https://example.com/a , b for more.".replace(" , b", ",b"),
    "Write to jane.doe@example.org.",
]


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_garbled_punctuation_is_fixed(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_correct_punctuation_is_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text
