"""Fit the garble detector's weights and threshold; write ``mtclean/data/detector.toml``.

The detector (``mtclean/scoring.py``) scores a text as the sum of its signals
(changes per pass per 100 words, ambiguous glossary renderings, markers,
document signals) times their weights.  This script:

1. measures every signal on the documents of the corpora
   (``mtclean.evaluate.detection_samples``, ``corpora/README.md``):

   * **train**: the detection corpus's documents whose number is not
     divisible by 3, the older corpora (``corpora/garbled`` and
     ``corpora/seed``: garbled documents and their expected clean versions;
     ``corpora/clean``), the clean documents tokenised in Penn Treebank style
     (sacremoses), and every ``keep`` sentence of the glossary and of the
     markers (negatives, together weighing as much as 30 documents);
   * **held out**: the detection corpus's documents whose number is divisible
     by 3, and their clean ones tokenised;

2. fits a logistic regression on the train split (pure Python, no
   dependency): weights at least a small floor (every change is some
   evidence, ``spacing`` least), an L2 penalty, classes weighed equally;
3. picks the default threshold: the lowest at which the held-out precision
   is at least 0.97 and above the score of every clean document of the
   corpora, the older controls tokenised, and every keep sentence (they
   must never be flagged); and stores
   the operating points for other precisions the same way;
4. writes the weights, the threshold, the points and the provenance (splits,
   sizes, figures, date) to ``mtclean/data/detector.toml``.

Usage (from the repository root, with the ``eval`` extra for sacremoses)::

    python tools/calibrate_detector.py [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import datetime
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mtclean import load_glossary, markers, scoring
from mtclean.evaluate import Sample, detection_samples, tokenised, tokeniser
from mtclean.io import read
from mtclean.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "mtclean" / "data" / "detector.toml"
#: The precision the default threshold must reach on the held-out split.
TARGET = 0.97
#: The operating points stored for ``is_garbled(precision=...)``.
PRECISIONS = (0.9, 0.95, 0.97, 0.99, 1.0)
#: The least weight of a signal: every change is some evidence; spacing and document signals least.
FLOORS = {name: 0.05 for name in scoring.SIGNALS} | {
    "spacing": 0.005,
    "shapes": 0.0,
    "paragraphs": 0.0,
    "repeated": 0.0,
    "kinds": 0.0,
}
#: How many documents the keep sentences weigh, together.
KEEP_WEIGHT = 30.0
PENALTY = 0.01
STEPS = 4000


@dataclass
class Row:
    """One sample's signals, its label, its weight in the fit and its split."""

    name: str
    values: list[float]
    garbled: bool
    weight: float
    held_out: bool
    style: str
    must_pass: bool


def _older_corpora(root: Path) -> list[Sample]:
    samples = [
        Sample(path.name, read(str(path)), True, False) for path in sorted(root.glob("*/*.garbled.txt"))
    ]
    samples += [
        Sample(path.name, read(str(path)), False, False) for path in sorted(root.glob("*/*.clean.txt"))
    ]
    samples += [
        Sample(path.name, read(str(path)), False, False) for path in sorted((root / "clean").glob("*.txt"))
    ]
    return samples


def _keep_sentences() -> list[str]:
    sentences = [sentence for entry in load_glossary().entries for sentence in entry.keep]
    return sentences + [sentence for marker in markers.default().markers for sentence in marker.keep]


def rows(root: Path) -> list[Row]:
    """Every sample of the corpora at ``root`` with its signals."""
    pipeline = Pipeline()

    def values(text: str) -> list[float]:
        explanation = pipeline.explain(text)
        found = scoring.collect(text, explanation.changes, scoring.left_alone(explanation.memo))
        measured = scoring.features(text, found)
        return [measured[name] for name in scoring.SIGNALS]

    detection = detection_samples(root)
    older = _older_corpora(root)
    tokenise = tokeniser()
    if tokenise is None:
        sys.exit("calibrate_detector: install sacremoses (pip install mtclean[eval])")
    # Tokenised text is not machine translation, but only the older controls'
    # tokenised versions must never be flagged (tests/test_scoring.py); the
    # detection corpus's count against the precision.
    samples = [(s, not s.garbled) for s in [*detection, *older, *tokenised(older, tokenise)]]
    samples += [(s, False) for s in tokenised(detection, tokenise)]
    found = [
        Row(s.name, values(s.text), s.garbled, 1.0, s.held_out, s.style, must_pass)
        for s, must_pass in samples
    ]
    keep = _keep_sentences()
    found += [Row("keep", values(text), False, KEEP_WEIGHT / len(keep), False, "", True) for text in keep]
    return found


def fit(train: Sequence[Row]) -> list[float]:
    """Non-negative logistic regression weights (the intercept is dropped: the threshold replaces it)."""
    size = len(scoring.SIGNALS)
    spread = [
        max(1e-6, math.sqrt(sum(row.values[i] ** 2 for row in train) / len(train))) for i in range(size)
    ]
    data = [([value / spread[i] for i, value in enumerate(row.values)], row) for row in train]
    positives = sum(row.weight for row in train if row.garbled)
    negatives = sum(row.weight for row in train if not row.garbled)
    balance = {True: 0.5 / positives, False: 0.5 / negatives}
    floors = [FLOORS[name] * spread[i] for i, name in enumerate(scoring.SIGNALS)]
    weights, bias = [max(1.0, floor) for floor in floors], -1.0
    moments = [[0.0, 0.0] for _ in range(size + 1)]
    for step in range(1, STEPS + 1):
        gradient = [PENALTY * w for w in weights] + [0.0]
        for x, row in data:
            z = bias + sum(w * v for w, v in zip(weights, x, strict=True))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            error = (p - row.garbled) * row.weight * balance[row.garbled]
            for i, v in enumerate(x):
                gradient[i] += error * v
            gradient[size] += error
        for i, g in enumerate(gradient):  # Adam
            moments[i][0] = 0.9 * moments[i][0] + 0.1 * g
            moments[i][1] = 0.999 * moments[i][1] + 0.001 * g * g
            change = (
                0.05
                * (moments[i][0] / (1 - 0.9**step))
                / (math.sqrt(moments[i][1] / (1 - 0.999**step)) + 1e-8)
            )
            if i == size:
                bias -= change
            else:
                weights[i] = max(floors[i], weights[i] - change)
    return [w / spread[i] for i, w in enumerate(weights)]


