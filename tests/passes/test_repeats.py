"""The repeats pass: words MT wrote twice, and the doubles English writes on purpose."""

from __future__ import annotations

import pytest

import mtclean

FIXED = [
    ("Deaths from stroke in in our province fell again.", "Deaths from stroke in our province fell again."),
    ("The the new model goes on sale in May.", "The new model goes on sale in May."),
    ("Most of of the funds went to the north.", "Most of the funds went to the north."),
    ("He was a a member of the board for ten years.", "He was a member of the board for ten years."),
    ("Prices rose in the the first quarter.", "Prices rose in the first quarter."),
    ("Add salt to to taste and stir.", "Add salt to taste and stir."),
    ("The club said , the the transfer is done .", "The club said, the transfer is done."),
    # An unseen job Q&A mirror doubled a capitalised "If" at a sentence's start.
    ("Keep a list. If If a task slips, the week slips.", "Keep a list. If a task slips, the week slips."),
    # 台湾省 with its 省 translated twice, on four sites of the survey (leftover-l).
    (
        "Confinement meals came from Taiwan Province Province twenty years ago .",
        "Confinement meals came from Taiwan Province twenty years ago.",
    ),
    ("Tea from Taiwan Province Province Province of China.", "Tea from Taiwan Province of China."),
]
UNCHANGED = [
    "He had had enough of the delays.",
    "She said that that was the plan.",
    "It was very very hot, and the kids said bye bye to the beach.",
    "Log in in the morning and carry on on Monday.",
    "Come in in your own time; we will check in in the evening.",
    "The town of Walla Walla and the island of Bora Bora.",
    "Let it be, let it be.",
    "Plan A a decade ago was different.",
    "What if, if the train is late, we miss the start?",
    "Kansas City City Hall and the Orange County County Clerk both opened late.",
    "She left the Province, Province House stayed shut, and the province's office moved.",
]


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_a_doubled_function_word_is_written_once(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_doubles_english_writes_on_purpose_stay(text: str) -> None:
    assert mtclean.clean(text) == text


DOUBLED_PHRASES = [
    (
        "The bureau posted the data on the official website on the official website on Wednesday.",
        "The bureau posted the data on the official website on Wednesday.",
    ),
    (
        "The plant stands in the north of the city in the north of the city.",
        "The plant stands in the north of the city.",
    ),
    (
        "Fans queued at the gate at the gate, and the doors opened late.",
        "Fans queued at the gate, and the doors opened late.",
    ),
]
PHRASES_ENGLISH_REPEATS = [
    "He put it in the box in the box room.",
    "In the end, in the end, it rained.",
    "She was the mother of the mother of the bride.",
    "Turn to the left, to the left, the song went.",
    "We sat at the table at the table tennis club.",
    "on the road\non the road again",
]


@pytest.mark.parametrize(("garbled", "expected"), DOUBLED_PHRASES)
def test_a_phrase_written_twice_is_written_once(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", PHRASES_ENGLISH_REPEATS)
def test_a_phrase_english_repeats_on_purpose_stays(text: str) -> None:
    assert mtclean.clean(text) == text
