"""Names, terms and phrase calques from the glossary data files.

Two passes share this logic: ``glossary`` (names and domain terms, run early
so later passes see the right proper nouns) and ``phrases`` (calques such as
``according to the understanding of ,``, run after casing so the clause that
follows them is already in lower case).  The phrases pass also runs
``phrases.courtesy-name`` (:mod:`mtclean.passes.courtesy`), a calque whose
frame holds a name no glossary can list.

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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import PurePath

import regex

from mtclean import paragraphs
from mtclean.edits import Edit, OffsetMap, apply
from mtclean.glossary import Entry, EntryRules, Glossary, Hit
from mtclean.glossary.matcher import Matcher, normalise
from mtclean.glossary.model import NAME_KINDS, casing_only, domain_of
from mtclean.passes.courtesy import courtesy_name
from mtclean.passes.evidence import CHINESE_MARK_IN_ENGLISH, SPACE_BEFORE_MARK, shows_garble
from mtclean.passes.placeholders import mou_placeholder
from mtclean.rules import Context, Pass, Rule, line_around
from mtclean.talked import KNOWN_AFTER, TERM_AFTER, TERM_LEAD, pinyin_offered_before
from mtclean.words import FUNCTION_WORDS, pinyin_name, scans_as_pinyin

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

    A variant, a rendering careful writers also use (a pinyin name, or a
    term calque of Chinese-authored English such as ``fuel vehicles``),
    needs garble elsewhere in the paragraph too.

    >>> clean("EVs outsold fuel vehicles in China for the first time in 2024.")
    'EVs outsold fuel vehicles in China for the first time in 2024.'
    >>> clean("EVs outsold fuel vehicles in China，The gap grew .")
    'EVs outsold internal combustion engine vehicles in China, the gap grew.'
    """,
)
NAME_IN_DOCUMENT = Rule(
    "glossary.name-in-document",
    """An ambiguous rendering becomes the official name on the document's evidence.

    One sense per discourse: when the document names the entry elsewhere
    (its official name, a safe rendering, or its context words in two
    sentences), a rendering that has the shape of a name where it stands,
    before a model code or (listed in lower case) capitalised mid-sentence,
    is the name too; in MT garble, so is one that stands before the noun it
    names when the document shows the entry garbled elsewhere.  The change's ``evidence`` names the sentence.

    >>> clean("Honor sold ten million phones. Its Glory brand grew in Europe.")
    'Honor sold ten million phones. Its Honor brand grew in Europe.'
    >>> clean("Honor sold ten million phones. The players fought for glory.")
    'Honor sold ten million phones. The players fought for glory.'
    >>> clean("Honor sold phones. The glory X50 costs less. The film Glory is old.")
    'Honor sold phones. The Honor X50 costs less. The film Glory is old.'
    >>> clean("Honor sold phones. Huawei sold its Glory brand in 2020.")
    'Honor sold phones. Huawei sold its Honor brand in 2020.'
    """,
)
NAME_IN_LIST = Rule(
    "glossary.name-in-list",
    """A name's rendering that is an ordinary word alone becomes the name as an item of a garbled list.

    An entry's ``in_lists`` renderings (``Ideal`` for Li Auto) change only
    as a whole item of a list (``A, B and C``, ``A、B、C``) in which another
    item is a safe rendering, replaced here, of a name of the same kind and
    domain (``Weilai`` for NIO).  Official names as neighbours do not count:
    a clean list writes ``NIO, XPeng and Li Auto``, and ``NIO, XPeng and
    Ideal Standard`` is English.  The change's ``evidence`` names the neighbour.

    >>> clean("In May , Weilai , Xiaopeng and Ideal all sold more cars .")
    'In May, NIO, XPeng and Li Auto all sold more cars.'
    >>> clean("NIO, XPeng and Ideal all sold more cars in May.")
    'NIO, XPeng and Ideal all sold more cars in May.'
    """,
)
PHRASE = Rule(
    "phrases.calque",
    """A word-for-word calque becomes the English idiom.

    >>> clean("according to the understanding of , The two sides will work together .")
    'It is understood that the two sides will work together.'
    """,
)

