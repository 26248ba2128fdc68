from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mtclean
from mtclean.passes.dates import DATES
from mtclean.passes.numbers import NUMBERS, format_quantity

FIXED = [
    # 万 as 10000
    ("The group has 18 10000 employees.", "The group has 180,000 employees."),
    ("It costs 3.5 10000 yuan.", "It costs 35,000 yuan."),
    ("They hired 100 10000 workers.", "They hired 1 million workers."),
    ("The town planted 2.4 10000 trees .", "The town planted 24,000 trees."),
    ("The flat sold for 260 10000 yuan .", "The flat sold for 2.6 million yuan."),
    ("The app has 1,200 10000 users .", "The app has 12 million users."),
    ("The course drew 0.8 10000 learners .", "The course drew 8,000 learners."),
    ("A kidney transplant costs RMB 30 10000 .", "A kidney transplant costs RMB 300,000."),
    ("Prices start at ¥ 12 10000 , the dealer said .", "Prices start at ¥ 120,000, the dealer said."),
    ("The fund raised 5 10000 RMB .", "The fund raised 50,000 RMB."),
    ("It earned 123.45 10000 yuan.", "It earned 1,234,500 yuan."),
    # 万 as Wan
    ("We run 10 Wan instances.", "We run 100,000 instances."),
    ("The museum logged 3 wan visitors .", "The museum logged 30,000 visitors."),
    ("The farm keeps 1.5 Wan pigs .", "The farm keeps 15,000 pigs."),
    # 亿 as 100 million
    ("Revenue was 1.2 100 million yuan.", "Revenue was 120 million yuan."),
    ("It has 2 100 million users.", "It has 200 million users."),
    ("Sales reach 15 100 million yuan.", "Sales reach 1.5 billion yuan."),
    (
        "The studio spent 3.25 100 million yuan on the film .",
        "The studio spent 325 million yuan on the film.",
    ),
    ("Debt hit 3 10000 100 million yuan .", "Debt hit 3 trillion yuan."),
    ("China has 14 100 million people .", "China has 1.4 billion people."),
    ("Box office takings passed 57 100 million yuan .", "Box office takings passed 5.7 billion yuan."),
    # 多
    ("It sells in 130 Many countries.", "It sells in more than 130 countries."),
    ("30 Many people came .", "More than 30 people came."),
    ("More than 130 Many countries joined.", "More than 130 countries joined."),
    ("The hospital has 2,000 Many beds .", "The hospital has more than 2,000 beds."),
    ("Sales were 10 Many 10000 yuan .", "Sales were more than 100,000 yuan."),
    (
        "The chain runs 300 Many stores in 20 Many cities .",
        "The chain runs more than 300 stores in more than 20 cities.",
    ),
    # 以上
    ("Residents aged 60 the above , can apply .", "Residents aged 60 or more, can apply."),
    ("Firms with 85% the above .", "Firms with 85% or more."),
    ("Households earning 10000 yuan the above .", "Households earning 10000 yuan or more."),
    (
        "Members who score 30 points the above . They win a prize .",
        "Members who score 30 points or more. They win a prize.",
    ),
    # 近
    ("The plant ran for near 10 years .", "The plant ran for nearly 10 years."),
    ("Prices rose in the past near 5 years .", "Prices rose in the past nearly 5 years."),
    # placeholders for 1
    ("Growth was 65438 05% .", "Growth was 15%."),
    ("Profit rose 65438+0.5 times .", "Profit rose 1.5 times."),
    ("About /kloc-0/0 stores opened .", "About 10 stores opened."),
    ("The rate was /kloc-0/2% in March .", "The rate was 12% in March."),
    # split decimals
    ("Output rose 1. 3 times .", "Output rose 1.3 times."),
    ("Prices fell by 2 . 5% last year .", "Prices fell by 2.5% last year."),
    ("It reached 2. 5 million units .", "It reached 2.5 million units."),
    ("The margin is 12. 75 percent .", "The margin is 12.75 percent."),
    # ... and before a measure's unit (unseen scenic-area guides: a gorge's length)
    ("The trail is about 3. 8 km long.", "The trail is about 3.8 km long."),
    (
        "The reservoir covers nearly 1. 5 square kilometres.",
        "The reservoir covers nearly 1.5 square kilometres.",
    ),
    ("Each crate weighs over 2. 4 tons when full.", "Each crate weighs over 2.4 tons when full."),
    # a stray "Two" between a number and its noun (the seed's "7 Two brands")
    ("The platform covers 7 Two brands .", "The platform covers 7 brands."),
    # years
    ("2025 Years later is the stage of change.", "After 2025 is the stage of change."),
    ("The market grows fast 2030 Years later .", "The market grows fast after 2030."),
    ("Until 2023 The year is the revival stage.", "Until 2023 is the revival stage."),
    (
        "Have 120 French carmaker with a history of years Renault signed.",
        "The 120-year-old French carmaker Renault signed.",
    ),
]
UNCHANGED = [
    "Over 10000 people attended.",
    # A sentence that ends in a number, and the next that opens with a measure.
    "The vote was 52 to 48. 3 km of the route is still closed.",
    "Take exit 12. 5 km on, turn left at the mill.",
    "The population is 10,000 and growing.",
    "The table reads 2 10000 3 10000.",
    "It has 200 million users.",
    "In 2021 10000 people attended the fair.",
    "Table 2 10000 respondents were surveyed.",
    "No. 10 Wan Chai Road is closed.",
    "The 10 Wan Chai offices open at nine.",
    "She looked pale and wan after 3 wan-faced nights.",
    "They made the top 2 100 million-dollar deals.",
    "The film 28 Years Later opened in June.",
    "About 2000 years later the city fell.",
    "Version 3.11.4 fixed 12.5% of the bugs.",
    "Call +44 20 7946 0958 before 4:30 pm.",
    "See Chapter 3 Many of the tests fail.",
    "Many people came, and many more watched.",
    "Step 2 the above. Use method 2 the above results show.",
    "Temperatures stayed near 40 degrees.",
    "The house near 10 Downing Street was sold.",
    "Order 65438 0 items; the zip code is 65438.",
    "It was founded in 2021. 3 firms now compete.",
    "Sales rose in 2021. 3 million cars were sold in 2022.",
    "The vote was 52 to 48. 3 percent abstained.",
    "He ranked No. 1. 3 million fans cheered.",
    "1. Apples\n2. 3 million people signed up.",
    "It was 2023. The year is over.",
    "Route 66 and the No. 5 bus.",
    "Japan beat Germany 2–1, then lost 0-1.",
    "Q1   52.6\nQ2   86.5\nQ3  105.1",
    "The pi estimate 3.14159 is close enough.",
    "Its 1.2 million views came within 1 hour.",
    "Room 1001 10000 volt warning.",
    "She toured with the 3 Wan sisters.",
    "During Catch-22 Many readers laughed.",
    "Formula 1 Two drivers were fined.",
    "We have 120 stores with a history of years of growth.",
    "I packed 2 10000 mAh power banks.",
    "She wrote 2 10000 word essays this term.",
    "Call 65438 0123 after six.",
    "Apartment 2 10000 yuan rent is due.",
]


