"""Protected spans: text no pass may touch.

The pipeline finds these spans once per paragraph and drops every edit that
would alter them, so a rule never needs to know about URLs or code.  Users can
add their own patterns with ``Pipeline(protect=[...])``.

Code is code, fenced or not: a listing quoted in plain text (an Elm record
with its commas at the start of each line, a type signature, line numbers)
is protected line by line, each line judged alone by shapes prose never has
(:func:`code_lines`), so machine-translation garble is still cleaned.

Numbers with separators (``1,200``, ``3.14``, ``10:30``) are *atomic* rather
than protected: no edit may cut into one, but a rule may rewrite a whole
number (``1.2 100 million`` → ``120 million``).

Every pattern here runs in time linear in the paragraph's length (see
``tests/test_regex_linearity.py``): no unbounded repetition is followed by
something that can fail after it, unless the repetition can only start once
per run of the characters it repeats.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import regex

from mtclean.edits import Span

#: The endings of a bare domain (``geely.com``, ``jinan.gov.cn``) or a file name
#: (``report.csv``): written after a dot and a word, never the end of a sentence.
DOMAIN_AND_FILE_ENDINGS = tuple(
    "com net org gov edu cn hk tw mo jp kr uk io ai "
    "csv tsv txt pdf docx xlsx pptx jpg jpeg png gif svg webp mp3 mp4 zip gz apk exe dmg "
    "json yaml yml toml xml html htm md py js ts css sh".split()
)
_ENDINGS = "|".join(DOMAIN_AND_FILE_ENDINGS)
#: A bare domain or a file name (``geely.com``, ``jinan.gov.cn``, ``36kr.com.cn``,
#: ``report.csv``), whose words are not prose (``geely.com`` is no lower-case
#: Geely); not a stock code (``01918.hk``), whose first part has no letter.
DOMAIN_OR_FILE = regex.compile(
    r"(?<![\w.@/~\\-])(?=[\w-]*?[A-Za-z])[A-Za-z0-9][\w-]*+(?:\.[\w-]++)*+"
    rf"(?<=[\w-]\.(?:{_ENDINGS}))(?![\w-]|\.[\w-])"
)
# What every such name contains, found by re from its literal dot at far less
# cost than a search for each ending.
_DOMAIN_OR_FILE_CUE = re.compile(rf"\.(?:{_ENDINGS})(?![\w-])")
#: A full-width or CJK punctuation mark, and the commonest of them (cheap needles).
_CJK_MARKS = r"[\u3000-\u303F\u30FB\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF65]"
_CJK_MARK_NEEDLES = tuple("。、，「」『』〜・：；！？（）【】《》")
#: The built-in protected patterns, by name, each with substrings of which
#: every match contains one (a cheap test that skips the regex on most
#: paragraphs).
PATTERNS: dict[str, tuple[tuple[str, ...], regex.Pattern[str]]] = {
    # A backtick fence's info string holds no backtick (CommonMark), which
    # also keeps a long line of backticks from being tried at every length.
    "fenced-code": (
        ("```",),
        regex.compile(r"^[ \t]{0,3}(`{3,})[^`\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", regex.M | regex.S),
    ),
    "fenced-code-tilde": (
        ("~~~",),
        regex.compile(r"^[ \t]{0,3}(~{3,})(?!~)[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", regex.M | regex.S),
    ),
    "url": (
        ("://", "www.", "WWW."),
        regex.compile(
            r"\b(?:[a-z][a-z0-9+.-]{0,31}://|www\.)[^\s<>\"“”‘’]*[^\s<>\"“”‘’.,;:!?)\]}'’]", regex.I
        ),
    ),
    "email": (("@",), regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    "handle": (("@",), regex.compile(r"(?<![\w@.+-])@(?=\w*[^\W\d_])\w+")),
    "hashtag": (("#",), regex.compile(r"(?<![\w#&/])#(?=\w*[^\W\d_])\w+")),
    # Markdown link target; it may hold balanced parentheses: (a_(b)).
    "markdown-link-target": (
        ("](",),
        regex.compile(r"(?<=\]\()[^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?=\))"),
    ),
    "html-tag": (("<",), regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")),
    "html-comment": (("<!--",), regex.compile(r"<!--(?:[^-]|-(?!->))*+(?:-->|\Z)")),
    "html-entity": (
        ("&",),
        regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"),
    ),
    # A full-width or CJK character quoted on its own is mentioned, not used:
    # a guide about input methods writes 'such as "１２３" or "，"'.
    "quoted-character": (
        ('"', "“", "'", "‘", "「"),
        regex.compile(
            r"(?<=[\"“'‘「])[\u3000-\u303F\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF65]{1,8}(?=[\"”'’」])"
        ),
    ),
    # So is one named in brackets, alone or after its name, and one that
    # opens a line of a list of marks (with the word it is explained by): a
    # page about punctuation writes "the kuten (句点, 。)", "brackets
    # (鉤括弧, 「」)" and "、 Ideographic comma".
    "mentioned-character": (
        _CJK_MARK_NEEDLES,
        regex.compile(
            r"\([ \t]*+(?:[^()\n]{1,24}?,[ \t]*)?"
            + _CJK_MARKS
            + r"(?:[ \t]?"
            + _CJK_MARKS
            + r"){0,3}[ \t]*\)|^"
            + _CJK_MARKS
            + r"{1,2}[ \t]++\p{Lu}\p{L}*+",
            regex.M,
        ),
    ),
    # /usr/local/bin, ~/notes.txt, ./run.sh, src/mtclean/cli.py, C:\Users\li
    "file-path": (
        ("/", "\\"),
        regex.compile(
            r"(?<![\w/.~\\-])(?!/kloc-)"  # "/kloc-0/0" is garble for 10 (numbers.placeholder-one)
            r"(?:(?:~|\.{1,2})?/[\w.-]+(?:/[\w.-]+)+/?|(?:~|\.{1,2})/[\w.-]+"
            r"|[\w.-]+(?:/[\w.-]+)+\.[A-Za-z0-9]{1,8}\b|[A-Za-z]:\\[\w.-]+(?:\\[\w.-]+)*)"
        ),
    ),
}

# Code written as plain text, not fenced: an Elm or Haskell listing, often
# with line numbers.  Each line is judged alone, by a shape prose never has:
# a line that starts with a comma after indentation or a line number
# (``    , footer : Html msg``), a signature (``view : Model -> Html Msg``,
# ``{ title : String``), a definition ending in ``=`` (``view model =``),
# a list opened on its own line (``[ header model``, or a whole
# template ``[ expression for name in sequence ]``), closing brackets
# alone, a shell's test or arithmetic (``(( n > 5 ))``, ``[[ -f notes.txt ]]``), a
# line of a traceback (``File "<stdin>", line 1, in ?``) or a method called
# on a line of its own (``values.append( n%13 )``).  MT garble is not
# indented or numbered like this, and its spaced colon is followed by a
# sentence (``said : International ...``), not by types.  Identifiers are
# matched atomically, so nothing is retried.
_LINE_START = r"^(?:[ \t]*+\d++)?[ \t]*+"  # indentation, or a line number
_LINE_END = r"[ \t]*+\r?$"
_NAME = r"[a-z_][\w']*+"
_TYPE_TOKEN = r"(?:[A-Za-z_][\w'.]*+|->|[()\[\]{},])"
_TYPE = _TYPE_TOKEN + r"(?:[ \t]*+" + _TYPE_TOKEN + r")*+" + _LINE_END
_CODE_SHAPES = [
    # , footer : Html msg  (only indented or numbered)
    r"^(?:[ \t]*+\d++)?[ \t]++,[ \t]++"
    + _NAME
    + r"(?:[ \t]++(?:[\w'][\w'.]*+|->|::?|=|[()\[\]{},]))*+"
    + _LINE_END,
    # view : Model -> Html Msg    main :: IO ()
    _LINE_START + _NAME + r"[ \t]++(?:::|:(?=[^\n]*->))[ \t]++" + _TYPE,
    # { title : String    , header : Html msg
    _LINE_START + r"[{,][ \t]*+" + _NAME + r"[ \t]++::?[ \t]++" + _TYPE,
    # view model =    type alias Page msg =
    _LINE_START + _NAME + r"(?:[ \t]++[\w']++)*+[ \t]++=" + _LINE_END,
    # [ header model    [ expression for name in sequence if test ]
    _LINE_START + r"\[[ \t]++" + _NAME + r"(?:[ \t]++[\w'][\w'.]*+)*+(?:[ \t]++\])?" + _LINE_END,
    # ]    }
    _LINE_START + r"[\]}]++" + _LINE_END,
    # (( n > 5 ))    [[ -f notes.txt ]]
    r"^[ \t]*+(?:\(\(|\[\[)[ \t]",
    # File "<stdin>", line 1, in ?
    r'^[ \t]*+File "[^"\n]++", line \d',
    # values.append( n%13 )    console.log('User:', user.name);
    _LINE_START + r"[A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)++\([^\n]*\)[ \t]*+;?" + _LINE_END,
    # aws deploy tag-resource \    --resource-arn  arn:aws:codedeploy \  (a shell command
    # continued on the next line: its spaces are the writer's layout)
    r"^[^\n\\]*+(?<=[ \t])\\" + _LINE_END,
]
#: A line of code, matched against one line at a time.
CODE_LINE = regex.compile("|".join(_CODE_SHAPES))
# Marks of code that prose rarely uses; a line with three or more of them,
# at least one for every twelve other characters, is code.
_CODE_MARKS = frozenset("{}[];=|&$\\")
_DENSE = 12


# An interactive session: a Python or IPython prompt, or a shell's ``$ command``.
_PROMPT = regex.compile(r"(?<![ \t])[ \t]*+(?:>>>|In[ \t]\[\d+\]:)(?:[ \t]|$)")
_SHELL_PROMPT = regex.compile(r"(?<![ \t])[ \t]*+\$[ \t]++[\w./~-]")
# A record of comma-separated values: two commas or more, none followed by a
# space, and a quoted field between two of them (``7,"Lin, Wei","a b ",3``).
_CSV_RECORD = regex.compile(
    r'^(?=(?:[^,\n]*+,){2})(?![^\n]*?,[ \t])[^\n]*?(?:^|,)"[^"\n]*+"(?:"[^"\n]*+")*+(?:,|$)', regex.M
)


def code_lines(text: str) -> Iterator[Span]:
    """The lines of ``text`` shaped like code (see ``CODE_LINE``), or dense with code marks.

    >>> text = "view : Model -> Html Msg\\n    , footer\\nIt rose , The plan grew .\\nx = {a; b}"
    >>> [text[start:end] for start, end in code_lines(text)]
    ['view : Model -> Html Msg', '    , footer', 'x = {a; b}']

    From a ``>>>`` prompt on, the lines of a paragraph are an interactive
    session (its continuation lines and output); a ``$ command`` line is a
    shell's.

    >>> text = "Try it:\\n>>> print('a ,b')\\n'英语（美国）'\\n$ pip install mtclean"
    >>> [text[start:end] for start, end in code_lines(text)]
    [">>> print('a ,b')", "'英语（美国）'", '$ pip install mtclean']

    So is a record of comma-separated values with a quoted field: its
    spaces inside quotation marks are data.

    >>> text = 'id,name,note,score\\n7,"Lin"," left early ",88'
    >>> [text[start:end] for start, end in code_lines(text)]
    ['7,"Lin"," left early ",88']

    So is a line of a shell command continued on the next with a backslash.

    >>> text = "aws deploy tag-resource \\\\\\n    --resource-arn  arn:aws:deploy:app \\\\\\n    --tags Key=a"
    >>> [text[start:end] for start, end in code_lines(text)]
    ['aws deploy tag-resource \\\\', '    --resource-arn  arn:aws:deploy:app \\\\']
    """
    dense = any(mark in text for mark in _CODE_MARKS)
    session = False
    start = 0
    for line in text.split("\n"):
        session = session or ((">>>" in line or "In [" in line) and _PROMPT.match(line) is not None)
        if (
            session
            or CODE_LINE.match(line)
            or (dense and _dense_with_code_marks(line))
            or ("$" in line and _SHELL_PROMPT.match(line))
            or ('"' in line and "," in line and _CSV_RECORD.match(line))
        ):
            yield start, start + len(line)
        start += len(line) + 1


# What shows that an indented block is code: a keyword that opens a line of
# code, an import, an assignment, a call (a name right before its bracket,
# which prose spaces), a line that ends or opens with a bracket or ends
# with a semicolon, or a prompt.
_CODE_EVIDENCE = regex.compile(
    r"^[ \t]++(?:"
    r"(?:def|class|import|return|elif|except|finally|raise|yield|async|await|var|let|const|function"
    r"|public|private|protected|static|package|func|fn|impl|struct|enum|interface)\b"
    r"|\#(?:include|define)\b|\#!?\[|@\w|from[ \t]++[\w.]++[ \t]++import\b"
    r"|[A-Za-z_][\w.]*+(?:\[[^\]\n]*+\])?[ \t]*+[-+*/]?=[ \t]*+[^\s=]"
    r"|[^\n]*?[A-Za-z_]\w*+\("
    r"|[^\n]*?(?:[;{]|\):)[ \t]*+$"
    r"|[\]})]"
    r"|>>>|\$[ \t]"
    r")",
    regex.M,
)


def indented_code(text: str) -> list[Span]:
    """``text`` whole, if it is an indented block of code (Markdown's and reStructuredText's literal blocks).

    Every line is indented by four spaces or a tab, and one of them shows
    code (:data:`_CODE_EVIDENCE`).  Prose indented Chinese-style shows no
    such line.

    >>> indented_code("    class Spec:\\n        'A spec , The hooks .'")
    [(0, 46)]
    >>> indented_code("    Geely Holding Group . meanwhile , Renault will grow .")
    []
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or not all(line.startswith(("    ", "\t")) for line in lines):
        return []
    return [(0, len(text))] if _CODE_EVIDENCE.search(text) else []


