from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import mtclean
from mtclean import Change, Context, Edit, Pass, Pipeline, scoring
from mtclean.glossary import Glossary, load_glossary
from mtclean.passes import DEFAULT_PASSES, all_rules
from mtclean.rules import Options

SEED_LINE = "Netease car 8 month 9 Japan , The two sides signed .\n\nmeanwhile , Lingke grew ."


def test_explain_returns_the_same_text_as_clean() -> None:
    assert mtclean.explain(SEED_LINE).text == mtclean.clean(SEED_LINE)


def test_every_change_names_a_known_rule_and_locates_its_input() -> None:
    known = {rule.name for rule in all_rules()}
    changes = mtclean.explain(SEED_LINE).changes
    assert changes
    for change in changes:
        assert change.rule in known
        assert 0 <= change.start <= change.end <= len(SEED_LINE)


def test_change_spans_point_at_the_input_text() -> None:
    changes = {}
    for change in mtclean.explain(SEED_LINE).changes:
        changes.setdefault(change.rule, change)
    date = changes["dates.month-day"]
    assert SEED_LINE[date.start : date.end] == "8 month 9 Japan"
    name = changes["glossary.name"]
    assert SEED_LINE[name.start : name.end] == "Netease car"
    capital = changes["casing.paragraph-start"]
    assert SEED_LINE[capital.start : capital.end] == "meanwhile"


def test_changes_in_later_paragraphs_are_offset_into_the_whole_input() -> None:
    changes = mtclean.explain("Fine text.\n\nbooming , The end .").changes
    lowered = next(change for change in changes if change.rule == "casing.fragment-start")
    assert "Fine text.\n\nbooming , The end .".find("The") == lowered.start


def test_a_pass_can_be_disabled_by_name() -> None:
    assert Pipeline(disable=["dates"]).clean("On 8 month 9 Japan .") == "On 8 month 9 Japan."


def test_a_rule_can_be_disabled_by_name() -> None:
    pipeline = Pipeline(disable=["casing.fragment-start"])
    assert pipeline.clean("booming , The cooperation") == "booming, The cooperation"


def _shout(text: str, context: Context) -> Iterator[Edit]:
    start = text.find("hello")
    if start >= 0:
        yield Edit(start, start + 5, "HELLO", "user.shout")


def test_user_passes_run_in_the_order_given() -> None:
    user = Pass("user", (), finder=_shout)
    pipeline = Pipeline([*DEFAULT_PASSES, user])
    result = pipeline.explain("Say hello , The world .")
    assert result.text == "Say HELLO, the world."
    assert "user.shout" in {change.rule for change in result.changes}


def test_only_chosen_passes_run() -> None:
    punctuation = next(p for p in DEFAULT_PASSES if p.name == "punctuation")
    assert Pipeline([punctuation]).clean("booming , The geely .") == "booming, The geely."


def test_day_first_date_style_is_an_option() -> None:
    pipeline = Pipeline(options=mtclean.Options(date_style="day-first"))
    assert pipeline.clean("2021 year 1 month 14 Japan , it began .") == "14 January 2021, it began."


@pytest.mark.parametrize("text", ["", "\n", "\n\n\n", " ", "\r\n\r\n"])
def test_empty_and_blank_inputs_come_back_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


def test_line_endings_are_kept() -> None:
    text = "booming , The end .\r\n\r\nNext line , The end .\r\n"
    assert mtclean.clean(text) == "booming, the end.\r\n\r\nNext line, the end.\r\n"


def _clean_in_worker(pipeline: Pipeline, text: str) -> str:
    return pipeline.clean(text)


@pytest.mark.parametrize(
    "pipeline",
    [
        Pipeline(),
        Pipeline(options=Options(date_style="day-first"), disable=["casing"], protect=[r"Japan"]),
        Pipeline(glossary=Glossary(load_glossary().entries[:50])),
    ],
    ids=["default", "options", "own-glossary"],
)
def test_a_pipeline_survives_pickling(pipeline: Pipeline) -> None:
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy.clean(SEED_LINE) == pipeline.clean(SEED_LINE)


def test_a_pickled_pipeline_cleans_the_same_in_a_fresh_worker_process() -> None:
    pipeline = Pipeline(options=Options(date_style="day-first"), protect=[r"Japan"])
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing inherited
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        cleaned = pool.submit(_clean_in_worker, pipeline, SEED_LINE).result(timeout=120)
    assert cleaned == pipeline.clean(SEED_LINE)
    assert cleaned != SEED_LINE


# Done-when 1 of issue 7: only the English garble of a mixed document changes.
MIXED_CHINESE = "吉利控股集团与雷诺集团签署了合作备忘录，双方将在韩国市场共同开发混合动力车型。"
MIXED_FRENCH = "Le groupe Renault et Geely ont signé un accord : les deux parties vont coopérer en Corée !"
MIXED_CODE = '```python\nprint("a , b")  # The two sides , Build\n\nx = [ 1 , 2 ]\n```'
MIXED_URL = "https://example.com/news/geely-renault_2021?id=8&page=2"


