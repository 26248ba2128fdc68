"""The documentation site: generated pages cover all rules and glossary entries, and the
hand-written pages' examples are true."""

from __future__ import annotations

import doctest
from html import escape
from pathlib import Path

import pytest
import regex
from tool_modules import load_tool

import mtclean
from mtclean.glossary.model import Entry, data_files, load_files
from mtclean.passes import DEFAULT_PASSES
from mtclean.rules import Pass, Rule

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"


docs_pages = load_tool("docs_pages")
RULES_PAGE: str = docs_pages.rules_page()
ENTRIES = load_files(data_files())
GLOSSARY_PAGE: str = docs_pages.glossary_page(ENTRIES)


def _sections(page: str, level: str) -> dict[str, str]:
    """The page cut at headings of ``level`` (``"##"``), by heading text."""
    parts = regex.split(rf"^{level} (.+?)(?: \{{ #[^}}]+ \}})?$", page, flags=regex.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _rules() -> list[tuple[Pass, Rule]]:
    return [(pass_, rule) for pass_ in DEFAULT_PASSES for rule in pass_.rules]


def _example_row(before: str, after: str) -> str:
    result = f"<code>{escape(after)}</code>" if after != before else "<em>unchanged</em>"
    return f"<tr><td><code>{escape(before)}</code></td><td>→</td><td>{result}</td></tr>"


@pytest.mark.parametrize(("pass_", "rule"), _rules(), ids=lambda value: getattr(value, "name", ""))
def test_every_rule_has_a_section_with_its_pass_summary_and_examples(pass_: Pass, rule: Rule) -> None:
    section = _sections(RULES_PAGE, "###")[f"`{rule.name}`"]
    assert f"Pass: `{pass_.name}`" in section
    assert rule.examples, f"{rule.name} has no example to show"
    for before, after in rule.examples:
        assert _example_row(before, after) in section
    summary = docs_pages.markdown_from_docstring(rule.summary)
    assert summary in section


def test_rules_appear_in_pipeline_order_under_their_pass() -> None:
    passes = _sections(RULES_PAGE, "##")
    assert list(passes) == [f"The `{pass_.name}` pass" for pass_ in DEFAULT_PASSES]
    for pass_ in DEFAULT_PASSES:
        headings = regex.findall(r"^### `(.+)`", passes[f"The `{pass_.name}` pass"], flags=regex.M)
        assert headings == [rule.name for rule in pass_.rules]


def test_rule_descriptions_drop_the_doctests_but_keep_the_prose() -> None:
    rule = Rule("demo.rule", "First line.\n\n    More prose.\n\n    >>> clean('a , b')\n    'a, b'\n    ")
    assert docs_pages.description(rule) == "First line.\n\nMore prose."
    assert docs_pages.markdown_from_docstring("See :class:`~mtclean.Pipeline`::") == "See `Pipeline`:"


def _entry_rows(section: str) -> dict[str, list[str]]:
    """Each entry's row in a kind's table, by name (a list, to catch duplicates)."""
    rows: dict[str, list[str]] = {}
    for row in regex.split(r"(?=<tr><td><strong>)", section)[1:]:
        name = regex.match(r"<tr><td><strong>(.*?)</strong>", row)
        assert name is not None
        rows.setdefault(name.group(1), []).append(row)
    return rows


def _rows_by_kind() -> dict[str, dict[str, list[str]]]:
    """The entry rows of each kind's table, by kind."""
    tables = {}
    for section in _sections(GLOSSARY_PAGE, "##").values():
        kind = regex.search(r'<table class="mtclean-glossary" data-kind="(\w+)">', section)
        if kind is not None:
            assert kind.group(1) not in tables, f"two tables for {kind.group(1)}"
            tables[kind.group(1)] = _entry_rows(section)
    return tables


ROWS_BY_KIND = _rows_by_kind()


def _row_of(entry: Entry) -> str:
    rows = ROWS_BY_KIND.get(entry.kind, {}).get(escape(entry.name), [])
    assert len(rows) == 1, f"{entry.origin}: {len(rows)} rows in the {entry.kind} table"
    return rows[0]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: f"{entry.kind}:{entry.name}")
def test_every_glossary_entry_has_a_row_with_renderings_and_examples(entry: Entry) -> None:
    row = _row_of(entry)
    for rendering in entry.renderings:
        assert f"<code>{escape(rendering)}</code>" in row
    for example in entry.examples:
        assert _example_row(example.garbled, example.clean) in row
    for sentence in entry.keep:
        assert _example_row(sentence, sentence) in row
    if entry.zh:
        assert escape(entry.zh) in row


def test_the_glossary_page_counts_every_entry_once() -> None:
    rows = sum(len(found) for rows in ROWS_BY_KIND.values() for found in rows.values())
    assert rows == len(ENTRIES) > 400
    assert f"The {len(ENTRIES)} names, terms and phrases" in GLOSSARY_PAGE


def test_generated_pages_are_not_committed() -> None:
    for path in docs_pages.pages():
        assert not (DOCS / path).exists(), f"docs/{path} is generated; delete the committed copy"


# --- hand-written pages ------------------------------------------------------------------------------

README = (ROOT / "README.md").read_text(encoding="utf-8")
QUICKSTART = (DOCS / "quickstart.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("marker", ["ci:run-command", "ci:test-command"])
def test_the_quick_start_gives_the_readme_commands_word_for_word(marker: str) -> None:
    command = regex.search(rf"<!-- {marker} -->\n```sh\n(.+)\n```", README)
    assert command is not None
    assert f"```sh\n{command.group(1)}\n```" in QUICKSTART


def test_the_quick_start_python_examples_are_true() -> None:
    blocks = "\n".join(regex.findall(r"^```pycon\n(.*?)^```$", QUICKSTART, flags=regex.M | regex.S))
    test = doctest.DocTestParser().get_doctest(blocks, {}, "quickstart.md", str(DOCS), 0)
    assert len(test.examples) >= 8
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    assert runner.run(test, out=lambda _: None).failed == 0, "docs/quickstart.md: an example fails"


def test_the_quick_start_shell_example_output_is_true() -> None:
    found = regex.search(r"printf '(.+)\\n' \| \.venv/bin/mtclean\n```\n\nprints `(.+)`", QUICKSTART)
    assert found is not None
    assert mtclean.clean(found.group(1)) == found.group(2)


def test_the_home_page_rows_are_what_mtclean_does() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    rows = regex.findall(r"^\| `([^`]+)` \| `([^`]+)` \|$", index, flags=regex.M)
    assert len(rows) >= 3
    for garbled, cleaned in rows:
        assert mtclean.clean(garbled) == cleaned
