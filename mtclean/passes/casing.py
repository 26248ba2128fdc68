"""Capital letters in the wrong places.

MT translates a Chinese sentence clause by clause and capitalises each
clause, so a sentence reads ``booming , The cooperation``; and it leaves
sentences that begin in lower case (``. meanwhile ,``).  Every rule here
fires only on evidence of garble that clean English never shows (a space
before the comma, a Chinese punctuation mark, a space before the full stop),
and a word is lowered only if it is an ordinary lower-case English word that
is not a glossary name and is not written capitalised mid-sentence elsewhere
in the document.  A lower-case start is no evidence by itself: a paragraph
gets a capital at its start only with garble elsewhere in it or in the
document, or right after a paragraph that ends a sentence (an excerpt that
begins mid-sentence is clean English).
"""

from __future__ import annotations

import functools
import itertools

import regex

from mtclean import paragraphs, protect
from mtclean.glossary.model import lower_case_variant
from mtclean.passes.evidence import (
    JSON_KEY,
    MEANT_MARKS,
    SPACE_BEFORE_MARK,
    SPACED_BRACKET_MARK,
    after_entry_label,
    curly_closes,
    in_a_form,
    shows_tokens,
    spaced_mark,
    straight_quote_pairs,
)
from mtclean.rules import Context, Pass, line_around, per_paragraph, regex_rule
from mtclean.words import EXTENSIONS, is_common

_TITLE_WORD = r"(?P<word>\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?)\b(?![’'\w&.-])(?=(?:[ \t]+(?P<next>[\p{L}\d]+))?)"
#: Verbs of saying: the capitalised word before one is a speaker, a name.
REPORTING_VERBS = frozenset(
    "said says added adds announced announces reported reports confirmed confirms expects expected "
    "noted notes stated states told tells wrote writes explained explains argued argues warned warns".split()
)
_LOWER_WORD = r"(?P<word>\p{Ll}+)\b(?![’'\w&.-])"


_CONTRACTION = regex.compile(r"(?<!\w)(?P<base>\w+)['’](?P<suffix>t|re|ll|ve|d|m|s)\Z")
# Words whose "'s" is "is" or "has" (never a possessive of a name).
_S_CONTRACTIONS = frozenset({"it", "that", "there", "here", "what", "who", "where", "let", "he", "she"})


def _may_lower(word: str, context: Context) -> bool:
    """Whether ``word`` is an ordinary word here, not a name or an acronym.

    ``A`` is the article (``I`` is never lowered); ``Don't`` and ``We'll``
    are contractions of ordinary words.
    """
    if len(word) == 1:
        return word == "A"
    contraction = _CONTRACTION.match(word) if "'" in word or "’" in word else None
    if contraction:
        base, suffix = contraction["base"], contraction["suffix"]
        if suffix == "s":
            return base.lower() in _S_CONTRACTIONS
        return (base.endswith("n") and suffix == "t") or is_common(base)
    return is_common(word) and word not in context.proper_nouns and word not in context.glossary.name_words


@regex_rule(
    "casing.fragment-start",
    # The leading look-ahead is implied by the rest; it makes the scan faster.
    r"(?:(?=[，、；：])|(?=\)[,;:])|"
    + spaced_mark(",;:")
    + ")(?:"
    + SPACE_BEFORE_MARK
    + r"[,;:]|[，、；：]|"
    + SPACED_BRACKET_MARK
    + r")[ \t]*\K"
    + _TITLE_WORD,
    needs=[" ,", " ;", " :", "，", "、", "；", "：", " ),", " );", " ):"],
)
def fragment_start(match: regex.Match[str], context: Context) -> str | None:
    """A clause capitalised after a garbled separator is lowered.

    >>> clean("The market is booming , The cooperation will grow .")
    'The market is booming, the cooperation will grow.'
    >>> clean("Exports rose , China said .")
    'Exports rose, China said.'
    >>> clean("Exports rose, The Times said.")
    'Exports rose, The Times said.'

    A spaced closing bracket before the comma is the same evidence.

    >>> clean("It is merged ( Fast mode ),  Need to restart it .")
    'It is merged (Fast mode), need to restart it.'
    >>> clean("He toured Paris (France), London and Rome.")
    'He toured Paris (France), London and Rome.'

    The word is kept when the next one shows it is part of a name or
    title (``Great Wall``, ``New Zealand``, ``Model 3``, ``The Times``), or
    when a verb of saying follows (``, Slack said``).

    >>> clean("Sales rose , Great Wall Motor said , New Zealand too .")
    'Sales rose, Great Wall Motor said, New Zealand too.'

    ``The`` before a one-word glossary name is MT's capital, not a title's,
    unless another capitalised word goes on with the title.

    >>> clean("Rivals were few , The Haval H6 led again , The Haval Story sold .")
    'Rivals were few, the Haval H6 led again, The Haval Story sold.'

    A conjunction (or ``Including``) after a garbled separator starts no
    name, so it is lowered whatever follows.

    >>> clean("Tencent rose 5% , And Alibaba rose 7% , Including Xiaomi .")
    'Tencent rose 5%, and Alibaba rose 7%, including Xiaomi.'

    A glossary name is kept whole, whatever words it contains.

    >>> clean("It opened , Belt and Road Initiative projects grew .")
    'It opened, Belt and Road Initiative projects grew.'

    In a ``、`` list, items are lowered only if no item is a name.

    >>> clean("It covers batteries 、 Chips 、 Motors And other parts .")
    'It covers batteries, chips, motors and other parts.'
    >>> clean("It teaches Python 、 Java 、 Go And other languages .")
    'It teaches Python, Java, Go and other languages.'
    """
    word = match["word"]
    if not _may_lower(word, context) or context.glossary.name_at(match.string, match.start()):
        return None
    if match.string[max(0, match.start() - 20) : match.start()].rstrip().endswith(":") and in_a_form(
        match.string, match.start()
    ):
        return None  # a form's field: "  Title  : Director"
    colon = match.string.rfind(":", max(0, match.start() - 20), match.start())
    if colon >= 0 and after_entry_label(match.string, colon):
        return None  # an entry of a changelog: "  * 01/23/2007 : The package moved"
    if _opens_with_a_title_label(match.string, match.start()):
        return None  # a heading's label in title case opens its line: "List Comprehensions : A list is"
    following = match["next"]
    if (
        following
        and word not in _NEVER_IN_NAMES
        and not (word == "The" and _names_a_brand(match, context))
        and (
            following[0].isdigit()
            or (following[0].isupper() and following not in _LIST_ENDINGS)
            or following in REPORTING_VERBS
        )
    ):
        return None
    in_list = "、" in match.string[max(0, match.start() - 3) : match.start()]
    if in_list and _list_names_something(match.string, match.start(), context):
        return None
    return word.lower()


@regex_rule("casing.after-spaced-quote", r'["”](?<=\w[ \t]+["”])\K' + _TITLE_WORD, needs=[' "', " ”"])
def after_spaced_quote(match: regex.Match[str], context: Context) -> str | None:
    """A clause capitalised right after a spaced closing quotation mark is lowered.

    ``"refresh "Then`` is a quotation spaced the Chinese way and the next
    fragment capitalised.  The mark must close a pair: a curly ``”`` after
    a ``“``, a straight one when the paragraph's straight marks pair well
    (``said "Hello"`` opens one).  The word is judged as after a garbled comma.

    >>> clean('Click to " refresh "Then reload the page.')
    'Click to "refresh" then reload the page.'
    >>> clean("Tap “ Save ”Then close the app.")
    'Tap “Save” then close the app.'
    >>> clean('He typed "yes" and "Then" appeared.')
    'He typed "yes" and "Then" appeared.'
    """
    text, quote = match.string, match.start() - 1
    if text[quote] == "”":
        closes = curly_closes(text, quote)
    else:
        closes = any(closing == quote for _, closing in straight_quote_pairs(text))
    return fragment_start.replace(match, context) if closes else None


