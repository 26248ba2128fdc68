"""The chinese pass: full-width marks become English, Chinese quoted in English stays."""

import pytest

import mtclean

QUOTED_CHINESE = [
    'Her best-known poem, "Autumn Rain on the River" (《江上秋雨》), is taught in schools.',
    "The novel 《三体》 sold well before it was translated as The Three-Body Problem.",
    "Fans still sing 「月亮代表我的心」 at weddings, and the record label kept its title.",
    "《论语·学而》 opens the Analects, which the course reads in English.",
    "Lesson 4\n【守 株 待 兔】\n“Waiting by a tree stump for a hare” – hoping for luck instead of working.",
    "Useful sentences:\n1. 他每天都迟到。 - He is late every day.\n2. 你去哪儿？ - Where are you going?",
    'The singer\'s debut album 《海上花》 [literally "Flowers on the Sea"] came out in 1999.',
]

GARBLED = [
    ("the report《Renaulution》was released", "the report “Renaulution” was released"),
    ("The film《Wolf Warrior 2》earned more.", "The film “Wolf Warrior 2” earned more."),
    ("It was called「Project 山水」by the team.", "It was called “Project 山水” by the team."),
    ("The film《Hero》 [2002] opened .", "The film “Hero” [2002] opened."),
    ("Its name（Lotus） “Evija” won .", "Its name (Lotus) “Evija” won."),
    ("The partners signed an agreement。", "The partners signed an agreement."),
    ("The board met 【Lotus】 today .", "The board met [Lotus] today."),
]