# A company's ``Co., Ltd.`` (or ``Inc.`` before a lower-case word) ends no sentence: the evidence
# of a name written with it (``Muyuan Foods Co., Ltd. raised pig output``) lies after it.  Nor
# does a title before a name (``Dr. Zhu Rong of the university``): its veto is the title.
_SENTENCE_END = regex.compile(
    r"[。！？]|(?<!(?<![\w.])(?:Co|Ltd|Inc|Corp)(?=\.[ \t]*+(?:[,，(（\p{Ll}\d]|Ltd\b)))"
    r"(?<!(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof)(?=\.[ \t]++\p{Lu}))[.!?](?![\w.])"
)
_CHINESE_MARK_IN_ENGLISH = regex.compile(CHINESE_MARK_IN_ENGLISH)
# "Hongqi, literally red flag": a rendering that explains something.
_GLOSS_LEAD = regex.compile(
    r"(?:\b(?:literally|meaning|means|mean|translates[ \t]+(?:to|as)|translated[ \t]+as|"
    r"literal[ \t]+translation(?:[ \t]+of)?|in[ \t]+pinyin(?:[ \t]+as)?"
    # The spelling talked about: "written in pinyin as kekoukele", "romanised as Weiruan".
    r"|(?:spelled|spelt|romani[sz]ed|transliterated|pronounced)(?:[ \t]+in[ \t]+pinyin)?[ \t]+as"
    # The name itself talked about: "originally named Hongmeng", "known in Chinese as Douyin",
    # "The Chinese name of the brand, Lingke".
    r"|(?i:originally|formerly|once|first|initially)[ \t]+(?:named|called|known[ \t]+as)"
    # Where or to whom it is known by that name: "known in China as Ai Kesen", "known to Chinese fans as".
    r"|(?i:k)nown[ \t]+(?:in[ \t]+(?:(?:mainland[ \t]+)?China|Chinese|Mandarin|Cantonese|Taiwan|Hong[ \t]+Kong|the[ \t]+mainland)"
    r"|to[ \t]+(?:(?:Chinese|local)[ \t]+)?(?:fans|locals|residents|viewers|players|readers|people))[ \t]+as"
    # The people who use the name say it: "Locals call the stadium Niaochao", "Chinese fans called him"
    # (not "Fans call Zhang Xinzhe the prince", where the name is whom they call).
    r"|\b(?:[Ll]ocals|[Rr]esidents|[Vv]illagers|[Nn]atives|[Ff]ans|[Pp]eople|Beijingers|Shanghainese|Chinese)"
    r"(?:[ \t]+(?:fans|here|there|locally))?[ \t]+(?:still[ \t]+|often[ \t]+|simply[ \t]+|usually[ \t]+"
    r"|affectionately[ \t]+)?call(?:ed)?[ \t]+(?:him|her|it|them|(?:the|this|that|its|their)[ \t]+\w+)"
    # Another name offered for something just named: "Tiantan Hospital, also known as the Temple of Heaven Hospital",
    # "often called wax meat", "Known locally as husband and wife lung slices", "rendered as", "nicknamed".
    r"|(?i:also|often|sometimes|locally|popularly|commonly|usually|widely|affectionately)[ \t]+"
    r"(?:known[ \t]+as|called|nicknamed|dubbed)(?:[ \t]+the)?"
    r"|(?i:known)[ \t]+(?:locally|colloquially|popularly|informally)[ \t]+as(?:[ \t]+the)?"
    r"|(?:rendered|translate[sd]?)(?:[ \t]+[\w'’]+){0,3}?[ \t]+as"
    r"|[Ii]n[ \t]+Chinese[ \t]+(?:it[ \t]+|the[ \t]+\w+[ \t]+)?is[ \t]+(?:known[ \t]+as|called)"
    # "Its Chinese name means the high-nosed antelope": what the name says, an article and all.
    r"|Chinese[ \t]+name(?:[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+)?\w+)?"
    r"(?:[ \t]+(?:is|was|means|meant)(?:[ \t]+(?:the|a|an)(?=[ \t]))?)?"
    # "Her name in the Chinese version is Paimeng": the name of a game's or a film's Chinese release.
    r"|name[ \t]+in[ \t]+(?:the[ \t]+)?Chinese(?:[ \t]+(?:version|dub|release|edition|client|game))?[ \t]+(?:is|was)"
    r")[ \t]*[:,]?[ \t]*[“‘\"'(]?[ \t]*)\Z"
)
# Every lead above contains one of these.
_GLOSS_LEAD_WORDS = (
    "lit",
    "render",
    "dubbed",
    "mean",
    "transl",
    "pinyin",
    "named",
    "call",
    "known",
    "Known",
    "Chinese",
    "spel",
    "romani",
    "pronounced",
)
#: Any of the lead words, found in one scan.
_GLOSS_LEAD_CUE = re.compile("|".join(map(re.escape, _GLOSS_LEAD_WORDS)))
# Before a quoted rendering: the words present it as a name or a label, talked about, not used:
# 'The English name "Old Dry Mother"', 'The nickname "ditch oil"', 'sold as "field chicken"', 'read "fork roast"'.
_QUOTED_NAME_LEAD = regex.compile(
    r"\b(?:(?:English|literal|Chinese|Cantonese|Mandarin|local|menu|popular|original|working)[ \t]+(?:name|translation|rendering|term|title)s?"
    r"|nickname[sd]?|(?:sold|marketed|labell?ed|listed|advertised|printed|known)[ \t]+as|read|says|reads)"
    # Other names quoted before it in the same list: 'known as "King of Glory" and "Wangzhe Rongyao"'.
    r"[ \t]*,?[ \t]*(?:[“‘\"'][^“”‘’\"'\n]{1,40}[”’\"'](?:[ \t]*,[ \t]*|[ \t]+(?:and|or)[ \t]+|,[ \t]+(?:and|or)[ \t]+)){0,3}"
    r"[“‘\"']\Z"
)
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

    def __init__(self, text: str, fixed: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        #: Where a safe rendering now reads as the name: no gloss of the name, as the text wrote none.
        self.fixed = tuple(fixed)
        # The full stop of a name put in (``Guangzhou F.C.``) ends no sentence the text wrote.
        self._ends = [match.end() for match in _SENTENCE_END.finditer(text)]
        if self.fixed:
            # The spans are sorted and apart: only the last one to start before a stop may hold it.
            starts = [start for start, _ in self.fixed]
            self._ends = [stop for stop in self._ends if not self._inside(starts, stop)]
        #: The last span asked about by :meth:`sentence`, and its sentence (a verdict asks several times).
        self._asked: tuple[int, int, int, int] = (-1, -1, 0, 0)

    def _inside(self, starts: list[int], stop: int) -> bool:
        """Whether ``stop`` falls after the start of a fixed span and by its end."""
        index = bisect_left(starts, stop) - 1
        return index >= 0 and stop <= self.fixed[index][1]

    def written(self, position: int) -> bool:
        """Whether the text at ``position`` is as written, not a name put in place of a rendering."""
        return not any(start <= position < end for start, end in self.fixed)

    def sentences(self, upto: int | None = None) -> Iterator[tuple[int, int]]:
        """The bounds of every sentence (that ends by ``upto``, if given)."""
        left = 0
        for right in self._ends:
            if upto is not None and right > upto:
                return
            yield left, right
            left = right
        if upto is None and left < len(self.text):
            yield left, len(self.text)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence that ``text[start:end]`` stands in."""
        asked = self._asked
        if asked[0] == start and asked[1] == end:
            return asked[2], asked[3]
        index = bisect_right(self._ends, start)
        left = self._ends[index - 1] if index else 0
        index = bisect_left(self._ends, end)
        right = self._ends[index] if index < len(self._ends) else len(self.text)
        self._asked = (start, end, left, right)
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
    is not, because MT writes ``the lutes brand (Lotus)``, unless what follows
    in brackets is the name's Chinese (``Lingke (领克)``).  And any
    rendering introduced by ``literally``, ``meaning``, ``originally named``
    or ``known in Chinese as`` explains something (see also
    :func:`_glossed_pinyin`), and so does any rendering followed by the name
    it is ``better known as``, or by ``means`` or ``nickname`` (the word is
    talked about: ``Weilai means "blue sky coming"``).  A rendering of any
    kind presented as a word (``the phrase small fresh meat``, ``Little
    fresh meat is a slang term for``) is taught, not used.
    """
    text = view.text
    left, right = view.sentence(start, end)
    window = text[max(left, start - 160) : start]
    # Substring tests first: the patterns are rarely worth running.
    if _GLOSS_LEAD_CUE.search(window) and _GLOSS_LEAD.search(window):
        return True
    after = text[end : end + 1]
    # A label quoted after the words that present it ('The nickname "ditch oil"'), or another name
    # offered in an appositive ("Gujinggong, or Ancient Well Tribute Liquor, is"), in a sentence
    # without MT's marks.
    quoted = after in ("”", "’", '"', "'") and _QUOTED_NAME_LEAD.search(window) is not None
    offered = after in (",", ")", ";") and _APPOSITIVE_BEFORE.search(window) is not None
    if (quoted or offered) and not shows_garble(text[left:right]):
        return True
    if _quoted_as_an_example(text, start, end, left, right):
        return True  # '"Steamed chicken without sexual life" used to be a restaurant's version'
    rules = glossary.rules(hit.entry)
    offset = max(left, start - 160)
    if any(cue in window for cue in rules.anchor_cues) and any(
        _close(window[found.end() :]) and view.written(offset + found.start())
        for found in rules.anchor.finditer(window)
    ):
        return True
    after = text[end : min(right, end + 160)]
    trail = _GLOSS_TRAIL.match(after)
    if trail is not None and (
        trail["term"] is not None
        or (rules.anchor.match(after, trail.end()) if trail["known"] else hit.entry.kind in NAME_KINDS)
    ):
        return True  # a term followed by "means" is used, not talked about: "Generic erasure means"
    if TERM_LEAD.search(text, max(left, start - 40), start) is not None and not shows_garble(
        text[left:right]
    ):
        return True  # "The phrase small fresh meat describes young idols": the phrase talked about
    if pinyin_offered_before(text, left, start) and not shows_garble(text[left:right]):
        return True  # "lanwei lou, or rotten-tail buildings": the pinyin's literal English
    if hit.ambiguous:
        found = rules.anchor.search(after)
        return found is not None and _close(after[: found.start()]) and view.written(end + found.start())
    # A safe rendering right before its own Chinese in brackets shows the writer's source:
    # ``Zhou Jie Lun (周杰倫)`` on a page that teaches the name's syllables.
    opened = _BRACKET_OPEN.match(after) if hit.entry.zh else None
    if opened is not None:
        found = rules.anchor.match(after, opened.end())
        return found is not None and found.group() != hit.entry.name
    return False


_BRACKET_OPEN = re.compile(r"(?<![ \t])[ \t]*+[(（]")
#: Words of a sentence about a translation or a name, which quotes a calque to show it.
_ABOUT_A_RENDERING = regex.compile(
    r"\b(?:(?:mis)?translat\w*|literal(?:ly)?|version|examples?|menus?|Chinglish|signs?|actually)\b", regex.I
)
#: A quotation opened before a rendering (a single mark only after a space), not closed before it.
_OPENED_QUOTE = regex.compile(r"(?:[“\"]|(?<![^\s(])[‘'])[^“”\"\n]*+\Z")
#: The quotation closed after it, within a few words.
# The run stops at the first closing mark, so it holds none (possessive: no backtracking).
_CLOSED_QUOTE = regex.compile(r"[^“”\"\n’']{0,40}+[”\"’']")


def _quoted_as_an_example(text: str, start: int, end: int, left: int, right: int) -> bool:
    """Whether the rendering from ``start`` to ``end`` lies inside a quotation that a sentence about translation shows.

    A page about menus and signs quotes the calques it laughs at (``A notable
    example is “husband and wife lung slices.”``): the words are talked
    about, in a sentence without MT's marks.

    >>> text = 'A menu called it "chicken without sexual life" once.'
    >>> _quoted_as_an_example(text, 18, 45, 0, len(text))
    True
    >>> text = 'He ordered "chicken without sexual life" and tea.'
    >>> _quoted_as_an_example(text, 12, 39, 0, len(text))
    False
    """
    if not _OPENED_QUOTE.search(text, max(left, start - 80), start):
        return False
    if not _CLOSED_QUOTE.match(text, end, min(right + 1, end + 41)):
        return False
    sentence = text[left:right]
    return _ABOUT_A_RENDERING.search(sentence) is not None and not shows_garble(sentence)


# After a rendering: the name it is better known by, or what the word means (it is talked about).
_GLOSS_TRAIL = regex.compile(
    r"(?<![ \t])(?:(?P<known>[ \t]*+,?[ \t]*+(?:(?:better|also|now|more[ \t]+commonly)[ \t]+)?known"
    r"(?:[ \t]+in[ \t]+English)?[ \t]+as[ \t]+"
    # "the Wumen Gate, also called the Meridian Gate".
    r"|[ \t]*+,?[ \t]*+(?:(?:also|now|often|usually|commonly)[ \t]+)?called[ \t]+(?:the[ \t]+)?"
    # An appositive naming it: "the Jiaotai Hall, or Hall of Union".
    r"|[ \t]*+,[ \t]*+or[ \t]+(?:the[ \t]+)?)"
    r"|[ \t]+(?:means|meaning|literally|translates|nickname)\b"
    # The Chinese name taught: "Ctrip, called Xiecheng in Chinese,", "(Xiecheng in Chinese)"; not
    # "millet in Chinese market", where the words go on.
    r"|[ \t]+in[ \t]+(?:Chinese|Mandarin|Cantonese|pinyin)(?![ \t]*+[\w(])"
    # The name talked about: "Fire God Mountain Hospital was the nickname", "is an old name".
    r"|[ \t]+(?:is|was)[ \t]+(?:the|a|an|its)[ \t]+(?:(?:informal|popular|common|local|old|former|literal"
    r"|English|nick)[ \t]*)?name\b"
    # The word taught: "Weiruan is the pinyin for Microsoft", "Guge is Mandarin for Google".
    r"|[ \t]+(?:is|was)[ \t]+(?:the[ \t]+)?(?:pinyin|Chinese|Mandarin|Cantonese)"
    r"(?:[ \t]+(?:name|word|spelling|romani[sz]ation))?[ \t]+(?:for|of)\b"
    # A word or a phrase taught as one, of any kind: "Little fresh meat is a slang term for".
    r"|(?P<term>"
    + TERM_AFTER
    # The name it goes by, named after it: '"rotten tail buildings", as they are known in Chinese'.
    + r"|[”’\"']?"
    + KNOWN_AFTER
    + r"))"
)


def _glossed_pinyin(
    rendering: str, text: str, start: int, end: int, sentence: tuple[int, int] | None = None
) -> bool:
    """Whether a writer glosses a pinyin name in brackets: ``the Yiheyuan (Summer Palace)``.

    Every word of the rendering reads as pinyin and a bracket follows, in a
    ``sentence`` (by default the whole text) without MT's spaced or Chinese
    marks (MT writes ``Weilai (NIO) sold cars , The``, and ``the lutes brand
    (Lotus)``, which is no pinyin); a writer's stray space elsewhere in the
    paragraph (``Xi'an , almost``) does not undo the gloss.
    Or the pinyin fills a bracket right after the words it glosses, in such a
    sentence: ``Lay's snack foods (Le Shi)``, a brand's Chinese name taught.
    Or the pinyin opens a guidebook's bracket of facts after a sight's
    English name, the items parted by semicolons: ``ARMY OF TERRACOTTA
    WARRIORS (Bingmayong; admission ¥150)``, whatever the paragraph shows.
    Or the pinyin is an appositive after the English name it glosses, in
    such a sentence: ``Elephant Hill, or Xiangbishan, stands``.

    >>> _glossed_pinyin("Bingmayong", "The Bingmayong (Terra Cotta Army) stands there.", 4, 14)
    True
    >>> _glossed_pinyin("Weilai", "Weilai (NIO) sold cars , The plan grew .", 0, 6)
    False
    >>> _glossed_pinyin("Bingmayong", "WARRIORS\\n( Bingmayong; www.bmy.com.cn ; 8am-5pm)", 11, 21)
    True
    >>> _glossed_pinyin("Qianqing Palace", "The Qianqing Palace (Palace of Heavenly Purity) stands.", 4, 19)
    True
    >>> _glossed_pinyin("Le Shi", "You are eating Lay's snack foods (Le Shi), the happy things.", 34, 40)
    True
    >>> _glossed_pinyin("Xiangbishan", "Near Elephant Hill, or Xiangbishan, boats wait.", 23, 34)
    True
    >>> _glossed_pinyin("Xiangbishan", "Near Elephant Hill , or Xiangbishan , boats wait .", 24, 35)
    False

    A bracket that holds a stock code glosses nothing: market news puts the
    code after a company's name, and MT leaves the name in pinyin.

    >>> _glossed_pinyin("Aimeike", "The profit of Aimeike (300896.SZ) rose.", 14, 21)
    False
    >>> _glossed_pinyin("Haohai Shengke", "Haohai Shengke (HK: 06826) fell.", 0, 14)
    False

    Nor does a bracket that holds the share price and the day's change,
    as market round-ups write them.

    >>> _glossed_pinyin("Xinwufeng", "Xinwufeng (3.98+3.92%, Diagnostic Stock) rose.", 0, 9)
    False
    >>> _glossed_pinyin("Xinwufeng", "Xinwufeng (4.10 +3.80%) rose.", 0, 9)
    False
    """
    left, right = sentence or (0, len(text))
    # The pinyin is the whole of a bracket after what it glosses: ``Lay's snack foods (Le Shi)``;
    # short syllables (``Le``, ``Shi``) are English words too, so only their spelling counts here.
    if (
        text.startswith(")", end)
        and _GLOSSED_WORD_BRACKET.search(text, max(0, start - 4), start) is not None
        and all(scans_as_pinyin(word) for word in rendering.split())
    ):
        return not shows_garble(text[left:right])
    words = rendering.split()
    if len(words) > 1 and words[-1] in _SIGHT_WORDS:
        words = words[:-1]  # a guidebook's "Qianqing Palace (Palace of Heavenly Purity)"
    if not all(pinyin_name(word, tell=False) for word in words):
        return False
    if _SEMICOLON_AFTER.match(text, end) and _BRACKET_BEFORE.search(text, max(0, start - 4), start):
        return True
    return (
        (text.startswith(" (", end) and _STOCK_CODE_BRACKET.match(text, end) is None)
        or _APPOSITIVE_BEFORE.search(text, max(0, start - 40), start) is not None
    ) and not shows_garble(text[left:right])


#: A bracket opened right before a rendering (a space left where its Chinese was stripped),
#: and the semicolon that parts it from the next fact (spaced too, in text a tokeniser split).
_BRACKET_BEFORE = re.compile(r"[(（][ \t]?\Z")
_SEMICOLON_AFTER = re.compile(r"[ \t]?[;；]")
#: A bracket holding a listed company's stock code (``(300896.SZ)``, ``(HK: 06826)``, ``(600519)``),
#: not a year (``(1750)``), or its price and day's change (``(5.06+7.89%)``, ``(9.64 +3.21%, ...``):
#: it follows the company's name, and glosses nothing.
_STOCK_CODE_BRACKET = re.compile(
    r"(?<![ \t])[ \t]*+[(（][ \t]*+(?:(?:SH|SZ|HK|BJ|SHA|SHE)[ \t]*+[:：][ \t]*+\d{4,6}"
    r"|\d{4,6}[ \t]*+\.[ \t]*+(?:SH|SZ|HK|BJ|SS)\b|\d{5,6}"
    r"|\d{1,5}\.\d{1,3}[ \t]*+[+-][ \t]*+\d{1,3}(?:\.\d{1,3})?%)[ \t]*+[)）,，;；]"
)
#: An English name and the ``, or`` that offers the pinyin as its other name: ``Elephant Hill, or Xiangbishan``.
_APPOSITIVE_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’-]*,[ \t]+or[ \t]+\Z")
#: The English word a guidebook puts after a sight's pinyin name, before glossing the whole in brackets.
_SIGHT_WORDS = frozenset(
    "Palace Hall Gate Temple Garden Park Mountain Hill Bridge Street Road Lake Tower Pavilion Pagoda Monastery".split()
)
#: A bracket opened right after a word (or its closing quote) and a space: what it holds glosses that word.
_GLOSSED_WORD_BRACKET = re.compile(r"[\w’'”\"][ \t][(]\Z")


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