#: A label in title case (one to four capitalised words) that opens its line, then a spaced
#: colon: what follows is the label's text, a sentence with its own capital.
_TITLE_LABEL = regex.compile(
    # A list's bullet may open the line: "•     Da Hong Pao    : It is an oolong."
    r"[ \t]*+(?:[•▪◦‣·*-][ \t]++)?+\p{Lu}[\p{L}\d'’-]*+(?:[ ]\p{Lu}[\p{L}\d'’-]*+){0,3}+"
    # A guide's entry may give the Chinese and its pinyin after the English: "Leifeng Pagoda 雷峰塔 léi fēng tǎ".
    r"(?:[ \t]*+\p{Han}++(?:[ \t]*+\p{Ll}++){0,8}+)?+[ \t]++:[ \t]*+"
)


#: How far back a label may open its line.
_LABEL_REACH = 80


def _opens_with_a_title_label(text: str, position: int) -> bool:
    r"""Whether the line up to ``position`` is a label in title case and a spaced colon.

    >>> _opens_with_a_title_label("Intro\nList Comprehensions : A list is built.", 27)
    True
    >>> _opens_with_a_title_label("Alipay : Foreign visitors can now pay", 9)
    False
    >>> _opens_with_a_title_label("Sales grew : The plan", 12)
    False
    >>> _opens_with_a_title_label("Leifeng Pagoda 雷峰塔 léi fēng tǎ : Situated on a hill.", 33)
    True
    >>> _opens_with_a_title_label("•  Da Hong Pao  : It is an oolong.", 18)
    True
    """
    reach = max(0, position - _LABEL_REACH)
    start = text.rfind("\n", reach, position) + 1
    if start == 0 and reach > 0:
        return False  # the line opens further back than any label
    if _TITLE_LABEL.fullmatch(text, start, position) is None:
        return False
    # The text is a sentence that ends as a writer ends one; a headline (MT's
    # "Alipay : Foreign visitors can now pay") has no full stop.
    end = text.find("\n", position)
    line = text[position : len(text) if end < 0 else end].rstrip(" \t”’\"')")
    return line[-1:] in (".", "!", "?") and line[-2:-1] not in (" ", "\t", "")


# The word after the next: a capitalised word (not a model code) goes on with a title.
_TITLE_GOES_ON = regex.compile(r"(?<![ \t])[ \t]++\p{L}++[ \t]++\p{Lu}\p{Ll}*+\b(?![\w-])")


def _names_a_brand(match: regex.Match[str], context: Context) -> bool:
    """Whether the capitalised word after ``The`` is a one-word glossary name that ends the name here.

    ``, The Haval H6 topped``: the brand's name has no ``The``, so MT
    capitalised the article; ``The Haval Story`` goes on as a title.
    """
    return match["next"] in context.glossary.name_words and not _TITLE_GOES_ON.match(
        match.string, match.end()
    )


# Words that start a clause, never a name: MT capitalises them before names too.
_NEVER_IN_NAMES = frozenset({"And", "But", "Or", "Including"})
# 等 (and other) and 或 (or) come out capitalised after a list's last item.
_LIST_ENDINGS = frozenset({"And", "Or"})
_LIST_NEIGHBOURS = regex.compile(r"([\p{L}'’&-]+)[ \t]*、[ \t]*([\p{L}'’&-]+)")
_CLAUSE_MARKS = ".!?。！？\n,，;；:："


def _list_names_something(text: str, position: int, context: Context) -> bool:
    """Whether the ``、`` list around ``position`` has an item that is a name.

    The words on either side of each ``、`` in the clause are the list's
    item edges; in ``Python 、 Java 、 Go`` the names show ``Go`` is one too.
    """
    start = max(text.rfind(mark, 0, position) for mark in _CLAUSE_MARKS)
    ends = [end for end in (text.find(mark, position) for mark in _CLAUSE_MARKS) if end >= 0]
    clause = text[start + 1 : min(ends, default=len(text))]
    return any(
        word[:1].isupper() and not _may_lower(word, context)
        for pair in _LIST_NEIGHBOURS.findall(clause, overlapped=True)
        for word in pair
    )


# Right after a stop set apart inside a word run: ``56 . jpg``.
_SPLIT_FILE_NAME = regex.compile(r"(?<=[\w-][ \t]{1,3}\.[ \t]{1,3})")

# What every match of ``casing.sentence-start`` holds, for ``re`` (``also=``): a stop, spaces
# and a lower-case letter.  Garbled paragraphs show the spaced stop the rule needs, but most
# begin each sentence with a capital; the rule's own pattern, which opens with look-aheads,
# cost a garbled paragraph as much as the rest of its rules together.  The class stands for
# ``\p{Ll}`` and more (a word character that is no digit, no underscore and no ASCII
# capital), and each mark opens its own pattern (``re`` skips ahead to a literal).
_STOP_THEN_LOWER = tuple(rf"{mark}[ \t]*[^\W\d_A-Z]" for mark in (r"\.", "!", r"\?", "。", "！", "？"))


@regex_rule(
    "casing.sentence-start",
    r"(?:(?=[。！？])|"
    + spaced_mark(".!?")
    + ")(?:"
    + SPACE_BEFORE_MARK
    + r"[.!?]|[。！？])[ \t]*\K"
    + _LOWER_WORD,
    needs=[" .", " !", " ?", "。", "！", "？"],
    also=_STOP_THEN_LOWER,
)
def sentence_start(match: regex.Match[str], context: Context) -> str | None:
    """A sentence after a spaced full stop starts with a capital.

    >>> clean("Geely Holding Group . meanwhile , Renault will grow .")
    'Geely Holding Group. Meanwhile, Renault will grow.'

    Not in a paragraph that shows a tokeniser's output, whose marks are tokens.
    """
    if shows_tokens(match.string):
        return None
    word = match["word"]
    if word in EXTENSIONS and _SPLIT_FILE_NAME.match(match.string, match.start()):
        return None  # "56 . jpg": a file name's extension, which the tokens pass joins
    return word[:1].upper() + word[1:]


# Words as the punctuation passes will leave them: a Chinese mark separates.
_WORDS = regex.compile(r"[^\s，。、；：！？]+")
_PROSE_END = regex.compile(r"[.!?。！？](?:[ \t]*[”\"’)])*\s*\Z")
# What follows a first word that opens a clause, as later passes will leave
# it: a space, or a comma (``、`` and ``，`` become one).
_OPENS_CLAUSE = r"(?=[ \t]*[ ,，、])"
_LOWER_OPENING = regex.compile(r"\A[ \t]*" + _LOWER_WORD + _OPENS_CLAUSE)
# Garble in the paragraph itself: a spaced mark, or a Chinese mark (not the
# marks a writer means, around quoted Chinese or an abstract's label,
# matched first to pass over).
_GARBLE = regex.compile(
    rf"(?P<quoted>{MEANT_MARKS})|" + SPACE_BEFORE_MARK + r"|[，。、；：！？（）【】《》「」]",
    regex.VERSION1,
)


