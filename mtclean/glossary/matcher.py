"""A compiled matcher for many literal renderings at once.

All renderings are merged into one trie-shaped regular expression, so the
cost of a scan grows with the length of the text, not with the number of
entries (an ``a|b|c`` alternation of 100,000 renderings would be tried one
by one at every position).  The pattern is compiled with the standard
library's :mod:`re`, whose alternation dispatches on the next character: on
a trie that keeps the scan as fast for 100,000 renderings as for 100
(``bench/glossary_scaling.py`` measures it), where the ``regex`` module
slows down several hundred times.  Inside a rendering a space matches any run of
spaces, and a space before a punctuation mark may also be absent, because MT
output spaces punctuation inconsistently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

_END = ""  # the trie key that marks the end of a rendering
_OPTIONAL_SPACE = "  "  # the trie key of an optional space before a mark
_PUNCTUATION = frozenset(",.;:!?、，。")


def normalise(text: str) -> str:
    """The lookup key of a matched span: single spaces, none before punctuation.

    >>> normalise("according to  the understanding of ,")
    'according to the understanding of,'
    """
    text = " ".join(text.split())
    for mark in _PUNCTUATION:
        text = text.replace(" " + mark, mark)
    return text


def _atom(key: str) -> str:
    if key == _OPTIONAL_SPACE:
        return r"\s*"
    if key == " ":
        return r"\s+"
    return re.escape(key)


def _pattern(node: dict[str, Any]) -> str:
    """The regex for a trie node: greedy, so the longest rendering wins."""
    ends_here = _END in node
    branches = []
    for key, child in sorted((key, value) for key, value in node.items() if key != _END):
        branches.append(_atom(key) + _pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body


class Matcher:
    """Finds every listed rendering in a text, longest first, word-bounded."""

    def __init__(self, renderings: Iterable[str]) -> None:
        trie: dict[str, Any] = {}
        for rendering in renderings:
            node = trie
            for character in normalise(rendering):
                if character in _PUNCTUATION and node is not trie:
                    node = node.setdefault(_OPTIONAL_SPACE, {})
                node = node.setdefault(character, {})
            node[_END] = True
        body = _pattern(trie) or r"(?!)"
        self.pattern = re.compile(r"(?<![\w&])" + body + r"(?![\w&])")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping matches, left to right."""
        return self.pattern.finditer(text)
