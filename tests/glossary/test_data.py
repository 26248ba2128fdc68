"""The shipped glossary checks itself: every example and keep sentence is a test."""

from __future__ import annotations

import pytest

import mtclean
from mtclean.glossary import load_glossary
from mtclean.glossary.model import Entry, Example, data_files, load_file

ENTRIES = load_glossary().entries
EXAMPLES = [(entry, example) for entry in ENTRIES for example in entry.examples]
KEEPS = [(entry, sentence) for entry in ENTRIES for sentence in entry.keep]


@pytest.mark.parametrize("entry, example", EXAMPLES, ids=lambda value: getattr(value, "name", ""))
def test_example_is_cleaned_as_stated(entry: Entry, example: Example) -> None:
    assert mtclean.clean(example.garbled) == example.clean


@pytest.mark.parametrize("entry, sentence", KEEPS, ids=lambda value: getattr(value, "name", ""))
def test_keep_sentence_is_unchanged(entry: Entry, sentence: str) -> None:
    assert mtclean.clean(sentence) == sentence


@pytest.mark.parametrize("path", data_files(), ids=lambda path: path.name)
def test_entries_are_sorted_by_name(path: object) -> None:
    names = [entry.name.casefold() for entry in load_file(path)]  # type: ignore[arg-type]
    assert names == sorted(names)


def test_no_rendering_is_claimed_twice() -> None:
    seen: dict[str, str] = {}
    for entry in ENTRIES:
        for rendering in entry.renderings:
            assert rendering not in seen, f"{rendering!r} is claimed by {seen[rendering]} and {entry.name}"
            seen[rendering] = entry.name


def test_no_rendering_is_another_entrys_official_name() -> None:
    names = {entry.name for entry in ENTRIES}
    for entry in ENTRIES:
        assert not names & set(entry.renderings), entry.name


def test_every_seed_name_is_in_the_glossary() -> None:
    names = {entry.name for entry in ENTRIES}
    assert {"Lynk & Co", "Lotus", "Geely", "NetEase Auto", "Geely Holding Group"} <= names


def test_there_are_at_least_200_names_and_100_terms_and_phrases() -> None:
    terms = [entry for entry in ENTRIES if entry.kind in ("term", "phrase")]
    assert len(ENTRIES) - len(terms) >= 200
    assert len(terms) >= 100


def test_at_least_30_keep_sentences_use_an_ambiguous_rendering_in_its_ordinary_sense() -> None:
    uses = [
        sentence
        for entry in ENTRIES
        for sentence in entry.keep
        if any(rendering.casefold() in sentence.casefold() for rendering in entry.ambiguous)
    ]
    assert len(uses) >= 30


def test_every_ambiguous_entry_has_a_keep_sentence() -> None:
    assert [entry.name for entry in ENTRIES if entry.ambiguous and not entry.keep] == []
