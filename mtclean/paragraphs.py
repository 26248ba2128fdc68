"""Lossless paragraph splitting.

The pipeline cleans one paragraph at a time: rules never reach across a blank
line, memory stays bounded on long inputs, and paragraphs can be cleaned in
parallel.  Splitting keeps every separator, so ``"".join`` gives back the
input exactly, and a fenced code block (```` ``` ````) is one paragraph even
when it contains blank lines.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

# A blank line: a line break, then any number of whitespace-only lines.
_BLANK = regex.compile(r"\r?\n(?:[ \t\f\v]*\r?\n)+")
_FENCE = regex.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", regex.MULTILINE)


def split(text: str) -> Iterator[tuple[str, str]]:
    """Yield ``(paragraph, separator)`` pairs that join back to ``text``.

    >>> list(split("One.\\n\\nTwo.\\n"))
    [('One.', '\\n\\n'), ('Two.\\n', '')]
    >>> list(split("```\\na\\n\\nb\\n```\\n\\nText"))
    [('```\\na\\n\\nb\\n```', '\\n\\n'), ('Text', '')]
    """
    position = 0
    length = len(text)
    while position < length:
        start = search_from = position
        while True:
            blank = _BLANK.search(text, search_from)
            fence = _FENCE.search(text, search_from, blank.start() if blank else length)
            if fence is None:
                break
            search_from = _end_of_fence(text, fence)
        if blank is None:
            yield text[start:], ""
            return
        yield text[start : blank.start()], blank.group()
        position = blank.end()


def _end_of_fence(text: str, fence: regex.Match[str]) -> int:
    """The position just after the line that closes ``fence`` (or the end)."""
    marker = fence.group(1)
    closing = regex.compile(
        r"^[ \t]{0,3}" + regex.escape(marker[0]) + "{" + str(len(marker)) + r",}[ \t]*$",
        regex.MULTILINE,
    )
    line_end = text.find("\n", fence.end())
    close = closing.search(text, line_end + 1) if line_end >= 0 else None
    return close.end() if close else len(text)
