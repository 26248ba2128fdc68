"""Quotation marks and brackets: spaces inside and outside them, duplicated names.

``“ text ”`` → ``“text”``; ``" text "`` → ``"text"``; ``said“We`` → ``said
“We``; ``( note )`` → ``(note)``; and ``Renault (Renault)``, what MT makes
of a Chinese name followed by its English original, → ``Renault``.
"""

from __future__ import annotations

import regex

from mtclean.passes.evidence import curly_closes, curly_opens, spaced_mark, straight_quote_pairs
from mtclean.rules import Context, Pass, line_around, regex_rule
from mtclean.words import FUNCTION_WORDS

# Some patterns consume the mark before the spaces or the position they
# match, and "\K" drops it from the match: a pattern that begins with a
# rare character is scanned for it, one that begins with a look-behind is
# tried at every position (docs/performance.md).  The matches are the same.


@regex_rule("quotes.space-inside", r"“\K[ \t]+(?=\S)|(?<=\S)[ \t]+(?=”)", needs=["“ ", " ”"])
def space_inside_quotes(match: regex.Match[str], context: Context) -> str | None:
    """No space just inside a pair of curly quotation marks.

    Quote direction alone is not evidence of garble: ``”`` closes only
    after a ``“`` and ``“`` opens only if it closes no ``„``
    (:func:`~mtclean.passes.evidence.curly_opens`), so a published style
    that opens with ``”`` comes back byte for byte.

    >>> clean("the Renault group “Renaulution plan ” in two markets")
    'the Renault group “Renaulution plan” in two markets'
    >>> clean("In 2019, ”Acme Pay” was launched.")
    'In 2019, ”Acme Pay” was launched.'

    A space between a single and a double mark that open or close together
    is a typesetter's, keeping the nested marks apart: ``“ ‘Office.’ ”``.

    >>> clean("He said: “It is called ‘Taipei House.’ ” Then he left.")
    'He said: “It is called ‘Taipei House.’ ” Then he left.'

    A pair that quotes nothing but a space quotes the space character, as
    ``" "`` does (``split on “ ” (whitespace)``).

    >>> clean("The delimiter is “ ” (a space) by default.")
    'The delimiter is “ ” (a space) by default.'

    Nor does a pair that holds marks and no word (``“ ... ”``): it shows
    the marks, as a guide to punctuation does.

    >>> clean("Simplified Chinese nests them as in English: “… ‘…’ … ”.")
    'Simplified Chinese nests them as in English: “… ‘…’ … ”.'
    """
    text = match.string
    if text[match.start() - 1] == "“" and text[match.end()] == "”":
        return None  # "“ ”": a quoted blank
    if _quotes_no_word(text, match.start(), match.end()):
        return None  # "“ ... ”": the marks themselves are shown
    if text[match.start() - 1 : match.start()] == "’" or text[match.end() : match.end() + 1] == "‘":
        return None  # ".’ ”" or "“ ‘": nested marks a typesetter spaced apart
    if text[match.start() - 1] == "“":
        return "" if curly_opens(text, match.start() - 1) else None
    return "" if curly_closes(text, match.end()) else None


def _quotes_no_word(text: str, start: int, end: int) -> bool:
    """Whether the spaces from ``start`` to ``end`` lie in a curly pair, on one line, that quotes no word."""
    opening = text.rfind("“", max(0, start - 40), end)
    closing = text.find("”", start, end + 40)
    if opening < 0 or closing < 0:
        return False
    inside = text[opening + 1 : closing]
    return "\n" not in inside and "“" not in inside and _WORD.search(inside) is None