def _shows_garble(paragraph: str) -> bool:
    """Whether ``paragraph`` has a spaced mark or a Chinese mark the writer does not mean."""
    return any(match["quoted"] is None for match in _GARBLE.finditer(paragraph))


#: A word capitalised between lower-case words (a comma or a stop may come
#: before it): where a line of verse began before its break was lost.  The
#: lower-case word after it leaves out names (``the State Council said``).
_LINE_CAPITAL = regex.compile(r"\p{Lu}(?<=\p{Ll}[,;:!?]?[ \t]\p{Lu})\p{Ll}+(?=[ \t]+\p{Ll})")
#: The fewest such capitals on ordinary words, and the most words for each, in verse run together.
VERSE_CAPITALS = 6
VERSE_WORDS_PER_CAPITAL = 20


@functools.lru_cache(maxsize=256)
def reads_as_verse(paragraph: str) -> bool:
    """Whether ``paragraph`` is verse whose line breaks were lost, every line opening with a capital.

    A poem copied out of a PDF runs its lines together (``a swan from the
    sea flies, To rest on ponds it will not deign. Nesting in the poplar It
    spies``): ordinary words capitalised mid-sentence every few words, and
    no mark of MT.  MT capitalises a clause here and there; the casing rules
    that lower such words leave verse alone.

    >>> reads_as_verse("A swan from the sea flies, To rest on ponds it scorns. High in the poplar It spies "
    ...     "the birds And asks them why They fear no sling When climbers Would reach them And "
    ...     "all my days Are spent in the reeds.")
    True
    >>> reads_as_verse("Blood sugar must be watched, especially When the weather turns cold.")
    False
    """
    if _shows_garble(paragraph):
        return False
    capitals = sum(1 for match in _LINE_CAPITAL.finditer(paragraph) if is_common(match.group()))
    return capitals >= VERSE_CAPITALS and capitals * VERSE_WORDS_PER_CAPITAL >= len(paragraph.split())


#: How many paragraphs of a document must open in lower case before that
#: alone is evidence of garble (``Context.lower_case_openings``).
SEVERAL_OPENINGS = 3


# A heading underlined on the next line (``import statements`` / ``-----``), or a
# table's first row: neither is a sentence.
_HEADING_OR_TABLE = regex.compile(r"^(?:[^\n]*+\n[ \t]*+[-=~^]{3,}[ \t]*+(?:\n|\Z)|[^\n|]*+\|)")


#: A sentence that ends inside a paragraph and the next that starts with a capital.
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}{2}[.!?][ \t]+\p{Lu}\p{Ll}")
#: A paragraph whose last sentence lost its full stop: it ends in a word.
_ENDS_IN_A_WORD = regex.compile(r"(?<![\w./@#-])\p{L}\p{Ll}+\s*\Z")
#: The fewest words of a paragraph of sentences that lost its last full stop.
SENTENCES_WORDS = 20


def _ends_like_prose(paragraph: str) -> bool:
    """Whether ``paragraph`` ends like a sentence, or is sentences whose last lost its full stop.

    Some MT pages drop every paragraph's last full stop (``... in the
    world``): a long paragraph with a sentence ending inside it is prose
    all the same.

    >>> _ends_like_prose("which is why it met."), _ends_like_prose("pip install mtclean")
    (True, False)
    >>> _ends_like_prose("in this context, many cities in Europe have built test centres for drones. "
    ...     "The domestic test field is still in its infancy")
    True
    """
    if _PROSE_END.search(paragraph) is not None:
        return True
    return (
        _ENDS_IN_A_WORD.search(paragraph) is not None
        and _SENTENCE_INSIDE.search(paragraph) is not None
        and sum(1 for _ in itertools.islice(_WORDS.finditer(paragraph), SENTENCES_WORDS)) == SENTENCES_WORDS
    )


#: A first line of at most 80 characters, not indented, and a next line indented under it.
_DEFINITION_TERM = regex.compile(r"[^\s][^\n]{0,79}+\n[ \t]++\S")


def opens_in_lower_case(paragraph: str) -> bool:
    """Whether ``paragraph`` is prose that opens in lower case.

    Its first word is an ordinary English word in lower case, it has at
    least four words, and it ends like a sentence (or is sentences whose
    last lost its full stop, :func:`_ends_like_prose`): ``iPhone``, ``eBay`` and
    command lines are not such openings.

    >>> opens_in_lower_case("which is why the board met again."), opens_in_lower_case("pip install mtclean")
    (True, False)

    Nor is a term of a definition list, its definition indented on the next
    line (a README's parameters: ``status (int)`` / ``    The HTTP status code.``).

    >>> opens_in_lower_case("status (``int``)\\n    The HTTP status code of the reply.")
    False
    """
    opening = _LOWER_OPENING.match(paragraph)
    return (
        opening is not None
        and not _HEADING_OR_TABLE.match(paragraph)
        and not _DEFINITION_TERM.match(paragraph)
        and is_common(opening["word"])
        and _ends_like_prose(paragraph)
        and sum(1 for _ in itertools.islice(_WORDS.finditer(paragraph), 4)) == 4
    )


def lower_case_openings(document: str, memo: dict[str, object] | None = None) -> int:
    """How many paragraphs of ``document`` open in lower case (:func:`opens_in_lower_case`).

    >>> lower_case_openings("which is why they met.\\n\\nThey met.\\n\\nand so it goes on.")
    2

    A paragraph that goes on with a sentence interrupted by an indented
    display (a command, an address) does not count: hard-wrapped notes write
    ``visit`` / ``    http://example.org`` / ``to get the drivers.``.

    >>> lower_case_openings("Then visit\\n\\n   http://example.org\\n\\nto get the drivers.")
    0
    """
    count = 0
    before_last = last = ""
    for paragraph, _ in paragraphs.split_document(document, memo):
        if not paragraph.strip():
            continue
        if opens_in_lower_case(paragraph) and not _after_display(before_last, last):
            count += 1
        before_last, last = last, paragraph
    return count


def _after_display(before: str, display: str) -> bool:
    """Whether ``display`` is an indented line or fenced code set inside a sentence that ``before`` left unfinished."""
    return (
        (display[:1] in (" ", "\t") or display.startswith(("```", "~~~")))
        and bool(before.strip())
        and before[:1] not in (" ", "\t")
        and _PROSE_END.search(before) is None
    )


# A paragraph that opens with a capital (after an opening quotation mark or bracket, if any).
_CAPITAL_OPENING = regex.compile(r"\A[ \t]*[\"“‘'(]?\p{Lu}")
# A sentence that trails off (``...``, ``…``): what follows may go on with it.
_TRAILING_OFF = regex.compile(r"(?:\.\.|…)[ \t]*[”\"’)]*\s*\Z")
_MEMO = "casing"
# A word's letters or digits: cleaning joins split words and numbers, never splits one.
_LETTERS_OR_DIGITS = regex.compile(r"[\p{L}\p{N}]+")
#: Words a casual reply opens with (``yeah the battery died too.``): a writer's style, not MT's.
CASUAL_OPENINGS = frozenset(
    "yeah yes yep no nope nah ok okay lol haha well oh hey hi thanks thank same agreed sure wow hmm um".split()
)
# The pronoun "i" in lower case: the writer does not capitalise ("i.e." is no pronoun).
_LOWER_I = regex.compile(r"(?<![\w'’.])i(?![\w.])")
#: Words that go on with a sentence: an excerpt cut from the middle of one begins with them.
CONTINUING = frozenset(
    "and or but nor so yet which who whom whose that than because while whereas although though "
    "unless until since if as where when whether then to of for with from by at in on into including".split()
)


