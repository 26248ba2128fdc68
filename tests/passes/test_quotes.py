"""Quotation marks spaced the Chinese way, and quote styles that must be left alone.

Issue 15: ``"refresh "Then`` became ``"refresh"Then``, and a published style
that opens with ``”`` (``2019, ”Acme Pay”``) was rewritten.  The direction of
one mark is no evidence of garble; only a well-formed pair is.
"""

from __future__ import annotations

import pytest

import mtclean

SPACED_QUOTES = [
    ('Click to "refresh "Then reload the page.', 'Click to "refresh" then reload the page.'),
    ("Set the field named ' offset ' to zero.", "Set the field named 'offset' to zero."),
    ('The phone\'s " night mode " takes sharper photos.', 'The phone\'s "night mode" takes sharper photos.'),
    (
        "Analysts call the stock a “ safe haven ” this quarter.",
        "Analysts call the stock a “safe haven” this quarter.",
    ),
    ("The minister said :“ the policy starts in May .”", "The minister said: “The policy starts in May.”"),
    ('Press " Start "Then choose a level.', 'Press "Start" then choose a level.'),
    ("Doctors call it ' silent ' inflammation.", "Doctors call it 'silent' inflammation."),
    (
        'The recipe says " a pinch " of salt, not " a spoon ".',
        'The recipe says "a pinch" of salt, not "a spoon".',
    ),
    ("Tap “ Save ”Then close the app.", "Tap “Save” then close the app."),
    # an inch mark elsewhere: the sentence's own pair is still fixed
    (
        'The 6" pan is small. Click " refresh "Then reload.',
        'The 6" pan is small. Click "refresh" then reload.',
    ),
    ('The update adds a " photo mode "And two new maps.', 'The update adds a "photo mode" and two new maps.'),
    ("Open the ' settings ' page , Then pick a theme .", "Open the 'settings' page, then pick a theme."),
    (
        "The rule is called “ zero trust ” , Then it spread .",
        "The rule is called “zero trust”, then it spread.",
    ),
]

# Clean English whose quotation marks face an unusual way, or pair unusually.
QUOTES_LEFT_ALONE = [
    'He said "Hello" and left.',
    'The 27" and 32" monitors, and the " Pro " line.',
    "The Joneses' car and the Smiths' house were 'fine'.",
    'Our reviewer wrote: "Battery life is superb." Then she tested it again.',
    "“Buy,” he said. “Then sell.”",
    'Type "Then" in the box and press enter.',
    "Rock 'n' roll is back in style.",
    'She said "yes."  Then she left.',
    'Write "a", then " " and "b".',
    '"I\'m coming," she said. "Wait for me',
    "The ' key is next to the enter key.",
]

# The closing-mark style (”…”) seen on published pages, and German-style „…“.
QUOTE_STYLES_LEFT_ALONE = [
    "In 2019, ”Acme Pay” was launched.",
    "The app ”Quick Notes” got an update, and ”Quick Mail” followed.",
    "Critics called the film ”a small miracle” in their reviews.",
    "„Acme“ was launched in 2019 and „Beta“ a year later.",
    "Shares of ”Orbit Games” rose 4% after ”Star Harbor” shipped.",
    "The clinic's ”walk-in” hours start at 8 a.m.",
    "The bill, known as ”the farm act”, passed on Tuesday.",
    "He wrote: ”We will ship it.” Then he left.",
    "The phone comes in ”midnight”, ”sand” and ”sea” colours.",
]

GLUED_QUOTES = [
    (
        'Officials warned that" zero tariffs "would hurt farmers.',
        'Officials warned that "zero tariffs" would hurt farmers.',
    ),
    ('The bank sells a" smart deposit "product online.', 'The bank sells a "smart deposit" product online.'),
    ('The "Steady+"wealth product pays every month.', 'The "Steady+" wealth product pays every month.'),
    (
        'Its "Gold Card"holders and "Silver"members queue apart.',
        'Its "Gold Card" holders and "Silver" members queue apart.',
    ),
]
GLUED_QUOTES_LEFT_ALONE = [
    'The recipe says "a pinch" of salt, not "a spoon".',
    'He bought a 27" monitor and a 32" one.',
    'In code, write print("a"b) to see the error.',
    'A 6" pan" and more" quotes stay odd.',
    'The "Gold" Card is new; "Silver" Card is old.',
    'The fair is called Founders" Day because its date, May 4 (a Monday), marks four "firsts.',
    'Stray marks" keep this clause, with its comma, as it "was.',
    "To find a bracket itself, type \\( and \\).",
]


