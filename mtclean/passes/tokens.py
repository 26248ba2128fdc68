"""Tokens that MT split with a space: names, identifiers, ratios, fractions, section numbers.

``Node. js`` → ``Node.js``; ``max_ len`` → ``max_len``; ``a ratio of 3: 2.5``
→ ``3:2.5``; ``3 / 4 cup`` → ``3/4 cup``; ``2. 4 Installation`` (a heading)
→ ``2.4 Installation``.  Each split looks like ordinary punctuation followed
by a space, so each rule asks for evidence that the two halves are one token:
a word that only a framework name ends in, a ratio word before the numbers,
a unit after the fraction, the shape of a heading.  Without it, a missed fix
is preferred to a damaged sentence.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mtclean.passes.evidence import shows_garble, spaced_mark
from mtclean.passes.split_numbers import (
    glued_decade,
    spaced_range,
    spelled_digits,
    split_century,
    split_day,
    split_day_range,
    split_decade,
    split_decimal_range,
    split_item_number,
    split_one_value,
    split_ordinal,
    split_phone,
    split_route_number,
    split_year,
    split_year_opening,
    split_year_range,
    tilde_range,
    university_project,
)
from mtclean.rules import Context, Pass, line_around, regex_rule, word_before
from mtclean.words import EXTENSIONS, FUNCTION_WORDS, is_common, pinyin_apostrophe_name

# Each pattern begins with the mark it must match first and checks what
# comes before it with a look-behind after it (docs/performance.md).


@regex_rule(
    "tokens.dotted-name",
    r"\.(?<=\b\p{Lu}[\p{L}\d]{0,15}\.)\K[ \t]+(?=js\b)|\.(?<=\b(?:ASP|ADO|VB)\.)\K[ \t]+(?=NET\b)",
    needs=[". js", ". NET"],
)
def dotted_name(match: regex.Match[str], context: Context) -> str:
    """A framework name split at its dot is joined: ``Node. js`` → ``Node.js``.

    Only before ``js`` (after a capitalised word) or ``NET`` (after ``ASP``,
    ``ADO`` or ``VB``): no English sentence starts with either.

    >>> clean("We rewrote the API in Node. js and the admin pages in ASP. NET last year.")
    'We rewrote the API in Node.js and the admin pages in ASP.NET last year.'
    >>> clean("We met at the Net. Then we left. NET income rose.")
    'We met at the Net. Then we left. NET income rose.'
    """
    return ""


@regex_rule(
    "tokens.split-pm",
    r"(?<=\bPM[012])(?:[ \t]+\.[ \t]*|\.[ \t]+)(?=\d\b)",
    needs=["PM2", "PM1", "PM0"],
)
def split_pm(match: regex.Match[str], context: Context) -> str:
    """A particle size split at its decimal point is joined: ``PM2. 5`` → ``PM2.5``.

    MT puts a space after the point (or before it) of the air-quality
    measures PM2.5, PM1.0 and PM0.1; no English sentence ends at ``PM2``.

    >>> clean("The PM2. 5 reading in Beijing passed 150 micrograms per cubic meter.")
    'The PM2.5 reading in Beijing passed 150 micrograms per cubic meter.'
    >>> clean("Ultrafine PM0. 1 and coarse PM10 come from traffic; PM2 .5 from heating.")
    'Ultrafine PM0.1 and coarse PM10 come from traffic; PM2.5 from heating.'
    >>> clean("The shop opens at 2 PM. 5 staff work late, the PM2 ships, and PM10. 5 more came.")
    'The shop opens at 2 PM. 5 staff work late, the PM2 ships, and PM10. 5 more came.'
    """
    return "."


# Markdown emphasis opened with an underscore earlier on the line: "_word_ and".
_EMPHASIS_OPEN = regex.compile(r"(?:^|[\s(*])_\p{L}", regex.MULTILINE)
# Python names a variable that would clash "class_" or "type_"; prose about
# one goes on with an English word ("use class_ instead"), never a name part.
_PROSE_AFTER = FUNCTION_WORDS | frozenset(
    "instead rather so if when because since then here there now too also only".split()
)
# A prefix written with its underscore ("test_", "tmp_") is named in prose and
# followed by what the sentence says of it ("test_ followed by the module",
# "sys_ marks system tables", "[test_ suffix]"): words that never end an identifier.
_PREFIX_TALK_AFTER = frozenset(
    "followed plus prefix prefixes suffix suffixes marks means denotes stands indicates gets".split()
)
# The sentence calls the word a prefix, or says that names start with it.
_PREFIX_TALK_BEFORE = regex.compile(
    r"\b(?:[Pp]refix(?:es|ed)?|(?:[Ss]tart|[Bb]egin)(?:s|ning|ing)?[ \t]+with)\b[^.\n]{0,40}\Z"
)
_WORD_AFTER = regex.compile(r"\p{Ll}+\b")
# reStructuredText's links: a target (``.. _name:``) or an inline link (`` `text <url>`_ ``),
# in whose documents ``name_`` is a reference to a link, not a split identifier.
_RESTRUCTURED_TEXT = regex.compile(r"^[ \t]*\.\.[ \t]+_[\w -]+:|`__?(?!\w)", regex.MULTILINE)


#: The memo key of :func:`_is_restructured_text`'s answer for the document.
_RESTRUCTURED_TEXT_MEMO = "tokens.restructured-text"


def _is_restructured_text(context: Context, text: str) -> bool:
    """Whether the document (or ``text`` alone, without one) has reStructuredText's links, searched once per document."""
    if not context.document:
        return _RESTRUCTURED_TEXT.search(text) is not None
    found = context.memo.get(_RESTRUCTURED_TEXT_MEMO)
    if not isinstance(found, bool):
        found = context.memo[_RESTRUCTURED_TEXT_MEMO] = (
            _RESTRUCTURED_TEXT.search(context.document) is not None
        )
    return found


