"""The ``mtclean`` command: clean files or standard input.

Exit codes: 0 success, 1 changes found with ``--check``, 2 usage or input
error (one line on stderr naming the file and the cause, never a traceback).
``mtclean glossary ...`` is handed to :mod:`mtclean.glossary.cli`
(``mtclean ./glossary`` cleans a file of that name), ``mtclean eval ...`` to
:mod:`mtclean.evaluate`.  docs/cli.md documents every option.

Inputs are read as a stream: text is cleaned a window of paragraphs at a
time (:func:`mtclean.pipeline.windows`), JSON Lines a batch of records at a
time, so memory stays bounded whatever the input's size, and ``-j`` hands the
windows to worker processes and writes their results in input order.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import fnmatch
import gc
import json
import os
import re
import signal
import stat
import sys
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO, get_args

from mtclean import __version__, config, score_details
from mtclean.edits import Explanation
from mtclean.glossary import load_glossary
from mtclean.glossary.model import GlossaryError
from mtclean.io import (
    InputError,
    Reader,
    Writer,
    atomic_write,
    check_encoding,
    is_binary,
    open_file,
    validate,
)
from mtclean.passes import DEFAULT_PASSES
from mtclean.pipeline import WINDOW, Format, Pipeline, windows
from mtclean.rules import DateStyle, Options

#: Inputs larger than this get a progress bar (when stderr is a terminal).
PROGRESS_THRESHOLD = 4 << 20
#: Characters of JSON Lines handed to a worker at a time.
BATCH = 1 << 18


class UsageError(Exception):
    """A command line (or ``[tool.mtclean]``) that asks for something impossible."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtclean",
        description="Repair garbled Chinese-to-English machine translation.  "
        "With no FILE, or with '-', read standard input and write standard output.",
        epilog="Exit codes: 0 ok, 1 changes found with --check, 2 usage or input error.  "
        "Settings can also come from [tool.mtclean] in pyproject.toml.  See docs/cli.md.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="files (or, with -r, directories) to clean")

    output = parser.add_argument_group("what to do with the cleaned text (default: print it)")
    output.add_argument("-i", "--in-place", action="store_true", help="rewrite each FILE atomically")
    output.add_argument("-o", "--output", metavar="FILE", help="write the cleaned text to FILE")
    output.add_argument("--diff", action="store_true", help="print a unified diff instead; write nothing")
    output.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if any input would change"
    )
    output.add_argument(
        "--explain", action="store_true", help="print each change as file:line:col rule 'before' → 'after'"
    )
    output.add_argument("--score", action="store_true", help="print each input's garble score instead")
    output.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the diff (auto: when standard output is a terminal)",
    )

    rules = parser.add_argument_group("rules")
    rules.add_argument("--only", metavar="PASS,...", action="append", help="run only these passes")
    rules.add_argument(
        "--disable", metavar="PASS_OR_RULE,...", action="append", help="skip these passes or rules"
    )
    rules.add_argument("--list-rules", action="store_true", help="list every pass and rule, then exit")
    rules.add_argument("--glossary", metavar="FILE", action="append", help="add a glossary file (repeatable)")
    rules.add_argument(
        "--date-style", choices=get_args(DateStyle), help="August 9, 2021 (month-first) or 9 August 2021"
    )

    inputs = parser.add_argument_group("inputs")
    inputs.add_argument(
        "--format",
        choices=get_args(Format),
        default="text",
        help="text and markdown (the default) clean everything but protected spans; "
        "html cleans only the text between tags",
    )
    inputs.add_argument("--encoding", metavar="NAME", help="text encoding of inputs and outputs (utf-8)")
    inputs.add_argument(
        "-r", "--recursive", action="store_true", help="clean the files in directories, recursively"
    )
    inputs.add_argument(
        "--include", metavar="GLOB", action="append", help="with -r, clean only matching files (repeatable)"
    )
    inputs.add_argument(
        "--exclude", metavar="GLOB", action="append", help="with -r, skip matching files and directories"
    )
    inputs.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines; clean one field")
    inputs.add_argument("--field", metavar="NAME", help="with --jsonl, the field to clean (default: text)")

    running = parser.add_argument_group("running")
    running.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes (0: one per CPU)")
    running.add_argument("-q", "--quiet", action="store_true", help="no progress bar, notes or warnings")
    running.add_argument("--version", action="version", version=f"mtclean {__version__}")
    return parser


