"""Names, terms and phrase calques from the glossary data files.

Two passes share this logic: ``glossary`` (names and domain terms, run early
so later passes see the right proper nouns) and ``phrases`` (calques such as
``according to the understanding of ,``, run after casing so the clause that
follows them is already in lower case).

Every decision about a match is taken on one view of the paragraph: the text
as it reads once the *safe* renderings are fixed.  A second run sees that
same view (the safe renderings are names by then), so it decides the same;
and both passes ``settle``: if a decision made possible by another pass's
change (a date becoming ``March``) would change the result, the pipeline runs
once more, so cleaning stays idempotent.  The rules are documented in
``docs/glossary.md``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

import regex

from mtclean.edits import Edit, OffsetMap, apply
from mtclean.glossary import Glossary, Hit
from mtclean.passes.evidence import SPACE_BEFORE_MARK
from mtclean.rules import Context, Pass, Rule
from mtclean.words import FUNCTION_WORDS

NAME = Rule(
    "glossary.name",
    """A wrong rendering that is never ordinary English becomes the official name.

    >>> clean("based on Lingke energy saving platform CMA")
    'based on Lynk & Co energy saving platform CMA'
    >>> clean("Netease car reported the deal.")
    'NetEase Auto reported the deal.'
    >>> clean("NIO (Weilai) opened a store.")
    'NIO (Weilai) opened a store.'
    """,
)
NAME_IN_CONTEXT = Rule(
    "glossary.name-in-context",
    """An ambiguous rendering becomes the official name only with evidence.

    The evidence is one of the entry's context words in the same sentence,
    or, for very common words, a listed word right next to the rendering.
    Without it the text is left alone.

    >>> clean("The lutes Eletre is built in Wuhan.")
    'The Lotus Eletre is built in Wuhan.'
    >>> clean("The museum shows lutes and viols.")
    'The museum shows lutes and viols.'
    >>> clean("The Harvard H6 topped the SUV chart.")
    'The Haval H6 topped the SUV chart.'
    >>> clean("A Harvard study of SUV buyers was published.")
    'A Harvard study of SUV buyers was published.'
    """,
)
PHRASE = Rule(
    "phrases.calque",
    """A word-for-word calque becomes the English idiom.

    >>> clean("according to the understanding of , The two sides will work together .")
    'It is understood that the two sides will work together.'
    """,
)

_SENTENCE_END = regex.compile(r"[。！？]|[.!?](?![\w.])")
_CJK_MARKS = ("、", "，", "。", "：", "；")
# "Hongqi, literally red flag": a rendering that explains something.
_GLOSS_LEAD = regex.compile(
    r"(?:\b(?:literally|meaning|means|mean|translates[ \t]+(?:to|as)|translated[ \t]+as|"
    r"literal[ \t]+translation(?:[ \t]+of)?|in[ \t]+pinyin)[ \t]*[:,]?[ \t]*[“‘\"'(]?[ \t]*)\Z"
)
# Every lead above contains one of these.
_GLOSS_LEAD_WORDS = ("lit", "mean", "transl", "pinyin")
#: How many words may stand between an official name and a rendering that glosses it.
GLOSS_WORDS = 3
_WORD = regex.compile(r"[\w'’-]+")
# The most common Chinese surnames in pinyin.  A short capitalised rendering
# right after one is a given name ("Liu Zhijie", "He Xiaopeng"), never a brand.
SURNAMES = frozenset(
    """Bai Bao Bi Bian Cai Cao Cen Chang Chen Cheng Chu Cui Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gan
    Gao Ge Geng Gong Gu Guan Guo Han Hao He Hong Hou Hu Hua Huang Ji Jia Jiang Jin Kang Kong Lai Lei Li Lian
    Liang Liao Lin Liu Long Lou Lu Luo Lv Lü Ma Mao Mei Meng Miao Mo Mu Ni Nie Ning Niu Ou Pan Pang Pei Peng
    Qi Qian Qiao Qin Qiu Qu Ren Rong Ruan Shang Shao Shen Sheng Shi Song Su Sun Tan Tang Tao Tian Tong Wan
    Wang Wei Wen Wu Xia Xiang Xiao Xie Xin Xing Xiong Xu Xue Yan Yang Yao Ye Yi Yin Yu Yuan Yue Zeng Zhai
    Zhan Zhang Zhao Zhen Zheng Zhong Zhou Zhu Zhuang Zou Zuo""".split()
)
_WORD_BEFORE = regex.compile(r"(?<![\w&-])(\p{Lu}\p{Ll}+)[ \t]+\Z")


class _View:
    """A paragraph with the safe renderings fixed, and its sentence boundaries."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends = [match.end() for match in _SENTENCE_END.finditer(text)]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence that ``text[start:end]`` stands in."""
        index = bisect_right(self._ends, start)
        left = self._ends[index - 1] if index else 0
        index = bisect_left(self._ends, end)
        right = self._ends[index] if index < len(self._ends) else len(self.text)
        return left, right