@regex_rule("quotes.space-outside", r"(?=“)(?<=[\p{L})])|”\K(?=\p{L})", needs=["“", "”"])
def space_outside_quotes(match: regex.Match[str], context: Context) -> str | None:
    """A space between a word and the curly quotation mark next to it.

    Only for a mark that opens or closes a quotation, as above.

    >>> clean("Li Shufu said“We will grow.”Then he left.")
    'Li Shufu said “We will grow.” Then he left.'
    >>> clean("In 2019, ”Acme Pay” and „Acme“ were launched.")
    'In 2019, ”Acme Pay” and „Acme“ were launched.'

    A ” glued to the next word whose next curly mark is a ” too opens an
    inner quotation written with the wrong mark (``“It has no”real value”,
    he said.”``): no space goes after it.

    >>> clean("He asked: “Is there no”real value”in it?”")
    'He asked: “Is there no”real value”in it?”'

    A “ glued to the word before it and followed by a stop, a comma or the
    line's end quotes nothing after it: it closes a quotation with the wrong
    mark (``the pattern “ + Number + Noun“.``), and no space goes before it.

    >>> clean("Use the pattern “ + Number + Measure Word + Noun“. Then practise it.")
    'Use the pattern “ + Number + Measure Word + Noun“. Then practise it.'
    """
    text, position = match.string, match.start()
    if text[position : position + 1] == "“":
        if _NOTHING_QUOTED.match(text, position + 1):
            return None
        return " " if curly_opens(text, position) else None
    if _NEXT_CURLY.match(text, position) is not None:
        return None
    return " " if curly_closes(text, position - 1) else None


#: What follows a “ that opens nothing: a stop, a comma, a bracket or the line's end.
_NOTHING_QUOTED = regex.compile(r"[.,;:!?)\]]|(?<![ \t])[ \t]*+(?:\n|\Z)")
#: The next curly mark is a closing one, in the same sentence.
_NEXT_CURLY = regex.compile(r"[^“”\n.!?]{1,80}”")


@regex_rule(
    "quotes.straight-space-inside",
    # The spaces after a mark; the spaces before one (spaced_mark starts that
    # branch fast and linearly); the point after a spaced mark glued to a word.
    r'"\K[ \t]+(?=[^\s"])|' + spaced_mark('"') + r'(?<=[^\s"])[ \t]+(?=")|"(?<=[^\s"][ \t]+")\K(?=\w)',
    needs=['" ', ' "'],
)
def straight_space_inside(match: regex.Match[str], context: Context) -> str | None:
    """No space just inside a pair of straight quotation marks.

    A straight mark has no direction: the marks are paired in order, and
    only where they pair well
    (:func:`~mtclean.passes.evidence.straight_quote_pairs`); a quoted blank
    (``" "``) is left alone.  A space before a closing mark glued to the
    next word moves outside it: ``"refresh "Then`` → ``"refresh" Then``
    (casing lowers ``Then``, a fragment start).

    >>> clean('He called it " the ideal partner " in public.')
    'He called it "the ideal partner" in public.'
    >>> clean('Click to "refresh "Then reload the page.')
    'Click to "refresh" then reload the page.'
    >>> clean('Split on " " and then on ",".')
    'Split on " " and then on ",".'
    >>> clean('The 27" and 32" models, the " Pro " line.')
    'The 27" and 32" models, the " Pro " line.'

    A string in code keeps its spaces: one joined with ``+``, assigned, or
    calling a method (``print("Mode: " + "/ ".join(words))``).  A bracket
    glued to a word is no sign of code: MT glues them too (``plan(" Made in China ")``).

    >>> clean('Run print("Mode: " + "/ ".join(words)) to see it.')
    'Run print("Mode: " + "/ ".join(words)) to see it.'
    """
    text, start = match.string, match.start()
    pairs = straight_quote_pairs(text)
    if start == match.end():  # after a closing mark: the space moves here
        pair = next((pair for pair in pairs if pair[1] == start - 1), None)
    elif text[start - 1] == '"':
        pair = next((pair for pair in pairs if pair[0] == start - 1), None)
    else:
        pair = next((pair for pair in pairs if pair[1] == match.end()), None)
    if pair is None or _string_in_code(text, *pair):
        return None
    return " " if start == match.end() else ""


#: Code before a string's opening mark: an operator.
_CODE_BEFORE = regex.compile(r"[+=][ \t]*+\Z")
#: Code after a string's closing mark: an operator, or a method called on it.
_CODE_AFTER = regex.compile(r"(?<![ \t])[ \t]*+(?:\+|\.\w++\()")