@dataclass(frozen=True)
class Settings:
    """What a worker needs to build the pipeline and clean a unit of input."""

    only: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    glossary: tuple[str, ...] = ()
    date_style: DateStyle = "month-first"
    field: str | None = None
    format: Format = "text"
    #: Whether to locate every change (``--explain``); plain cleaning is faster.
    explain: bool = False

    def pipeline(self) -> Pipeline:
        """The pipeline these settings describe."""
        passes = [p for p in DEFAULT_PASSES if p.name in self.only] if self.only else None
        return Pipeline(
            passes,
            glossary=load_glossary(*map(Path, self.glossary)),
            options=Options(date_style=self.date_style),
            disable=self.disable,
        )


#: A located change: line, column (both from 1), rule, before, after, evidence ("" if none).
Located = tuple[int, int, str, str, str, str]


@dataclass(frozen=True)
class Unit:
    """A piece of one input: its text and the number of its first line."""

    text: str
    line: int


@dataclass(frozen=True)
class Result:
    """The cleaned text of a unit and its changes (the unit itself stays in the main process)."""

    new: str
    changes: list[Located]


_WORKER: tuple[Settings, Pipeline] | None = None
_NEWLINE = re.compile("\n")


def _start_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = (settings, settings.pipeline())


def _start_pool_worker(settings: Settings) -> None:
    # Ctrl-C is the main process's to handle; workers just stop with the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _start_worker(settings)


def _clean_unit(unit: Unit) -> Result:
    """Clean one unit with this process's pipeline (built by :func:`_start_worker`)."""
    assert _WORKER is not None
    settings, pipeline = _WORKER
    if settings.field is not None:
        return _clean_records(unit, settings.field, pipeline, settings.explain)
    if not settings.explain:
        return Result(pipeline.clean(unit.text, settings.format), [])
    explanation = pipeline.explain(unit.text, settings.format)
    breaks = [m.start() for m in _NEWLINE.finditer(unit.text)] if explanation.changes else []
    changes = []
    for change in explanation.changes:
        row = bisect_right(breaks, change.start - 1)
        column = change.start - (breaks[row - 1] + 1 if row else 0)
        changes.append(
            (unit.line + row, column + 1, change.rule, change.before, change.after, change.evidence)
        )
    return Result(explanation.text, changes)


def _clean_records(unit: Unit, field: str, pipeline: Pipeline, explain: bool) -> Result:
    """Clean ``field`` in each JSON Lines record of ``unit``; records left unchanged keep their bytes."""
    output: list[str] = []
    changes: list[Located] = []
    for number, line in enumerate(_lines(unit.text), start=unit.line):
        body = line.rstrip("\r\n")
        if not body.strip():
            output.append(line)
            continue
        record = _record(body, number, field)
        value = record[field]
        if not isinstance(value, str):
            output.append(line)
            continue
        explanation = pipeline.explain(value) if explain else Explanation(pipeline.clean(value), [])
        if explanation.text == value:
            output.append(line)
            continue
        record[field] = explanation.text
        output.append(json.dumps(record, ensure_ascii=False) + line[len(body) :])
        changes.extend(
            (number, c.start + 1, c.rule, c.before, c.after, c.evidence) for c in explanation.changes
        )
    return Result("".join(output), changes)


def _record(body: str, number: int, field: str) -> dict[str, Any]:
    """The JSON object on line ``number``, which must have ``field``."""
    try:
        record = json.loads(body)
    except json.JSONDecodeError as error:
        raise InputError(f"line {number}: not valid JSON: {error.msg}") from None
    if not isinstance(record, dict):
        raise InputError(f"line {number}: the record is not a JSON object")
    if field not in record:
        raise InputError(f"line {number}: the record has no field {field!r}")
    return record


