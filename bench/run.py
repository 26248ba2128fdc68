"""The benchmark: every throughput figure and target of docs/performance.md in one run.

Builds four inputs of ``--size`` MB each from the repository:

* garbled: the seed article (``corpora/seed/*.garbled.txt``) and the
  glossary's garbled examples, six to a paragraph, repeated;
* clean: the clean English controls (``corpora/clean/*.txt``), repeated;
* documents: the garbled documents of the evaluation corpus
  (``corpora/garbled/*.garbled.txt``), repeated: MT output as it is
  published, less dense in names than the glossary's examples.  Only the
  pipeline and MosesDetokenizer are measured on it;
* real-density: the garbled documents of the detection corpus
  (``corpora/detection/garbled/``), written from the survey of real pages,
  as sparse as they are (two in three fluent-style); the pipeline,
  ``score()``, MosesDetokenizer and ftfy are measured on it, and the scar
  density (changes per KB) of every input is printed;

and reports, in MB/s of CPU time (the machine is shared, so CPU time is
steadier than wall time; every ratio compares figures of the same run):

* the whole default pipeline, the pipeline with no pass (splitting into
  paragraphs: the language gate and the protected spans are only worked out
  for a paragraph some pass wants to edit) and with each pass alone;
* sacremoses' ``MosesDetokenizer`` (line by line, on the garbled input) and
  ``ftfy.fix_text`` (on the clean input);
* the items of the real-garble checklist (``corpora/checklist/``) fixed by
  the pipeline, with MosesDetokenizer and ftfy as anchors;
* peak memory of ``mtclean FILE`` on the garbled input, in a child process,
  beside a child that only reads the file;
* glossary scaling, 100 → 100,000 entries (``bench/glossary_scaling.py``);
* ``-j`` scaling, from ``bench/jobs_scaling.py`` on an input of the same size
  (8 MB at least).

It ends with the targets and whether each holds, and exits 1 if one does
not.  ``--quick`` (1 MB inputs, 10,000 glossary entries, one run each) is
for trying a change; the figures in the docs come from a full run (about
five minutes of CPU time).

Usage::

    python bench/run.py [--quick] [--size MB] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ftfy  # noqa: E402
import glossary_scaling  # noqa: E402
from sacremoses import MosesDetokenizer  # noqa: E402

from mtclean import checklist, score  # noqa: E402
from mtclean.glossary import Glossary, load_glossary  # noqa: E402
from mtclean.passes import DEFAULT_PASSES  # noqa: E402
from mtclean.pipeline import Pipeline  # noqa: E402

#: Sentences per paragraph when the glossary's one-line examples are joined.
EXAMPLES_PER_PARAGRAPH = 6


def garbled_input(size: float) -> str:
    """About ``size`` MB of garbled MT output: the seed article and the glossary's examples."""
    paragraphs = [
        path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("corpora/seed/*.garbled.txt"))
    ]
    examples = [example.garbled for entry in load_glossary().entries for example in entry.examples]
    paragraphs += [
        " ".join(examples[start : start + EXAMPLES_PER_PARAGRAPH])
        for start in range(0, len(examples), EXAMPLES_PER_PARAGRAPH)
    ]
    return _repeat("\n\n".join(paragraphs), size)


def documents_input(size: float) -> str:
    """About ``size`` MB of garbled documents: the evaluation corpus's garbled side."""
    return _corpus("corpora/garbled/*.garbled.txt", size)


def real_density_input(size: float) -> str:
    """About ``size`` MB of documents as sparse as real MT pages: the detection corpus's garbled side.

    Written from the survey of real pages (``corpora/detection/``), two in
    three of them fluent-style, with a few telltales per 100 words.
    """
    return _corpus("corpora/detection/garbled/*.txt", size)


def edits_per_kb(pipeline: Pipeline, text: str) -> float:
    """How dense the scars of ``text`` are: the pipeline's changes per KB (of one copy at most 200 KB)."""
    sample = text[:200_000]
    return len(pipeline.explain(sample).changes) / (len(sample.encode("utf-8")) / 1000)


def clean_input(size: float) -> str:
    """About ``size`` MB of clean English: the corpora's clean controls."""
    return _corpus("corpora/clean/*.txt", size)


def _corpus(pattern: str, size: float) -> str:
    texts = [path.read_text(encoding="utf-8") for path in sorted(ROOT.glob(pattern))]
    return _repeat("\n\n".join(texts), size)


def _repeat(text: str, size: float) -> str:
    copies = max(1, round(size * 1e6 / len(text.encode("utf-8"))))
    return "\n\n".join([text] * copies)


