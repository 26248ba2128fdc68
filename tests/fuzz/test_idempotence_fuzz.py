"""Cleaning is idempotent on text drawn from the fuzz alphabet (``strategies.fuzz_text``).

The alphabet is garble's raw material: ASCII and Chinese marks, digits, the
words the dates and numbers rules read (``month``, ``Japan``, ``10000``,
``Many``...), line breaks, invisible characters, an emoji.  A normal run
draws the profile's number of examples (100, or 1,000 with ``CI`` set);
``HYPOTHESIS_PROFILE=fuzz`` draws 10,000, as CI does in a step of its own
(``.ci/run``)::

    HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest -q tests/fuzz
    HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest -q tests/fuzz --hypothesis-seed=7
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from strategies import fuzz_text

import mtclean


@given(fuzz_text())
# Each example was a failure the fuzz found, shrunk: two Chinese marks with a
# space between them, whose rules both claimed the space (the mark left out
# was fixed only by a second run).
@example("a（ ，")
@example("。 ）r")
@example("， （y")
# A Chinese comma before a full stop: the casing pass had read only an
# English one as the doubled mark a later pass drops.
@example("Japan、.\ta")
# A gap after an opening quote before a bracket read as a column of notes
# aligned by hand, though the quotes pass closes it in the same run.
@example("a“\t\t(6\t)")
def test_clean_is_idempotent_on_the_fuzz_alphabet(text: str) -> None:
    once = mtclean.clean(text)
    assert mtclean.clean(once) == once


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("a（ ，", "a (,"),
        ("。 ）r", ".) r"),
        ("， （y", ", (y"),
        ("a，（b", "a, (b"),
        ("Japan、.\ta", "Japan.\tA"),
    ],
)
def test_spaced_chinese_marks_are_all_mapped_in_one_run(text: str, cleaned: str) -> None:
    assert mtclean.clean(text) == cleaned