@regex_rule(
    "tokens.identifier",
    r"_(?<=(?<![\w.])\p{L}[\p{L}\d]*(?:_[\p{L}\d]+)*_)\K[ \t]+(?=\p{Ll}[\p{Ll}\d]*(?:_[\p{Ll}\d]+)*\b)",
    needs=["_ "],
)
def identifier(match: regex.Match[str], context: Context) -> str | None:
    """An identifier split after an underscore is joined: ``max_ len`` → ``max_len``.

    Only a word that ends in a single underscore, before a lower-case word
    that is not a function word (``use class_ instead``: Python's way to
    avoid a keyword), and not inside Markdown emphasis opened with an
    underscore.

    >>> clean("Set max_ len to 64 and buf_ size to 4096.")
    'Set max_len to 64 and buf_size to 4096.'
    >>> clean("It is _really_ fast, and __init__ runs first.")
    'It is _really_ fast, and __init__ runs first.'
    >>> clean("Name it class_ or type_ to avoid a clash, or use list_ instead.")
    'Name it class_ or type_ to avoid a clash, or use list_ instead.'

    Nor a prefix the sentence talks about, with its underscore: one it calls a
    prefix or says names start with, or one followed by what is said of it.

    >>> clean("Test files start with test_ followed by the module; the prefix app_ plus a name.")
    'Test files start with test_ followed by the module; the prefix app_ plus a name.'
    >>> clean("Usage: cover filename [test_ suffix]. Here sys_ marks system tables.")
    'Usage: cover filename [test_ suffix]. Here sys_ marks system tables.'

    In a reStructuredText document (one with a link target or an inline
    link), ``name_`` is a reference to a link.

    >>> clean("It wraps the functools_ module.\\n\\n.. _functools: https://docs.python.org/3/library/functools.html")
    'It wraps the functools_ module.\\n\\n.. _functools: https://docs.python.org/3/library/functools.html'
    """
    text = match.string
    if _is_restructured_text(context, text):
        return None
    line_start = text.rfind("\n", max(0, match.start() - 300), match.start()) + 1
    if _EMPHASIS_OPEN.search(text, line_start, match.start()):
        return None
    following = _WORD_AFTER.match(text, match.end())
    if following and following.group() in _PROSE_AFTER | _PREFIX_TALK_AFTER:
        return None
    if _PREFIX_TALK_BEFORE.search(text, max(0, match.start() - 80), match.start()):
        return None
    return ""