# The placeholders for the digit 1: "65438+0" (the digits after it follow the 1) and "/kloc-0/".
PLACEHOLDERS = [
    ("The stock rose 65438+ 0.3 times this year .", "The stock rose 1.3 times this year."),
    ("The app was launched in 20/kloc-0/9 .", "The app was launched in 2019."),
    ("The recipe needs /kloc-0/.5 cups of flour .", "The recipe needs 1.5 cups of flour."),
    ("Players spent 65438+0 million yuan on skins .", "Players spent 1 million yuan on skins."),
    ("A ticket to the clinic costs /kloc-0/0 yuan .", "A ticket to the clinic costs 10 yuan."),
    ("The hospital treated 65438+00 patients .", "The hospital treated 10 patients."),
    ("Phone sales fell /kloc-0/2% in the quarter .", "Phone sales fell 12% in the quarter."),
    ("The rule took effect in 20/kloc-0/8 .", "The rule took effect in 2018."),
    ("The policy covers 65438+ 0.2 billion people .", "The policy covers 1.2 billion people."),
    ("The patch fixed 65438+05 bugs .", "The patch fixed 15 bugs."),
    ("The shop opened in March 2065438+2007 .", "The shop opened in March 2017."),
    ("Fees rose in 2065,438+2009, then fell.", "Fees rose in 2019, then fell."),
]
PLACEHOLDERS_KEPT = [
    "Ticket #65438 was closed.",
    "The postcode 65438 is in the north.",
    "The ID 65438 0 is reserved.",
    "Compute 65438 + 0 to check the overflow.",
    "Files live in /path/to/kloc-0/data.",
    "Read /kloc-tools/README first.",
    "Build 2/kloc-0/x failed.",
    "Order 65438 sold 65438 units at 65438.5 yuan.",
    "Part 2065438+2007A fits the older frame.",
    "The sum 2065438+2007.5 is wrong.",
    # two placeholders in one amount (blind 12's loan calculators): the reading is a guess
    "The monthly payment is 65,438+0,065,438+0,005.04 yuan.",
    "Repay 65438+0,65438+0 yuan in all.",
]
# 万 cut from its number by the noun: "20 The users of Wan".
WAN_AFTER_NOUN = [
    ("The game drew 20 The users of Wan in a week .", "The game drew 200,000 users in a week."),
    ("The fund has 3.5 The investors of Wan .", "The fund has 35,000 investors."),
    ("The clinic served 12 The patients of Wan last year .", "The clinic served 120,000 patients last year."),
    (
        "The recipe site has 80 The readers of Wan , The editor said .",
        "The recipe site has 800,000 readers, the editor said.",
    ),
    (
        "The library has 1,200 The open source projects of Wan .",
        "The library has 12 million open source projects.",
    ),
    ("The policy helps 50 The small firms of Wan .", "The policy helps 500,000 small firms."),
    ("The phone sold 30 The units of Wan in a day .", "The phone sold 300,000 units in a day."),
    ("The stock has 6 The retail holders of Wan .", "The stock has 60,000 retail holders."),
    ("The city vaccinated 45 The people of Wan .", "The city vaccinated 450,000 people."),
]
WAN_KEPT = [
    "The users of Wan Chai were surveyed.",
    "Mr Wan met 20 friends of Wan Gang.",
    "Minister Wan Gang spoke at 20 sites.",
    "The 3 sons of Wan are farmers.",
    "In 2019 The fans of Wan cheered.",
    "Chapter 20 The users of Wan is short.",
    "Episode 4 The sons of Wan aired.",
    "It has 20 The class of Wan to teach.",
    "Season 2 The Sons of Wan premiered.",
    "She met 20 The friends of Wan Gang.",
]