def _openings_after_sentences(document: str, memo: dict[str, object] | None = None) -> dict[str, bool]:
    """Whether the paragraphs of ``document`` that open in lower case with each first word follow a sentence.

    ``True`` when every paragraph that opens with that word follows a
    paragraph of prose that ends a sentence and does not open as lower-case
    prose (it opens with a capital, a number, or a name MT wrote in lower
    case, which other passes capitalise; or it gets its capital here): MT
    started a new sentence there in lower case.  An
    excerpt that begins mid-sentence opens a document, or follows a line
    that introduces it (``He wrote:``), a sentence that trails off, code or
    a list; none of those is such a paragraph.  And wherever it stands, an
    excerpt that begins with a word that goes on with a sentence
    (:data:`CONTINUING`: ``which``, ``and``) is one, and a reply that opens
    casually (:data:`CASUAL_OPENINGS`) or writes ``i`` is its writer's style.

    >>> _openings_after_sentences("which is why it met.\\n\\nThe board met on Monday.\\n\\nit voted on the plan.")
    {'which': False, 'it': True}
    >>> _openings_after_sentences("The board met on Monday.\\n\\nand so it voted on the plan.")
    {'and': False}
    """
    found: dict[str, bool] = {}
    previous_is_sentence = False
    for paragraph, _ in paragraphs.split_document(document, memo):
        opening = _LOWER_OPENING.match(paragraph)
        casual = _LOWER_I.search(paragraph) is not None or (
            opening is not None and opening["word"] in CASUAL_OPENINGS
        )
        follows = previous_is_sentence
        gets_capital = (
            True  # a capital, a name, a number: whatever the passes make of it, no lower-case prose
        )
        if opens_in_lower_case(paragraph):
            word = opening["word"]  # type: ignore[index]
            new_sentence = follows and not casual and word not in LOWER_CASE_NAMES | CONTINUING
            found[word] = found.get(word, True) and new_sentence
            gets_capital = new_sentence or _shows_garble(paragraph)
        previous_is_sentence = (
            gets_capital
            and not casual
            and _PROSE_END.search(paragraph) is not None
            and _TRAILING_OFF.search(paragraph) is None
            and sum(1 for _ in itertools.islice(_LETTERS_OR_DIGITS.finditer(paragraph), 4)) == 4
        )
    return found


def _follows_a_sentence(word: str, context: Context) -> bool:
    """Whether the paragraphs of the document that open with ``word`` follow a sentence (worked out once)."""
    if context.lower_case_openings == 0:
        return False  # the pieces cleaned are not paragraphs (HTML text nodes)
    openings = context.memo.get(_MEMO)
    if not isinstance(openings, dict):
        openings = context.memo[_MEMO] = _openings_after_sentences(context.document, context.memo)
    return bool(openings.get(word, False))


# A lower-case word of prose: not part of a domain, a file name, a handle or a path.
_PROSE_LOWER_WORD = regex.compile(r"(?<![\w.@#/&-])\p{Ll}+(?![\w@/-]|\.\w)")
_NAMES_MEMO = "casing.names-in-lower-case"


def _names_in_lower_case(context: Context) -> frozenset[str]:
    """The one-word glossary names that the document writes in lower case, MT's way (``jinan``).

    Only where the glossary lists the lower-case name as a wrong rendering,
    or matches it in lower case (:func:`~mtclean.glossary.model.lower_case_variant`):
    the document is machine translation (worked out once per document).
    """
    found = context.memo.get(_NAMES_MEMO)
    if not isinstance(found, frozenset):
        lowered = {
            entry.name.lower(): entry.name
            for entry in context.glossary.entries
            if " " not in entry.name
            and entry.name.lower() != entry.name
            and (entry.name.lower() in entry.wrong or lower_case_variant(entry) is not None)
        }
        words = set(_PROSE_LOWER_WORD.findall(context.document))
        found = context.memo[_NAMES_MEMO] = frozenset(lowered[word] for word in words if word in lowered)
    return found


def _names_a_name_written_in_lower_case(text: str, context: Context) -> bool:
    """Whether ``text`` names one of :func:`_names_in_lower_case`: its paragraph was garbled."""
    if context.lower_case_openings == 0:
        return False  # the pieces cleaned are not paragraphs (HTML text nodes)
    names = _names_in_lower_case(context)
    return bool(names) and any(regex.search(rf"\b{regex.escape(name)}\b", text) for name in names)


@regex_rule(
    "casing.paragraph-start",
    r"\A[ \t]*\K" + _LOWER_WORD + _OPENS_CLAUSE,
    # A letter other than an ASCII capital opens the paragraph (most open with a capital).
    cue=r"\A[ \t]*(?![A-Z])[^\W\d_]",
)
def paragraph_start(match: regex.Match[str], context: Context) -> str | None:
    """A paragraph of prose that starts in lower case, amid garble, gets a capital.

    Only prose gets one (:func:`opens_in_lower_case`), so ``iPhone``,
    ``eBay`` and command lines are left alone.

    >>> clean("meanwhile , This cooperation will also grow .")
    'Meanwhile, this cooperation will also grow.'
    >>> clean("pip install mtclean")
    'pip install mtclean'

    A lower-case start alone is no evidence: clean pages quote excerpts that
    begin mid-sentence.  The capital needs garble elsewhere in the paragraph
    (a spaced mark, a Chinese mark, lines that MT started in lower case after
    a finished sentence as ``casing.line-start-after-stop`` finds them) or in
    the document: at least :data:`SEVERAL_OPENINGS` paragraphs that open in
    lower case.

    >>> clean("which is why the board met again on Monday.")
    'which is why the board met again on Monday.'
    >>> clean("the new plant opened.\\n\\nthe first line started.\\n\\nthe cars sold out.")
    'The new plant opened.\\n\\nThe first line started.\\n\\nThe cars sold out.'

    Nor is a paragraph that follows a finished sentence an excerpt: MT
    started a new sentence there in lower case.  One that follows a line
    introducing a quotation, a sentence that trails off or a lower-case
    paragraph that stays so is left alone.

    >>> clean("Shoppers are tired of the festival.\\n\\nforeign retailers peak in December.")
    'Shoppers are tired of the festival.\\n\\nForeign retailers peak in December.'
    >>> clean("The report ended like this:\\n\\nwhich is why the board met again.")
    'The report ended like this:\\n\\nwhich is why the board met again.'

    A name the paragraph wrote in lower case, MT's way (``jinan``, which the
    glossary puts right first), is garble too; a domain is no such name.

    >>> clean("welcome to jinan, a city of a hundred springs.")
    'Welcome to Jinan, a city of a hundred springs.'
    >>> clean("which is why the city moved its pages to jinan.gov.cn last year.")
    'which is why the city moved its pages to jinan.gov.cn last year.'
    """
    text = match.string
    if not opens_in_lower_case(text):
        return None
    word = match["word"]
    if (
        context.lower_case_openings < SEVERAL_OPENINGS
        and not _shows_garble(text)
        and not _lines_started_in_lower_case(text)
        and not _follows_a_sentence(word, context)
        and not _names_a_name_written_in_lower_case(text, context)
    ):
        return None
    return word[:1].upper() + word[1:]


