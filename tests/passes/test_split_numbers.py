"""The tokens pass's split numbers (mtclean/passes/split_numbers.py): years, phones, decimals, projects."""

from __future__ import annotations

import pytest

import mtclean

FIXED = [
    ("Take bus 3 13 or 528 to the bazaar.", "Take bus 313 or 528 to the bazaar."),
    ("Metro line 1 0 and 12 meet at the station.", "Metro line 10 and 12 meet at the station."),
    ("The 20 12 gala drew a record audience.", "The 2012 gala drew a record audience."),
    ("Since 20 18 prices have doubled in the centre.", "Since 2018 prices have doubled in the centre."),
    ("In 19 98 floods hit the valley.", "In 1998 floods hit the valley."),
    ("After the 20 21 reform, fees fell.", "After the 2021 reform, fees fell."),
    ("Call the hotline on 027 8-6543210 for help.", "Call the hotline on 0278-6543210 for help."),
    ("The hall's number is 076 9-22331144.", "The hall's number is 0769-22331144."),
    ("Rents rose 2. 5- 3.5 times in a decade.", "Rents rose 2.5-3.5 times in a decade."),
    ("She chose a 9 8 5 university near home.", "She chose a 985 university near home."),
    ("The 2 1 1 Project funded the new labs.", "The 211 Project funded the new labs."),
    ("Sales doubled in 20 17, and rents followed.", "Sales doubled in 2017, and rents followed."),
    ("The survey covers the second half of 20 21.", "The survey covers the second half of 2021."),
    ("The quota was dropped in 20 23 .", "The quota was dropped in 2023."),
    ("From 2008 to 20 13, the river was dredged twice.", "From 2008 to 2013, the river was dredged twice."),
    ("Forms are due before October 8, 20 18, at noon.", "Forms are due before October 8, 2018, at noon."),
    ("The ward was rebuilt between 20 1 2 and 20 14.", "The ward was rebuilt between 2012 and 2014."),
    ("The levy ran from 202 0 to 2023 in the port.", "The levy ran from 2020 to 2023 in the port."),
    # a year split before its last digit (five Q&A mirror pages: education, finance, weather)
    ("Rain was heavier in the summer of 202 1.", "Rain was heavier in the summer of 2021."),
    ("In 202 1 the schools dropped the fee.", "In 2021 the schools dropped the fee."),
    ("Tickets bought before May 1, 202 1, are refunded.", "Tickets bought before May 1, 2021, are refunded."),
    ("The judgment (201 9) Min Zhong No. 8 was upheld.", "The judgment (2019) Min Zhong No. 8 was upheld."),
    # a year split twice, the ones spaced off (leftover-o's bank pages, the survey's "dates
    # back to 20 1 1 year" and "20 1 1 years ago"), and the calque of 年 after a split year
    ("In 20 1 1, the lenders sold more deposit plans.", "In 2011, the lenders sold more deposit plans."),
    (
        "The balance at the end of 20 1 1 year was 4.6 trillion yuan.",
        "The balance at the end of 2011 was 4.6 trillion yuan.",
    ),
    (
        "The old bridge dates back to 20 1 1 year, locals say.",
        "The old bridge dates back to 2011, locals say.",
    ),
    ("By the close of 20 13 year, rents had doubled.", "By the close of 2013, rents had doubled."),
    # Ranges spaced after the dash or around the tilde (unseen botany and travel pages, last
    # round's gardening pages).
    ("The leaves are 3.5- 12 cm long.", "The leaves are 3.5-12 cm long."),
    ("Thin the seedlings when they are 10~ 12 mm tall.", "Thin the seedlings when they are 10–12 mm tall."),
    ("Sow the seeds 3 ~ 6 cm deep.", "Sow the seeds 3–6 cm deep."),
    ("The museum opens 9:00- 16:30 on weekdays.", "The museum opens 9:00-16:30 on weekdays."),
    # The Q&A mirror splits the ones off its numbers (blind 11's education, food and
    # health pages): the 211 project where only its name can stand, the 21st century,
    # and a list's eleventh item between its tenth and twelfth.
    ("Both 985 and 2 1 1 schools raised their cutoffs.", "Both 985 and 211 schools raised their cutoffs."),
    ("Few of them reach a 2 1 1 or 985 school.", "Few of them reach a 211 or 985 school."),
    ("The list of Project 2 1 1 members grew to 116.", "The list of Project 211 members grew to 116."),
    ("Those non-2 1 1 colleges charge less.", "Those non-211 colleges charge less."),
    (
        "Most 2 1 1 universities are public.\n\nGetting into 2 1 1 is hard for rural students, whatever the universities say.",
        "Most 211 universities are public.\n\nGetting into 211 is hard for rural students, whatever the universities say.",
    ),
    ("It trains talent for the 2 1 century.", "It trains talent for the 21st century."),
    ("Skills of the 2 1st century matter.", "Skills of the 21st century matter."),
    (
        "9. Rinse the pot.\n10. Add water.\n1 1. Simmer for an hour.",
        "9. Rinse the pot.\n10. Add water.\n11. Simmer for an hour.",
    ),
    ("(1 1) Do not rinse the mouth.\n\n(12) Rest well.", "(11) Do not rinse the mouth.\n\n(12) Rest well."),
    # A case number's bracketed year and a month's year (blind 13's judgments and
    # lyrics pages, and the survey's "purchased in August 20 14").
    (
        "The court of appeal heard case (20 15) Su Min Zhong No. 88 in spring.",
        "The court of appeal heard case (2015) Su Min Zhong No. 88 in spring.",
    ),
    (
        "She moved to Wuxi in October 20 16 and opened a shop.",
        "She moved to Wuxi in October 2016 and opened a shop.",
    ),
    ("The clinic closed in May 20 19.", "The clinic closed in May 2019."),
    ("In June 20 11, the bridge reopened.", "In June 2011, the bridge reopened."),
    (
        "Rents were frozen from April 20 20 until the end of the year.",
        "Rents were frozen from April 2020 until the end of the year.",
    ),
    (
        "The ratio of boys to girls in the class was 1: 1.2 this year.",
        "The ratio of boys to girls in the class was 1:1.2 this year.",
    ),
]
UNCHANGED = [
    "Take bus 3 13 or 5 stops, or line 2 4 and 6.",
    "The 3 13 or 528 figures are in the table.",
    "Of 20 12 were late, and the 20 15-minute slots were full.",
    "Cut the 20 12 cm pieces first; in 20 15 days the glue sets.",
    "Buses 20 12 and 7 stop here; take the 20 12 Street exit.",
    "Scores were 20 15 10 in the three rounds.",
    "The 20 45 buses run later than the others.",
    "Take the 20 12 Express from the depot.",
    "Call 010-12345678 or room 099 then 1-2 floors up.",
    "He left in 2019. 3-4 people stayed.",
    "Step two: 1-2.5 kg of flour goes in a bowl.",
    "The countdown went 3 2 1 and the rocket left; 2 1 1 was the score.",
    "Step 3: 2 eggs go in last.",
    "The ratio was high. Step 3: 2 eggs go in last.",
    "Out of 20 12, 14 or 16 seats were sold.",
    "Of 202 1 were late; room 202 1 is free and room 203 1 too.",
    "The 204 5 plan, the 199 2-step form and f(202 1) stay.",
    "Scores of 200 1, 199 2 and 198 3 were posted; see v202 1 and build-202 1.",
    "On June 4, 20 15-year-olds sat the test.",
    "Counts fell from 30 to 20, 15 of them in May.",
    "The bus count went from 20 12 to 20 10 a day.",
    "Prices rose from 2010 to 20 15-minute slots.",
    "Of the 20, 12 were late; of 20 12 left early.",
    "It runs on Python 3.9- 3.12 and Node 18- 20.",
    "Both pre- and post-war, 1- and 2-storey houses stood.",
    "It costs 15~30 yuan, or roughly ~20 yuan; see ~/notes 2 ~ 3 more.",
    "Score 10 - 12 points, or 8 -4 goals.",
    # Split ones with no project's name, century or list beside them.
    "The 985 university team scored 2 1 1 in the three rounds.",
    "Most 2 1 1 votes came late; the 985 ballots were lost.",
    "Bus 2 1 1 leaves at noon.",
    # A table's rows flattened into text: the digits of each count, not a project's name.
    "Wins by faculty: Arts 3 2 2 Sciences 2 1 1 Engineering 0 1 4",
    "Gold, silver, bronze: Law 1 1 0 Medicine 9 8 5 Schools 2 0 1",
    "Our record is 3 2 1 1 Schools Cup wins, draws, losses and byes.",
    "Chapter 2 1 century-old trees are described in part 3.",
    "The 12 1 century mark and 2 1 2 centuries stay.",
    "1 1. Boil for ten minutes.\n2. Serve.",
    "(1 1) is the cell in the first row.\n(2 2) is the next one.",
    "Grid 1 1. Then grid 1 2.",
    # A month's day and a count, a second day, and brackets that are no case number.
    "On August 20 14 people were hurt in the crash.",
    "The fair ran on May 20 12 and 13 hours on May 21.",
    "On July 19 20 boats left, and on July 20 15 more.",
    "Compose the cycles (20 12)(3 4) before calling max(20 12) by mistake.",
    "The grid cell (20 12 5) and the pair (19 99 1) stay as written.",
    # Three counts side by side, a decimal after them, and twenty children of twelve.
    "The three boards scored 20 1 1 and 3 0 2 in the final.",
    "The rates were 20 1 1.5 and 2 in the table.",
    "Of the 20 12 year olds who signed up, most could swim.",
    "There were 20 12-year-old girls in the squad.",
]