@pytest.mark.parametrize("garbled, expected", PLACEHOLDERS + WAN_AFTER_NOUN)
def test_placeholders_and_split_wan_are_repaired_idempotently(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", PLACEHOLDERS_KEPT + WAN_KEPT)
def test_real_65438_kloc_paths_and_the_name_wan_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_number_units_and_calques_are_converted(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_real_numbers_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize("rule", NUMBERS.rules, ids=lambda rule: rule.name)
def test_the_rule_examples_hold_exactly(rule: mtclean.Rule) -> None:
    assert rule.examples
    for before, after in rule.examples:
        assert mtclean.clean(before) == after


# ---- properties -------------------------------------------------------------

_WORDS = {"million": 10**6, "billion": 10**9, "trillion": 10**12}


def value_of(written: str) -> Decimal:
    """The value of what ``format_quantity`` wrote: ``1.2 billion``, ``35,000``."""
    number, _, word = written.partition(" ")
    return Decimal(number.replace(",", "")) * _WORDS.get(word, 1)


multipliers = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999"), places=2).filter(
    lambda d: not (1900 <= d <= 2099 and d == d.to_integral_value())
)


@given(multipliers, st.sampled_from([("10000", 10**4), ("Wan", 10**4), ("100 million", 10**8)]))
def test_a_multiplied_unit_keeps_its_value(number: Decimal, unit: tuple[str, int]) -> None:
    word, size = unit
    written = f"{number.normalize():f}"
    result = mtclean.explain(f"The firm booked {written} {word} yuan .")
    quantity = result.text.removeprefix("The firm booked ").removesuffix(" yuan.")
    assert value_of(quantity) == number * size
    assert {change.rule for change in result.changes} <= {
        "numbers.wan",
        "numbers.yi",
        "punctuation.space-before",
    }


@given(st.decimals(min_value=0, max_value=10**13, places=2))
def test_format_quantity_keeps_the_value(value: Decimal) -> None:
    assert value_of(format_quantity(value)) == value


# Rules that may turn digits into something else: a month number into its
# name, a unit into the multiplied-out quantity, a placeholder into "1".
CONVERTING = {rule.name for rule in DATES.rules if rule.name != "dates.clock-time"} | {
    "numbers.wan",
    "numbers.yi",
    "numbers.placeholder-one",
}
NUMBER_PIECES = [
    *("18 10000 employees", "3.5 10000 yuan", "10 Wan instances", "1.2 100 million yuan", "RMB 3 10000 ,"),
    *("130 Many countries", "65438 05%", "65438+0.5", "/kloc-0/0", "rose 1. 3 times", "by 2 .5%", "at 4: 30"),
    *("9: 00 - 17: 30", "2020 year ,", "In 2021 year", "8 month 9 Japan", "2021 year 1 month 14 Japan"),
    *("10 month 1 Japan to 7 Japan", "( Monday )", "60 the above ,", "for near 10 years", "2025 Years later"),
    *("2023 The year is", "3.14", "2 years 8 months", "9 August 2021", "2021-08-09", "Route 66", "No. 5"),
    *("Over 10000 people", "in 2021. 3 firms", "4 year 8 month 20 day", "+44 20 7946 0958", "v3.11.4", "3-1"),
    *(
        "2021-08-09T14:30:00Z",
        "12.5%",
        "1,999 yuan",
        "Lane 9 Japan",
        "Table 2",
        "the",
        "on",
        "to",
        " , ",
        " . ",
    ),
    *(
        "\n",
        "Japan",
        "Number",
        "day",
        "month",
        "year",
        "Many",
        "10000",
        "100 million",
        "Wan",
        "7",
        "2021",
        "12",
    ),
]
number_text = st.lists(st.sampled_from(NUMBER_PIECES), max_size=20).map(" ".join)


def digits(text: str) -> str:
    return "".join(character for character in text if character in "0123456789")


@given(number_text)
def test_no_digit_is_lost_or_altered_except_by_a_converting_rule(text: str) -> None:
    assert digits(mtclean.Pipeline(disable=CONVERTING).clean(text)) == digits(text)
    for change in mtclean.explain(text).changes:
        if change.rule in CONVERTING and change.rule.startswith("dates."):
            assert Counter(digits(change.after)) <= Counter(digits(change.before))  # a month became a name
        elif change.rule not in CONVERTING:
            assert digits(change.after) == digits(change.before), change


@given(number_text)
def test_number_garble_is_cleaned_idempotently(text: str) -> None:
    once = mtclean.clean(text)
    assert mtclean.clean(once) == once


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        ("The flat sold for 2 million 300 thousand yuan.", "The flat sold for 2.3 million yuan."),
        ("Shipments hit 1 million 50 thousand units.", "Shipments hit 1.05 million units."),
        ("The test table holds 2000W rows.", "The test table holds 20 million rows."),
        ("The account has 3.5W followers.", "The account has 35,000 followers."),
    ],
)
def test_millions_and_thousands_and_w_are_written_out(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It sold 3 million units, then 200 thousand more.",
        "Use a 65W charger, a 100W lamp or a 20W speaker for 3 hours.",
        "Route 2000W runs west.",
        "1.2 million, 300 thousand and 40 thousand are the three figures.",
    ],
)
def test_watts_and_separate_figures_stay(text: str) -> None:
    assert mtclean.clean(text) == text