_QUOTED_SENTENCE = regex.compile(r"[^”\n]*[.!?][ \t]*”")
# A quotation broken by "he said": “We signed,” he said, “and we are happy.”
_CONTINUED_QUOTE = regex.compile(r",[ \t]*”[^.!?。！？“”]*“[ \t]*\Z")


@regex_rule(
    "casing.quote-start",
    r"(?<=(?P<lead>\s[:：,][ \t]*“[ \t]*|[:：][ \t]*“[ \t]+|：[ \t]*[“「][ \t]*|\s:[ \t]*\"[ \t]*))"
    + _LOWER_WORD,
    needs=["“", "「", ':"', ': "'],
)
def quote_start(match: regex.Match[str], context: Context) -> str | None:
    """A quoted sentence introduced by a garbled colon or comma starts with a capital.

    After a comma the quotation must end like a sentence, so a quoted term
    (``called it , “ideal” ,``) keeps its case.

    >>> clean("Li Shufu once said :“ international situation is changing .”")
    'Li Shufu once said: “International situation is changing.”'
    >>> clean("He said , “ we will grow . ”")
    'He said, “We will grow.”'
    >>> clean("They called it , “ideal” , at first .")
    'They called it, “ideal”, at first.'
    >>> clean("“We signed ,” he said , “ and we are happy . ”")
    '“We signed,” he said, “and we are happy.”'

    A string after a key of JSON is data, whatever its case.

    >>> clean('Each line reads {"note" : "the guide was late"}.')
    'Each line reads {"note" : "the guide was late"}.'
    """
    reach = max(0, match.start() - 8)
    colon = max(match.string.rfind(":", reach, match.start()), match.string.rfind("：", reach, match.start()))
    if colon > 0 and JSON_KEY.search(match.string, max(0, colon - 80), colon):
        return None
    if "," in match["lead"] and (
        not _QUOTED_SENTENCE.match(match.string, match.end())
        or _CONTINUED_QUOTE.search(match.string, 0, match.start())
    ):
        return None
    word = match["word"]
    return word[:1].upper() + word[1:]


# A clause capitalised after a garbled comma: the paragraph is MT fragments.
_FRAGMENTS = regex.compile(SPACE_BEFORE_MARK + r"[,;:][ \t]*\p{Lu}\p{Ll}", regex.VERSION1)


@regex_rule(
    "casing.after-number",
    r"(?<=\d[ \t]+)(?P<word>Of|Are|Is|Was|Were|After)(?=[ \t]+\p{Ll})",
    needs=[" Of ", " Are ", " Is ", " Was ", " Were ", " After "],
)
def after_number(match: regex.Match[str], context: Context) -> str | None:
    """A function word capitalised right after a number, in MT fragments, is lowered.

    MT capitalises each fragment, and a fragment often starts after a number
    (``took 4 Of the 6 medals``).  Only in a paragraph that shows such
    fragments elsewhere (a capital after a spaced comma), and only before a
    lower-case word, so title-case headings keep their capitals.

    >>> clean("In the final , The champion won 4 : 2 After losing the first game .")
    'In the final, the champion won 4 : 2 after losing the first game.'
    >>> clean("The Atto 3 Are the bestsellers , Its price fell .")
    'The Atto 3 are the bestsellers, its price fell.'
    >>> clean("Read Chapter 2 Of the guide, then Part 3 Of the Series.")
    'Read Chapter 2 Of the guide, then Part 3 Of the Series.'
    """
    return match["word"].lower() if _FRAGMENTS.search(match.string) else None


#: Abbreviations that end in a full stop inside a sentence (``approx. ten``).
ABBREVIATIONS = frozenset(
    "etc approx incl excl cf vs viz al ca resp esp fig figs eq eds vol vols chap sec pp nos op cit ibid "
    "misc dept est min max avg std var ver rev jr sr ave blvd corp inc ltd govt gen col lt sgt prof gov "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun "
    "aka dev abbr dist temp tel ext pop www "
    # a dictionary's or an encyclopedia's gloss of a Chinese name (``深水埗; lit. deep water pier``)
    "lit trad simp simpl transl pron "
    # institutions in an affiliation or a letter (``Huazhong Univ. of Science``, ``Natl. Inst. of``)
    "univ inst assoc assn acad coll natl intl hosp sci mgmt admin "
    # units of a recipe or a spec sheet (``1 tbsp. water``, ``2 lbs. flour``)
    "tbsp tbsps tbs tsp tsps lbs ozs pkg pkgs qts hrs mins secs yds doz".split()
)
_FIRST_LETTER = regex.compile(r"\p{L}")
#: Commands and tools written in lower case at the start of a sentence on purpose.
LOWER_CASE_NAMES = frozenset(
    "git npm pip ls cd curl grep sudo make yarn brew apt ssh vim wget tar zip unzip gzip gunzip rsync awk "
    "sed docker kubectl conda cargo rustc gcc clang cmake bash zsh nano emacs systemctl journalctl chmod "
    "chown mkdir tmux ffmpeg cups dpkg rpm yum dnf pacman pnpm npx deno pytest tox ruff mypy jq".split()
)


@regex_rule(
    "casing.sentence-start-after-stop",
    # A comma or semicolon before the stop (or a Chinese one, which a later pass makes one)
    # is a doubled mark the punctuation pass drops.
    r"\.(?<=(?<![\w.@/-])(?P<before>\p{L}\p{Ll}{2,})(?:(?:[ \t]*+[,;、，；])++[ \t]*+)?\.)[ \t]+\K"
    + _LOWER_WORD,
    cue=r"\.[ \t]+[a-z]",
)
def sentence_start_after_stop(match: regex.Match[str], context: Context) -> str | None:
    """A sentence MT started in lower case after a full stop gets its capital.

    Only in a paragraph whose writer capitalises (its first letter is a
    capital: ``i cant even. its fine`` is a style, not garble), after a full
    word of three letters or more that is not an abbreviation (``approx. ten``, ``etc. and``), and only an ordinary word
    (``iPhone``, ``npm`` and ``git`` start sentences in lower case on purpose),
    not a keyword that the document's code writes (``if branches on the exit
    code`` beside a listing with ``if [ -f notes.txt ]; then``).

    >>> clean("No fault was logged. after checking the data, we found the cause.")
    'No fault was logged. After checking the data, we found the cause.'
    >>> clean("It weighs approx. ten kilos, e.g. in winter. npm installs it. iPhone sales rose.")
    'It weighs approx. ten kilos, e.g. in winter. npm installs it. iPhone sales rose.'
    >>> clean("Cornstarch dissolved in 1 tbsp. water")
    'Cornstarch dissolved in 1 tbsp. water'
    >>> clean("Sham Shui Po (深水埗; lit. deep water pier) is a district.")
    'Sham Shui Po (深水埗; lit. deep water pier) is a district.'
    >>> clean("Tests are commands:\\nif [ -f notes.txt ]; then echo found; fi\\nEach one exits with a code. if branches on it.")
    'Tests are commands:\\nif [ -f notes.txt ]; then echo found; fi\\nEach one exits with a code. if branches on it.'
    """
    word = match["word"]
    if match["before"].lower() in ABBREVIATIONS or word in LOWER_CASE_NAMES:
        return None
    if _written_in_code(word, match.string) or word in _words_in_code(context):
        return None
    if word == "by" and match.string.startswith(" @", match.end()):
        return None  # release notes credit a change: "Add the build. by @user in #123"
    first = _FIRST_LETTER.search(match.string)
    if first is None or not first.group().isupper():
        return None  # "i cant even. its fine": a writer who never capitalises chose to
    return word[:1].upper() + word[1:] if is_common(word) else None


