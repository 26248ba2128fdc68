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
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from mtclean.integrations.datatrove import MTCleanFormatter
from mtclean.rules import Options

DOCUMENTS = {
    "garbled": "The hybrid market is booming , The cooperation will grow .\n\nmeanwhile , Renault grew .",
    "dates": "Netease car 8 month 9 Reported .",
    "clean": "The market is booming, and the cooperation will grow.",
}


def _run(tmp_path: Path, step: MTCleanFormatter) -> dict[str, dict[str, object]]:
    source = tmp_path / "in"
    source.mkdir()
    with (source / "part.jsonl").open("w", encoding="utf-8") as file:
        for key, text in DOCUMENTS.items():
            file.write(json.dumps({"id": key, "text": text}) + "\n")
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(source)), step, JsonlWriter(str(tmp_path / "out"))],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    records = []
    for path in sorted((tmp_path / "out").glob("*.jsonl.gz")):
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
