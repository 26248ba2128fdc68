"""Precision at scale: clean text through the whole glossary and the whole pipeline changes nothing.

Three sources, each cleaned piece by piece and as one document (so that
document-level evidence sees every official name at once): every ``keep``
sentence of the glossary, the clean corpora, and the generated ordinary
English of ``tests/data/ordinary-english.txt`` (made by
``tools/make_ordinary_english.py``), which uses the glossary's ambiguous
renderings in their ordinary senses in documents that name the entries.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tool_modules import load_tool

import mtclean
from mtclean.glossary import load_glossary
from mtclean.passes.glossary import find_names, find_phrases
from mtclean.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
ORDINARY = ROOT / "tests" / "data" / "ordinary-english.txt"


def _ordinary() -> list[str]:
    lines = ORDINARY.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


KEEPS = [sentence for entry in load_glossary().entries for sentence in entry.keep]
CORPORA = [
    path.read_text(encoding="utf-8")
    for folder in (ROOT / "corpora" / "clean", ROOT / "corpora" / "detection" / "clean")
    for path in sorted(folder.glob("*.txt"))
]
DOCUMENTS = {"keep sentences": KEEPS, "clean corpora": CORPORA, "ordinary English": _ordinary()}


def _glossary_edits(text: str) -> list[str]:
    context = Pipeline()._context(text)
    return [
        f"{edit.rule}: {paragraph[edit.start : edit.end]!r}"
        for paragraph in text.split("\n\n")
        for finder in (find_names, find_phrases)
        for edit in finder(paragraph, context)
    ]


@pytest.mark.parametrize("source", DOCUMENTS)
def test_each_piece_comes_through_unchanged(source: str) -> None:
    changed = [text for text in DOCUMENTS[source] if mtclean.clean(text) != text]
    assert changed == []


@pytest.mark.parametrize("source", DOCUMENTS)
def test_all_pieces_as_one_document_come_through_unchanged(source: str) -> None:
    document = "\n\n".join(DOCUMENTS[source])
    assert mtclean.explain(document).changes == []


@pytest.mark.parametrize("source", DOCUMENTS)
def test_the_glossary_proposes_no_edit_in_one_document(source: str) -> None:
    document = "\n\n".join(text.replace("\n\n", "\n") for text in DOCUMENTS[source])
    assert _glossary_edits(document) == []


def test_the_ordinary_english_is_what_its_generator_makes_and_is_large() -> None:
    generator = load_tool("make_ordinary_english")
    assert generator.documents() == _ordinary()
    assert generator.sentence_count(_ordinary()) >= 3000
    assert len(set(_ordinary())) == len(_ordinary())