UNITS_AND_CODES = [
    ("The lake is only3km from the hotel.", "The lake is only 3km from the hotel."),
    ("A charge lasts nearly8 hours on the road.", "A charge lasts nearly 8 hours on the road."),
    ("The phone weighs about190g with its case.", "The phone weighs about 190g with its case."),
    ("The new pack gives 650KM of range.", "The new pack gives 650km of range."),
    ("The route is 12.5Km long.", "The route is 12.5km long."),
    ("Only TSMC makes 5Nm processors at scale.", "Only TSMC makes 5nm processors at scale."),
    ("Its 14Nm process is old.", "Its 14nm process is old."),
    ("Shares of the insurer (02318.hk) fell.", "Shares of the insurer (02318.HK) fell."),
    ("Its stock code is 600519.sh on the main board.", "Its stock code is 600519.SH on the main board."),
    ("Only a 98/KLOC-0 school took her.", "Only a 981 school took her."),
    # leftover-t: the placeholder upper-cased at a number's start, its first slash lost
    (
        "Emperor Wu of Han (KLOC-0/40-87 BC) set the new calendar.",
        "Emperor Wu of Han (140-87 BC) set the new calendar.",
    ),
    ("Liu Che was born in KLOC-0/56 BC.", "Liu Che was born in 156 BC."),
    # blind 12: an ingredient table flattened to text, a loan calculator's amount
    ("Ingredients\nSugar5g\nButter40g\nMilk200ml", "Ingredients\nSugar 5g\nButter 40g\nMilk 200ml"),
    (
        "The loan is the price minus the deposit150,000, or 450,000.",
        "The loan is the price minus the deposit 150,000, or 450,000.",
    ),
]
UNITS_AND_CODES_LEFT_ALONE = [
    "Use sha256 and utf8, then base64 for the payload.",
    "Flight abc12km and model xyz5000mAh are codes.",
    "Click step2 then step3 to finish in 3 hours.",
    "The engine makes 320Nm of torque at 1,500 rpm.",
    "Visit 2048.hk for the game and 163.com for mail.",
    "The KM5 model and the 5KMH sign are names.",
    "Tighten to 25Nm, then check the 7Nm bolt chart.",
    "The file v2/KLOC-0 Release is a path.",
    "Set KLOC-0/ as the baseline; src/KLOC-0/3, x.KLOC-0/4 and 2KLOC-0/5 stay.",
    "Nova9 and Win10 users run Python3 on a Mac14,2 board.",
    "Pass item1,2 to the call; page10,20 lists the pages.",
    "The Xyz100g and Qwe5,000 models are names.",
    "See https://example.com/deposit150,000 and deposit150,000.csv for the data.",
]


