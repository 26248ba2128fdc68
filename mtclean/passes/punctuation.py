"""Spaced, doubled and misplaced punctuation.

``booming , The`` → ``booming, The``; ``said :“`` → ``said: “``; ``Geely 's``
→ ``Geely's``; ``page : ,`` → ``page:``.  A mark is only moved when it stands
where English punctuation never does: a space before a comma or full stop
that is followed by a space (so ``3.14``, ``.5``, ``. . .``, ``3 : 1`` and
emoticons such as ``:)`` are left alone), and never inside a protected span
(URLs, code).
"""

from __future__ import annotations

import regex

from mtclean.passes.evidence import (
    JSON_KEY,
    SPACE_BEFORE_MARK,
    SPACED_BRACKET_MARK,
    after_entry_label,
    colons_aligned,
    in_a_form,
    shows_garble,
    shows_tokens,
)
from mtclean.passes.split_numbers import unit_range
from mtclean.protect import DOMAIN_AND_FILE_ENDINGS
from mtclean.rules import Context, Pass, regex_rule
from mtclean.words import is_common


@regex_rule(
    "punctuation.space-before",
    SPACE_BEFORE_MARK,
    needs=[" ,", " .", " ;", " :", " !", " ?"],
)
def space_before(match: regex.Match[str], context: Context) -> str | None:
    """No space before ``, . ; : ! ?``.

    >>> clean("The hybrid market is booming , and growing .")
    'The hybrid market is booming, and growing.'
    >>> clean("The ratio was 3 : 1. Run git add . to stage it.")
    'The ratio was 3 : 1. Run git add . to stage it.'

    A writer's space between an address (a web or an e-mail address), a
    path, a file name, a version or a ``#123`` reference and the full stop
    after it stays.

    >>> clean("Get it from ftp.gnu.org:/pub/gnu/make . Update to 4.4.0 . See #975344 .")
    'Get it from ftp.gnu.org:/pub/gnu/make . Update to 4.4.0 . See #975344 .'
    >>> clean("E-mail the receipt to office@example.edu.cn . Then wait for the notice.")
    'E-mail the receipt to office@example.edu.cn . Then wait for the notice.'
    >>> clean("It reached 400 km/h . Version 4.2 . Edit config.yaml .")
    'It reached 400 km/h. Version 4.2. Edit config.yaml .'

    Indented lines of labels with their colons aligned are a form's fields
    (the signature block of a filing), laid out on purpose.

    >>> clean("  By    : /s/ Jane Roe\\n  Title : Chief Financial Officer")
    '  By    : /s/ Jane Roe\\n  Title : Chief Financial Officer'

    So is a colon set apart after a version that opens a line: the heading
    of a changelog's entry.

    >>> clean("2024.3.1 : first public release\\n2.10.0 : faster start")
    '2024.3.1 : first public release\\n2.10.0 : faster start'

    Or after a date that opens an entry of a list of revisions, or lined up
    with the colons of the lines next to it.

    >>> clean("  * 03/14/2009 : The parser was rewritten.")
    '  * 03/14/2009 : The parser was rewritten.'
    >>> clean(" * cold start   : 2.9 s\\n * warm start   : 0.4 s")
    ' * cold start   : 2.9 s\\n * warm start   : 0.4 s'

    And so is a paragraph that shows a tokeniser's output (``I ca n't go !``),
    and the colon after a key of JSON or of a dictionary, a quoted name
    without spaces before a value (a string, a number, a list or an object):
    a writer's or a formatter's layout of code.

    >>> clean('Pass {"group1" : "1"} and set "AZ" : [ "us-east-1" ] there.')
    'Pass {"group1" : "1"} and set "AZ" : [ "us-east-1" ] there.'

    So is the semicolon before an environment marker in a package's
    requirements (PEP 508), which its tools write with a space on each side.

    >>> clean("Requires-Dist: tomli ; python_version < '3.11'")
    "Requires-Dist: tomli ; python_version < '3.11'"
    """
    if shows_tokens(match.string):
        return None
    if match["mark"] == ";" and _ENVIRONMENT_MARKER.match(match.string, match.end() + 1):
        return None
    if (
        match["mark"] == ":"
        and JSON_KEY.search(match.string, max(0, match.start() - 80), match.start())
        and _JSON_VALUE.match(match.string, match.end() + 1)
    ):
        return None
    if match["mark"] == ":" and in_a_form(match.string, match.start()):
        return None
    if match["mark"] == ":" and (
        after_entry_label(match.string, match.start()) or colons_aligned(match.string, match.start())
    ):
        return None
    if match["mark"] == ".":
        text, end = match.string, match.start()
        reach = max(0, end - 200)
        start = max(
            text.rfind(" ", reach, end), text.rfind("\t", reach, end), text.rfind("\n", reach, end), reach - 1
        )
        token = text[start + 1 : end]
        if ("/" in token or "." in token or "#" in token) and _ADDRESS.fullmatch(token.lstrip("([")):
            return None
    return ""


