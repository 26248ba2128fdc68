"""The real-garble checklist and its survey: the formats, the scoring, and the team's corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import mtclean
from mtclean import checklist
from mtclean.checklist import ChecklistError, Item

CORPORA = Path(__file__).parent.parent / "corpora"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cars.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_item_is_fixed_only_when_a_repair_replaces_the_span() -> None:
    item = Item("names", "The millet SU7 sold well.", "millet SU7", ("Xiaomi SU7",))
    assert item.fixed("The Xiaomi SU7 sold well.")
    assert not item.fixed("The millet SU7 sold well.")
    assert not item.fixed("The Xiaomi SU7 and the millet SU7 sold well.")
    assert not item.fixed("The SU7 sold well.")


def test_a_repair_that_contains_the_span_counts_when_present() -> None:
    item = Item("casing", "It rose . they said", "they", ("They",))
    assert item.fixed("It rose. They said")
    widened = Item("numbers", "about 1. 3 times", "1. 3", ("1.3",))
    assert widened.fixed("about 1.3 times")


def test_items_are_read_with_their_topic(tmp_path: Path) -> None:
    path = write(tmp_path, "- family: names\n  text: Lingke won .\n  span: Lingke\n  repairs: [Lynk & Co]\n")
    [item] = checklist.read_items(path)
    assert item == Item("names", "Lingke won .", "Lingke", ("Lynk & Co",), "cars")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "- family: names\n  text: Lingke, Lingke .\n  span: Lingke\n  repairs: [Lynk & Co]\n",
            "exactly once",
        ),
        ("- family: nouns\n  text: Lingke .\n  span: Lingke\n  repairs: [Lynk & Co]\n", "repairable family"),
        ("- family: flag-only\n  text: Lingke .\n  span: Lingke\n  repairs: [x]\n", "repairable family"),
        ("- family: names\n  text: Lingke .\n  span: Lingke\n  repairs: [Lingke]\n", "not the span"),
        ("- family: names\n  text: Lingke .\n  span: Lingke\n  repairs: []\n", "'repairs'"),
        ("- family: names\n  text: Lingke .\n  span: Lingke\n  repairs: [x]\n  note: y\n", "unknown fields"),
        ("family: names\n", "YAML list of mappings"),
        ("- [unclosed\n", "cannot read"),
    ],
)
def test_a_bad_item_is_refused_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ChecklistError, match=message) as error:
        checklist.read_items(path)
    assert str(path) in str(error.value)


@pytest.mark.parametrize(
    ("artifact", "message"),
    [
        ("{seen: Lingke, family: names, correct: Lynk & Co}", "URL of its fact"),
        ("{seen: a b c d e f g h i j k, family: spacing, correct: x}", "1 to 10 words"),
        ("{seen: ' , The', family: commas, correct: ', the'}", "not one of"),
    ],
)
def test_a_bad_survey_page_is_refused(tmp_path: Path, artifact: str, message: str) -> None:
    path = write(tmp_path, f"- url: https://example.com/a\n  style: fluent\n  artifacts:\n    - {artifact}\n")
    with pytest.raises(ChecklistError, match=message):
        checklist.read_pages(path)


def test_a_page_needs_a_url_and_a_style(tmp_path: Path) -> None:
    artifacts = "  artifacts:\n    - {seen: ' , The', family: spacing, correct: ', the'}\n"
    with pytest.raises(ChecklistError, match="'url'"):
        checklist.read_pages(write(tmp_path, f"- url: example.com\n  style: fluent\n{artifacts}"))
    with pytest.raises(ChecklistError, match="style"):
        checklist.read_pages(write(tmp_path, f"- url: https://example.com\n  style: mixed\n{artifacts}"))


def test_scores_count_per_family_in_family_order() -> None:
    items = [
        Item("spacing", "It rose .", " .", (".",)),
        Item("names", "Lingke won.", "Lingke", ("Lynk & Co",)),
        Item("names", "geely won.", "geely", ("Geely",)),
    ]
    assert checklist.scores(items, lambda text: text.replace("geely", "Geely")) == {
        "names": (1, 2),
        "spacing": (0, 1),
    }


def test_the_moses_anchor_detokenises_line_by_line() -> None:
    pytest.importorskip("sacremoses")
    moses = checklist.moses_detokenizer()
    assert moses is not None
    assert moses("It rose , the firm said .\nA ( b )") == "It rose, the firm said.\nA (b)"


SURVEY = checklist.survey(CORPORA / "survey")
ITEMS = checklist.load(CORPORA / "checklist")


def test_the_survey_covers_150_real_pages_in_10_topics() -> None:
    assert len(SURVEY) >= 150
    assert len({page.topic for page in SURVEY}) >= 10
    assert len({page.url.split("://", 1)[1] for page in SURVEY}) == len(SURVEY), "a page is listed twice"


def test_every_repairable_family_seen_on_more_than_two_pages_has_checklist_items() -> None:
    seen = {family for family, pages in checklist.pages_per_family(SURVEY).items() if pages > 2}
    assert seen - checklist.UNREPAIRABLE <= {item.family for item in ITEMS}


def test_the_checklist_share_fixed_does_not_fall() -> None:
    # Done-when 1 of issue 15: at least 90 % (docs/evaluation.md reports 396 of 439).
    fixed = sum(item.fixed(mtclean.clean(item.text)) for item in ITEMS)
    assert fixed / len(ITEMS) >= 0.90


def test_cleaning_a_checklist_item_is_idempotent() -> None:
    for item in ITEMS:
        once = mtclean.clean(item.text)
        assert mtclean.clean(once) == once, item.span