@pytest.mark.parametrize("text", QUOTED_CHINESE)
def test_chinese_marks_around_chinese_text_stay(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize("garbled, expected", GARBLED)
def test_chinese_marks_around_english_become_english(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


def test_a_quoted_chinese_title_is_no_garble_for_the_detector() -> None:
    text = 'The poem "Quiet Night" (《静夜思》) is the one every child learns by heart.'
    assert not mtclean.is_garbled(text)


def test_the_labels_of_a_chinese_journals_structured_abstract_stay() -> None:
    text = (
        "Abstract: 【Objective】This study compared two irrigation regimes for maize. "
        "【Methods】Plots in Shandong were watered weekly or fortnightly in 2021 and 2022. "
        "【Results】 Weekly watering raised yield by 6%. 【Conclusion】Weekly watering is advised."
    )
    assert mtclean.clean(text) == text
    assert not mtclean.is_garbled(text)


def test_a_headline_tag_in_lenticular_marks_is_still_garble() -> None:
    assert mtclean.clean("【Food safety】 Inspectors checked 200 batches .") == (
        "[Food safety] Inspectors checked 200 batches."
    )


def test_an_editors_note_framed_in_lenticular_marks_on_its_own_line_stays() -> None:
    # A Chinese university's English news page frames the editor's note that way.
    text = (
        "【Editor's note: This month we visit the marine lab in Zhoushan. Its director, Dr. WU Lin, "
        "studies how tides shape the mudflats.】\n"
        "The boat leaves the pier at seven, and the tide is already turning."
    )
    assert mtclean.clean(text) == text
    assert not mtclean.is_garbled(text)


UNIT_PRODUCTS = [
    "The heat pump saves about 1,200 kW·h a year, and the new motor gives 45 N·m of torque.",
    "After the reaction, 3.2 mg·L-1 of nitrate was left and the rate reached 85 µmol·g-1·h-1.",
    "Her thesis on the Col·legi de Metges cites a col·lecció of letters from 1910.",
]


@pytest.mark.parametrize("text", UNIT_PRODUCTS)
def test_the_dot_of_a_unit_product_or_of_catalan_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_dot_between_the_two_parts_of_a_foreign_name_becomes_a_space() -> None:
    garbled = "The striker Kylian·Mbappe met the coach , and Leonardo·DiCaprio watched ."
    assert mtclean.clean(garbled) == "The striker Kylian Mbappe met the coach, and Leonardo DiCaprio watched."


def test_a_block_of_fields_with_lenticular_labels_stays() -> None:
    # harm-hunt6: a legal database's English sets a notice's header so.
    text = "【Issuing Body】CAC\n【Date of Issue】2022/11/2\nThe notice follows."
    assert mtclean.clean(text) == text


def test_one_lenticular_tag_before_a_headline_is_still_mapped() -> None:
    assert mtclean.clean("【Hot】Stocks rose today\nMore below.") == "[Hot] Stocks rose today\nMore below."
    assert (
        mtclean.clean("【Food safety】 Inspectors checked it.\n【Tech】 Phones sold.")
        == "[Food safety] Inspectors checked it.\n[Tech] Phones sold."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Preface ……………… 3\nThe first winter …………………..41",
        "Index of players ………… 120",
    ],
)
def test_a_leader_of_ellipses_to_a_page_number_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_chinese_ellipsis_before_more_words_is_still_one_mark() -> None:
    assert mtclean.clean("Prices rose……3 stores closed.") == "Prices rose…3 stores closed."


# A Chinese full stop, ! or ? after the English mark that already ends the sentence (seen on a health page).
REPEATED_SENTENCE_ENDS = [
    ("The host kept smiling through the interview.。", "The host kept smiling through the interview."),
    ("Is the hotel safe?。 Most guests say yes.", "Is the hotel safe? Most guests say yes."),
    ("Book early!。Rooms sell out by noon.", "Book early! Rooms sell out by noon."),
    ("Ask at the front desk, etc. 。 Then wait.", "Ask at the front desk, etc. Then wait."),
]

REPEATED_SENTENCE_ENDS_LEFT_ALONE = [
    # Chinese quoted in English keeps its own full stop
    "Example: 我们走吧。 - Let's go.",
    # one English full stop and no Chinese mark: nothing to take away
    "The host kept smiling through the interview.",
]


@pytest.mark.parametrize("garbled, expected", REPEATED_SENTENCE_ENDS)
def test_a_chinese_stop_after_an_english_one_goes(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", REPEATED_SENTENCE_ENDS_LEFT_ALONE)
def test_a_single_sentence_end_stays(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Full stop ( 。 )\nThe Chinese full stop is a small hollow circle written on the baseline.",
        "Traditional Chinese uses corner brackets 「 」 for quotations, and 『 』 for a quotation inside one.",
        "Book title marks 《 ... 》 enclose the names of books, films and songs.",
    ],
)
def test_a_guide_to_punctuation_keeps_the_marks_it_shows(text: str) -> None:
    assert mtclean.clean(text) == text


# A Chinese report's English form lost its tick to ``?`` (blind 15: quarterly reports).
LOST_TICKS = [
    (
        "Whether the quarterly report was audited\n□ Yes ?No",
        "Whether the quarterly report was audited\n□ Yes √ No",
    ),
    (
        "Whether earlier figures were restated. ? Yes √ No",
        "Whether earlier figures were restated. □ Yes √ No",
    ),
    ("Restated?\n□Yes ?No", "Restated?\n□Yes √No"),
    (
        "Applies to the company: √ Applicable ?Not applicable",
        "Applies to the company: √ Applicable □ Not applicable",
    ),
]

LOST_TICKS_LEFT_ALONE = [
    "Did it pass? Yes? No? Nobody knew.",
    "Answer Yes ?No if unsure, said the form.",
    "Tick a box: □ Yes □ No",
    "Both were ticked: √ Yes √ No",
    "The reply read ?Yes or No? to the clerk.",
    # a form that puts each box after its answer: the question keeps its mark (harm-hunt18)
    "Do you smoke? Yes □ No □",
    "Was the parcel opened? Yes √ No □",
    "Smoker?Yes□ No□",
    "Any allergies?  Yes □  No □  If yes, list them.",
]


@pytest.mark.parametrize(("garbled", "expected"), LOST_TICKS)
def test_a_lost_tick_goes_back_in_its_box(garbled: str, expected: str) -> None:
    result = mtclean.explain(garbled)
    assert result.text == expected
    assert {change.rule for change in result.changes} == {"chinese.lost-tick"}


@pytest.mark.parametrize("text", LOST_TICKS_LEFT_ALONE)
def test_question_marks_without_a_box_stay(text: str) -> None:
    assert mtclean.clean(text) == text


SEPARATED_HEADINGS = [
    ("Campus Daily丨Ten tips for the first week", "Campus Daily | Ten tips for the first week"),
    (
        'Series "Graduates" 丨 a nurse goes home to her village',
        'Series "Graduates" | a nurse goes home to her village',
    ),
    ("Exam Week+丨What to pack on the night before", "Exam Week+ | What to pack on the night before"),
]

SEPARATORS_LEFT_ALONE = [
    "招生简章丨2024 stays as the school wrote it.",
    "The heading read 北京丨上海 in the original.",
    "Contact｜Osaka branch",
    "A lone 丨 is a stroke in the lesson on radicals.",
]


@pytest.mark.parametrize(("garbled", "expected"), SEPARATED_HEADINGS)
def test_a_chinese_stroke_between_english_parts_becomes_a_bar(garbled: str, expected: str) -> None:
    result = mtclean.explain(garbled)
    assert result.text == expected
    assert {change.rule for change in result.changes} == {"chinese.separator"}
    assert mtclean.clean(result.text) == result.text


@pytest.mark.parametrize("text", SEPARATORS_LEFT_ALONE)
def test_a_chinese_stroke_beside_chinese_or_alone_stays(text: str) -> None:
    assert mtclean.clean(text) == text