#: An environment marker after a requirement's semicolon (PEP 508): ``; extra == 'docs'``.
_ENVIRONMENT_MARKER = regex.compile(
    r"(?<![ \t])[ \t]*+\(?[ \t]*+(?:extra|python_(?:full_)?version|sys_platform|platform_\w++|os_name"
    r"|implementation_\w++)[ \t]*+(?:[=!<>~]=?|not[ \t]++in\b|in\b)"
)
#: The value after a key's colon: a string, a number, a list, an object or a literal.
_JSON_VALUE = regex.compile(r'(?<![ \t])[ \t]*+(?:["{\[]|-?\d|(?:true|false|null)\b)')
_FILE_ENDINGS = "|".join(DOMAIN_AND_FILE_ENDINGS)
#: A path (``/usr/share/doc``, ``~/notes``, ``a/b/c``), an address (``ftp.gnu.org:/pub``,
#: ``office@example.org``), a file name (``config.yaml``), a version of three parts
#: (``4.4.0``) or a ``#123`` reference: a writer keeps the full stop after it apart.
_ADDRESS = regex.compile(
    r"(?<![\w./:#%+~-])(?:[~.]?/[\w./:#%+-]{0,200}+"
    r"|[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+)++"
    r"|[\w.+-]{0,100}+:/[\w./:#%+-]{0,200}+"
    r"|[\w.+-]{1,100}+/[\w.+-]{1,100}+/[\w./:#%+-]{0,200}+"
    rf"|[\w+-][\w.+-]{{0,100}}\.(?:{_FILE_ENDINGS})"
    r"|\d{1,9}+\.\d{1,9}+\.\d{1,9}+[\w.+~-]{0,50}+"
    r"|\#\d{3,9}+)"
)


@regex_rule(
    "punctuation.space-after-garbled-mark",
    r"(?:" + SPACE_BEFORE_MARK + r"[,;:]|" + SPACED_BRACKET_MARK + r")\K[ \t]{2,}(?=\S)",
    needs=[",  ", ";  ", ":  "],
)
def space_after_garbled_mark(match: regex.Match[str], context: Context) -> str:
    """One space, not two, after a comma, semicolon or colon that MT spaced.

    MT often leaves two spaces after a spaced mark (``service ,  The``) or
    after a mark that follows a spaced bracket (``( Fast mode ),  Need``).
    Two spaces after an ordinary mark, or after a full stop (the typewriter
    style), are left alone.

    >>> clean("It was merged ( Fast mode ),  Need to restart the service ,  The cache is cleared .")
    'It was merged (Fast mode), need to restart the service, the cache is cleared.'
    >>> clean("It ended.  Next, we met.  Then, as planned,  we left.")
    'It ended.  Next, we met.  Then, as planned,  we left.'
    """
    return " "


