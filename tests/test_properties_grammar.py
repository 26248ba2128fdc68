"""The first law on generated English: well-formed text comes back unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from strategies import english_document

import mtclean


@settings(max_examples=300, deadline=None)
@given(english_document())
def test_well_formed_english_is_unchanged(doc: str) -> None:
    assert mtclean.clean(doc) == doc
