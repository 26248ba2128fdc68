from __future__ import annotations

import pytest

import mtclean

FIXED = [
    ("booming , The cooperation grows .", "booming, the cooperation grows."),
    ("They agreed , We should go .", "They agreed, we should go."),
    ("They agreed , Don't stop .", "They agreed, don't stop."),
    ("Engines 、 A variety of systems", "Engines, a variety of systems"),
    ("It ends . meanwhile , it grows .", "It ends. Meanwhile, it grows."),
    ("meanwhile , This cooperation will grow .", "Meanwhile, this cooperation will grow."),
    ("He said :“ we will grow .”", "He said: “We will grow.”"),
]
UNCHANGED = [
    "Exports rose, The Times reported.",
    "Sales grew , China said .".replace(" , China said .", ", China said."),
    "iPhone sales rose in the third quarter.",
    "eBay and Apple reported results.",
    "pip install mtclean",
    "I said, I'm fine.",
    "Sales of SUV models grew, EV sales too.",
    # An excerpt that begins mid-sentence, with no garble anywhere.
    "which is why the board met again on Monday.",
    "and the second factory, in Hefei, opened a year later.",
]


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_garbled_capitals_are_fixed(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_correct_capitals_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize("name", ["China", "Renault", "Volvo", "Proton", "Geely", "Lotus", "SUV", "MoU", "I"])
def test_names_after_a_garbled_comma_keep_their_capital(name: str) -> None:
    assert mtclean.clean(f"Sales rose , {name} said .") == f"Sales rose, {name} said."


def test_a_word_capitalised_mid_sentence_elsewhere_is_a_name() -> None:
    text = "Shares of Shell rose.\n\nOil prices fell , Shell said ."
    assert mtclean.clean(text) == "Shares of Shell rose.\n\nOil prices fell, Shell said."


SENTENCE_AND_CLAUSE_STARTS = [
    ("Sales slowed in May. however, June was better.", "Sales slowed in May. However, June was better."),
    (
        "That is how it began. although we had a computer, my sister kept it.",
        "That is how it began. Although we had a computer, my sister kept it.",
    ),
    ("The index closed flat. meanwhile the yuan rose.", "The index closed flat. Meanwhile the yuan rose."),
    (
        "This post looks at Redisson As a lock client in depth.",
        "This post looks at Redisson as a lock client in depth.",
    ),
    (
        "Watch your blood sugar, especially When the weather turns cold.",
        "Watch your blood sugar, especially when the weather turns cold.",
    ),
    (
        "Prices rose sharply And the market took it in its stride.",
        "Prices rose sharply and the market took it in its stride.",
    ),
    (
        "Watch the child first and then decide Whether to go to the clinic.",
        "Watch the child first and then decide whether to go to the clinic.",
    ),
    (
        "Fans kept asking the team Where is the new season going to air.",
        "Fans kept asking the team where is the new season going to air.",
    ),
    # "The" capitalised mid-sentence (unseen car and botany pages).
    (
        "The calyx has small lobes along its full length The green part has glands.",
        "The calyx has small lobes along its full length the green part has glands.",
    ),
]
SENTENCE_AND_CLAUSE_STARTS_LEFT_ALONE = [
    "It weighs approx. ten kilos, etc. and more.",
    "Run the build. npm installs the rest. git tracks it. iPhone sales rose.",
    "We saw the film After the Wedding, then a song called If you leave me now.",
    "He said that In Bloom is his favourite song.",
    "Her first novel What the River Knows came out in May, then a book called How to grow old well.",
    "The fee is 5 vs. ten last year, see fig. two.",
    "Visit example.com. it is down.".replace(". it", ". It"),
    "See the e.g. case and the i.e. case, as in Jan. ten and Prof. chen's notes.".replace("chen's", "Chen's"),
    "Gone With the Wind and Harry Potter And the Chamber of Secrets are titles.",
    "We read the novel The remains of the day and the film The Big Sleep, then Of The Book In The Hall.",
    "She starred in The Lord of the Rings, and Tolkien The Hobbit was read aloud.",
    "Options:\n  -q, --quiet    The quiet mode prints nothing.\n  name\tThe name of the new user.",
    "A loop repeats:\nwhile [ -s queue.txt ]; do pop; done\nThe shell tests the file first. while stops once it is empty.",
    "Loop with `for seat in seats` as shown here. for repeats the body once per seat.",
    "It took 268 ns (mean ± std. dev. of 7 runs), aka. defining noise away.",
    "The printer speaks the IPP protocol. cups knows nothing of the older one.",
    "* Add a newer build of the nogil Python. by @someone in the pull request.",
    "Stir in the starch mixed with 2 tbsp. water, then 1 tsp. sugar and 3 lbs. pork belly.",
    "Bake for 40 mins. or until golden, and rest for 2 hrs. before slicing.",
]


@pytest.mark.parametrize(("garbled", "expected"), SENTENCE_AND_CLAUSE_STARTS)
def test_sentence_and_clause_starts_are_put_right(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", SENTENCE_AND_CLAUSE_STARTS_LEFT_ALONE)
def test_abbreviations_commands_and_titles_keep_their_case(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_lower_case_start_amid_garble_gets_a_capital() -> None:
    assert mtclean.clean("which is why the board met again 、 on Monday .") == (
        "Which is why the board met again, on Monday."
    )


def test_a_chinese_title_in_its_own_marks_is_no_garble_for_a_lower_case_start() -> None:
    text = "which is why the album 《海上花》 still sells in the Taipei shops."
    assert mtclean.clean(text) == text
    assert (
        mtclean.clean("which is why the album《Sea Flowers》sold .")
        == "Which is why the album “Sea Flowers” sold."
    )


def test_several_lower_case_openings_in_a_document_are_evidence() -> None:
    text = "the new plant opened in May.\n\nthe first cars left the line.\n\nthe dealers sold them all."
    assert mtclean.clean(text) == (
        "The new plant opened in May.\n\nThe first cars left the line.\n\nThe dealers sold them all."
    )


def test_paragraphs_that_lost_their_last_full_stop_count_as_lower_case_openings() -> None:
    # An unseen industry-news network drops each paragraph's last full stop, so its
    # lower-case openings were not counted as evidence.
    text = (
        "freight drones need long runways for their trials. Few small towns can offer one, so the tests wait for "
        "a free slot at an army field\n\n"
        "in the north, the desert gives room to fly. Several firms have moved their trial teams there in the "
        "last two years\n\n"
        "what makes the region so attractive is the empty sky? The local government also pays a part of the rent"
    )
    assert mtclean.clean(text) == (
        "Freight drones need long runways for their trials. Few small towns can offer one, so the tests wait for "
        "a free slot at an army field\n\n"
        "In the north, the desert gives room to fly. Several firms have moved their trial teams there in the "
        "last two years\n\n"
        "What makes the region so attractive is the empty sky? The local government also pays a part of the rent"
    )


def test_short_lower_case_lines_without_full_stops_are_not_openings() -> None:
    # Notes, commands and headings: no sentence ends inside them.
    text = (
        "install the package with pip and run the tests\n\nthen open the report in a browser\n\n"
        "see the changelog for what changed in this release and what is planned for the next one"
    )
    assert mtclean.clean(text) == text


# A page's paragraphs pasted as the lines of one (unseen hardware Q&A mirrors): the lines
# MT started in lower case after a finished sentence.
LOWER_LINES = [
    (
        "A graphics card has its own memory.\nthe chip on it draws the picture for the screen.\n"
        "Cheap cards share the main memory.\nsuch cards are slower but they use less power.",
        "A graphics card has its own memory.\nThe chip on it draws the picture for the screen.\n"
        "Cheap cards share the main memory.\nSuch cards are slower but they use less power.",
    ),
    (
        "Buy the parts as a set.\nfor example, a fast processor needs a board that can feed it well.\n"
        "notes:\nshopping for one part at a time wastes money in the end.",
        "Buy the parts as a set.\nFor example, a fast processor needs a board that can feed it well.\n"
        "notes:\nshopping for one part at a time wastes money in the end.",
    ),
    # Such lines are garble that gives the paragraph's own lower-case start its capital too.
    (
        "there are two kinds of graphics chip. One sits on the board.\n"
        "the other comes on a card of its own with its own memory.\nCards cost more.\n"
        "however, only a card can run the newest games at full detail.",
        "There are two kinds of graphics chip. One sits on the board.\n"
        "The other comes on a card of its own with its own memory.\nCards cost more.\n"
        "However, only a card can run the newest games at full detail.",
    ),
]
LOWER_LINES_KEPT = [
    # One such line is an excerpt; short lines are a changelog's; an abbreviation ends no sentence.
    "The board was tested for a week.\nwhich is why the second batch shipped late in May.",
    "Fixed the crash on start.\nadded a dark mode.\nupdated the docs.",
    "Bring pens, paper etc.\nand a ruler for the drawing class on Monday.\nBring lunch too.\nand water for the day.",
    # A writer who never capitalises.
    "the sun came up.\nthe birds began to sing in the old oak tree.\nwe drank our tea on the step.",
]


@pytest.mark.parametrize(("garbled", "expected"), LOWER_LINES)
def test_lines_started_in_lower_case_after_a_sentence_get_their_capitals(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", LOWER_LINES_KEPT)
def test_lower_case_lines_of_excerpts_lists_and_styles_stay(text: str) -> None:
    assert mtclean.clean(text) == text


def test_two_excerpts_in_a_document_are_not_evidence() -> None:
    text = "which is why the board met again.\n\nIt did.\n\nand so the vote was held on Monday."
    assert mtclean.clean(text) == text


def test_the_capital_is_explained_by_its_rule() -> None:
    first = mtclean.explain("the new plant opened , it said .").changes[0]
    assert (first.rule, first.start, first.before, first.after) == ("casing.paragraph-start", 0, "the", "The")


AFTER_A_SENTENCE = [
    (
        "Shoppers are tired of the festival.\n\nforeign retailers peak in December instead.",
        "Shoppers are tired of the festival.\n\nForeign retailers peak in December instead.",
    ),
    (
        "The plant opened in May.\n\nthe first cars left the line.\n\nthe dealers sold them all.",
        "The plant opened in May.\n\nThe first cars left the line.\n\nThe dealers sold them all.",
    ),
    # The paragraph before gets its capital from its own garble: so does the next one, in one run.
    (
        "the plant opened , they said .\n\nit happened during the morning shift.",
        "The plant opened, they said.\n\nIt happened during the morning shift.",
    ),
]
# The paragraph before opens with a name or a date that other passes put right: the same decision in one run.
OPENED_BY_OTHER_PASSES = [
    (
        "geely sold five cars on Monday.\n\nthe plant then closed for a week.",
        "Geely sold five cars on Monday.\n\nThe plant then closed for a week.",
    ),
    (
        "8 month 9 Japan , the plant opened .\n\nthe line then started on Monday.",
        "August 9, the plant opened.\n\nThe line then started on Monday.",
    ),
]
NOT_AFTER_A_SENTENCE = [
    "The report ended like this:\n\nwhich is why the board met again.",
    "He paused for a long time...\n\nthen he spoke to the whole room.",
    "The board met on Monday.\n\nand so the vote was held at once.",
    "the sun rose over the hill.\n\nthe birds sang in the old trees.",
    "Three commands matter here.\n\nmake builds the whole project.",
    "```\nprint(1)\n```\n\nwhich prints the number one.",
    "It did.\n\nthe vote was held on Monday.",
    "Great review, thanks for posting this.\n\nyeah the battery died after a year for me too.",
    "Great review, thanks for posting this.\n\nthe battery died after a year, i think.",
    "lol that was a great match.\n\nthe second half was even better.",
    "It is too late to rename it now.\n\nzip is an archiver: it packs files into one.",
    # a heading underlined on the next line, a table's first row
    "Generally use PEP 8.\n\nimport statements\n-----------------\nPut imports at the top of the module.",
    "The options are below.\n\nname | default | description\n--- | --- | ---\nsize | 1 | the size of the cache.",
]


def test_a_sentence_interrupted_by_an_indented_display_is_no_evidence() -> None:
    # Hard-wrapped notes: a sentence goes on after an indented address or
    # command; three such paragraphs are not three lower-case openings.
    text = (
        "Prior to setting it up, visit\n\n   http://example.org\n\nto get the drivers.\n\n"
        "Then run\n\n   dpkg-reconfigure cups\n\nand follow the prompts.\n\n"
        "If it fails, read\n\n   /usr/share/doc/cups\n\nfor the details of every option.\n\n"
        "If you use Homebrew, run\n\n```sh\nbrew upgrade pyenv\n```\n\nthen you can use it as usual."
    )
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(("garbled", "expected"), AFTER_A_SENTENCE)
def test_a_paragraph_after_a_finished_sentence_gets_its_capital(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize(("garbled", "expected"), OPENED_BY_OTHER_PASSES)
def test_a_paragraph_after_one_other_passes_open_gets_its_capital_in_one_run(
    garbled: str, expected: str
) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", NOT_AFTER_A_SENTENCE)
def test_a_lower_case_paragraph_after_no_finished_sentence_is_left(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_word_that_opens_one_excerpt_opens_no_sentence_anywhere() -> None:
    text = "it rained all day on the coast.\n\nThe roads were closed.\n\nit rained again on the next day."
    assert mtclean.clean(text) == text


def test_text_nodes_are_not_paragraphs_that_follow_a_sentence() -> None:
    fragments = ["The board met on Monday.", "it voted on the plan at once."]
    assert mtclean.Pipeline().clean_fragments(fragments) == fragments


def test_the_before_a_brand_after_a_garbled_comma_is_lowered() -> None:
    assert (
        mtclean.clean("Rivals were few , The Haval H6 led the chart .")
        == "Rivals were few, the Haval H6 led the chart."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Haval H6 led the chart again in May.",
        "Rivals were few, The Haval H6 led the chart.",  # no garbled comma: no evidence
    ],
)
def test_the_before_a_brand_without_garble_or_in_a_title_is_kept(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_before_a_brand_that_goes_on_as_a_title_is_kept() -> None:
    assert mtclean.clean("Rivals were few , The Haval Story sold well .") == (
        "Rivals were few, The Haval Story sold well."
    )


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        (
            "All targets for the year were met, We will keep policies stable.",
            "All targets for the year were met, we will keep policies stable.",
        ),
        (
            "The plan was approved in spring, They will start building next month.",
            "The plan was approved in spring, they will start building next month.",
        ),
    ],
)
def test_a_pronoun_mt_capitalised_after_a_comma_is_lowered(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The coach said, We will win the next one.",
        "As the president put it, We choose to go to the moon.",
        "The sign on the door read, We are open on all public holidays.",
        "Their slogan was simple: Yes, We Can.",
        "The band, We Are Scientists, played first.",
        "Chapter two, They Live by Night, is the best.",
        "Then, on Monday, We the People was on every screen.",
    ],
)
def test_a_capitalised_pronoun_after_speech_or_in_a_title_is_kept(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        (
            "Once the water boils, Then turn the heat down and leave the lid on.",
            "Once the water boils, then turn the heat down and leave the lid on.",
        ),
        (
            "Scores in the north were higher this year; Due to the storms, two exam halls moved.",
            "Scores in the north were higher this year; due to the storms, two exam halls moved.",
        ),
        (
            "Wash the rice twice; And soak it for half an hour before cooking.",
            "Wash the rice twice; and soak it for half an hour before cooking.",
        ),
        (
            "The cough got worse at night, Sometimes there was a fever as well.",
            "The cough got worse at night, sometimes there was a fever as well.",
        ),
        (
            "The fine was paid in full; The court closed the case in March.",
            "The fine was paid in full; the court closed the case in March.",
        ),
        (
            "The first-home deposit is 20%; For a second home the deposit is higher.",
            "The first-home deposit is 20%; for a second home the deposit is higher.",
        ),
        # An instruction or a word in -ing after a semicolon (unseen gardening, travel and recipe pages).
        (
            "Keep the pots out of the midday sun; Water them twice a week in summer.",
            "Keep the pots out of the midday sun; water them twice a week in summer.",
        ),
        (
            "Sit by the lake at dusk; Walk along the old wall and watch the boats; Listening to the bells, you forget the time.",
            "Sit by the lake at dusk; walk along the old wall and watch the boats; listening to the bells, you forget the time.",
        ),
        (
            "Fry the garlic until golden; Add the greens and a spoon of stock.",
            "Fry the garlic until golden; add the greens and a spoon of stock.",
        ),
        # A clause word, a comma after a word or two, then the clause goes on
        # (unseen wedding, visa and farming pages).
        (
            "The banquet needs extra tables; For example, a table of ten often seats only eight.",
            "The banquet needs extra tables; for example, a table of ten often seats only eight.",
        ),
        (
            "Copies of the booklet are accepted; During the renewal of a card, a receipt is issued.",
            "Copies of the booklet are accepted; during the renewal of a card, a receipt is issued.",
        ),
        (
            "Extra costs come up on the day; Such as a fee for the hall or for overtime.",
            "Extra costs come up on the day; such as a fee for the hall or for overtime.",
        ),
        (
            "Spread the manure in spring, and dig it in At the time, when the ground is soft.",
            "Spread the manure in spring, and dig it in at the time, when the ground is soft.",
        ),
        # The glossary writes the acronym first; the clause still goes on in lower case.
        (
            "The hall has an ordinary area and a vip area; The vip area is quiet and clean.",
            "The hall has an ordinary area and a VIP area; the VIP area is quiet and clean.",
        ),
    ],
)
def test_a_clause_mt_capitalised_after_a_comma_or_semicolon_is_lowered(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The guide at the gate said, There is no entry after five today.",
        "One line was painted on the wall, and it read, Never give up on the river.",
        "After the vote, Rose said the plan would go ahead.",
        "We read a novel called, Remains of the day, in class.",
        "The ship sailed for the port of Dover; Calais was closed to it.",
        "They flew to the coast, The Hague being closed by snow.",
        "The new album, The Last Resort, sold well in the spring.",
        "In the film, Apple pie and coffee are served in every scene.",
        "He Xiaopeng flew home. Back at the office, He was calm about the delay.",
        "After the final whistle, Will was the first to leave the pitch.",
        "Back in the village, Long was known for his fried dumplings.",
        "Turnout was 64%, The Guardian reported on its front page.",
        "Halfway up the hill she wondered, What if the bus does not come back?",
        # A letter's greeting.
        "Hi all, Please find the minutes of the meeting attached.",
        "Hello friends, Let me tell you about the trip.",
        # An instruction after a comma may be speech; a name after a semicolon stays.
        "The sergeant barked, Keep your heads down and move.",
        "The team toured the north; Beijing was the last stop on the trip.",
        "She moved to the coast; Song was her maiden name in the village.",
        "Our last stop was the zoo; Sterling was the keeper who showed us round.",
        # A title after an acronym goes on in capitals.
        "The vote was delayed; The BBC Proms went ahead on the Friday night.",
        "We stayed in on Sunday, For Your Eyes Only was on television.",
    ],
)
def test_a_capital_after_a_comma_in_speech_a_title_or_a_name_is_kept(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_paragraph_that_wrote_a_name_in_lower_case_gets_its_capital() -> None:
    assert mtclean.clean("welcome to jinan, a city of a hundred springs.") == (
        "Welcome to Jinan, a city of a hundred springs."
    )


@pytest.mark.parametrize(
    "text",
    [
        "which is why the city moved its pages to jinan.gov.cn last year.",
        "which is why the team flew to Jinan on Monday night.",
        "and the file jinan.csv holds the whole list of springs.",
    ],
)
def test_a_name_in_a_domain_or_written_right_is_no_garble(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_text_node_after_a_lower_case_name_keeps_its_case() -> None:
    fragments = ["The tour reached jinan.", " and then it went on to the lake."]
    assert mtclean.Pipeline().clean_fragments(fragments) == ["The tour reached Jinan.", fragments[1]]


def test_a_keyword_that_code_in_another_paragraph_writes_starts_a_sentence_in_lower_case() -> None:
    text = (
        "Each value is printed in turn:\n\n>>> for name in names:\n...     print(name)\n\n"
        "The prompt shows that the block goes on. for needs a colon, and while does too."
    )
    assert mtclean.clean(text) == text


def test_a_lower_case_sentence_start_is_capitalised_when_the_code_lacks_the_word() -> None:
    text = "A loop repeats:\nwhile [ -s queue.txt ]; do pop; done\nThe file is tested. after that, it stops."
    assert mtclean.clean(text) == text.replace(". after", ". After")


# A poem copied out of a PDF: its line breaks are lost, and every line still
# opens with a capital (seen on a scanned anthology of Tang poems in English).
VERSE_RUN_TOGETHER = (
    "RIVER SONG The boatman sings of autumn rain, And herons rise from reeds below; "
    "Across the ford the lanterns wane, Which once were bright a year ago. "
    "I ask the wind When he will turn, For north the geese Are flying fast; "
    "The willows bend, Though none will learn What road the traveller took at last."
)


def test_verse_run_together_keeps_the_capitals_of_its_lines() -> None:
    assert mtclean.clean(VERSE_RUN_TOGETHER) == VERSE_RUN_TOGETHER


def test_a_clause_word_capitalised_once_in_prose_is_still_lowered() -> None:
    garbled = "The boatman waited at the ford, especially When the river rose after rain."
    assert mtclean.clean(garbled) == garbled.replace("When", "when")


@pytest.mark.parametrize(
    "text",
    [
        "Should a third party sue over your posts, You hereby agree to cover our costs.",
        "Subject to the terms above, We hereby grant you a licence to use the app.",
    ],
)
def test_a_contract_party_before_hereby_keeps_its_capital(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_clause_capitalised_after_a_comma_without_hereby_is_still_lowered() -> None:
    assert mtclean.clean("The order has shipped, You will get a message when it arrives.") == (
        "The order has shipped, you will get a message when it arrives."
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 she entered Nanjing Univ. of Aeronautics and Astronautics as a transfer student.",
        "The samples came from the Natl. Inst. of Metrology and the Chinese Acad. of Sciences.",
    ],
)
def test_an_institution_abbreviated_with_a_stop_goes_on_in_lower_case(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # harm-hunt6: a notebook's heading label, spaced from its colon, then a sentence.
        (
            "List Comprehensions : A list comprehension builds a list from another.",
            "List Comprehensions: A list comprehension builds a list from another.",
        ),
        ("Intro\nStep Two : The kettle goes on.", "Intro\nStep Two: The kettle goes on."),
    ],
)
def test_a_sentence_after_a_title_case_label_keeps_its_capital(text: str, expected: str) -> None:
    assert mtclean.clean(text) == expected


def test_a_clause_after_a_spaced_colon_mid_sentence_is_still_lowered() -> None:
    assert mtclean.clean("The market is booming : The cooperation will grow .") == (
        "The market is booming: the cooperation will grow."
    )


# blind-wild7: wedding, temple and taboo Q&A pages keep the capital of every clause
# MT joins with a semicolon, nouns and adjectives too, and instructions MT lists so.
SEMICOLON_HABIT = [
    (
        "Pack two quilts for the new home; Kitchen tools, such as pots and ladles; "
        "Household appliances that save the couple some work.",
        "Pack two quilts for the new home; kitchen tools, such as pots and ladles; "
        "household appliances that save the couple some work.",
    ),
    (
        "The groom brings the gifts; Cakes are given to the guests; Jewelry, kept in the family, goes last.",
        "The groom brings the gifts; cakes are given to the guests; jewelry, kept in the family, goes last.",
    ),
    (
        "Bow three times at the altar; Enter by the left door and leave by the right one.",
        "Bow three times at the altar; enter by the left door and leave by the right one.",
    ),
]

SEMICOLON_CAPITALS_KEPT = [
    # One capital after a semicolon is no habit: a clean writer may start a sentence-like clause so.
    "The roads were icy; Daily deliveries stopped for a week in the north.",
    # A list of capitalised items after a colon.
    "Dishes: Chicken with rice and beans; Fish with potatoes and salad; Soup of the day.",
    # Defined terms of a contract, and names.
    "In this deed the parties agree; Affiliate means any company under common control; Party means a signatory.",
    "We drove to the north; Beijing came first on the list; Tianjin was the next stop after that.",
    # Labels with a number.
    "Chapter one covers the basics; Chapter two covers the rest of it; Chapter three is an index.",
    # A word the document writes capitalised elsewhere is a name.
    "The club met in the Hall; Hall members paid a fee for the year; Sterling kept the books for them.",
]


@pytest.mark.parametrize(("garbled", "expected"), SEMICOLON_HABIT)
def test_ordinary_words_capitalised_after_semicolons_by_habit_are_lowered(
    garbled: str, expected: str
) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", SEMICOLON_CAPITALS_KEPT)
def test_a_lone_semicolon_capital_a_colon_list_a_defined_term_or_a_name_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_semicolon_habit_is_explained_by_its_rule() -> None:
    changes = mtclean.explain(
        "Wash the cups first; Daily care keeps them clean; Household soap is fine for it."
    ).changes
    assert [(change.rule, change.after) for change in changes] == [
        ("casing.semicolon-habit", "daily"),
        ("casing.semicolon-habit", "household"),
    ]


# A numbered item opened in lower case among items that open with capitals (recruitment and wedding pages).
LIST_ITEMS = [
    (
        "(1) Age limit and health;\n(2) Degree and major;\n(3) work experience of two years;\n(4) A clean record.",
        "(1) Age limit and health;\n(2) Degree and major;\n(3) Work experience of two years;\n(4) A clean record.",
    ),
    (
        "4. Send the invitations.\n5. Book the hotel rooms.\n6. remind the driver of the time.",
        "4. Send the invitations.\n5. Book the hotel rooms.\n6. Remind the driver of the time.",
    ),
]

LIST_ITEMS_LEFT_ALONE = [
    # a writer who opens items in lower case chose to
    "1. install the package\n2. run the tests\n3. Read the report",
    # one capital item is no habit
    "1. Open the box\n2. check the cable",
    # a command opens the item
    "1. Open a terminal.\n2. Change to the folder.\n3. npm install fetches the rest.",
    # a name written with an inner capital
    "1. Charge the phone.\n2. Pair it.\n3. iPhone owners skip this step.",
]


@pytest.mark.parametrize("garbled, expected", LIST_ITEMS)
def test_a_lower_case_item_among_capitalised_items_gets_a_capital(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", LIST_ITEMS_LEFT_ALONE)
def test_lists_in_lower_case_or_opened_by_commands_stay(text: str) -> None:
    assert mtclean.clean(text) == text


# blind-wild9: a dateline read word for word opens the line; the capital after it starts the story.
@pytest.mark.parametrize(
    "text",
    [
        "1905 movie network news The film opens in 300 cinemas on Friday.",
        "Sina Technology News The new phone goes on sale next week.",
        "Xinhua News Agency, Beijing, May 3 electricity The ministry set out new rules.",
    ],
)
def test_the_capital_after_a_dateline_that_opens_its_line_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_clause_word_after_news_later_in_the_line_is_still_lowered() -> None:
    garbled = "The film did well. It made the news The critics liked in the spring."
    assert mtclean.clean(garbled) == garbled.replace("news The", "news the")


def test_a_guide_entry_with_chinese_and_pinyin_before_a_spaced_colon_keeps_its_capital() -> None:
    # A Hangzhou guide written in China (harm-hunt10): the stray space goes, the entry's capital stays.
    text = "Leifeng Pagoda 雷峰塔 léi fēng tǎ : Situated on a hill, it overlooks the lake."
    expected = "Leifeng Pagoda 雷峰塔 léi fēng tǎ: Situated on a hill, it overlooks the lake."
    assert mtclean.clean(text) == expected


def test_a_lower_case_gloss_after_lit_stays_lower_case() -> None:
    text = "Mong Kok (旺角; lit. prosperous corner) is one of the busiest places on earth."
    assert mtclean.clean(text) == text


def test_a_bulleted_label_before_a_spaced_colon_keeps_the_capital_after_it() -> None:
    # A tea guide written in China (harm-hunt10): bullets, padded labels, full sentences after them.
    text = "•     Da Hong Pao    : It is an oolong grown in the Wuyi Mountains."
    expected = "•     Da Hong Pao: It is an oolong grown in the Wuyi Mountains."
    assert mtclean.clean(text) == expected


def test_a_bulleted_headline_with_a_spaced_colon_is_still_lowered() -> None:
    assert (
        mtclean.clean("• Alipay : Foreign visitors can now pay") == "• Alipay: foreign visitors can now pay"
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"remark" : "the ferry was cancelled", "delay" : 40}',
        '    "status" : "pending review",\n    "owner" : "ops team"',
    ],
)
def test_a_string_after_a_json_key_keeps_its_case(text: str) -> None:
    # The spaced colon belongs to a formatter's layout of JSON, not to a garbled quotation.
    assert mtclean.clean(text) == text


def test_the_terms_of_a_definition_list_keep_their_lower_case() -> None:
    # A README lists parameters: each term on its own line, its definition indented below.
    text = (
        "The mock accepts these arguments:\n\n"
        "timeout (``float``)\n    Seconds to wait before the fake server gives up.\n\n"
        "retries (``int``)\n    How many times a failed call is tried again.\n\n"
        "body (``str``)\n    The text the fake server sends back, as is."
    )
    assert mtclean.clean(text) == text
