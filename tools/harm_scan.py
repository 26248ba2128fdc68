"""Clean the English documents installed on this machine and report every change: a hunt for harm.

Package READMEs (the ``METADATA`` of installed distributions, Markdown and
reStructuredText files), and the READMEs, NEWS and changelogs under
``/usr/share/doc`` are English written by people: code, changelogs, tables,
command lines and prose.  mtclean should leave them as they are; every change
it makes there is a candidate damage to look at (or a writer's slip it
repaired).  The documents are read where they are installed and never copied
into the project.

Usage::

    python tools/harm_scan.py [--limit 2000] [--show 3] [ROOT ...]

It prints, per rule, the changes and the documents changed, then up to
``--show`` changes of each rule with their line, and last the share of
documents left byte for byte.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

import mtclean

#: Where installed documentation lives, when no root is given.
ROOTS = (Path(sys.prefix), Path(sys.base_prefix), Path("/usr/share/doc"))
#: The file names taken as documents.
PATTERNS = ("METADATA", "*.md", "*.rst", "README*", "NEWS*", "changelog*")
#: Documents larger than this (bytes, after decompression) are skipped.
LARGEST = 200_000


def documents(roots: Iterable[Path], limit: int) -> Iterator[tuple[Path, str]]:
    """``(path, text)`` of up to ``limit`` documents under ``roots``, in path order, each once."""
    seen: set[Path] = set()
    paths = sorted(
        {path for root in roots if root.is_dir() for pattern in PATTERNS for path in root.rglob(pattern)}
    )
    for path in paths:
        if len(seen) >= limit:
            return
        resolved = path.resolve()
        if resolved in seen or not path.is_file():
            continue
        text = _read(path)
        if text is not None:
            seen.add(resolved)
            yield path, text


def _read(path: Path) -> str | None:
    """The text of ``path`` (gunzipped if need be), or ``None`` if it is not a small UTF-8 text."""
    try:
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    except (OSError, EOFError, gzip.BadGzipFile):
        return None
    if len(data) > LARGEST:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def scan(docs: Iterable[tuple[Path, str]]) -> tuple[int, Counter[str], dict[str, list[tuple[Path, str]]]]:
    """The documents read, the changes per rule, and each rule's changes as ``(path, line)``."""
    count = 0
    changes: Counter[str] = Counter()
    where: dict[str, list[tuple[Path, str]]] = defaultdict(list)
    for path, text in docs:
        count += 1
        for change in mtclean.explain(text).changes:
            changes[change.rule] += 1
            start = text.rfind("\n", 0, change.start) + 1
            end = text.find("\n", change.end)
            where[change.rule].append((path, text[start : len(text) if end < 0 else end]))
    return count, changes, where


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "roots",
        nargs="*",
        type=Path,
        help="directories to search (default: this Python's and /usr/share/doc)",
    )
    parser.add_argument("--limit", type=int, default=2000, help="documents to read at most")
    parser.add_argument("--show", type=int, default=3, help="changes to print per rule")
    arguments = parser.parse_args(argv)
    count, changes, where = scan(documents(arguments.roots or ROOTS, arguments.limit))
    for rule, number in changes.most_common():
        documents_changed = len({path for path, _ in where[rule]})
        print(f"{number:6d} changes in {documents_changed:4d} documents  {rule}")
        for path, line in where[rule][: arguments.show]:
            print(f"         {path}: {line.strip()[:120]}")
    changed = len({path for found in where.values() for path, _ in found})
    print(f"{count - changed} of {count} documents unchanged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
