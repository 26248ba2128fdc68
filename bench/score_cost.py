"""What ``mtclean.score`` costs over ``mtclean.clean`` on the same documents (issue 17: at most 10 %).

The documents are those of the detection corpus (``corpora/detection``) and
the clean controls (``corpora/clean``), one call per document, as a crawl
filter scores pages.  Each function runs over all of them ``--rounds`` times,
alternating, and the median CPU time counts (the machine is shared).  It
prints the time of ``clean``, ``explain`` (which ``score`` runs: cleaning
that records every change) and ``score``, and the ratios.

Usage::

    python bench/score_cost.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import mtclean

ROOT = Path(__file__).resolve().parent.parent / "corpora"


def cpu(function: Callable[[str], object], texts: list[str]) -> float:
    """CPU seconds for ``function`` over every text once."""
    start = time.process_time()
    for text in texts:
        function(text)
    return time.process_time() - start


def main() -> None:
    """Measure and print the three times and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    paths = sorted((ROOT / "detection").glob("*/*.txt")) + sorted((ROOT / "clean").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    functions: dict[str, Callable[[str], object]] = {
        "clean": mtclean.clean,
        "explain": mtclean.explain,
        "score": mtclean.score,
    }
    for function in functions.values():  # warm up: the glossary, the caches
        cpu(function, texts)
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(rounds):
        for name, function in functions.items():
            times[name].append(cpu(function, texts))
    median = {name: statistics.median(values) for name, values in times.items()}
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    print(f"{len(texts)} documents, {size:.2f} MB, median of {rounds} rounds (CPU seconds)")
    for name, value in median.items():
        print(f"  {name:8} {value:.3f} s  {size / value:.2f} MB/s  {value / median['clean']:.3f}x clean")


if __name__ == "__main__":
    main()
