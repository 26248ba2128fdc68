"""``mtclean eval``: measure mtclean on an evaluation corpus.

::

    mtclean eval [CORPUS_DIR] [--json]

A corpus directory (``corpora/`` by default) holds, anywhere below it,
documents ``NAME.garbled.txt`` with their expected minimal clean version
``NAME.clean.txt`` and, optionally, a fluent human reference
``NAME.reference.txt``; and, in ``clean/``, clean English controls
(``*.txt``).  See ``corpora/README.md`` and ``docs/evaluation.md``.

For each garbled document the report gives the artifacts before cleaning
(differences between the garbled text and the expected clean version) and
remaining after it (differences between mtclean's output and the expected
clean version), by kind; chrF++ and TER against the reference before and
after cleaning (with the optional ``sacrebleu``: ``pip install mtclean[eval]``);
and the garble score.  In total it also gives the number of clean controls
that mtclean changes (the goal is 0) and the precision and recall of
:func:`mtclean.is_garbled` at its default threshold, separating the garbled
documents from the clean controls, from the expected clean versions of the
garbled documents, and from the controls tokenised in Penn Treebank style by
``sacremoses`` (spaced punctuation is not garble).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import ftfy
import regex

import mtclean
from mtclean import checklist
from mtclean.io import InputError, read
from mtclean.scoring import THRESHOLD

_TOKEN = regex.compile(r"\w+|\s+|[^\w\s]")
KINDS = ("spacing", "punctuation", "casing", "numbers", "words")


def _kind(before: str, after: str) -> str:
    """The kind of one difference between a text and its expected version.

    >>> _kind(" , ", ", "), _kind(" 、 ", ", "), _kind("The", "the")
    ('spacing', 'punctuation', 'casing')
    >>> _kind("8 month 9 Japan", "August 9"), _kind("Lingke", "Lynk & Co")
    ('numbers', 'words')
    """
    if "".join(before.split()) == "".join(after.split()):
        return "spacing"
    if before.lower() == after.lower():
        return "casing"
    if not regex.search(r"\w", before + after):
        return "punctuation"
    if regex.search(r"\d", before + after):
        return "numbers"
    return "words"


def artifacts(text: str, expected: str) -> Counter[str]:
    """The differences between ``text`` and ``expected``, counted by kind.

    Both texts are split into words, runs of spaces and single marks; each
    run of differing tokens is one artifact, and runs of words separated
    only by spaces are one (``60 the above`` → ``60 or more`` is one artifact).

    >>> sorted(artifacts("Sales rose , The firm said .", "Sales rose, the firm said.").items())
    [('casing', 1), ('spacing', 2)]
    >>> artifacts("aged 60 the above are", "aged 60 or more are")
    Counter({'words': 1})
    >>> artifacts("same", "same")
    Counter()
    """
    old, new = _TOKEN.findall(text), _TOKEN.findall(expected)
    hunks: list[list[int]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if hunks and _same_change(old, new, hunks[-1], (i1, i2, j1, j2)):
            hunks[-1][1], hunks[-1][3] = i2, j2
        else:
            hunks.append([i1, i2, j1, j2])
    return Counter(_kind("".join(old[i1:i2]), "".join(new[j1:j2])) for i1, i2, j1, j2 in hunks)


def _same_change(old: list[str], new: list[str], last: list[int], this: tuple[int, int, int, int]) -> bool:
    """Whether two runs of differing tokens are words of one change, with only spaces between."""
    between = "".join(old[last[1] : this[0]]) + "".join(new[last[3] : this[2]])
    words = ["".join(old[i1:i2]) + "".join(new[j1:j2]) for i1, i2, j1, j2 in (last, this)]
    return not between.strip() and all(regex.search(r"\w", text) for text in words)


@dataclass(frozen=True)
class Sample:
    """A document of the detection corpus: garbled (with its style) or clean, and its split."""

    name: str
    text: str
    garbled: bool
    held_out: bool
    style: str = ""


_DETECTION_NAME = regex.compile(r"(?P<topic>[a-z-]+)-(?P<number>\d{3})(?:-(?P<style>fluent|fragment|qa))?")


def detection_samples(root: Path) -> list[Sample]:
    """The documents of ``root/detection`` (``garbled/<topic>-<nnn>-<style>.txt``, ``clean/<topic>-<nnn>.txt``).

    A document is held out when its number ``nnn`` is divisible by 3
    (``corpora/detection/README.md``).  Files with other names are skipped.
    """
    samples = []
    for folder, garbled in (("garbled", True), ("clean", False)):
        for path in sorted((root / "detection" / folder).glob("*.txt")):
            match = _DETECTION_NAME.fullmatch(path.stem)
            if match is None or (match.group("style") is None) == garbled:
                continue
            held_out = int(match.group("number")) % 3 == 0
            samples.append(Sample(path.name, _text(path), garbled, held_out, match.group("style") or ""))
    return samples


def tokenised(samples: list[Sample], tokenise: Callable[[str], str]) -> list[Sample]:
    """The clean ``samples`` tokenised in Penn Treebank style: clean English still, not garble."""
    return [
        Sample(f"{sample.name} (tokenised)", tokenise(sample.text), False, sample.held_out)
        for sample in samples
        if not sample.garbled
    ]


@dataclass
class DocumentReport:
    """The figures for one garbled document."""

    name: str
    topic: str
    words: int
    score: float
    garbled: bool
    before: dict[str, int]
    remaining: dict[str, int]
    chrf_before: float | None = None
    chrf_after: float | None = None
    ter_before: float | None = None
    ter_after: float | None = None


@dataclass
class Detection:
    """How well :func:`mtclean.is_garbled` separates garbled from clean documents."""

    threshold: float
    true_positives: int
    false_negatives: int
    false_positives: dict[str, int]
    negatives: dict[str, int]
    precision: float
    recall: float
    misclassified: list[str] = field(default_factory=list)
    lowest_garbled_score: float = 0.0
    highest_negative_score: dict[str, float] = field(default_factory=dict)


@dataclass
class HeldOut:
    """How well :func:`mtclean.is_garbled` finds the held-out documents of ``corpora/detection``.

    ``recall_by_style`` gives, per style of garbled document (``fluent``,
    ``fragment``, ``qa``), the documents found and in all.
    """

    threshold: float
    found: int
    garbled: int
    flagged: dict[str, int]
    negatives: dict[str, int]
    precision: float
    recall: float
    recall_by_style: dict[str, tuple[int, int]]
    misclassified: list[str] = field(default_factory=list)


def held_out_detection(root: Path, tokenise: Callable[[str], str] | None) -> HeldOut | None:
    """Detection on the held-out split of ``root/detection`` (``None`` without that corpus).

    Negatives are the held-out clean documents and, with ``tokenise``, the
    same documents tokenised in Penn Treebank style.
    """
    samples = [sample for sample in detection_samples(root) if sample.held_out]
    if not samples:
        return None
    garbled = [sample for sample in samples if sample.garbled]
    groups = {"clean": [sample for sample in samples if not sample.garbled]}
    if tokenise is not None:
        groups["tokenised"] = tokenised(groups["clean"], tokenise)
    flagged = {
        s.name
        for s in [*garbled, *groups.get("tokenised", []), *groups["clean"]]
        if mtclean.is_garbled(s.text)
    }
    found = [sample for sample in garbled if sample.name in flagged]
    false = {group: [s.name for s in texts if s.name in flagged] for group, texts in groups.items()}
    flagged_total = len(found) + sum(len(names) for names in false.values())
    styles = sorted({sample.style for sample in garbled})
    return HeldOut(
        threshold=THRESHOLD,
        found=len(found),
        garbled=len(garbled),
        flagged={group: len(names) for group, names in false.items()},
        negatives={group: len(texts) for group, texts in groups.items()},
        precision=round(len(found) / flagged_total, 3) if flagged_total else 1.0,
        recall=round(len(found) / len(garbled), 3) if garbled else 1.0,
        recall_by_style={
            style: (
                sum(1 for s in found if s.style == style),
                sum(1 for s in garbled if s.style == style),
            )
            for style in styles
        },
        misclassified=[s.name for s in garbled if s.name not in flagged]
        + [n for names in false.values() for n in names],
    )


@dataclass
class Report:
    """The whole evaluation: per document, and in total."""

    documents: list[DocumentReport]
    before: dict[str, int]
    remaining: dict[str, int]
    chrf_improved: int
    referenced: int
    controls: int
    controls_changed: list[str]
    detection: Detection
    #: Detection on the held-out split of ``corpora/detection`` (``None`` without it).
    held_out: HeldOut | None
    notes: list[str]
    #: Checklist items fixed and in all, per cleaner ("mtclean", and the anchors "Moses", "ftfy"), per family.
    checklist: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    #: Pages and topics of the survey the checklist was written from.
    survey_pages: int = 0
    survey_topics: int = 0

    @property
    def remaining_share(self) -> float:
        """Artifacts remaining as a share of those before cleaning."""
        total = sum(self.before.values())
        return sum(self.remaining.values()) / total if total else 0.0


def _text(path: Path) -> str:
    return read(str(path))


def _metrics() -> tuple[Callable[[str, str], float], Callable[[str, str], float]] | None:
    try:
        from sacrebleu.metrics.chrf import CHRF
        from sacrebleu.metrics.ter import TER
    except ImportError:
        return None
    chrf, ter = CHRF(word_order=2), TER()
    return (
        lambda hypothesis, reference: round(chrf.sentence_score(hypothesis, [reference]).score, 2),
        lambda hypothesis, reference: round(ter.sentence_score(hypothesis, [reference]).score, 2),
    )


def tokeniser() -> Callable[[str], str] | None:
    """The Penn Treebank tokeniser of sacremoses, line by line (``None`` without sacremoses)."""
    try:
        from sacremoses import MosesTokenizer
    except ImportError:
        return None
    moses = MosesTokenizer(lang="en")
    return lambda text: "\n".join(
        moses.tokenize(line, escape=False, return_str=True) if line.strip() else line
        for line in text.split("\n")
    )


def _topic(path: Path, root: Path) -> str:
    parent = path.parent.relative_to(root).as_posix()
    return path.name.split("-")[0] if parent in ("", ".", "garbled") else parent


def evaluate(root: Path) -> Report:
    """Clean and measure every document of the corpus at ``root``.

    Raises :class:`~mtclean.io.InputError` for a file that cannot be read
    (a garbled document without its ``.clean.txt``, bad UTF-8).
    """
    metrics, tokenise = _metrics(), tokeniser()
    notes = []
    if metrics is None:
        notes.append("chrF++ and TER not measured: install sacrebleu (pip install mtclean[eval])")
    if tokenise is None:
        notes.append("tokenised controls not measured: install sacremoses (pip install mtclean[eval])")
    documents = []
    before: Counter[str] = Counter()
    remaining: Counter[str] = Counter()
    for path in sorted(root.rglob("*.garbled.txt")):
        name = path.name.removesuffix(".garbled.txt")
        garbled, expected = _text(path), _text(path.with_name(f"{name}.clean.txt"))
        cleaned = mtclean.clean(garbled)
        document = DocumentReport(
            name=name,
            topic=_topic(path, root),
            words=mtclean.scoring.words(garbled),
            score=mtclean.score(garbled),
            garbled=mtclean.is_garbled(garbled),
            before=dict(artifacts(garbled, expected)),
            remaining=dict(artifacts(cleaned, expected)),
        )
        reference_path = path.with_name(f"{name}.reference.txt")
        if metrics is not None and reference_path.exists():
            reference = _text(reference_path)
            chrf, ter = metrics
            document.chrf_before, document.chrf_after = chrf(garbled, reference), chrf(cleaned, reference)
            document.ter_before, document.ter_after = ter(garbled, reference), ter(cleaned, reference)
        before.update(document.before)
        remaining.update(document.remaining)
        documents.append(document)
    controls = sorted((root / "clean").glob("*.txt"))
    control_texts = {path.name: _text(path) for path in controls}
    changed = [name for name, text in control_texts.items() if mtclean.clean(text) != text]
    negatives = {
        "clean": list(control_texts.items()),
        "expected": [(f"{path.name} (expected)", _text(path)) for path in sorted(root.rglob("*.clean.txt"))],
    }
    if tokenise is not None:
        negatives["tokenised"] = [
            (f"{name} (tokenised)", tokenise(text)) for name, text in control_texts.items()
        ]
    referenced = [d for d in documents if d.chrf_before is not None and d.chrf_after is not None]
    try:
        pages = checklist.survey(root / "survey") if (root / "survey").is_dir() else []
    except checklist.ChecklistError as error:
        raise InputError(str(error)) from error
    return Report(
        documents=documents,
        before=dict(before),
        remaining=dict(remaining),
        chrf_improved=sum(1 for d in referenced if (d.chrf_after or 0) > (d.chrf_before or 0)),
        referenced=len(referenced),
        controls=len(controls),
        controls_changed=changed,
        detection=_detection(documents, negatives),
        held_out=held_out_detection(root, tokenise),
        notes=notes,
        checklist=_checklist(root / "checklist", notes),
        survey_pages=len(pages),
        survey_topics=len({page.topic for page in pages}),
    )


def _checklist(root: Path, notes: list[str]) -> dict[str, dict[str, tuple[int, int]]]:
    """The checklist's scores for mtclean and the anchors (``{}`` without a checklist)."""
    if not root.is_dir():
        return {}
    try:
        items = checklist.load(root)
    except checklist.ChecklistError as error:
        raise InputError(str(error)) from error
    cleaners: dict[str, Callable[[str], str] | None] = {
        "mtclean": mtclean.clean,
        "Moses": checklist.moses_detokenizer(),
        "ftfy": ftfy.fix_text,
    }
    if cleaners["Moses"] is None:
        notes.append(
            "the checklist's Moses anchor not measured: install sacremoses (pip install mtclean[eval])"
        )
    return {name: checklist.scores(items, clean) for name, clean in cleaners.items() if clean is not None}