def _scores(text: str, label: str, field: str | None, format: Format) -> Iterator[str]:
    """``--score`` lines: ``label<TAB>score<TAB>top signals`` for the input, or per JSON Lines record."""
    if field is None:
        details = score_details(text, format)
        yield f"{label}\t{details.value:.2f}\t{details.top()}".rstrip("\t")
        return
    for number, line in enumerate(_lines(text), start=1):
        body = line.rstrip("\r\n")
        if body.strip():
            value = _record(body, number, field)[field]
            if isinstance(value, str):
                details = score_details(value)
                yield f"{label}:{number}\t{details.value:.2f}\t{details.top()}".rstrip("\t")


def _line_batches(chunks: Iterable[str]) -> Iterator[str]:
    """Whole lines of ``"".join(chunks)``, grouped into batches of about :data:`BATCH` characters."""
    pending = ""
    for chunk in chunks:
        pending += chunk
        if len(pending) >= BATCH:
            cut = pending.rfind("\n") + 1
            if cut:
                yield pending[:cut]
                pending = pending[cut:]
    if pending:
        yield pending


def _units(texts: Iterable[str]) -> Iterator[Unit]:
    line = 1
    for text in texts:
        yield Unit(text, line)
        line += text.count("\n")


def _in_order(
    clean: Callable[[Unit], Result], units: Iterable[Unit], executor: Executor | None, ahead: int
) -> Iterator[tuple[Unit, Result]]:
    """Each unit with ``clean(unit)``, run by ``executor`` with at most ``ahead`` units in flight."""
    if executor is None:
        for unit in units:
            yield unit, clean(unit)
        return
    pending: deque[tuple[Unit, Future[Result]]] = deque()
    for unit in units:
        pending.append((unit, executor.submit(clean, unit)))
        if len(pending) >= ahead:
            first, future = pending.popleft()
            yield first, future.result()
    while pending:
        first, future = pending.popleft()
        yield first, future.result()


# ---------------------------------------------------------------------------
# Output


