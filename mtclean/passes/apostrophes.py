"""Apostrophes dropped in transfer: ``We dont want`` → ``We don't want``.

Some MT pipelines strip apostrophes from contractions.  ``dont`` in a casual
post is a writer's choice, though, and clean English goes through unchanged,
so these rules fire only in a paragraph that shows other garble (a space
before a mark that ends a word, or Chinese punctuation; see
:func:`mtclean.passes.evidence.shows_garble`).  The pass runs early, while
that evidence is still there for the later passes to remove.

Within such a paragraph only clear cases are fixed: forms that are no English
word (``didnt``, ``youre``, ``Ive``); ``cant`` and ``wont``, which are nouns
(``the cant of politicians``, ``as was his wont``), only before a verb and
never after a determiner; ``Its`` only before ``a``, ``an``, ``the``, ``not``
or ``been``, where it cannot be the possessive (``Its engine`` stays).  A
word the document writes capitalised mid-sentence (a name) is left alone;
code, URLs and identifiers are protected or are not whole words.  The
apostrophe is curly if the paragraph uses curly apostrophes.
"""

from __future__ import annotations

import functools

import regex

from mtclean.glossary import Glossary
from mtclean.passes.evidence import shows_garble, shows_tokens
from mtclean.rules import Context, Pass, regex_rule
from mtclean.words import FUNCTION_WORDS, english_words

# A whole word: not part of an identifier, a path, a handle or a hyphenated word.
# (Each pattern begins with a look-ahead for its first letter, which the
# engine scans for far faster than it tries a look-behind at every position.)
_BEFORE = r"(?<![\w'’@#/.-])"
_AFTER = r"(?![\w'’-])"
# The marks that make a paragraph worth a look (a space also stands for a tab).
_EVIDENCE = [" ,", " .", " ;", " :", " !", " ?", "、", "，", "。", "：", "；"]
# The words each rule below edits, for ``re`` (``also=``): most garbled paragraphs show the
# evidence, few hold such a word, and each form opens with one letter that ``re`` skips ahead
# to, where the rule's own pattern is tried at most letters of the paragraph.  Each finds
# a superset of what its rule matches: the look-arounds at the word's ends test ASCII word
# characters only (``re`` and ``regex`` disagree on some others), and ``ſ`` stands for an ``s``
# where the rule ignores case, as ``regex`` lets it.
_NO_WORD_AFTER = r"(?![A-Za-z0-9_'’-])"
# (A letter in either case is two patterns, each opening with a literal: ``re`` skips ahead
# to a literal far faster than to a class.)
_NEGATIONS = tuple(
    rf"{t}(?:(?<=[sSſdDoOtT][nN]{t})|(?<=[hH][aA][vV][eE][nN]{t})|(?<=[wW][eE][rR][eE][nN]{t})"
    rf"|(?<=[aA][rR][eE][nN]{t})(?<![A-Za-z0-9_'’@#/.-][aA][rR][eE][nN]{t})){_NO_WORD_AFTER}"
    for t in "tT"
)
_PRONOUN_TAIL = rf"(?:[rR][eE]|[vV][eE]|[lL][lL]|[dD]){_NO_WORD_AFTER}"
_PRONOUNS = (
    *(rf"{u}(?<=[yY][oO]{u}){_PRONOUN_TAIL}" for u in "uU"),
    *(rf"{y}(?<=[tT][hH][eE]{y}){_PRONOUN_TAIL}" for y in "yY"),
    *(rf"{v}(?<=[wW][eE]{v})[eE]{_NO_WORD_AFTER}" for v in "vV"),
    rf"I(?:ve|m){_NO_WORD_AFTER}",
    r"s(?:(?<=[tT][hH][aA][tT]s)|(?<=[wW][hH][aA][tT]s)|(?<=[hH][eE][rR][eE]s)|(?<=[wW][hH][oO]s))"
    + _NO_WORD_AFTER,
)
_CANT_WONT = tuple(rf"{t}(?<=[CcWw][aAoO][nN]{t}){_NO_WORD_AFTER}" for t in "tT")
_IT_IS = (rf"s(?<=[Ii]ts)[ \t]+(?:a|an|the|not|been){_NO_WORD_AFTER}",)
# Words after which "cant" and "wont" are nouns: "the cant", "his wont".
_DETERMINERS = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "such", "no", "any"}
    | {"some", "what", "whose", "much", "all", "same", "own", "usual", "mere", "pious", "political", "empty"}
)
# What follows "I'm" (and never "Im" the abbreviation: "Im is short for").
_AFTER_IM = r"(?:not|a|an|the|so|sure|glad|sorry|here|just|still|also|really|\p{Ll}+ing)"
_WORD_BEFORE = regex.compile(r"(?r)([\w'’]+)[ \t]*\Z")
# The endings of a plural, a past form or an adverb: "cant politicians", "wont used", "cant really".
# ("use", "lose" and "pass" are base forms: only the last letters count.)
_NOT_A_BASE_FORM = regex.compile(r"(?:(?<!s)s|ed|ly)\Z")