@regex_rule(
    "punctuation.space-after-colon",
    r"(?<=\w[ \t]*:)(?=“)|(?<=\w[ \t]+:)(?=\"[ \t]*\p{L})",
    needs=[":“", ':"'],
)
def space_after_colon(match: regex.Match[str], context: Context) -> str:
    """A colon before an opening quotation mark is followed by a space.

    >>> clean("Li Shufu said :“ We will grow .”")
    'Li Shufu said: “We will grow.”'
    >>> clean('The doctor said :"Rest."')
    'The doctor said: "Rest."'
    >>> clean('The config reads {"a":"b"}.')
    'The config reads {"a":"b"}.'
    """
    return " "


@regex_rule(
    "punctuation.apostrophe-s",
    # Not before 's/ (a sed command's quoted script: ``sed -i 's/a/b/' f``).
    r"(?<=\w)[ \t]+(?=['’]s\b(?![’'/|#]))|(?<=\w['’])[ \t]+(?=s\b)"
    r"|(?<=\w)[ \t]+(?P<mark>['’‘])[ \t]+s\b(?![ \t]*['’‘])",
    needs=[" '", " ’", "' s", "’ s", "‘ s"],
)
def apostrophe_s(match: regex.Match[str], context: Context) -> str | None:
    """No space around the apostrophe of a possessive (MT may write it as an opening mark).

    >>> clean("It is Geely 's plan and Renault’ s too, and the patient ‘ s fever fell.")
    "It is Geely's plan and Renault’s too, and the patient’s fever fell."
    >>> clean("The letters 's' and 't' are common, and so is ‘ s ’ in lists.")
    "The letters 's' and 't' are common, and so is ‘ s ’ in lists."
    >>> clean("Run sed -i 's/old/new/' notes.txt to rename them.")
    "Run sed -i 's/old/new/' notes.txt to rename them."

    A paragraph that shows a tokeniser's output splits the possessive on purpose.

    >>> clean("A Treebank tokenizer writes won't as wo n't and children's as children 's.")
    "A Treebank tokenizer writes won't as wo n't and children's as children 's."
    """
    if shows_tokens(match.string):
        return None
    mark = match["mark"]
    if mark is None:
        return ""
    return "'s" if mark == "'" else "’s"


#: A statement of code before the end of the text: an assignment (``int n = (a << 1) + 1``)
#: or a call (``tab.length``, ``f(x)``), after the last sentence's end.
_STATEMENT = regex.compile(
    r"(?:[\w)\]][ \t]*[-+*/%|&^]?=[ \t]*[^\s=]|\w\([^()\n]*\))(?:[^.!?\n]|(?<=\w)\.(?=\w))*\Z"
)
#: A lower-case word after the spaces that follow a match.
_LOWER_CASE_WORD_AFTER = regex.compile(r"(?<![ \t])[ \t]++\p{Ll}")


def _in_open_bracket(text: str, position: int) -> bool:
    """Whether ``position`` is inside a round bracket opened earlier on its line (at most 200 characters back).

    >>> _in_open_bracket("Li Bai (Chinese: ; pinyin", 16)
    True
    >>> _in_open_bracket("See (page 3) later: ;", 19)
    False
    """
    start = max(0, position - 200)
    line = text[text.rfind("\n", start, position) + 1 or start : position]
    return line.count("(") > line.count(")")


#: Two full stops a writer uses as an ellipsis: before a closing quotation mark or bracket, another
#: stop or a lower-case word (``“You.. you..”``, ``But.. .. what``).  A paragraph that uses them so
#: keeps every pair, also one before a capital (``“You.. You..”``): a stammer, not a sentence's end.
_ELLIPSIS_DOTS = regex.compile(r"(?<=\p{L})\.\.(?!\.)(?=[”’\"')»]|[ \t]+(?:\.|\p{Ll}))")