_RATIO_WORDS = regex.compile(
    r"\b(?:[Rr]atios?|[Pp]roportions?|[Ss]cale|[Oo]dds|[Mm]ix(?:ed)?|[Aa]spect)"
    r"(?:[ \t]+\p{Ll}+){0,8}[ \t]+(?:\d+(?:\.\d+)?:[ \t]*)*\d+(?:\.\d+)?:\Z"
)


@regex_rule("tokens.ratio", r":(?<=\d:)\K[ \t]+(?=\d)", cue=r":[ \t]+\d")
def ratio(match: regex.Match[str], context: Context) -> str | None:
    """A ratio split after its colon is joined, after a ratio word: ``3: 2.5`` → ``3:2.5``.

    Without ``ratio``, ``scale``, ``odds`` or ``mix`` a few lower-case words before, a colon
    after a number introduces something (``Step 3: 2 eggs``).

    >>> clean("Mix water and flour in a ratio of 3: 2.5, and set the ratio of staff to pupils at 1: 12.")
    'Mix water and flour in a ratio of 3:2.5, and set the ratio of staff to pupils at 1:12.'
    >>> clean("Step 3: 2 eggs go in last.")
    'Step 3: 2 eggs go in last.'
    """
    before = match.string[max(0, match.start() - 60) : match.start()]
    return "" if _RATIO_WORDS.search(before) else None


#: Measures and countable things a recipe or a manual gives as a fraction.
_FRACTION_UNITS = (
    r"cups?|teaspoons?|tablespoons?|tsp|tbsp|ounces?|oz|pounds?|lbs?|inch(?:es)?|miles?|"
    r"hours?|gallons?|quarts?|pints?|sticks?|kg|grams?|g|ml|litres?|liters?|metres?|meters?"
)


@regex_rule(
    "tokens.fraction",
    r"[ \t]+/[ \t]+(?<=(?<![\d.,/])\d{1,2}[ \t]+/[ \t]+)(?=\d{1,2}[ \t]+(?:" + _FRACTION_UNITS + r")\b)",
    needs=[" / "],
)
def fraction(match: regex.Match[str], context: Context) -> str:
    """A fraction spaced around its slash, before a unit, is joined: ``3 / 4 cup`` → ``3/4 cup``.

    A unit must follow, so a spaced division in a formula is left alone.

    >>> clean("Stir in 3 / 4 cup of sugar and 1 / 2 teaspoon of salt.")
    'Stir in 3/4 cup of sugar and 1/2 teaspoon of salt.'
    >>> clean("The ratio 3 / 4 appears in the formula.")
    'The ratio 3 / 4 appears in the formula.'
    """
    return "/"


_SECTION_LINE = regex.compile(r"[ \t]*(?:#{1,6}[ \t]+)?(?P<chapter>\d{1,2})\.[ \t]*\d{1,2}[ \t]+\p{Lu}")
# The rest of a heading after the split: the second number, then a few words
# and no sentence punctuation; the first word is not a unit ("2. 3 Cups").
# A plural in the first two words counts things ("1. 5 Ways to save",
# "1. 2 Large eggs"): a numbered title or list item, not a section number.
_HEADING_TAIL = regex.compile(
    r"\d{1,2}[ \t]+(?!(?i:"
    + _FRACTION_UNITS
    + r")\b)(?!(?:[\p{L}\d&/'’()-]+[ \t]+)?[\p{L}\d&/'’()-]*s\b(?<!ss|is|us))"
    r"[\p{L}\d&/'’()-]+(?:[ \t]+[\p{L}\d&/'’()-]+){0,7}[ \t]*"
)


