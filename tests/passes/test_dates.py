from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mtclean
from mtclean import Options, Pipeline
from mtclean.passes.dates import DATES, MONTHS

DAY_FIRST = Pipeline(options=Options(date_style="day-first"))

# (garbled, expected month-first, expected day-first)
FIXED = [
    ("On 8 month 9 Japan , it rained .", "On August 9, it rained.", "On 9 August, it rained."),
    ("On 12 month 31 Number it closed.", "On December 31 it closed.", "On 31 December it closed."),
    ("(8 month 9 Number )", "(August 9)", "(9 August)"),
    (
        "The fair opens (3 month 15 Japan ) in Shenzhen.",
        "The fair opens (March 15) in Shenzhen.",
        "The fair opens (15 March) in Shenzhen.",
    ),
    (
        "2021 year 1 month 14 Japan , Renault acted .",
        "January 14, 2021, Renault acted.",
        "14 January 2021, Renault acted.",
    ),
    ("It began in 2019 year 10 month .", "It began in October 2019.", "It began in October 2019."),
    ("Netease car 8 month 9 Reported", "NetEase Auto August 9 Reported", "NetEase Auto 9 August Reported"),
    ("On 3 month 5 day , sales rose .", "On March 5, sales rose.", "On 5 March, sales rose."),
    (
        "The clinic reopened on 2 month 29 Number .",
        "The clinic reopened on February 29.",
        "The clinic reopened on 29 February.",
    ),
    (
        "2020 year 2 month 29 Japan was a leap day .",
        "February 29, 2020 was a leap day.",
        "29 February 2020 was a leap day.",
    ),
    (
        "The vaccine was approved 2021 year 12 month 1 day .",
        "The vaccine was approved December 1, 2021.",
        "The vaccine was approved 1 December 2021.",
    ),
    (
        "1998 year 7 month 1 Japan , the bridge opened .",
        "July 1, 1998, the bridge opened.",
        "1 July 1998, the bridge opened.",
    ),
    (
        "The match on 06 month 05 Japan drew a crowd .",
        "The match on June 5 drew a crowd.",
        "The match on 5 June drew a crowd.",
    ),
    (
        "Since 11 month 11 Japan , orders doubled .",
        "Since November 11, orders doubled.",
        "Since 11 November, orders doubled.",
    ),
    (
        "The novel came out 2018 year 5 month , to acclaim .",
        "The novel came out May 2018, to acclaim.",
        "The novel came out May 2018, to acclaim.",
    ),
    (
        "Xinhua 2022 year 4 month 3 Japan Reported",
        "Xinhua April 3, 2022 Reported",
        "Xinhua 3 April 2022 Reported",
    ),
    ("Harvest ended on 9 month 30 Day .", "Harvest ended on September 30.", "Harvest ended on 30 September."),
    ("From 7 month 1 day , fares rise .", "From July 1, fares rise.", "From 1 July, fares rise."),
    (
        "On 8 month 9 day evening , fireworks lit the bay .",
        "On August 9 evening, fireworks lit the bay.",
        "On 9 August evening, fireworks lit the bay.",
    ),
    # ranges
    (
        "The holiday runs from 10 month 1 Japan to 10 month 7 Japan .",
        "The holiday runs from October 1 to 7.",
        "The holiday runs from 1 to 7 October.",
    ),
    (
        "The holiday runs from 10 month 1 Japan to 7 Japan .",
        "The holiday runs from October 1 to 7.",
        "The holiday runs from 1 to 7 October.",
    ),
    ("The sale runs 6 month 1 - 18 Japan .", "The sale runs June 1 to 18.", "The sale runs 1 to 18 June."),
    (
        "Rain fell between 8 month 1 Japan and 5 Japan .",
        "Rain fell between August 1 and 5.",
        "Rain fell between 1 and 5 August.",
    ),
    (
        "Voting: 2021 year 3 month 1 Japan - 4 month 2 Japan .",
        "Voting: March 1 to April 2, 2021.",
        "Voting: 1 March to 2 April 2021.",
    ),
    (
        "The expo ran 2023 year 9 month 20 Japan to 25 Japan .",
        "The expo ran September 20 to 25, 2023.",
        "The expo ran 20 to 25 September 2023.",
    ),
    (
        "Shops shut from 2021 year 12 month 30 Japan to 2022 year 1 month 2 Japan .",
        "Shops shut from December 30, 2021 to January 2, 2022.",
        "Shops shut from 30 December 2021 to 2 January 2022.",
    ),
    (
        "Tickets sold 5 month 28 Number ~ 6 month 3 Number .",
        "Tickets sold May 28 to June 3.",
        "Tickets sold 28 May to 3 June.",
    ),
    (
        "From 8 month 1 day to 8 month 9 day , it rained .",
        "From August 1 to 9, it rained.",
        "From 1 to 9 August, it rained.",
    ),
    # weekdays
    (
        "The launch is 8 month 9 Japan ( Monday ) .",
        "The launch is Monday, August 9.",
        "The launch is Monday 9 August.",
    ),
    (
        "2021 year 8 month 9 Japan （ Monday ） , the firm said .",
        "Monday, August 9, 2021, the firm said.",
        "Monday 9 August 2021, the firm said.",
    ),
    (
        "Friday , 3 month 4 Japan , the index fell .",
        "Friday, March 4, the index fell.",
        "Friday, 4 March, the index fell.",
    ),
    # years on their own
    ("In 2020 year , sales doubled .", "In 2020, sales doubled.", "In 2020, sales doubled."),
    ("2020 year , the market shrank .", "2020, the market shrank.", "2020, the market shrank."),
    ("In 2021 year the company grew .", "In 2021 the company grew.", "In 2021 the company grew."),
    ("from 2019 year to 2022 year , it grew .", "From 2019 to 2022, it grew.", "From 2019 to 2022, it grew."),
    (
        "In 2016 year Tencent bought a stake .",
        "In 2016 Tencent bought a stake.",
        "In 2016 Tencent bought a stake.",
    ),
    # clock times
    ("The meeting starts at 4: 30 .", "The meeting starts at 4:30.", "The meeting starts at 4:30."),
    ("The shop opens at 9 : 00 am .", "The shop opens at 9:00 am.", "The shop opens at 9:00 am."),
    ("Trains run 6: 15 - 23: 40 daily .", "Trains run 6:15 - 23:40 daily.", "Trains run 6:15 - 23:40 daily."),
    (
        "The kick-off is 7: 45 pm local time .",
        "The kick-off is 7:45 pm local time.",
        "The kick-off is 7:45 pm local time.",
    ),
    # exam timetables and opening hours (blind 12): ranges, split hours, "to" glued, a date before
    ("Physics: 09: 00- 1 1: 30 .", "Physics: 09:00-11:30.", "Physics: 09:00-11:30."),
    ("History runs 8:30- 1 0:30 today.", "History runs 8:30-10:30 today.", "History runs 8:30-10:30 today."),
    ("The hall opens 19:00 to 2 1:00.", "The hall opens 19:00 to 21:00.", "The hall opens 19:00 to 21:00."),
    (
        "From 9: 00 on June 7 to 1 1: 30 is the Chinese paper.",
        "From 9:00 on June 7 to 11:30 is the Chinese paper.",
        "From 9:00 on June 7 to 11:30 is the Chinese paper.",
    ),
    (
        "Savings desks work from 9: 00 to17: 00 .",
        "Savings desks work from 9:00 to 17:00.",
        "Savings desks work from 9:00 to 17:00.",
    ),
    ("Biology:15: 00-17: 00 on June 9.", "Biology:15:00-17:00 on June 9.", "Biology:15:00-17:00 on June 9."),
    ("Arrive between 7: 00 and 7: 30 .", "Arrive between 7:00 and 7:30.", "Arrive between 7:00 and 7:30."),
    (
        "Banks open at 8: 30 or 9: 00 daily.",
        "Banks open at 8:30 or 9:00 daily.",
        "Banks open at 8:30 or 9:00 daily.",
    ),
    (
        "The gate shuts on May 3 16: 45 sharp.",
        "The gate shuts on May 3 16:45 sharp.",
        "The gate shuts on May 3 16:45 sharp.",
    ),
    # a clock time a label gives, after "is" or a colon (blind 13's hotel guides)
    (
        "The check-in time is 14: 00 and check-out is 12: 00 .",
        "The check-in time is 14:00 and check-out is 12:00.",
        "The check-in time is 14:00 and check-out is 12:00.",
    ),
    (
        "Check-out time: 11: 30, late stays cost extra.",
        "Check-out time: 11:30, late stays cost extra.",
        "Check-out time: 11:30, late stays cost extra.",
    ),
    (
        "Business hours are 9: 30 every day.",
        "Business hours are 9:30 every day.",
        "Business hours are 9:30 every day.",
    ),
    ("Check-in time 15: 00, no pets.", "Check-in time 15:00, no pets.", "Check-in time 15:00, no pets."),
]
UNCHANGED = [
    # a label's number that is a score, a numbered step or a version, not a time
    "The half-time score is 2: 10 to the visitors.",
    "At full time: 21: 14, and extra time was 1: 20 of play.",
    "They led 5: 20 at race time, and Time 2: 15 minutes is a step.",
    "The checkout page is 12: 30 wide; see checkout.py line 14: 00 too.",
    "Check out 3: 10 new features, or check in 2: 30 for the full list.",
    "The child is 4 year 8 month 20 day old on the form.",
    "It took 2 years 8 months to finish.",
    "The deal was signed on 9 August 2021.",
    "The deal was signed on August 9, 2021.",
    "The log shows 2021-08-09T14:30:00Z.",
    "Chapter 8, Section 9: the Japan Railways timetable.",
    "A 3 month 2 week course.",
    "She booked a 3 month 2 day course in pottery.",
    "It lasted 3 month 2 day.",
    "Week 3 month 2 day 5 is a rest day.",
    "The 12 month 3 phase plan begins in spring.",
    "In 2019 Japan hosted the Rugby World Cup.",
    "Team 9 Japan won the relay.",
    "Lane 9 Japan, lane 8 Kenya.",
    "The 13 month 40 day calendar is fictional.",
    "February 30 does not exist, and 2 month 30 Japan would not either.",
    "On 8 month 9 Japan Airlines cut fares.",
    "The 2021 year was hard for farmers.",
    "A 2000 year old olive tree grows there.",
    "The comet returns in 2000 year cycles.",
    "The 2024 year-end party is on Friday.",
    "Revenue for the 2022 year to date is up.",
    "Step 4: 30 minutes of rest.",
    "The ratio was 3 : 1 at half-time.",
    "The status page was updated at 15:12 UTC.",
    "Tokyo hosted the Games from 23 July to 8 August 2021.",
    "Interest is paid on 9 February and 9 August.",
    "The plan covers the years 2021–2025.",
    "She was 16 years 11 months and 4 days old.",
    "Day 3 starts in Osaka at 4:30 pm.",
    "The bus leaves on Monday, August 9 (Monday in Europe too).",
    "Q3 deliveries rose; see the 2023 annual report.",
    "It took 3 years and 1 month 2 day.",
    "The baby (1 month 1 day) slept well.",
    # near misses of the schedule rules: labels, verses, versions, quantities, code
    "Step 4: 30 minutes or Step 5: 45 minutes.",
    "Questions 2: 10 or 3: 15 are optional.",
    "Read Psalm 23: 10 and then rest.",
    "Mix 1 1:30 of the paste with water; a 1 1:20 dilution is weaker.",
    "The tie ran to 1 1:30 after extra time.",
    "Upgrade from v3.9 to3.11: 45 fixes landed.",
    "Set `delay_to10:30` in the config file.",
    "See https://example.com/to10:30/agenda for the agenda.",
    "In chapter 1 1: 30 people die.",
]