#: Kinds of name that are not a company's: before a company form, the words are another company's name.
_NOT_COMPANIES = frozenset({"product", "person", "place"})
_COMPANY_FORM = regex.compile(
    r"(?<![ \t])[ \t]++(?:Co\b|Company|Corp\b|Corporation|Group|Holdings?|Inc\b|Ltd\b|Limited|Pharmaceuticals?"
    r"|Technolog(?:y|ies)|Securities|Industr(?:y|ies))"
)


def _names_a_company(hit: Hit, text: str, end: int) -> bool:
    """Whether a product, person or place rendering is the first word of a company's name.

    ``Lansheng`` renders the Range Rover (揽胜), but ``Lansheng Co., Ltd.``
    is a listed company of its own: a pinyin name before a company form is
    that company's (a place in it, ``Huhehaote Dairy Co.``, is part of the
    company's registered name).

    >>> from mtclean.glossary.model import Entry
    >>> hit = Hit(Entry(name="Range Rover", kind="product", wrong=("Lansheng",)), False, False)
    >>> _names_a_company(hit, "Lansheng Co., Ltd. rose", 8), _names_a_company(hit, "Lansheng is made", 8)
    (True, False)
    """
    return hit.entry.kind in _NOT_COMPANIES and _COMPANY_FORM.match(text, end) is not None


#: The word after a place's name that makes it one: ``Jingdong County``, ``Shengsi Islands``.
_PLACE_FORM = regex.compile(
    r"(?<![ \t])[ \t]++(?:(?:\p{Lu}\p{Ll}++[ \t]++)?Autonomous|County|District|Prefecture|Township|Subdistrict|Islands)"
    r"\b(?![\w'’-])"
)


def _names_a_place(hit: Hit, text: str, end: int) -> bool:
    """Whether a rendering of something other than a place is the name of a county, district or isles.

    Pinyin renderings are often a place's name too: ``Jingdong`` (JD.com) is
    a county in Yunnan, ``Shengsi`` (MindSpore) an archipelago off
    Zhoushan, ``Wangyi`` a district of Tongchuan.  Followed by the word that
    makes it a place, it is that place.

    >>> from mtclean.glossary.model import Entry
    >>> hit = Hit(Entry(name="JD.com", kind="company", wrong=("Jingdong",)), False, False)
    >>> _names_a_place(hit, "JD.com County grows tea", 6), _names_a_place(hit, "JD.com Mall", 6)
    (True, False)
    """
    return hit.entry.kind != "place" and _PLACE_FORM.match(text, end) is not None


def _is_mention(hit: Hit, text: str, start: int, end: int) -> bool:
    """Whether the rendering is quoted, not used.

    A phrase in quotation marks, and an ambiguous rendering right after an
    opening quotation mark that closes within a few words (``called its
    handsets "millet phones"``), are words being talked about.  A quotation
    that goes on is speech that uses the words (``"Cost performance is what
    buyers want, not the lowest price," he said``).

    >>> from mtclean.glossary import load_glossary
    >>> hit = load_glossary().hit("millet")
    >>> _is_mention(hit, 'called its handsets "millet phones" at first', 21, 27)
    True
    >>> _is_mention(hit, '"millet will sell more phones in Europe this year," he said', 1, 7)
    False
    """
    if start == 0 or text[start - 1] not in "“‘\"'":
        return False
    if hit.ambiguous:
        return _QUOTE_CLOSES.match(text, end) is not None and not _quoted_title(hit, text, start, end)
    return end < len(text) and text[end] in "”’\"'"


# The rest of a quoted term: at most three more words, then the closing quotation mark.
_QUOTE_CLOSES = regex.compile(r"(?:[ \t-]{1,3}+[\w&.+-]{1,30}+){0,3}[,.!?]?[”’\"']")
#: The data folders whose entries are titles of works (shows, films, games).
_WORKS = ("entertainment", "games")
#: The quotation closed right after a title (a comma or full stop may stand inside it).
_TITLE_CLOSES = re.compile(r"[,.]?[”’\"']")
#: Short words a title leaves in lower case (``Dead to Rights``, ``Legends of the Condor Heroes``).
_TITLE_SMALL_WORDS = frozenset("of the a an and in on to for at with from vs".split())
#: Words that give a work another name just before its opening quotation mark: a nickname or a
#: translation is talked about (``fans called it "Running Brothers"``, ``subtitles rendered it as``).
#: Bounded to the 40 characters before the mark, so the look-back stays linear.
_NAMED_BEFORE = regex.compile(
    r"(?:\b(?:nicknamed|dubbed|known[ \t]+as|referred[ \t]+to[ \t]+as|rendered(?:[ \t]+\w+)?[ \t]+as"
    r"|translated(?:[ \t]+\w+)?[ \t]+as)"
    r"|\bcall(?:s|ed|ing)?[ \t]+(?:it|them|him|her|the[ \t]+\w+))[ \t]*[“‘\"']\Z"
)
_NAMED_REACH = 40


def _quoted_title(hit: Hit, text: str, start: int, end: int) -> bool:
    """Whether a quoted rendering is the title of a show, film or game, quoted whole as titles are.

    Pages quote the titles they name (``"Running Brothers" returns on
    Friday``): the title is used, not talked about, so it is judged like
    any other ambiguous rendering (its entry's context words must be there).
    A quotation that holds more than the rendering, or a rendering not in
    title case, is still a word talked about.

    >>> from mtclean.glossary import load_glossary
    >>> hit = load_glossary().hit("Nanjing Photo Studio")
    >>> _quoted_title(hit, '"Nanjing Photo Studio," directed by Shen Ao', 1, 21)
    True
    >>> _quoted_title(hit, '"Nanjing Photo Studio prints" is the sign', 1, 21)
    False

    A nickname or a translation given just before the quotation is talked
    about, not the work's title used.

    >>> _quoted_title(hit, 'fans called it "Nanjing Photo Studio" at first', 16, 36)
    False
    """
    if _TITLE_CLOSES.match(text, end) is None:
        return False
    if _NAMED_BEFORE.search(text, max(0, start - _NAMED_REACH), start) is not None:
        return False
    words = text[start:end].split()
    if len(words) < 2 or not all(word[0].isupper() or word in _TITLE_SMALL_WORDS for word in words):
        return False
    return PurePath(hit.entry.path).parent.name in _WORKS


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
        or _CHINESE_MARK_IN_ENGLISH.search(text) is not None
        or _MT_CASING.search(text) is not None
    )