@regex_rule(
    "punctuation.doubled-mark",
    r"(?<=\w)[ \t]*(?P<first>[,;:])(?:(?:[ \t]*[,;:])+(?:[ \t]*\.)?|[ \t]*\.)(?=\s|\Z)"
    r"|(?<=\p{L})\.\.(?=[ \t]|\Z)",
    # Each branch begins with a literal, so re stops only at a mark (three times faster).
    cue=r",[ \t]*[,;:.]|;[ \t]*[,;:.]|:[ \t]*[,;:.]|\.\.",
)
def doubled_mark(match: regex.Match[str], context: Context) -> str | None:
    """Two marks where one is meant keep the stronger: ``page : ,`` → ``page:``.

    Two full stops before a lower-case word are a writer's short ellipsis
    (``for weeks.. months, really``), not a sentence's end written twice.

    >>> clean("See the next page : , then stop..")
    'See the next page: then stop.'

    A semicolon that ends a statement of code keeps it: MT's full stop goes.

    >>> clean("The capacity doubles: int n = (old << 1) + 1; . The slot is i = h % tab.length; .")
    'The capacity doubles: int n = (old << 1) + 1; The slot is i = h % tab.length;'
    >>> clean("It went on... and on, e.g., for hours, etc.; then it ended.")
    'It went on... and on, e.g., for hours, etc.; then it ended.'
    >>> clean("We waited for weeks.. months, really.")
    'We waited for weeks.. months, really.'

    So is every pair of a paragraph that uses two stops so elsewhere: a
    stammer in a story's dialogue.

    >>> clean("“Wait.. Wait..” he gasped.")
    '“Wait.. Wait..” he gasped.'

    A colon glued to a word and doubled, or closed by a full stop, is
    notation: reStructuredText's ``as follows::`` before a literal block,
    a field named at the end of a sentence (``add it to Depends:.``).

    >>> clean("Run it as follows::\\n\\n    mtclean page.txt")
    'Run it as follows::\\n\\n    mtclean page.txt'
    >>> clean("For example ::")
    'For example ::'
    >>> clean("The output shows the following: ::")
    'The output shows the following: ::'
    >>> clean("The output shows the following: :: \n\n    aws s3 ls")
    'The output shows the following: :: \n\n    aws s3 ls'

    A label's colon inside an open bracket, followed by another mark, is a
    field whose value a copy dropped: an encyclopedia's lead with its
    Chinese characters stripped (``(Chinese: ; pinyin: Lǐ Bái)``).

    >>> clean("Li Bai (Chinese: ; pinyin: Lǐ Bái; 701–762) was a poet.")
    'Li Bai (Chinese: ; pinyin: Lǐ Bái; 701–762) was a poet.'
    """
    text = match.string
    if match["first"] == ":" and _in_open_bracket(text, match.start()):
        return None  # "(Chinese: ; pinyin: ...)": a field whose value was stripped
    if match.group().endswith("::") and _LINE_ENDS.match(text, match.end()):
        return None  # reStructuredText's "as follows: ::" before a literal block (trailing spaces too)
    if match.group().lstrip(" \t") == "::" or match.group() == ":.":
        return None
    if match["first"] is None and (
        _LOWER_CASE_WORD_AFTER.match(match.string, match.end()) or _ELLIPSIS_DOTS.search(match.string)
    ):
        return None
    if match.group().lstrip(" \t").startswith(";") and _STATEMENT.search(text, 0, match.start()):
        return ";"  # a statement of code ends with its semicolon: "x = y + 1; ." keeps it
    return "." if "." in match.group() else match["first"]


#: Nothing but spaces to the line's end.
_LINE_ENDS = regex.compile(r"(?<![ \t])[ \t]*+(?:\r?\n|\Z)")
# Abbreviations whose full stop a comma may follow in English ("etc., and").
_ABBREVIATIONS = frozenset("etc al vs cf approx incl esp dept govt corp inc ltd co".split())