@pytest.mark.parametrize(("garbled", "expected"), GLUED_QUOTES)
def test_straight_quotes_glued_to_the_wrong_words_are_moved(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", GLUED_QUOTES_LEFT_ALONE)
def test_straight_quotes_that_pair_as_english_stay(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize("garbled, expected", SPACED_QUOTES)
def test_quotes_spaced_the_chinese_way_are_closed_up(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", QUOTES_LEFT_ALONE + QUOTE_STYLES_LEFT_ALONE)
def test_clean_quotation_marks_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_well_formed_pair_is_fixed_beside_another_style() -> None:
    text = "In 2019, ”Acme Pay” was launched; its rival is “ Beta ”."
    assert mtclean.clean(text) == "In 2019, ”Acme Pay” was launched; its rival is “Beta”."


def test_spaced_brackets_around_a_question_mark_are_closed_up() -> None:
    assert mtclean.clean("The new mode (Beta? ) ships today.") == "The new mode (Beta?) ships today."


def test_two_spaced_plural_possessives_are_not_taken_for_a_quotation() -> None:
    text = "the players ' coach and the fans ' chants were loud"
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Our reporters Li Wen and Sara Holm (SH) spoke with Tomas Varga (Varga) about the port deal.",
        "The buyer, Cedar Point Holdings (Holdings), pays the deposit named below.",
    ],
)
def test_a_bracketed_short_form_of_a_longer_name_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_name_doubled_in_brackets_after_a_function_word_loses_the_copy() -> None:
    assert mtclean.clean("The deal with Renault (Renault) was signed.") == "The deal with Renault was signed."
    assert mtclean.clean("In Geely (Geely) the board met.") == "In Geely the board met."


def test_a_space_between_a_bracket_and_chinese_stays() -> None:
    text = "Paste the character fu ( 福) upside down, and write chun (春 ) beside it."
    assert mtclean.clean(text) == text
    assert (
        mtclean.clean("It is based on ( strong consistency ) rules.")
        == "It is based on (strong consistency) rules."
    )


@pytest.mark.parametrize(
    "text",
    [
        'Usage: words = jieba.cut(line) then print("Result: " + " | ".join(words)) shows them.',
        'Set prefix = " >> " first, and the log reads prefix + " done ".',
    ],
)
def test_strings_in_code_flattened_into_prose_keep_their_spaces(text: str) -> None:
    # Documentation pages flatten code samples into a line of prose.
    assert mtclean.clean(text) == text


def test_a_quotation_spaced_the_chinese_way_beside_code_is_still_closed() -> None:
    assert mtclean.clean('The team calls it " the fast path " in the docs.') == (
        'The team calls it "the fast path" in the docs.'
    )


@pytest.mark.parametrize(
    "text",
    [
        "The minister wrote: “They renamed it ‘Harbour Office.’ ” Nobody objected.",
        "“ ‘Slow down’ was all she said,” the driver recalled.",
    ],
)
def test_nested_marks_a_typesetter_spaced_apart_keep_their_space(text: str) -> None:
    # American news style puts a (thin) space between a single and a double mark that meet.
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Tokens are split on “ ” (a single space) unless another delimiter is given.",
        "Set the separator to “ ” or to “,” before you load the file.",
    ],
)
def test_a_pair_that_quotes_a_space_keeps_it(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "The caption reads [ glass breaks ] and the next line is hers.",
        "Each heading ends with [ edit | history ] on the wiki.",
        "- [ Bells ringing ] - Is that the church?",
    ],
)
def test_a_square_pair_spaced_alike_on_both_sides_is_a_style(text: str) -> None:
    # Subtitles mark sounds this way, wikis set their edit links apart: no MT garble.
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("The rule is stated [see note 4 ].", "The rule is stated [see note 4]."),
        ("The rule is stated [ see note 4].", "The rule is stated [see note 4]."),
        ("The rule is stated ( see note 4 ).", "The rule is stated (see note 4)."),
    ],
)
def test_a_lopsided_square_pair_and_a_spaced_round_pair_are_still_closed(text: str, cleaned: str) -> None:
    assert mtclean.clean(text) == cleaned


@pytest.mark.parametrize(
    "text",
    [
        '"headers": "attachment; filename=\\"report_2024-05-01.csv\\""',
        '--body \'{"greeting": "{\\"text\\": \\"hello\\"}"}\'',
        '"banner": "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>"',
        'The log line read "state=\\"ready\\" note=\\"warm \\"" at noon.',
    ],
)
def test_marks_escaped_with_a_backslash_are_strings_in_code(text: str) -> None:
    # An escaped mark sits inside a JSON or shell string: neither it nor the marks around it pair as prose.
    assert mtclean.clean(text) == text


def test_escaped_marks_leave_the_other_sentences_their_pairs() -> None:
    text = 'He called it " the ideal partner " again. The body was "{\\"a\\": 1}".'
    assert mtclean.clean(text) == 'He called it "the ideal partner" again. The body was "{\\"a\\": 1}".'


@pytest.mark.parametrize(
    "text",
    [
        "The frame is “ + Verb + 得 + Complement“. Learn it by heart.",
        "He called the pattern “Subject + Time + Verb“, and the class copied it.",
        "Her last word was “enough“\nThen the line went quiet.",
    ],
)
def test_an_opening_mark_that_closes_a_quotation_gets_no_space_before_it(text: str) -> None:
    # A writer closed with the wrong curly mark: a space before it would cut it from its quotation.
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        'Put a backslash before each quotation mark ( \\" ) in the policy text.',
        "Separate the fields with a pipe ( | ) and end each row with a semicolon ( ; ).",
    ],
)
def test_a_mark_shown_in_spaced_brackets_keeps_its_spaces(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Nested quotations follow the English order: “ ‘ … ’ ”, double outside and single inside.",
        "The marks in use ( 「」, 『』, “ ” ) differ between Taipei and Beijing.",
    ],
)
def test_a_pair_that_holds_marks_and_no_word_shows_them(text: str) -> None:
    assert mtclean.clean(text) == text