# A model code right after a rendering: letters then digits (L9, X50, ID.4, SU7, Mate60).
_MODEL_CODE = regex.compile(r"(?:(?<![ \t])[ \t]+|-)([A-Za-z]{1,6})\.?\d[A-Za-z\d]*\+?(?![\w&-])")
_TITLE_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
_LETTER_WORD = regex.compile(r"(?<![\w'’-])\p{L}[\p{L}'’]+")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
#: How many evidence characters of a sentence ``explain`` quotes.
_QUOTED = 100


class _Judge:
    """Decides, for each match of one paragraph, whether to replace it, and on which evidence."""

    def __init__(
        self,
        glossary: Glossary,
        text: str,
        found: list[tuple[re.Match[str], Hit]],
        discourse: _Discourse | None = None,
    ) -> None:
        self.glossary = glossary
        self.text = text
        self.found = found
        self.discourse = discourse
        safe = [Edit(*match.span(), hit.entry.name, "") for match, hit in found if not hit.ambiguous]
        self.offsets = OffsetMap(safe)
        self.view = _View(apply(text, safe) if safe else text, self.offsets.replaced())
        self._garbled: bool | None = None
        #: Each safe rendering's span in the view, with its match and hit (a list's items).
        self._safe: list[tuple[int, int, re.Match[str], Hit]] | None = None

    def garbled(self) -> bool:
        """Whether the paragraph shows MT garble, or its sentence's evidence repairs an ambiguous rendering.

        The second (``millet`` beside ``Lei Jun``) is the entry garbled in
        this very paragraph; :func:`_garbled` tells the first.
        """
        if self._garbled is None:
            self._garbled = False  # while it is worked out: a variant asks again, and must not loop
            # A safe rendering that its own vetoes keep (``Leading Ideal ONE``, a first name) is no garble.
            kept = [(match, hit) for match, hit in self.found if hit.ambiguous or self.verdict(match, hit)]
            self._garbled = _garbled(self.text, kept) or any(
                hit.ambiguous and self.verdict(match, hit, document=False) is not None
                for match, hit in self.found
            )
        return self._garbled

    def verdict(self, match: re.Match[str], hit: Hit, *, document: bool = True) -> tuple[str, str] | None:
        """``(rule, evidence)`` if the match is to be replaced, else ``None``.

        ``document=False`` asks only for the evidence of the match's own sentence.
        """
        text, view = self.text, self.view
        rules = self.glossary.rules(hit.entry)
        if _overlaps_name(hit, text, *match.span()):
            return None
        start, end = self.offsets.shift_span(match.span())
        listed = ""
        if not hit.ambiguous:  # already the name in the view
            end = start + len(hit.entry.name)
        elif hit.list_only:
            listed = self._listed_beside_garble(hit, start, end)
            if not listed:
                return None
            supported = False
        else:
            # Every test below may only refuse, so the evidence for an ambiguous rendering is
            # looked for first (its sentence's, else the document's, which most renderings left
            # alone lack): one without any is refused before them.
            supported = self._in_sentence(hit, rules, start, end)
            if not supported:
                evidence = ""
                if document and self._may_have_document_evidence(hit.entry):
                    evidence = self._in_document(hit, start, end)
                if not evidence and hit.entry.kind in NAME_KINDS:
                    listed = self._listed_beside_garble(hit, start, end)
                if not evidence and not listed:
                    return None
        if (hit.ambiguous or hit.entry.kind == "phrase") and _is_mention(hit, view.text, start, end):
            return None
        if _names_a_company(hit, view.text, end) or _names_a_place(hit, view.text, end):
            return None
        if _after_surname(match.group(), view.text, start) or rules.vetoed_by_neighbour(
            view.text, start, end
        ):
            return None
        if _is_gloss(self.glossary, hit, view, start, end) or _glossed_pinyin(
            match.group(), view.text, start, end, view.sentence(start, end)
        ):
            return None
        if _sentence_has(rules.not_context, view, start, end):
            return None
        if not hit.ambiguous:
            return NAME.name, ""
        if hit.entry.variant and not self.garbled():
            return None
        if listed:
            return NAME_IN_LIST.name, listed
        if supported:
            return NAME_IN_CONTEXT.name, ""
        return NAME_IN_DOCUMENT.name, evidence

    def _in_sentence(self, hit: Hit, rules: EntryRules, start: int, end: int) -> bool:
        """Whether the ambiguous rendering at ``start:end`` of the view has its sentence's evidence.

        An adjacent word (if the entry lists any) and a context word in the
        sentence (if it lists any), and the rendering not capitalised mid-sentence.
        """
        entry = hit.entry
        if hit.mid_sentence:
            return False
        text = self.view.text
        # Listed beside another company's name (``fast hand and Douyin``), a rendering touches a name too.
        adjacent = (
            not entry.adjacent
            or rules.adjacent(text, start, end)
            or (entry.kind in NAME_KINDS and _coordinated(self.glossary, text, start, end))
        )
        return adjacent and (not entry.context or _sentence_has(rules.context, self.view, start, end))

    def _listed_beside_garble(self, hit: Hit, start: int, end: int) -> str:
        """The list evidence for an ambiguous rendering of a name at ``start:end`` of the view ("" if none).

        The only evidence an ``in_lists`` rendering takes, and the last one
        an ambiguous rendering of a name is asked for.

        The rendering must be a whole item of a list in its sentence
        (:func:`_list_items`), and another item a safe rendering, replaced
        here, of a name of the same kind and domain.  Only a safe rendering
        counts: it is never English, so a clean list (``NIO, XPeng and
        Ideal Standard``) cannot open the rule, and an official name cannot
        tell garble from a clean list.  A second run reads the neighbour as
        its official name and so finds no evidence, but it finds no
        rendering either: the first run replaced it.
        """
        if self._safe is None:
            safe = sorted(
                ((match, found) for match, found in self.found if not found.ambiguous),
                key=lambda pair: pair[0].start(),
            )
            self._safe = [
                (left, right, match, found)
                for (left, right), (match, found) in zip(self.offsets.replaced(), safe, strict=True)
            ]
        entry = hit.entry
        domain = domain_of(entry.path)
        kind = _LIST_KIND.get(entry.kind, entry.kind)
        if not any(_LIST_KIND.get(found.entry.kind, found.entry.kind) == kind for *_, found in self._safe):
            return ""
        items, whole = _list_items(self.view, start, end)
        if not items:
            return ""
        text = self.view.text
        names = {(left, right) for left, right, *_ in self._safe} | {
            self.offsets.shift_span(match.span()) for match, found in self.found if found.ambiguous
        }
        for item in whole:
            words = text[item[0] : item[1]]
            if (
                words.islower()
                and not any(left < item[1] and item[0] < right for left, right in names)
                and words.split()[0].rstrip(".") not in _LIST_TAILS
            ):
                return ""  # ``Weiwo, Oupo, millet and rice``: a list of things, not only of names
        for left, right, match, found in self._safe:
            other = found.entry
            if (left, right) not in items or other is entry or _LIST_KIND.get(other.kind, other.kind) != kind:
                continue
            if domain_of(other.path) != domain or self.verdict(match, found) is None:
                continue
            return f"listed with {match.group()!r} ({other.name}), a garbled name of the same kind"
        return ""

    def _may_have_document_evidence(self, entry: Entry) -> bool:
        """Whether :meth:`_in_document` could find evidence for ``entry``, as far as is known already.

        A term listed with adjacent words takes none; every other evidence
        is one of :meth:`_Discourse.evidence`'s, and once the document is
        known to hold none for the entry, no rendering of it need be judged.
        """
        if self.discourse is None:
            return False
        if entry.kind not in NAME_KINDS:
            return not entry.adjacent and not self.discourse.known_empty(entry, garbled_only=True)
        return not self.discourse.known_empty(entry)

    def _in_document(self, hit: Hit, start: int, end: int) -> str:
        """The document's evidence for a rendering that has none in its sentence ("" if none).

        Either the rendering has the shape of a name where it stands (a
        model code of the entry's family after it, ``glory X50`` as ``X60``
        is listed, or, listed in lower case, it is capitalised
        mid-sentence)
        and the document names the entry; or the paragraph shows MT garble,
        the rendering stands before a word it names (``ideal cars``), and the
        document shows a rendering of the entry fixed on its own evidence.
        A term (not a name) takes the last evidence alone, wherever it stands.
        """
        entry = hit.entry
        if self.discourse is None:
            return ""
        if entry.kind not in NAME_KINDS:
            # One sense per discourse: the document shows the term fixed on its own sentence's
            # evidence elsewhere.  Not a term that is one only beside its neighbours (``CLTC
            # battery life``): ``the phone's battery life`` a paragraph later is English.
            return "" if entry.adjacent else self.discourse.evidence(entry, garbled_only=True)
        text = self.view.text
        code = _MODEL_CODE.match(text, end)
        of_family = code is not None and code.group(1) in self.glossary.rules(entry).code_prefixes
        capitalised = (
            hit.mid_sentence and _names_a_noun(text, start, end) and _capital_shape(self.view, start, end)
        )
        before_a_verb = _SUBJECT_VERB.match(text, end) is not None
        subject = hit.mid_sentence and before_a_verb
        if of_family or (capitalised or (subject and _capital_shape(self.view, start, end))):
            found = self.discourse.evidence(entry)
            if found:
                return found
        named = _names_a_noun(text, start, end) or _coordinated(self.glossary, text, start, end)
        if not hit.mid_sentence and named and self.garbled():
            return self.discourse.evidence(entry, garbled_only=True)
        if before_a_verb or _stands_as_a_company(text, start, end):
            return self.discourse.evidence(entry, garbled_only=True)
        return ""


