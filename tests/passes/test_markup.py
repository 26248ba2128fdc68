from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mtclean
from mtclean.passes.markup import _TAG_NEEDLES, MARKUP
from mtclean.protect import SPACED_TAG_NEEDLES

FIXED = [
    # paragraph tags between sentences (programming, stock news, recipes, phones, games, health, policy)
    (
        "Run the tests first. < / p > < p > then merge the branch.",
        "Run the tests first.\n\nThen merge the branch.",
    ),
    (
        "Shares closed 3% higher. < / P >< P > the index fell slightly.",
        "Shares closed 3% higher.\n\nThe index fell slightly.",
    ),
    (
        "< p > Whisk the eggs. < br / > Add the flour slowly. < / p >",
        "Whisk the eggs.\n\nAdd the flour slowly.",
    ),
    (
        'The battery lasts two days! < / p > < p class = "note" > the camera is weaker.',
        "The battery lasts two days!\n\nThe camera is weaker.",
    ),
    (
        "The patch lands on Friday.\n< / p >\n< p > Servers go down at noon.",
        "The patch lands on Friday.\n\nServers go down at noon.",
    ),
    ("Drink water often. < br > < br > sleep eight hours.", "Drink water often.\n\nSleep eight hours."),
    (
        "The rules take effect in May. </ p > < p > iPhone owners are exempt.",
        "The rules take effect in May.\n\niPhone owners are exempt.",
    ),
    ("The draft was published < / p > < p > on Monday .", "The draft was published on Monday."),
    # inline tags: removed, their words kept
    (
        'The patch is on < a target = "_ blank" href=" https://github.com/x/y "> the project page < / a > .',
        "The patch is on the project page.",
    ),
    (
        'Shares of < a href = " https://finance.example.com/q?s=ABC " > ABC Motors < / a > rose 4% .',
        "Shares of ABC Motors rose 4%.",
    ),
    (
        "Bake until < strong > golden brown < / strong >, about 20 minutes.",
        "Bake until golden brown, about 20 minutes.",
    ),
    (
        'The phone comes in < span style = "color: red" > red < / span > and blue.',
        "The phone comes in red and blue.",
    ),
    ('The boss fight < img src = " /images/boss.png " / > is hard.', "The boss fight is hard."),
    ("Take it < b > twice < / b > a day.", "Take it twice a day."),
    ("The law covers < em > all < / em > vehicles.", "The law covers all vehicles."),
    ("She wrote: (< i > draft < / i >) on top.", "She wrote: (draft) on top."),
    ("Specs < h2 > Display < / h2 > The screen is 6.7 inches .", "Specs Display The screen is 6.7 inches."),
    ("Menu: < br > soup < br / > rice", "Menu: soup rice"),
    # the comparison stays, the tokenised link goes
    ('If a < b > c, read < a href=" https://x.com "> the docs < / a >.', "If a < b > c, read the docs."),
    # an unclosed bare "< b >" in a run is left; the tags beside it still go
    ("Stir well. < / p > < p > < b > then serve", "Stir well.\n\n< b > then serve"),
]
UNCHANGED = [
    "Use <p>text</p> and <br/> in the template.",
    'Link it with <a href="https://example.com/a">the docs</a>.',
    "If a < b and c > d, return early.",
    "The test x < 5 > y is never true.",
    "Only values <= 3 or >= 10 are kept.",
    "If i < p > j, swap them.",
    "In the sort, a < b > c can't hold.",
    "Write `< / p >` to see the bug.",
    "```\nhtml = '< p >' + body\n\nprint(html)\n```",
    "Scores < 50 > 40 mean nothing.",
    "The ratio < 2 is healthy.",
    "Prices < b > c were quoted.",
    "The menu: < br > soup < br > rice",  # bare tags alone could be comparisons: left
]


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_tokenised_tags_are_removed_or_become_paragraph_breaks(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_cleaning_tokenised_tags_is_idempotent(garbled: str, expected: str) -> None:
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_markup_and_comparisons_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


def test_html_input_keeps_its_markup_and_its_text_nodes() -> None:
    page = '<p>It sold out. < / p > < p > when</p><a href="https://x.com">new cars</a>'
    assert mtclean.clean(page, format="html") == page
    assert not mtclean.explain(page, format="html").changes


def test_the_url_inside_a_tokenised_tag_goes_with_the_tag() -> None:
    result = mtclean.explain('See < a href=" https://x.com/a "> cars < / a > now.')
    assert result.text == "See cars now."
    assert {change.rule for change in result.changes} == {"markup.inline-tag"}


def test_a_crlf_text_gets_a_crlf_paragraph_break() -> None:
    assert (
        mtclean.clean("It rained.\r\n< / p >< p > then it stopped.") == "It rained.\r\n\r\nThen it stopped."
    )


def test_disabling_the_pass_keeps_the_tags() -> None:
    text = "It rained. < / p > < p > then it stopped."
    assert mtclean.Pipeline(disable=["markup"]).clean(text) == text


@pytest.mark.parametrize("rule", MARKUP.rules, ids=lambda rule: rule.name)
def test_the_rule_examples_hold_exactly(rule: mtclean.Rule) -> None:
    assert rule.examples
    for before, after in rule.examples:
        assert mtclean.clean(before) == after


# A bare opening tag that opens a line, glued to the heading it wraps (a mattress buying guide).
LINE_OPENING_TAGS = [
    (
        "< span>Manufacturing process\n\nEach one is sewn by hand.",
        "Manufacturing process\n\nEach one is sewn by hand.",
    ),
    (
        "Foam layers\n< strong>Spring structure\nThe coils are dense.",
        "Foam layers\nSpring structure\nThe coils are dense.",
    ),
]

LINE_OPENING_TAGS_LEFT_ALONE = [
    # a comparison needs a term on its left, and its tag-like part is spaced from the next word
    "< b > c holds for every pair.",
    "If a < b > c, swap them.",
]


@pytest.mark.parametrize("garbled, expected", LINE_OPENING_TAGS)
def test_a_bare_tag_opening_a_line_goes(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", LINE_OPENING_TAGS_LEFT_ALONE)
def test_a_comparison_at_a_line_start_stays(text: str) -> None:
    assert mtclean.clean(text) == text


# Typographic entities that lost their ampersand (a coffee chain's launch, a housing story, a ticket price).
ENTITY_NAMES = [
    (
        "Fans queued for the ldquo;moon cakerdquo; edition at dawn.",
        "Fans queued for the “moon cake” edition at dawn.",
    ),
    ("The new ldquo; Cloud latte rdquo; sold 8,000 cups.", "The new “Cloud latte” sold 8,000 cups."),
    ("Rents fell 3% & rdquo; In the suburbs they rose.", "Rents fell 3% ” In the suburbs they rose."),
    (
        "Tickets:nbsp;nbsp;60 yuan mdash; half price for children.",
        "Tickets: 60 yuan — half price for children.",
    ),
    ("nbsp; nbsp; The plant reopened on Monday.", "The plant reopened on Monday."),
    ("Wait for the bell hellip; then open the lid.", "Wait for the bell … then open the lid."),
    # MT capitalised the name where it opens a clause (blind 17, a rental-guide page: `says: Ldquo;`)
    (
        "The agent told us: Ldquo;The flat faces southRdquo; and it did.",
        "The agent told us: “The flat faces south” and it did.",
    ),
    ("Doors open at nine Mdash; bring your ticket.", "Doors open at nine — bring your ticket."),
    ("Price:Nbsp;Nbsp;80 yuan a night.", "Price: 80 yuan a night."),
]

ENTITY_NAMES_LEFT_ALONE = [
    # a full entity is a protected span, and &amp;name; is how a text shows one
    "Type &ldquo; to get a curly opening quote.",
    "In HTML, &amp;nbsp; keeps two words on one line.",
    "Write &amp;mdash; for a long dash.",
    # the names inside longer words, or without their semicolon
    "She put an aliquot; of the sample aside.",
    "The file is named ldquo and holds one line.",
    "The variable rsquo_count starts at zero.",
    # a capitalised name after its ampersand, an acronym in capitals, a longer word
    "The markup reads &Ldquo; in that old template.",
    "The table lists LDQUO; and NBSP; as column keys.",
    "The Hellipad; row names a landing pad.",
    # a paragraph that says what a name stands for or that it lost its ampersand (harm-hunt22)
    "Nbsp; stands for a non-breaking space in old web pages.",
    "Rdquo; and Ldquo; are the names of the curly quotes.",
    "Write &nbsp; to keep two words together; Nbsp; without the ampersand shows as text.",
]


# What phone help pages' MT left of ``&gt;`` in a menu path (blind 17: three Q&A-mirror
# pages about blocking messages, and blind 16's stock-formula page with ``volume >; 0.0 1``).
BRACKET_REMNANTS = [
    (
        "Open Settings >; Privacy > Location and pick the app.",
        "Open Settings > Privacy > Location and pick the app.",
    ),
    (
        "Tap Messages >; Blocked >; Rules, then add the number.",
        "Tap Messages > Blocked > Rules, then add the number.",
    ),
    ("Choose Phone & gt Call settings and switch it off.", "Choose Phone > Call settings and switch it off."),
    ("Pick the rows where the price & lt; 20 yuan.", "Pick the rows where the price < 20 yuan."),
    (
        "Keep the stocks whose volume >; 0.01 at the close.",
        "Keep the stocks whose volume > 0.01 at the close.",
    ),
    # an item in lower case after a capitalised one (blind 17's notes: ``Apps >; permissions``)
    (
        "Go to Settings >; Apps >; permissions and allow it.",
        "Go to Settings > Apps > permissions and allow it.",
    ),
]

BRACKET_REMNANTS_LEFT_ALONE = [
    # a template closed before its semicolon, a winking face, full entities, arrows
    "Declare std::vector<int>; and then push the values.",
    "Nice try >;) see you tomorrow.",
    "The source shows &gt; and &lt; where the brackets go.",
    "Use -> and => in the lambda, or write x>;y as a typo.",
    "In AT& T's old ads the logo came first.",
    # a text about markup names them as written
    "The HTML escape left >; behind in the old template.",
    # tokens of a shell line, a lexer or a notation between words in lower case (harm-hunt22)
    "Run grep foo >; echo done in a shell and the shell complains about the syntax.",
    "The diff shows -> and => and >; as separate tokens in the lexer.",
    "Compare x >; y in the old notation with x > y today.",
    "In the tutorial, the author writes & lt and & gt with a space to stop the renderer from turning them into brackets.",
    "The regex a & lt b matched nothing.",
    "That was close >; D but we made it.",
]


@pytest.mark.parametrize("garbled, expected", BRACKET_REMNANTS)
def test_a_bracket_entity_remnant_becomes_the_bracket(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", BRACKET_REMNANTS_LEFT_ALONE)
def test_brackets_in_code_and_faces_stay(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_bracket_entity_remnant_in_an_html_page_is_its_own_text() -> None:
    page = "<p>Open Settings >; Privacy first.</p>"
    assert mtclean.clean(page, format="html") == page


@pytest.mark.parametrize("garbled, expected", ENTITY_NAMES)
def test_an_entity_without_its_ampersand_becomes_its_character(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", ENTITY_NAMES_LEFT_ALONE)
def test_entities_shown_on_purpose_and_near_misses_stay(text: str) -> None:
    assert mtclean.clean(text) == text


def test_entity_names_in_an_html_page_are_its_own_text() -> None:
    page = "<p>The ldquo;moon cakerdquo; sold out.</p>"
    assert mtclean.clean(page, format="html") == page


@pytest.mark.parametrize(
    "text",
    [
        "The old template printed the entity rdquo; because its ampersand was escaped twice.",
        "In HTML source you may see nbsp; left behind when a converter drops the ampersand.",
        "Entities such as mdash; and hellip; lose their meaning without the leading ampersand.",
    ],
)
def test_a_paragraph_about_entities_keeps_their_names(text: str) -> None:
    assert mtclean.clean(text) == text


# What a plant-care site's MT left of each paragraph's closing tag (blind 11's three
# pages of one site): ` p>` at the end of the line, the sentence's full stop lost with it.
PARAGRAPH_END_REMNANTS = [
    (
        "1. Soil: use loose sandy soil that drains well p>\n2. Light: shade it at noon in summer p>",
        "1. Soil: use loose sandy soil that drains well.\n2. Light: shade it at noon in summer.",
    ),
    ("Keep it above 5 ℃ in winter p>", "Keep it above 5 ℃ in winter."),
    (
        "Remove the diseased leaves in time. p>\n\nThen spray it.",
        "Remove the diseased leaves in time.\n\nThen spray it.",
    ),
]
PARAGRAPH_END_REMNANTS_LEFT_ALONE = [
    # mid-line, after a combinator, or a real tag
    "The rule div > p> ul is invalid, and so is a p> b.",
    "Wrap the text in <p> and close it with </p>",
    "Selectors such as article > p>",
]


@pytest.mark.parametrize("garbled, expected", PARAGRAPH_END_REMNANTS)
def test_a_paragraph_end_remnant_goes_and_leaves_its_full_stop(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", PARAGRAPH_END_REMNANTS_LEFT_ALONE)
def test_angle_brackets_that_are_not_a_remnant_stay(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_paragraph_end_remnant_in_an_html_page_is_its_own_text() -> None:
    page = "<p>Keep it warm p></p>"
    assert mtclean.clean(page, format="html") == page


def test_a_p_value_cut_at_a_lines_end_is_no_paragraph_tag() -> None:
    # Text taken from a PDF breaks its lines anywhere, even inside "p>0.05".
    text = "Weight did not differ between the two diets at p>\n0.05, nor did waist size."
    assert mtclean.clean(text) == text


def test_a_p_value_cut_at_the_end_of_the_text_is_no_paragraph_tag() -> None:
    # The same line cleaned on its own (one record of a JSONL file): no sentence ends with "at".
    text = "Weight did not differ between the two diets at p>"
    assert mtclean.clean(text) == text
    assert mtclean.clean("The cutting takes root in a month p>") == "The cutting takes root in a month."


@given(st.text(alphabet="< /\tpa>", max_size=20))
def test_the_tag_needles_pattern_finds_a_needle_exactly_where_in_does(text: str) -> None:
    assert (_TAG_NEEDLES.search(text) is not None) == any(needle in text for needle in SPACED_TAG_NEEDLES)
