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
    # Items at the starts of lines, some numbered the English way (seen on unseen recipe,
    # gardening and dictionary pages): each gets a full stop and a capital.
    (
        "Method:\n1, peel the carrots and slice them thin.\n2. Warm the oil in a deep pan.\n"
        "3, add the carrots and a pinch of salt.",
        "Method:\n1. Peel the carrots and slice them thin.\n2. Warm the oil in a deep pan.\n"
        "3. Add the carrots and a pinch of salt.",
    ),
    (
        "In April the shoots appear.\n1. Watering: give the beds water every third day.\n"
        "2, weeding: pull the weeds by hand before they seed.",
        "In April the shoots appear.\n1. Watering: give the beds water every third day.\n"
        "2. Weeding: pull the weeds by hand before they seed.",
    ),
    (
        "Hints:\n1, If the dough sticks, dust it with flour.\n2, Keep the oven door shut while it bakes.",
        "Hints:\n1. If the dough sticks, dust it with flour.\n2. Keep the oven door shut while it bakes.",
    ),
    # A short item, a heading of words, beside items numbered the English way (unseen
    # real-estate pages, last round's culture page).
    (
        "Fees on a resale flat:\n1, deed tax; pay 3% of the price.\n2. Stamp duty: each side pays half.",
        "Fees on a resale flat:\n1. Deed tax; pay 3% of the price.\n2. Stamp duty: each side pays half.",
    ),
    (
        "1, creature\nThe otter eats fish.\n2. Habitat\nIt lives by rivers.",
        "1. Creature\nThe otter eats fish.\n2. Habitat\nIt lives by rivers.",
    ),
    # Items in a sentence, some numbered the English way (unseen housing-fund page).
    (
        "You may withdraw it to: 1, buy a flat; 2. Repay a loan; 3. Pay rent; 4, retire.",
        "You may withdraw it to: 1. buy a flat; 2. Repay a loan; 3. Pay rent; 4. retire.",
    ),
    # Items in brackets MT numbered as words among digits (unseen law and job pages).
    (
        "Conditions\n(1) Be of good health.\n(2) Hold a degree.\n(three) the age limit is 35.\n"
        "(4) Speak clearly.\n(Five) other conditions of the post.",
        "Conditions\n(1) Be of good health.\n(2) Hold a degree.\n(3) The age limit is 35.\n"
        "(4) Speak clearly.\n(5) Other conditions of the post.",
    ),
    (
        "Cases:\n(a) buying a home;\n(two) building one;\n(three) repairing one;\n(4) retiring;\n"
        "(five) leaving the country;\n(eleven) other cases.",
        "Cases:\n(a) buying a home;\n(2) Building one;\n(3) Repairing one;\n(4) Retiring;\n"
        "(5) Leaving the country;\n(eleven) other cases.",
    ),
    (
        "(6) The contract ends as Article 44 says;\n\n(seven) other cases the law names.",
        "(6) The contract ends as Article 44 says;\n\n(7) Other cases the law names.",
    ),
    # Items that each open a paragraph of their own (unseen pet, parenting and health pages).
    (
        "Tips for a new puppy\n\n1, buy a soft bed for the first nights\n\nPuppies cry when alone.\n\n"
        "2, walk him after meals\n\nThis teaches him where to go.",
        "Tips for a new puppy\n\n1. Buy a soft bed for the first nights\n\nPuppies cry when alone.\n\n"
        "2. Walk him after meals\n\nThis teaches him where to go.",
    ),
    (
        "1, rinse the rice\n\nUse cold water.\n\n2, soak it\n\n3, steam it\n\nTwenty minutes is enough.",
        "1. Rinse the rice\n\nUse cold water.\n\n2. Soak it\n\n3. Steam it\n\nTwenty minutes is enough.",
    ),
    (
        "1, eat less fried food\n\nOil is heavy in winter.\n\n2. Drink warm water.\n\nIt helps the throat.",
        "1. Eat less fried food\n\nOil is heavy in winter.\n\n2. Drink warm water.\n\nIt helps the throat.",
    ),
    # Items lettered the Chinese way (an unseen wholesale shop's order rules, where the
    # lists pass had made "A, orders are packed"): a letter and a full stop.
    (
        "Shipping:\nA、 Orders are packed within two days.\n\nB、 Parcels over 5 kg travel by sea.",
        "Shipping:\nA. Orders are packed within two days.\n\nB. Parcels over 5 kg travel by sea.",
    ),
    ("C 、Samples are free for old customers.", "C. Samples are free for old customers."),
    # Section headings MT numbered with a numeral word and a comma, or a long heading that
    # ends with a colon, beside a sibling section (blind 19's orchard and ID-card pages).
    (
        "    Two, drainage\n    Dig the ditches first.\n\n    Three, soil improvement\n    Add compost.",
        "    2. Drainage\n    Dig the ditches first.\n\n    3. Soil improvement\n    Add compost.",
    ),
    (
        "One, choosing the site\nPick a slope.\nTwo, Choosing the seedlings\nBuy grafted ones.",
        "1. Choosing the site\nPick a slope.\n2. Choosing the seedlings\nBuy grafted ones.",
    ),
    (
        "I. How to renew a permit:\nVisit the office.\n"
        "Two. The papers an applicant must bring along with the form are as follows:\n1. A photo.",
        "I. How to renew a permit:\nVisit the office.\n"
        "II. The papers an applicant must bring along with the form are as follows:\n1. A photo.",
    ),
    # Items whose paragraphs a page indents (an unseen warranty page, blind 10).
    (
        "Not covered:\n\n    1, the unit is past its one-year warranty.\n\n    2, the seal on the case is broken.",
        "Not covered:\n\n    1. The unit is past its one-year warranty.\n\n    2. The seal on the case is broken.",
    ),
]
UNCHANGED = [
    # A paragraph opening with a number and a comma, with no neighbour opening another paragraph.
    "3, as every child knows, is a prime.\n\n5 is one too, and so is 7.",
    "2, 4 and 6 are even.\n\n1, 3 and 5 are not.",
    "x, y\n\n1, north\n\nThe second column is a direction.",
    "rank, name\n1, Lee\n2, Park",
    # Indented rows of data keep their commas too.
    "    1, 20\n\n    2, 30",
    "Scores\n1, 20\n2. 30",
    "x, y\n1, apple,red\n2. pear",
    "(one) more time, the crowd sang.\n(two) more songs, they begged.",
    "The cases:\n(a) one\n(b) two\n(three) is missing from the scan.",
    "(2) Pick a seat.\nThe choir sang (three) times.",
    "See pages 3, 5 and 7.",
    "One. Two. Three. Go!",
    "Ten. That is the number of players we need.",
    "In 2019, sales rose. 1, however, is a lonely number.",
    "Scores were 1, 2 and 3 in the first round.",
    "Two, three or four people came.",
    # A numeral word and a comma with no sibling section, in a sentence, or before numbers.
    "Two, drainage\nDig the ditches first.",
    "Two, she said, was enough.\nThree, he said, was too many.",
    "Two, please.\nThree, please.",
    "Two, three, four\nFive, six, seven",
    "One, two\nTwo, three",
    "Four, the team said, would be hired in the spring and trained over the long summer months:\nFive, later.",
    "One day we will go.",
    # Rows of data at the starts of lines keep their commas.
    "id,fruit,colour\n1, apple,red\n2, pear,green",
    "rank, name\n1, Alice\n2, Bob",
    "Results:\n1, 2 and 3 were drawn first.\n2, 4 and 6 came next.",
    # A lone line that starts with a number and a comma is no list.
    "He counted down.\n3, he said, and then 2. Nothing happened at all.",
    # A letter that is an item of a list of letters, or no item at all.
    "A, B and C are the grades.\nA. Bright is the top one.",
    "Plan A: Orders ship at noon.",
]