def score(row: Row, weights: Sequence[float]) -> float:
    """The score of ``row`` under ``weights``, as mtclean rounds it."""
    return round(sum(w * v for w, v in zip(weights, row.values, strict=True)), 2)


def at(scored: Sequence[tuple[float, bool]], threshold: float) -> tuple[float, float]:
    """Precision and recall of flagging the scores at or above ``threshold``."""
    flagged = [garbled for value, garbled in scored if value >= threshold]
    positives = sum(1 for _, garbled in scored if garbled)
    hits = sum(flagged)
    return (hits / len(flagged) if flagged else 1.0), (hits / positives if positives else 0.0)


def curve(
    rows: Sequence[Row], weights: Sequence[float], extra: float = 0.0
) -> list[tuple[float, float, float]]:
    """``(threshold, precision, recall)`` at every threshold where the decision on some row changes.

    The candidates are each garbled row's score, each clean row's score plus
    0.01 (the lowest threshold that no longer flags it) and ``extra``, in
    increasing order.
    """
    scored = [(score(row, weights), row.garbled) for row in rows]
    candidates = {value if garbled else round(value + 0.01, 2) for value, garbled in scored} | {extra}
    return [(t, *at(scored, t)) for t in sorted(candidates) if t > 0]


def operating_point(
    points: Sequence[tuple[float, float, float]], precision: float, floor: float
) -> tuple[float, float, float]:
    """The threshold for ``precision``: the middle of those above ``floor`` that reach it with the most recall.

    The lowest such threshold would sit right against the clean document
    scored just below it, the highest right against the garbled one just
    above; the middle leaves a margin to both for documents not seen.
    Precision and recall are those of the points (``curve``) at or below it.
    """
    qualifying = [i for i, (t, reached, _) in enumerate(points) if t > floor and reached >= precision]
    if not qualifying:
        return math.inf, 1.0, 0.0
    first = qualifying[0]
    last = first
    while last + 1 < len(points) and points[last + 1][2] == points[first][2]:
        last += 1
    middle = round((points[first][0] + points[last][0]) / 2, 2)
    _, reached, recall = max((p for p in points[first : last + 1] if p[0] <= middle), key=lambda p: p[0])
    return middle, reached, recall


def main(argv: Sequence[str]) -> int:
    """Calibrate on the corpora (``corpora/`` unless given) and write the data file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=ROOT / "corpora", help="the corpora folder")
    root = parser.parse_args(argv).corpora
    data = rows(root)
    train = [row for row in data if not row.held_out]
    held_out = [row for row in data if row.held_out]
    weights = fit(train)
    floor = max(score(row, weights) for row in data if row.must_pass)
    points = curve(held_out, weights, round(floor + 0.01, 2))
    chosen = {p: operating_point(points, p, floor) for p in PRECISIONS}
    threshold, precision, recall = chosen[TARGET]
    if math.isinf(threshold):
        sys.exit(f"calibrate_detector: no threshold reaches precision {TARGET} on the held-out split")
    fluent = [row for row in held_out if row.style == "fluent"]
    fluent_recall = (
        sum(1 for row in fluent if score(row, weights) >= threshold) / len(fluent) if fluent else 0.0
    )
    lines = [
        "# The garble detector's weights and thresholds (mtclean/scoring.py, docs/evaluation.md).",
        "# Written by tools/calibrate_detector.py: do not edit by hand.",
        f"threshold = {threshold}",
        "",
        "[weights]",
        *(f"{name} = {round(w, 4)}" for name, w in zip(scoring.SIGNALS, weights, strict=True)),
        "",
        *(
            line
            for target, (t, p, r) in chosen.items()
            if not math.isinf(t)
            for line in (
                "[[points]]",
                f"precision = {target}",
                f"threshold = {t}",
                f"measured = {round(p, 3)}",
                f"recall = {round(r, 3)}",
                "",
            )
        ),
        "[provenance]",
        f'fitted = "{datetime.date.today().isoformat()}"',
        'method = "logistic regression, weights at least a floor, L2 penalty, classes weighed equally"',
        f'train = "{sum(1 for r in train if r.garbled)} garbled, {sum(1 for r in train if not r.garbled and r.name != "keep")} clean or tokenised documents, {sum(1 for r in train if r.name == "keep")} keep sentences"',
        f'held_out = "{sum(1 for r in held_out if r.garbled)} garbled ({len(fluent)} fluent), {sum(1 for r in held_out if not r.garbled)} clean or tokenised documents"',
        f"held_out_precision = {round(precision, 3)}",
        f"held_out_recall = {round(recall, 3)}",
        f"held_out_fluent_recall = {round(fluent_recall, 3)}",
        f"highest_clean_score = {floor}",
        "",
    ]
    OUTPUT.write_text("\n".join(lines), encoding="utf-8")
    print(
        f"threshold {threshold}: held-out precision {precision:.3f}, recall {recall:.3f}, fluent recall {fluent_recall:.3f}"
    )
    print("weights: " + ", ".join(f"{n} {w:.3f}" for n, w in zip(scoring.SIGNALS, weights, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