@regex_rule(
    "punctuation.stray-comma",
    r"\.(?<=(?<![\w.])(?P<before>\p{L}{2,})[ \t]*+\.)[ \t]+,(?:[ \t]*,)*[ \t]+(?P<first>\p{L})",
    cue=r"\.[ \t]+,",
)
def stray_comma(match: regex.Match[str], context: Context) -> str | None:
    """Commas MT left after a full stop (``。，``) are removed, and the next sentence starts with a capital.

    >>> clean("Chargers are hard to find. , Even when you find one, you wait. , , Then you pay.")
    'Chargers are hard to find. Even when you find one, you wait. Then you pay.'
    >>> clean("Bring the water to a boil. , add the noodles. , iPhone sales rose.")
    'Bring the water to a boil. Add the noodles. iPhone sales rose.'
    >>> clean("It sells pens, ink, etc., and paper; Martin Luther King Jr., the pastor, spoke.")
    'It sells pens, ink, etc., and paper; Martin Luther King Jr., the pastor, spoke.'
    """
    if match["before"].lower() in _ABBREVIATIONS:
        return None
    first = match["first"]
    following = match.string[match.end() : match.end() + 24].split(" ", 1)[0]
    return f". {first if any(letter.isupper() for letter in following) else first.upper()}"  # not "IPhone"


@regex_rule(
    "punctuation.abbreviation-stop",
    r"\.(?<=\b(?:etc|Ltd|Inc|Co|Corp)\.)[ \t]+\.(?![ \t]*\.)",
    needs=["etc. .", "Ltd. .", "Inc. .", "Co. .", "Corp. ."],
)
def abbreviation_stop(match: regex.Match[str], context: Context) -> str:
    """An abbreviation's full stop also ends the sentence: ``etc. .`` → ``etc.``.

    >>> clean("It adds wireless charging, a larger battery, etc. . The price is unchanged.")
    'It adds wireless charging, a larger battery, etc. The price is unchanged.'
    >>> clean("The list goes on, etc. . . and on.")
    'The list goes on, etc. . . and on.'
    """
    return "."


@regex_rule(
    "punctuation.abbreviation-comma",
    r"\.(?<=\b(?:etc|Ltd|Inc|Co|Corp)\.)[ \t]+(?P<mark>[,;])(?![,;.])",
    cue=r"\.[ \t]+[,;]",
)
def abbreviation_comma(match: regex.Match[str], context: Context) -> str:
    """A comma or semicolon MT spaced off an abbreviation's full stop is glued back: ``etc. ,`` → ``etc.,``.

    MT writes ``等，`` as ``etc. ,``: the comma belongs after the
    abbreviation, as English writes it (``etc., and``); clean English never
    puts a space before the comma.

    >>> clean("It lists the culture, the economy, etc. , in detail; and sport, etc. ; then food.")
    'It lists the culture, the economy, etc., in detail; and sport, etc.; then food.'
    >>> clean("It sells pens, ink, etc., and paper.")
    'It sells pens, ink, etc., and paper.'
    """
    return "." + match["mark"]


@regex_rule("punctuation.lost-characters", r"\?\?(?<=[ \t]\?\?)(?=\p{Ll})", needs=[" ??"])
def lost_characters(match: regex.Match[str], context: Context) -> str:
    """Two question marks a page wrote for characters its encoding lost, glued to a word, go.

    A content farm's copy writes ``area of ??less than 90 square meters``
    where a character it could not encode stood (a no-break space, ``㎡``):
    never a question, which ends a word instead of opening one.

    >>> clean("The tax is 1% for an area of ??less than 90 square meters.")
    'The tax is 1% for an area of less than 90 square meters.'
    >>> clean("Really?? yes, and C# writes a ?? b.")
    'Really?? yes, and C# writes a ?? b.'
    """
    return ""


