"""The ``mtclean`` command: clean files (or standard input) to standard output.

Exit codes: 0 success, 2 usage or input error (one line on stderr naming the
file and the cause, never a traceback).  ``mtclean glossary ...`` is handed
to :mod:`mtclean.glossary.cli` (``mtclean ./glossary`` cleans a file of that
name), ``mtclean eval ...`` to :mod:`mtclean.evaluate`.  ``--score`` prints
each file's garble score (:func:`mtclean.score`) instead of the cleaned text.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from mtclean import __version__, score
from mtclean.io import InputError, read
from mtclean.pipeline import Pipeline


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtclean",
        description="Repair garbled Chinese-to-English machine translation.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="files to clean; '-' or none reads standard input"
    )
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "html"),
        default="text",
        help="input format: text and markdown (the default) clean everything but protected spans; "
        "html cleans only the text between tags",
    )
    parser.add_argument("--score", action="store_true", help="print each file's garble score instead")
    parser.add_argument("--version", action="version", version=f"mtclean {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["glossary"]:
        from mtclean.glossary.cli import main as glossary_main

        return glossary_main(args[1:])
    if args[:1] == ["eval"]:
        from mtclean.evaluate import main as eval_main

        return eval_main(args[1:])
    arguments = _parser().parse_args(args)
    pipeline = Pipeline()
    status = 0
    out = sys.stdout.buffer
    for path in arguments.files or ["-"]:
        try:
            document = read(path)
        except InputError as error:
            print(f"mtclean: {error}", file=sys.stderr)
            status = 2
            continue
        if arguments.score:
            out.write(f"{path}\t{score(document.text):.2f}\n".encode())
        else:
            out.write(document.render(pipeline.clean(document.text, arguments.format)).encode("utf-8"))
        out.flush()
    return status


def run() -> None:
    """Console-script entry point."""
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