def _lines(text: str) -> list[str]:
    """``text`` split after each ``\\n`` (only: other line separators are text)."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


class Diff:
    """A unified diff printed as the units come, with line numbers for the whole input."""

    def __init__(self, out: TextIO, name: str, colour: bool) -> None:
        self.out = out
        self.name = name
        self.colour = colour
        self.started = False
        self.old_line = self.new_line = 1

    def add(self, unit: Unit, result: Result) -> None:
        """Print the hunks for one unit."""
        old, new = _lines(unit.text), _lines(result.new)
        if old != new:
            matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
            for group in matcher.get_grouped_opcodes(3):
                self._hunk(old, new, group)
        self.old_line += unit.text.count("\n")
        self.new_line += result.new.count("\n")

    def _hunk(self, old: list[str], new: list[str], group: list[tuple[str, int, int, int, int]]) -> None:
        if not self.started:
            self.started = True
            self._print(f"--- {self.name}\t(original)\n", "1")
            self._print(f"+++ {self.name}\t(cleaned)\n", "1")
        first, last = group[0], group[-1]
        old_range = _range(self.old_line + first[1], last[2] - first[1])
        new_range = _range(self.new_line + first[3], last[4] - first[3])
        self._print(f"@@ -{old_range} +{new_range} @@\n", "36")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for line in old[i1:i2]:
                    self._line(" ", line, "")
                continue
            for line in old[i1:i2]:
                self._line("-", line, "31")
            for line in new[j1:j2]:
                self._line("+", line, "32")

    def _line(self, sign: str, line: str, colour: str) -> None:
        if line.endswith("\n"):
            self._print(sign + line, colour)
        else:
            self._print(sign + line + "\n", colour)
            self.out.write("\\ No newline at end of file\n")

    def _print(self, text: str, colour: str) -> None:
        if self.colour and colour:
            self.out.write(f"\x1b[{colour}m{text[:-1]}\x1b[0m\n")
        else:
            self.out.write(text)


def _range(start: int, length: int) -> str:
    """A unified-diff range (``start,length``; an empty range names the line before it)."""
    if length == 1:
        return str(start)
    return f"{start - 1 if length == 0 else start},{length}"


# ---------------------------------------------------------------------------
# The command


def input_paths(arguments: argparse.Namespace) -> Iterator[str]:
    """The inputs named on the command line (``-`` for standard input), directories walked with ``-r``."""
    for name in arguments.files or ["-"]:
        path = Path(name)
        if name != "-" and arguments.recursive and path.is_dir():
            yield from _walk(path, arguments.include or ["*"], arguments.exclude or [])
        else:
            yield name


def _walk(root: Path, include: list[str], exclude: list[str]) -> Iterator[str]:
    """The files below ``root`` that ``include`` globs match and ``exclude`` globs do not, in order."""

    def matches(relative: str, globs: list[str]) -> bool:
        return any(
            fnmatch.fnmatch(relative, g) or fnmatch.fnmatch(relative.rsplit("/", 1)[-1], g) for g in globs
        )

    for directory, subdirectories, names in os.walk(root):
        base = Path(directory)
        prefix = "" if base == root else base.relative_to(root).as_posix() + "/"
        subdirectories[:] = sorted(
            d for d in subdirectories if not d.startswith(".") and not matches(prefix + d, exclude)
        )
        for name in sorted(names):
            relative = prefix + name
            if name.startswith(".") or not matches(relative, include) or matches(relative, exclude):
                continue
            yield str(base / name)


class Messages:
    """What ``mtclean`` tells the user on the side: notes, errors (which set the exit status), explanations."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.status = 0

    def note(self, message: str) -> None:
        """A note on standard error, unless ``--quiet``."""
        if not self.quiet:
            print(f"mtclean: {message}", file=sys.stderr)

    def error(self, message: str) -> None:
        """An error on standard error; the run exits 2."""
        print(f"mtclean: {message}", file=sys.stderr)
        self.status = 2

    def would_clean(self, label: str) -> None:
        """``--check`` found something to clean in ``label``; the run exits 1 (unless an error made it 2)."""
        self.status = max(self.status, 1)
        self.note(f"would clean {label}")

    @staticmethod
    def explain(label: str, result: Result) -> None:
        """Every change of ``result``, one line each (``--explain``)."""
        for line, column, rule, before, after, evidence in result.changes:
            because = f" (evidence: {evidence})" if evidence else ""
            print(f"{label}:{line}:{column} {rule} {before!r} → {after!r}{because}")

    def progress(self, label: str, size: int | None) -> Any:
        """A progress bar on standard error for a large input read from a terminal session, or ``None``."""
        if self.quiet or size is None or size < PROGRESS_THRESHOLD or not sys.stderr.isatty():
            return None
        from tqdm import tqdm

        return tqdm(total=size, desc=label, unit="B", unit_scale=True, leave=False, file=sys.stderr)