@lru_cache(maxsize=16)
def _section_block(text: str) -> bool:
    """Whether every line of ``text`` is a numbered heading with the same first number."""
    found = [_SECTION_LINE.match(line) for line in text.split("\n")]
    return len({match["chapter"] if match else None for match in found}) == 1 and found[0] is not None


@regex_rule(
    "tokens.section-number",
    r"\.(?<=(?:^|\n)[ \t]*(?:#{1,6}[ \t]+)?\d{1,2}\.)\K[ \t]+(?=\d{1,2}[ \t]+\p{Lu})",
    cue=r"\.[ \t]+\d",
)
def section_number(match: regex.Match[str], context: Context) -> str | None:
    """A section number split after its dot, in a heading, is joined.

    ``2. 4 Installation`` → ``2.4 Installation``, only on a line shaped
    like a heading (a capitalised word that is not a unit, no plural in
    the first two words, at most eight words, no sentence punctuation) that is a Markdown heading, a paragraph
    on its own, or one of a block of such lines with the same first number:
    ``2. 4 eggs are needed`` and a numbered list keep their spaces.

    >>> clean("2. 4 Installation")
    '2.4 Installation'
    >>> clean("1. 2 Eggs\\n2. 3 Cups of milk")
    '1. 2 Eggs\\n2. 3 Cups of milk'
    >>> clean("1. 5 Ways to save money")
    '1. 5 Ways to save money'
    """
    text = match.string
    line_start, line_end = line_around(text, match.start(), match.end())
    if not _HEADING_TAIL.fullmatch(text, match.end(), line_end):
        return None
    heading = text[line_start:line_end].lstrip().startswith("#")
    return "" if heading or (line_start == 0 and line_end == len(text)) or _section_block(text) else None


#: Second halves of English compounds that MT splits off with a spaced hyphen
#: (``large -scale``); a command-line flag (``ls -la``, ``java -version``) is none of them.
COMPOUND_TAILS = frozenset(
    "scale level sized size tier term range end quality speed class based income risk grade "
    "month year day week on off time line style made owned run related free friendly oriented "
    "driven intensive wide long old haired point roots".split()
)
#: First halves that only ever stand before a hyphen in English compounds, as MT splits them
#: (``Mid -Autumn``, ``anti -epidemic``, ``cross -strait``, ``high -pressure``): none is a
#: command that takes a flag, so the hyphen after one never starts an option.
COMPOUND_HEADS = frozenset(
    "mid non anti multi semi pre post cross self high low well half full "
    "one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety".split()
)
#: A compound that goes on after its tail: `` -in -one``, `` -on -month``.
_COMPOUND_GOES_ON = regex.compile(r"[ \t]+-\p{L}")


def _compound_opens(head: str, tail: str, goes_on: bool) -> bool:
    """Whether ``head -tail`` opens a compound MT split: a head that never stands alone, or a tail that ends one.

    A head's function-word tail is a dash (``as well -the rest``) unless
    the compound goes on (``nine -in -one``).
    """
    if head.lower() in FUNCTION_WORDS:
        return False  # "and -level" is a dash, not a compound
    if head.lower() in COMPOUND_HEADS:
        return goes_on or tail.lower() not in FUNCTION_WORDS
    return tail in COMPOUND_TAILS