#: A line that ends a sentence (a word of three letters or more and its mark), then a line
#: that opens with a lower-case word: where MT started a paragraph of the page in lower case.
_LOWER_LINE_AFTER_STOP = (
    r"(?<=(?<![\w.@/-])(?P<before>\p{L}\p{Ll}{2,})[.!?][\"”’)]*+[ \t]*+\n[ \t]*+)" + _LOWER_WORD
)
_LOWER_LINES = regex.compile(_LOWER_LINE_AFTER_STOP)
#: A sentence that starts with a capital after another, on the line or after a line break.
_CAPITALISED_START = regex.compile(r"\p{Ll}[.!?][ \t]*+\n?[ \t]*+\p{Lu}")
#: The fewest lines of a paragraph that open in lower case after a finished sentence, and
#: the fewest words of a line that gets its capital.
SEVERAL_LINES = 2
LINE_WORDS = 6


@regex_rule(
    "casing.line-start-after-stop",
    r"\n[ \t]*+\K" + _LOWER_LINE_AFTER_STOP,
    cue=r"[.!?][\"”’)]*[ \t]*\n[ \t]*[a-z]",
)
def line_start_after_stop(match: regex.Match[str], context: Context) -> str | None:
    """Lines of a paragraph that MT started in lower case after a finished sentence get their capitals.

    A page's paragraphs pasted as lines of one paragraph (``...the
    motherboard.`` / ``the display effect is weak``): only where at least
    :data:`SEVERAL_LINES` lines open so, in a paragraph whose writer
    capitalises other sentences, on a line of prose of
    :data:`LINE_WORDS` words or more, with the guards of
    ``casing.sentence-start-after-stop`` (abbreviations, commands, code).

    >>> clean("The card is cheap. It runs cool.\\nthe fan is quiet even under load.\\nFew need more.\\nfor example, old games run at full speed.")
    'The card is cheap. It runs cool.\\nThe fan is quiet even under load.\\nFew need more.\\nFor example, old games run at full speed.'
    >>> clean("Fixed the crash.\\nadded dark mode.\\nupdated the docs.")
    'Fixed the crash.\\nadded dark mode.\\nupdated the docs.'
    """
    text = match.string
    word = match["word"]
    if match["before"].lower() in ABBREVIATIONS or word in LOWER_CASE_NAMES or not is_common(word):
        return None
    line = text[slice(*line_around(text, match.start(), match.start()))]
    if len(line.split()) < LINE_WORDS or not _lines_to_capitalise(text):
        return None
    if _written_in_code(word, text) or word in _words_in_code(context):
        return None
    return word[:1].upper() + word[1:]


def _started_in_lower_case(paragraph: str) -> bool:
    """Whether :data:`SEVERAL_LINES` lines of ``paragraph`` open in lower case after a finished sentence.

    Only in a paragraph whose writer capitalises: its first letter is a
    capital, or a sentence in it starts with one (a writer who never
    capitalises a sentence chose not to).
    """
    if sum(1 for _ in itertools.islice(_LOWER_LINES.finditer(paragraph), SEVERAL_LINES)) < SEVERAL_LINES:
        return False
    first = _FIRST_LETTER.search(paragraph)
    return (first is not None and first.group().isupper()) or _CAPITALISED_START.search(paragraph) is not None


#: :func:`_started_in_lower_case`, worked out once per paragraph (each line's match asks).
_lines_started_in_lower_case = per_paragraph(_started_in_lower_case)
#: Whether the lines of a paragraph get their capitals: MT's lower-case lines, in no verse,
#: by a writer who does not write ``i`` (worked out once per paragraph).
_lines_to_capitalise = per_paragraph(
    lambda paragraph: (
        _lines_started_in_lower_case(paragraph)
        and _LOWER_I.search(paragraph) is None
        and not reads_as_verse(paragraph)
    )
)


def _code_spans(text: str) -> list[tuple[int, int]]:
    return [*protect.code_lines(text), *(protect.inline_code(text) if "`" in text else ())]


def _written_in_code(word: str, text: str) -> bool:
    """Whether ``word`` stands in a line of code or a code span of ``text`` (a keyword such as ``if``)."""
    whole = regex.compile(rf"(?<!\w){regex.escape(word)}(?!\w)")
    return any(whole.search(text, start, end) for start, end in _code_spans(text))


_CODE_WORDS_MEMO = "casing.words-in-code"
_CODE_WORD = regex.compile(r"(?<!\w)\p{Ll}+(?!\w)")


def _words_in_code(context: Context) -> frozenset[str]:
    """The lower-case words the document's code writes, paragraph by paragraph (worked out once).

    A tutorial shows ``>>> for i in a:`` in one paragraph and opens a
    sentence of the next with ``for loops require indentation``.
    """
    found = context.memo.get(_CODE_WORDS_MEMO)
    if not isinstance(found, frozenset):
        found = context.memo[_CODE_WORDS_MEMO] = frozenset(
            word
            for paragraph, _ in paragraphs.split_document(context.document, context.memo)
            for start, end in _code_spans(paragraph)
            for word in _CODE_WORD.findall(paragraph, start, end)
        )
    return found


#: Function words MT capitalises at the start of a clause it translated on its own.
CLAUSE_WORDS = frozenset(
    "As When If And But Or Is Are Was Were Will Can While After Before Because Although Then So Also "
    "Not Which Who Whether Where What How Why With From For In On At To Of By The".split()
)
#: Clause words that are never a surname, so they are lowered after a capitalised word too.
AFTER_A_NAME = frozenset(
    "As When If And But While Which Who Because Although Is Are Was Were Will Can".split()
)
#: A lower-case word, as the look-aheads below read one.
_LOWER = r"\p{Ll}[\p{Ll}'’-]*"
#: What follows a lower-case word in a clause that goes on in lower case:
#: two more such words, or at most one and a comma before the next word
#: (``For example, many``, ``At the time, according``; spaced and
#: capitalised the way MT leaves them, ``the advantages of , Cost``, which
#: the same run puts right).  A title goes on in capitals (``Yes, We Can``,
#: ``After the Wedding``).
_GOES_ON_LOWER = rf"(?:(?:[ \t]+{_LOWER}){{2}}\b|(?:[ \t]+{_LOWER})?[ \t]*,[ \t]*\p{{L}})"
#: The last word of a dateline MT read word for word (``1905 movie network news``, ``Xinhua
#: News Agency electricity``, ``Quick Technology News on August 22 reported``): the capital after
#: one opens the story, whose full stop MT dropped.
DATELINE_ENDS = frozenset("news reported reports report electricity dispatch message".split())
#: A line's opening with no sentence end in it, short enough to be a dateline.
_DATELINE = regex.compile(r"[^.!?;:\n]{0,80}+")
#: Words after which a capitalised word starts a title (``a film called After the wedding``).
TITLE_LEADS = frozenset(
    "called named titled entitled dubbed film book song album show novel play series game movie".split()
)


def _opens_its_line(text: str, start: int) -> bool:
    """Whether ``text`` before ``start`` is the short opening of a line, with no sentence end in it."""
    line_start = text.rfind("\n", max(0, start - 81), start) + 1
    if line_start == 0 and start > 80:
        return False
    found = _DATELINE.match(text, line_start, start)
    return found is not None and found.end() == start