def test_a_mixed_document_has_only_its_english_garble_fixed() -> None:
    document = "\n\n".join(
        [
            "Netease car 8 month 9 Japan , The two sides signed .",
            MIXED_CHINESE,
            MIXED_FRENCH,
            MIXED_CODE,
            f"Details at {MIXED_URL} , The deal will grow .",
        ]
    )
    expected = "\n\n".join(
        [
            "NetEase Auto August 9, the two sides signed.",
            MIXED_CHINESE,
            MIXED_FRENCH,
            MIXED_CODE,
            f"Details at {MIXED_URL}, the deal will grow.",
        ]
    )
    assert mtclean.clean(document) == expected


def test_explain_reports_residual_cjk_in_english_paragraphs_only() -> None:
    text = f"Geely（吉利）said the deal , 合作 was signed . See `吉利`.\n\n{MIXED_CHINESE}"
    result = mtclean.explain(text)
    assert [result.text[start:end] for start, end in result.residual_cjk] == ["吉利", "合作"]


def test_residual_cjk_removal_is_opt_in() -> None:
    text = "Geely（吉利）said the deal 合作 was signed."
    assert "吉利" in mtclean.clean(text)
    assert Pipeline(enable=["residual.cjk"]).clean(text) == "Geely said the deal was signed."
    with pytest.raises(ValueError, match="not an opt-in rule"):
        Pipeline(enable=["casing.fragment-start"])


def test_user_patterns_are_protected_like_the_built_in_ones() -> None:
    pipeline = Pipeline(protect=[r"\bSKU-\d+ , \d+\b"])
    assert pipeline.clean("Order SKU-12 , 40 now , The box .") == "Order SKU-12 , 40 now, the box."


def test_html_is_a_format_of_clean() -> None:
    html = "<p>booming , The deal</p><pre>a , b</pre>"
    assert mtclean.clean(html, "html") == "<p>booming, the deal</p><pre>a , b</pre>"
    assert mtclean.clean(html, "markdown") == mtclean.clean(html)


def test_a_two_megabyte_line_is_cleaned_and_idempotent() -> None:
    # bench/large_input.py times 10 MB; this checks that a long paragraph
    # completes, keeps its protected spans and settles.
    unit = "The two companies will develop hybrid cars together. " * 9 + (
        "Netease car 8 month 9 Japan , The two sides signed at https://example.com/a , b . "
    )
    text = unit * (2_000_000 // len(unit))
    once = mtclean.clean(text)
    assert once.count("https://example.com/a") == text.count("https://example.com/a")
    assert once.count("August 9, the two sides signed at https://example.com/a, b.") == text.count(unit)
    assert mtclean.clean(once) == once


def test_a_paragraph_break_made_by_a_pass_splits_the_paragraph_for_the_later_passes() -> None:
    # "fell.." ends a paragraph only once the tags have become a break: the
    # doubled full stop is then fixed at once, as the next cleaning would.
    text = "Prices fell.. < / p > < p > analysts expect more , The bank said ."
    cleaned = mtclean.clean(text)
    assert cleaned == "Prices fell.\n\nAnalysts expect more, the bank said."
    assert mtclean.clean(cleaned) == cleaned
    changes = mtclean.explain(text).changes
    assert [(c.rule, text[c.start : c.end]) for c in changes][:2] == [
        ("punctuation.doubled-mark", ".."),
        ("markup.paragraph-break", " < / p > < p > a"),
    ]


FURNITURE = "Click the blue words ↑ and focus on us, add a star!"


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        (f"{FURNITURE}\n\nThe kiln was lit.", "The kiln was lit."),
        (f"The kiln was lit.\n\n{FURNITURE}\n\nThe pots dried.", "The kiln was lit.\n\nThe pots dried."),
        (f"The kiln was lit.\n\n{FURNITURE}", "The kiln was lit."),
        (
            f"The kiln was lit.\r\n\r\n{FURNITURE}\r\n\r\nThe pots dried.",
            "The kiln was lit.\r\n\r\nThe pots dried.",
        ),
    ],
)
def test_a_paragraph_removed_whole_takes_one_separator_with_it(text: str, cleaned: str) -> None:
    """No blank line opens the text, and no two follow each other, where page furniture was."""
    explanation = mtclean.explain(text)
    assert mtclean.clean(text) == explanation.text == cleaned
    (change,) = [change for change in explanation.changes if not change.after]
    assert text[change.start : change.end] == change.before
    assert text[: change.start] + text[change.end :] == cleaned
    assert mtclean.clean(cleaned) == cleaned


