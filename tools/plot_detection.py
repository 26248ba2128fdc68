"""Draw the detector's precision-recall curve on the held-out split: ``docs/img/detection-pr.png``.

The curve is that of :func:`mtclean.score` on the held-out documents of
``corpora/detection`` (numbers divisible by 3; negatives: the clean ones and,
with sacremoses, the same tokenised), as ``mtclean eval`` measures them; the
marked point is the default threshold of ``mtclean/data/detector.toml``.
The plot shows the fluent-style documents' recall too.

Usage (from the repository root, with the ``docs`` and ``eval`` extras)::

    python tools/plot_detection.py [CORPUS_DIR]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

import mtclean
from mtclean.evaluate import detection_samples, tokenised, tokeniser
from mtclean.scoring import THRESHOLD

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "img" / "detection-pr.png"


def points(scored: Sequence[tuple[float, bool]]) -> list[tuple[float, float, float]]:
    """``(threshold, precision, recall)`` at every distinct positive score, lowest threshold first.

    >>> points([(5.0, True), (2.0, False), (1.0, True)])
    [(1.0, 0.6666666666666666, 1.0), (2.0, 0.5, 0.5), (5.0, 1.0, 0.5)]
    """
    positives = sum(1 for _, garbled in scored if garbled)
    found = []
    for threshold in sorted({value for value, _ in scored if value > 0}):
        flagged = [garbled for value, garbled in scored if value >= threshold]
        found.append((threshold, sum(flagged) / len(flagged), sum(flagged) / positives))
    return found


def main(argv: Sequence[str]) -> int:
    """Draw the curve for the corpora at ``argv[0]`` (``corpora/``)."""
    root = Path(argv[0]) if argv else ROOT / "corpora"
    held_out = [sample for sample in detection_samples(root) if sample.held_out]
    tokenise = tokeniser()
    if tokenise is not None:
        held_out += tokenised(held_out, tokenise)
    scores = {sample.name: mtclean.score(sample.text) for sample in held_out}
    everything = [(scores[s.name], s.garbled) for s in held_out]
    fluent = [(scores[s.name], s.garbled) for s in held_out if s.style == "fluent" or not s.garbled]
    figure, axes = plt.subplots(figsize=(6, 4.5), dpi=120)
    for label, scored, style in (("all documents", everything, "-"), ("fluent style", fluent, "--")):
        curve = points(scored)
        axes.plot(
            [r for _, _, r in curve], [p for _, p, _ in curve], style, drawstyle="steps-post", label=label
        )
        chosen = [(p, r) for t, p, r in curve if t >= THRESHOLD][:1]
        if chosen:
            precision, recall = chosen[0]
            axes.plot([recall], [precision], "o", color="black")
            axes.annotate(
                f"threshold {THRESHOLD}: P {precision:.2f}, R {recall:.2f}",
                (recall, precision),
                textcoords="offset points",
                xytext=(-150, -18 if label == "all documents" else -34),
                fontsize=8,
            )
    axes.axhline(0.97, color="grey", linewidth=0.6, linestyle=":")
    axes.set_xlabel("recall (garbled documents flagged)")
    axes.set_ylabel("precision (flagged documents that are garbled)")
    axes.set_xlim(0, 1.02)
    axes.set_ylim(0.4, 1.02)
    axes.set_title(f"mtclean.score on the held-out split ({sum(g for _, g in everything)} garbled documents)")
    axes.legend(loc="lower left")
    figure.tight_layout()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(OUTPUT)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