@regex_rule(
    "casing.clause-word",
    rf"(?<=\b(?P<before>\p{{L}}[\p{{Ll}}'’]*)[ \t]+)(?P<word>[A-Z][a-z]+)(?=[ \t]+{_LOWER}{_GOES_ON_LOWER})",
    # Each word's first letter comes first, so re skips ahead to the capitals
    # a clause word can start with (a look-behind first would run at every position).
    cue="(?:"
    + "|".join(f"{word[0]}(?<=[a-z] {word[0]}){word[1:]}" for word in sorted(CLAUSE_WORDS))
    + r") [a-z]",
)
def clause_word(match: regex.Match[str], context: Context) -> str | None:
    """A function word MT capitalised in the middle of a sentence is lowered.

    Only before three lower-case words, or one or two and a comma (a title
    goes on in capitals: ``the film After the Wedding``), and not after a
    word that introduces a title.

    >>> clean("Blood sugar must be watched closely, especially When the weather turns cold.")
    'Blood sugar must be watched closely, especially when the weather turns cold.'
    >>> clean("We saw the film After the Wedding and a song called If you leave me now.")
    'We saw the film After the Wedding and a song called If you leave me now.'
    >>> clean("Johnnie To directed the crime film Election.")
    'Johnnie To directed the crime film Election.'
    >>> clean("The seat is low, so the second row of the car The rear passengers have room.")
    'The seat is low, so the second row of the car the rear passengers have room.'
    >>> clean("Cold manure suits sandy land, and hot manure In the north, where soil is cold.")
    'Cold manure suits sandy land, and hot manure in the north, where soil is cold.'

    Not after the last word of a dateline that opens its line
    (:data:`DATELINE_ENDS`): there the capital starts the story.

    >>> clean("1905 movie network news The film opens in 300 cinemas on Friday.")
    '1905 movie network news The film opens in 300 cinemas on Friday.'
    """
    word = match["word"]
    if word not in CLAUSE_WORDS or match["before"] in TITLE_LEADS or reads_as_verse(match.string):
        return None
    if match["before"] in DATELINE_ENDS and _opens_its_line(match.string, match.start()):
        return None
    if shows_tokens(match.string):
        return None  # "it returns the tokens The kids wo n't share": a tokeniser's output quoted
    if word == "The" and match.string[match.end("before") : match.start()] != " ":
        return None  # "-v, --verbose    The verbose mode": a column of a table of options
    if match["before"][:1].isupper() and word not in AFTER_A_NAME:
        return None  # "Johnnie To", "Yu Or": a surname after a given name
    return word.lower()


#: Words after which a capitalised pronoun opens quoted speech, not a fragment.
_SPEECH_LEADS = REPORTING_VERBS | frozenset(
    "say asked asks replied replies thought thinks goes shouted cried yelled insisted answered declared "
    "proclaimed tweeted posted read reads it words motto slogan wondered wonders wonder think realised realized".split()
)


#: Words that open a clause MT capitalised after a comma or semicolon.  Never
#: ``He`` (the surname of He Xiaopeng: ``Back home, He was frank``) or ``Will``
#: (a given name); other words are left alone, since ``Long``, ``Fan`` and
#: ``Song`` are surnames and ``Rose`` a given name, and ``Please`` and ``Let``
#: follow a letter's greeting (``Hi all, Please find``).
CLAUSE_OPENERS = (CLAUSE_WORDS - {"Will"}) | frozenset(
    "The This That These Those There It Its She We They You Your Our Their Some Many Most All Each Every "
    "Sometimes However Therefore Meanwhile Finally Otherwise Even Only Especially Usually Generally Due "
    "Now Still Just During Such".split()
)


#: Words that open a clause MT capitalised after a semicolon only: instructions
#: (``avoid root rot; Water when it is dry``), which a clean writer does not
#: capitalise there, and a word that ends in ``-ing`` (``; Listening to``).
#: After a comma they may open quoted speech (``he shouted, Keep going``).
SEMICOLON_OPENERS = CLAUSE_OPENERS | frozenset(
    "Add Put Cut Stir Heat Keep Avoid Remove Take Use Pay Pour Boil Apply Drain Cover Turn Place Serve Make "
    "Try Wait Check Note Remember Do Never Always Walk Water Leave Let Please Mix Fill Choose Eat Drink "
    "Enter Hold Wash Open".split()
)


#: The adverbs of a contract's operative clauses: the capitalised word before one is a party (``You hereby``).
_LEGAL_ADVERBS = frozenset({"hereby", "herein", "hereto", "hereunder", "hereafter"})


def _opens_clause(word: str, mark: str) -> bool:
    """Whether ``word``, capitalised after ``mark`` (a comma or a semicolon), opens a clause MT capitalised."""
    if mark == ",":
        return word in CLAUSE_OPENERS
    return word in SEMICOLON_OPENERS or (len(word) > 5 and word.endswith("ing"))


@regex_rule(
    "casing.after-comma",
    r"(?P<mark>[,;])(?<=(?<![\w'’-])(?P<before>\p{Ll}[\p{Ll}'’]*|\d+(?:\.\d+)?%)[,;])[ \t]+\K(?P<word>\p{Lu}\p{Ll}+)"
    rf"(?=[ \t]+(?P<next>{_LOWER}|\p{{Lu}}{{2,}}(?=[ \t]+\p{{Ll}})){_GOES_ON_LOWER})",
    cue=(r", [A-Z][a-z]+ [A-Za-z]", r"; [A-Z][a-z]+ [A-Za-z]"),  # each from its own mark
)
def after_comma(match: regex.Match[str], context: Context) -> str | None:
    """A clause MT capitalised after a comma or semicolon, mid-sentence, is lowered.

    MT joins the clauses it translated one by one with a comma or a
    semicolon and keeps each clause's capital (``the targets were met, We
    will keep``, ``the skin is greasy; Sometimes there is``), in fluent
    sentences with no other garble.  Only a word that opens a clause
    (:data:`CLAUSE_OPENERS`, not a name the document or the glossary writes
    capitalised), after a percentage or a lower-case word that is not a
    verb of saying (``he said, We will win``, ``as he put it,
    We choose``, ``the sign read, We are open`` quote speech) or a word
    that introduces a title, and before three lower-case words (or one or
    two and a comma, :data:`_GOES_ON_LOWER`; the first may be an acronym
    the glossary wrote, ``; The VIP area is``) of which the first is not a
    verb of saying (a title goes on in capitals: ``Yes, We Can``; ``, Rose
    said the`` names a speaker).

    >>> clean("All targets were met, We will keep policies stable; The plan starts in May.")
    'All targets were met, we will keep policies stable; the plan starts in May.'
    >>> clean("The rate is 4.35%; The rate for five years is higher.")
    'The rate is 4.35%; the rate for five years is higher.'
    >>> clean("He said, We will win this one, and the slogan was Yes, We Can.")
    'He said, We will win this one, and the slogan was Yes, We Can.'

    After a semicolon an instruction or a word in ``-ing`` opens such a
    clause too (:data:`SEMICOLON_OPENERS`); after a comma it may open speech.

    >>> clean("Drain the beds in the rainy season; Water them when the soil is dry.")
    'Drain the beds in the rainy season; water them when the soil is dry.'
    >>> clean("Guests came late; For example, two tables waited an hour.")
    'Guests came late; for example, two tables waited an hour.'
    >>> clean("The coach shouted, Keep your eyes on the ball.")
    'The coach shouted, Keep your eyes on the ball.'

    A contract capitalises its parties as defined terms, and names them
    before ``hereby`` (``..., You hereby agree``): not a clause MT capitalised.

    >>> clean("If a claim arises from your use, You hereby agree to defend us.")
    'If a claim arises from your use, You hereby agree to defend us.'
    """
    word = match["word"]
    if not _opens_clause(word, match["mark"]) or match["next"] in REPORTING_VERBS:
        return None
    if match["next"] in _LEGAL_ADVERBS:
        return None  # "..., You hereby agree": a party of a contract, a defined term
    if match["before"] in _SPEECH_LEADS or match["before"] in TITLE_LEADS or reads_as_verse(match.string):
        return None
    return word.lower() if _may_lower(word, context) else None


