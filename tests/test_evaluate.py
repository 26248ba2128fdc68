"""``mtclean eval``: the measures on a small corpus, and the team's corpus against its targets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtclean.cli import main
from mtclean.evaluate import artifacts, detection_samples, evaluate
from mtclean.scoring import detector

CORPORA = Path(__file__).parent.parent / "corpora"
GARBLED = "Netease car 8 month 9 Japan , Lingke released its sales data .\n"
EXPECTED = "NetEase Auto August 9, Lynk & Co released its sales data.\n"
REFERENCE = "NetEase Auto, August 9 — Lynk & Co has released its sales figures.\n"


def corpus(tmp_path: Path, *, control: str = "The firm sold 18,000 cars in May.\n") -> Path:
    (tmp_path / "garbled").mkdir()
    (tmp_path / "clean").mkdir()
    (tmp_path / "garbled" / "cars-one.garbled.txt").write_text(GARBLED, encoding="utf-8")
    (tmp_path / "garbled" / "cars-one.clean.txt").write_text(EXPECTED, encoding="utf-8")
    (tmp_path / "garbled" / "cars-one.reference.txt").write_text(REFERENCE, encoding="utf-8")
    (tmp_path / "clean" / "001-control.txt").write_text(control, encoding="utf-8")
    return tmp_path


def test_artifacts_are_counted_by_kind() -> None:
    found = artifacts(
        "Sales rose , The firm 8 month said 、 Lingke .", "Sales rose, the firm August said, Lynk & Co."
    )
    assert found == {"spacing": 1, "casing": 1, "numbers": 1, "punctuation": 1, "words": 1}


def test_a_cleaned_document_has_no_artifacts_left(tmp_path: Path) -> None:
    report = evaluate(corpus(tmp_path))
    [document] = report.documents
    assert document.topic == "cars"
    assert sum(document.before.values()) >= 4
    assert document.remaining == {}
    assert report.controls == 1
    assert report.controls_changed == []


def test_chrf_rises_and_ter_falls_when_the_reference_is_approached(tmp_path: Path) -> None:
    pytest.importorskip("sacrebleu")
    [document] = evaluate(corpus(tmp_path)).documents
    assert document.chrf_before is not None and document.chrf_after is not None
    assert document.chrf_after > document.chrf_before
    assert document.ter_before is not None and document.ter_after is not None
    assert document.ter_after < document.ter_before


def test_a_control_mtclean_changes_is_reported(tmp_path: Path) -> None:
    report = evaluate(corpus(tmp_path, control="Sales rose , The firm said .\n"))
    assert report.controls_changed == ["001-control.txt"]


def test_detection_counts_a_garbled_control_as_a_false_positive(tmp_path: Path) -> None:
    report = evaluate(corpus(tmp_path, control=GARBLED))
    assert report.detection.false_positives["clean"] == 1
    assert report.detection.precision < 1
    assert report.detection.recall == 1


def test_a_remaining_artifact_is_counted(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    (root / "garbled" / "cars-one.clean.txt").write_text(
        EXPECTED.replace("sales", "delivery"), encoding="utf-8"
    )
    [document] = evaluate(root).documents
    assert document.remaining == {"words": 1}


def test_the_command_prints_a_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(tmp_path)
    assert main(["eval", str(root)]) == 0
    table = capsys.readouterr().out
    assert "cars-one" in table
    assert "clean controls changed: 0 of 1" in table
    assert main(["eval", str(root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["name"] == "cars-one"
    assert data["remaining_share"] == 0


def test_a_document_without_its_clean_version_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = corpus(tmp_path)
    (root / "garbled" / "cars-one.clean.txt").unlink()
    assert main(["eval", str(root)]) == 2
    error = capsys.readouterr().err
    assert "cars-one.clean.txt: no such file" in error


def test_a_missing_corpus_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path / "nowhere")]) == 2
    assert "not a directory" in capsys.readouterr().err


def detection_corpus(tmp_path: Path) -> Path:
    (tmp_path / "detection" / "garbled").mkdir(parents=True)
    (tmp_path / "detection" / "clean").mkdir()
    for name, text in {
        "garbled/cars-003-fluent.txt": "Lingke sold more cars in Sweden this year.\n",
        "garbled/cars-006-fragment.txt": GARBLED,
        "garbled/cars-001-qa.txt": GARBLED,
        "garbled/cars-002.txt": GARBLED,
        "clean/cars-003.txt": "The firm sold 18,000 cars in May.\n",
        "clean/cars-001.txt": "The firm sold cars.\n",
        "clean/cars-004-fluent.txt": "The firm sold cars.\n",
    }.items():
        (tmp_path / "detection" / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_the_detection_corpus_is_split_by_number(tmp_path: Path) -> None:
    samples = detection_samples(detection_corpus(tmp_path))
    assert [(s.name, s.garbled, s.held_out, s.style) for s in samples] == [
        ("cars-001-qa.txt", True, False, "qa"),
        ("cars-003-fluent.txt", True, True, "fluent"),
        ("cars-006-fragment.txt", True, True, "fragment"),
        ("cars-001.txt", False, False, ""),
        ("cars-003.txt", False, True, ""),
    ]


def test_held_out_detection_is_reported_by_style(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(detection_corpus(tmp_path))
    held = evaluate(root).held_out
    assert held is not None
    assert (held.found, held.garbled, held.flagged["clean"], held.precision) == (2, 2, 0, 1.0)
    assert held.recall_by_style == {"fluent": (1, 1), "fragment": (1, 1)}
    assert main(["eval", str(root)]) == 0
    assert "held-out split of corpora/detection" in capsys.readouterr().out


def test_the_team_corpus_meets_its_targets() -> None:
    """Done-when of issue 9: the figures docs/evaluation.md reports."""
    pytest.importorskip("sacrebleu")
    pytest.importorskip("sacremoses")
    report = evaluate(CORPORA)
    assert len(report.documents) >= 20
    assert len({document.topic for document in report.documents}) >= 6
    assert report.referenced >= 5
    assert report.chrf_improved == report.referenced
    assert report.remaining_share < 0.05
    assert report.controls >= 40
    assert report.controls_changed == []
    assert report.detection.precision >= 0.95
    assert report.detection.recall >= 0.95
    assert report.detection.negatives["tokenised"] == report.controls
    held = report.held_out
    assert held is not None and held.garbled >= 20
    assert held.precision >= 0.97
    assert held.negatives["tokenised"] == held.negatives["clean"]
    provenance = detector().provenance
    assert (held.precision, held.recall) == (provenance["held_out_precision"], provenance["held_out_recall"])
    fluent = held.recall_by_style["fluent"]
    assert round(fluent[0] / fluent[1], 3) == provenance["held_out_fluent_recall"]


def test_the_checklist_is_scored_for_mtclean_and_its_anchors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = corpus(tmp_path)
    (root / "checklist").mkdir()
    (root / "checklist" / "cars.yaml").write_text(
        "- family: names\n  text: Lingke sold cars .\n  span: Lingke\n  repairs: [Lynk & Co]\n"
        "- family: spacing\n  text: Sales rose , the firm said.\n  span: 'rose , the'\n  repairs: ['rose, the']\n",
        encoding="utf-8",
    )
    report = evaluate(root)
    assert report.checklist["mtclean"] == {"names": (1, 1), "spacing": (1, 1)}
    assert report.checklist["ftfy"] == {"names": (0, 1), "spacing": (0, 1)}
    assert main(["eval", str(root)]) == 0
    out = capsys.readouterr().out
    assert "checklist fixed: 2/2" in out
    assert "ftfy fixed" in out


def test_a_broken_checklist_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(tmp_path)
    (root / "checklist").mkdir()
    (root / "checklist" / "cars.yaml").write_text("- family: names\n  text: x\n", encoding="utf-8")
    assert main(["eval", str(root)]) == 2
    assert "cars.yaml" in capsys.readouterr().err
