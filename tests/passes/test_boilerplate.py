"""The boilerplate pass: page furniture MT translated into the text, and English that looks like it."""

from __future__ import annotations

import pytest

import mtclean

FIXED = [
    ("Current location - Fund Network - Basics - What is a money fund?", "What is a money fund?"),
    ("Current position > Home > News > Rates rise again", "Rates rise again"),
    (
        "Open the panel. Insert picture description here Then pick a theme.",
        "Open the panel. Then pick a theme.",
    ),
    (
        "Set redis.timeout to 3000Copy the code and restart the service.",
        "Set redis.timeout to 3000 and restart the service.",
    ),
    ("The ministry said exports grew 5%. (Finish)", "The ministry said exports grew 5%."),
    ("The ministry said exports grew 5%.（Finish）", "The ministry said exports grew 5%."),
    ("[Explanation] On Monday the first train left Kunming.", "On Monday the first train left Kunming."),
    ("【Same period】 The passengers cheered.", "The passengers cheered."),
    ("Zhou Shen [Weibo] sang the opening song.", "Zhou Shen sang the opening song."),
    ("Runners lined up at dawn. (Photo/Reporter Chen Yu)", "Runners lined up at dawn. (Photo: Chen Yu)"),
    ("Author | Wang Ming", "By Wang Ming"),
    ("Text丨Li Na", "By Li Na"),
]
UNCHANGED = [
    "Your location matters: shops near the station sell more.",
    "Current location of the ship - unknown - was reported at noon.".replace(" - unknown - ", ", unknown,"),
    "Copy the code below into your shell.",
    "Click Copy the code to copy it.",
    "The race (Finish) line was moved, and the film ends with (End).",
    "He wrote [Explanation] in the margin of the draft.",
    "See the photo (Photo by Chen Yu) on page 3.",
    "Text | Input | Output",
    "Author/editor roles are shared.",
    "Insert picture description here is a phrase we discuss, not a placeholder.".replace(
        "Insert picture description here is", "The words insert picture description here are"
    ),
]


@pytest.mark.parametrize(("garbled", "expected"), FIXED)
def test_page_furniture_is_removed_or_written_as_english(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_english_that_looks_like_furniture_stays(text: str) -> None:
    assert mtclean.clean(text) == text