#: A semicolon after a lower-case word (or a percentage) and a capitalised word after it.
_SEMICOLON_CAPITAL = regex.compile(r"(?<=(?:\p{Ll}|%);[ \t]+)\p{Lu}\p{Ll}+\b")
#: How many such capitals a paragraph must show before they count as the writer's (MT's) habit.
SEMICOLON_HABIT = 2
#: A colon before a capital: a list of capitalised items (``Ingredients: Flour; Salt``).
_COLON_CAPITAL = regex.compile(r":[ \t]+\p{Lu}")
#: Words after which a capitalised word is a defined term (``; Affiliate means any entity``).
_DEFINES = frozenset({"means", "shall", "refers", "includes"})
#: Number words after which a capitalised word is a label (``; Chapter two covers``, ``; Step one is``).
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve first second third fourth fifth".split()
)


@regex_rule(
    "casing.semicolon-habit",
    r";(?<=(?<![\w'’-])(?P<before>\p{Ll}[\p{Ll}'’]*|\d+(?:\.\d+)?%);)[ \t]+\K(?P<word>\p{Lu}\p{Ll}+)"
    rf"(?=(?:[ \t]+(?P<next>{_LOWER})(?:[ \t]+{_LOWER}){{2}}\b|[ \t]*,[ \t]*\p{{Ll}}|[ \t]+{_LOWER}[ \t]*,))",
    cue=r"; [A-Z][a-z]",
)
def semicolon_habit(match: regex.Match[str], context: Context) -> str | None:
    """An ordinary noun or adjective MT capitalised after a semicolon is lowered, where that is its habit.

    MT keeps the capital of each clause it joins with a semicolon, content
    words too (``buy four sets; Daily necessities, including``).  A clean
    writer capitalises there only a name, ``I`` or a defined term.  So the
    word is lowered only in a paragraph with two such capitals at least
    (MT's habit, not a name's), when it is an ordinary word (not one the
    document or the glossary writes capitalised), a clause follows in lower
    case, and no colon before it opens a list of capitalised items.

    >>> clean("Buy two quilts; Daily necessities, such as towels; Household appliances that save work.")
    'Buy two quilts; daily necessities, such as towels; household appliances that save work.'
    >>> clean("We left early; Daily traffic is heavy on that road.")
    'We left early; Daily traffic is heavy on that road.'
    >>> clean("Menu: Chicken with rice and beans; Fish with potatoes and salad; Soup of the day.")
    'Menu: Chicken with rice and beans; Fish with potatoes and salad; Soup of the day.'
    """
    word = match["word"]
    if _opens_clause(word, ";") or match["next"] in REPORTING_VERBS or match["next"] in _DEFINES:
        return None  # an opener is casing.after-comma's; "; Rose said", "; Affiliate means"
    if match["next"] in _NUMBER_WORDS:
        return None  # "; Chapter two covers the rest": a label
    paragraph = match.string
    if not _semicolon_habit_shown(paragraph):
        return None
    sentence_start = max(paragraph.rfind(". ", 0, match.start()), paragraph.rfind("\n", 0, match.start()), 0)
    if _COLON_CAPITAL.search(paragraph, sentence_start, match.start()):
        return None
    if match["before"] in _SPEECH_LEADS or match["before"] in TITLE_LEADS:
        return None
    return word.lower() if _may_lower(word, context) else None


#: Whether a paragraph shows MT's habit (:data:`SEMICOLON_HABIT` capitals after semicolons
#: or more) and is no verse: worked out once per paragraph, whose every match asks.
_semicolon_habit_shown = per_paragraph(
    lambda paragraph: (
        sum(1 for _ in itertools.islice(_SEMICOLON_CAPITAL.finditer(paragraph), SEMICOLON_HABIT))
        == SEMICOLON_HABIT
        and not reads_as_verse(paragraph)
    )
)


#: A numbered item's marker at the start of a line (``(3)``, ``3.``, ``3)``) and the spaces after it.
_ITEM_START = r"(?m)^[ \t]*+(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]++"
_ITEM_OPENING = regex.compile(_ITEM_START + r"(?P<letter>\p{L})")
#: How many items of a paragraph must open with a capital before one in lower case is a slip.
CAPITAL_ITEMS = 2


def _count_item_openings(paragraph: str) -> tuple[int, int]:
    """How many numbered items of ``paragraph`` open with a capital, and how many in lower case."""
    letters = [match["letter"] for match in _ITEM_OPENING.finditer(paragraph)]
    return sum(letter.isupper() for letter in letters), sum(letter.islower() for letter in letters)


#: :func:`_count_item_openings`, worked out once per paragraph, whose every item asks.
_item_openings = per_paragraph(_count_item_openings)


@regex_rule(
    "casing.list-item",
    _ITEM_START + r"\K" + _LOWER_WORD,
    cue=(r"\)[ \t]+[a-z]", r"\.(?<=\d\.)[ \t]+[a-z]"),  # each from its own mark
)
def list_item(match: regex.Match[str], context: Context) -> str | None:
    """A numbered item MT opened in lower case, in a list whose items open with capitals, gets one.

    A page's list of conditions or steps capitalises its items (``(5)
    Subject, time and place``) and MT drops the capital of one
    (``(6) interview method;``).  Only where the document's items open with
    a capital (two at least in the paragraph, and more of them than in lower
    case: a writer who opens every item in lower case chose to), before an
    ordinary word that is no command or code.  The items are counted as the
    passes before left them: ``(three) the age`` is ``(3) The age`` by then.

    >>> clean("(1) Scope and conditions;\\n(2) Posts and quotas;\\n(3) interview method;\\n(4) Results.")
    '(1) Scope and conditions;\\n(2) Posts and quotas;\\n(3) Interview method;\\n(4) Results.'
    >>> clean("1. install the package\\n2. run the tests\\n3. Read the report")
    '1. install the package\\n2. run the tests\\n3. Read the report'
    >>> clean("1. Open a terminal.\\n2. Type the command.\\n3. git pull fetches the rest.")
    '1. Open a terminal.\\n2. Type the command.\\n3. git pull fetches the rest.'
    """
    word = match["word"]
    if word in LOWER_CASE_NAMES or not is_common(word):
        return None
    capitals, lowers = _item_openings(match.string)
    if capitals < CAPITAL_ITEMS or capitals <= lowers:
        return None
    if _written_in_code(word, match.string) or word in _words_in_code(context):
        return None
    return word[:1].upper() + word[1:]


CASING = Pass(
    "casing",
    (
        fragment_start,
        after_spaced_quote,
        sentence_start,
        paragraph_start,
        quote_start,
        after_number,
        sentence_start_after_stop,
        line_start_after_stop,
        clause_word,
        after_comma,
        semicolon_habit,
        list_item,
    ),
)
