"""Throughput of the CLI with one and with two worker processes (a script, not a test).

Builds a file of corpus text (default 8 MB, see ``bench/corpus.py``), cleans
it with ``mtclean -j 1`` and ``mtclean -j 2`` (standard output to
``/dev/null``), checks that both outputs are identical, and prints MB/s for
each and the speed-up.  Exits 1 if the speed-up is under 1.7 (the target on
a machine with two idle cores; on a busy machine the figure is lower).

Usage::

    python bench/jobs_scaling.py [--size-mb 8] [--jobs 2]
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


def main() -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=8, help="input size in MB (default 8)")
    parser.add_argument("--jobs", type=int, default=2, help="workers to compare with one (default 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "input.txt"
        size = build(path, args.size_mb * 1_000_000) / 1e6
        one, serial = clean(path, 1)
        many, parallel = clean(path, args.jobs)
    if serial != parallel:
        print(f"-j {args.jobs} output differs from -j 1")
        return 1
    ratio = one / many
    print(f"input {size:.0f} MB on {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"-j 1: {size / one:.2f} MB/s")
    print(f"-j {args.jobs}: {size / many:.2f} MB/s")
    print(f"speed-up {ratio:.2f}x (target {TARGET}x)")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