def _string_in_code(text: str, opening: int, closing: int) -> bool:
    """Whether the straight quotation marks at ``opening`` and ``closing`` delimit a string in code.

    >>> _string_in_code('x = "a " + y', 4, 7)
    True
    >>> _string_in_code('He said " yes " twice.', 8, 14)
    False
    """
    return bool(
        _CODE_BEFORE.search(text, max(0, opening - 20), opening) or _CODE_AFTER.match(text, closing + 1)
    )


@regex_rule(
    "quotes.single-space-inside",
    r"'(?<=(?:^|[ \t])')[ \t]+(?P<inner>\p{L}[\p{L}\d_-]*(?:[ \t]\p{L}[\p{L}\d_-]*){0,3})[ \t]+'"
    r"(?=[\s,.;:!?]|\Z)",
    flags=regex.MULTILINE,
    needs=["' "],
)
def single_space_inside(match: regex.Match[str], context: Context) -> str | None:
    """No space just inside straight single quotation marks spaced on both sides.

    A ``'`` with a space on each side is never an apostrophe, so a pair of
    them around one to four words is a quotation spaced the Chinese way,
    unless both marks follow an ``s`` (two plural possessives, tokenised).

    >>> clean("Set the field named ' offset ' to zero.")
    "Set the field named 'offset' to zero."
    >>> clean("The boys' bikes and the girls' ones were 'borrowed'.")
    "The boys' bikes and the girls' ones were 'borrowed'."
    """
    inner = match["inner"]
    if inner.endswith("s") and match.string[max(0, match.start() - 8) : match.start()].rstrip().endswith("s"):
        return None  # two plural possessives, tokenised: "the players ' coach and the fans ' chants"
    return "'" + inner + "'"


@regex_rule("quotes.glued-closing", r'"(?<=[^\s"]")(?=\p{Ll}{2})', cue=r'"[a-z]')
def glued_closing(match: regex.Match[str], context: Context) -> str | None:
    """A closing straight mark glued to the next word gets its space: ``"Steady+"wealth`` → ``"Steady+" wealth``.

    Only a mark that closes a pair (see above) opened after a space is
    followed by a space: ``print("a"bc)`` is code.

    >>> clean('The "Steady+"wealth product and the "Gold"card pay monthly.')
    'The "Steady+" wealth product and the "Gold" card pay monthly.'
    >>> clean('Type print("a"bc) to see the error.')
    'Type print("a"bc) to see the error.'
    """
    text = match.string
    for opening, closing in straight_quote_pairs(text):
        if closing == match.start():
            return '" ' if opening == 0 or text[opening - 1].isspace() else None  # not print("a"b)
    return None


@regex_rule(
    "quotes.inside-out",
    r'"(?<=\p{L}")[ \t]+(?P<inner>[^"\s](?:[^"\n]{0,58}[^"\s])?)[ \t]+"(?=\p{L})',
    needs=['" '],
)
def inside_out(match: regex.Match[str], context: Context) -> str | None:
    """A straight pair MT spaced on the wrong sides: ``that" zero tariffs "would`` → ``that "zero tariffs" would``.

    Glued to the words outside it and spaced from the words inside, a pair
    of marks is no inch mark (that follows a digit); only a paragraph whose
    straight marks are even in number is touched, and only a pair whose
    first mark opens, counted from the paragraph's start (``"a pinch" of
    salt, not "a spoon"`` has the same shape between two pairs).  What MT
    quotes is a term or a slogan: a span with a comma, a semicolon or a
    bracket inside is a clause between two stray marks (a page that writes
    ``Singles" Day`` for ``Singles' Day``), not a quotation.

    >>> clean('Officials warned that" zero tariffs "would hurt farmers.')
    'Officials warned that "zero tariffs" would hurt farmers.'
    >>> clean('A 27" screen and a 32" one; "a pinch" of salt, not "a spoon".')
    'A 27" screen and a 32" one; "a pinch" of salt, not "a spoon".'
    >>> clean('It is called Singles" Day because its date, 11/11 (November 11), has four "ones.')
    'It is called Singles" Day because its date, 11/11 (November 11), has four "ones.'
    """
    text, inner = match.string, match["inner"]
    if text.count('"') % 2 or text.count('"', 0, match.start()) % 2 or any(mark in inner for mark in ",;()"):
        return None
    return f' "{inner}" '