# A notice MT translated piece by piece splits most of its years, and writes one
# of the 2010s with the placeholder for 1 (our own paragraph, after real pages).
NOTICE = (
    "From 20 1 1 to 20 15, the town ran its fifth legal education plan. From 2006 to 20 10, "
    "it had run the fourth. Applicants must hold the degree before July 3, 20 16, and be under "
    "35 as of June 30, 2065438+2006."
)
NOTICE_CLEAN = (
    "From 2011 to 2015, the town ran its fifth legal education plan. From 2006 to 2010, "
    "it had run the fourth. Applicants must hold the degree before July 3, 2016, and be under "
    "35 as of June 30, 2016."
)


def test_a_notices_split_and_placeholder_years_are_all_joined() -> None:
    assert mtclean.clean(NOTICE) == NOTICE_CLEAN
    assert mtclean.clean(NOTICE_CLEAN) == NOTICE_CLEAN


@pytest.mark.parametrize(("garbled", "expected"), FIXED)
def test_a_number_split_by_a_space_is_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_numbers_side_by_side_in_english_stay(text: str) -> None:
    assert mtclean.clean(text) == text


SPELLED_DIGITS = [
    (
        "The fix came from user m0_ fifty-one million two hundred thousand.",
        "The fix came from user m0_51200000.",
    ),
    ("Install Python_ twenty-one first.", "Install Python_21 first."),
    ("Blog of qq_ four hundred and six thousand and twelve, page 2.", "Blog of qq_406012, page 2."),
]
SPELLED_WORDS_THAT_STAY = [
    "Twenty-one players and three hundred fans came.",
    "Name the stages stage_one and stage_two.",
    "The count went one two three, then twenty thirty.",
    "Use the prefix tmp_ and then two more letters.",
    "The variable user_name holds twenty-one letters.",
]


