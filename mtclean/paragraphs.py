"""Lossless paragraph splitting.

The pipeline cleans one paragraph at a time: rules never reach across a blank
line, memory stays bounded on long inputs, and paragraphs can be cleaned in
parallel.  Splitting keeps every separator, so ``"".join`` gives back the
input exactly, and a fenced code block (```` ``` ````) is one paragraph even
when it contains blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

# A blank line: a line break, then any number of whitespace-only lines (the
# "\r" of a first "\r\n" is added by _blank(): a pattern that begins with
# a literal scans faster).
_BLANK = re.compile(r"\n(?:[ \t\f\v]*\r?\n)+")
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
            blank = _blank(text, search_from)
            end = blank[0] if blank else length
            # A fence needs three backticks or tildes: look for those first.
            maybe_fence = text.find("```", search_from, end) >= 0 or text.find("~~~", search_from, end) >= 0
            fence = _FENCE.search(text, search_from, end) if maybe_fence else None
            if fence is None:
                break
            search_from = _end_of_fence(text, fence)
        if blank is None:
            yield text[start:], ""
            return
        yield text[start : blank[0]], text[blank[0] : blank[1]]
        position = blank[1]


#: The key of a document's paragraphs in its ``Context.memo`` (:func:`split_document`).
DOCUMENT_MEMO = "paragraphs"


def split_document(document: str, memo: dict[str, object] | None = None) -> tuple[tuple[str, str], ...]:
    """:func:`split` of a whole document, kept in ``memo`` (the document's ``Context.memo``).

    Several passes work something out once from the whole document (the
    glossary's layout and matches, casing's openings and code words), each
    over its paragraphs: the document is split once for all of them, and
    the split lives as long as the document's memo.

    >>> memo = {}
    >>> split_document("One.\\n\\nTwo.", memo) == tuple(split("One.\\n\\nTwo."))
    True
    >>> split_document("One.\\n\\nTwo.", memo) is memo[DOCUMENT_MEMO]
    True
    """
    if memo is None:
        return tuple(split(document))
    found = memo.get(DOCUMENT_MEMO)
    if not isinstance(found, tuple):
        found = memo[DOCUMENT_MEMO] = tuple(split(document))
    return found


def literal_block_indent(paragraph: str) -> int | None:
    """The indentation a literal block after ``paragraph`` exceeds, if it opens one; else ``None``.

    A paragraph that ends with ``::`` opens a literal block in
    reStructuredText: the paragraphs after it indented deeper are code,
    output or a file's contents, laid out by their writer.

    >>> literal_block_indent("Output::"), literal_block_indent("  Run it as follows: ::\\n")
    (0, 2)
    >>> literal_block_indent("It rose : The plan grew .") is None
    True
    """
    return indentation(paragraph) if paragraph.rstrip().endswith("::") else None


def indentation(paragraph: str) -> int:
    """The indentation of the least indented line of ``paragraph`` that is not blank (a tab is 8 columns).

    >>> indentation("    a\\n  b\\n\\n"), indentation("a")
    (2, 0)
    """
    return min(
        (len(line) - len(line.lstrip(" \t")) for line in paragraph.expandtabs(8).split("\n") if line.strip()),
        default=0,
    )


def _blank(text: str, start: int) -> tuple[int, int] | None:
    """The span of the first blank-line separator at or after ``start``."""
    match = _BLANK.search(text, start)
    if match is None:
        return None
    begin = match.start()
    if begin > start and text[begin - 1] == "\r":
        begin -= 1
    return begin, match.end()


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


def split_stream(chunks: Iterable[str], *, longest: int = 1 << 20) -> Iterator[tuple[str, str]]:
    """Like :func:`split` over ``"".join(chunks)``, holding only the open paragraph.

    A pair is yielded once no later text can change it: the last paragraph
    seen may still grow, and so may the separator before it while the line
    after that separator is incomplete.  A paragraph that grows past
    ``longest`` characters (a file without blank lines) is cut after its last
    complete line, with an empty separator, so memory stays bounded; short of
    that the pairs are exactly those of :func:`split`.

    >>> list(split_stream(["One.\\n", "\\nTw", "o.\\n"]))
    [('One.', '\\n\\n'), ('Two.\\n', '')]
    >>> list(split_stream(["a\\nb\\nc"], longest=3))
    [('a\\nb\\n', ''), ('c', '')]
    """
    pending = ""
    for chunk in chunks:
        if not chunk:
            continue
        pending += chunk
        pairs = list(split(pending))
        keep = 1 if "\n" in pairs[-1][0] or len(pairs) == 1 else 2
        yield from pairs[:-keep]
        pending = "".join(p + s for p, s in pairs[-keep:])
        while len(pending) > longest and keep == 1:
            cut = pending.rfind("\n", 0, len(pending) - 1) + 1
            if cut <= 0:
                break
            yield pending[:cut], ""
            pending = pending[cut:]
    if pending:
        yield from split(pending)
