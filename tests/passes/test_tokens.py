"""Names, identifiers and numbers that MT split with a space (issue 15).

Each split looks like ordinary punctuation before a space, so the clean
table is as long as the garbled one: a missed fix is better than a damaged
sentence.
"""

from __future__ import annotations

import pytest

import mtclean

SPLIT_TOKENS = [
    ("We moved the backend to Node. js last spring.", "We moved the backend to Node.js last spring."),
    ("The dashboard uses Vue. js and Next. js together.", "The dashboard uses Vue.js and Next.js together."),
    ("Legacy pages still run on ASP. NET Web Forms.", "Legacy pages still run on ASP.NET Web Forms."),
    ("Raise max_ len to 256 before training.", "Raise max_len to 256 before training."),
    ("Set batch_ size to 32 and learning_ rate to 0.01.", "Set batch_size to 32 and learning_rate to 0.01."),
    (
        "Mix cement and sand at a ratio of 1: 3 for the base.",
        "Mix cement and sand at a ratio of 1:3 for the base.",
    ),
    (
        "The screen has an aspect ratio of 19.5: 9 and thin bezels.",
        "The screen has an aspect ratio of 19.5:9 and thin bezels.",
    ),
    ("The odds were 3: 2: 1 before the final round.", "The odds were 3:2:1 before the final round."),
    ("Whisk in 3 / 4 cup of milk.", "Whisk in 3/4 cup of milk."),
    (
        "Add 1 / 2 teaspoon of baking soda and 1 1 / 2 cups of flour.",
        "Add 1/2 teaspoon of baking soda and 1 1/2 cups of flour.",
    ),
    ("The new camera mode (Beta? ) is off by default.", "The new camera mode (Beta?) is off by default."),
    (
        "Is the fund still open (again! ) to new investors?",
        "Is the fund still open (again!) to new investors?",
    ),
    ("2. 4 Installation", "2.4 Installation"),
    ("4. 2 Analysis of the trial", "4.2 Analysis of the trial"),
    ("## 3. 1 Dosage and side effects", "## 3.1 Dosage and side effects"),
    ("1. 1 Overview\n1. 2 Installation\n1. 3 Usage", "1.1 Overview\n1.2 Installation\n1.3 Usage"),
]

TOKENS_LEFT_ALONE = [
    "Run twenty -v to list it, or set sixty - as the cap and ninety -the rest.",
    "Note: 2 cups of flour are enough.",
    "Step 3: 2 eggs go in last.",
    "Chapter 2. 4 people came to the meeting.",
    "The ratio 3 / 4 appears in the formula.",
    "The room was 3 / 4 full by noon.",
    "Divide 10 / 2 to get 5.",
    "The quiz ended in round 2. Then the lights went out.",
    "step 2. 4 eggs are needed",
    "1. 2 eggs, beaten\n2. 1 cup of milk",
    "1. 2 Eggs\n2. 3 Cups of milk",
    "2. 3 Cups of milk",
    "1. 2 Large eggs",
    "1. 5 Ways to save money",
    "## 2. 10 Best Places to Visit",
    "It is _really_ fast, and __init__ runs first.",
    "Name it class_ or type_ to avoid a clash, or use list_ instead.",
    "We met at the Net. Then we left. NET income rose.",
    "Use the ratio of 3 to 2, or 3:2 if you prefer.",
    "It costs £2. 4 shops sell it.",
    "The vote was 3: 2 in favour.",
]


@pytest.mark.parametrize("garbled, expected", SPLIT_TOKENS)
def test_split_tokens_are_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", TOKENS_LEFT_ALONE)
def test_clean_text_that_looks_split_is_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