@pytest.mark.parametrize(("garbled", "expected"), SPELLED_DIGITS)
def test_an_identifiers_spelled_out_digits_become_digits(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", SPELLED_WORDS_THAT_STAY)
def test_number_words_that_are_no_identifiers_digits_stay(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("nine hundred ninety-nine thousand nine hundred ninety-nine", 999999),
        ("two billion five", 2000000005),
        ("thousand million", None),
        ("five thousand two million", None),
        ("twenty eleven", None),
        ("one hundred hundred", None),
    ],
)
def test_spelled_values(words: str, value: int | None) -> None:
    from mtclean.passes.split_numbers import spelled_value

    assert spelled_value(words.replace("-", " ").split()) == value


def test_a_tilde_range_alone_on_its_line_is_a_table_cell_and_stays() -> None:
    # A manual's table of levels, one cell a line, the middle one written with a tilde.
    text = "Signal strength\nOver 60%\n60 ~30%\nUnder 30%"
    assert mtclean.clean(text) == text
    assert not mtclean.is_garbled(text)


def test_a_spaced_tilde_range_in_a_sentence_is_still_joined() -> None:
    assert mtclean.clean("Water it every 3 ~ 6 days\nand keep it at 15 ~20 ℃ in winter.") == (
        "Water it every 3–6 days\nand keep it at 15–20 ℃ in winter."
    )


