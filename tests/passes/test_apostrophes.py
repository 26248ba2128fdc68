from __future__ import annotations

import pytest

import mtclean
from mtclean.glossary import load_glossary
from mtclean.passes.apostrophes import APOSTROPHES, _owner_names

# Each paragraph shows other garble (a spaced mark, Chinese punctuation): the evidence the rules need.
FIXED = [
    (
        "We dont want a breaking change , so the API stays .",
        "We don't want a breaking change, so the API stays.",
    ),
    ("Investors didnt expect the drop , analysts said .", "Investors didn't expect the drop, analysts said."),
    ("The dough doesnt rise if the water is cold .", "The dough doesn't rise if the water is cold."),
    (
        "Fans who cant wait for the phone queued overnight .",
        "Fans who can't wait for the phone queued overnight.",
    ),
    ("The studio wont delay the game again , it said .", "The studio won't delay the game again, it said."),
    ("Its a pity the trial isnt larger .", "It's a pity the trial isn't larger."),
    ("Youre right : the rule wasnt clear .", "You're right: the rule wasn't clear."),
    ("Theyre sure the banks arent at risk .", "They're sure the banks aren't at risk."),
    ("Ive tested the app , and it couldnt be faster .", "I've tested the app, and it couldn't be faster."),
    (
        "The screen shouldnt scratch , and it hasnt so far .",
        "The screen shouldn't scratch, and it hasn't so far.",
    ),
    ("Its not too late ，doctors say。", "It's not too late, doctors say."),
    (
        "Thats why prices havent fallen , and they wouldnt soon .",
        "That's why prices haven't fallen, and they wouldn't soon.",
    ),
    (
        "Patients cant be turned away , the ministry said .",
        "Patients can't be turned away, the ministry said.",
    ),
    ("We’re told it dont matter , and they’re right .", "We’re told it don’t matter, and they’re right."),
    # a base form ending in -se or -ss is a verb too
    (
        "If we cant use the app , we wont lose data or pass the test .",
        "If we can't use the app, we won't lose data or pass the test.",
    ),
]
UNCHANGED = [
    "We dont want a breaking change, so the API stays.",  # no garble: the writer's choice
    "i cant even. its fine lol",
    "The cant of politicians annoys voters, and it grows.",
    "The cant of politicians grew, as was his wont.",
    "Its engine is quiet and its range is long.",
    "Set dont_panic = True and call wont_fix() before isnt.py runs.",
    "See https://example.com/dont-panic and `cant wait` in the docs.",
    "The ITS project and Its Journal are names.",
]
# Garbled paragraphs whose look-alike words must stay as they are.
KEPT = [
    ("The cant of politicians grew , as was his wont .", "The cant of politicians grew, as was his wont."),
    ("Its engine is quiet , and its range is long .", "Its engine is quiet, and its range is long."),
    ("Such cant wins votes , critics say .", "Such cant wins votes, critics say."),
    ("Officials cant used to hide it , critics said .", "Officials cant used to hide it, critics said."),
    ("It was her wont to walk at dawn , he wrote .", "It was her wont to walk at dawn, he wrote."),
    ("Set dont_panic to true , then run it .", "Set dont_panic to true, then run it."),
    (
        "The ITS network is new , and its not-for-profit arm grew .",
        "The ITS network is new, and its not-for-profit arm grew.",
    ),
    ("Im is the abbreviation , Im told .", "Im is the abbreviation, Im told."),
    ("Im sure , and Im going .", "I'm sure, and I'm going."),
    ("Mr Dont said , and Dont agreed .", "Mr Dont said, and Dont agreed."),
]


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_dropped_apostrophes_are_restored_in_garbled_text(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_clean_english_keeps_its_words(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize("garbled, expected", KEPT)
def test_nouns_possessives_names_and_identifiers_stay_in_garbled_text(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("rule", APOSTROPHES.rules, ids=lambda rule: rule.name)
def test_the_rule_examples_hold_exactly(rule: mtclean.Rule) -> None:
    assert rule.examples
    for before, after in rule.examples:
        assert mtclean.clean(before) == after


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        ("If you can t beat them, partner with them.", "If you can't beat them, partner with them."),
        ("The app won t open and we don t know why.", "The app won't open and we don't know why."),
        ("It isn t ready, and the fans didn t wait.", "It isn't ready, and the fans didn't wait."),
    ],
)
def test_a_contraction_split_at_its_lost_apostrophe_is_joined_anywhere(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text", ["Plan T is ready.", "The Don T-shirt sold out.", "Vitamin t is not a thing."]
)
def test_a_lone_t_that_is_not_a_split_contraction_stays(text: str) -> None:
    assert mtclean.clean(text) == text


POSSESSIVES = [
    ("Todays meeting was moved to Friday.", "Today's meeting was moved to Friday."),
    ("Sales doubled at this years spring fair.", "Sales doubled at this year's spring fair."),
    ("The Guangdong Mens Volleyball Team arrived late.", "The Guangdong Men's Volleyball Team arrived late."),
    (
        "She won the womens final and the childrens prize.",
        "She won the women's final and the children's prize.",
    ),
    ("Two cases went to the second peoples Hospital.", "Two cases went to the second People's Hospital."),
    ("The judge of the Peoples Court ruled on Monday.", "The judge of the People's Court ruled on Monday."),
    ("The old house was Lin Huiyin s family home.", "The old house was Lin Huiyin's family home."),
    ("It’s next to Zhang Daqian s old studio.", "It’s next to Zhang Daqian’s old studio."),
]
POSSESSIVES_LEFT_ALONE = [
    "The peoples of Asia and the peoples Europe conquered differ.",
    "Mens rea is the guilty mind; Mens Sana Basket won the cup.",
    "Over the years we learned; this years-long fight goes on.",
    "We lost two years, this year and last.",
    "Plan B s and the letter s are typos we keep.",
    "The function todays_date() returns a string.",
    "See grade A s and grades B s in the table.",
]


@pytest.mark.parametrize(("garbled", "expected"), POSSESSIVES)
def test_a_possessive_that_lost_its_apostrophe_gets_it_back(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", POSSESSIVES_LEFT_ALONE)
def test_plurals_and_latin_that_look_like_possessives_stay(text: str) -> None:
    assert mtclean.clean(text) == text


PINYIN = [
    ("The Ping’ an Exam campaign began in May.", "The Ping’an Exam campaign began in May."),
    ("Trains to Xi' an were full.", "Trains to Xi'an were full."),
    ("The Chang’ an Avenue parade starts at ten.", "The Chang’an Avenue parade starts at ten."),
    ("He studied in Yan’ an for a year.", "He studied in Yan’an for a year."),
]
PINYIN_LEFT_ALONE = [
    "The Jones’ and the Smiths’ houses were sold.",
    "James' a cappella group sang.",
    "He said 'Go' and left; 'Run' a mile.",
]


@pytest.mark.parametrize(("garbled", "expected"), PINYIN)
def test_a_pinyin_name_split_at_its_apostrophe_is_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", PINYIN_LEFT_ALONE)
def test_possessives_and_quotes_before_a_vowel_stay(text: str) -> None:
    assert mtclean.clean(text) == text


NAME_POSSESSIVES = [
    ("Huaweis own chip ships in May.", "Huawei's own chip ships in May."),
    ("Geelys self-developed engine is new.", "Geely's self-developed engine is new."),
    ("Xiaomi’s store and Xiaomis own app opened.", "Xiaomi’s store and Xiaomi’s own app opened."),
]
NAME_PLURALS_LEFT_ALONE = [
    # "own" as a verb takes an article or a quantifier
    "Teslas own the fast lane, and Geelys own more of it.",
    # families and people are no glossary company
    "The Smiths own homes in Leeds, and the Obamas own land.",
    # a plural before other words, and the possessive already written
    "Two Huaweis sold in an hour, and Huawei's own chip is new.",
]


@pytest.mark.parametrize(("garbled", "expected"), NAME_POSSESSIVES)
def test_a_company_possessive_before_own_gets_its_apostrophe(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", NAME_PLURALS_LEFT_ALONE)
def test_plurals_and_owners_that_are_no_company_stay(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_owners_are_company_names_that_are_no_english_word() -> None:
    owners = _owner_names(load_glossary())
    assert {"Huawei", "Geely", "Xiaomi"} <= owners
    assert not {"Valve", "SEAT", "Lei Jun", "Beijing"} & owners  # an English word, a person, a place


# ``n't`` split off its verb as a tokeniser writes it (health pages).
SPACED_NT = [
    ("Please do n’t trust the photo of the masks.", "Please don’t trust the photo of the masks."),
    ("I do n't want to wait, and he ca n't either.", "I don't want to wait, and he can't either."),
    ("The shop is n't open and wo n't be until May.", "The shop isn't open and won't be until May."),
]

SPACED_NT_LEFT_ALONE = [
    "Please don’t trust the photo of the masks.",
    # a paragraph about tokenisers quotes the split form on purpose
    "A Penn Treebank tokenizer turns don't into do n't, and the parser expects that.",
    # words that end in n before a word that starts with t
    "The ocean tide rose, and the chin tucked in.",
]


@pytest.mark.parametrize("garbled, expected", SPACED_NT)
def test_a_split_nt_is_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", SPACED_NT_LEFT_ALONE)
def test_a_joined_or_quoted_nt_stays(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "The report to the 19th National Congres s proposed the plan.",
        "Seats in Business Clas s were sold out by noon.",
        "The Harbin Expres s leaves at nine every night.",
    ],
)
def test_a_lone_s_that_completes_the_word_before_it_is_no_possessive(text: str) -> None:
    # A typo split the word; writing it as a possessive would make a second error.
    assert mtclean.clean(text) == text
