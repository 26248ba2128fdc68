"""A large input for the CLI benchmarks, built from the repository's corpora.

The seed article (garbled and clean) and the clean controls, one paragraph
apart, repeated until the file reaches the size asked for.  Shared by
``bench/jobs_scaling.py`` and ``bench/memory.py``.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(path: Path, size: int) -> int:
    """Write at least ``size`` bytes of corpus text to ``path``; returns the bytes written."""
    block = "".join(
        p.read_text(encoding="utf-8").strip() + "\n\n" for p in sorted(ROOT.glob("corpora/*/*.txt"))
    )
    data = block.encode("utf-8")
    written = 0
    with path.open("wb") as stream:
        while written < size:
            stream.write(data)
            written += len(data)
    return written