#: A verb after a rendering, which then stands as a sentence's subject (``Glory will build``).
_SUBJECT_VERB = regex.compile(
    r"(?<![ \t])[ \t]+(?:is|was|are|were|will|would|has|have|had|can|could|said|says|plans|launched|released"
    r"|ranked|announced|unveiled|reported|sold|sells|shipped|opened|faces|acquired|posted|expects|aims)\b"
)
#: A role a person holds in a company, before ``of`` and a rendering: ``the CEO of glory``.
_ROLE_OF = regex.compile(
    r"(?<![\w-])(?:CEO|CFO|CTO|COO|chairman|chairwoman|founder|co-founder|president|spokesman|spokeswoman"
    r"|spokesperson|shareholders?|subsidiary|employees)[ \t]+of[ \t]+\Z"
)


def _stands_as_a_company(text: str, start: int, end: int) -> bool:
    """Whether the rendering has a company's possessive or follows a role in one: ``Glory's tablet``, ``CEO of glory``.

    Asked with the subject of a verb, of a rendering that its own sentence
    does not support: only the document's garble of the same entry opens it.

    >>> _stands_as_a_company("the CEO of glory said", 11, 16), _stands_as_a_company("Glory's tablet", 0, 5)
    (True, True)
    >>> _stands_as_a_company("the glory of the team", 4, 9)
    False
    """
    return text[end : end + 2] in ("'s", "’s") or _ROLE_OF.search(text, max(0, start - 40), start) is not None


#: The last character of each of :data:`_COORDINATED_BEFORE`'s separators (``and``, ``vs.``).
_SEPARATOR_ENDS = frozenset(",、dr&s.")
_SPACE_OR_TAB = " \t".__contains__
_COORDINATED_AFTER = regex.compile(r"(?<![ \t])(?:[,、]|[ \t]+(?:and|or|&|vs\.?))[ \t]+(\p{L}[\w&-]*)")
_COORDINATED_BEFORE = regex.compile(
    r"(?<![\w&-])(\p{L}[\w&-]*)(?:,|、|[ \t]and|[ \t]or|[ \t]&|[ \t]vs\.?)[ \t]+\Z"
)


def _coordinated(glossary: Glossary, text: str, start: int, end: int) -> bool:
    """Whether the rendering is listed beside another company's name: ``millet and Huawei``, ``OPPO, Huawei, glory``.

    The other name is written as the glossary's official name of a company
    or brand that is not an ordinary English word (``Huawei``, ``OPPO``;
    not ``Apple``, ``Honor``), so a grain listed with other grains never counts.
    A comma alone between the two is a list only with a separator on the
    far side of one of them: ``For Xiaomi, glory came late`` is an opening
    phrase and its clause.

    >>> from mtclean import load_glossary
    >>> [_coordinated(load_glossary(), text, text.index("glory"), text.index("glory") + 5) for text in (
    ...     "Huawei and glory", "OPPO, Huawei, glory", "glory, Huawei and OPPO", "For Xiaomi, glory came late")]
    [True, True, True, False]
    """
    after = _COORDINATED_AFTER.match(text, end)
    before = None
    # The search back tries every position of its window: only where spaces end it after a separator.
    spaces = _run_start(text, start, _SPACE_OR_TAB)
    if 0 < spaces < start and text[spaces - 1] in _SEPARATOR_ENDS:
        before = _COORDINATED_BEFORE.search(text, max(0, start - 40), start)
    names = glossary.company_names
    after_named = after is not None and after.group(1) in names
    before_named = before is not None and before.group(1) in names
    # A bare comma between two words is no list (``For Xiaomi, glory came late``): with a comma
    # alone, the rendering or its neighbour needs a separator on its other side too.
    if (
        after is not None
        and after_named
        and (not _bare_comma(text[end : after.start(1)]) or _COORDINATED_AFTER.match(text, after.end()))
    ):
        return True  # ``glory and Huawei``, ``glory, Huawei and OPPO``
    if before is not None and before_named:
        if not _bare_comma(text[before.end(1) : start]):
            return True  # ``Huawei and glory``
        if _SEPARATOR_BEFORE.search(text, max(0, before.start() - 8), before.start()):
            return True  # ``OPPO, Huawei, glory``
    return (
        (after_named or before_named) and after is not None and before is not None
    )  # ``Huawei, glory, OPPO``


#: A separator that ends just before a list's item: ``OPPO, `` before ``Huawei, glory``.
_SEPARATOR_BEFORE = regex.compile(r"(?:[,、]|[ \t](?:and|or|&))[ \t]+\Z")


def _bare_comma(separator: str) -> bool:
    """Whether a separator is a comma alone (no ``and``/``or`` after it): ``", "`` but not ``", and "``."""
    return separator.strip(" \t") == ","


#: Kinds that are one kind among a list's items: the glossary files a maker under either
#: (Honor is a brand, Xiaomi a company; AITO a brand, Seres a company).
_LIST_KIND = {"brand": "company"}
#: What separates the items of a list: a comma (with ``and``/``or`` after it or not), ``、``,
#: or ``and``, ``or``, ``&`` between spaces.
_LIST_SEPARATOR = regex.compile(
    r"(?<![ \t])(?:[ \t]*+,[ \t]++(?:(?:and|or)[ \t]++)?|[ \t]*+[，、][ \t]*+|[ \t]++(?:and|or|&)[ \t]++)"
)
#: An item of a list: one to four words (``Zero Run``, ``Deep Blue Auto``).
_LIST_ITEM = regex.compile(r"[\p{L}\d][\w&'’-]*+(?:\.\w++)*+(?:[ \t]++[\p{L}\d][\w&'’-]*+(?:\.\w++)*+){0,3}")
#: A comma after the last item of a list.
_COMMA_AFTER = regex.compile(r"(?<![ \t])[ \t]*+[,，]")
#: A word of a list's item, after the spaces before it.
_LIST_WORD = regex.compile(r"(?:(?<![ \t])[ \t]++)?[\p{L}\d][\w&'’-]*+(?:\.\w++)*+")
#: What may follow the last item of a list: a mark, or the end of the sentence.
_LIST_END_MARK = regex.compile(r"(?<![ \t])[ \t]*+(?:[.;:!?)）\]。；：！？\"”]|\Z)")
#: Last items of a list of names in lower case that are not things: ``Weilai, Ideal and others``.
_LIST_TAILS = frozenset(("others", "so", "etc", "more", "other"))
#: Words that may follow the last item of a list that is a subject: ``... and Ideal all rose``.
_AFTER_LIST = frozenset(
    "all both each also respectively together alone jointly collectively successively still again".split()
)


def _list_items(view: _View, start: int, end: int) -> tuple[set[tuple[int, int]], list[tuple[int, int]]]:
    """The other items of the list ``view.text[start:end]`` is a whole item of, as spans (empty if none).

    Also the items found whole, between separators or at the list's end
    (the caller refuses a list of which one is a word in lower case, such as
    ``rice``, that is no name; the first item's stretch, ``When sales fell,
    NIO``, may end in any word).

    The rendering is a whole item: a separator or the list's end on each
    side, where the list's end is a mark, a function word, a preposition, a
    verb or a word such as ``all``, never a noun the rendering would modify
    (``Ideal cars``), nor after ``a``, ``an`` or a word of degree (``an
    Ideal, ...``).  A list has three items or more, or a separator that is
    not a bare comma (``A and B``, ``A、B``): ``Weilai, Ideal for families``
    is no list.  The other items are each whole, between separators; the
    first and last may stand in a longer stretch of words (``In May NIO``),
    and then only the words next to the separator count, which the caller
    checks against a safe rendering's span exactly.
    """
    text = view.text
    left, right = view.sentence(start, end)
    separators = [match.span() for match in _LIST_SEPARATOR.finditer(text, left, right)]
    before = next((span for span in reversed(separators) if span[1] == start), None)
    after = next((span for span in separators if span[0] == end), None)
    if before is not None and _joins(text, before):
        after = None  # the last item: a comma after it opens a clause (``..., Weima and Zero Run, followed``)
    if before is None and after is None:
        return set(), []
    if after is None and not _ends_a_list(text, end, right, comma=before is not None):
        return set(), []
    if before is None:
        words = _LETTER_WORD.findall(text, max(left, start - 20), start)
        if words and (words[-1].lower() in _DEGREE or words[-1][:1].isupper()):
            return set(), []
    items: set[tuple[int, int]] = set()
    whole: list[tuple[int, int]] = []
    count, plain = 1, True
    # Leftwards: each item between two separators, then the words before the first one.
    span = before
    while span is not None:
        plain = plain and text[span[0] : span[1]].strip(" \t") == ","
        previous = next((other for other in reversed(separators) if other[1] <= span[0]), None)
        floor = previous[1] if previous is not None else left
        item = _LIST_ITEM.fullmatch(text, floor, span[0]) if previous is not None else None
        count += 1
        if item is None:  # the first item, in a stretch of words: its last word or words
            items.update((first, span[0]) for first in range(floor, span[0]) if _starts_word(text, first))
            break
        items.add(item.span())
        whole.append(item.span())
        span = previous if previous is not None and previous[1] == item.start() else None
    # Rightwards likewise.
    span = after
    while span is not None:
        plain = plain and text[span[0] : span[1]].strip(" \t") == ","
        joined = _joins(text, span)
        following = None if joined else next((other for other in separators if other[0] >= span[1]), None)
        ceiling = following[0] if following is not None else right
        item = _LIST_ITEM.fullmatch(text, span[1], ceiling) if following is not None else None
        if following is None:  # the last item: its fewest words that end the list
            item = _last_item(text, span[1], right, comma=joined)
        count += 1
        if item is None:  # the last item, then the rest of the sentence
            items.update(
                (span[1], last) for last in range(span[1] + 1, ceiling + 1) if _ends_word(text, last)
            )
            break
        items.add(item.span())
        whole.append(item.span())
        span = following if following is not None and following[0] == item.end() else None
    return (items, whole) if count >= 3 or not plain else (set(), [])