@regex_rule(
    "punctuation.spaced-ellipsis",
    r"\.(?<=\p{L}\.)(?:[ \t]+\.){4,}(?![ \t]*\.)",
    needs=[". . . . ."],
)
def spaced_ellipsis(match: regex.Match[str], context: Context) -> str:
    """The Chinese six-dot ellipsis MT wrote as spaced full stops becomes one ellipsis.

    English spaces three dots, or four at a sentence's end (``. . . .``);
    five or more are the six of ``……``.

    >>> clean("One careless change and the build breaks. . . . . .")
    'One careless change and the build breaks…'
    >>> clean("The record states that . . . the witness left. . . .")
    'The record states that . . . the witness left. . . .'
    """
    return "…"


#: Prefixes English joins to a name with a hyphen (``anti-American``, ``mid-July``).
NAME_PREFIXES = frozenset(
    "anti pro non pre post mid neo pan trans inter intra sub super ultra semi multi self vice all"
    " cross counter pseudo quasi proto extra hyper meta micro macro mini".split()
)


@regex_rule(
    "punctuation.hyphen-dashes",
    r"-(?<=(?<![\w-])(?P<before>\p{Ll}{3,})-)(?P<inside>\p{Lu}[^\n.!?;:()\[\]\-—–]{0,60}?[\p{L}\d])"
    r"-(?P<verb>are|is|was|were)\b(?![-'’])",
    needs=["-are", "-is", "-was", "-were"],
)
def hyphen_dashes(match: regex.Match[str], context: Context) -> str | None:
    """A pair of dashes MT wrote as bare hyphens around a list of names becomes a pair of dashes.

    ``spots-Kanas Lake and Koktokay-are free`` → ``spots — Kanas Lake and
    Koktokay — are free``.  The closing hyphen glued to ``are``, ``is``,
    ``was`` or ``were`` is no English compound; the opening one must follow
    an English word (or its plural) that is no prefix (``anti-``, ``mid-``)
    and begin a name.

    >>> clean("Two scenic spots-Kanas Lake and Koktokay-are free this month.")
    'Two scenic spots — Kanas Lake and Koktokay — are free this month.'
    >>> clean("The anti-Trump voters-were loud; a how-are-you-doing smile and menu-is-open stay.")
    'The anti-Trump voters-were loud; a how-are-you-doing smile and menu-is-open stay.'
    """
    before = match["before"]
    if before in NAME_PREFIXES or not (
        is_common(before) or (before.endswith("s") and is_common(before[:-1]))
    ):
        return None  # "anti-Trump", or a name before the hyphen
    return f" — {match['inside']} — {match['verb']}"


@regex_rule(
    "punctuation.comma-before-year",
    r"(?<=[\p{L})”’])[ \t]+,(?=(?:1[5-9]|20)\d\d[ \t]+(?:[Yy]ear\b|\p{Lu})"
    # The date pass may have written the year's date first: " ,August 6, 2011,".
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d)",
    needs=[" ,1", " ,2", " ,J", " ,F", " ,M", " ,A", " ,S", " ,O", " ,N", " ,D"],
)
def comma_before_year(match: regex.Match[str], context: Context) -> str | None:
    """A spaced comma glued to the year (or date) after it (MT's ``，2021年``): ``night ,2021 Lei`` → ``night, 2021 Lei``.

    Only a year a word or a capital follows, and only in a paragraph that
    shows MT's marks elsewhere too (a data line ``Lee ,2021 ,Oslo`` has its
    own reasons).

    >>> clean("Ten years ago ,2011 year 8 month 6 Japan , Xiaomi launched a phone .")
    'Ten years ago, August 6, 2011, Xiaomi launched a phone.'
    >>> clean("name ,2021 Total\\nLee ,2020 Oslo")
    'name ,2021 Total\\nLee ,2020 Oslo'
    """
    text = match.string
    if not shows_garble(text[: match.start()] + text[match.end() :]):
        return None
    return ", "