@pytest.mark.parametrize("garbled, expected, _", FIXED)
def test_tokenised_dates_are_written_as_dates(garbled: str, expected: str, _: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("garbled, _, expected", FIXED)
def test_every_date_rule_honours_the_day_first_style(garbled: str, _: str, expected: str) -> None:
    assert DAY_FIRST.clean(garbled) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_real_dates_and_durations_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text
    assert DAY_FIRST.clean(text) == text


@pytest.mark.parametrize("rule", DATES.rules, ids=lambda rule: rule.name)
def test_the_rule_examples_hold_exactly(rule: mtclean.Rule) -> None:
    assert rule.examples
    for before, after in rule.examples:
        assert mtclean.clean(before) == after


# ---- properties -------------------------------------------------------------

dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31))
day_words = st.sampled_from(["Japan", "Number", "day", "Day"])


def written(date: datetime.date, style: str, year: bool) -> str:
    name = MONTHS[date.month - 1]
    if style == "day-first":
        return f"{date.day} {name} {date.year}" if year else f"{date.day} {name}"
    return f"{name} {date.day}, {date.year}" if year else f"{name} {date.day}"


@given(dates, day_words, st.booleans(), st.booleans(), st.sampled_from(["month-first", "day-first"]))
def test_every_garbled_rendering_of_a_real_date_becomes_that_date(
    date: datetime.date, word: str, with_year: bool, padded: bool, style: str
) -> None:
    month, day = (f"{date.month:02}", f"{date.day:02}") if padded else (str(date.month), str(date.day))
    year = f"{date.year} year " if with_year else ""
    garbled = f"On {year}{month} month {day} {word} , the plant reopened ."
    expected = f"On {written(date, style, with_year)}, the plant reopened."
    assert Pipeline(options=Options(date_style=style)).clean(garbled) == expected  # type: ignore[arg-type]


