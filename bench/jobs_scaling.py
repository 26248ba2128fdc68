"""Throughput of the CLI with one and with two worker processes (a script, not a test).

Builds a file of corpus text (default 8 MB, see ``bench/corpus.py``), cleans
it with ``mtclean -j 1`` and ``mtclean -j 2``, alternately and ``--repeat``
times each, checks that all outputs are identical, and prints MB/s of the
fastest run of each (as ``timeit`` does: slower runs measure the other jobs
on the machine) and the speed-up.  On a shared machine it also prints the
ceiling: the speed-up that two independent ``-j 1`` runs started together
get at that moment, which no ``-j 2`` can beat.  Exits 1 if the speed-up is under 1.7 (the target on
a machine with two idle cores; on a busy machine the figure is lower).

Usage::

    python bench/jobs_scaling.py [--size-mb 8] [--jobs 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import build

TARGET = 1.7


def clean(path: Path, jobs: int) -> tuple[float, str]:
    """Seconds taken by ``mtclean -j jobs path``, and a digest of its output."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mtclean", "-q", "-j", str(jobs), str(path)], capture_output=True, check=True
    )
    return time.perf_counter() - start, hashlib.sha256(result.stdout).hexdigest()


def pair(path: Path) -> float:
    """Seconds until two ``mtclean -j 1`` runs started together both finish."""
    command = [sys.executable, "-m", "mtclean", "-q", "-j", "1", str(path)]
    start = time.perf_counter()
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL) for _ in range(2)]
    for process in processes:
        process.wait()
    return time.perf_counter() - start


def main() -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=8, help="input size in MB (default 8)")
    parser.add_argument("--jobs", type=int, default=2, help="workers to compare with one (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "input.txt"
        size = build(path, args.size_mb * 1_000_000) / 1e6
        runs = [clean(path, jobs) for _ in range(args.repeat) for jobs in (1, args.jobs)]
        both = min(pair(path) for _ in range(args.repeat))
    if len({digest for _, digest in runs}) != 1:
        print(f"-j {args.jobs} output differs from -j 1")
        return 1
    one = min(seconds for seconds, _ in runs[0::2])
    many = min(seconds for seconds, _ in runs[1::2])
    ratio = one / many
    print(f"input {size:.0f} MB on {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"-j 1: {size / one:.2f} MB/s")
    print(f"-j {args.jobs}: {size / many:.2f} MB/s")
    print(f"speed-up {ratio:.2f}x (target {TARGET}x)")
    print(f"ceiling on this machine now: {2 * one / both:.2f}x (two -j 1 runs side by side)")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
