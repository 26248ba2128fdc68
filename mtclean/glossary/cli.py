"""``mtclean glossary``: check, list and search the glossary.

::

    mtclean glossary check [FILE...]   validate the shipped files (and FILEs)
    mtclean glossary check --stats     ... and print the number of entries per domain
    mtclean glossary list [--kind K]   one entry per line
    mtclean glossary find WORD         entries whose name or renderings contain WORD

``check`` prints one line per problem (``file:line: entry: message``) and
exits 1 if there is any.  ``list`` and ``find`` print tab-separated lines:
name, kind, domain (``-`` for a file outside the domain folders), safe
renderings, ambiguous renderings (renderings separated by `` | ``), and, for
``find``, where the entry is defined.

The main command hands ``mtclean glossary ...`` to :func:`main`; to clean a
file that is literally named ``glossary``, write ``mtclean ./glossary`` or
``mtclean -- glossary``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from mtclean.glossary import load_glossary
from mtclean.glossary.check import check, checked_files
from mtclean.glossary.model import KINDS, Entry, GlossaryError, Problem, domain_of, read_file


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtclean glossary", description="Check, list and search the glossary."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    checking = commands.add_parser("check", help="validate the shipped glossary files and FILEs")
    checking.add_argument("files", nargs="*", metavar="FILE", type=Path, help="more glossary files to check")
    checking.add_argument(
        "--stats", action="store_true", help="also print entries and renderings per domain (to stdout)"
    )
    listing = commands.add_parser("list", help="print every entry, one per line")
    listing.add_argument("--kind", choices=KINDS, help="only entries of this kind")
    finding = commands.add_parser("find", help="entries whose name or renderings contain WORD")
    finding.add_argument("word", metavar="WORD")
    return parser


def _line(entry: Entry, where: bool = False) -> str:
    columns = [
        entry.name,
        entry.kind,
        domain_of(entry.path) or "-",
        " | ".join(entry.wrong),
        " | ".join(entry.ambiguous),
    ]
    if where:
        columns.append(f"{entry.path}:{entry.line}")
    return "\t".join(columns)


def _relative(problem: Problem) -> Problem:
    """The problem with its path relative to the working directory, if it lies below it."""
    path = os.path.relpath(problem.path) if problem.path else problem.path
    return replace(problem, path=problem.path if path.startswith("..") else path)


def _print_stats(entries: Sequence[Entry]) -> None:
    """Entries, safe and ambiguous renderings per domain, and the total (tab-separated)."""
    rows: dict[str, list[int]] = {}
    for entry in entries:
        row = rows.setdefault(domain_of(entry.path) or "-", [0, 0, 0])
        row[0] += 1
        row[1] += len(entry.wrong)
        row[2] += len(entry.ambiguous)
    print("domain\tentries\tsafe\tambiguous")
    for domain, (count, safe, ambiguous) in sorted(rows.items()):
        print(f"{domain}\t{count}\t{safe}\t{ambiguous}")
    totals = [sum(row[index] for row in rows.values()) for index in range(3)]
    print("total\t" + "\t".join(map(str, totals)))


def main(argv: Sequence[str]) -> int:
    """Run ``mtclean glossary``; returns the exit code."""
    arguments = _parser().parse_args(argv)
    if arguments.command == "check":
        missing = [path for path in arguments.files if not path.is_file()]
        for path in missing:
            print(f"mtclean glossary: {path}: no such file", file=sys.stderr)
        if missing:
            return 2
        problems = check(arguments.files)
        for problem in problems:
            print(_relative(problem))
        if arguments.stats:
            _print_stats([entry for path in checked_files(arguments.files) for entry in read_file(path)[0]])
        count = len(problems)
        print(
            f"{count} problem{'s' if count != 1 else ''} found" if count else "glossary OK", file=sys.stderr
        )
        return 1 if problems else 0
    try:
        entries = load_glossary().entries
    except GlossaryError as error:
        print(f"mtclean glossary: {error}", file=sys.stderr)
        return 2
    if arguments.command == "list":
        for entry in entries:
            if arguments.kind in (None, entry.kind):
                print(_line(entry))
        return 0
    word = arguments.word.casefold()
    found = [
        entry
        for entry in entries
        if any(word in text.casefold() for text in (entry.name, entry.zh, *entry.renderings))
    ]
    for entry in found:
        print(_line(entry, where=True))
    return 0 if found else 1
