"""Turn rows of a glossary facts table (TSV) into YAML entry skeletons.

The facts table has the columns ``zh en category wrong_safe wrong_ambiguous
context source``; cells holding several values separate them with `` | ``,
and a ``context`` cell that starts with ``[variant]`` marks an entry whose
ambiguous renderings are legitimate variants (``variant: true``).

The output is a *skeleton*: it has no examples and no keep sentences, so
``mtclean glossary check`` rejects it until a contributor has written them,
reviewed every rendering (is it really never English?) and chosen the
evidence (``context`` for the sentence, ``adjacent`` for very common words).
See ``docs/glossary.md``.

Usage::

    python tools/facts_to_yaml.py FACTS.tsv [--kind brand] [--new] > skeleton.yaml

``--new`` leaves out names that are already in the shipped glossary.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

#: The order of fields in an entry, as the shipped files write them.
FIELDS = (
    "name",
    "zh",
    "kind",
    "wrong",
    "ambiguous",
    "context",
    "adjacent",
    "not_context",
    "not_before",
    "not_after",
    "variant",
    "plural",
    "examples",
    "keep",
    "source",
    "notes",
)
_PLAIN = re.compile(r"[A-Za-z0-9\u00c0-\uffff][A-Za-z0-9\u00c0-\uffff .'’&()/+-]*")
_PLAIN_BLOCK = re.compile(r"[A-Za-z0-9\u00c0-\uffff(][A-Za-z0-9\u00c0-\uffff .,;:!?'’&()/+%$=-]*")
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"}


def split(cell: str) -> list[str]:
    """The values of a `` | ``-separated cell."""
    return [value.strip() for value in cell.split("|") if value.strip()]


def entry_from_row(row: Mapping[str, str]) -> dict[str, Any]:
    """A skeleton entry for one row of the facts table."""
    context = split(row.get("context", ""))
    variant = bool(context) and context[0] == "[variant]"
    entry: dict[str, Any] = {
        "name": row["en"],
        "zh": row["zh"],
        "kind": row["category"],
        "wrong": split(row.get("wrong_safe", "")),
        "ambiguous": split(row.get("wrong_ambiguous", "")),
        "context": context[1:] if variant else context,
        "examples": [],
        "keep": [],
        "source": row["source"],
    }
    if variant:
        entry["variant"] = True
    return entry


def read_facts(path: Path) -> Iterator[dict[str, Any]]:
    """Skeleton entries for every row of a facts TSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            yield entry_from_row(row)


def scalar(value: str, *, flow: bool) -> str:
    """``value`` as a YAML scalar: plain when that is safe, else double-quoted."""
    plain = _PLAIN if flow else _PLAIN_BLOCK
    if (
        plain.fullmatch(value)
        and value.lower() not in _RESERVED
        and ": " not in value
        and not value.endswith((":", " "))
        and not re.fullmatch(r"[-+.\d]+", value)
    ):
        return value
    return json.dumps(value, ensure_ascii=False)


def _flow(values: Sequence[str]) -> str:
    return "[" + ", ".join(scalar(value, flow=True) for value in values) + "]"


def dump_entry(entry: Mapping[str, Any]) -> str:
    """One entry in the house style: short lists in flow style, sentences one per line."""
    lines = []
    for key in FIELDS:
        if key not in entry:
            continue
        value = entry[key]
        prefix = "- " if not lines else "  "
        if key == "examples":
            if not value:
                lines.append(f"{prefix}examples: []  # TODO: at least one garbled → clean pair")
                continue
            lines.append(f"{prefix}examples:")
            for example in value:
                lines.append(f"    - garbled: {scalar(example['garbled'], flow=False)}")
                lines.append(f"      clean: {scalar(example['clean'], flow=False)}")
        elif key == "keep":
            if not value:
                if entry.get("ambiguous"):
                    lines.append(f"{prefix}keep: []  # TODO: clean sentences using the ambiguous renderings")
                continue
            lines.append(f"{prefix}keep:")
            lines.extend(f"    - {scalar(sentence, flow=False)}" for sentence in value)
        elif isinstance(value, bool):
            if value:
                lines.append(f"{prefix}{key}: true")
        elif isinstance(value, list):
            if value or key == "wrong":
                lines.append(f"{prefix}{key}: {_flow(value)}")
        elif value:
            lines.append(f"{prefix}{key}: {scalar(str(value), flow=False)}")
    return "\n".join(lines) + "\n"


def dump(entries: Iterable[Mapping[str, Any]], header: str = "") -> str:
    """A glossary file: the header comment, then the entries sorted by name."""
    body = "\n".join(dump_entry(entry) for entry in sorted(entries, key=lambda e: str(e["name"]).casefold()))
    return (header + "\n" if header else "") + body


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("facts", type=Path, help="the facts TSV file")
    parser.add_argument("--kind", help="only rows of this category")
    parser.add_argument("--new", action="store_true", help="leave out names already in the glossary")
    arguments = parser.parse_args(argv)
    entries = [e for e in read_facts(arguments.facts) if arguments.kind in (None, e["kind"])]
    if arguments.new:
        from mtclean.glossary import load_glossary

        known = {entry.name for entry in load_glossary().entries}
        entries = [entry for entry in entries if entry["name"] not in known]
    sys.stdout.write(dump(entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