@regex_rule(
    "tokens.spaced-hyphen",
    r"(?<![ \t])(?<=\b\p{L}{2,})[ \t]+(?=-(?P<tail>\p{L}\p{Ll}+)\b(?![=/]))",
    cue=r"-(?<=[ \t]-)[^\W\d_]",  # not a spaced dash (`` - ``), which English writes
)
def spaced_hyphen(match: regex.Match[str], context: Context) -> str | None:
    """A compound MT split before its hyphen is joined: ``large -scale`` → ``large-scale``.

    Only before a word that ends English compounds (``-scale``, ``-level``,
    ``-tier``, ``-on``, ``-month``): a space before a hyphen is otherwise a
    command-line flag (``ls -la``) or a dash.

    >>> clean("Prices fell in large and medium -sized cities, month -on -month.")
    'Prices fell in large and medium-sized cities, month-on-month.'
    >>> clean("Run ls -la, then java -version, and pip install -e here.")
    'Run ls -la, then java -version, and pip install -e here.'

    After a first half that never stands alone (:data:`COMPOUND_HEADS`),
    before any word, a capitalised one too (``Mid -Autumn``); the head is
    the whole word before the space (``premid -x`` is none).

    >>> clean("Mooncakes sell out before the Mid -Autumn Festival, in the post -epidemic era.")
    'Mooncakes sell out before the Mid-Autumn Festival, in the post-epidemic era.'
    >>> clean("Set it to high -v or mid - and run tidy -Autumn; costs stay low -the rest rise.")
    'Set it to high -v or mid - and run tidy -Autumn; costs stay low -the rest rise.'

    Each later link of a compound whose first link is joined is joined too.

    >>> clean("The nine -in -one vote and a month -on -month rise; run ls -la -scale.")
    'The nine-in-one vote and a month-on-month rise; run ls -la -scale.'
    """
    tail = match["tail"]
    words = match.string[max(0, match.start() - 64) : match.start()].split()
    if not words[-1:] or not words[-1].startswith("-"):
        goes_on = _COMPOUND_GOES_ON.match(match.string, match.end() + 1 + len(tail)) is not None
        return "" if words[-1:] and _compound_opens(words[-1], tail, goes_on) else None
    # A later link of a compound ("nine-in -one"): joined when its first link is.
    first = len(words) - 1
    while first > 0 and words[first].startswith("-"):
        first -= 1
    if words[first].startswith("-"):
        return None
    return "" if _compound_opens(words[first], words[first + 1][1:], True) else None


#: Common words that are also the usual names of files (``index.html``, ``tar.gz``).
FILE_STEMS = frozenset(
    "tar index main app package setup config readme test data settings requirements".split()
)


def _ends_a_sentence(stem: str) -> bool:
    """Whether the word before a split extension's dot is a common word that names no file (``ended``)."""
    return is_common(stem) and stem.lower() not in FILE_STEMS


# A verb after a word: the word is a sentence's subject ("json is blank").
_VERB_AFTER = regex.compile(
    r"(?<![ \t])[ \t]++(?:is|are|was|were|has|have|had|can|will|would|does|did|should|must)\b"
)


@regex_rule(
    "tokens.file-extension",
    r"\.(?<=\b(?P<stem>[\w-]+)\.)[ \t]+(?=(?P<extension>[a-z][a-z0-9]{1,4})\b(?![-'’]))",
    cue=r"\.[ \t]+(?:" + "|".join(sorted(EXTENSIONS)) + ")",
)
def file_extension(match: regex.Match[str], context: Context) -> str | None:
    """A file name split after its dot is joined: ``tar. gz`` → ``tar.gz``.

    Only before a lower-case extension that is not an English word
    (``gz``, ``json``, ``deb``): a sentence never starts with one.  After a
    word that names no file (``is``, ``the``), the dot is the extension's
    own: ``suffix is. deb`` → ``suffix is .deb``.

    >>> clean("Download the tar. gz archive, edit config. yaml, and if the suffix is. deb, use dpkg.")
    'Download the tar.gz archive, edit config.yaml, and if the suffix is .deb, use dpkg.'
    >>> clean("It ended. js is short for JavaScript; see the docs. Zip it up.")
    'It ended. js is short for JavaScript; see the docs. Zip it up.'

    An extension that a verb follows is the subject of a new sentence,
    unless the paragraph shows MT's marks besides.

    >>> clean("ujson is blank because it segfaults. json is blank because it is slow.")
    'ujson is blank because it segfaults. json is blank because it is slow.'
    """
    if match["extension"] not in EXTENSIONS:
        return None
    following = _VERB_AFTER.match(match.string, match.end() + len(match["extension"]))
    if following is not None and not shows_garble(match.string):
        return None
    stem = match["stem"]
    if stem.lower() in FUNCTION_WORDS:
        return " ."  # "the suffix is. deb": the dot starts the extension
    if _ends_a_sentence(stem):
        return None  # "It ended. js is short for JavaScript": a sentence, not a file
    return "."