def _joins(text: str, span: tuple[int, int]) -> bool:
    """Whether the separator at ``span`` holds ``and``, ``or`` or ``&``: what comes after it is the last item."""
    return text[span[0] : span[1]].strip(" \t,") in ("and", "or", "&")


def _last_item(text: str, start: int, right: int, *, comma: bool) -> regex.Match[str] | None:
    """The last item of a list from ``start``: its fewest words (one to four) after which the list ends.

    With ``comma``, after a conjunction, a comma ends the list too.
    """
    end = start
    for _ in range(4):
        word = _LIST_WORD.match(text, end, right)
        if word is None or (end > start and word.group()[:1] not in (" ", "\t")):
            return None
        end = word.end()
        if _ends_a_list(text, end, right, comma=comma):
            return _LIST_ITEM.fullmatch(text, start, end)
    return None


def _starts_word(text: str, position: int) -> bool:
    return text[position].isalnum() and (position == 0 or text[position - 1] in " \t")


def _ends_word(text: str, position: int) -> bool:
    return text[position - 1].isalnum() and (position == len(text) or not text[position].isalnum())


def _ends_a_list(text: str, end: int, right: int, *, comma: bool = False) -> bool:
    """Whether the last item of a list may end at ``end``: a mark or the sentence's end, or a word no noun follows as.

    With ``comma`` (the item follows ``and`` or ``or``), a comma ends it too.
    """
    if _LIST_END_MARK.match(text, end, right) or _SUBJECT_VERB.match(text, end):
        return True
    if comma and _COMMA_AFTER.match(text, end, right):
        return True
    following = _NEXT_WORD.match(text, end)
    return following is not None and (
        following.group(1).lower() in _NOT_NAMED or following.group(1).lower() in _AFTER_LIST
    )


#: Words before an adjective, never before a name: "an ideal car", "the most modern".
_DEGREE = frozenset("a an very more most less least so too quite really rather".split())
_NEXT_WORD = regex.compile(r"(?<![ \t])[ \t]+([\p{L}][\p{L}'’]*)")


def _names_a_noun(text: str, start: int, end: int) -> bool:
    """Whether the rendering stands before a word, as a name before what it names (``ideal cars``).

    Not before a function word, preposition or conjunction (``the public
    was``, ``Glory after``) or punctuation (``for glory,``), and not after a word of degree or an indefinite article
    (``an ideal car``, ``the most modern``).
    """
    following = _NEXT_WORD.match(text, end)
    if following is None or following.group(1).lower() in _NOT_NAMED:
        return False
    before = _LETTER_WORD.findall(text, max(0, start - 20), start)
    return not before or before[-1].lower() not in _DEGREE


#: Words after which a capitalised word is a title or a proper name of its own:
#: ``the film Glory``, ``a restaurant called Modern``, ``the ship Endurance``.
_TITLE_LEADS = frozenset(
    """film movie song hymn album novel book magazine journal show series play opera painting poem
    called named nicknamed titled dubbed word term motto slogan ship boat yacht horse dog cat band""".split()
)
#: Words a name does not stand before as a modifier (``Glory after a hymn``): prepositions and conjunctions.
_NOT_NAMED = FUNCTION_WORDS | frozenset(
    """about above across after against along among around because before behind below beside between
    beyond but despite during except if inside into like near nor off once onto out outside over past
    since so than though through till toward towards under unless until upon via when where whereas
    while within without yet""".split()
)


def _capital_shape(view: _View, start: int, end: int) -> bool:
    """Whether a rendering listed in lower case stands capitalised mid-sentence, as a name does.

    ``Its Glory brand`` (the caller also asks that a word it names follows):
    not in a run of capitalised words (``Modern Public
    Policy``), not as the title of a work (``the film Glory``), and not in a
    sentence written in title case.  The caller knows the rendering was
    listed in lower case and matched capitalised away from the start of a
    sentence or clause.
    """
    text = view.text
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).lower() not in FUNCTION_WORDS:
        return False
    previous = _LETTER_WORD.findall(text, max(0, start - 20), start)
    if previous and previous[-1].lower() in _TITLE_LEADS:
        return False
    if text[end : end + 1] in (" ", "\t", "-") and _TITLE_WORD.match(text, end + 1):
        return False
    left, right = view.sentence(start, end)
    others = [
        word.group()
        for word in _LETTER_WORD.finditer(text[left:start] + " " + text[end:right])
        if word.group().lower() not in FUNCTION_WORDS
    ]
    lower = sum(word[:1].islower() for word in others)
    return lower >= 2 and lower > len(others) - lower


class _Evidence:
    """Where a document names an entry: a sentence and what in it."""

    def __init__(self, what: str, number: int, sentence: str) -> None:
        self.what = what
        self.number = number
        self.sentence = sentence

    def __str__(self) -> str:
        sentence = " ".join(self.sentence.split())
        if len(sentence) > _QUOTED:
            sentence = sentence[: _QUOTED - 1] + "…"
        return f'{self.what} in sentence {self.number} of the document: "{sentence}"'


class _Discourse:
    """The glossary's evidence in one document, worked out on first need.

    The document is read as a second run would see it: a safe rendering, and
    an ambiguous one that its own sentence supports, count as the official
    name.  Context words count in two sentences or more.
    """

    #: How many sentences must hold an entry's context words.
    CONTEXT_SENTENCES = 2

    def __init__(
        self, glossary: Glossary, document: str, split: tuple[tuple[str, str], ...] | None = None
    ) -> None:
        self.glossary = glossary
        self.document = document
        #: The document's paragraphs and separators (:func:`paragraphs.split_document`).
        self._split = paragraphs.split_document(document) if split is None else split
        self._named: dict[str, _Evidence | None] = {}
        self._garbled: dict[str, _Evidence | None] = {}
        self._context: dict[str, _Evidence | None] = {}
        self._paragraphs: list[tuple[int, str]] = []
        #: The glossary's matches in each paragraph of the document (by its text), found once
        #: for the names pass and the document's evidence alike.
        self._found: dict[str, list[tuple[re.Match[str], Hit]] | None] = {}
        #: The judge of each paragraph's matches (by the paragraph's index), made on first need.
        self._judges: dict[int, _Judge] = {}
        self._sentences: list[tuple[int, int]] = []
        self._starts: list[int] = []
        #: Each entry's matches in the document (by the entry's identity), once indexed.
        self._index: dict[int, list[tuple[int, re.Match[str], Hit]]] | None = None

    def evidence(self, entry: Entry, *, garbled_only: bool = False) -> str:
        """The evidence for ``entry`` ("" if none), worked out for this entry on first need.

        With ``garbled_only``, only a rendering of the entry fixed on its own
        evidence (safe, or ambiguous with evidence in its sentence) counts.
        """
        if not self._paragraphs:
            self._layout()
        garbled = self._garbled_evidence(entry)
        found = (
            garbled
            if garbled_only
            else self._name_evidence(entry) or garbled or self._context_evidence(entry)
        )
        return str(found) if found else ""

    def known_empty(self, entry: Entry, *, garbled_only: bool = False) -> bool:
        """Whether :meth:`evidence` has been worked out for ``entry`` already and is "" (reads the caches only)."""
        name = entry.name
        if name not in self._garbled or self._garbled[name] is not None:
            return False
        if garbled_only:
            return True
        return (
            name in self._named
            and self._named[name] is None
            and name in self._context
            and self._context[name] is None
        )

    def _layout(self) -> None:
        """The document's paragraphs and sentences, with their offsets."""
        offset = 0
        for paragraph, separator in self._split:
            self._paragraphs.append((offset, paragraph))
            for left, right in _View(paragraph).sentences():
                self._sentences.append((offset + left, offset + right))
                self._starts.append(offset + left)
            offset += len(paragraph) + len(separator)

    def _name_evidence(self, entry: Entry) -> _Evidence | None:
        """The first sentence that holds the official name.

        Also in capitals, as companies style their names (``HONOR``), in a
        line of running text (not a heading all in capitals).
        """
        if entry.name not in self._named:
            found = None
            for name in dict.fromkeys((entry.name, entry.name.upper())):
                if name not in self.document:  # a substring test first: the pattern is rarely worth it
                    continue
                pattern = re.compile(r"(?<![\w&])" + re.escape(name) + r"(?![\w&])")
                for match in pattern.finditer(self.document):
                    if name == entry.name or _LOWER_WORD.search(
                        self.document, *line_around(self.document, *match.span())
                    ):
                        found = self._at(f"the name {name!r}", match.start())
                        break
                if found:
                    break
            self._named[entry.name] = found
        return self._named[entry.name]

    def _garbled_evidence(self, entry: Entry) -> _Evidence | None:
        """The first rendering of ``entry`` that the glossary replaces on its own evidence."""
        if entry.name in self._garbled:
            return self._garbled[entry.name]
        found = None
        # Each match of it in the document; its paragraph's own matches decide.
        for index, candidate, hit in self._matches_of(entry):
            offset, paragraph = self._paragraphs[index]
            judge = self._judges.get(index)
            if judge is None:
                judge = self._judges[index] = _Judge(self.glossary, paragraph, self.found(paragraph))
            if judge.verdict(candidate, hit) is not None:
                kind = "rendering" if hit.ambiguous else "safe rendering"
                found = self._at(f"the {kind} {candidate.group()!r}", offset + candidate.start())
                break
        self._garbled[entry.name] = found
        return found

    def found(self, text: str) -> list[tuple[re.Match[str], Hit]]:
        """The glossary's name matches in ``text`` (:func:`_found`), kept if it is a paragraph of the document.

        The names pass asks about each paragraph as it stands, and the
        document's evidence about the same paragraphs: each is matched once.
        """
        if not self._found:
            self._found = dict.fromkeys((paragraph for paragraph, _ in self._split), None)
        if text not in self._found:  # not a paragraph of the document: the pass has changed it
            return _found(self.glossary, text, self.glossary.names)
        found = self._found[text]
        if found is None:
            found = self._found[text] = _found(self.glossary, text, self.glossary.names)
        return found

    def _matches_of(self, entry: Entry) -> list[tuple[int, re.Match[str], Hit]]:
        """The document's matches of ``entry`` (one at a place), in order, with their paragraph's index.

        The glossary's matches in every paragraph are indexed by entry, once
        per document: the names pass needs the same matches (:meth:`found`),
        and a text of many documents (a megabyte window of a corpus) asks
        about hundreds of entries, which a scan of the text for each would
        make cost more than cleaning it.
        """
        if self._index is None:
            self._index = {}
            for index, (_, paragraph) in enumerate(self._paragraphs):
                placed: set[tuple[int, int]] = set()
                for candidate, hit in self.found(paragraph):
                    place = (id(hit.entry), candidate.start())
                    if place not in placed:
                        placed.add(place)
                        self._index.setdefault(id(hit.entry), []).append((index, candidate, hit))
        return self._index.get(id(entry), [])

    def _at(self, what: str, position: int) -> _Evidence:
        """Evidence ``what``, in the sentence around ``position`` of the document."""
        number = bisect_right(self._starts, position)
        left, right = self._sentences[number - 1]
        return _Evidence(what, number, self.document[left:right])

    def _context_evidence(self, entry: Entry) -> _Evidence | None:
        """Context words of ``entry`` in :attr:`CONTEXT_SENTENCES` sentences or more."""
        if entry.name in self._context:
            return self._context[entry.name]
        found: _Evidence | None = None
        pattern = self.glossary.rules(entry).context
        if pattern is not None:
            holding = [
                (number, left, right)
                for number, (left, right) in enumerate(self._sentences, start=1)
                if pattern.search(self.document, left, right)
            ]
            if len(holding) >= self.CONTEXT_SENTENCES:
                number, left, right = holding[0]
                words = sorted(
                    {
                        word.group()
                        for _, start, end in holding
                        for word in pattern.finditer(self.document, start, end)
                    }
                )
                what = f"context words {', '.join(map(repr, words))} in {len(holding)} sentences, first"
                found = _Evidence(what, number, self.document[left:right])
        self._context[entry.name] = found
        return found


