"""List the survey's name, term and phrase artifacts that mtclean leaves as they are.

Each artifact of ``corpora/survey/*.yaml`` records a short span seen on a
real machine-translated page.  This script cleans every span of the
``names``, ``terms`` and ``phrases`` families on its own (without its
sentence, so an ambiguous rendering whose evidence lay outside the span
stays) and prints those that come back unchanged, with the correct form the
survey records: the starting point of a glossary round.  The last line
counts the spans changed, per family.

Usage::

    python tools/survey_spans.py [--family names] [--all]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

import mtclean
from mtclean.checklist import Page, survey

FAMILIES = ("names", "terms", "phrases")
ROOT = Path(__file__).parent.parent / "corpora" / "survey"


def spans(
    pages: Iterable[Page], families: Iterable[str] = FAMILIES
) -> list[tuple[Page, str, str, str, bool]]:
    """``(page, family, seen, correct, changed)`` for every artifact of ``families``."""
    wanted = set(families)
    return [
        (
            page,
            artifact.family,
            artifact.seen,
            artifact.correct,
            mtclean.clean(artifact.seen) != artifact.seen,
        )
        for page in pages
        for artifact in page.artifacts
        if artifact.family in wanted
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--family", choices=FAMILIES, help="only this family")
    parser.add_argument("--all", action="store_true", help="list the changed spans too")
    parser.add_argument("--survey", type=Path, default=ROOT, help="the survey folder")
    arguments = parser.parse_args(argv)
    found = spans(survey(arguments.survey), [arguments.family] if arguments.family else FAMILIES)
    counts: dict[str, list[int]] = {}
    for page, family, seen, correct, changed in found:
        counts.setdefault(family, [0, 0])
        counts[family][0] += changed
        counts[family][1] += 1
        if arguments.all or not changed:
            print(f"{'changed' if changed else 'stays'}\t{page.topic}\t{family}\t{seen}\t{correct}")
    print("changed: " + ", ".join(f"{family} {done}/{total}" for family, (done, total) in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