@given(dates, st.sampled_from(["month-first", "day-first"]))
def test_a_garbled_year_and_month_becomes_month_and_year(date: datetime.date, style: str) -> None:
    garbled = f"Sales began in {date.year} year {date.month} month ."
    expected = f"Sales began in {MONTHS[date.month - 1]} {date.year}."
    assert Pipeline(options=Options(date_style=style)).clean(garbled) == expected  # type: ignore[arg-type]


@given(dates, st.integers(min_value=1, max_value=27))
def test_a_range_within_one_month_shares_the_month(date: datetime.date, length: int) -> None:
    last_day = calendar.monthrange(date.year, date.month)[1]
    start = min(date.day, last_day - 1)
    end = min(start + length, last_day)
    garbled = f"It ran from {date.year} year {date.month} month {start} Japan to {end} Japan ."
    name = MONTHS[date.month - 1]
    assert mtclean.clean(garbled) == f"It ran from {name} {start} to {end}, {date.year}."
    assert DAY_FIRST.clean(garbled) == f"It ran from {start} to {end} {name} {date.year}."


def english_dates(date: datetime.date) -> list[str]:
    name = MONTHS[date.month - 1]
    return [
        f"{name} {date.day}, {date.year}",
        f"{date.day} {name} {date.year}",
        f"{name} {date.day}",
        f"{date.day} {name}",
        f"{name} {date.year}",
        date.isoformat(),
        f"{date.isoformat()}T{date.month % 24:02}:{date.day:02}:00Z",
        f"{date.day}/{date.month}/{date.year}",
    ]


