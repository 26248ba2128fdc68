"""Protected spans: text no pass may touch.

The pipeline finds these spans once per paragraph and drops every edit that
would alter them, so a rule never needs to know about URLs or code.  Users can
add their own patterns with ``Pipeline(protect=[...])``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from mtclean.edits import Span

#: The built-in protected patterns, by name, each with a substring that any
#: match contains (a cheap test that skips the regex on most paragraphs).
PATTERNS: dict[str, tuple[str, regex.Pattern[str]]] = {
    "fenced-code": (
        "``",
        regex.compile(r"^[ \t]{0,3}(`{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", regex.M | regex.S),
    ),
    "fenced-code-tilde": (
        "~~~",
        regex.compile(r"^[ \t]{0,3}(~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", regex.M | regex.S),
    ),
    "inline-code": ("`", regex.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", regex.S)),
    "url": (
        "",
        regex.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"“”‘’]*[^\s<>\"“”‘’.,;:!?)\]}'’]", regex.I),
    ),
    "email": ("@", regex.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    "markdown-link-target": ("](", regex.compile(r"(?<=\]\()[^)\s]+(?=\))")),
    "html-tag": ("<", regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")),
}


def find(text: str, extra: Iterable[regex.Pattern[str]] = ()) -> list[Span]:
    """The protected spans of ``text``, sorted and merged.

    >>> find("see https://example.com/a , or `x , y`")
    [(4, 25), (31, 38)]
    """
    spans = [
        match.span()
        for needle, pattern in (*PATTERNS.values(), *(("", pattern) for pattern in extra))
        if needle in text
        for match in pattern.finditer(text)
        if match.end() > match.start()
    ]
    return merge(spans)


def merge(spans: Sequence[Span]) -> list[Span]:
    """Sort ``spans`` and merge the overlapping ones.

    >>> merge([(5, 9), (0, 2), (8, 12)])
    [(0, 2), (5, 12)]
    """
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