def test_the_settle_check_asks_again_only_a_pass_whose_text_has_changed_since() -> None:
    # A settling pass that changed nothing in the text as it stands would
    # find the same nothing again: only one that saw an older text is asked.
    seen: list[str] = []

    def watch(text: str, context: Context) -> Iterator[Edit]:
        seen.append(text)
        return iter(())

    before = Pass("before", (), finder=watch, settles=True)
    after = Pass("after", (), finder=watch, settles=True)
    shout = Pass("user", (), finder=_shout)
    assert Pipeline([before, shout, after]).clean("Say hello.") == "Say HELLO."
    # One round; the settle check asks `before` (it saw "hello"), not `after`.
    assert seen == ["Say hello.", "Say HELLO.", "Say HELLO."]


#: A paragraph that six passes edit one after another (glossary, dates, punctuation, casing,
#: spacing, quotes), and a second one after three blank lines: a change made by a later pass
#: is located through the edits of every pass before it.
MANY_PASSES = (
    "Netease car 8 month 9 Japan , The two sides signed  a contract ( worth 3 billion yuan ) ,"
    " millet phone sales rose 5 % .\n\n\n\nOn 2019 year 3 month 5 day , Bian Xiao visited “ Weibo ”"
    " hot search , netizens said : the price is 1，000 yuan 。"
)


def test_the_changes_of_many_passes_are_located_in_the_input() -> None:
    changes = [
        (change.rule, change.start, change.end, change.before, change.after)
        for change in mtclean.explain(MANY_PASSES).changes
    ]
    assert changes == [
        ("glossary.name", 0, 11, "Netease car", "NetEase Auto"),
        ("dates.month-day", 12, 27, "8 month 9 Japan", "August 9"),
        ("punctuation.space-before", 27, 28, " ", ""),
        ("casing.fragment-start", 30, 33, "The", "the"),
        ("spacing.between-words", 50, 52, "  ", " "),
        ("quotes.space-inside-brackets", 64, 65, " ", ""),
        ("quotes.space-inside-brackets", 85, 86, " ", ""),
        ("punctuation.space-before", 87, 88, " ", ""),
        ("glossary.name-in-context", 90, 96, "millet", "Xiaomi"),
        ("punctuation.space-before", 117, 118, " ", ""),
        ("dates.year-month-day", 126, 149, "2019 year 3 month 5 day", "March 5, 2019"),
        ("punctuation.space-before", 149, 150, " ", ""),
        ("quotes.space-inside", 171, 172, " ", ""),
        ("quotes.space-inside", 177, 178, " ", ""),
        ("punctuation.space-before", 190, 191, " ", ""),
        ("punctuation.space-before", 206, 207, " ", ""),
        ("chinese.mark", 223, 224, "，", ", "),
        ("chinese.mark", 232, 234, " 。", "."),
    ]
    assert all(MANY_PASSES[start:end] == before for _, start, end, before, _ in changes)


def _recorded_texts() -> list[str]:
    corpora = Path(__file__).parent.parent / "corpora"
    texts = [MANY_PASSES, SEED_LINE, "Fine text.\n\nbooming , The end .", ""]
    texts += [path.read_text(encoding="utf-8") for path in sorted(corpora.glob("*/*.garbled.txt"))]
    texts += [
        path.read_text(encoding="utf-8") for path in sorted(corpora.glob("detection/garbled/*.txt"))[:40]
    ]
    return texts


@pytest.mark.parametrize("text", _recorded_texts(), ids=lambda text: text[:20])
def test_the_records_score_reads_are_the_changes_explain_lists(text: str) -> None:
    pipeline = mtclean._default_pipeline()
    records, memo = pipeline._recorded(text)
    explanation = pipeline.explain(text)
    assert [Change(*record) for record in records] == explanation.changes
    assert scoring.left_alone(memo) == scoring.left_alone(explanation.memo)
    assert mtclean.score_details(text) == scoring.measure(
        text, explanation.changes, scoring.left_alone(explanation.memo)
    )


def test_a_literal_block_after_a_double_colon_is_left_as_written() -> None:
    # reStructuredText: the paragraphs indented under "Output::" are a program's output and a file.
    text = (
        "The call returns the record below , and the sample file after it::\n\n"
        '   {\n       "Status": "Deployment is in stage PRE ; ",\n       "Key" : [ "a" ]\n   }\n\n'
        '    "Hello Wei , your parcel left the depot today. "\n\n'
        "The next paragraph is prose again , and it is cleaned ."
    )
    cleaned = mtclean.clean(text)
    assert cleaned.split("\n\n")[1:3] == text.split("\n\n")[1:3]
    assert cleaned.startswith("The call returns the record below, and")
    assert cleaned.endswith("The next paragraph is prose again, and it is cleaned.")


def test_an_indented_paragraph_after_plain_prose_is_still_cleaned() -> None:
    text = "Here is the note: \n\n    The plan grew , and the team left ."
    assert mtclean.clean(text).endswith("    The plan grew, and the team left.")
