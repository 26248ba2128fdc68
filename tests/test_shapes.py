"""Translationese shapes: the data file loads, examples show their shape, keep sentences never do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mtclean
from mtclean import shapes

SHAPES = shapes.default().shapes
EXAMPLES = [(shape.name, example) for shape in SHAPES for example in shape.examples]
KEEP = [sentence for shape in SHAPES for sentence in shape.keep]


def test_the_shipped_shapes_are_sorted_and_each_has_examples_and_keep_sentences() -> None:
    names = [shape.name for shape in SHAPES]
    assert names == sorted(names) and len(set(names)) == len(names)
    assert all(shape.examples and shape.keep and shape.measured for shape in SHAPES)


@pytest.mark.parametrize(("name", "example"), EXAMPLES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(EXAMPLES)])
def test_an_example_shows_its_shape(name: str, example: str) -> None:
    assert name in {hit.shape for hit in shapes.find(example)}


@pytest.mark.parametrize("sentence", KEEP)
def test_a_keep_sentence_shows_no_shape_and_is_left_alone(sentence: str) -> None:
    assert shapes.find(sentence) == []
    assert mtclean.clean(sentence) == sentence


def test_a_guarded_shape_does_not_count_after_a_fronted_clause_or_phrase() -> None:
    assert [hit.shape for hit in shapes.find("The park opened in May, it has a zoo.")] == ["comma-splice"]
    assert shapes.find("When the park opened in May, it had a zoo.") == []
    assert shapes.find("In 1958, it had a zoo.") == []
    # The guard reads the sentence that holds the comma, not the text's first sentence.
    text = "If so, fine. The park opened, it has a zoo."
    assert [hit.start for hit in shapes.find(text)] == [text.index(", it")]


def test_a_participle_phrase_before_the_subject_guards_like_an_opener() -> None:
    # A poem's translation: "Lifting my head, I see..." fronts a phrase, as "If" fronts a clause.
    assert shapes.find("Raising the lamp to the window, I saw frost on the sill.") == []
    assert shapes.find("Turning back to the fire, we talked until dawn.") == []
    assert [hit.shape for hit in shapes.find("The sill was white, I saw frost on it.")] == ["comma-we"]


def test_a_fronted_adverb_or_a_subordinate_clause_mid_sentence_guards_but_a_list_number_does_not() -> None:
    # Real clean pages (a travel blog, a university's page) were flagged by these: none is a splice.
    assert shapes.find("Today, it is a museum.") == []
    assert shapes.find("We heard that when the gate shut, we would wait an hour.") == []
    assert shapes.find("They said that unless it rained, it would be a good harvest.") == []
    # ... but a Chinese list's number before a comma is no adverb, and "because of" opens no clause.
    assert [hit.shape for hit in shapes.find("Bring two things. 1, You need a permit.")] == ["comma-we"]
    # (at a paragraph's start the number is the Chinese list's own shape, which holds the comma)
    assert [hit.shape for hit in shapes.find("1, You need a permit.")] == ["chinese-list"]
    assert [hit.shape for hit in shapes.find("The road closed because of snow, it was icy.")] == [
        "comma-splice"
    ]
    # A quotation opened inside a sentence is a sentence of its own, until it closes.
    assert shapes.find("The notice read, “If the bell rings, we leave at once.”") == []
    assert [hit.shape for hit in shapes.find("He wrote “no”, we want a reply.")] == ["comma-we"]


def test_a_frame_counts_only_where_it_opens_a_sentence_with_a_capital() -> None:
    assert [hit.text for hit in shapes.find("Sales fell.  In recent years, prices rose.")] == [
        "In recent years"
    ]
    assert [hit.text for hit in shapes.find("Sales fell.\nRecently, prices rose.")] == ["Recently"]
    assert shapes.find("Prices rose in recent years.") == []
    assert shapes.find("the shop, in recent years, grew") == []


def test_a_word_shape_does_not_start_inside_a_word() -> None:
    assert shapes.find("Members prepay attention to detail.") == []
    assert [hit.shape for hit in shapes.find("Members pay attention to detail.")] == ["pay-attention"]


def test_a_match_inside_an_earlier_one_does_not_count_twice() -> None:
    found = shapes.find("The skin is dry, it is necessary to drink more water.")
    assert [(hit.shape, hit.text) for hit in found] == [("comma-splice", ", it is")]


def test_the_medicine_shape_leaves_the_shared_marker_its_own_phrases() -> None:
    # "Chinese medicine believes" and "Western medicine believes" are the shared marker
    # tcm-believes's: a shape there would count a careful Chinese outlet's phrase alone.
    assert shapes.find("Chinese medicine believes the spleen rules the limbs.") == []
    assert shapes.find("Western medicine believes the rash is an allergy.") == []
    assert [hit.shape for hit in shapes.find("Modern medicine believes the rash is an allergy.")] == [
        "medicine-believes"
    ]


def test_officialese_needs_the_work_noun_or_the_adverb_before_its_verb() -> None:
    assert shapes.find("The crew will carry out repairs on the bridge and improve it.") == []
    assert shapes.find("They did a good job of the roof and promote it widely.") == []
    found = shapes.find("The crew will carry out repair work and actively promote safety.")
    assert [hit.text for hit in found] == ["carry out repair work", "actively promote"]


def test_a_capital_after_a_semicolon_counts_only_where_it_opens_a_clause() -> None:
    found = shapes.find("The rain kept on all night; The river rose over the lower road.")
    assert [(hit.shape, hit.text[:6]) for hit in found] == [("semicolon-capital", "; The ")]
    # A clause in lower case, "I", a title and a name after the semicolon are English.
    assert shapes.find("The rain kept on all night; the river rose over the lower road.") == []
    assert shapes.find("The rain kept on all night; I watched the river rise from the bridge.") == []
    assert shapes.find("She reads two papers at breakfast; The Guardian comes first every day.") == []
    assert shapes.find("The ferry was late; Sam waited on the pier with his two dogs.") == []
    # After an abbreviation's stop the semicolon closes a list's item; a short item opens no clause.
    assert shapes.find("Buyers: Hengda Co.; The firm later sold its plant to a rival.") == []
    assert shapes.find("Menu: rice; The end") == []


def test_a_letter_whose_lower_case_is_longer_keeps_the_places() -> None:
    text = "İstanbul grew fast, it has ten million people."
    (hit,) = shapes.find(text)
    assert text[hit.start : hit.start + len(hit.text)] == hit.text == ", it has"


def test_shapes_never_change_text() -> None:
    text = "The park opened in May, it has a zoo. At present, it is busy."
    assert shapes.find(text) and mtclean.clean(text) == text


SHAPE = "openers: [If]\nshapes:\n  - name: x\n    examples: [a]\n    keep: [b]\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("shapes: []\n", "openers"),
        ("- name: x\n", "a mapping with openers"),
        (SHAPE + "    patterns: ['[ab]c']\n", "literal"),
        (SHAPE + "    patterns: [ab]\n    why: c\n", "unknown"),
        (SHAPE.replace("[a]", "a") + "    patterns: [ab]\n", "examples"),
        (SHAPE + "    patterns: [ab]\n    start: line\n", "start"),
    ],
)
def test_a_wrong_shapes_file_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "shapes.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(shapes.ShapeError, match=message):
        shapes.read(path)


@pytest.mark.parametrize(
    "text",
    [
        "Last week, she lost the final to a teammate.",
        "Half a year ago, there was talk of a new road.",
        "Two days later, we left for the coast.",
        "Luckily, they were home when the pipe burst.",
        "Packing list: Remembering the cold, I took a coat.",
    ],
)
def test_a_short_time_phrase_or_adverb_before_the_subject_is_not_a_splice(text: str) -> None:
    assert shapes.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose last week, it was the first rise.",
        "The shop sells cheap tools, it has many buyers.",
        "Sales fell sharply, they were the lowest in years.",
    ],
)
def test_a_clause_before_the_comma_still_makes_a_splice(text: str) -> None:
    assert [hit.shape for hit in shapes.find(text)] == ["comma-splice"]


def test_glued_stops_count_where_a_text_glues_most_of_its_sentences() -> None:
    text = (
        'The mill opened in spring.Workers came from three villages.Each earned a wage "above the old one."'
        "Some planted beans as well.Others kept pigs."
    )
    assert [hit.text for hit in shapes.find(text)] == [".Workers", ".Each", '."Some', ".Others"]
    assert {hit.shape for hit in shapes.find(text)} == {"glued-stop"}


def test_a_few_glued_stops_among_spaced_sentences_do_not_count() -> None:
    # A scraper that joined two paragraphs glues one boundary in several.
    text = (
        "The mill opened in spring. Workers came from three villages.Each earned a wage. "
        "Some planted beans as well. Others kept pigs.Most stayed on. A few left. The rest went home.Then it rained."
    )
    assert shapes.glued_stops(text) == []
    # Two glued stops are too few, however few the spaced ones.
    assert shapes.glued_stops("The mill opened.Workers came.Each earned a wage.") == []


def test_code_hosts_and_names_are_no_glued_stops() -> None:
    text = "Call fmt.Println here.Use os.Getenv there.Read www.example.Com now.Ask Mr.Smith later.Then stop."
    # Println, Getenv and Smith are no ordinary words; www.example is no plain word.
    assert [hit.text for hit in shapes.glued_stops(text)] == [".Use", ".Read", ".Ask", ".Then"]
    assert shapes.glued_stops("Call fmt.Println, os.Getenv, io.Copy and os.Exit in main.") == []


def test_glued_stops_score_only_in_a_text_long_enough_for_a_rate() -> None:
    sentence = (
        "The mill opened in spring.Workers came from three villages.Each earned a wage.Others kept pigs."
    )
    assert mtclean.score(sentence) == 0
    long_text = " ".join([sentence] * 7)
    assert "shape.glued-stop" in dict(mtclean.score_details(long_text).signals)


# The one scan for every shape's keys (tenth round of docs/performance.md): it must find
# exactly what running each expression over the whole text finds.

SHIPPED = shapes.default()
CORPORA = Path(__file__).parent.parent / "corpora"


def test_every_shipped_expression_has_keys_and_every_match_starts_with_one() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPORA.glob("**/*.txt"))]
    texts += [example for _, example in EXAMPLES]
    for _, pattern in SHIPPED._compiled:
        found = shapes.keys(pattern.pattern)
        assert found and all(len(key) >= 2 for key in found), pattern.pattern
        for text in texts:
            for match in pattern.finditer(text.lower()):
                assert match.group().startswith(found), (pattern.pattern, match.group())
    assert SHIPPED._loose == []  # every shipped expression is found by the scan


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("in (?:recent years|this regard)\\b", ("in recent years", "in this regard")),
        ("pay(?:s|ing)? (?:more )?attention", ("pay",)),
        ("ab|cd", ()),  # an alternation outside every group: no common start
        ("ab(?:c|d)|e", ()),
        ("ab[|(]c|d", ()),  # a class's bar and parenthesis are characters
        ("ab[|(]c", ("ab",)),
        ("ab\\|c", ("ab",)),
        ("ab(?:c|d(?:e|f))g", ("abc", "abd")),
        ("ab(?:c|d)*e", ("ab",)),
        ("ab(?:|c)d", ("abd", "abcd")),
        ("(?:|ab)", ()),  # a match may be empty: no key
        ("x(?:c|d)", ("xc", "xd")),
        ("abc{0,2}d", ("ab",)),
    ],
)
def test_keys_are_the_literal_starts_every_match_has(pattern: str, expected: tuple[str, ...]) -> None:
    assert shapes.keys(pattern) == expected


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPORA.glob("**/*.txt"))]
    texts.append(
        "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(CORPORA.glob("detection/*/*.txt")))
    )
    texts += [example for _, example in EXAMPLES] + KEEP
    texts += [
        ", it is at the very start, and recently at the end: recently",
        "Recently, prices rose.In recent years, it has grown;in addition, it is x_recently",
        "İstanbul grew, it has ten million people.  At present, we are in our country",
        "(in recent years) “At present, we go”, it can be seen that 3:1 beat them 3:1",
    ]
    return texts


TEXTS = _texts()


@pytest.mark.parametrize("text", TEXTS, ids=[f"text-{i}" for i in range(len(TEXTS))])
def test_the_one_scan_finds_what_each_expression_finds(text: str) -> None:
    assert SHIPPED.find(text) == SHIPPED.find_each(text)


#: Pieces a shape's text is made of: its keys in three cases, words of its examples, and the
#: marks and letters around a key that decide whether it starts a word.
_PIECES = sorted(
    {key for _, pattern in SHIPPED._compiled for key in shapes.keys(pattern.pattern)}
    | {word for _, example in EXAMPLES for word in example.split()}
)
_SEPARATORS = [" ", ", ", ". ", ".", "\n", "\n\n", "_", "x", "é", "İ", "3:1", "“", "”", ": ", "If "]


@st.composite
def _shape_texts(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.tuples(
                st.sampled_from(_PIECES),
                st.sampled_from(["lower", "title", "upper"]),
                st.sampled_from(_SEPARATORS),
            ),
            max_size=24,
        )
    )
    return "".join(getattr(piece, case)() + separator for piece, case, separator in parts)


@settings(max_examples=400, deadline=None)
@given(_shape_texts())
def test_the_one_scan_agrees_with_each_expression_on_texts_of_keys_and_examples(text: str) -> None:
    assert SHIPPED.find(text) == SHIPPED.find_each(text)


#: The glued-stop expressions as they were written before the tenth round: a look-behind first.
_GLUED_BEFORE = re.compile(r"(?<=[a-z]{2})[.!?;][\"”’]?([A-Z][a-z]+)(?=[ ,])")
_SPACED_BEFORE = re.compile(r"(?<=[a-z])[.!?;][\"”’]?[ \t]+[A-Z][a-z]")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='abXY .!?;"”’,\t', max_size=60))
def test_the_glued_stop_expressions_find_what_their_look_behind_first_forms_found(text: str) -> None:
    for now, before in ((shapes._GLUED, _GLUED_BEFORE), (shapes._SPACED, _SPACED_BEFORE)):
        assert [m.span() for m in now.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_an_expression_the_scan_cannot_find_is_run_over_the_whole_text() -> None:
    # One with no common start, and one that may start inside a word (start: any).
    loose = shapes.Shapes(
        frozenset(),
        frozenset(),
        [
            shapes.Shape("ab-or-cd", ("ab|cd",), ("ab",), ("x",)),
            shapes.Shape("in-anywhere", ("in the",), ("in the",), ("x",), start="any"),
            shapes.Shape("scanned", ("the end",), ("the end",), ("x",)),
        ],
    )
    assert loose._loose == [0, 1]
    text = "Within the cd box, ab and the end."
    assert [(hit.shape, hit.text) for hit in loose.find(text)] == [
        ("in-anywhere", "in the"),
        ("ab-or-cd", "cd"),
        ("ab-or-cd", "ab"),
        ("scanned", "the end"),
    ]
    assert loose.find(text) == loose.find_each(text)
