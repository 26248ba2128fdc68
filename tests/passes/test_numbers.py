from __future__ import annotations

import pytest

import mtclean

FIXED = [
    ("The group has 18 10000 employees.", "The group has 180,000 employees."),
    ("It costs 3.5 10000 yuan.", "It costs 35,000 yuan."),
    ("They hired 100 10000 workers.", "They hired 1 million workers."),
    ("Revenue was 1.2 100 million yuan.", "Revenue was 120 million yuan."),
    ("It has 2 100 million users.", "It has 200 million users."),
    ("Sales reach 15 100 million yuan.", "Sales reach 1.5 billion yuan."),
    ("It sells in 130 Many countries.", "It sells in more than 130 countries."),
    ("2025 Years later is the stage of change.", "After 2025 is the stage of change."),
    ("Until 2023 The year is the revival stage.", "Until 2023 is the revival stage."),
]
UNCHANGED = [
    "Over 10000 people attended.",
    "The population is 10,000 and growing.",
    "The table reads 2 10000 3 10000.",
    "It has 200 million users.",
    "The film 28 Years Later opened in June.",
    "Version 3.11.4 fixed 12.5% of the bugs.",
    "Call +44 20 7946 0958 before 4:30 pm.",
]


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_number_units_are_converted(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_real_numbers_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text
