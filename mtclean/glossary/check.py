"""``mtclean glossary check``: everything a reviewer would check in a glossary file.

:func:`check` reads glossary files and returns every :class:`Problem` it
finds, each naming the file, the line and the entry:

* schema: missing or unknown fields, wrong types, an unknown kind, a kind
  that does not belong in the file;
* place: every shipped file in a domain folder (``data/<domain>/``);
* order: each file sorted by ``name`` (case-insensitively);
* duplicates: two entries with the same name;
* a rendering that is another entry's (or its own) official name;
* a rendering claimed twice;
* a safe rendering of a name whose other casings would match ordinary
  English (a one-word rendering that is an English word or name in lower
  case), and one whose other casing is another entry's name or rendering;
* a safe (``wrong``) rendering that is an ordinary English word, and an
  ambiguous one-word rendering that is a very common word but has no
  ``adjacent`` evidence (the sentence is too wide a window for ``public``);
* a context word that is itself an ambiguous rendering (no evidence at all);
* a term with plural renderings but no ``plural``;
* a casing-only place (``wrong: []``) whose name has no lower-case variant;
* an ambiguous entry without a ``keep`` sentence;
* examples that do not come out as stated, or do not use the entry;
* ``keep`` sentences that change;
* the translationese markers (``mtclean/data/markers.yaml``,
  :func:`mtclean.markers.problems`): schema, order, examples that show
  their marker, keep sentences that show none.

Examples and keep sentences run through the whole default pipeline with the
checked glossary, exactly as the test suite runs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from mtclean import markers
from mtclean.glossary import Glossary
from mtclean.glossary.model import (
    DOMAINS,
    FILE_KINDS,
    NAME_KINDS,
    Entry,
    Problem,
    case_variants,
    casing_only,
    data_files,
    domain_of,
    lower_case_variant,
    read_file,
)
from mtclean.words import english_words, is_common


def _problem(entry: Entry, line: int, message: str) -> Problem:
    return Problem(entry.path, line, entry.name, message)


def checked_files(paths: Iterable[Path] = ()) -> list[Path]:
    """The shipped files plus ``paths``, each once."""
    seen: dict[Path, Path] = {}
    for path in [*data_files(), *paths]:
        seen.setdefault(path.resolve(), path)
    return list(seen.values())


def _check_place(path: Path) -> Iterable[Problem]:
    """A shipped file must lie in a domain folder: ``data/<domain>/<kind file>.yaml``."""
    if domain_of(str(path)):
        return
    yield Problem(
        str(path),
        0,
        "",
        f"a shipped glossary file must lie in a domain folder (data/<domain>/): {', '.join(DOMAINS)}",
    )


def _check_file(path: Path, entries: Sequence[Entry]) -> Iterable[Problem]:
    kind = FILE_KINDS.get(path.stem)
    previous: Entry | None = None
    for entry in entries:
        if kind is not None and entry.kind != kind:
            yield _problem(
                entry, entry.line_of("kind"), f"kind {entry.kind!r} does not belong in {path.name}"
            )
        if previous is not None and entry.name.casefold() < previous.name.casefold():
            yield _problem(
                entry,
                entry.line,
                f"entries are not sorted by name: {entry.name!r} comes after {previous.name!r}",
            )
        previous = entry


def _check_entry(entry: Entry) -> Iterable[Problem]:
    if not entry.source.startswith(("https://", "http://")):
        yield _problem(entry, entry.line_of("source"), f"source {entry.source!r} is not a URL")
    for index, rendering in enumerate(entry.wrong):
        if " " not in rendering and is_common(rendering):
            yield _problem(
                entry,
                entry.line_of("wrong", index),
                f"safe rendering {rendering!r} is a common English word: move it to 'ambiguous'",
            )
    if entry.kind in NAME_KINDS:
        for index, rendering in enumerate(entry.wrong):
            if " " not in rendering and rendering.lower() in english_words() and not is_common(rendering):
                yield _problem(
                    entry,
                    entry.line_of("wrong", index),
                    f"safe rendering {rendering!r} is an English word or name in lower case: its other "
                    "casings would match ordinary English; move it to 'ambiguous'",
                )
    if not entry.adjacent:
        for index, rendering in enumerate(entry.ambiguous):
            if " " not in rendering and is_common(rendering):
                yield _problem(
                    entry,
                    entry.line_of("ambiguous", index),
                    f"ambiguous rendering {rendering!r} is a very common word: it needs 'adjacent' evidence",
                )
    if casing_only(entry) and lower_case_variant(entry) is None:
        yield _problem(
            entry,
            entry.line_of("wrong"),
            "a place with no rendering repairs only its name in lower case, and this name is not "
            "one word of pinyin of four letters or more, or is English in lower case: it repairs nothing",
        )
    if entry.ambiguous and not entry.keep:
        yield _problem(entry, entry.line_of("ambiguous"), "ambiguous renderings need a 'keep' sentence")
    if entry.in_lists and entry.kind not in NAME_KINDS:
        yield _problem(entry, entry.line_of("in_lists"), "'in_lists' renderings are for names only")
    if entry.in_lists and not entry.keep:
        yield _problem(entry, entry.line_of("in_lists"), "'in_lists' renderings need a 'keep' sentence")
    plurals = entry.plural_renderings()
    if plurals and entry.kind in ("term", "phrase") and not entry.plural:
        example = sorted(plurals)[0]
        yield _problem(entry, entry.line, f"{example!r} is a plural rendering: give the 'plural' name")
    if entry.plural and not plurals:
        yield _problem(entry, entry.line_of("plural"), "'plural' is given but no rendering is a plural")
    if entry.kind == "phrase" and entry.name[:1].isupper():
        yield _problem(entry, entry.line, "a phrase name is written in lower case")


def _check_keep_markers(entries: Sequence[Entry]) -> list[Problem]:
    """A keep sentence is ordinary English: no translationese marker that counts on its own may show in it.

    A marker raises the garble score, and a keep sentence is the entry's
    proof of a clean use (a shared marker counts only beside other evidence).
    """
    found = markers.default()
    problems = []
    for entry in entries:
        for sentence in entry.keep:
            hits = [hit for hit in found.find(sentence) if hit.marker not in found.shared]
            if hits:
                problems.append(
                    Problem(
                        entry.path,
                        entry.lines.get(("keep", entry.keep.index(sentence)), entry.line),
                        entry.name,
                        f"keep sentence {sentence!r} shows the translationese marker {hits[0].marker!r}",
                    )
                )
    return problems


def _check_claims(entries: Sequence[Entry]) -> Iterable[Problem]:
    names: dict[str, Entry] = {}
    for entry in entries:
        first = names.setdefault(entry.name, entry)
        if first is not entry:
            yield _problem(
                entry, entry.line, f"duplicate entry: {entry.name!r} is also at {first.path}:{first.line}"
            )
    claimed: dict[str, Entry] = {}
    ambiguous: dict[str, Entry] = {}
    for entry in entries:
        own: set[str] = set()
        for field in ("wrong", "ambiguous"):
            for index, rendering in enumerate(getattr(entry, field)):
                line = entry.line_of(field, index)
                owner = names.get(rendering)
                if owner is entry:
                    yield _problem(entry, line, f"rendering {rendering!r} is the entry's own name")
                elif owner is not None:
                    yield _problem(
                        entry,
                        line,
                        f"rendering {rendering!r} is the official name of another entry ({owner.path}:{owner.line})",
                    )
                if rendering in own:
                    yield _problem(entry, line, f"rendering {rendering!r} is listed twice in this entry")
                own.add(rendering)
                first = claimed.setdefault(rendering, entry)
                if first is not entry:
                    yield _problem(
                        entry,
                        line,
                        f"rendering {rendering!r} is also claimed by {first.name!r} ({first.path}:{first.line})",
                    )
                if field == "ambiguous":
                    ambiguous.setdefault(rendering, entry)
    forms: dict[str, Entry] = {**claimed, **names}
    variants = [
        (entry, index, rendering, variant)
        for entry in entries
        if entry.kind in NAME_KINDS
        for index, rendering in enumerate(entry.wrong)
        for variant in case_variants(rendering)
    ]
    for entry, _, _, variant in variants:
        forms.setdefault(variant, entry)
    for entry, index, rendering, variant in variants:
        owner = forms[variant]
        if owner is not entry:
            yield _problem(
                entry,
                entry.line_of("wrong", index),
                f"{variant!r}, another casing of safe rendering {rendering!r}, is also "
                f"{owner.name!r}'s ({owner.path}:{owner.line})",
            )
    for entry in entries:
        for field in ("context", "adjacent"):
            for index, word in enumerate(getattr(entry, field)):
                owner = ambiguous.get(word)
                if owner is not None:
                    yield _problem(
                        entry,
                        entry.line_of(field, index),
                        f"{field} word {word!r} is an ambiguous rendering of {owner.name!r}: it is no evidence",
                    )


def _check_sentences(entries: Sequence[Entry], glossary: Glossary) -> Iterable[Problem]:
    from mtclean.pipeline import Pipeline  # the pipeline imports the glossary package

    pipeline = Pipeline(glossary=glossary)
    for entry in entries:
        targets = {entry.name, entry.plural} - {""}
        for index, example in enumerate(entry.examples):
            line = entry.line_of("examples", index)
            result = pipeline.explain(example.garbled)
            if result.text != example.clean:
                yield _problem(entry, line, f"example gives {result.text!r}, not {example.clean!r}")
            elif example.garbled == example.clean:
                yield _problem(
                    entry, line, "example changes nothing: show a fix, and put clean text in 'keep'"
                )
            elif not any(
                change.rule.startswith(("glossary.", "phrases.")) and change.after.casefold().endswith(target)
                for change in result.changes
                for target in _folded(targets)
            ):
                yield _problem(entry, line, "example does not use this entry")
        for index, sentence in enumerate(entry.keep):
            cleaned = pipeline.clean(sentence)
            if cleaned != sentence:
                yield _problem(entry, entry.line_of("keep", index), f"keep sentence changes to {cleaned!r}")


def _folded(names: Iterable[str]) -> set[str]:
    return {name.casefold() for name in names}


def check(paths: Iterable[Path] = (), *, sentences: bool = True) -> list[Problem]:
    """Every problem in the shipped glossary files and ``paths``.

    ``sentences=False`` skips running the examples and keep sentences.
    """
    problems: list[Problem] = []
    entries: list[Entry] = []
    shipped = set(data_files())
    for path in checked_files(paths):
        found, read_problems = read_file(path)
        problems.extend(read_problems)
        problems.extend(_check_file(path, found))
        if path in shipped:
            problems.extend(_check_place(path))
        entries.extend(found)
    for entry in entries:
        problems.extend(_check_entry(entry))
    problems.extend(_check_claims(entries))
    if sentences:
        problems.extend(_check_sentences(entries, Glossary(entries)))
    problems.extend(markers.problems())
    problems.extend(_check_keep_markers(entries))
    return sorted(problems, key=lambda problem: (problem.path, problem.line, problem.message))