def cost_ratio(
    text: str, base: Callable[[str], object], other: Callable[[str], object], pairs: int = 3
) -> float:
    """CPU time of ``other(text)`` over that of ``base(text)``, the best of ``pairs`` runs of each, taking turns.

    A target of a tenth is within the spread of one run of each on a shared
    machine (two runs of the same text differ by that much); taking turns
    and keeping the best of each lets the load fall on both alike.
    """
    best = {base: float("inf"), other: float("inf")}
    for _ in range(pairs):
        for run in (base, other):
            start = time.process_time()
            run(text)
            best[run] = min(best[run], time.process_time() - start)
    return best[other] / best[base]


def megabytes(text: str) -> float:
    """The UTF-8 size of ``text`` in MB."""
    return len(text.encode("utf-8")) / 1e6


def throughput(text: str, run: Callable[[str], object], repeat: int) -> float:
    """MB/s of CPU time of ``run(text)``, the best of ``repeat`` runs.

    ``run`` first cleans the text's first 10,000 characters untimed: what
    it loads once (the glossary, the detector's markers) is not counted
    against one run of ``--quick``.
    """
    run(text[:10_000])
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run(text)
        best = min(best, time.process_time() - start)
    return megabytes(text) / best


def moses(text: str) -> list[str]:
    """What MosesDetokenizer makes of ``text``, line by line (it works on token lists)."""
    detokenizer = MosesDetokenizer(lang="en")
    return [detokenizer.detokenize(line.split()) for line in text.splitlines()]


def peak_memory(path: Path) -> tuple[float, float]:
    """Peak RSS in MB of a child that only reads ``path``, and of one that cleans it."""
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child
    # would report the size of this (large) benchmark process.
    report = (
        "print(int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024)"
    )
    reading = (
        f"import mtclean; mtclean.load_glossary(); open({str(path)!r}, encoding='utf-8').read(); {report}"
    )
    cleaning = (
        f"import sys; from mtclean.cli import main; sys.stdout = open(__import__('os').devnull, 'w'); "
        f"main([{str(path)!r}]); sys.stdout = sys.__stdout__; {report}"
    )
    figures = []
    for code in (reading, cleaning):
        output = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        )
        figures.append(float(output.stdout.split()[-1]))
    return figures[0], figures[1]


def glossary_figures(entries: int, repeat: int) -> tuple[float, float]:
    """The matcher's and the glossary pass's cost ratio, ``entries`` entries against 100."""
    large = glossary_scaling.synthetic_entries(entries)
    small = large[:100]
    paragraphs = glossary_scaling.corpus_text([entry.renderings[0] for entry in small])
    results = [glossary_scaling.measure(Glossary(chosen), paragraphs, repeat) for chosen in (small, large)]
    for label, figures in zip(("100", f"{entries:,}"), results, strict=True):
        print(
            f"  {label:>8} entries: matcher {figures['scan_mbs']:7.1f} MB/s, "
            f"glossary pass {figures['pass_mbs']:6.1f} MB/s (compiled in {figures['compile']:.1f} s)"
        )
    return results[1]["scan"] / results[0]["scan"], results[1]["pass"] / results[0]["pass"]


def jobs_scaling(size: float) -> None:
    """Run ``bench/jobs_scaling.py`` (the ``-j`` option's benchmark) on ``size`` MB, 8 at least.

    The target is for large inputs: on a few MB, the work only the parent
    process does (starting, reading, splitting, writing) weighs on the figure.
    """
    megabytes = max(8, round(size))
    print(f"-j scaling (bench/jobs_scaling.py --size-mb {megabytes}):")
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "jobs_scaling.py"), "--size-mb", str(megabytes)],
        check=False,
        cwd=ROOT,
    )


def checklist_scores(clean: Callable[[str], str]) -> None:
    """Print the items of the real-garble checklist fixed by the pipeline, Moses and ftfy.

    Moses and ftfy are the anchors: what a detokenizer and a text fixer
    do on the same real garble (``corpora/checklist/``).
    """
    items = checklist.load(ROOT / "corpora" / "checklist")
    cleaners = {
        "pipeline": clean,
        "MosesDetokenizer": checklist.moses_detokenizer(),
        "ftfy.fix_text": ftfy.fix_text,
    }
    figures = []
    for label, run in cleaners.items():
        if run is not None:
            fixed = sum(item.fixed(run(item.text)) for item in items)
            figures.append(f"{label} {fixed}/{len(items)}")
    print(f"  real-garble checklist fixed: {', '.join(figures)}")


def machine() -> str:
    """The machine the figures come from, with its load when the run started."""
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()} ({platform.system()}), load average {load}"
    )