@regex_rule(
    "tokens.spaced-file-extension",
    spaced_mark(".")
    + r"(?<=\b(?P<stem>[\w-]+))[ \t]+\.[ \t]+(?=(?P<extension>[a-z][a-z0-9]{1,4})\b(?![-'’.]?\w))",
    cue=r"[ \t]\.[ \t]+(?:" + "|".join(sorted(EXTENSIONS)) + ")",
)
def spaced_file_extension(match: regex.Match[str], context: Context) -> str | None:
    """A file name whose dot a tokeniser set apart is joined: ``56 . jpg`` → ``56.jpg``.

    Under the same guards as :func:`file_extension`: only a lower-case
    extension that is not an English word, and not after a common word
    that ends a sentence before an extension named as a subject.

    >>> clean("The cover image is 2023_cover . jpg , The caption is below .")
    'The cover image is 2023_cover.jpg, the caption is below.'
    >>> clean("Open index . html and config . yaml in an editor .")
    'Open index.html and config.yaml in an editor.'
    >>> clean("The run ended . js is short for JavaScript .")
    'The run ended. js is short for JavaScript.'
    """
    if match["extension"] not in EXTENSIONS:
        return None
    stem = match["stem"]
    if stem.lower() in FUNCTION_WORDS or _ends_a_sentence(stem):
        return None
    return "."


@regex_rule(
    "tokens.split-path",
    r"/(?=[ \t]{2})(?<=(?<![\w/.~-])(?:~|\.{1,2})?(?:/[\w.-]+)+/)\K[ \t]{2,}"
    r"(?=(?P<part>\p{Ll}[\w.-]*)(?![\w/@-]))",
    needs=["/  ", "/\t"],
)
def split_path(match: regex.Match[str], context: Context) -> str | None:
    """A path that MT split after a slash with a wide gap is joined: ``/etc/  docker`` → ``/etc/docker``.

    Only a gap of two spaces or more, before a name that is no English word
    (``docker``, ``nginx``): after ``/etc/`` a sentence may go on (``in
    /etc/  and then``).

    >>> clean("Create the folder /etc/  docker before you write the file.")
    'Create the folder /etc/docker before you write the file.'
    >>> clean("Keep it in /etc/  and restart, or in /opt/ nginx later.")
    'Keep it in /etc/  and restart, or in /opt/ nginx later.'
    """
    return None if is_common(match["part"].split(".", 1)[0]) else ""


@regex_rule("tokens.o-clock", r"\b[oO][ \t]+(?=['’]clock\b)", needs=[" 'clock", " ’clock"])
def o_clock(match: regex.Match[str], context: Context) -> str:
    """``7 o 'clock`` → ``7 o'clock``.

    >>> clean("The final starts at 7 o 'clock Beijing time.")
    "The final starts at 7 o'clock Beijing time."
    """
    return match.group()[0]


@regex_rule("tokens.settlement", r"\+(?<=\bT\+)\K[ \t]+(?=\d\b)", needs=["T+ "])
def settlement(match: regex.Match[str], context: Context) -> str:
    """A settlement cycle split after its plus: ``T+ 1`` → ``T+1``.

    >>> clean("Shares in Shanghai trade T+ 1, and funds settle T+ 2.")
    'Shares in Shanghai trade T+1, and funds settle T+2.'
    """
    return ""