def _detection(documents: list[DocumentReport], negatives: dict[str, list[tuple[str, str]]]) -> Detection:
    true_positives = sum(1 for d in documents if d.garbled)
    missed = [d.name for d in documents if not d.garbled]
    false: dict[str, int] = {}
    wrong = []
    highest: dict[str, float] = {}
    for group, texts in negatives.items():
        scores = {name: mtclean.score(text) for name, text in texts}
        flagged = [name for name, value in scores.items() if value >= THRESHOLD]
        false[group] = len(flagged)
        highest[group] = max(scores.values(), default=0.0)
        wrong.extend(flagged)
    flagged_total = true_positives + sum(false.values())
    return Detection(
        threshold=THRESHOLD,
        true_positives=true_positives,
        false_negatives=len(missed),
        false_positives=false,
        negatives={group: len(texts) for group, texts in negatives.items()},
        precision=round(true_positives / flagged_total, 3) if flagged_total else 1.0,
        recall=round(true_positives / len(documents), 3) if documents else 1.0,
        misclassified=missed + wrong,
        lowest_garbled_score=min((d.score for d in documents), default=0.0),
        highest_negative_score=highest,
    )


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _kinds(counts: dict[str, int]) -> str:
    return ", ".join(f"{kind} {counts[kind]}" for kind in KINDS if counts.get(kind)) or "none"