MORE_SPLIT_TOKENS = [
    ("The group denied any large -scale layoffs.", "The group denied any large-scale layoffs."),
    ("A high -level team arrived on Friday.", "A high-level team arrived on Friday."),
    ("Resale prices in second -tier cities were flat.", "Resale prices in second-tier cities were flat."),
    ("Prices rose 0.3% month -on -month in April.", "Prices rose 0.3% month-on-month in April."),
    # A first half that never stands alone (survey: boilerplate, policy, gardening pages).
    (
        "Shops sold mooncakes for the Mid -Autumn Festival in the post -epidemic era.",
        "Shops sold mooncakes for the Mid-Autumn Festival in the post-epidemic era.",
    ),
    (
        "Talks on cross -strait trade ran under high -pressure rules and anti -dumping duties.",
        "Talks on cross-strait trade ran under high-pressure rules and anti-dumping duties.",
    ),
    # A number word's compound, a chain whose first link is joined, tails seen once each.
    (
        "The nine -in -one vote, a two -way street and a white -haired clerk at grass -roots level.",
        "The nine-in-one vote, a two-way street and a white-haired clerk at grass-roots level.",
    ),
    # The tens are first halves too (blind 13's weather page: "the twenty -four solar terms").
    (
        "The calendar has twenty -four solar terms and the town has forty -two lanes.",
        "The calendar has twenty-four solar terms and the town has forty-two lanes.",
    ),
    (
        "Unpack the tar. gz file, then open settings. json to edit it.",
        "Unpack the tar.gz file, then open settings.json to edit it.",
    ),
    ("The final starts at 8 o ’clock tonight.", "The final starts at 8 o’clock tonight."),
    (
        "A-shares settle T+ 1 while Hong Kong settles T+ 2.",
        "A-shares settle T+1 while Hong Kong settles T+2.",
    ),
    (
        "The fund raised S $ 300 million and NT $ 2 billion.",
        "The fund raised S$300 million and NT$2 billion.",
    ),
    ("Coach Ivankovi ć and striker Mitrovi ć spoke.", "Coach Ivanković and striker Mitrović spoke."),
    ("The answer is simple — — nobody asked.", "The answer is simple — nobody asked."),
    (
        "If the file name ends in. apk, open it on a phone.",
        "If the file name ends in .apk, open it on a phone.",
    ),
    ("Save the report as. csv or. pdf, not as. exe.", "Save the report as .csv or .pdf, not as .exe."),
    # A tokeniser's dot set apart on both sides (survey: an image's name in a page's lost markup).
    (
        "The photo is 20240518_56 . jpg , The scan-2 . pdf and the sheet data . xlsx came later .",
        "The photo is 20240518_56.jpg, the scan-2.pdf and the sheet data.xlsx came later.",
    ),
]
MORE_TOKENS_LEFT_ALONE = [
    "Run ls -la or rm -rf build, then git commit -m and java -version.",
    "Temperatures fell to -5 overnight and -level is not a word.",
    "It ended. js is short for JavaScript in this chat.",
    "Save it as .csv, then open main.py and the .deb file.",
    "We stopped at the park. Zip your coat. Deb and Pat came too.",
    "It costs $ 5 at the door, or US$ 7 in this house style.",
    "The o in 'clockwork' is silent in no dialect.",
    "The letter ć is Croatian; a lone c stays.",
    "A dash — and another — are fine.",
    # A head before a flag, a lone dash, a function word after a spaced dash.
    "Set the fan to high -v, then mid - and pre - stay as typed.",
    "Costs stay low -the rest rise, and it went well -or so we heard.",
    "Run tidy -Autumn and make -Wall on the build box.",
    "Run ls -la -level and git log -n -word before it ends.",
    "The score stayed at one -the crowd went quiet.",
]