@regex_rule(
    "tokens.currency",
    r"(?<![ \t])(?<=\b(?:S|HK|NT|RM))[ \t]+(?=\$[ \t]*\d)|\$(?<=\b(?:S|HK|NT|RM)[ \t]*\$)\K[ \t]+(?=\d)",
    # Not `` $`` alone, which English writes before every price: a country's letters or a second space.
    cue=r"\$(?<=[SKTM][ \t]\$)|\$(?<=[SKTM]\$)[ \t]|\$(?<=[ \t][ \t]\$)",
)
def currency(match: regex.Match[str], context: Context) -> str:
    """A dollar sign MT split from its country: ``S $ 2.1 billion`` → ``S$2.1 billion``.

    >>> clean("The deal is worth S $ 2.1 billion, or HK $ 12 billion.")
    'The deal is worth S$2.1 billion, or HK$12 billion.'
    >>> clean("It costs $ 5, and US$ 7 in some styles.")
    'It costs $ 5, and US$ 7 in some styles.'
    """
    return ""


@regex_rule(
    "tokens.split-letter",
    r"(?<![ \t])(?<=\p{Latin}{2})[ \t]+(?=[ćčšžđńłśźżřťďňě]\b)",
    needs=[" "],
    cue="[ćčšžđńłśźżřťďňě](?<=[ \t].)",
)
def split_letter(match: regex.Match[str], context: Context) -> str | None:
    """A name split before its last accented letter is joined: ``Ivankovi ć`` → ``Ivanković``.

    These letters are never a word on their own; the word before must not be
    English (``the letter ć``).

    >>> clean("Head coach Ivankovi ć praised the midfield.")
    'Head coach Ivanković praised the midfield.'
    """
    return None if is_common(word_before(match)) else ""


@regex_rule("tokens.doubled-dash", r"—[ \t]+—", needs=["— —"])
def doubled_dash(match: regex.Match[str], context: Context) -> str:
    """Two spaced em dashes where MT split the Chinese double dash: ``simple — — the`` → ``simple — the``.

    >>> clean("The reason was simple — — the post needed a degree.")
    'The reason was simple — the post needed a degree.'
    """
    return "—"


#: English words a dialect writes after an apostrophe that scan as pinyin (``He 'ere``).
_ELIDED_ENGLISH = frozenset({"ere", "er", "ouse"})
#: A single quotation mark that closes a quotation: after a letter, before none,
#: looked for this far on the line.
_CLOSING_QUOTE = regex.compile(r"(?<=\p{L})['’](?!\p{L})")
_QUOTE_REACH = 200


@regex_rule(
    "tokens.pinyin-apostrophe",
    # A page's smart quotes may have turned the mark after the space into an opening one, taken along.
    r"[ \t](?<=(?<![\w'’-])(?P<before>\p{Lu}\p{Ll}{1,5})[ \t])(?P<opening>‘)?+"
    r"(?=(?(opening)|['’])(?P<after>\p{Ll}+)(?![\w'’-]))",
    needs=[" '", " ’", " ‘"],
)
def pinyin_apostrophe(match: regex.Match[str], context: Context) -> str | None:
    """A pinyin name split before the apostrophe between its syllables: ``Xi 'an`` → ``Xi'an``.

    The part before is one syllable with its initial, the part after opens
    with a syllable without one (:func:`~mtclean.words.pinyin_apostrophe_name`).
    The glossary has joined first the names it lists where their context
    shows them (``Bao 'an District``); this joins the rest.  A dialect's
    dropped letter (``Get 'em``, ``He 'ere``) is English, and so is a
    quotation that opens with ``an`` after a name and closes later on the
    line (``called Tai 'an odd choice'``).

    >>> clean("The old road ran from Xi 'an past the Di 'anmen gate to Chang 'an.")
    "The old road ran from Xi'an past the Di'anmen gate to Chang'an."
    >>> clean("Get 'em out, said Tom 'n' Jerry, and critics called Tai 'an odd choice' for the role.")
    "Get 'em out, said Tom 'n' Jerry, and critics called Tai 'an odd choice' for the role."

    A page whose smart quotes made the mark an opening one (``Xi ‘an``) gets an apostrophe.

    >>> clean("Most sights in Xi ‘an are close to the wall, as in Tai ‘an.")
    'Most sights in Xi’an are close to the wall, as in Tai’an.'
    >>> clean("He called Xi ‘an odd place’ in his notes.")
    'He called Xi ‘an odd place’ in his notes.'
    """
    before, after = match["before"], match["after"]
    if before.lower() in FUNCTION_WORDS or after in _ELIDED_ENGLISH:
        return None
    text = match.string
    reach = min(len(text), match.end() + _QUOTE_REACH)
    line_end = text.find("\n", match.end(), reach)
    if _CLOSING_QUOTE.search(text, match.end() + 1, reach if line_end < 0 else line_end):
        return None  # "called Xi 'an ambitious leader'": a quotation
    if not pinyin_apostrophe_name(before, after):
        return None
    return "’" if match["opening"] else ""