# A range written with the Chinese tilde, glued or spaced, with no unit the spaced-range rule
# knows (blind 16's grading and rainfall pages): an en dash, as English writes it.
TILDE_RANGES = [
    (
        "The school grades a paper fair at 60~69 and good at 80~89 marks.",
        "The school grades a paper fair at 60–69 and good at 80–89 marks.",
    ),
    (
        "A mark of 100 ~ 90 points earns an A; 89 ~75 earns a B.",
        "A mark of 100–90 points earns an A; 89–75 earns a B.",
    ),
    (
        "Showers bring 20~40mm to the hills (up to 1.5~2.5 inches).",
        "Showers bring 20–40mm to the hills (up to 1.5–2.5 inches).",
    ),
    ("(2)61 ~ 70 is a pass on the old scale.", "(2)61–70 is a pass on the old scale."),
    # a URL or code beside the range keeps its own tilde
    (
        "See https://example.com/range/1~2 for the list of 3~4 items.",
        "See https://example.com/range/1~2 for the list of 3–4 items.",
    ),
    (
        "Call `range(1~2)` in the shell; then 3~4 rows print.",
        "Call `range(1~2)` in the shell; then 3–4 rows print.",
    ),
]

TILDE_RANGES_THAT_STAY = [
    # the paragraph writes the tilde for other things: "about", a home directory, git, a DOS name
    "Expect ~20 visitors, so 10~15 chairs will do.",
    "Copy it to ~/backup and keep 2~3 old copies.",
    "Run git diff HEAD~2 to see the 3~4 changed files.",
    "The old path C:\\PROGRA~1 held 5~6 tools.",
    # identifiers, versions, file names, hashes, fractions, chains, negative readings
    "Rename item_1~2 and open scan 1~2.png or notes 3~4.txt.",
    "Builds 20240101~20240102 and commit 1234567~3 are tagged.",
    "Use v1.2~3.4.5 with 1/2~3/4 cups and a 1~2~3 count.",
    "Lows of -10~-8 are common; 5~-3 is the swing.",
    # a split number's piece (the day rules own it) and a table's cell
    "On May 3 1~8 was the range.",
    "Score band\n80~89\nGood",
    # a URL and code keep their tildes
    "See https://example.com/range/1~2 for the list.",
    "Call `range(1~2)` in the shell first.",
]