@pytest.mark.parametrize(("garbled", "expected"), UNITS_AND_CODES)
def test_a_unit_or_stock_code_gets_its_usual_case_and_space(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNITS_AND_CODES_LEFT_ALONE)
def test_torque_domains_identifiers_and_model_names_stay(text: str) -> None:
    assert mtclean.clean(text) == text


WAN_LETTER_SUMS = [
    (
        "The loan limit is 60W for a couple who both pay in.",
        "The loan limit is 600,000 for a couple who both pay in.",
    ),
    (
        "Her mortgage is 28W, and the down payment was 30W.",
        "Her mortgage is 280,000, and the down payment was 300,000.",
    ),
    (
        "Borrowers can take up to 1.5W from the provident fund.",
        "Borrowers can take up to 15,000 from the provident fund.",
    ),
]
WATTS_THAT_STAY = [
    "The 60W charger costs less than the 100W one.",
    "He took a loan to buy a 65W adapter and a 200W solar panel.",
    "The loan office has 40W bulbs in every room.",
    "A 60W lamp was on the desk; the salary was paid in May.",
    "MIT Sloan tested the 30W model.",
]


@pytest.mark.parametrize(("garbled", "expected"), WAN_LETTER_SUMS)
def test_wan_written_w_in_a_sentence_about_a_loan_is_multiplied_out(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", WATTS_THAT_STAY)
def test_watts_stay_watts(text: str) -> None:
    assert mtclean.clean(text) == text


YUAN_CAPITALISED = [
    (
        "A day pass for the lake costs 90 Yuan/person, and the boat is 30 Yuan more.",
        "A day pass for the lake costs 90 yuan/person, and the boat is 30 yuan more.",
    ),
    (
        "The county spent 2.6 billion Yuan on roads , about 1,200 Yuan per household .",
        "The county spent 2.6 billion yuan on roads, about 1,200 yuan per household.",
    ),
    (
        "Rent near the campus is 2000 Yuan/month for a single room.",
        "Rent near the campus is 2000 yuan/month for a single room.",
    ),
]
YUAN_THAT_STAYS = [
    "By 1279 Yuan armies had taken the last Song strongholds.",
    "The tea house is at 12 Yuan Road, next to the old post office.",
    "Professor Wang thanked the 3 Yuan Longping scholars by name.",
    "The museum shows coins from before 1368 Yuan rule ended.",
    # A sum in capitals with no garble around it: a news site's house style.
    "The 8GB model sells for 3999 Yuan, about $560 at today's rate.",
    "Output reached 1.2 billion Yuan last year, the firm said.",
]


@pytest.mark.parametrize(("garbled", "expected"), YUAN_CAPITALISED)
def test_the_yuan_mt_capitalised_after_a_sum_is_lower_case(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", YUAN_THAT_STAYS)
def test_yuan_as_a_dynasty_or_a_name_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_an_energy_unit_in_capitals_after_a_number_is_written_the_si_way() -> None:
    assert mtclean.clean("The new line adds 20GWH of cells; a home pack stores 13.5 KWH.") == (
        "The new line adds 20GWh of cells; a home pack stores 13.5 kWh."
    )


def test_an_energy_unit_in_capitals_away_from_a_number_stays() -> None:
    text = "The column KWH in the export is the meter reading, and GWH=3 is a flag."
    assert mtclean.clean(text) == text


SCALES_READ_ONE_BY_ONE = [
    (
        "The district will spend 4 billion 200 million yuan on schools this year.",
        "The district will spend 4.2 billion yuan on schools this year.",
    ),
    (
        "The new estate covers 2 million 350 thousand square meters.",
        "The new estate covers 2.35 million square meters.",
    ),
    (
        "More than 3 thousand and 600 families moved into the flats.",
        "More than 3,600 families moved into the flats.",
    ),
    # Three parts, the hundreds after "thousand and" (unseen tourism page): one number,
    # never "25,317,000 and 900".
    (
        "The county welcomed 1 million 916 thousand and 700 visitors in the week.",
        "The county welcomed 1,916,700 visitors in the week.",
    ),
    (
        "The port handled 2 million 400 thousand and 900 passengers.",
        "The port handled 2,400,900 passengers.",
    ),
]
SCALES_THAT_STAY = [
    "Between 5 thousand and 10 thousand visitors came each day.",
    "The fund has 2 billion dollars and 300 million more in bonds.",
    "Some 4 million and 200 thousand more were pledged later.",
    "About 6 million 3.5% bonds were sold in two days.",
    # 千 is read on only by its hundreds: a second count after "thousand and" stays.
    "Friends lent him 50 thousand and 15 months on he had repaid half.",
    "The loan was 2 million 400 thousand and 15 days later it was due.",
]


@pytest.mark.parametrize(("garbled", "expected"), SCALES_READ_ONE_BY_ONE)
def test_a_number_read_out_scale_by_scale_is_written_as_one(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", SCALES_THAT_STAY)
def test_two_numbers_or_a_range_of_scales_stay(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_baidu_placeholder_with_a_thousands_separator_is_the_digit_one() -> None:
    assert mtclean.clean("Deed tax and fees come to almost 65,438+00% of the price.") == (
        "Deed tax and fees come to almost 10% of the price."
    )


def test_a_number_that_only_looks_like_the_placeholder_stays() -> None:
    text = "The town had 65,438 people in 2020, and 65,438+ is the count we use."
    assert mtclean.clean(text) == text


# A judgment's parties, read by MT with the birth year's 1 glued to "born" (blind 13's
# two judgment pages and the survey's law page); the 1 goes back to a year that lost it.
STRAY_ONE_BORN = [
    (
        "Appellant Wang, male,1born in March 1961, Han nationality, lives in Putian.",
        "Appellant Wang, male, born in March 1961, Han nationality, lives in Putian.",
    ),
    (
        "Defendant Lin, female,1born on May 3rd, 972, lives in Jinjiang.",
        "Defendant Lin, female, born on May 3rd, 1972, lives in Jinjiang.",
    ),
    (
        "The agent Zhou, male, 1born on June 9, 985, a lawyer.",
        "The agent Zhou, male, born on June 9, 1985, a lawyer.",
    ),
]
STRAY_ONE_BORN_STAYS = [
    "Follow @1born and the team1born account, or open 1born.png and 1born/index.",
    "She was born on May 3rd, 972 days after the war ended.",
    "A user named x1born posted the photo.",
    # harm-hunt16: a bare handle, alone or in a comma list, with no birth date after it
    "The code 1born appears in the log as a user name.",
    "The invitees were mike,1born,sara and two others.",
    "Ask 1born (the moderator) before you post.",
]


@pytest.mark.parametrize(("garbled", "expected"), STRAY_ONE_BORN)
def test_the_birth_years_one_glued_to_born_goes_back(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", STRAY_ONE_BORN_STAYS)
def test_names_and_files_holding_1born_stay(text: str) -> None:
    assert mtclean.clean(text) == text


# leftover-s: 万 fused onto a decimal (``0.79万辆`` → ``0.790,000 vehicles``).
WAN_FUSED = [
    ("Weekly sales hit 0.790,000 vehicles。", "Weekly sales hit 7,900 vehicles."),
    ("The rival sold 0.310,000 cars that week.", "The rival sold 3,100 cars that week."),
    ("The top trim costs 34.980,000 yuan.", "The top trim costs 349,800 yuan."),
    ("Pre-sale opened at 1.050,000 RMB for members.", "Pre-sale opened at 10,500 RMB for members."),
]
WAN_FUSED_LEFT_ALONE = [
    "It costs 2498-34.980,000 yuan for the range.",
    "The German list gives 1.250,000 Euro as the price.",
    "Column B holds 0.790,000 and 3.5,000 as raw strings.",
    "Version 2.10,000 lines long is a log count, not money.",
    "Coordinates 51.50,000 Berlin are a typo in the map.",
]


@pytest.mark.parametrize(("garbled", "expected"), WAN_FUSED)
def test_wan_fused_onto_a_decimal_is_multiplied_out(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", WAN_FUSED_LEFT_ALONE)
def test_a_decimal_before_a_thousands_group_stays_without_a_counted_noun(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [("Installed capacity was 13.63gwh by August.", "Installed capacity was 13.63GWh by August.")],
)
def test_a_large_energy_unit_in_lower_case_is_written_the_si_way(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


def test_kwh_in_lower_case_stays() -> None:
    text = "Our flat used 9 kwh yesterday."
    assert mtclean.clean(text) == text