def _dense_with_code_marks(line: str) -> bool:
    marks = sum(line.count(mark) for mark in _CODE_MARKS)
    return marks >= 3 and marks * _DENSE >= len(line.replace(" ", "")) - marks


#: Numbers with separators: 1,200,000 · 3.14 · 3.10.2 · 10:30 · 10:30:15.
# The atomic groups are for speed only (the regex module backtracks a
# repetition quadratically before a failing look-ahead); they match the same.
NUMBER = regex.compile(
    r"(?<![\w.,:+/-])(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?![\w,]|\.\d)"
    r"|(?<![\w.,:+/-])(?>\d+(?:\.\d+)+)(?![\w.]|,\d)"
    r"|(?<![\w.,:+/-])(?>\d{1,2}(?::\d\d)+)(?![\w:])"
)

_BACKTICKS = regex.compile(r"`+")

#: HTML elements whose tags break a paragraph or a line.
BLOCK_ELEMENTS = frozenset({"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "blockquote"})
#: HTML elements that wrap words within a sentence.
INLINE_ELEMENTS = frozenset(
    {"a", "b", "i", "u", "s", "em", "strong", "span", "font", "img", "sup", "sub", "small", "big", "mark"}
    | {"del", "ins", "strike", "abbr", "cite", "q", "label", "center"}
)
_ELEMENT = "|".join(sorted(BLOCK_ELEMENTS | INLINE_ELEMENTS, key=lambda name: (-len(name), name)))
_ATTRIBUTE = (
    r"[A-Za-z][\w:-]{0,30}[ \t]*=[ \t]*"
    r"(?:\"[^\"<>\n]{0,300}\"|'[^'<>\n]{0,300}'|“[^“”<>\n]{0,300}”|[^\s\"'“”<>]{1,300})"
)
#: An HTML tag tokenised by machine translation: a space after ``<`` or after
#: its ``/`` (``< / p >``, ``</ a>``, ``< br / >``, ``< a href=" x ">``), an
#: element's name, and only ``name="value"`` attributes, so that neither real
#: markup (``<p>``) nor a comparison (``a < b and c > d``) has this shape.
SPACED_TAG = (
    r"<(?:[ \t]+(?P<close>/)?|(?P<close>/)[ \t])[ \t]*"
    rf"(?P<name>(?i:{_ELEMENT}))\b"
    rf"(?P<attributes>(?:[ \t]+{_ATTRIBUTE}){{0,20}})"
    r"[ \t]*(?P<self>/)?[ \t]*>"
)
_SPACED_TAG = regex.compile(SPACED_TAG, regex.VERSION1)
#: Where a tokenised tag may begin.
SPACED_TAG_NEEDLES = ("< ", "</ ", "<\t", "</\t")


def find(text: str, extra: Iterable[regex.Pattern[str]] = (), *, markup_garble: bool = True) -> list[Span]:
    """The protected spans of ``text``, sorted and merged.

    >>> find("see https://example.com/a , or `x , y`")
    [(4, 25), (31, 38)]

    A URL or path inside a tokenised tag is not protected: the tag is garble
    that the ``markup`` pass removes whole (unless ``markup_garble`` is false,
    as for the text of an HTML page, where such a tag is the page's text).

    >>> find('see < a href=" https://x.com/a "> cars < / a >')
    []
    """
    spans = [
        match.span()
        for needles, pattern in (*PATTERNS.values(), *(((), pattern) for pattern in extra))
        if not needles or any(needle in text for needle in needles)
        for match in pattern.finditer(text)
        if match.end() > match.start()
    ]
    if "." in text and _DOMAIN_OR_FILE_CUE.search(text):
        spans.extend(match.span() for match in DOMAIN_OR_FILE.finditer(text))
    if "`" in text:
        spans.extend(inline_code(text))
    spans.extend(code_lines(text))
    if text[:1] in (" ", "\t"):
        spans.extend(indented_code(text))
    if spans and markup_garble and any(needle in text for needle in SPACED_TAG_NEEDLES):
        spans = _outside_spaced_tags(text, spans)
    return merge(spans)


def _outside_spaced_tags(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without those that lie inside the attributes of a tokenised tag."""
    tags = [match.span("attributes") for match in _SPACED_TAG.finditer(text) if match["attributes"]]
    return [
        (start, end)
        for start, end in spans
        if not any(tag_start <= start and end <= tag_end for tag_start, tag_end in tags)
    ]


def find_numbers(text: str) -> list[Span]:
    """The numbers with separators in ``text``: spans an edit may replace whole but not cut.

    >>> find_numbers("It cost 1,200 yuan (3.5 times) at 10:30, not 1, 200.")
    [(8, 13), (20, 23), (34, 39)]
    """
    return [match.span() for match in NUMBER.finditer(text)]


def inline_code(text: str) -> Iterator[Span]:
    """Markdown code spans: a run of backticks up to the next run of the same length.

    Pairs runs as CommonMark does, in one pass over the runs (a regular
    expression would rescan the text from every unmatched run).

    >>> list(inline_code("a `b` c ``d ` e`` f ` g"))
    [(2, 5), (8, 17)]
    """
    runs = [match.span() for match in _BACKTICKS.finditer(text)]
    following: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        following[index] = latest.get(length)
        latest[length] = index
    index = 0
    while index < len(runs):
        closing = following[index]
        if closing is None:
            index += 1
            continue
        yield runs[index][0], runs[closing][1]
        index = closing + 1


def merge(spans: Sequence[Span]) -> list[Span]:
    """Sort ``spans`` and merge the overlapping ones.

    >>> merge([(5, 9), (0, 2), (8, 12)])
    [(0, 2), (5, 12)]
    """
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