def _sentence_has(pattern: regex.Pattern[str] | None, view: _View, start: int, end: int) -> bool:
    """Whether ``pattern`` occurs in the sentence around ``start:end``, outside that span."""
    if pattern is None:
        return False
    left, right = view.sentence(start, end)
    return bool(pattern.search(view.text, left, start) or pattern.search(view.text, end, right))


def _at_clause_start(text: str, start: int) -> bool:
    before = _last_before(text, start, str.isspace)
    return not before or not before.isalnum()


# What may stand between a line's marker and its first word, or before a
# sentence's first word: spaces, an opening quotation or bracket, emphasis.
_OPENERS = " \t“‘\"'(*_["
# A Markdown heading, quote block, bullet, or a list number closed by ")".
_LINE_MARKERS = frozenset({"#" * level for level in range(1, 7)} | {">", "-", "+", "*", "•"})
#: How far back from its first word a line's marker may start.
_MARKER_LENGTH = 8


def _at_sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` starts a sentence, a line or a heading."""
    position = _run_start(text, start, _OPENERS.__contains__)
    if not position or text[position - 1] in ".!?。！？\n":
        return True
    line_start = text.rfind("\n", max(0, position - _MARKER_LENGTH), position) + 1
    if line_start == 0 and position > _MARKER_LENGTH:
        return False
    marker = text[line_start:position].strip()
    return marker in _LINE_MARKERS or (marker[:-1].isdigit() and marker.endswith(")"))


def _last_before(text: str, start: int, skip: Callable[[str], bool]) -> str:
    """The last character before ``start`` that ``skip`` does not accept ("" if none)."""
    position = _run_start(text, start, skip)
    return text[position - 1] if position else ""


def _run_start(text: str, start: int, skip: Callable[[str], bool]) -> int:
    """Where the run of characters that ``skip`` accepts, ending at ``start``, begins.

    Walks back instead of stripping a copy of the prefix, which would make
    the pass quadratic on a long paragraph.
    """
    position = start
    while position > 0 and skip(text[position - 1]):
        position -= 1
    return position


def _close(gap: str) -> bool:
    return len(_WORD.findall(gap)) <= GLOSS_WORDS


def _is_gloss(glossary: Glossary, hit: Hit, view: _View, start: int, end: int) -> bool:
    """Whether the rendering explains the official name written beside it.

    ``NIO (Weilai)``, ``Fangchengbao, which translates to formula leopard``:
    the name (or its Chinese) stands at most three words before the
    rendering, in the same sentence.  An ambiguous rendering is also a gloss
    when the name follows it as closely (``Red Flag (Hongqi)``); a safe one
    is not, because MT writes ``the lutes brand (Lotus)``.  And any rendering
    introduced by ``literally`` or ``meaning`` explains something.
    """
    text = view.text
    left, right = view.sentence(start, end)
    window = text[max(left, start - 160) : start]
    # Substring tests first: the patterns are rarely worth running.
    if any(word in window for word in _GLOSS_LEAD_WORDS) and _GLOSS_LEAD.search(window):
        return True
    rules = glossary.rules(hit.entry)
    if any(anchor in window for anchor in rules.anchors) and any(
        _close(window[found.end() :]) for found in rules.anchor.finditer(window)
    ):
        return True
    if hit.ambiguous:
        after = text[end : min(right, end + 160)]
        found = rules.anchor.search(after)
        return found is not None and _close(after[: found.start()])
    return False


def _overlaps_name(hit: Hit, text: str, start: int, end: int) -> bool:
    """Whether the official name overlaps the match from outside: ``William Li Bin``, ``Jack Ma Yun``.

    The name inside the match (``Beike`` in ``Beike Zhaofang``) does not count.
    """
    name = hit.entry.name
    position = text.find(name, max(0, start - len(name)), end + len(name))
    while position != -1 and position < end:
        if position + len(name) > start and (position < start or position + len(name) > end):
            return True
        position = text.find(name, position + 1, end + len(name))
    return False


def _after_surname(matched: str, text: str, start: int) -> bool:
    """Whether a short capitalised rendering follows a pinyin surname (``Liu Zhijie``)."""
    if not matched[:1].isupper() or len(matched.split()) > 2 or text[start - 1 : start] not in (" ", "\t"):
        return False
    found = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return found is not None and found.group(1) in SURNAMES


def _is_mention(hit: Hit, text: str, start: int, end: int) -> bool:
    """Whether the rendering is quoted, not used.

    A phrase in quotation marks, and an ambiguous rendering right after an
    opening quotation mark (``called its handsets "millet phones"``), are
    words being talked about.
    """
    if start == 0 or text[start - 1] not in "“‘\"'":
        return False
    return hit.ambiguous or (end < len(text) and text[end] in "”’\"'")


# A fragment capitalised after a spaced separator, or a sentence starting in
# lower case after a spaced full stop: the casing of fragment-by-fragment MT.
_MT_CASING = regex.compile(
    SPACE_BEFORE_MARK
    + r"(?:[,;:][ \t]+(?:"
    + "|".join(sorted(word.capitalize() for word in FUNCTION_WORDS if word != "i"))
    + r")\b|[.!?][ \t]+\p{Ll}+\b)"
)


def _garbled(text: str, found: list[tuple[re.Match[str], Hit]]) -> bool:
    """Whether the paragraph shows garble besides any variant rendering.

    Spaced punctuation alone is not evidence: tokenised English (`` , ``)
    is common in corpora and is not machine translation.  Spaced punctuation
    with the casing of MT fragments is: ``rose , The plan`` or ``. meanwhile``.
    """
    return (
        any(not hit.ambiguous and match.group() != hit.entry.name for match, hit in found)
        or any(mark in text for mark in _CJK_MARKS)
        or _MT_CASING.search(text) is not None
    )


class _Judge:
    """Decides, for each match of one paragraph, whether to replace it."""

    def __init__(self, glossary: Glossary, text: str, found: list[tuple[re.Match[str], Hit]]) -> None:
        self.glossary = glossary
        self.text = text
        self.found = found
        safe = [Edit(*match.span(), hit.entry.name, "") for match, hit in found if not hit.ambiguous]
        self.offsets = OffsetMap(safe)
        self.view = _View(apply(text, safe) if safe else text)
        self._garbled: bool | None = None

    def garbled(self) -> bool:
        if self._garbled is None:
            self._garbled = _garbled(self.text, self.found)
        return self._garbled

    def allows(self, match: re.Match[str], hit: Hit) -> bool:
        text, view = self.text, self.view
        rules = self.glossary.rules(hit.entry)
        if _overlaps_name(hit, text, *match.span()):
            return False
        start, end = self.offsets.shift_span(match.span())
        if not hit.ambiguous:  # already the name in the view
            end = start + len(hit.entry.name)
        if (hit.ambiguous or hit.entry.kind == "phrase") and _is_mention(hit, view.text, start, end):
            return False
        if _after_surname(match.group(), view.text, start) or rules.vetoed_by_neighbour(
            view.text, start, end
        ):
            return False
        if _is_gloss(self.glossary, hit, view, start, end):
            return False
        if _sentence_has(rules.not_context, view, start, end):
            return False
        if not hit.ambiguous:
            return True
        entry = hit.entry
        if entry.adjacent and not rules.adjacent(view.text, start, end):
            return False
        if entry.context and not _sentence_has(rules.context, view, start, end):
            return False
        return not entry.variant or self.garbled()


def _replacement(hit: Hit, text: str, match: re.Match[str]) -> str:
    entry = hit.entry
    name = entry.plural if hit.plural and entry.plural else entry.name
    capitalise = match.group()[:1].isupper() and _at_sentence_start(text, match.start())
    if entry.kind in ("term", "phrase") and name[:1].islower() and capitalise:
        return name[:1].upper() + name[1:]
    return name


_ARTICLE = regex.compile(r"(?<![\w&'’-])([Aa]n?)([ \t]+)\Z")


def _with_article(text: str, start: int, replacement: str) -> tuple[int, str]:
    """Extend an edit over a preceding ``a``/``an`` that no longer agrees.

    ``an explosive model`` → ``a bestselling model``; only for replacements
    written in lower case (terms and phrases), whose first letter decides.
    """
    if not replacement[:1].islower():
        return start, replacement
    found = _ARTICLE.search(text, max(0, start - 4), start)
    if found is None:
        return start, replacement
    article = found.group(1)
    if replacement.split(" ", 1)[0] in ("a", "an", "the"):  # "an open door red" → "a strong start"
        return found.start(), replacement
    wanted = "an" if replacement[0] in "aeiou" else "a"
    if article.lower() == wanted:
        return start, replacement
    wanted = wanted.capitalize() if article[0].isupper() else wanted
    return found.start(), wanted + found.group(2) + replacement


def _edits(text: str, context: Context, phrases: bool) -> Iterator[Edit]:
    glossary = context.glossary
    matcher = glossary.phrases if phrases else glossary.names
    found = []
    for match in matcher.finditer(text):
        hit = glossary.hit(match.group())
        if hit is None or (hit.capitalised and not _at_clause_start(text, match.start())):
            continue
        found.append((match, hit))
    if not found:
        return
    judge = _Judge(glossary, text, found)
    for match, hit in found:
        replacement = _replacement(hit, text, match)
        if replacement == match.group() or not judge.allows(match, hit):
            continue
        rule = PHRASE.name if phrases else NAME_IN_CONTEXT.name if hit.ambiguous else NAME.name
        start, replacement = _with_article(text, match.start(), replacement)
        yield Edit(start, match.end(), replacement, rule)


def find_names(text: str, context: Context) -> Iterator[Edit]:
    """Edits that put the official name in place of a wrong rendering."""
    return _edits(text, context, phrases=False)


def find_phrases(text: str, context: Context) -> Iterator[Edit]:
    """Edits that replace phrase calques."""
    return _edits(text, context, phrases=True)


GLOSSARY = Pass("glossary", (NAME, NAME_IN_CONTEXT), finder=find_names, settles=True)
PHRASES = Pass("phrases", (PHRASE,), finder=find_phrases, settles=True)
