"""Casing never lowers a name, even right after a garbled comma.

``sales rose , Apple said the plan is on track .`` is garble (the space before
the comma is the evidence), and the fragment after it may be lowered, but
only when its first word is an ordinary word.  A name keeps its capital,
including the many names that are also English words (``Turkey``, ``Target``,
``Will Smith``): ``tests/data/names.txt`` lists real ones, and every glossary
name is checked as well.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mtclean

_NAMES_FILE = Path(__file__).parent.parent / "data" / "names.txt"


def _file_names() -> list[str]:
    lines = _NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _glossary_names() -> list[str]:
    return [entry.name for entry in mtclean.load_glossary().entries if entry.kind != "phrase"]


NAMES = sorted(set(_file_names()) | set(_glossary_names()))

LEADS = [
    "sales rose last month",
    "the market is booming",
    "demand remained strong",
    "prices fell sharply",
    "the deal was signed",
    "profits doubled this year",
]
VERBS = ["said", "added", "reported", "announced", "confirmed", "expects"]
RESTS = [
    "that the plan is on track",
    "more orders in the second half",
    "new targets for next year",
    "that demand would stay firm",
]


def _garbled(lead: str, name: str, verb: str, rest: str) -> str:
    return f"{lead} , {name} {verb} {rest} ."


def test_the_names_file_is_large_enough() -> None:
    assert len(_file_names()) >= 220


@given(
    lead=st.sampled_from(LEADS),
    name=st.sampled_from(NAMES),
    verb=st.sampled_from(VERBS),
    rest=st.sampled_from(RESTS),
)
def test_a_name_after_a_garbled_comma_keeps_its_capital(lead: str, name: str, verb: str, rest: str) -> None:
    cleaned = mtclean.clean(_garbled(lead, name, verb, rest))
    assert f", {name} {verb} " in cleaned, cleaned


@pytest.mark.parametrize("name", NAMES)
def test_every_name_keeps_its_capital(name: str) -> None:
    """The same property for every name once, so each failure is reported by name."""
    cleaned = mtclean.clean(_garbled(LEADS[0], name, VERBS[0], RESTS[0]))
    assert f", {name} {VERBS[0]} " in cleaned, cleaned
