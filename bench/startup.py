"""Measure how long ``mtclean`` takes on a one-line file with a big glossary (a script, not a test).

Writes a synthetic glossary of ``--entries`` entries (3,000 by default; the
pinyin-like entries of ``bench/glossary_scaling.py``) as YAML to a temporary
directory, and times, as wall time and as CPU time of the child process:

* ``mtclean one-line.txt`` with the shipped glossary only;
* ``mtclean --glossary synthetic.yaml one-line.txt``, first with an empty
  cache directory (the YAML is read and the compiled form written), then
  with the compiled form in the cache (``mtclean/glossary/cache.py``).

Each figure is the best of ``--repeat`` runs; it prints them and exits 1 if
the run with the shipped glossary or the warm run with the big glossary
takes more than ``--limit`` seconds.

The children run as an installed ``mtclean`` does: with Python's bytecode
cache (``pip install`` compiles every module; a checkout writes
``__pycache__`` on its first run).  ``PYTHONDONTWRITEBYTECODE``, which some
sandboxes and CI images set, is dropped from their environment and one
warm-up run writes the cache; without bytecode every start compiles the
package's source again, about 0.1 s more.

Usage::

    python bench/startup.py [--entries 3000] [--repeat 5] [--limit 0.5]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from glossary_scaling import synthetic_entries  # noqa: E402


def write_glossary(path: Path, count: int) -> None:
    """``count`` synthetic entries as a glossary file, sorted by name."""
    rows = []
    for entry in sorted(synthetic_entries(count), key=lambda entry: entry.name.casefold()):
        row: dict[str, object] = {"name": entry.name, "kind": entry.kind, "wrong": list(entry.wrong)}
        if entry.ambiguous:
            row["ambiguous"] = list(entry.ambiguous)
            row["context"] = list(entry.context)
            row["keep"] = ["A sentence that does not change."]
        row["examples"] = [{"garbled": example.garbled, "clean": example.clean} for example in entry.examples]
        row["source"] = entry.source
        rows.append(row)
    path.write_text(yaml.safe_dump(rows, allow_unicode=True, sort_keys=False), encoding="utf-8")


def run(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=environment, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best(command: list[str], environment: dict[str, str], repeat: int) -> tuple[float, float]:
    """The best wall time and the best CPU time of ``repeat`` runs."""
    runs = [run(command, environment) for _ in range(repeat)]
    return min(wall for wall, _ in runs), min(cpu for _, cpu in runs)


def main() -> int:
    """Run the benchmark; 1 if the warm start with the big glossary is over the limit."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=float, default=0.5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mtclean-startup-") as directory:
        folder = Path(directory)
        glossary = folder / "synthetic.yaml"
        write_glossary(glossary, arguments.entries)
        line = folder / "one-line.txt"
        line.write_text("Geely and Lingke sold more cars , The report said .\n", encoding="utf-8")
        environment = {**os.environ, "XDG_CACHE_HOME": str(folder / "cache")}
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        mtclean = [sys.executable, "-m", "mtclean"]
        run([*mtclean, str(line)], environment)
        shipped = best([*mtclean, str(line)], environment, arguments.repeat)
        big = [*mtclean, "--glossary", str(glossary), str(line)]
        colds = []
        for index in range(arguments.repeat):
            cold = dict(environment, XDG_CACHE_HOME=str(folder / f"cold-{index}"))
            colds.append(run(big, cold))
        cold_wall, cold_cpu = min(wall for wall, _ in colds), min(cpu for _, cpu in colds)
        warm = best(big, environment, arguments.repeat)
    print(f"one-line file, best of {arguments.repeat} runs (wall / CPU seconds):")
    print(f"  shipped glossary:                      {shipped[0]:.2f} / {shipped[1]:.2f}")
    print(f"  + {arguments.entries:,} entries, empty cache:     {cold_wall:.2f} / {cold_cpu:.2f}")
    print(f"  + {arguments.entries:,} entries, compiled form:   {warm[0]:.2f} / {warm[1]:.2f}")
    if max(shipped[0], warm[0]) > arguments.limit:
        print(f"OVER: more than {arguments.limit} s")
        return 1
    print(f"OK: within {arguments.limit} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
