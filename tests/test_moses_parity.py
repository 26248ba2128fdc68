"""Moses parity: every spacing fix sacremoses' detokenizer makes, mtclean makes too.

sacremoses is a test-only dependency: the reference for spaced punctuation.
The comparison uses mtclean's spacing passes alone, so that its other rules
(names, dates, casing) do not shift the characters being compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from sacremoses import MosesDetokenizer

import mtclean
from mtclean import Pipeline
from mtclean.passes import DEFAULT_PASSES

CORPORA = Path(__file__).parent.parent / "corpora"
GARBLED = sorted(CORPORA.glob("**/*.garbled.txt"))
CLEAN = sorted((CORPORA / "clean").glob("*.txt"))
SPACING = Pipeline([p for p in DEFAULT_PASSES if p.name in {"lists", "chinese", "punctuation", "quotes"}])
MOSES = MosesDetokenizer(lang="en")


def joined_before(text: str) -> list[bool]:
    """For each non-space character: is it joined to the one before it (no space between)?"""
    return [
        match.start() > 0 and not text[match.start() - 1].isspace() for match in regex.finditer(r"\S", text)
    ]


def moses_fixes(line: str) -> list[int]:
    """Indexes (among non-space characters) of the spaces Moses removes before punctuation."""
    before, after = joined_before(line), joined_before(MOSES.detokenize(line.split()))
    if len(before) != len(after):
        return []  # Moses changed characters, not only spaces; nothing to compare
    characters = regex.findall(r"\S", line)
    return [
        i
        for i, (was, now) in enumerate(zip(before, after, strict=True))
        if not was and now and not characters[i].isalnum() and not _between_digits(characters, i)
    ]


def _between_digits(characters: list[str], i: int) -> bool:
    """A colon in a spaced clock time or score (``7 : 30``, ``2 : 1``): Moses' ``7: 30`` is no fix.

    The dates pass closes up clock times; a spaced score has no safe fix.
    """
    return (
        characters[i] == ":" and characters[i - 1].isdigit() and "".join(characters[i + 1 : i + 2]).isdigit()
    )


def garbled_lines() -> list[str]:
    return [
        line for path in GARBLED for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def test_the_corpora_give_moses_something_to_fix() -> None:
    assert sum(len(moses_fixes(line)) for line in garbled_lines()) >= 50


@pytest.mark.parametrize("line", garbled_lines())
def test_every_spacing_fix_moses_makes_mtclean_makes(line: str) -> None:
    ours = joined_before(SPACING.clean(line))
    characters = regex.findall(r"\S", line)
    assert len(ours) == len(characters), "the spacing passes changed more than spaces"
    missed = [i for i in moses_fixes(line) if not ours[i]]
    assert not missed, [" ".join(characters[max(0, i - 5) : i + 1]) for i in missed]


@pytest.mark.parametrize("path", CLEAN, ids=lambda path: path.name)
def test_clean_text_moses_leaves_alone_mtclean_leaves_alone(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        if MOSES.detokenize(line.split()) == line:
            assert mtclean.clean(line) == line
