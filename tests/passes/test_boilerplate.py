"""The boilerplate pass: page furniture MT translated into the text, and English that looks like it."""

from __future__ import annotations

import pytest

import mtclean

FIXED = [
    ("Current location - Fund Network - Basics - What is a money fund?", "What is a money fund?"),
    ("Current position > Home > News > Rates rise again", "Rates rise again"),
    ("当前位置：首页 > How the cache decides what to keep", "How the cache decides what to keep"),
    (
        "您的位置: 首页>Rates rise again in the spring, the bank said",
        "Rates rise again in the spring, the bank said",
    ),
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
    (
        "The fund closed in June. Author | Zhou Mei Editor | He Jun",
        "The fund closed in June. Author: Zhou Mei. Editor: He Jun.",
    ),
    (
        "Text丨Gao Xiang Editor in charge丨Luo Yi Typesetting | Ding Hui.",
        "Author: Gao Xiang. Editor: Luo Yi. Typesetting: Ding Hui.",
    ),
    (
        "Prices are due next week. Reporter Tang Wei, editor Xu Ping, proofread Zheng Yan.",
        "Prices are due next week. Reporter Tang Wei, editor Xu Ping, proofreader Zheng Yan.",
    ),
    ("● China Daily Li Ming", "By Li Ming, China Daily"),
    (
        "● Beijing Youth Daily reporter Han Bing\n\nThe lake froze early.",
        "By Han Bing, Beijing Youth Daily\n\nThe lake froze early.",
    ),
    (
        "News from our newspaper (reporter Qin Lan, correspondent Du Fei) Two bridges reopened on Monday.",
        "(By Qin Lan and Du Fei) Two bridges reopened on Monday.",
    ),
    ("Our newspaper news The river port handled a record load.", "The river port handled a record load."),
    (
        "This newspaper news (Xinhua) The river port handled a record load.",
        "(Xinhua) The river port handled a record load.",
    ),
    (
        "Fold the edges twice. Picture source: Internet Then steam for ten minutes.",
        "Fold the edges twice. Then steam for ten minutes.",
    ),
    (
        "The hall was full! Photo source: provided by the interviewee The band played until midnight.",
        "The hall was full! The band played until midnight.",
    ),
    (
        "Click the blue words ↑ and focus on us, add a star!\n\nThe plant reopened.",
        "The plant reopened.",
    ),
    (
        'Click above ↑ "Daily Tech" and set it as a star\n\nThe plant reopened.',
        "The plant reopened.",
    ),
    # A content farm's breadcrumb line, its title repeated on the next line (unseen culture
    # and humour pages): the whole line goes, with or without "Current location".
    (
        "Folk Custom Encyclopedia - Festivals - Why are lanterns red?\nWhy are lanterns red?\nRed wards off bad luck.",
        "Why are lanterns red?\nRed wards off bad luck.",
    ),
    (
        "Funny Story Collection Website - Daily Mood - How to laugh more\nHow to laugh more\nStart with a small joke.",
        "How to laugh more\nStart with a small joke.",
    ),
    (
        "Current location - Home Cooking Network - Soups - How long to stew beef?\nHow long to stew beef?\nTwo hours.",
        "How long to stew beef?\nTwo hours.",
    ),
    # The trail a paragraph of its own, the title the next paragraph (unseen travel and
    # notice pages of the same farm).
    (
        "Travel Encyclopedia - Photography - Where to watch the sunrise in Yantai?\n\n"
        "Where to watch the sunrise in Yantai?\n\nThe east pier is best.",
        "Where to watch the sunrise in Yantai?\n\nThe east pier is best.",
    ),
    (
        "The farm's last page.\n\nJoke Collection Website - News headlines - How to run a town fair\n\n"
        "  How to run a town fair\n\nBook the square early.",
        "The farm's last page.\n\n  How to run a town fair\n\nBook the square early.",
    ),
    # A page's date line calqued from 发布时间 (unseen company-news, pet and parenting pages).
    (
        "Publish Time: 2020-03-14\n\nOur shop moved to a new street.",
        "Published: 2020-03-14\n\nOur shop moved to a new street.",
    ),
    ("Release time:2019-06-01 09:30", "Released: 2019-06-01 09:30"),
    ("  issue time : 2018.11.23", "  Issued: 2018.11.23"),
    ("Update Time：Apr 3, 2022", "Updated: Apr 3, 2022"),
    ("Addtime:2021-11-17", "Added: 2021-11-17"),
    # An English date label glued to its date gets its space.
    ("Time:2020-04-02 18:05:11", "Time: 2020-04-02 18:05:11"),
    ("Release date:2015-07-09 From: Sales", "Release date: 2015-07-09 From: Sales"),
    (
        "Views: 4    Update date:2019.9.1    Source: Plant",
        "Views: 4    Update date: 2019.9.1    Source: Plant",
    ),
    (
        "Hits: 31     Author: Admin     Release Time:2022-05-06 08:00     Source: Factory",
        "Hits: 31     Author: Admin     Released: 2022-05-06 08:00     Source: Factory",
    ),
    ("Editor: Lin | Publish time: Mar 2, 2021 | Views: 9", "Editor: Lin | Published: Mar 2, 2021 | Views: 9"),
    (
        "Two pandas arrived at the zoo\n\nRelease time:\n\nMay 9,2023\n\nThe keepers fed them bamboo.",
        "Two pandas arrived at the zoo\n\nReleased:\n\nMay 9,2023\n\nThe keepers fed them bamboo.",
    ),
    (
        "Release time:\n2016-08-02 10:15\nThe valve line started.",
        "Released:\n2016-08-02 10:15\nThe valve line started.",
    ),
    # A trail of links from the home page under a calqued label (unseen trade-fair and shop pages).
    (
        "Current location:Home > Exhibitors > How to book a stand",
        "You are here: Home > Exhibitors > How to book a stand",
    ),
    (
        "Your location：HOME >> NEWS >> Company News\n\nThe new kiln is lit.",
        "You are here: HOME > NEWS > Company News\n\nThe new kiln is lit.",
    ),
    ("Your current position: 首页 > Products", "You are here: 首页 > Products"),
    # Bylines with a lower-case role or 撰文 as "Written by", before a slash or a Chinese bar.
    ("Written by/Gao Ming\n\nThe mill reopened in May.", "By Gao Ming\n\nThe mill reopened in May."),
    ("author丨Tang Yu", "By Tang Yu"),
    ("author|Lu Fang", "By Lu Fang"),
    # A lone credit line under the byline (编辑|X): a pinyin name after the role.
    (
        "Editor|Zhou Xiaoyu\n\nThe report covers 40 hospitals.",
        "Editor: Zhou Xiaoyu\n\nThe report covers 40 hospitals.",
    ),
    ("Editor in charge丨He Jing", "Editor: He Jing"),
]
UNCHANGED = [
    # A breadcrumb of an English site, or one whose title the page does not repeat.
    "Home - Blog - Why we moved\nWhy we moved\nThe office was too small.",
    "Science Network - News - Tides rise\nThe tides rose by a metre in March.",
    "Science Network - News - Tides rise\n\nThe tides rose by a metre in March.\n\nTides rise",
    "Home - Blog - Why we moved\n\nWhy we moved\n\nThe office was too small.",
    # The last part of a sentence with dashes that a line repeats is no title.
    "The Wildlife Network - a charity - works with farmers - and schools\nand schools",
    "Your location matters: shops near the station sell more.",
    "The sign read 当前位置 and pointed to the map > legend.",
    "Current location of the ship - unknown - was reported at noon.".replace(" - unknown - ", ", unknown, "),
    "Copy the code below into your shell.",
    "Click Copy the code to copy it.",
    "The race (Finish) line was moved, and the film ends with (End).",
    "He wrote [Explanation] in the margin of the draft.",
    "See the photo (Photo by Chen Yu) on page 3.",
    "Text | Input | Output",
    # column headings of a credits table or a catalogue, and a byline English writes
    "Written by / Directed by",
    "Author / Title",
    "author | date",
    "Written by Gao Ming",
    # a menu's path, a one-word value, and an English name after a role
    "Editor | Code Style",
    "Editor | Wang",
    "Proofreader | Anna Smith",
    "Editor | Line Numbers",
    "Author/editor roles are shared.",
    "Columns: Author | Title | Editor | Year",
    "The paper lists Author | Lin Yue as the sole credit, with Editor | Qian Hao in the footer, and more text.",
    "The editor, Sun Tao, proofread it twice, and Ma Lan proofread it once.",
    "● Beijing Morning Post, page 3",
    "● The Times reported it first, and the Post followed.",
    "News from our newspaper reached the village late.",
    "This newspaper news desk has five people.",
    "Image source: provided by the author",
    "Image source: Internet Archive. The scan is public.",
    "The caption read Image source: provided by the author and nothing else.",
    # A release time in a sentence, a label without its date, a date label in English.
    "Release time: 4 to 6 hours for the coated tablet.",
    "The log line reads Time:2021-07-01 and nothing else.",
    "Time:12:30 is when the bus leaves.",
    "Doses differ in their release time: 2021-07-01 batches were slower.",
    "Notes:  post time: 2021-07-01 was late.",
    "The release time of the album was 9 pm.",
    "Release time:\n\nTo be announced.",
    "Release date: 2016-12-26",
    "Published: 2021-07-01",
    "Post time: after lunch, before the meeting.",
    "Update time: 2021-07-01 was when the mirror last synced, said the admin.",
    # A location that is no trail of links, or a trail an English site labels itself.
    "Current location: Home, then the office > the gym in the evening.",
    "Your location: the kitchen, next to the oven.",
    "You are here: Home > News > Local",
    "Current position: home, resting after the race.",
    "Click above to see the full list of winners.",
    "Click the blue words to follow the link.",
    "Click the blue words above to open the map.",
    "Click above ↑ to scroll back to the top of the page.",
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


def test_a_company_news_page_reads_as_english() -> None:
    # Our own page in the style of the round's unseen company-news pages: a
    # calqued trail of links, a date line, glued commas and items that each
    # open a paragraph.
    garbled = (
        "Your location:Home > News > Company News\n\n"
        "Our team visited the spring trade fair\n\n"
        "Release time:2024-04-16 10:20\n\n"
        "On April 15,our sales team went to the fair ,the booth was full all day.\n\n"
        "1, new samples\n\nWe showed six new lamps.\n\n"
        "2, old friends\n\nMany buyers came back,and two signed orders.\n\n"
        "If you want to know more details,please leave a message here."
    )
    expected = (
        "You are here: Home > News > Company News\n\n"
        "Our team visited the spring trade fair\n\n"
        "Released: 2024-04-16 10:20\n\n"
        "On April 15, our sales team went to the fair, the booth was full all day.\n\n"
        "1. New samples\n\nWe showed six new lamps.\n\n"
        "2. Old friends\n\nMany buyers came back, and two signed orders.\n\n"
        "If you want to know more details, please leave a message here."
    )
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Written by | Vince Gilligan",
        "Author / Translator",
        "Text / Illustrator",
        "Author | Mary Shelley",
        "Written by / Robert Frost",
    ],
)
def test_an_english_card_label_before_a_name_or_a_role_is_not_a_calqued_byline(text: str) -> None:
    # A film's or a book's card on its own line: English, with a name in English or a second role.
    assert mtclean.clean(text) == text


def test_a_calqued_byline_with_a_pinyin_name_is_still_written_as_by() -> None:
    assert mtclean.clean("Written by | Zhou Xiaoming") == "By Zhou Xiaoming"


@pytest.mark.parametrize(
    "text",
    [
        # A teacher's own letter in the first person: her "Hello!" is hers, not a calque.
        "Dear Parents:\nHello! My name is Mr. Owens, and I will coach the junior choir.",
        "Dear parents:\nHello!\nI am your child's new reading teacher this term.",
        "Dear Class 3 Families: Hello! I'm so glad to be back after the long summer.",
    ],
)
def test_a_teachers_greeting_in_the_first_person_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_schools_notice_after_the_salutation_still_loses_its_calqued_greeting() -> None:
    garbled = "Dear parents:\nHello!\nOur school will hold the sports meeting on May 8."
    assert mtclean.clean(garbled) == "Dear parents:\nOur school will hold the sports meeting on May 8."
