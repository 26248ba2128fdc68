"""No regular expression in mtclean takes more than linear time on hostile input.

Every pattern of every rule, and every compiled pattern kept at module level
in the passes, the glossary, protection, the language gate and paragraph
splitting, is run over long repetitions of adversarial pieces (runs of
spaces, digits, commas, `` , ``, ``a ``, quotes, brackets, backticks...).
Times are compared, never taken absolutely: four times the input must take
well under sixteen times as long (what a quadratic pattern takes), and a
pass over the input must stay within a generous multiple of ``str.split``
on the same input.  A measurement that fails is repeated before the test
fails, and judged against a pattern linear by construction run on the same
inputs at the same moment, so a busy machine (whose shared cache can make
four times the input cost more than four times as much) does not make the
test flaky.  The clock is the process's CPU time, not the wall clock: the
time other processes hold the cores is not counted against a pattern.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator

import pytest
import regex

import mtclean
import mtclean.glossary
import mtclean.passes
from mtclean import shapes
from mtclean.passes import all_rules
from mtclean.rules import RegexRule

Pattern = regex.Pattern[str] | re.Pattern[str]

MODULES = [
    "mtclean.protect",
    "mtclean.language",
    "mtclean.paragraphs",
    "mtclean.words",
    "mtclean.scoring",
    "mtclean.shapes",
    "mtclean.markers",
    "mtclean.talked",
    *(m.name for m in pkgutil.iter_modules(mtclean.passes.__path__, "mtclean.passes.")),
    *(m.name for m in pkgutil.iter_modules(mtclean.glossary.__path__, "mtclean.glossary.")),
]


def _module_patterns() -> Iterator[tuple[str, Pattern]]:
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            values = list(value.values()) if isinstance(value, dict) else [value]
            flat = [y for x in values for y in (x if isinstance(x, tuple) else (x,))]
            for item in flat:
                if isinstance(item, (regex.Pattern, re.Pattern)):
                    yield f"{module_name}.{name}", item


def _patterns() -> dict[str, Pattern]:
    found: dict[str, Pattern] = {}
    for rule in all_rules():
        if isinstance(rule, RegexRule):
            found[rule.name] = rule.pattern
    for name, pattern in _module_patterns():
        found.setdefault(name if name not in found else f"{name}:{len(found)}", pattern)
    glossary = mtclean.load_glossary()
    found["glossary names matcher"] = glossary.names.pattern
    found["glossary phrases matcher"] = glossary.phrases.pattern
    for shape in shapes.default().shapes:
        for index, expression in enumerate(shape.patterns):
            found[f"shape {shape.name} {index}"] = re.compile(expression)
    return found


PATTERNS = _patterns()

# Pieces repeated into long inputs: each is a shape some pattern might retry
# from every position.
PIECES = [
    " ", "\t", "1", ",", " , ", "a ", "a", "A", "Ab ", "The ", "a.", "a.b", "1,", "1.", "1 ", "10000 ",
    "“", "”", '"', "'", "’s ", "“ a ", "( ", "( a ", "[ a ", ")", "`", "` a ", "```", "~~~", "<a ",
    "<!--", "&", "](", "a@", "@a", "#a", "/a", "a/", "a-", "http://", "www.", "\n", "\n \n", "、", "，",
    "。", "吉利 ", "8 month 9 Japan ", "Japan ", "year ", "at 4: 30 ", " .", "a \n",
    "< ", "< p ", "< / p > ", "< a href=\" x ", "< b > ", "65438+", "/kloc-0/",
]  # fmt: skip

SIZE = 4000  # characters; the long input is four times this


def _best_time(run: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _scan(pattern: Pattern, text: str) -> Callable[[], object]:
    return lambda: sum(1 for _ in pattern.finditer(text))


#: A pattern that is linear by construction, one match per character: on a
#: busy machine its own long run can take more than four times its short one
#: (the cache is shared), and a pattern is then judged against it too.
_REFERENCE = regex.compile(r"(?s).")


def _violation(pattern: Pattern, piece: str, repeats: int, size: int = SIZE) -> str | None:
    short = piece * (size // len(piece) + 1)
    long = piece * (4 * size // len(piece) + 1)
    t_short = _best_time(_scan(pattern, short), repeats)
    t_long = _best_time(_scan(pattern, long), repeats)
    t_split = _best_time(long.split, repeats)
    if t_long > 8 * t_short + 0.002:
        # Asked only when the pattern looks slow: what 4x the input costs here now, linearly.
        machine = _best_time(_scan(_REFERENCE, long), repeats) / _best_time(_scan(_REFERENCE, short), repeats)
    else:
        machine = 4.0
    if t_long > 2 * max(4.0, machine) * t_short + 0.002:
        return (
            f"4x the input took {t_long / t_short:.0f}x as long ({t_short * 1e3:.2f} → {t_long * 1e3:.2f} ms)"
        )
    if t_long > 2000 * t_split + 0.02:
        return f"{t_long / t_split:.0f}x as long as str.split ({t_long * 1e3:.2f} ms)"
    return None


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_adversarial_input(name: str) -> None:
    pattern = PATTERNS[name]
    slow = {}
    for piece in PIECES:
        if _violation(pattern, piece, 3) and (problem := _violation(pattern, piece, 7)):
            slow[piece] = problem
    assert not slow, f"{name} is super-linear: {slow}"


def test_every_rule_pattern_is_checked() -> None:
    rules = [rule for rule in all_rules() if isinstance(rule, RegexRule)]
    assert rules and all(rule.name in PATTERNS for rule in rules)
    assert any(name.startswith("mtclean.protect.") for name in PATTERNS)


def test_the_check_catches_a_quadratic_pattern() -> None:
    quadratic = regex.compile(r"[ \t]*[,.]")  # retried from every space of a run
    assert _violation(quadratic, " ", 3, size=1000)
    assert not _violation(regex.compile(r"(?:(?<![ \t])[ \t]+)?[,.]"), " ", 3, size=1000)


# Whole-pipeline scaling: passes must not rescan the paragraph for every match.
GARBLE = [
    "Netease car 8 month 9 Japan , The two sides signed . ",
    "at 4: 30 pm , see https://example.com/a , b and `x , y` 、 geely said . ",
    "18 10000 people , 2021 year 1 month 14 Japan ( Monday ) , Lingke . ",
    "“ The market is booming , ” he said ， Renault （ Renault ） agreed 。 ",
    "a ",
    "’s ",
]


@pytest.mark.parametrize("piece", GARBLE)
def test_clean_is_linear_in_the_paragraph_length(piece: str) -> None:
    def ratio() -> float:
        short = piece * (5000 // len(piece) + 1)
        long = piece * (20000 // len(piece) + 1)
        return _best_time(lambda: mtclean.clean(long), 2) / max(
            _best_time(lambda: mtclean.clean(short), 2), 1e-4
        )

    assert ratio() < 8 or ratio() < 8
