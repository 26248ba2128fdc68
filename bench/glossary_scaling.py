"""Measure whether the glossary's cost grows with the number of entries (a script, not a test).

Builds two synthetic glossaries, of 100 and of 100,000 entries (the first 100
are the same in both), and times, on the same text:

* the matcher: one scan of the compiled trie over the whole text;
* the glossary pass: the matcher plus every decision about the matches
  (evidence, guards), paragraph by paragraph, as the pipeline runs it,
  after one untimed run (what the pass works out once per glossary, on
  first use, counts with the compile time).

The text is the repository's corpora (the seed article and the clean
controls) repeated to about 1 MB, with renderings of the first 100 entries
planted in it, so both glossaries find the same matches.  It prints MB/s for
each size and the ratio of the costs, and exits 1 if the 100,000-entry
matcher costs more than twice the 100-entry one.

Usage::

    python bench/glossary_scaling.py [--entries 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtclean.glossary import Glossary  # noqa: E402
from mtclean.glossary.model import Entry, Example  # noqa: E402
from mtclean.passes.glossary import find_names  # noqa: E402
from mtclean.rules import Context  # noqa: E402

SYLLABLES = (
    "an ba bai bao bei ben bi bian bo cai can cao ce chang chao chen cheng chi chong chu chuan chun "
    "da dai dan dao de deng di dian ding dong du duan fa fan fang fei feng fu gai gan gang gao ge gong "
    "gu guan guang gui guo hai han hang hao he hei heng hong hou hu hua huai huan huang hui huo ji jia "
    "jian jiang jiao jie jin jing jiu ju jun kai kang ke kong kuai kun lai lan lang lao le lei li lian "
    "liang lin ling liu long lu luo ma mai man mao mei men meng mi mian min ming mo mu na nan neng ni "
    "ning niu pan pei peng pin ping qi qian qiang qiao qin qing qiu qu quan ran rao ren rong ru rui "
    "san sen shan shang shao shen sheng shi shou shu shuang shui si song su sui sun tai tan tang tao "
    "teng tian tie ting tong tu wan wang wei wen wu xi xia xian xiang xiao xie xin xing xiong xu xuan "
    "xue ya yan yang yao ye yi yin ying yong you yu yuan yue yun zai zan zao ze zeng zhan zhang zhao "
    "zhe zhen zheng zhi zhong zhou zhu zhuang zi zong zu zuo"
).split()
NOUNS = "Technology Motors Auto Group Energy Network Media Cloud Robotics Capital Bank Express".split()


def synthetic_entries(count: int, seed: int = 7) -> list[Entry]:
    """``count`` entries with pinyin-like renderings, a fifth of them ambiguous."""
    rng = random.Random(seed)
    seen: set[str] = set()
    entries = []
    while len(entries) < count:
        words = [
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))).capitalize()
            for _ in range(rng.randint(1, 2))
        ]
        rendering = " ".join(words)
        if rng.random() < 0.3:
            rendering += " " + rng.choice(NOUNS)
        if rendering in seen:
            continue
        seen.add(rendering)
        index = len(entries)
        ambiguous = index % 5 == 0
        entries.append(
            Entry(
                name=f"Name{index}",
                kind="company",
                wrong=() if ambiguous else (rendering,),
                ambiguous=(rendering,) if ambiguous else (),
                context=("shares", "deliveries") if ambiguous else (),
                examples=(Example(rendering, f"Name{index}"),),
                source="https://example.org",
            )
        )
    return entries


def corpus_text(planted: list[str], size: int = 1_000_000) -> list[str]:
    """Paragraphs of the repository's corpora, about ``size`` characters, with renderings planted."""
    paragraphs = []
    for path in sorted((ROOT / "corpora").glob("*/*.txt")):
        paragraphs.extend(p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
    rng = random.Random(11)
    text: list[str] = []
    total = 0
    while total < size:
        paragraph = rng.choice(paragraphs)
        words = paragraph.split(" ")
        for _ in range(2):
            words.insert(rng.randrange(len(words) + 1), rng.choice(planted))
        paragraph = " ".join(words) + " Its shares rose ."
        text.append(paragraph)
        total += len(paragraph)
    return text


def best_of(repeat: int, run: Callable[[], int]) -> tuple[float, int]:
    """The fastest of ``repeat`` runs, in seconds, and what the run returned."""
    best = float("inf")
    result = 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure(glossary: Glossary, paragraphs: list[str], repeat: int) -> dict[str, float]:
    """Compile time, and the cost of the matcher and of the whole glossary pass on ``paragraphs``."""
    start = time.perf_counter()
    matcher = glossary.names
    assert matcher.pattern  # the whole trie, compiled (a short text is matched branch by branch)
    compiled = time.perf_counter() - start
    text = "\n\n".join(paragraphs)
    context = Context(glossary)
    scan, matches = best_of(repeat, lambda: sum(1 for _ in matcher.finditer(text)))
    # One run first, untimed: what the pass works out once per glossary on
    # first use (the case variants of the words it meets, the rules of the
    # entries it judges) is start-up, which the compile time above reports.
    warm_up = time.perf_counter()
    for paragraph in paragraphs:
        list(find_names(paragraph, context))
    compiled += time.perf_counter() - warm_up
    passing, edits = best_of(repeat, lambda: sum(len(list(find_names(p, context))) for p in paragraphs))
    megabytes = len(text.encode("utf-8")) / 1e6
    return {
        "compile": compiled,
        "scan": scan,
        "scan_mbs": megabytes / scan,
        "matches": matches,
        "pass": passing,
        "pass_mbs": megabytes / passing,
        "edits": edits,
    }


def main() -> int:
    """Run the benchmark; 1 if the large glossary's matcher costs more than twice the small one's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    large = synthetic_entries(arguments.entries)
    small = large[:100]
    planted = [entry.renderings[0] for entry in small]
    paragraphs = corpus_text(planted)
    size = sum(len(p) for p in paragraphs) / 1e6
    print(f"text: {len(paragraphs)} paragraphs, {size:.2f} MB; best of {arguments.repeat} runs")
    results = {}
    for label, entries in (("100", small), (f"{len(large):,}", large)):
        results[label] = figures = measure(Glossary(entries), paragraphs, arguments.repeat)
        print(
            f"{label:>8} entries: compile {figures['compile']:6.2f} s | "
            f"matcher {figures['scan_mbs']:6.1f} MB/s ({figures['matches']:.0f} matches) | "
            f"glossary pass {figures['pass_mbs']:6.1f} MB/s ({figures['edits']:.0f} edits)"
        )
    first, second = results.values()
    scan_ratio = second["scan"] / first["scan"]
    pass_ratio = second["pass"] / first["pass"]
    print(
        f"cost ratio {len(large):,} / 100 entries: matcher {scan_ratio:.2f}x, glossary pass {pass_ratio:.2f}x"
    )
    if scan_ratio > 2:
        print("FAIL: the matcher costs more than twice as much with more entries")
        return 1
    print("OK: within 2x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
