from __future__ import annotations

import pytest

import mtclean

FIXED = [
    ("On 8 month 9 Japan , it rained .", "On August 9, it rained."),
    ("On 12 month 31 Number it closed.", "On December 31 it closed."),
    ("(8 month 9 Number )", "(August 9)"),
    ("2021 year 1 month 14 Japan , Renault acted .", "January 14, 2021, Renault acted."),
    ("It began in 2019 year 10 month .", "It began in October 2019."),
    ("Netease car 8 month 9 Reported", "NetEase Auto August 9 Reported"),
    ("On 3 month 5 day , sales rose .", "On March 5, sales rose."),
]
UNCHANGED = [
    "The child is 4 year 8 month 20 day old on the form.",
    "It took 2 years 8 months to finish.",
    "The deal was signed on 9 August 2021.",
    "The deal was signed on August 9, 2021.",
    "The log shows 2021-08-09T14:30:00Z.",
    "Chapter 8, Section 9: the Japan Railways timetable.",
    "A 3 month 2 week course.",
    "In 2019 Japan hosted the Rugby World Cup.",
    "Team 9 Japan won the relay.",
    "The 13 month 40 day calendar is fictional.",
]


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_tokenised_dates_are_written_as_dates(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_real_dates_and_durations_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text