@pytest.mark.parametrize(("garbled", "expected"), MORE_SPLIT_TOKENS)
def test_more_split_tokens_are_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", MORE_TOKENS_LEFT_ALONE)
def test_flags_sentences_and_styles_are_left_alone(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_path_split_after_its_slash_with_a_wide_gap_is_joined() -> None:
    garbled = "Create the folder /etc/  docker before you write daemon.json."
    assert mtclean.clean(garbled) == "Create the folder /etc/docker before you write daemon.json."


@pytest.mark.parametrize(
    "text",
    [
        "Keep the file in /etc/  and restart the service.",
        "Copy it to /usr/local/ nginx will find it there.",
        "Put it in ~/notes/  then run it again.",
        "The ratio was 3/  nginx is the server.",
    ],
)
def test_a_path_before_a_word_or_one_space_stays(text: str) -> None:
    assert mtclean.clean(text) == text


# A pinyin name split before its apostrophe (unseen hotel, temple and history pages).
PINYIN_SPLIT_BEFORE_APOSTROPHE = [
    (
        "The museum lies west of Chang 'an, near the old wall.",
        "The museum lies west of Chang'an, near the old wall.",
    ),
    (
        "We took the night train to Xi 'an and walked to the Di 'anmen gate.",
        "We took the night train to Xi'an and walked to the Di'anmen gate.",
    ),
    ("Lu 'an City borders Hefei to the west.", "Lu'an City borders Hefei to the west."),
    # A page whose smart quotes opened the mark (an unseen travel blog): the apostrophe it meant.
    (
        "Short videos made the lanes of Xi ‘an famous, and Ji ‘an too.",
        "Short videos made the lanes of Xi’an famous, and Ji’an too.",
    ),
]


@pytest.mark.parametrize(("garbled", "expected"), PINYIN_SPLIT_BEFORE_APOSTROPHE)
def test_a_pinyin_name_split_before_its_apostrophe_is_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A dialect's dropped letters, a quoted word after a name, a quotation opening with "an".
        "Round 'em up, the foreman said, and He 'ere means the boss.",
        "The band played rock 'n' roll all night, and Mary 'ad a little lamb.",
        "The poster said Jean 'and' Paul in big letters.",
        "The fans called Xi 'an unstoppable striker' after the cup final.",
        "The fans called Xi ‘an unstoppable striker’ after the cup final.",
        "Her letter to Mr Lee ‘always’ came on a Monday.",
    ],
)
def test_dialect_and_quotations_after_a_name_keep_their_space(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Test modules start with test_ followed by the name of the module.",
        "Usage: runcover filename [test_ suffix]",
        "Give every table the prefix app_ plus a short noun.",
        "In this schema sys_ marks the system tables and usr_ marks the rest.",
        "Names beginning with tmp_ are swept at exit; those starting with keep_ stay.",
        "A column called id_ gets an index of its own.",
    ],
)
def test_a_prefix_named_with_its_underscore_keeps_its_space(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_split_identifier_is_still_joined_beside_a_prefix_word() -> None:
    # "prefix" after the identifier says nothing of it; only before it does.
    assert mtclean.clean("Raise max_ len to 64.") == "Raise max_len to 64."


# A temperature whose degree sign a tokeniser spaced, or a converter wrote as DEG
# (blind 12's weather pages: `29 ° C`, `11 DEG C`).
SPACED_DEGREES = [
    ("The high today is 31 ° C with light wind.", "The high today is 31°C with light wind."),
    ("Lows of -7 ° C are likely; highs near 2 ° C .", "Lows of -7°C are likely; highs near 2°C."),
    ("Bake it at 350 ° F for an hour.", "Bake it at 350°F for an hour."),
    ("The night minimum is 11 DEG C in the suburbs.", "The night minimum is 11°C in the suburbs."),
]
SPACED_DEGREES_LEFT_ALONE = [
    "It was 29°C at noon, 29 °C in the SI style and 90° C in a hurry.",
    "Turn the dial 45 ° clockwise and tilt it 10 ° up.",
    "Order grade 3 ° C-level steel for the frame.",
    "Keep the DEG C constant in `config.h` and the 5 DEG Celsius note.",
    "Vitamin C and 2 C batteries are in the box.",
]


@pytest.mark.parametrize(("garbled", "expected"), SPACED_DEGREES)
def test_a_spaced_degree_sign_is_written_whole(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", SPACED_DEGREES_LEFT_ALONE)
def test_degrees_written_by_a_writer_and_angles_stay(text: str) -> None:
    assert mtclean.clean(text) == text


SPLIT_STOCK_CODES = [
    ("Shares of Imeik (300896. SZ) closed higher.", "Shares of Imeik (300896.SZ) closed higher."),
    (
        "Kweichow Moutai (600519. SH) and BYD (002594. SZ) led the index.",
        "Kweichow Moutai (600519.SH) and BYD (002594.SZ) led the index.",
    ),
    ("Geely (0175. HK) rose 3%.", "Geely (0175.HK) rose 3%."),
]
SPLIT_STOCK_CODES_LEFT_ALONE = [
    # a sentence that ends on a number, and the next one opening with the suffix as a word
    "Revenue reached 120000. HK Electric kept its dividend.",
    "The order was 600519. SZ Logistics shipped it the next day.",
    # a short number outside a bracket is no Hong Kong code
    "Add 2382. HK is the next stop.",
    # written whole already, or in a path
    "See 600519.SH and data/600519.SH.csv for the prices.",
]


@pytest.mark.parametrize(("garbled", "expected"), SPLIT_STOCK_CODES)
def test_a_stock_code_split_at_its_suffix_is_written_whole(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", SPLIT_STOCK_CODES_LEFT_ALONE)
def test_a_number_before_a_sentence_opening_with_a_suffix_stays(text: str) -> None:
    assert mtclean.clean(text) == text


SPLIT_PARTICLE_SIZES = [
    ("Hourly PM2. 5 readings topped 200 in the city.", "Hourly PM2.5 readings topped 200 in the city."),
    ("The mask stops PM2 .5 and most PM0. 1 particles.", "The mask stops PM2.5 and most PM0.1 particles."),
    ("Average PM1. 0 levels fell by a third.", "Average PM1.0 levels fell by a third."),
]

PARTICLE_SIZES_LEFT_ALONE = [
    "The PM2.5 and PM10 readings both fell overnight.",
    "The store closes at 6 PM. 5 people were still inside.",
    "We ship the PM2 controller, and PM10. 5 hours later it failed.",
]


@pytest.mark.parametrize(("garbled", "expected"), SPLIT_PARTICLE_SIZES)
def test_a_particle_size_split_at_its_point_is_joined(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", PARTICLE_SIZES_LEFT_ALONE)
def test_clock_times_and_other_pm_words_keep_their_point(text: str) -> None:
    assert mtclean.clean(text) == text
