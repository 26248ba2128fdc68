"""HTML input: clean the text nodes, keep the markup byte for byte.

The standard library's :class:`html.parser.HTMLParser` finds where markup
begins and ends (tags, comments, declarations, processing instructions);
everything between two pieces of markup is a text node.  The cleaned document
is the source with each text node replaced by its cleaned text, so tags,
attributes, comments and the document's own spacing and entity spelling are
copied unchanged from the input, never re-serialised.  (An HTML tree library
would re-serialise the document; we only need its tokeniser, which the
standard library keeps in step with the HTML specification.)

Text inside ``script``, ``style``, ``pre``, ``code``, ``kbd``, ``samp``,
``textarea`` and ``svg``/``math`` is left alone.  Text nodes are cleaned one
by one (no rule reaches across a tag), with the names evidence of the whole
document; entities (``&amp;``) are protected spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from html.parser import HTMLParser
from typing import Protocol

from mtclean.edits import Explanation, Span

#: Elements whose text is not prose.
VERBATIM = frozenset({"script", "style", "pre", "code", "kbd", "samp", "textarea", "svg", "math"})


class FragmentCleaner(Protocol):
    """What cleans the text nodes of a page: a :class:`~mtclean.pipeline.Pipeline`.

    This module only finds and splices text nodes, so it needs no more of
    the pipeline than these two methods (and does not import it).
    """

    def clean_fragments(self, fragments: Sequence[str], *, html: bool = False) -> list[str]:
        """Each fragment cleaned, with the evidence of all of them."""
        ...  # pragma: no cover

    def explain_fragments(self, fragments: Sequence[str], *, html: bool = False) -> list[Explanation]:
        """Like :meth:`clean_fragments`, with each fragment's changes."""
        ...  # pragma: no cover


def clean_html(source: str, cleaner: FragmentCleaner) -> str:
    """``source`` with the text of its elements cleaned and its markup untouched.

    ``mtclean.clean(source, format="html")`` calls this with the default pipeline.

    >>> from mtclean import Pipeline
    >>> clean_html('<p class="a , b">The market is booming , The deal <code>a , b</code> grew .</p>', Pipeline())
    '<p class="a , b">The market is booming, the deal <code>a , b</code> grew.</p>'
    """
    nodes = text_nodes(source)
    return _splice(
        source, nodes, cleaner.clean_fragments([source[start:end] for start, end in nodes], html=True)
    )[0]


def explain_html(source: str, cleaner: FragmentCleaner) -> Explanation:
    """:func:`clean_html`, with every change located in ``source`` (always in a text node).

    >>> from mtclean import Pipeline
    >>> result = explain_html('<p title="a , b">booming , The deal</p>', Pipeline())
    >>> result.text
    '<p title="a , b">booming, the deal</p>'
    >>> [(change.rule, change.start, change.before) for change in result.changes]
    [('punctuation.space-before', 24, ' '), ('casing.fragment-start', 27, 'The')]
    """
    nodes = text_nodes(source)
    explained = cleaner.explain_fragments([source[start:end] for start, end in nodes], html=True)
    page, starts = _splice(source, nodes, [explanation.text for explanation in explained])
    changes = [
        c.moved(start)
        for (start, _), explanation in zip(nodes, explained, strict=True)
        for c in explanation.changes
    ]
    residue = [
        (a + start, b + start)
        for start, explanation in zip(starts, explained, strict=True)
        for a, b in explanation.residual_cjk
    ]
    return Explanation(page, changes, residue)


def _splice(source: str, nodes: list[Span], texts: list[str]) -> tuple[str, list[int]]:
    """``source`` with each node replaced by its text, and where each text starts in the result."""
    parts: list[str] = []
    starts: list[int] = []
    position = length = 0
    for (start, end), text in zip(nodes, texts, strict=True):
        parts += (source[position:start], text)
        length += start - position
        starts.append(length)
        length += len(text)
        position = end
    parts.append(source[position:])
    return "".join(parts), starts


def text_nodes(source: str) -> list[Span]:
    """The spans of ``source`` that are text outside verbatim elements.

    A run holding a bare ``<`` (``<8 month``) is left out: cleaning it could
    turn it into markup.

    >>> source = "<p>One <b>two</b><!-- x --></p><script>a < b</script><p><8 month</p>"
    >>> [source[start:end] for start, end in text_nodes(source)]
    ['One ', 'two']
    """
    parser = _TextNodes(source)
    try:
        parser.feed(source)
        parser.close()
    except AssertionError:  # pragma: no cover - a tokeniser failure we have not met
        return []  # clean nothing rather than guess where the markup is
    parser.end_run(len(source))
    return parser.nodes


class _TextNodes(HTMLParser):
    """Records the text runs between pieces of markup, as spans of the source."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        position = source.find("\n")
        while position >= 0:
            self.line_starts.append(position + 1)
            position = source.find("\n", position + 1)
        self.nodes: list[Span] = []
        self.run_start: int | None = None
        self.verbatim: list[str] = []

    def here(self) -> int:
        """Where the construct being handled begins in the source."""
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def start_run(self) -> None:
        if self.run_start is None and not self.verbatim:
            start = self.here()
            # At the end of the input the tokeniser steps over an incomplete
            # reference's "&" ("&a") without reporting it: it is text too.
            while start > 0 and self.source[start - 1] == "&":
                start -= 1
            self.run_start = start

    def end_run(self, end: int | None = None) -> None:
        """Close the current text run at ``end`` (default: where the markup being handled starts)."""
        if self.run_start is not None:
            end = self.here() if end is None else end
            text = self.source[self.run_start : end]
            # A bare "<" the tokeniser read as text ("<8 month") could open a
            # tag once cleaned ("<August"): such a run is left as it is.
            if text.strip() and "<" not in text:
                self.nodes.append((self.run_start, end))
            self.run_start = None

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![CDATA[...]]>`` and the like; a malformed one is markup up to the next ``>``.

        (The standard library raises ``AssertionError`` on ``<![`` without a
        name, as in ``(?<![ \\t])``; browsers read it as a bogus comment.)
        """
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position  # the failed scan moved them
            return self.parse_bogus_comment(i)

    def handle_data(self, data: str) -> None:
        self.start_run()

    def handle_entityref(self, name: str) -> None:
        self.start_run()

    def handle_charref(self, name: str) -> None:
        self.start_run()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.end_run()
        if tag in VERBATIM:
            self.verbatim.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.end_run()

    def handle_endtag(self, tag: str) -> None:
        self.end_run()
        if tag in self.verbatim:
            while self.verbatim.pop() != tag:
                pass

    def handle_comment(self, data: str) -> None:
        self.end_run()

    def handle_decl(self, decl: str) -> None:
        self.end_run()

    def handle_pi(self, data: str) -> None:
        self.end_run()

    def unknown_decl(self, data: str) -> None:
        self.end_run()