def _apostrophe(match: regex.Match[str], context: Context) -> str | None:
    """The apostrophe to write, or ``None`` where the paragraph shows no garble or the word is a name.

    (``Ive`` and ``Im`` are capitalised wherever they stand, as ``I`` is.)
    """
    word = match.group()
    if (word in context.proper_nouns and word not in ("Im", "Ive")) or not shows_garble(match.string):
        return None
    return "’" if "’" in match.string else "'"


@regex_rule(
    "apostrophes.negation",
    rf"(?=[DdIiWwAaHhCcSsMmNn]){_BEFORE}(?P<stem>(?i:do|does|did|is|was|are|were|has|have|had|could|would|should|must|need)n)"
    rf"(?P<t>[Tt]){_AFTER}",
    needs=_EVIDENCE,
    also=_NEGATIONS,
)
def negation(match: regex.Match[str], context: Context) -> str | None:
    """``n't`` without its apostrophe: ``We dont want`` → ``We don't want``.

    >>> clean("We dont want delays , and the app didnt crash .")
    "We don't want delays, and the app didn't crash."
    >>> clean("I dont mind, and it isnt a problem.")
    'I dont mind, and it isnt a problem.'
    """
    apostrophe = _apostrophe(match, context)
    return None if apostrophe is None else f"{match['stem']}{apostrophe}{match['t']}"


@regex_rule(
    "apostrophes.pronoun",
    rf"(?=[YyTtWwIHh]){_BEFORE}(?:(?P<stem>(?i:you|they))(?P<tail>(?i:re|ve|ll|d))|(?P<stem>(?i:we))(?P<tail>(?i:ve))"
    rf"|(?P<stem>I)(?P<tail>ve|m(?=[ \t]+{_AFTER_IM}\b))|(?P<stem>(?i:that|what|there|here|who))(?P<tail>s)){_AFTER}",
    needs=_EVIDENCE,
    also=_PRONOUNS,
)
def pronoun(match: regex.Match[str], context: Context) -> str | None:
    """A pronoun's contraction without its apostrophe: ``youre`` → ``you're``, ``Ive`` → ``I've``.

    >>> clean("Ive tried it , and youre right: thats the fix .")
    "I've tried it, and you're right: that's the fix."
    >>> clean("Ive tried it, and youre right.")
    'Ive tried it, and youre right.'
    """
    apostrophe = _apostrophe(match, context)
    return None if apostrophe is None else f"{match['stem']}{apostrophe}{match['tail']}"