#: Second halves of English compounds written with a capital in titles (``Drive-In``,
#: ``Plug-In``, ``Follow-Up``, ``Add-On``): never a sentence after a dash.
_COMPOUND_PARTICLES = frozenset(
    "in on up out off by down over back away about around through to with".split()
)
#: Endings of the second halves of English compounds (``data-Driven``, ``user-Friendly``,
#: ``Industry-Wide``, ``Sugar-Free``): a word the gloss after a label never opens with.
_COMPOUND_TAILS = tuple(
    "ed ing ly ful less like wide free proof style level class scale size sized type rich grade term centric "
    "intensive sensitive specific neutral heavy driven made born known grown run led owned bound written spoken "
    "proven hand tight safe ready worthy friendly savvy".split()
)


@regex_rule(
    "punctuation.hyphen-dash",
    r"-(?<=(?<![\w.@/'’-])(?P<before>\p{L}\p{Ll}{2,})-)(?P<space>[ \t]+)?"
    r"(?P<quote>[\"“])?(?P<after>\p{Lu}\p{Ll}+)(?=[ \t]+\p{Ll})",
    cue=r"-(?<=[a-z]-)[ \t]*[\"“]?[A-Z][a-z]",  # from the hyphen, not from every lower-case letter
)
def hyphen_dash(match: regex.Match[str], context: Context) -> str | None:
    """A hyphen MT wrote for the dash after a label is a dash: ``exhibition-Comprehensive exhibition is`` → ``exhibition — Comprehensive exhibition is``.

    Chinese glosses a term with a dash (``综合展——综合展是``); MT leaves a bare
    hyphen, glued to a lower-case word before and to the capital that opens
    the gloss, or spaced after only (``Abstract- After review``).  English
    glues a hyphen to a capital only after a prefix (``anti-Trump``,
    ``mid-July``) or in a name, and a hyphen spaced after only is a
    suspended one (``pre- and post-war``), before a lower-case word.

    >>> clean("Comprehensive exhibition-Comprehensive exhibition is a relative concept.")
    'Comprehensive exhibition — Comprehensive exhibition is a relative concept.'
    >>> clean("Listeners- Register directly online.")
    'Listeners — Register directly online.'
    >>> clean("The anti-Trump voters, pre- and post-war Europe, a Drive-In theater and a data-Driven plan.")
    'The anti-Trump voters, pre- and post-war Europe, a Drive-In theater and a data-Driven plan.'
    """
    before, after = match["before"], match["after"]
    if match["space"] is None and (
        before[0].isupper() or (match["quote"] is None and not is_common(after.lower()))
    ):
        return None  # "Rolls-Royce", "Coca-Cola": a name; "gamma-Aminobutyric": a term
    if (
        before.lower() in NAME_PREFIXES
        or after.lower() in _COMPOUND_PARTICLES
        or after.lower().endswith(_COMPOUND_TAILS)
    ):
        return None  # "anti-Trump", "Drive-In", "data-Driven", "user-Friendly": compounds
    # A label glued to the gloss may be any lower-case word of four letters or more
    # (``booth-Standard booths``); one spaced from it must be an English word.
    glued_label = match["space"] is None and len(before) >= 4
    if not (
        glued_label or is_common(before.lower()) or (before.endswith("s") and is_common(before[:-1].lower()))
    ):
        return None
    return f" — {match['quote'] or ''}{after}"


PUNCTUATION = Pass(
    "punctuation",
    (
        comma_before_year,
        space_before,
        space_after_garbled_mark,
        space_after_colon,
        apostrophe_s,
        doubled_mark,
        stray_comma,
        abbreviation_stop,
        abbreviation_comma,
        lost_characters,
        spaced_ellipsis,
        hyphen_dashes,
        hyphen_dash,
        unit_range,
    ),
)