def _replacement(hit: Hit, text: str, match: re.Match[str]) -> str:
    entry = hit.entry
    name = entry.plural if hit.plural and entry.plural else entry.name
    if (
        entry.kind in ("term", "phrase")
        and name[:1].islower()
        and match.group()[:1].isupper()
        and _at_sentence_start(text, match.start())
    ):
        return name[:1].upper() + name[1:]
    return name


_ARTICLE = regex.compile(r"(?<![\w&'’-])([Aa]n?)([ \t]+)\Z")
_THE = regex.compile(r"(?<![\w&'’-])[Tt]he[ \t]++\Z")


# Words spelt with a vowel that sound a consonant first, and the reverse.
_SOUNDS_CONSONANT = (
    "one",
    "once",
    "uni",
    "use",
    "usa",
    "usu",
    "uti",
    "ura",
    "ure",
    "uri",
    "uro",
    "eu",
    "ewe",
)
_SOUNDS_VOWEL = ("hour", "honest", "honor", "honour", "heir")


def _article(word: str) -> str:
    """``a`` or ``an`` before ``word``, by its sound as far as its spelling tells.

    >>> _article("explosive"), _article("user profile"), _article("one-inch screen"), _article("hour")
    ('an', 'a', 'a', 'an')
    """
    lower = word.lower()
    if lower.startswith(_SOUNDS_VOWEL):
        return "an"
    return "an" if lower[:1] in "aeiou" and not lower.startswith(_SOUNDS_CONSONANT) else "a"


def _with_article(text: str, start: int, replacement: str) -> tuple[int, str]:
    """Extend an edit over a preceding ``a``/``an`` that no longer agrees.

    ``an explosive model`` → ``a bestselling model``; only for replacements
    written in lower case (terms and phrases), whose first letter decides.
    A name that begins with its own ``The`` takes the place of the ``the``
    before it: ``the Tomb Robbing Notes series`` → ``The Lost Tomb series``,
    never ``the The Lost Tomb``.

    >>> _with_article("Fans of the Tomb Robbing Notes", 12, "The Lost Tomb")
    (8, 'The Lost Tomb')
    """
    if replacement.startswith("The "):
        found = _THE.search(text, max(0, start - 5), start)
        return (found.start(), replacement) if found else (start, replacement)
    if not replacement[:1].islower():
        return start, replacement
    found = _ARTICLE.search(text, max(0, start - 4), start)
    if found is None:
        return start, replacement
    article = found.group(1)
    if replacement.split(" ", 1)[0] in ("a", "an", "the"):  # "an open door red" → "a strong start"
        return found.start(), replacement
    wanted = _article(replacement)
    if article.lower() == wanted:
        return start, replacement
    wanted = wanted.capitalize() if article[0].isupper() else wanted
    return found.start(), wanted + found.group(2) + replacement


_NEXT_LETTERS = regex.compile(r"(?<![ \t])[ \t]+(\p{L}+)\b(?![-'’])")


def _past_repeated_word(text: str, end: int, replacement: str) -> int:
    """Extend an edit over the word after it that the replacement ends with already.

    The official name may hold a head noun that MT left outside the
    rendering: ``Kechuang 50 index`` → ``STAR 50 Index``, never ``STAR 50
    Index index``.

    >>> text = "The Kechuang 50 index rose."
    >>> _past_repeated_word(text, 15, "STAR 50 Index"), _past_repeated_word(text, 15, "STAR Market")
    (21, 15)
    """
    last = replacement.rsplit(" ", 1)[-1]
    if " " not in replacement or not last.isalpha():
        return end
    following = _NEXT_LETTERS.match(text, end)
    if following is None or following.group(1).lower() != last.lower():
        return end
    return following.end()


_PREVIOUS_LETTERS = regex.compile(r"(?<![\p{L}\d&'’-])(\p{L}+)[ \t]+\Z")


def _before_repeated_word(text: str, start: int, replacement: str) -> int:
    """Extend an edit over the word before it that the replacement begins with already.

    MT may keep the first word of an official name outside the rendering it
    garbles: ``the China Passenger Car Federation`` → ``the China Passenger
    Car Association``, never ``the China China Passenger Car Association``.

    >>> text = "the China Passenger Car Federation said"
    >>> _before_repeated_word(text, 10, "China Passenger Car Association"), _before_repeated_word(text, 10, "CPCA")
    (4, 10)
    """
    first = replacement.split(" ", 1)[0]
    if " " not in replacement or not first.isalpha():
        return start
    previous = _PREVIOUS_LETTERS.search(text, max(0, start - len(first) - 4), start)
    if previous is None or previous.group(1) != first:
        return start
    return previous.start()


_SENTENCE_AFTER = regex.compile(r"[ \t]*+(?:\Z|\n|[\p{Lu}\d\"“'‘(])")


def _with_final_mark(text: str, match: re.Match[str], replacement: str) -> str:
    """The replacement, with the ``?`` or ``!`` a rendering ends with kept where it also ends the sentence.

    ``Hungry?`` is the name (饿了么), and where a sentence ends with it the
    mark ends the sentence too: ``between Meituan and Hungry? For riders``
    keeps it, ``Meituan and hungry? are rivals`` does not.

    >>> text = "Meituan or Hungry? For riders"
    >>> _with_final_mark(text, re.search("Hungry[?]", text), "Ele.me")
    'Ele.me?'
    """
    mark = match.group()[-1]
    if mark not in "?!" or replacement.endswith(mark) or not _SENTENCE_AFTER.match(text, match.end()):
        return replacement
    return replacement + mark


#: What joins the parts of a package name, a slug or a path: ``baidu-aip``, ``github.com/xiaomi/mace``.
_JOINERS = "-/\\_"

#: A command-line option right before a value: ``--city wuhan``, ``-c wuhan``.
_OPTION_BEFORE = re.compile(r"(?<![\w-])(?:--[a-z][\w-]*|-[a-z])[ =]\Z")

#: Food and drink a dish or a product is named for, after a place in lower case
#: (``chaozhou chili oil``, ``fujian white tea``, ``shantou beef balls``): recipes
#: and menus write the place of a dish in lower case as they write ``sichuan
#: pepper``, and MT's lower-case places stand before other words (``linyi city``).
_DISH_AFTER = regex.compile(
    r"(?<![ \t])[ \t]++(?:white[ \t]++|black[ \t]++|green[ \t]++|red[ \t]++|aged[ \t]++|fried[ \t]++)?"
    r"(?:chil(?:[ie]|l[iy])(?:e?s)?|oil|sauce|paste|vinegar|tea|noodles?|rice|beef|pork|chicken|duck|goose|"
    r"lamb|mutton|fish|fishballs|crab|ham|sausages?|dumplings?|buns?|mooncakes?|cakes?|pancakes?|tofu|"
    r"hotpot|peppers?|peppercorns?|cumin|wine|beer|liquor|baijiu|zha[ \t]++cai|preserved|pickled|pickles?|"
    r"mustard|cabbage|congee|porridge|soup|broth|cuisine|dishes|dish|recipe|recipes)(?![\w-])"
)


