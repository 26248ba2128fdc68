"""Peak memory of the CLI streaming a large file (a script, not a test).

Builds a file of corpus text (default 1 GB, see ``bench/corpus.py``), runs
``mtclean FILE`` with standard output to ``/dev/null`` in a child process, and
prints the child's peak resident memory (``getrusage(RUSAGE_CHILDREN)``, the
kernel's own figure) and its throughput.  Exits 1 if the peak is 200 MB or
more.  ``-j 1`` is used, so the figure is the whole run's memory, not one
worker's.

Usage::

    python bench/memory.py [--size-mb 1000]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import build

LIMIT_MB = 200


def main() -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1000, help="input size in MB (default 1000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "input.txt"
        size = build(path, args.size_mb * 1_000_000)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mtclean", "-q", "-j", "1", str(path)],
            stdout=subprocess.DEVNULL,
            check=True,
        )
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    print(f"input {size / 1e6:.0f} MB, {seconds:.0f} s, {size / 1e6 / seconds:.2f} MB/s")
    print(f"peak memory {peak:.0f} MB (limit {LIMIT_MB} MB)")
    return 0 if peak < LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