@pytest.mark.parametrize(("garbled", "expected"), FIXED)
def test_chinese_list_numbers_are_written_the_english_way(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_numbers_in_sentences_stay(text: str) -> None:
    assert mtclean.clean(text) == text


# An item numbered ``4,`` among sentences numbered ``3.`` and ``5.`` (blind 15: an ID card guide).
SENTENCE_RUN_ITEMS = [
    (
        "To renew it: 1. Take the old card. 2. Fill in the form. 3, pay the fee at the desk. 4. Wait for the text.",
        "To renew it: 1. Take the old card. 2. Fill in the form. 3. Pay the fee at the desk. 4. Wait for the text.",
    ),
    (
        "Sign in first. 1, open the app and tap Settings. 2. Choose a language.",
        "Sign in first. 1. Open the app and tap Settings. 2. Choose a language.",
    ),
]

SENTENCE_RUN_LEFT_ALONE = [
    # a number and a comma between sentences, with no neighbour on both sides
    "Version 2. 3, not 4, is the one we ship. 5. That is all.",
    "It cost 2. 3, however, was the price of a ticket. 4. The end.",
    "Prices fell in May. 3, 4 and 5 were the worst days. 6. See the chart.",
]


@pytest.mark.parametrize(("garbled", "expected"), SENTENCE_RUN_ITEMS)
def test_a_comma_item_among_dotted_sentences_gets_its_dot(garbled: str, expected: str) -> None:
    result = mtclean.explain(garbled)
    assert result.text == expected
    assert {change.rule for change in result.changes} == {"enumerators.comma-number"}


@pytest.mark.parametrize("text", SENTENCE_RUN_LEFT_ALONE)
def test_numbers_and_commas_between_sentences_stay(text: str) -> None:
    assert mtclean.clean(text) == text


# A line MT translated but left numbered with a Chinese numeral (survey: a land
# listing's 一、 to 十四、, an environment notice's 一、 and (一), a law page's 三、).
HAN_NUMBERED = [
    (
        "How to apply:\n一、 Fill in the form;\n二、 Pay the deposit;\n十二、 Collect the receipt.",
        "How to apply:\n1. Fill in the form;\n2. Pay the deposit;\n12. Collect the receipt.",
    ),
    (
        "三、Scope of the rules\nThe rules cover all ports.",
        "3. Scope of the rules\nThe rules cover all ports.",
    ),
    ("(一)Main tasks\nCut waste by a fifth.", "(1) Main tasks\nCut waste by a fifth."),
    ("二十一、 Closing remarks", "21. Closing remarks"),
]

HAN_NUMBERED_LEFT_ALONE = [
    # a Chinese line, Chinese after the numeral, a numeral inside a sentence, code
    "一、总则\n二、适用范围",
    "一、Python 简介",
    "The list 一、二、三 counts to three.",
    "    print('一、done')",
]


@pytest.mark.parametrize(("garbled", "expected"), HAN_NUMBERED)
def test_a_line_numbered_with_a_chinese_numeral_is_numbered_in_digits(garbled: str, expected: str) -> None:
    result = mtclean.explain(garbled)
    assert result.text == expected
    assert "enumerators.han-number" in {change.rule for change in result.changes}
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", HAN_NUMBERED_LEFT_ALONE)
def test_chinese_lines_and_numerals_inside_a_line_keep_their_numbering(text: str) -> None:
    assert "enumerators.han-number" not in {change.rule for change in mtclean.explain(text).changes}


# Numeral words opening line after line with a comma and no text between them are a
# spoken list, a blurb or a verse, never section headings (harm-hunt31: a travel tip's
# "One, check your passport." / "Two, check the baggage rules" became "2. Check ...").
COUNTED_LINES_LEFT_ALONE = [
    "Before you fly\n\nOne, check your passport.\nTwo, check the baggage rules\nThree, arrive early\n\nSafe trip.",
    "The blurb\n\nOne, a girl who could not sleep\nTwo, a boy who would not talk\nThree, a dog who did both",
]


@pytest.mark.parametrize("text", COUNTED_LINES_LEFT_ALONE)
def test_comma_numeral_lines_one_after_another_stay(text: str) -> None:
    assert mtclean.clean(text) == text


def test_comma_headings_with_their_sections_between_are_still_numbered() -> None:
    text = "Two, site planning\nKeep the roads short.\n\nThree, soil improvement\nPlough in autumn."
    assert (
        mtclean.clean(text)
        == "2. Site planning\nKeep the roads short.\n\n3. Soil improvement\nPlough in autumn."
    )