@regex_rule(
    "apostrophes.cant-wont",
    rf"(?=[CcWw]){_BEFORE}(?P<stem>[Cc]an|[Ww]on|CAN|WON)(?P<t>[Tt]){_AFTER}(?=[ \t]+(?P<next>\p{{Ll}}{{2,}})(?![\p{{L}}'’]))",
    needs=_EVIDENCE,
    also=_CANT_WONT,
)
def cant_wont(match: regex.Match[str], context: Context) -> str | None:
    """``cant`` and ``wont`` before a verb: ``fans who cant wait`` → ``fans who can't wait``.

    Both are English nouns (hypocritical talk; a habit), so they are fixed
    only before a verb's base form and never after a determiner.

    >>> clean("Fans who cant wait , and players who wont stop , queue .")
    "Fans who can't wait, and players who won't stop, queue."
    >>> clean("The cant of politicians grew , as was his wont .")
    'The cant of politicians grew, as was his wont.'
    """
    following = match["next"]
    if following in FUNCTION_WORDS - {"be", "have"} or _NOT_A_BASE_FORM.search(following):
        return None  # "cant of", "cant politicians", "wont was"
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    if before is not None and before[1].lower() in _DETERMINERS:
        return None  # "the cant", "his wont"
    apostrophe = _apostrophe(match, context)
    return None if apostrophe is None else f"{match['stem']}{apostrophe}{match['t']}"


@regex_rule(
    "apostrophes.it-is",
    rf"(?=[Ii]){_BEFORE}(?P<it>[Ii]t)s(?=[ \t]+(?:a|an|the|not|been){_AFTER})",
    needs=_EVIDENCE,
    also=_IT_IS,
)
def it_is(match: regex.Match[str], context: Context) -> str | None:
    """``Its`` for ``It's`` before an article, ``not`` or ``been``: ``Its a pity`` → ``It's a pity``.

    The possessive never comes before those words, so ``Its engine`` stays.

    >>> clean("Its a pity , but its not over .")
    "It's a pity, but it's not over."
    >>> clean("Its engine is quiet , and its range is long .")
    'Its engine is quiet, and its range is long.'
    """
    apostrophe = _apostrophe(match, context)
    return None if apostrophe is None else f"{match['it']}{apostrophe}s"


@regex_rule(
    "apostrophes.split-contraction",
    rf"(?=[DdIiWwAaHhCcSs]){_BEFORE}(?P<stem>(?i:do|does|did|is|was|are|were|has|have|had|could|would|should|ca|wo)n)"
    rf"[ \t]+(?P<t>t){_AFTER}",
    needs=["n t "],
)
def split_contraction(match: regex.Match[str], context: Context) -> str:
    """``n't`` split at its lost apostrophe: ``If you can t beat them`` → ``If you can't beat them``.

    A lone ``t`` after ``can`` or ``don`` is no English word, so this needs no
    other garble in the paragraph.

    >>> clean("If you can t beat them, join them; we don t mind.")
    "If you can't beat them, join them; we don't mind."
    >>> clean("Plan T and the Don T-shirt stay.")
    'Plan T and the Don T-shirt stay.'
    """
    apostrophe = "’" if "’" in match.string else "'"
    return f"{match['stem']}{apostrophe}{match['t']}"


@regex_rule(
    "apostrophes.spaced-nt",
    rf"(?=[DdIiWwAaHhCcSsNnMm]){_BEFORE}(?P<stem>(?i:do|does|did|is|was|are|were|has|have|had|could|would|should"
    r"|ca|wo|need|must|might))[ \t]+(?=n['’]t\b)",
    needs=[" n't", " n’t"],
)
def spaced_nt(match: regex.Match[str], context: Context) -> str | None:
    """``n't`` split off its verb as a tokeniser writes it: ``please do n’t be fooled`` → ``please don’t be fooled``.

    MT and the pages that copy it sometimes keep the Penn Treebank's split
    (``do n't``, ``ca n't``, ``wo n't``): English never writes ``n't`` as a
    word of its own.  A paragraph about tokenising text quotes it on purpose.

    >>> clean("Please do n’t be fooled by the photo; I ca n’t tell and it is n’t clear.")
    'Please don’t be fooled by the photo; I can’t tell and it isn’t clear.'
    >>> clean("The Treebank tokenizer splits don't into do n't and can't into ca n't.")
    "The Treebank tokenizer splits don't into do n't and can't into ca n't."
    """
    if shows_tokens(match.string):
        return None  # a tokeniser's output, quoted on purpose
    return match["stem"]