@regex_rule(
    "tokens.spaced-degree",
    r"(?=[ \t])(?<=\d)[ \t]+(?:°[ \t]+|DEG[ \t]+)(?P<scale>[CF])\b(?![\w'’-])",
    cue=(r"°(?<=[ \t]°)[ \t]", r"DEG(?<=[ \t]DEG)[ \t]"),
)
def spaced_degree(match: regex.Match[str], context: Context) -> str:
    """A temperature whose degree sign MT spaced as a word, or wrote as ``DEG``, is written whole: ``29 ° C`` → ``29°C``.

    Only the sign spaced on both sides (a tokeniser's shape) or the ``DEG``
    that a converter writes for it; ``29°C``, ``29 °C`` and ``90° C`` are
    left as their writers chose, and so are angles and compass bearings.

    >>> clean("The high is 29 ° C and the low 15 ° C; at night it falls to -11 DEG C.")
    'The high is 29°C and the low 15°C; at night it falls to -11°C.'
    >>> clean("It was 29°C, 29 °C or 90° C; turn 45 ° clockwise; grade 3 ° C-level steel; row 2 DEG Celsius.")
    'It was 29°C, 29 °C or 90° C; turn 45 ° clockwise; grade 3 ° C-level steel; row 2 DEG Celsius.'
    """
    return f"°{match['scale']}"


@regex_rule(
    "tokens.split-stock-code",
    r"(?<![\w.,])(?:\d{6}|(?<=[(（][ \t]?)\d{4,5})\.\K[ \t]+(?=(?:SZ|SH|SS|BJ|HK)(?![\w'’.-])(?![ \t]+\p{Lu}))",
    cue=r"\.[ \t](?<=\d\.[ \t])",
)
def split_stock_code(match: regex.Match[str], context: Context) -> str:
    """A stock code split at its exchange's suffix is written whole: ``(300896. SZ)`` → ``(300896.SZ)``.

    A six-digit mainland code, or a four- or five-digit Hong Kong code
    right after a bracket, before ``SZ``, ``SH``, ``SS``, ``BJ`` or ``HK``;
    a suffix followed by a capitalised word may open a new sentence, and
    is left alone.

    >>> clean("Shares of Imeik (300896. SZ) rose, and Sunny Optical ( 2382. HK) fell.")
    'Shares of Imeik (300896.SZ) rose, and Sunny Optical (2382.HK) fell.'
    >>> clean("The total was 120000. HK Electric paid 2382. SZ is a code; see 600519.SH.")
    'The total was 120000. HK Electric paid 2382. SZ is a code; see 600519.SH.'
    """
    return ""


TOKENS = Pass(
    "tokens",
    (
        dotted_name,
        split_pm,
        spelled_digits,
        identifier,
        ratio,
        fraction,
        section_number,
        spaced_hyphen,
        file_extension,
        spaced_file_extension,
        split_path,
        o_clock,
        settlement,
        currency,
        split_letter,
        doubled_dash,
        split_day,
        split_year_range,
        split_year,
        split_year_opening,
        split_decade,
        glued_decade,
        split_ordinal,
        split_phone,
        split_decimal_range,
        split_day_range,
        spaced_range,
        tilde_range,
        university_project,
        split_century,
        split_item_number,
        split_one_value,
        split_route_number,
        pinyin_apostrophe,
        spaced_degree,
        split_stock_code,
    ),
)