durations = st.builds(
    lambda y, m, d, form: form.format(y=y, m=m, d=d),
    st.integers(0, 99),
    st.integers(0, 11),
    st.integers(0, 30),
    st.sampled_from(
        [
            "{y} years {m} months",
            "{y} years {m} months and {d} days",
            "{y} year {m} month {d} day",
            "{m} month {d} day",
            "{m} months {d} days",
            "a {m} month {d} day course",
            "{y} years, {m} months",
            "{y} years and {m} month {d} day",
        ]
    ),
)


@given(
    st.one_of(dates.map(english_dates).flatmap(st.sampled_from), durations),
    st.sampled_from(["On {} the plant reopened.", "It took {}.", "{}", "({})", "The record ({}) stands."]),
)
def test_written_dates_and_durations_are_left_alone(piece: str, frame: str) -> None:
    text = frame.format(piece)
    assert mtclean.clean(text) == text
    assert DAY_FIRST.clean(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hall opened in May 6, 2009 to the public.", "The hall opened on May 6, 2009 to the public."),
        ("In March 3rd, 2015, the line was extended.", "On March 3rd, 2015, the line was extended."),
    ],
)
def test_a_whole_date_takes_on(text: str, expected: str) -> None:
    assert mtclean.clean(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The hall opened in May 2009 to the public.",
        "The hall sold in May 6,000 tickets.",
        "It will reopen in June 18 months from now.",
        "The hall opened on May 6, 2009 to the public.",
    ],
)
def test_in_stays_before_a_month_or_a_number_that_is_not_a_day(text: str) -> None:
    assert mtclean.clean(text) == text
