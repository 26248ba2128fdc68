"""The guarantees of docs/robustness.md, as Hypothesis properties on hostile text.

The text mixes arbitrary Unicode with the characters that break careless
code (escaped surrogates, zero-width and bidirectional controls, emoji
sequences, control characters, odd line breaks), garble that makes the
rules fire, and spans that must be protected (URLs, code, e-mail addresses,
tags, paths, handles).  Under the CI profile each property runs 1,000
examples.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

import mtclean
from mtclean import paragraphs, protect
from mtclean.html import text_nodes
from mtclean.language import CJK_LETTERS

HOSTILE = [
    "\udce9",  # a byte decoded with errors="surrogateescape"
    "\ud800",
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u200e",  # left-to-right mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\ufeff",
    "\u00ad",  # soft hyphen
    "e\u0301",  # combining accent
    "שלום",
    "مرحبا",
    "👍🏽",
    "👨‍👩‍👧",
    "🇨🇳",
    "\x00",
    "\x1b[31m",
    "\x7f",
    "\r",
    "\r\n",
    "\x0c",
    "\x85",
    "\u2028",
    "\u3000",
    "吉利",
    "，",
    "（",
    "）",
    "、",
]
GARBLE = [
    " , ",
    " . ",
    "8 month 9 Japan",
    "18 10000 people",
    "The",
    "booming",
    "geely",
    "at 4: 30",
    "“ ",
    " ”",
    "( ",
    " )",
    "\n\n",
    " ",
    "a",
]
PROTECTED = [
    "https://example.com/a , b?x=1",
    "www.example.org/Path , x",
    "`a , b`",
    "```\ncode , The\n```",
    "jane.doe@example.org",
    "@renault_group",
    "#Geely2021",
    '<a href="x , y">',
    "<!-- note , The -->",
    "&amp;",
    "/usr/local/bin , x",
    "src/mtclean/cli.py",
    "[docs](https://example.org/a_(b))",
    "1,200,000",
    "3.14",
]
pieces = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(GARBLE),
    st.sampled_from(PROTECTED),
    st.text(max_size=8),
)
hostile_text = st.lists(pieces, max_size=30).map("".join)


@given(hostile_text)
def test_clean_never_raises_and_is_idempotent(text: str) -> None:
    once = mtclean.clean(text)
    assert isinstance(once, str)
    assert mtclean.clean(once) == once


@given(hostile_text)
def test_protected_spans_come_back_byte_for_byte(text: str) -> None:
    cleaned = mtclean.clean(text)
    position = 0
    for paragraph, _ in paragraphs.split(text):
        for start, end in protect.find(paragraph):
            found = cleaned.find(paragraph[start:end], position)
            assert found >= 0, f"{paragraph[start:end]!r} was changed"
            position = found + end - start


@given(hostile_text)
def test_explain_locates_changes_and_residual_cjk(text: str) -> None:
    result = mtclean.explain(text)
    for change in result.changes:
        assert 0 <= change.start <= change.end <= len(text)
    for start, end in result.residual_cjk:
        assert 0 <= start < end <= len(result.text)
        assert regex.fullmatch(f"[{CJK_LETTERS}]+", result.text[start:end])


TAGS = [
    "<p>",
    "</p>",
    '<a href="https://x.com/a , b">',
    "</a>",
    "<br/>",
    "<code>",
    "</code>",
    "<!-- c , -->",
    "<![CDATA[a , b]]>",
    "<![",
    "<!",
    "</",
    "<?x , y?>",
    "<",
    ">",
    "&",
]
html_pieces = st.one_of(st.sampled_from(TAGS), st.sampled_from(GARBLE), st.sampled_from(HOSTILE))


@given(st.lists(html_pieces, max_size=30).map("".join))
def test_html_markup_is_kept_and_cleaning_is_idempotent(html: str) -> None:
    cleaned = mtclean.clean(html, "html")
    assert mtclean.clean(cleaned, "html") == cleaned
    assert _markup(cleaned) == _markup(html)
    for start, end in text_nodes(html):  # a text node lies between two pieces of markup
        assert start == 0 or html[start - 1] == ">"
        assert end == len(html) or html[end] == "<"


def _markup(html: str) -> list[str]:
    """Everything of ``html`` but its text nodes: the pieces between them."""
    bounds = [0, *(i for span in text_nodes(html) for i in span), len(html)]
    return [html[start:end] for start, end in zip(bounds[::2], bounds[1::2], strict=True)]