def _in_identifier(text: str, match: re.Match[str]) -> bool:
    """Whether a lower-case match is a part of a lower-case token joined by ``-``, ``/``, ``\\``, ``_`` or a dot.

    Package names, slugs and paths (``pip install baidu-aip``,
    ``lenovo-vantage``, ``github.com/xiaomi/mace``) are identifiers, not
    prose: no name in them is replaced.  A token with a capital is prose
    (``Huawei/xiaomi phones``, ``Geely-lingke``), as MT writes it.

    >>> _in_identifier("run lenovo-vantage now", re.search("lenovo", "run lenovo-vantage now"))
    True
    >>> _in_identifier("see api.deepseek.com now", re.search("deepseek", "see api.deepseek.com now"))
    True
    >>> _in_identifier("sold by Huawei/xiaomi", re.search("xiaomi", "sold by Huawei/xiaomi"))
    False

    A lower-case value assigned in code or a configuration (``TARGET=shenzhen``,
    ``city="wuhan"``) is an identifier too, whatever the name before it.

    >>> _in_identifier('set city="wuhan" first', re.search("wuhan", 'set city="wuhan" first'))
    True
    """
    start, end = match.span()
    if match.group().islower() and text[max(0, start - 2) : start].rstrip("\"'").endswith("="):
        return True
    joined = (
        (start > 0 and text[start - 1] in _JOINERS)
        or (end < len(text) and text[end] in _JOINERS)
        or (text[start - 1 : start] == "." and text[start - 2 : start - 1].isalpha())
        or (text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha())
    )
    if not joined or not match.group().islower():
        return False
    left = max(text.rfind(" ", 0, start), text.rfind("\t", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(
        (i for i in (text.find(" ", end), text.find("\t", end), text.find("\n", end)) if i >= 0),
        default=len(text),
    )
    return not any(character.isupper() for character in text[left:right])


def _in_code_value(text: str, match: re.Match[str]) -> bool:
    """Whether a name written in lower case is a value in code: a string literal or an option's value.

    A lower-case name alone in straight quotes is a string literal
    (``get_weather("wuhan")``, ``{"city": "hangzhou"}``, ``returns
    'nanjing'``: MT's quotation marks are ``“”``, and the name inside them
    keeps its capital), and one after a command-line option is its value
    (``--city wuhan``, ``-c wuhan``).  Asked only of an official name
    written in lower case, as :func:`_in_lower_case_label` is.

    >>> _in_code_value('{"city": "hangzhou"}', re.search("hangzhou", '{"city": "hangzhou"}'))
    True
    >>> _in_code_value("pass --city wuhan to it", re.search("wuhan", "pass --city wuhan to it"))
    True
    >>> _in_code_value("we flew to wuhan in May", re.search("wuhan", "we flew to wuhan in May"))
    False
    """
    start, end = match.span()
    if not match.group().islower():
        return False
    quoted = start > 0 and end < len(text) and text[start - 1] == text[end] and text[end] in "\"'"
    return quoted or _OPTION_BEFORE.search(text, max(0, start - 40), start) is not None


def _in_lower_case_label(text: str, match: re.Match[str]) -> bool:
    """Whether a lower-case match stands in a line with no capital that ends no sentence.

    A caption, an image's alternative text or a slug written all in lower
    case (``huawei mate x closed back``) is the writer's style; a sentence of
    MT in lower case (``welcome to jinan, a city of springs.``) still ends
    like one.  Asked only of an official name written in lower case: a
    calque (``charging pile``) is garble in any line.

    >>> _in_lower_case_label("huawei mate x closed back", re.search("huawei", "huawei mate x closed back"))
    True
    """
    if not match.group().islower():
        return False
    line = text[slice(*line_around(text, match.start(), match.end()))].rstrip()
    return not line.endswith((".", "!", "?", "。")) and not any(character.isupper() for character in line)


def _found(glossary: Glossary, text: str, matcher: Matcher) -> list[tuple[re.Match[str], Hit]]:
    """The matches of ``matcher`` in ``text`` (and, for names, of case variants) with their entries.

    A case variant counts only where no listed rendering was matched.
    """
    matches = list(matcher.finditer(text))
    if matcher is glossary.names:
        variants = glossary.variants(text)
        if variants:
            matches = _merge(matches, variants)
    found = []
    for match in matches:
        hit = glossary.hit(match.group())
        if hit is None or (hit.mid_sentence_only and _at_clause_start(text, match.start())):
            continue
        if _in_identifier(text, match) or (
            match.group() == hit.entry.name.lower()
            and (_in_lower_case_label(text, match) or _in_code_value(text, match))
        ):
            continue
        if casing_only(hit.entry) and match.group().islower() and _DISH_AFTER.match(text, match.end()):
            continue  # chaozhou chili oil: a recipe writes the dish's place in lower case
        if (
            hit.case_variant
            and match.group().isupper()
            and normalise(match.group()).lower() == hit.entry.name.lower()
            and _among_capitals(text, match)
        ):
            continue  # GEELY in a headline set in capitals is Geely, written as every word is
        if hit.capitalised and not _at_clause_start(text, match.start()):
            if not hit.ambiguous:
                continue
            hit = replace(hit, mid_sentence=True)
        found.append((match, hit))
    return found


_CAPITALS_BEFORE = regex.compile(r"(?<!\p{Lu})\p{Lu}{2,}\s*+\Z")
_CAPITALS_AFTER = regex.compile(r"(?<!\s)\s*+\p{Lu}{2,}")


def _among_capitals(text: str, match: re.Match[str]) -> bool:
    """Whether the word before or after ``match`` is in capitals too: a headline set in capitals.

    ``GEELY AUTO SHARES ROSE`` writes the name in capitals on purpose, as
    every word; an upper-case variant is garble only among ordinary words.

    >>> _among_capitals("GEELY AUTO SHARES", re.search("GEELY", "GEELY AUTO SHARES"))
    True
    >>> _among_capitals("Lynk and GEELY said", re.search("GEELY", "Lynk and GEELY said"))
    False
    >>> _among_capitals("AL\\nALIBABA\\nALIPAY", re.search("ALIBABA", "AL\\nALIBABA\\nALIPAY"))
    True
    """
    before = _CAPITALS_BEFORE.search(text, max(0, match.start() - 20), match.start())
    return before is not None or _CAPITALS_AFTER.match(text, match.end(), match.end() + 20) is not None


def _merge(listed: list[re.Match[str]], variants: list[re.Match[str]]) -> list[re.Match[str]]:
    """``listed`` plus the ``variants`` that overlap neither them nor an earlier variant, in order.

    A variant that starts where a listed match does and goes on further is
    the longer rendering (``Jingdong logistics`` over ``Jingdong``): it takes
    that match's place, if it overlaps no other.
    """
    taken = [(match.start(), match.end()) for match in listed]
    starts = [start for start, _ in taken]
    kept: list[re.Match[str]] = []
    dropped: set[int] = set()
    last_end = -1
    for match in variants:
        index = bisect_right(starts, match.start())
        before = index - 1
        extends = (
            before >= 0
            and taken[before][0] == match.start()
            and taken[before][1] < match.end()
            and (index >= len(taken) or taken[index][0] >= match.end())
        )
        overlaps = (before >= 0 and taken[before][1] > match.start()) or (
            index < len(taken) and taken[index][0] < match.end()
        )
        if (overlaps and not extends) or match.start() < last_end:
            continue
        if extends:
            dropped.add(before)
        kept.append(match)
        last_end = match.end()
    remaining = [match for number, match in enumerate(listed) if number not in dropped]
    return sorted([*remaining, *kept], key=lambda match: match.start())


def _discourse(context: Context) -> _Discourse | None:
    """The document's glossary evidence, shared by every paragraph of the document."""
    if not context.document:
        return None
    discourse = context.memo.get("glossary")
    if not isinstance(discourse, _Discourse):
        discourse = context.memo["glossary"] = _Discourse(
            context.glossary, context.document, paragraphs.split_document(context.document, context.memo)
        )
    return discourse


#: The memo key of each pass's last text and its edits (:func:`_edits`).
_LAST = "glossary.last"


def _edits(text: str, context: Context, phrases: bool) -> list[Edit]:
    """The pass's edits of ``text``, the same as the last time if it is the text the pass was last given.

    The pipeline's settle check asks a pass about a paragraph that a later
    pass changed, and if it finds something, the next round asks about the
    same text again.  The answer is a function of the text and the document
    (the renderings it leaves alone are noted in a set, the same notes
    again), so it is kept for one text per pass.
    """
    last = context.memo.get(_LAST)
    if not isinstance(last, _Last):
        last = context.memo[_LAST] = _Last()
    kept = last.phrases if phrases else last.names
    if kept is not None and kept[0] == text:
        return list(kept[1])
    found = tuple(_find_edits(text, context, phrases))
    if phrases:
        last.phrases = (text, found)
    else:
        last.names = (text, found)
    return list(found)


class _Last:
    """Each pass's last text and its edits."""

    def __init__(self) -> None:
        self.names: tuple[str, tuple[Edit, ...]] | None = None
        self.phrases: tuple[str, tuple[Edit, ...]] | None = None


def _find_edits(text: str, context: Context, phrases: bool) -> Iterator[Edit]:
    glossary = context.glossary
    discourse = None if phrases else _discourse(context)
    if discourse is not None:
        found = discourse.found(text)
    else:
        found = _found(glossary, text, glossary.phrases if phrases else glossary.names)
    if not found:
        return
    judge = _Judge(glossary, text, found, discourse)
    for match, hit in found:
        replacement = _replacement(hit, text, match)
        if replacement == match.group():
            continue
        verdict = judge.verdict(match, hit)
        if verdict is None:
            # ``Lei`` inside ``Lei Jun`` is the name itself, not a rendering left alone.
            # An ``in_lists`` rendering is a plain word out of a list: no garble left behind.
            if hit.ambiguous and not hit.list_only and not _overlaps_name(hit, text, *match.span()):
                _left_alone(context, hit, text, match)
            continue
        rule, evidence = verdict
        start, replacement = _with_article(
            text, _before_repeated_word(text, match.start(), replacement), replacement
        )
        end = _past_repeated_word(text, match.end(), replacement)
        replacement = _with_final_mark(text, match, replacement)
        yield Edit(start, end, replacement, PHRASE.name if phrases else rule, evidence)


#: The memo key of the ambiguous renderings the glossary left alone, for the garble score (mtclean.scoring).
LEFT_ALONE = "glossary.left-alone"


def _left_alone(context: Context, hit: Hit, text: str, match: re.Match[str]) -> None:
    """Note an ambiguous rendering left alone, once per place (a second round sees it again)."""
    found = context.memo.setdefault(LEFT_ALONE, set())
    if isinstance(found, set):
        found.add((hit.entry.name, text[max(0, match.start() - 30) : match.end() + 30]))


def find_names(text: str, context: Context) -> list[Edit]:
    """Edits that put the official name in place of a wrong rendering."""
    return _edits(text, context, phrases=False)


def find_phrases(text: str, context: Context) -> list[Edit]:
    """Edits that replace phrase calques: the glossary's, then the courtesy-name frame's and 某's."""
    return (
        _edits(text, context, phrases=True)
        + courtesy_name.find(text, context)
        + mou_placeholder.find(text, context)
    )


GLOSSARY = Pass(
    "glossary", (NAME, NAME_IN_CONTEXT, NAME_IN_DOCUMENT, NAME_IN_LIST), finder=find_names, settles=True
)
PHRASES = Pass("phrases", (PHRASE, courtesy_name, mou_placeholder), finder=find_phrases, settles=True)
