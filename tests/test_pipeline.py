from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

import pytest

import mtclean
from mtclean import Context, Edit, Pass, Pipeline
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
