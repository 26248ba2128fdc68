"""List evidence (``glossary.name-in-list``): a name's ordinary-word rendering listed among garbled names of its kind."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mtclean


@pytest.mark.parametrize(
    ("garbled", "clean"),
    [
        (
            "Weilai , Xiaopeng and Ideal all sold more cars in May .",
            "NIO, XPeng and Li Auto all sold more cars in May.",
        ),
        (
            "Last month Weilai、Xiaopeng、Ideal were ahead of the rest .",
            "Last month NIO, XPeng, Li Auto were ahead of the rest.",
        ),
        ("The buyers we met chose Ideal , Weilai or BYD .", "The buyers we met chose Li Auto, NIO or BYD."),
        (
            "Weilai , Xiaopeng , Ideal and others opened stores .",
            "NIO, XPeng, Li Auto and others opened stores.",
        ),
        ("Weiwo , millet and Oupo all cut prices .", "vivo, Xiaomi and OPPO all cut prices."),
        (
            "Oupo , Weiwo and glory took the next three places .",
            "OPPO, vivo and Honor took the next three places.",
        ),
    ],
)
def test_a_garbled_list_repairs_its_ambiguous_items(garbled: str, clean: str) -> None:
    assert mtclean.clean(garbled) == clean


def test_the_change_names_the_garbled_neighbour() -> None:
    changes = mtclean.explain("Weilai , Xiaopeng and Ideal all sold more cars in May .").changes
    (change,) = [change for change in changes if change.rule == "glossary.name-in-list"]
    assert (change.before, change.after) == ("Ideal", "Li Auto")
    assert "'Weilai' (NIO)" in change.evidence


@pytest.mark.parametrize(
    "text",
    [
        # Official names only: a clean list, and another company's name.
        "NIO, XPeng and Ideal all sold more cars in May.",
        "NIO, XPeng and Ideal Standard bathrooms share the tower.",
        # The adjective, listed with other adjectives.
        "An ideal, simple and cheap car is what most first buyers want.",
        # A grain among grains, and a list of things with one garbled name in it.
        "Sorghum, millet and rice are grains.",
        "Weiwo, Oupo, millet and rice .",
    ],
)
def test_clean_and_near_miss_lists_stay(text: str) -> None:
    assert mtclean.clean(text) == mtclean.clean(text.replace("Weiwo", "vivo").replace("Oupo", "OPPO"))
    assert "Li Auto" not in mtclean.clean(text) and "Xiaomi" not in mtclean.clean(text)


@pytest.mark.parametrize(
    "text",
    [
        # Two items and a bare comma is no list; the word as an adjective after one.
        "Weilai, Ideal for families .",
        "Weilai, ideal for families .",
        # Before a noun it modifies: the other shapes decide that.
        "Weilai , Xiaopeng and Ideal Standard bathrooms .",
        # A garbled name of another domain is no evidence.
        "Weiwo , Oupo and Ideal all grew .",
        # Not an item: after an article.
        "An Ideal , Weilai and Xiaopeng .",
    ],
)
def test_ideal_that_is_no_whole_item_of_a_list_of_its_kind_stays(text: str) -> None:
    assert "Ideal" in mtclean.clean(text) or "ideal" in mtclean.clean(text)
    assert "Li Auto" not in mtclean.clean(text)


_ITEMS = st.sampled_from(
    [
        "Weilai",
        "Xiaopeng",
        "Ideal",
        "NIO",
        "BYD",
        "Lixiang Auto",
        "Weiwo",
        "millet",
        "glory",
        "rice",
        "Zero Run",
    ]
)
_SEPARATORS = st.sampled_from([", ", " , ", "、", " and ", " or "])
_ENDS = st.sampled_from([" .", " all sold more cars .", " cars sold well .", " for families .", ""])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_ITEMS, _SEPARATORS), min_size=1, max_size=4), _ITEMS, _ENDS)
def test_lists_are_cleaned_idempotently(head: list[tuple[str, str]], last: str, end: str) -> None:
    text = "".join(item + separator for item, separator in head) + last + end
    once = mtclean.clean(text)
    assert mtclean.clean(once) == once
    items = [item for item, _ in head] + [last]
    if not {"Weilai", "Lixiang Auto"} & set(items):
        # Without a garbled carmaker in the list, Ideal alone is never Li Auto.
        assert once.count("Li Auto") == items.count("Lixiang Auto")