class Command:
    """One run of ``mtclean`` over its inputs: open each, clean it, and write, rewrite or report it."""

    def __init__(self, arguments: argparse.Namespace, settings: Settings) -> None:
        self.args = arguments
        self.messages = Messages(arguments.quiet)
        self.stdout = sys.stdout.buffer
        self.executor: Executor | None = None
        jobs = arguments.jobs or 1
        # The modules and the glossary (built by _settings) live as long as the
        # process: the collector need not scan them again and again, and a
        # worker forked from here shares their pages instead of copying each
        # one its collections touch (as the gc module's documentation advises).
        gc.freeze()
        if jobs > 1:
            self.executor = ProcessPoolExecutor(jobs, initializer=_start_pool_worker, initargs=(settings,))
        else:
            _start_worker(settings)
        self.ahead = 2 * jobs
        self.colour = arguments.color == "always" or (arguments.color == "auto" and sys.stdout.isatty())

    def run(self) -> int:
        """Clean every input; returns the exit code."""
        try:
            if self.args.output:
                with atomic_write(Path(self.args.output)) as stream:
                    self._each_input(stream)
            else:
                self._each_input(self.stdout)
        except InputError as error:
            self.messages.error(str(error))
        except OSError as error:
            self.messages.error(f"{self.args.output}: {error.strerror or error}")
        finally:
            if self.executor is not None:
                self.executor.shutdown(cancel_futures=True)
            gc.unfreeze()  # main() may be called again in this process (tests do)
        return self.messages.status

    def _each_input(self, stream: BinaryIO) -> None:
        for path in input_paths(self.args):
            try:
                self._one(path, stream)
            except InputError as error:
                label = "<stdin>" if path == "-" else path
                self.messages.error(str(error) if str(error).startswith(label) else f"{label}: {error}")
            except OSError as error:
                self.messages.error(f"{path}: {error.strerror or error}")

    def _open(self, name: str) -> tuple[BinaryIO, str, int | None] | None:
        """The stream, label and size of input ``name``; ``None`` for a binary file (skipped)."""
        if name == "-":
            return sys.stdin.buffer, "<stdin>", _size(sys.stdin.buffer)
        path = Path(name)
        if path.is_dir():
            raise InputError(f"{name}: is a directory (use -r to clean the files in it)")
        encoding = self.args.encoding or "utf-8"
        if is_binary(path, encoding):
            self.messages.note(f"{name}: binary file, skipped")
            return None
        validate(path, encoding)
        return open_file(path), name, path.stat().st_size

    def _one(self, name: str, stream: BinaryIO) -> None:
        opened = self._open(name)
        if opened is None:
            return
        source, label, size = opened
        with source if name != "-" else _no_close(source):
            bar = self.messages.progress(label, size)
            reader = Reader(
                source, label, self.args.encoding or "utf-8", bar.update if bar is not None else None
            )
            if self.args.score:
                for line in _scores("".join(reader), label, self.args.field, self.args.format):
                    print(line)
                return
            texts: Iterable[str]
            if self.args.jsonl:
                texts = _line_batches(reader)
            elif self.args.format == "html":
                texts = ["".join(reader)]  # markup may hold blank lines: the page is one unit
            else:
                texts = windows(reader, WINDOW)
            results = _in_order(_clean_unit, _units(texts), self.executor, self.ahead)
            try:
                if (
                    self.args.check
                    or self.args.diff
                    or (self.args.explain and not self.args.in_place and not self.args.output)
                ):
                    changed = self._report(label, results)
                elif self.args.in_place:
                    changed = self._rewrite(name, label, results, reader)
                else:
                    changed = self._write(stream, label, results, reader)
            finally:
                if bar is not None:
                    bar.close()
        if changed and self.args.check:
            self.messages.would_clean(label)

    def _report(self, label: str, results: Iterator[tuple[Unit, Result]]) -> bool:
        """``--check``, ``--diff``, ``--explain``: report on standard output, write nothing; whether anything changed."""
        changed = False
        diff = Diff(sys.stdout, label, self.colour) if self.args.diff else None
        for unit, result in results:
            changed = changed or result.new != unit.text
            if diff is not None:
                diff.add(unit, result)
            if self.args.explain:
                self.messages.explain(label, result)
        sys.stdout.flush()
        return changed

    def _rewrite(self, name: str, label: str, results: Iterator[tuple[Unit, Result]], reader: Reader) -> bool:
        """``--in-place``: replace the file atomically, and only if something changed; whether it did."""
        if name == "-":
            raise InputError("-i needs files: standard input cannot be rewritten")
        changed = False
        with contextlib.suppress(_UnchangedError), atomic_write(Path(name)) as target:
            writer = Writer(target, name, reader.encoding)
            for unit, result in results:
                changed = changed or result.new != unit.text
                writer.bom = reader.bom
                writer.write(result.new)
                if self.args.explain:
                    self.messages.explain(label, result)
            if not changed:
                raise _UnchangedError
            writer.bom = reader.bom
            writer.close()
        return changed

    def _write(
        self, stream: BinaryIO, label: str, results: Iterator[tuple[Unit, Result]], reader: Reader
    ) -> bool:
        """Write the cleaned text to ``stream`` (standard output or ``--output``); always ``False``."""
        writer = Writer(stream, label, reader.encoding)
        for _, result in results:
            writer.bom = reader.bom
            writer.write(result.new)
            if self.args.explain:
                self.messages.explain(label, result)
        writer.bom = reader.bom
        writer.close()
        stream.flush()
        return False