def _mark(text: str) -> str:
    return "’" if "’" in text else "'"


# Institutions named after the people (人民医院, 人民法院): "peoples" before one is "People's".
# What a men's team plays or a men's shop sells ("Mens Sana" is a Latin name).
_MENS = r"(?:Basketball|Football|Volleyball|Soccer|Hockey|Tennis|Golf|Rugby|Team|Singles|Doubles|Health|Wear|Clothing|Shoes)"
_INSTITUTIONS = (
    r"(?:Hospital|Court|Congress|Government|Procuratorate|Bank|Daily|Park|Square|Republic|Liberation)"
)


@regex_rule(
    "apostrophes.possessive",
    rf"(?=[TtMWwCcPp]){_BEFORE}(?:(?P<stem>[Tt]oday|[Ww]omen|WOMEN|[Cc]hildren)(?=s{_AFTER})"
    rf"|(?P<stem>[Tt]his[ \t]+year)(?=s[ \t]+\p{{Ll}})|(?P<stem>Men)(?=s[ \t]+{_MENS}\b)"
    rf"|(?P<stem>[Pp]eople)(?=[ \t]?s[ \t]+{_INSTITUTIONS}\b))[ \t]?s",
    needs=["odays", "omens", "OMENS", "hildrens", "is years", "Mens ", "eoples ", "eople s "],
)
def possessive(match: regex.Match[str], context: Context) -> str:
    """A possessive whose apostrophe was lost where the plain ``s`` is no English: ``todays`` → ``today's``.

    ``todays``, ``womens`` and ``childrens`` are never words; ``this years``
    is only a possessive before a noun, ``Mens`` (``mens rea`` is Latin) only
    before a sport or what a men's shop sells, and ``peoples`` only before an institution
    named after the people.  MT that drops the apostrophe of 人民法院 or 人民医院 may also
    leave the ``s`` on its own (``People s Court``): a lone ``s`` between ``People`` and
    such an institution is no English word.

    >>> clean("The app lost users after todays update, at this years fair and in the Mens Singles.")
    "The app lost users after today's update, at this year's fair and in the Men's Singles."
    >>> clean("The peoples of Europe met; mens rea is Latin; Mens Sana won; this years-long row stays.")
    'The peoples of Europe met; mens rea is Latin; Mens Sana won; this years-long row stays.'
    >>> clean("He appealed to the Intermediate People s Court within 15 days.")
    "He appealed to the Intermediate People's Court within 15 days."
    >>> clean("The people s and the t are hard to read in this font; Court fees rose.")
    'The people s and the t are hard to read in this font; Court fees rose.'
    """
    stem = match["stem"]
    return f"{'People' if stem.lower() == 'people' else stem}{_mark(match.string)}s"


@regex_rule(
    "apostrophes.lone-s",
    r"(?=[ \t]s[ \t])(?<=(?<![\w'’-])\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+)[ \t]+s(?=[ \t]+\p{Ll}{2,})",
    needs=[" s "],
)
def lone_s(match: regex.Match[str], context: Context) -> str | None:
    """A name's possessive ``s`` split off by its lost apostrophe: ``Wang Luobin s studio`` → ``Wang Luobin's studio``.

    A lone ``s`` after a two-word name and before a lower-case word is no
    English word (a lone letter in English is quoted, or capitalised).

    >>> clean("Next door is Wang Luobin s former music studio.")
    "Next door is Wang Luobin's former music studio."
    >>> clean("Next door is studio s, and the letter s follows Plan B.")
    'Next door is studio s, and the letter s follows Plan B.'

    An ``s`` that completes the word before it (``Congres s``: a typo's
    split, not a possessive) is left alone.

    >>> clean("The report to the National Congres s proposed it first.")
    'The report to the National Congres s proposed it first.'
    """
    before = match.string[max(0, match.start() - 64) : match.start()].rsplit(None, 1)[-1].lower()
    if before + "s" in english_words() and before not in english_words():
        return None
    return f"{_mark(match.string)}s"


