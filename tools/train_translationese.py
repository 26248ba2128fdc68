"""Fit the translationese model; write ``mtclean/data/translationese.toml``.

The model (``mtclean/translationese.py``) reads a text's function-word rates
and a few cheap document features.  This script:

1. measures them on the **training split** of ``corpora/detection`` only
   (documents whose number is not divisible by 3): the garbled documents of
   the ``fluent`` style (the style the other signals miss; the other styles'
   scars would teach the model spacing, not translationese) against every
   clean document;
2. standardises each feature (its mean and spread on those documents),
   leaves out the features that occur in fewer than :data:`MIN_SUPPORT` of
   the documents, and fits an L2-penalised
   logistic regression, the two classes weighed equally
   (``calibrate_detector.logistic``, pure Python);
3. with ``--folds N``, first prints the area under the ROC curve of N-fold
   cross-validation by topic (two or so topics held out per fold, so that
   no fold is judged on the topics it learnt);
4. writes the weights, means, spreads, intercept, ``min_words``, ``cap`` and
   provenance.

Run ``tools/calibrate_detector.py`` afterwards: the detector weighs the new
model's signal.

Usage (from the repository root)::

    python tools/train_translationese.py [--folds 7] [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import datetime
import math
import sys
from collections.abc import Sequence
from pathlib import Path

from calibrate_detector import logistic

from mtclean import translationese
from mtclean.evaluate import Sample, detection_samples

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "mtclean" / "data" / "translationese.toml"
#: The fewest words of a text the signal reads: under it one sentence moves every rate.
MIN_WORDS = 120
#: The most log-odds the signal gives: times its weight, less than the default threshold.
CAP = 5.0
#: The least share of training documents in which a feature must occur to be fitted: a
#: feature the corpus hardly shows (contractions) teaches its writers' habits, not translationese.
MIN_SUPPORT = 0.1
PENALTY = 0.036
STEPS = 300
RATE = 0.1


def training(root: Path) -> list[Sample]:
    """The fluent garbled and the clean documents of the detection corpus's training split."""
    return [
        sample
        for sample in detection_samples(root)
        if not sample.held_out and (not sample.garbled or sample.style == "fluent")
    ]


def vectors(samples: Sequence[Sample]) -> list[list[float]]:
    """Every sample's features, in the order of :func:`mtclean.translationese.feature_names`."""
    names = translationese.feature_names()
    found = [translationese.features(sample.text)[0] for sample in samples]
    return [[values.get(name, 0.0) for name in names] for values in found]


def standardise(rows: Sequence[Sequence[float]]) -> tuple[list[float], list[float]]:
    """The mean and the spread (population standard deviation, at least a tiny positive) of each column."""
    size = len(rows[0])
    means = [sum(row[i] for row in rows) / len(rows) for i in range(size)]
    scales = [
        max(1e-6, math.sqrt(sum((row[i] - means[i]) ** 2 for row in rows) / len(rows))) for i in range(size)
    ]
    return means, scales


def fit(
    rows: Sequence[Sequence[float]], labels: Sequence[bool]
) -> tuple[list[float], float, list[float], list[float]]:
    """The standardised weights, the intercept, the means and the spreads of a fit on ``rows``.

    A feature that occurs in fewer than :data:`MIN_SUPPORT` of the rows keeps the weight 0.
    """
    means, scales = standardise(rows)
    used = [i for i in range(len(means)) if sum(1 for row in rows if row[i]) >= MIN_SUPPORT * len(rows)]
    data = [
        ([(row[i] - means[i]) / scales[i] for i in used], label, 1.0)
        for row, label in zip(rows, labels, strict=True)
    ]
    start, floors = [0.0] * len(used), [-math.inf] * len(used)
    fitted, bias = logistic(data, start, floors, penalty=PENALTY, steps=STEPS, rate=RATE)
    weights = [0.0] * len(means)
    for i, weight in zip(used, fitted, strict=True):
        weights[i] = weight
    return weights, bias, means, scales


def log_odds(
    row: Sequence[float],
    weights: Sequence[float],
    bias: float,
    means: Sequence[float],
    scales: Sequence[float],
) -> float:
    """The model's log-odds for one row of raw features."""
    return bias + sum(w * (v - m) / s for w, v, m, s in zip(weights, row, means, scales, strict=True))


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """The area under the ROC curve: how often a positive outscores a negative (ties count half)."""
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def cross_validate(samples: Sequence[Sample], rows: Sequence[Sequence[float]], folds: int) -> float:
    """The area under the ROC curve of the held-out log-odds, ``folds`` folds by topic."""
    topics = sorted({sample.name.split("-")[0] for sample in samples})
    scored: list[tuple[float, bool]] = []
    for fold in range(folds):
        test = set(topics[fold::folds])
        train = [i for i, sample in enumerate(samples) if sample.name.split("-")[0] not in test]
        model = fit([rows[i] for i in train], [samples[i].garbled for i in train])
        scored += [
            (log_odds(rows[i], *model), sample.garbled)
            for i, sample in enumerate(samples)
            if sample.name.split("-")[0] in test
        ]
    return auc([s for s, garbled in scored if garbled], [s for s, garbled in scored if not garbled])


def main(argv: Sequence[str]) -> int:
    """Train on the corpora (``corpora/`` unless given) and write the data file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=ROOT / "corpora", help="the corpora folder")
    parser.add_argument(
        "--folds", type=int, default=0, help="cross-validate by topic first, in this many folds"
    )
    arguments = parser.parse_args(argv)
    samples = training(arguments.corpora)
    rows = vectors(samples)
    validated = ""
    if arguments.folds > 1:
        area = cross_validate(samples, rows, arguments.folds)
        validated = f"{arguments.folds}-fold cross-validation by topic: ROC AUC {area:.3f}"
        print(validated)
    weights, bias, means, scales = fit(rows, [sample.garbled for sample in samples])
    names = translationese.feature_names()
    garbled = sum(1 for sample in samples if sample.garbled)
    lines = [
        "# The translationese model (mtclean/translationese.py, docs/evaluation.md).",
        "# Written by tools/train_translationese.py: do not edit by hand.",
        "# weights: per feature, on the feature standardised with its mean and scale below.",
        f"min_words = {MIN_WORDS}",
        f"cap = {CAP}",
        f"bias = {round(bias, 6)}",
        "",
        "[provenance]",
        f'fitted = "{datetime.date.today().isoformat()}"',
        'method = "logistic regression on standardised features, L2 penalty, classes weighed equally; features in fewer than 10 % of the documents weigh 0"',
        f'train = "training split of corpora/detection: {garbled} fluent garbled, {len(samples) - garbled} clean documents"',
        'features = "function words (mtclean/data/function-words.txt: NLTK English stop words and more), marks, document features"',
        'sources = "Baroni & Bernardini 2006; Koppel & Ordan 2011; Volansky et al. 2015"',
        f'validation = "{validated or "not cross-validated"}"',
        "",
        *(
            line
            for table, column in (("weights", weights), ("means", means), ("scales", scales))
            for line in (
                f"[{table}]",
                *(f'"{name}" = {round(value, 6)}' for name, value in zip(names, column, strict=True)),
                "",
            )
        ),
    ]
    OUTPUT.write_text("\n".join(lines), encoding="utf-8")
    print(
        f"wrote {OUTPUT.relative_to(ROOT)}: {garbled} fluent garbled, {len(samples) - garbled} clean documents"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