_INSIDE_ROUND = r"(?:[^()\n]|\([^()\n]*\))*"
_INSIDE_SQUARE = r"[^\[\]\n]*"
# The long lookbehinds that check for the opening bracket come after the
# spaces and the closing bracket: checked at every position, they cost ten
# times more (docs/performance.md).


@regex_rule(
    "quotes.space-inside-brackets",
    rf"\((?<!\\\()\K[ \t]+(?=[\w“\"]{_INSIDE_ROUND}\))"
    rf"|(?<=[\w.”\"%?!])[ \t]+(?=\))(?<=\({_INSIDE_ROUND}[\w.”\"%?!][ \t]+)"
    rf"|\[(?<!\\\[)\K[ \t]+(?=\p{{L}}{_INSIDE_SQUARE}\])"
    rf"|(?<=[\w.%])[ \t]+(?=\])(?<=\[{_INSIDE_SQUARE}\p{{L}}{_INSIDE_SQUARE}[\w.%][ \t]+)",
    needs=["( ", " )", "[ ", " ]"],
)
def space_inside_brackets(match: regex.Match[str], context: Context) -> str | None:
    """No space just inside a pair of round or square brackets.

    A square pair must hold a word, so a Markdown task box ``[ ]`` stays,
    and a bracket escaped by a backslash (``\\( and \\)`` in a regular
    expression) is no bracket.

    >>> clean("It is based on ( strong consistency ) rules [see table 2 ].")
    'It is based on (strong consistency) rules [see table 2].'
    >>> clean("The new mode (Beta? ) ships today.")
    'The new mode (Beta?) ships today.'
    >>> clean("- [ ] write the tests")
    '- [ ] write the tests'
    >>> clean("To match a bracket, write \\\\( and \\\\) or \\\\[ and \\\\].")
    'To match a bracket, write \\\\( and \\\\) or \\\\[ and \\\\].'

    A square pair that is a whole line is a label set apart on purpose, as
    changelogs head each author's entries (``  [ Jane Doe ]``).

    >>> clean("  [ Jane Doe ]\\n  * Fix the tests .")
    '  [ Jane Doe ]\\n  * Fix the tests.'

    So is a pair after a gap of spaces: notes aligned in a column.

    >>> clean("  bindings.py        ( menus reorganized )")
    '  bindings.py        ( menus reorganized )'

    A writer who types Chinese sets it apart from a bracket with a space
    (``the character fu ( 福)``): a habit of the script, not garble.

    >>> clean("The character fu ( 福) means luck.")
    'The character fu ( 福) means luck.'

    A square pair spaced on both sides alike is a style, not a slip: the
    sound cue of a subtitle (``[ door slams ]``) or a link a page sets
    apart (``[ edit ]``).  MT's spaced pair is a round one.

    A round pair that holds marks and no word shows them: ``( \\" )``.

    >>> clean('Escape each quotation mark with a backslash ( \\\\" ) first.')
    'Escape each quotation mark with a backslash ( \\\\" ) first.'
    >>> clean("The caption read [ door slams ] before she spoke.")
    'The caption read [ door slams ] before she spoke.'
    """
    text = match.string
    before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
    if _CJK.match(after if before in "([" else before):
        return None
    if _spaced_square_pair(text, match.start(), match.end()):
        return None
    line_start, line_end = line_around(text, match.start(), match.end())
    line = text[line_start:line_end].strip()
    if len(line) > 2 and line[0] == "[" and line[-1] == "]" and line.count("[") == 1:
        return None
    if _ALIGNED_PAIR.search(text, max(line_start, match.start() - 200), match.start() + 1):
        return None
    if _shows_marks(text, match.start(), match.end(), line_start, line_end):
        return None  # "a backslash character ( \\" )": marks shown in their brackets, spaced to be seen
    return ""


