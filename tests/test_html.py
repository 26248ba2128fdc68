from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mtclean
from mtclean.html import clean_html, explain_html, text_nodes
from mtclean.pipeline import Pipeline

PIPELINE = Pipeline()


def test_only_text_nodes_are_cleaned() -> None:
    html = (
        "<!DOCTYPE html>\n<html><head><title>Geely , Renault</title>"
        "<style>p , a { color: red }</style><script>if (a , b) {}</script></head>\n"
        '<body><p class="x , y">Netease car 8 month 9 Japan , The two sides signed &amp; agreed .</p>\n'
        '<p>See <a href="https://x.com/a , b">the link , here</a> .</p>\n'
        "<pre>keep , this</pre><code>and , this</code><!-- and , this -->\n</body></html>\n"
    )
    expected = (
        "<!DOCTYPE html>\n<html><head><title>Geely, Renault</title>"
        "<style>p , a { color: red }</style><script>if (a , b) {}</script></head>\n"
        '<body><p class="x , y">NetEase Auto August 9, the two sides signed &amp; agreed.</p>\n'
        '<p>See <a href="https://x.com/a , b">the link, here</a> .</p>\n'
        "<pre>keep , this</pre><code>and , this</code><!-- and , this -->\n</body></html>\n"
    )
    assert clean_html(html, PIPELINE) == expected


@pytest.mark.parametrize(
    "html",
    [
        "<p>Unclosed <b>bold , The",
        "<p a='1'  b = \"2\" >x</p  >",  # odd spacing inside tags
        "<P CLASS=A>booming</P>",
        "a < b , and c > d",
        "<p>&#x4e2d; &nbsp; &amp</p>",
        "<svg><text>a , b</text></svg>",
        "",
    ],
)
def test_markup_comes_back_byte_for_byte(html: str) -> None:
    cleaned = clean_html(html, PIPELINE)
    nodes = text_nodes(html)
    if not nodes:
        assert cleaned == html
    assert cleaned[: nodes[0][0] if nodes else len(html)] == html[: nodes[0][0] if nodes else len(html)]
    assert mtclean.clean(cleaned, "html") == cleaned


def test_text_nodes_skip_verbatim_elements_and_whitespace() -> None:
    html = "<div>\n  <p>One</p>\n  <pre>two <b>three</b></pre> four\n</div>"
    assert [html[start:end] for start, end in text_nodes(html)] == ["One", " four\n"]


def test_names_seen_anywhere_in_the_document_are_kept() -> None:
    garbled = "<p>The market is booming , Cooperation will grow .</p>"
    assert clean_html(garbled, PIPELINE) == "<p>The market is booming, cooperation will grow.</p>"
    # "Cooperation" capitalised mid-sentence in another text node is a name.
    html = "<p>We met Cooperation yesterday.</p>" + garbled
    assert clean_html(html, PIPELINE) == (
        "<p>We met Cooperation yesterday.</p><p>The market is booming, Cooperation will grow.</p>"
    )


_PIECES = [
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    '<a href="x , y">',
    "</a>",
    "<code>a , b</code>",
    "<!-- c , d -->",
    "\n",
]
_PIECES += [" , ", " . ", "The", "booming", "8 month 9 Japan", "Lingke", "geely", "&amp;", "“ ", " ”", "吉利"]


@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_html_changes_are_located_in_text_nodes_of_the_source(html: str) -> None:
    result = explain_html(html, PIPELINE)
    assert result.text == clean_html(html, PIPELINE)
    nodes = text_nodes(html)
    for change in result.changes:
        assert any(start <= change.start <= change.end <= end for start, end in nodes), change
    for start, end in result.residual_cjk:
        assert set(result.text[start:end]) <= set("吉利")


def test_html_changes_rebuild_the_cleaned_page() -> None:
    html = '<p title="a , b">Netease car 8 month 9 Japan , The deal</p><code>x , y</code><p>geely .</p>'
    result = mtclean.explain(html, "html")
    assert (
        result.text == '<p title="a , b">NetEase Auto August 9, the deal</p><code>x , y</code><p>Geely.</p>'
    )
    parts, position = [], 0
    for change in result.changes:
        assert html[change.start : change.end] == change.before
        parts += [html[position : change.start], change.after]
        position = change.end
    assert "".join([*parts, html[position:]]) == result.text


def test_a_text_node_after_an_inline_tag_keeps_its_lower_case_start() -> None:
    page = '<p>Read <a href="/r">the report</a> which says that sales rose.</p>'
    assert mtclean.clean(page, "html") == page


def test_the_html_module_does_not_import_the_pipeline() -> None:
    # The pipeline imports html (to clean a page's text nodes); the other way
    # round would be a cycle.
    import ast
    from pathlib import Path

    import mtclean.html

    tree = ast.parse(Path(mtclean.html.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    assert "mtclean.edits" in imported
    assert not {name for name in imported if name and name.startswith("mtclean.pipeline")}


def test_an_incomplete_reference_at_the_end_belongs_to_its_text_node() -> None:
    # The tokeniser steps over the "&" of "&a" at the end of input without reporting it.
    assert text_nodes("&a") == [(0, 2)]
    assert text_nodes("<p>&a") == [(3, 5)]
