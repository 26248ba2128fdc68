"""The datatrove step, run by datatrove's own executor on a small JSONL corpus."""

from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path

import pytest

import mtclean

pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from mtclean.integrations.datatrove import MTCleanFormatter, MTGarbleFilter
from mtclean.rules import Options

DOCUMENTS = {
    "garbled": "The hybrid market is booming , The cooperation will grow .\n\nmeanwhile , Renault grew .",
    "dates": "Netease car 8 month 9 Reported .",
    "clean": "The market is booming, and the cooperation will grow.",
}


def _run(
    tmp_path: Path, *steps: PipelineStep, documents: dict[str, str] = DOCUMENTS
) -> dict[str, dict[str, object]]:
    source = tmp_path / "in"
    source.mkdir()
    with (source / "part.jsonl").open("w", encoding="utf-8") as file:
        for key, text in documents.items():
            file.write(json.dumps({"id": key, "text": text}) + "\n")
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(source)), *steps, JsonlWriter(str(tmp_path / "out"))],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    return _records(tmp_path / "out")


def _records(folder: Path) -> dict[str, dict[str, object]]:
    records = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as file:
            records.extend(json.loads(line) for line in file)
    return {record["id"]: record for record in records}


def test_the_step_cleans_each_document_and_records_its_edits(tmp_path: Path) -> None:
    output = _run(tmp_path, MTCleanFormatter())
    assert set(output) == set(DOCUMENTS)
    for key, text in DOCUMENTS.items():
        explanation = mtclean.explain(text)
        assert output[key]["text"] == explanation.text
        assert output[key]["metadata"]["mtclean_edits"] == len(explanation.changes)
    assert (
        output["garbled"]["text"]
        == "The hybrid market is booming, the cooperation will grow.\n\nMeanwhile, Renault grew."
    )
    assert output["garbled"]["metadata"]["mtclean_rules"]["punctuation.space-before"] == 4
    assert output["clean"]["text"] == DOCUMENTS["clean"]
    assert output["clean"]["metadata"]["mtclean_edits"] == 0
    assert output["clean"]["metadata"]["mtclean_rules"] == {}


def test_the_step_uses_the_pipeline_it_is_given(tmp_path: Path) -> None:
    pipeline = mtclean.Pipeline(options=Options(date_style="day-first"))
    output = _run(tmp_path, MTCleanFormatter(pipeline))
    assert output["dates"]["text"].startswith("NetEase Auto 9 August")


def test_the_step_pickles_for_worker_processes() -> None:
    copy = pickle.loads(pickle.dumps(MTCleanFormatter()))
    assert copy.format(DOCUMENTS["dates"]) == mtclean.clean(DOCUMENTS["dates"])


PAGES = {
    "mt": "Netease car 8 month 9 Japan , Lingke released its sales data . geely 、 Lingke grew .",
    "fluent": "NetEase Auto reported on August 9 that Lynk & Co had released its sales data.",
    "tokenised": "The firm , which sells cars , released its data .",
}


def test_the_filter_drops_garbled_pages_to_its_exclusion_writer_before_cleaning(tmp_path: Path) -> None:
    dropped = tmp_path / "dropped"
    step = MTGarbleFilter(exclusion_writer=JsonlWriter(str(dropped)))
    output = _run(tmp_path, step, MTCleanFormatter(), documents=PAGES)
    assert set(output) == {"fluent", "tokenised"}
    assert output["tokenised"]["text"] == "The firm, which sells cars, released its data."
    assert output["fluent"]["metadata"]["mtclean_score"] == 0
    excluded = _records(dropped)
    assert set(excluded) == {"mt"}
    assert excluded["mt"]["text"] == PAGES["mt"]
    assert excluded["mt"]["metadata"]["mtclean_score"] == mtclean.score(PAGES["mt"])
    assert "glossary.name" in excluded["mt"]["metadata"]["mtclean_signals"]


def test_the_filter_can_only_tag(tmp_path: Path) -> None:
    output = _run(tmp_path, MTGarbleFilter(tag_only=True), documents=PAGES)
    assert set(output) == set(PAGES)
    assert output["mt"]["metadata"]["mtclean_score"] >= 3
    assert output["mt"]["text"] == PAGES["mt"]


def test_the_filter_threshold_is_a_choice(tmp_path: Path) -> None:
    output = _run(tmp_path, MTGarbleFilter(threshold=1000), documents=PAGES)
    assert set(output) == set(PAGES)
    assert pickle.loads(pickle.dumps(MTGarbleFilter(threshold=5))).threshold == 5
