"""A coverage-guided fuzz target for mtclean (optional; atheris is not a dependency).

Run it by hand, not in CI:

    pip install atheris            # needs a clang-built CPython on some systems
    python tests/fuzz/fuzz_clean.py -max_total_time=600 -max_len=4096 tests/fuzz/corpus/

The input bytes are decoded as UTF-8 with ``surrogateescape`` (so every byte
string is a valid input, escaped surrogates included) and cleaned as text and
as HTML.  The target fails on any exception, on a cleaning that is not
idempotent, and on a protected span that does not come back byte for byte.
A crash leaves its input in ``crash-*``; replay it with
``python tests/fuzz/fuzz_clean.py crash-<hash>``.  Seed the corpus directory
with a few files from ``corpora/`` to start from realistic text.
"""

from __future__ import annotations

import sys


def check(data: bytes) -> None:
    """The properties the fuzzer checks for one input."""
    import mtclean
    from mtclean import paragraphs, protect

    text = data.decode("utf-8", "surrogateescape")
    once = mtclean.clean(text)
    if mtclean.clean(once) != once:
        raise AssertionError("clean is not idempotent")
    position = 0
    for paragraph, _ in paragraphs.split(text):
        for start, end in protect.find(paragraph):
            found = once.find(paragraph[start:end], position)
            if found < 0:
                raise AssertionError(f"protected span changed: {paragraph[start:end]!r}")
            position = found + end - start
    html = mtclean.clean(text, "html")
    if mtclean.clean(html, "html") != html:
        raise AssertionError("HTML cleaning is not idempotent")


def main() -> None:
    import atheris

    with atheris.instrument_imports():
        import mtclean  # noqa: F401

    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