def main() -> int:
    """Run the benchmark; 1 if a target does not hold."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 MB inputs, 10,000 glossary entries, one run")
    parser.add_argument("--size", type=float, default=20.0, help="MB of each input (default 20)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement, best kept")
    parser.add_argument("--entries", type=int, default=100_000, help="entries of the large glossary")
    arguments = parser.parse_args()
    if arguments.quick:
        arguments.size, arguments.repeat, arguments.entries = 1.0, 1, 10_000
    garbled, clean = garbled_input(arguments.size), clean_input(arguments.size)
    print(f"machine: {machine()}")
    documents = documents_input(arguments.size)
    print(
        f"inputs: garbled {megabytes(garbled):.1f} MB, clean {megabytes(clean):.1f} MB, "
        f"documents {megabytes(documents):.1f} MB; MB/s of CPU time"
    )
    pipeline = Pipeline()
    pipeline.clean(garbled[:100_000])  # load langdetect and compile the glossary's rules first

    rates: dict[str, tuple[float, float]] = {}

    def row(label: str, run: Callable[[str], object], *, on_clean: bool = True) -> None:
        rates[label] = (
            throughput(garbled, run, arguments.repeat),
            throughput(clean, run, arguments.repeat) if on_clean else float("nan"),
        )
        print(f"  {label:<28} {rates[label][0]:7.2f} {rates[label][1]:7.2f}")

    print(f"  {'':<28} {'garbled':>7} {'clean':>7}")
    row("pipeline (all passes)", pipeline.clean)
    row("pipeline, no pass", Pipeline(passes=()).clean)  # splitting into paragraphs only
    for pass_ in DEFAULT_PASSES:
        row(f"  {pass_.name} alone", Pipeline(passes=(pass_,)).clean)
    row("MosesDetokenizer", moses)
    row("ftfy.fix_text", ftfy.fix_text)
    document_rates = {
        label: throughput(documents, run, arguments.repeat)
        for label, run in (("pipeline", pipeline.clean), ("MosesDetokenizer", moses))
    }
    print(
        f"  on the garbled documents: pipeline {document_rates['pipeline']:.2f}, "
        f"MosesDetokenizer {document_rates['MosesDetokenizer']:.2f} "
        f"({document_rates['pipeline'] / document_rates['MosesDetokenizer']:.2f}x)"
    )
    real = real_density_input(arguments.size)
    real_rates = {
        label: throughput(real, run, arguments.repeat)
        for label, run in (
            ("pipeline", pipeline.clean),
            ("score()", score),
            ("MosesDetokenizer", moses),
            ("ftfy.fix_text", ftfy.fix_text),
        )
    }
    print(
        f"  on the real-density documents ({megabytes(real):.1f} MB): "
        + ", ".join(f"{label} {rate:.2f}" for label, rate in real_rates.items())
    )
    print(
        "  scar density, changes per KB: "
        f"garbled {edits_per_kb(pipeline, garbled):.1f}, documents {edits_per_kb(pipeline, documents):.1f}, "
        f"real-density {edits_per_kb(pipeline, real):.1f}, clean {edits_per_kb(pipeline, clean):.2f}"
    )
    score_cost = cost_ratio(real, pipeline.clean, score) - 1
    print(
        f"  score() costs {score_cost:+.0%} over clean() on the real-density documents "
        "(best of three runs of each, taking turns)"
    )

    checklist_scores(pipeline.clean)

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "garbled.txt"
        path.write_text(garbled, encoding="utf-8")
        reading, cleaning = peak_memory(path)
    print(
        f"peak memory, mtclean on the {megabytes(garbled):.1f} MB garbled file: {cleaning:.0f} MB "
        f"(reading it alone: {reading:.0f} MB)"
    )
    print(f"glossary scaling, 100 → {arguments.entries:,} entries (bench/glossary_scaling.py):")
    matcher_ratio, pass_ratio = glossary_figures(arguments.entries, arguments.repeat)
    print(f"  cost ratio: matcher {matcher_ratio:.2f}x, glossary pass {pass_ratio:.2f}x")
    jobs_scaling(arguments.size)

    garbled_ratio = rates["pipeline (all passes)"][0] / rates["MosesDetokenizer"][0]
    clean_ratio = rates["pipeline (all passes)"][1] / rates["ftfy.fix_text"][1]
    real_ratio = real_rates["pipeline"] / real_rates["MosesDetokenizer"]
    targets = [
        ("pipeline on real-density documents ≥ 1.0x MosesDetokenizer", real_ratio, real_ratio >= 1.0),
        ("pipeline on dense garbled ≥ 0.35x MosesDetokenizer", garbled_ratio, garbled_ratio >= 0.35),
        ("pipeline on clean ≥ 1.0x ftfy.fix_text", clean_ratio, clean_ratio >= 1.0),
        ("score() ≤ 1.1x clean() on real-density documents", 1 + score_cost, score_cost <= 0.10),
        (f"glossary matcher, {arguments.entries:,} ≤ 2x 100 entries", matcher_ratio, matcher_ratio <= 2.0),
    ]
    print("targets (-j scaling: see above):")
    for label, ratio, holds in targets:
        print(f"  {'holds' if holds else 'MISSED':<6} {label}: {ratio:.2f}x")
    return 0 if all(holds for _, _, holds in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