@pytest.mark.parametrize(("garbled", "expected"), TILDE_RANGES)
def test_a_tilde_range_gets_an_en_dash(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", TILDE_RANGES_THAT_STAY)
def test_a_tilde_that_is_no_range_of_numbers_stays(text: str) -> None:
    assert mtclean.clean(text) == text


# A range spaced after its hyphen, before a unit joined to it by a hyphen (a parenting page).
RANGES_BEFORE_HYPHENATED_UNITS = [
    (
        "Care notes for the 1- 12-month-old baby, month by month.",
        "Care notes for the 1-12-month-old baby, month by month.",
    ),
    ("Games for 3- 5-year-old children are on page two.", "Games for 3-5-year-old children are on page two."),
]

RANGES_BEFORE_HYPHENATED_UNITS_LEFT_ALONE = [
    # a suspended hyphen: the first number waits for the unit of the second
    "Games for 3- to 5-year-old children are on page two.",
    # no unit after the range
    "Plans 3- 4 are cheaper.",
]


@pytest.mark.parametrize("garbled, expected", RANGES_BEFORE_HYPHENATED_UNITS)
def test_a_range_before_a_hyphenated_unit_is_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", RANGES_BEFORE_HYPHENATED_UNITS_LEFT_ALONE)
def test_a_suspended_hyphen_stays(text: str) -> None:
    assert mtclean.clean(text) == text


# blind-wild9: decades split before their "s" or glued to the word before (travel, education pages).
DECADES = [
    (
        "Few hotels stood by the lake in the 1990 s, when tours began.",
        "Few hotels stood by the lake in the 1990s, when tours began.",
    ),
    (
        "Rents were low in the early 2000 s and the late 1980 s.",
        "Rents were low in the early 2000s and the late 1980s.",
    ),
    ("Shoppers changed their habits in the1980s.", "Shoppers changed their habits in the 1980s."),
    (
        "The trend held since1990s reforms opened the market.",
        "The trend held since 1990s reforms opened the market.",
    ),
]
DECADES_THAT_STAY = [
    "The battery lasted 1990 s before the test ended.",
    "The 1995 s mark and the 1990 s-long run are times, not decades.",
    "Follow @the1980s, tag #the1990s and open the1980s.com for photos.",
    "The shop called Then1980s sells vinyl; then1990s was its old name.",
]


@pytest.mark.parametrize(("garbled", "expected"), DECADES)
def test_a_split_or_glued_decade_is_put_right(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", DECADES_THAT_STAY)
def test_times_handles_and_names_that_look_like_decades_stay(text: str) -> None:
    assert mtclean.clean(text) == text


# blind-wild9: ordinals split before their suffix (an unseen hotel page).
ORDINALS = [
    (
        "Calls came in on the 4 th, 5 th and 6 th of the month.",
        "Calls came in on the 4th, 5th and 6th of the month.",
    ),
    ("Book a week ahead for the 11 th holiday.", "Book a week ahead for the 11th holiday."),
    (
        "The 1 st and 22 nd floors have views; the 3 rd does not.",
        "The 1st and 22nd floors have views; the 3rd does not.",
    ),
]
ORDINALS_THAT_STAY = [
    "He weighed 14 st before the race and 12 st after it.",
    "The 2 th and 5 st labels are typos we keep as typed.",
    "Scores were 1.5 th of the mean and v2 nd is a tag.",
]


@pytest.mark.parametrize(("garbled", "expected"), ORDINALS)
def test_a_split_ordinal_is_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", ORDINALS_THAT_STAY)
def test_weights_and_wrong_suffixes_stay(text: str) -> None:
    assert mtclean.clean(text) == text


# The Q&A mirror's readings with their 1 written apart (blind 13's weather pages, blind
# 12's loan calculators): joined after a verb, "of", "about", a tilde, a dash or "=".
SPLIT_ONE_VALUES = [
    ("The average in May is 2 1.6 degrees in the city.", "The average in May is 21.6 degrees in the city."),
    ("Highs reach 1 1℃ today and lows of 3℃.", "Highs reach 11℃ today and lows of 3℃."),
    ("The daytime range is 18℃ ~ 2 1℃ on the coast.", "The daytime range is 18℃–21℃ on the coast."),
    ("The yearly rate = 3 1.25% under the plan.", "The yearly rate = 31.25% under the plan."),
    # both ones of a share spaced off, after "than" (leftover-o's bank pages)
    (
        "Guaranteed plans fell to a share lower than 4 1.3 1% of sales.",
        "Guaranteed plans fell to a share lower than 41.31% of sales.",
    ),
    ("The rate is 2 1.5 1% for the year.", "The rate is 21.51% for the year."),
]
SPLIT_ONE_VALUES_STAY = [
    "On June 2 1.5 degrees of frost were logged.",
    "The table reads 4 1% 7 1.5% across the row.",
    "Grade 2 1℃ steps are marked on the dial.",
    "Version 3 1% faster builds came out; item 6 1 degree warmer.",
    "The columns read 5 1.2 1% 8 across the sheet.",
]


@pytest.mark.parametrize(("garbled", "expected"), SPLIT_ONE_VALUES)
def test_a_readings_split_one_is_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", SPLIT_ONE_VALUES_STAY)
def test_a_days_date_or_a_row_before_a_reading_stays(text: str) -> None:
    assert mtclean.clean(text) == text


# A range of days whose first day the Q&A mirror split at its 1 (blind 13's weather
# pages): joined after a month's name when the second day is later and the clause goes on.
SPLIT_DAY_RANGES = [
    ("Rain is likely on June 2 1 ~ 22 across the south.", "Rain is likely on June 21–22 across the south."),
    ("The fair runs from August 1 5-18, 2024.", "The fair runs from August 15-18, 2024."),
    ("Roads close on May 1 1 to 14 for repairs.", "Roads close on May 11 to 14 for repairs."),
    ("The heat eases after July 2 1~25.", "The heat eases after July 21–25."),
]
SPLIT_DAY_RANGES_STAY = [
    # a date's day, then a range of counts, degrees or pages
    "On June 1 1-22 people came to the door.",
    "On May 3 1~8℃ was the range at dawn.",
    "On May 1 1-15 degrees of frost were logged.",
    # the second day is not later, or runs past the month
    "Books for June 3 1-2 and July 2 1-9 are due.",
    "The June 1 1-42 batch is listed.",
    # file names, versions, dates and code in prose
    "Open June 2 1-22.txt, then June 1 1-12-2023.log and June 2 1-22.5 notes.",
    "Run report(June, 2 1-22) and see june 2 1-22 in the tag list.",
]


@pytest.mark.parametrize(("garbled", "expected"), SPLIT_DAY_RANGES)
def test_a_split_first_day_of_a_range_is_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", SPLIT_DAY_RANGES_STAY)
def test_a_day_then_a_count_or_a_file_stays(text: str) -> None:
    assert mtclean.clean(text) == text


# A split year opening a line, a sentence or a title (blind 13's lyrics page, the survey's
# hospital ranking, this round's travel and solar-term pages), once the document splits a
# year where only a year stands.
SPLIT_OPENING_YEARS = [
    (
        "202 1 Is it a wet summer?\nRain fell often in the summer of 202 1.",
        "2021 Is it a wet summer?\nRain fell often in the summer of 2021.",
    ),
    (
        "The town grew in 20 11. 20 13 Wang Fang opened a tea house there.",
        "The town grew in 2011. 2013 Wang Fang opened a tea house there.",
    ),
    (
        'The "20 18 Provincial Hospital Ranking" was out in 20 19, and few read it.',
        'The "2018 Provincial Hospital Ranking" was out in 2019, and few read it.',
    ),
]
SPLIT_OPENING_YEARS_STAY = [
    # no split year in a year's place in the document
    ("20 13 Wang Fang opened a tea house there.", "20 13 Wang Fang opened a tea house there."),
    # a table's row: another pair of numbers on the line
    (
        "Rain fell in 20 15 again.\n20 13 Beijing Guoan 4 1\n19 11 Shanghai Port 3 2",
        "Rain fell in 2015 again.\n20 13 Beijing Guoan 4 1\n19 11 Shanghai Port 3 2",
    ),
    # counts, sizes and versions in prose
    (
        "Buy 20 12-ounce cans in 20 15 only. Lot 20 12 and 30 stay; v20 12 Beta too.",
        "Buy 20 12-ounce cans in 2015 only. Lot 20 12 and 30 stay; v20 12 Beta too.",
    ),
    (
        "It fell in 20 15 after the season. Score: 20 15 Points, then 204 5 More runs.",
        "It fell in 2015 after the season. Score: 20 15 Points, then 204 5 More runs.",
    ),
]


@pytest.mark.parametrize(("garbled", "expected"), SPLIT_OPENING_YEARS)
def test_a_split_year_opening_a_sentence_is_joined_on_a_page_that_splits_years(
    garbled: str, expected: str
) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize(("text", "expected"), SPLIT_OPENING_YEARS_STAY)
def test_an_opening_pair_of_numbers_stays_without_evidence_or_in_a_row(text: str, expected: str) -> None:
    # only the years in a year's place (``in 20 15``) are joined; the opening pair stays
    assert mtclean.clean(text) == expected


# A date's day whose 1 the Q&A mirror wrote apart (blind 18: three enrolment
# pages, ``before August 3 1 of that year``, and blind 10's ``February 2 1 was``).
SPLIT_DAYS = [
    (
        "Pupils must turn six before August 3 1 of that year (that is, by August 3 1).",
        "Pupils must turn six before August 31 of that year (that is, by August 31).",
    ),
    (
        "The new wing opened on March 2 1 2016 after two years.",
        "The new wing opened on March 21 2016 after two years.",
    ),
    ("Entries close on July 1 1, 2024, at noon.", "Entries close on July 11, 2024, at noon."),
    ("Registration ends on October 3 1.", "Registration ends on October 31."),
    ("January 2 1 was the coldest day of the winter.", "January 21 was the coldest day of the winter."),
]

SPLIT_DAYS_STAY = [
    # a count or a range after the day, a day the month lacks, and no month at all
    "On May 2 1 person was hurt and 3 more were treated.",
    "Showers on June 3 1-2 stay as written here.",
    "The fee fell on April 3 1 of that year.",
    "Rows 3 1 and 2 1 hold the totals.",
    "Set the grid to 3 1 (three by one) before printing.",
    "We may 2 1 of them; the memo of March 2 10 stays.",
]


@pytest.mark.parametrize(("garbled", "expected"), SPLIT_DAYS)
def test_a_split_day_after_a_month_is_joined(garbled: str, expected: str) -> None:
    result = mtclean.explain(garbled)
    assert result.text == expected
    assert "tokens.split-day" in {change.rule for change in result.changes}
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", SPLIT_DAYS_STAY)
def test_a_day_and_a_count_or_an_impossible_day_stay_apart(text: str) -> None:
    assert "tokens.split-day" not in {change.rule for change in mtclean.explain(text).changes}


# A spaced tilde between two ends that each carry the same unit (blind 19's orchard page,
# "4% ~ 5%", and greenhouse page, "15 ° C ~20 ° C"; an earlier weather page's "20℃ ~ 21℃").
UNIT_RANGES = [
    (
        "Paths take 3% ~ 4% of the plot and hedges 5% ~6%.",
        "Paths take 3%–4% of the plot and hedges 5%–6%.",
    ),
    (
        "Keep the seedlings at 18 ° C ~22 ° C by day and 12℃ ~ 14℃ at night.",
        "Keep the seedlings at 18°C–22°C by day and 12℃–14℃ at night.",
    ),
    (
        "The soil holds 12.5% ~ 15% water; dig 30 ~ 40 acres first.",
        "The soil holds 12.5%–15% water; dig 30–40 acres first.",
    ),
]

UNIT_RANGES_THAT_STAY = [
    # a tilde for "about" in the paragraph, units that differ, a glued tilde the writer chose
    "Growth was 4% ~5% or so, and ~6% at best.",
    "It went from 20% ~ 30°C in the log.",
    "Keep it at 20℃~30℃ and 4%~5% salt.",
    # a version, a path and a number run into the unit
    "Use build 2.1% ~ 3% of v1.2~3.4.5 only with ~/notes.",
    "Lows of -5% ~ 3% and 40%~ were noted.",
]


@pytest.mark.parametrize(("garbled", "expected"), UNIT_RANGES)
def test_a_tilde_range_with_units_at_both_ends_gets_an_en_dash(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNIT_RANGES_THAT_STAY)
def test_a_tilde_between_units_that_is_no_range_stays(text: str) -> None:
    assert mtclean.clean(text) == text