def table(report: Report) -> str:
    """The report as a plain-text table."""
    header = ("document", "words", "score", "before", "left", "chrF++ before", "after", "TER before", "after")
    rows: list[tuple[str, ...]] = [
        (
            d.name,
            str(d.words),
            f"{d.score:.1f}",
            str(sum(d.before.values())),
            str(sum(d.remaining.values())),
            _figure(d.chrf_before),
            _figure(d.chrf_after),
            _figure(d.ter_before),
            _figure(d.ter_after),
        )
        for d in report.documents
    ]
    total_before, total_left = sum(report.before.values()), sum(report.remaining.values())
    rows.append(
        ("TOTAL", str(sum(d.words for d in report.documents)), "", str(total_before), str(total_left))
    )
    widths = [max(len(row[i]) for row in [header, *rows] if i < len(row)) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    detection = report.detection
    negatives = ", ".join(
        f"{detection.false_positives[group]} of {count} {group}"
        for group, count in detection.negatives.items()
    )
    lines += [
        "",
        f"documents: {len(report.documents)} garbled in {len({d.topic for d in report.documents})} topics",
        f"artifacts before: {total_before} ({_kinds(report.before)})",
        f"artifacts remaining: {total_left} = {100 * report.remaining_share:.1f}% ({_kinds(report.remaining)})",
        f"chrF++ rose on {report.chrf_improved} of {report.referenced} documents with a reference",
        f"clean controls changed: {len(report.controls_changed)} of {report.controls}"
        + "".join(f"\n  {name}" for name in report.controls_changed),
        f"is_garbled at threshold {detection.threshold}: precision {detection.precision:.3f}, "
        f"recall {detection.recall:.3f} ({detection.true_positives} of {len(report.documents)} garbled found; "
        f"flagged {negatives})" + "".join(f"\n  misclassified: {name}" for name in detection.misclassified),
        f"  lowest garbled score {detection.lowest_garbled_score:.1f}; highest negative score "
        + ", ".join(f"{value:.1f} {group}" for group, value in detection.highest_negative_score.items()),
        *_held_out_lines(report.held_out),
        *_checklist_table(report),
        *(f"note: {note}" for note in report.notes),
    ]
    return "\n".join(lines) + "\n"


def _held_out_lines(held: HeldOut | None) -> list[str]:
    """The report's lines on the held-out detection split ([] without it)."""
    if held is None:
        return []
    negatives = ", ".join(
        f"{held.flagged[group]} of {count} {group}" for group, count in held.negatives.items()
    )
    styles = ", ".join(
        f"{style} {found / total:.3f} ({found} of {total})"
        for style, (found, total) in held.recall_by_style.items()
    )
    return [
        "",
        f"detection, held-out split of corpora/detection, threshold {held.threshold}: "
        f"precision {held.precision:.3f}, recall {held.recall:.3f} "
        f"({held.found} of {held.garbled} garbled found; flagged {negatives})",
        f"  recall by style: {styles}",
        *(f"  misclassified: {name}" for name in held.misclassified),
    ]


def _share(fixed: int, total: int) -> str:
    return f"{fixed}/{total}" + (f" {100 * fixed / total:.0f}%" if total else "")


def _checklist_table(report: Report) -> list[str]:
    """The checklist's lines of the report: items fixed per family, mtclean beside its anchors."""
    if not report.checklist:
        return []
    cleaners = list(report.checklist)
    families = list(report.checklist["mtclean"])
    totals = {
        name: tuple(map(sum, zip(*scores.values(), strict=True))) for name, scores in report.checklist.items()
    }
    rows = [("family", *(f"{name} fixed" for name in cleaners))]
    rows += [(family, *(_share(*report.checklist[name][family]) for name in cleaners)) for family in families]
    rows.append(("TOTAL", *(_share(*totals[name]) for name in cleaners)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "",
        f"real-garble checklist: {totals['mtclean'][1]} items written from {report.survey_pages} real pages "
        f"in {report.survey_topics} topics",
        *(
            "  "
            + "  ".join(
                cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
            )
            for row in rows
        ),
        f"checklist fixed: {totals['mtclean'][0]}/{totals['mtclean'][1]}",
    ]


def main(argv: Sequence[str]) -> int:
    """Run ``mtclean eval``; returns the exit code (2 if the corpus cannot be read)."""
    parser = argparse.ArgumentParser(
        prog="mtclean eval", description="Measure mtclean on an evaluation corpus."
    )
    parser.add_argument("corpus", nargs="?", default="corpora", metavar="CORPUS_DIR", type=Path)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    arguments = parser.parse_args(argv)
    root: Path = arguments.corpus
    if not root.is_dir():
        print(f"mtclean eval: {root}: not a directory", file=sys.stderr)
        return 2
    try:
        report = evaluate(root)
    except InputError as error:
        print(f"mtclean eval: {error}", file=sys.stderr)
        return 2
    if arguments.json:
        data = asdict(report)
        data["remaining_share"] = round(report.remaining_share, 4)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(table(report))
    return 0
