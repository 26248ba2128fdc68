"""Time mtclean on one very long line, and check that its cost is linear (a script, not a test).

A single line has no blank line, so the whole input is one paragraph: every
pass, the language gate and protection see all of it at once.  The line
mixes clean English with garble (dates, spaced commas, a URL with a comma,
inline code, a ``、`` list, a spaced clock time) so that every pass fires
along its whole length.  It is cleaned at ``--size`` MB and at a quarter of
that; the script prints the times and MB/s, checks that cleaning the output
again changes nothing, and exits 1 if four times the input took more than
eight times as long (a pass that rescans the paragraph for every match).

Usage::

    python bench/large_input.py [--size 10]
"""

from __future__ import annotations

import argparse
import sys
import time

import mtclean

UNIT = "The two companies will develop hybrid cars together in South Korea. " * 4 + (
    "Netease car 8 month 9 Japan , The two sides signed at 4: 30 pm , see https://example.com/a , b "
    "and `x , y` 、 geely 、 Volvo And other brands , 18 10000 people . "
)


def line(megabytes: float) -> str:
    """About ``megabytes`` million characters of UNIT, on one line."""
    size = int(megabytes * 1_000_000)
    return UNIT * (size // len(UNIT) + 1)


def timed(text: str) -> tuple[float, str]:
    """Seconds to clean ``text``, and the cleaned text."""
    start = time.perf_counter()
    cleaned = mtclean.clean(text)
    return time.perf_counter() - start, cleaned


def main() -> int:
    """Run the benchmark; the exit code says whether it passed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=10.0, help="megabytes of the long input (default 10)")
    size = parser.parse_args().size
    mtclean.clean("warm up , The glossary loads .")
    small_time, _ = timed(line(size / 4))
    text = line(size)
    large_time, cleaned = timed(text)
    again_time, again = timed(cleaned)
    ratio = large_time / small_time
    print(f"{size / 4:g} MB: {small_time:.1f} s ({size / 4 / small_time:.2f} MB/s)")
    print(
        f"{size:g} MB: {large_time:.1f} s ({size / large_time:.2f} MB/s); 4x the input took {ratio:.1f}x as long"
    )
    print(f"cleaning the output again: {again_time:.1f} s, {'unchanged' if again == cleaned else 'CHANGED'}")
    return 0 if again == cleaned and ratio <= 8 else 1


if __name__ == "__main__":
    sys.exit(main())