def _shows_marks(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """Whether the spaces from ``start`` to ``end`` lie in a round pair that holds marks and no word.

    >>> _shows_marks('Marks ( 「...」, “...” ) differ.', 7, 8, 0, 30)
    True
    >>> _shows_marks("It is ( strong ) here.", 7, 8, 0, 22)
    False
    """
    opening = text.rfind("(", max(line_start, start - 60), start + 1)
    closing = text.find(")", end - 1, min(line_end, end + 60))
    if opening < 0 or closing < 0:
        return False
    inside = text[opening + 1 : closing]
    return bool(inside.strip()) and "(" not in inside and _WORD.search(inside) is None


#: A letter or a digit.
_WORD = regex.compile(r"[\p{L}\p{N}]")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
#: A square pair with one space or tab just inside each of its ends (``[ door slams ]``).
_SPACED_SQUARE = regex.compile(r"\[[ \t](?![ \t])[^\[\]\n]*?(?<![ \t])[ \t]\]")


def _spaced_square_pair(text: str, start: int, end: int) -> bool:
    """Whether the space from ``start`` to ``end`` lies in a square pair spaced alike on both sides."""
    if text[start - 1 : start] == "[":
        found = _SPACED_SQUARE.match(text, start - 1)
        return found is not None
    if text[end : end + 1] == "]":
        opening = text.rfind("[", 0, start)
        found = _SPACED_SQUARE.match(text, opening) if opening >= 0 else None
        return found is not None and found.end() == end + 1
    return False


# An opening bracket after a gap of spaces: a column of notes aligned by hand.  Not a gap
# after an opening quote or bracket, which ``quotes.space-inside`` closes in the same
# round (``“\t\t(6\t)``: the fuzz loop found the second cleaning change it).
_ALIGNED_PAIR = regex.compile(r"(?<![ \t“‘\"'(\[])[ \t]{2,}+[(\[][ \t]*+(?:[^ \t()\[\]\n]++[ \t]*+)*+\Z")


@regex_rule(
    "quotes.duplicate-name",
    r"[ \t]*\([ \t]*(?P<inner>[^()\n]{1,60}?)[ \t]*\)(?:[ \t]*\([ \t]*(?i:(?P=inner))[ \t]*\))*",
    needs=["("],
)
def duplicate_name(match: regex.Match[str], context: Context) -> str | None:
    """A name followed by itself in brackets keeps one copy.

    >>> clean("The deal with Renault (Renault) was signed.")
    'The deal with Renault was signed.'
    >>> clean("Renault (the French carmaker) signed.")
    'Renault (the French carmaker) signed.'
    >>> clean("Shares of Nio (NIO) rose.")
    'Shares of Nio (NIO) rose.'

    The last word of a longer name in brackets is the short form an
    interview or a contract introduces for it (``Martin Jacques (Jacques)``).

    >>> clean("Our reporter (GT) talked with Anna Berg (Berg) in Oslo.")
    'Our reporter (GT) talked with Anna Berg (Berg) in Oslo.'
    """
    inner = match["inner"]
    # The name and the character before it; not the whole prefix (linear time).
    before = match.string[max(0, match.start() - len(inner) - 1) : match.start()]
    if not inner[:1].isupper() or not before.casefold().endswith(inner.casefold()):
        return None
    if inner.isupper() and not before.endswith(inner):
        return None  # a ticker or an acronym: "Nio (NIO)"
    start = len(before) - len(inner)
    if start > 0 and (before[start - 1].isalnum() or before[start - 1] in "&-_"):
        return None
    end = match.start() - len(inner)
    previous = _WORD_BEFORE.search(match.string, max(0, end - 40), end)
    if previous is not None and previous["word"].lower() not in FUNCTION_WORDS:
        return None  # the name is longer: the bracket gives its short form
    return ""


# The capitalised word right before a name (``Martin`` before ``Jacques``).
_WORD_BEFORE = regex.compile(r"(?<!\p{L})(?P<word>\p{Lu}[\p{L}'’.-]*)[ \t]+\Z")


QUOTES = Pass(
    "quotes",
    (
        space_inside_quotes,
        space_outside_quotes,
        straight_space_inside,
        glued_closing,
        inside_out,
        single_space_inside,
        space_inside_brackets,
        duplicate_name,
    ),
)