@regex_rule(
    "apostrophes.pinyin-syllable",
    r"['’](?<=(?<![\w'’-])\p{Lu}\p{Ll}{0,4}[^\Ws]['’])[ \t]+(?=(?:a|ai|an|ang|ao|e|en|eng|er|ou)(?![\w'’-]))",
    needs=["’ a", "' a", "’ e", "' e", "’ o", "' o"],
)
def pinyin_syllable(match: regex.Match[str], context: Context) -> str:
    """A pinyin name split after the apostrophe between its syllables: ``Ping’ an`` → ``Ping’an``.

    Only before a syllable that begins with a vowel (the one place pinyin
    writes the apostrophe), after a short capitalised syllable not ending
    in ``s`` (``the Jones’ annual``, ``James' a`` are English possessives).

    >>> clean("The Ping’ an Exam campaign began in Xi' an.")
    "The Ping’an Exam campaign began in Xi'an."
    >>> clean("The Jones’ and the Wang' eldest son visited.")
    "The Jones’ and the Wang' eldest son visited."
    """
    return match.group()[0]


#: The kinds of glossary name whose plural never owns anything (a company, its brand, its app).
_OWNER_KINDS = frozenset({"brand", "company", "app", "media", "organisation"})
# What "own" is followed by as a verb ("Teslas own the road", "own more"), never as "its own".
_NOT_OWNED = FUNCTION_WORDS | frozenset("more most half all some many much nothing everything up".split())


@functools.lru_cache(maxsize=4)
def _owner_names(glossary: Glossary) -> frozenset[str]:
    """One-word official names of companies, brands, apps, media and organisations (``Huawei``).

    Not those that are English words too (``Valve``: ``Valves own`` may be a plural).
    """
    return frozenset(
        entry.name
        for entry in glossary.entries
        if entry.kind in _OWNER_KINDS
        and entry.name in glossary.name_words
        and entry.name.lower() not in english_words()
    )


@regex_rule(
    "apostrophes.name-possessive",
    rf"(?=\p{{Lu}}){_BEFORE}(?P<name>\p{{Lu}}[\p{{L}}\d]+?)s(?=[ \t]+(?:own|self-\p{{Ll}}+)[ \t]+(?P<next>[\p{{L}}-]+))",
    needs=["s own ", "s self-"],
)
def name_possessive(match: regex.Match[str], context: Context) -> str | None:
    """A company's possessive before ``own`` whose apostrophe was lost: ``Huaweis own chip`` → ``Huawei's own chip``.

    A company, a brand or an app owns; its plural (``two Huaweis``) owns
    nothing, so before ``own`` or ``self-developed`` and a noun the ``s``
    is the possessive's.  As a verb ``own`` takes an article or a
    quantifier (``Teslas own the fast lane``), which stays.

    >>> clean("Huaweis own chip and Xiaomis self-developed system shipped in May.")
    "Huawei's own chip and Xiaomi's self-developed system shipped in May."
    >>> clean("Teslas own the fast lane, and the Smiths own two farms.")
    'Teslas own the fast lane, and the Smiths own two farms.'
    """
    name = match["name"]
    if (
        name.endswith("s")
        or match["next"].lower() in _NOT_OWNED
        or name not in _owner_names(context.glossary)
    ):
        return None
    return f"{name}{_mark(match.string)}s"


APOSTROPHES = Pass(
    "apostrophes",
    (
        negation,
        pronoun,
        cant_wont,
        it_is,
        split_contraction,
        spaced_nt,
        possessive,
        name_possessive,
        lone_s,
        pinyin_syllable,
    ),
)