class _UnchangedError(Exception):
    """Raised inside an atomic write to drop it: the file needs no rewrite."""


@contextlib.contextmanager
def _no_close(stream: BinaryIO) -> Iterator[BinaryIO]:
    yield stream


def _size(stream: BinaryIO) -> int | None:
    """The size of the regular file behind ``stream``, or ``None`` (a pipe, a terminal)."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError):
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _names(values: list[str] | None) -> tuple[str, ...]:
    """Comma-separated option values (``--disable a,b --disable c``) as one tuple."""
    return tuple(part.strip() for value in values or [] for part in value.split(",") if part.strip())


def _list_rules() -> None:
    for pass_ in DEFAULT_PASSES:
        print(pass_.name)
        for rule in pass_.rules:
            print(f"  {rule.name:<36} {rule.summary}")


def _settings(arguments: argparse.Namespace) -> Settings:
    """Check the options against each other and against the rule registry."""
    args = arguments
    if args.in_place and args.output:
        raise UsageError("-i and -o cannot be used together")
    if (args.check or args.diff) and (args.in_place or args.output):
        raise UsageError("--check and --diff write nothing; they cannot be used with -i or -o")
    if args.score and (args.in_place or args.output or args.check or args.diff or args.explain):
        raise UsageError(
            "--score prints scores only; it cannot be used with -i, -o, --check, --diff or --explain"
        )
    if args.format == "html" and args.jsonl:
        raise UsageError("--format html cannot be used with --jsonl")
    if args.diff and args.explain:
        raise UsageError("--diff and --explain cannot be used together")
    if args.field is not None and not args.jsonl:
        raise UsageError("--field NAME goes with --jsonl")
    if args.jsonl and args.field is None:
        args.field = "text"  # the datatrove and Hugging Face convention
    if args.jobs is not None and args.jobs < 0:
        raise UsageError("-j needs a number of processes, 0 or more")
    if args.jobs == 0:
        args.jobs = os.cpu_count() or 1
    check_encoding(args.encoding or "utf-8")
    passes = {p.name for p in DEFAULT_PASSES}
    rules = {r.name for p in DEFAULT_PASSES for r in p.rules}
    only, disable = _names(args.only), _names(args.disable)
    for name in only:
        if name not in passes:
            raise UsageError(f"--only: unknown pass {name!r} (see --list-rules)")
    for name in disable:
        if name not in passes | rules:
            raise UsageError(f"--disable: unknown pass or rule {name!r} (see --list-rules)")
    settings = Settings(
        only,
        disable,
        tuple(args.glossary or ()),
        args.date_style or "month-first",
        args.field,
        args.format,
        explain=bool(args.explain),
    )
    settings.pipeline()  # a broken glossary is a usage error now, not in every worker
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["glossary"]:
        from mtclean.glossary.cli import main as glossary_main

        return glossary_main(args[1:])
    if args[:1] == ["eval"]:
        from mtclean.evaluate import main as eval_main

        return eval_main(args[1:])
    parser = _parser()
    arguments = parser.parse_args(args)
    try:
        found = config.find(Path.cwd())
        for key, value in (config.load(found) if found else {}).items():
            if getattr(arguments, key) is None:
                setattr(arguments, key, value)
        if arguments.list_rules:
            _list_rules()
            return 0
        settings = _settings(arguments)
    except (UsageError, config.ConfigError, GlossaryError, InputError) as error:
        print(f"mtclean: {error}", file=sys.stderr)
        return 2
    return Command(arguments, settings).run()


def run() -> None:
    """Console-script entry point."""
    # A polite kill unwinds like an error, so an in-place rewrite drops its temporary file.
    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(128 + number))
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
