"""Chinese and full-width punctuation, mapped to English in context.

MT leaves Chinese marks in English text: ``合作，Build`` → ``合作, Build``;
``《Renaulution》`` → ``“Renaulution”``; ``（Lotus）`` → ``(Lotus)``.  A mark
gets the spaces English puts around it: a space after a comma or full stop,
a space before an opening bracket or quote that follows a word.  (``、`` is
the ``lists`` pass's business; full-width letters and digits the
``unicode`` pass's.)
"""

from __future__ import annotations

import regex

from mtclean.passes.evidence import MEANT_MARKS, talks_about_punctuation
from mtclean.rules import Context, Pass, line_around, regex_rule

_MARKS = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?"}
_OPENING = {"（": "(", "【": "[", "《": "“", "「": "“", "『": "‘"}
_CLOSING = {"）": ")", "】": "]", "》": "”", "」": "”", "』": "’"}
_NO_SPACE_BEFORE = set(")]}”’\"'»,.;:!?") | set(_MARKS) | set(_CLOSING)
#: English marks that end a sentence: a Chinese full stop, ! or ? after one repeats it.
_SENTENCE_ENDS = frozenset(".!?")
# The spaces after a mark, unless another mark follows them: those belong to
# that mark's own match (two matches sharing the spaces would overlap, and
# the one left out would fire only on a second run).
_SPACES_AFTER = r"(?:[ \t]++(?![，。：；！？（【《「『）】》」』～〜]))?"


_HAN = regex.compile(r"\p{Han}")
_MEANT_MARKS = regex.compile(MEANT_MARKS)
#: How far back a closing mark looks for the opening mark of quoted Chinese.
_QUOTE_REACH = 200


def _closes_meant_marks(match: regex.Match[str]) -> bool:
    """Whether the closing mark of ``match`` closes quoted Chinese or an abstract's label (``MEANT_MARKS``)."""
    text, end = match.string, match.end(1)
    start = max(text.rfind(mark, max(0, end - _QUOTE_REACH), end) for mark in "《「『【")
    quoted = _MEANT_MARKS.match(text, start) if start >= 0 else None
    return quoted is not None and quoted.end() == end


#: A sentence's end and the next sentence's capital, inside a frame.
_SENTENCE_BREAK = regex.compile(r"[.!?][ \t]++\p{Lu}")
#: How far a frame's line may reach from the mark.
_FRAME_REACH = 2000


def _frames_its_line(text: str, mark: int) -> bool:
    """Whether the lenticular mark at ``mark`` opens or closes a frame around a whole line of sentences.

    A Chinese institution's English page sets an editor's note apart that
    way, on purpose; MT's tag before a headline closes early (``【Food safety】 Inspectors``).

    >>> _frames_its_line("【Note: Dr. Chen joined in 2019. He runs a lab.】", 0)
    True
    >>> _frames_its_line("【Food safety】 Inspectors checked it. Then they left.", 0)
    False
    """
    start = text.rfind("\n", max(0, mark - _FRAME_REACH), mark) + 1
    end = text.find("\n", mark, mark + _FRAME_REACH)
    if (start == 0 and mark > _FRAME_REACH) or (end < 0 and len(text) - mark > _FRAME_REACH):
        return False  # a line longer than a note
    line = text[start : len(text) if end < 0 else end].strip(" \t")
    inside = line[1:-1]
    return (
        line[:1] == "【"
        and line[-1:] == "】"
        and "【" not in inside
        and "】" not in inside
        and _SENTENCE_BREAK.search(inside) is not None
    )


#: A field of a document's header set with a lenticular label: ``【Issuing Body】CAC``,
#: the label of one to four words, its value glued to the mark, nothing after.
_FIELD_LINE = regex.compile(r"【[\p{L}][\p{L}'’-]*+(?:[ ][\p{L}'’-]++){0,3}+】[^\s【】][^【】\n]*+")


def _labels_a_field(text: str, mark: int) -> bool:
    r"""Whether the lenticular mark at ``mark`` frames the label of a field in a block of such fields.

    A legal database's English sets a document's header so (``【Issuing
    Body】CAC`` over ``【Date of Issue】2022/11/2``), on purpose; one tag
    before a headline is MT's (``【Food safety】 Inspectors``).

    >>> text = "【Issuing Body】CAC\n【Date of Issue】2022/11/2"
    >>> _labels_a_field(text, 0), _labels_a_field(text, text.index("】"))
    (True, True)
    >>> _labels_a_field("【Food safety】 Inspectors checked it.\n【Tech】 Phones sold.", 0)
    False
    """
    start, end = line_around(text, mark, mark)
    field = _FIELD_LINE.fullmatch(text, start, end)
    if field is None or mark not in (start, text.index("】", start)):
        return False
    after = field.end() + 1
    return (
        start > 0 and _FIELD_LINE.fullmatch(text, *line_around(text, start - 1, start - 1)) is not None
    ) or (after < len(text) and _FIELD_LINE.fullmatch(text, *line_around(text, after, after)) is not None)


_PAIRS = {"（": "）", "【": "】", "《": "》", "「": "」", "『": "』"}
_OPENER = {closing: opening for opening, closing in _PAIRS.items()}
_WORD = regex.compile(r"[\p{L}\p{N}]")


def _holds_no_word(text: str, mark: int) -> bool:
    """Whether the full-width bracket at ``mark`` and its partner close by hold no word: the pair is shown.

    >>> _holds_no_word("Taiwan writes 「」 and 『』.", 14), _holds_no_word("Titles go in 《 ... 》.", 19)
    (True, True)
    >>> _holds_no_word("It was called「Project Lotus」by them.", 13)
    False
    """
    if text[mark] in _PAIRS:
        partner = text.find(_PAIRS[text[mark]], mark + 1, mark + 12)
        inside = text[mark + 1 : partner]
    else:
        partner = text.rfind(_OPENER[text[mark]], max(0, mark - 11), mark)
        inside = text[partner + 1 : mark]
    return partner >= 0 and "\n" not in inside and _WORD.search(inside) is None


def _following(match: regex.Match[str]) -> str:
    return match.string[match.end() : match.end() + 1]


def _preceding(match: regex.Match[str]) -> str:
    return match.string[match.start() - 1 : match.start()] if match.start() else ""


@regex_rule("chinese.mark", r"(?:(?<![ \t])[ \t]+)?([，。：；！？])" + _SPACES_AFTER, needs=list(_MARKS))
def mark(match: regex.Match[str], context: Context) -> str | None:
    """A full-width comma, full stop, colon, semicolon, ! or ? becomes English.

    >>> clean("Geely and Renault signed an agreement，Build partnerships。")
    'Geely and Renault signed an agreement, build partnerships.'

    Between two Chinese characters the mark belongs to Chinese text quoted
    in the English (a proverb, an example): it stays.

    >>> clean("The proverb 己所不欲，勿施於人 is often quoted in English texts.")
    'The proverb 己所不欲，勿施於人 is often quoted in English texts.'

    So does the full stop, ! or ? that ends a Chinese sentence quoted in
    English text (a textbook's example and its translation).

    >>> clean("1. 我们走吧。 - Let's go.")
    "1. 我们走吧。 - Let's go."

    A full stop, ! or ? after the English mark that already ends the
    sentence is the Chinese sentence's end copied along: it goes, and is
    not written a second time (``laugh.。`` → ``laugh.``, not ``laugh..``).

    >>> clean("The reporter kept laughing.。 Viewers were upset?。")
    'The reporter kept laughing. Viewers were upset?'

    A paragraph that names punctuation marks shows them: a guide to Chinese
    punctuation keeps every mark it talks about (as the bracket and list rules do).

    >>> clean("The Chinese full stop ( 。 ) is a small circle; the book title marks 《 》 enclose titles.")
    'The Chinese full stop ( 。 ) is a small circle; the book title marks 《 》 enclose titles.'
    """
    if talks_about_punctuation(match.string):
        return None
    following = _following(match)
    preceding = _preceding(match)
    if _HAN.match(preceding) and (_HAN.match(following) or match.group(1) in "。！？"):
        return None
    if preceding in _SENTENCE_ENDS and match.group(1) in "。！？":
        trailing = match.string[match.end(1) : match.end()]
        if trailing or not following or following.isspace() or following in _NO_SPACE_BEFORE:
            return trailing  # "laugh.。 Then": the English mark ends the sentence already
        return " "
    english = _MARKS[match.group(1)]
    if not following or following.isspace() or following in _NO_SPACE_BEFORE:
        return english
    if english == ":" and following.isdigit() and preceding.isdigit():
        return english  # a score or a time: 3：1, 10：30
    return english + " "


@regex_rule("chinese.opening", r"(?:(?<![ \t])[ \t]+)?([（【《「『])" + _SPACES_AFTER, needs=list(_OPENING))
def opening(match: regex.Match[str], context: Context) -> str | None:
    """A full-width opening bracket or quotation mark becomes English.

    >>> clean("the lutes brand（Lotus）cooperation")
    'the Lotus cooperation'
    >>> clean("the report《Renaulution》was released")
    'the report “Renaulution” was released'

    Title and quotation marks around Chinese text are the writer quoting the
    original, which English cannot mark otherwise: they stay, and so do the
    labels of a Chinese journal's structured abstract.

    >>> clean('He wrote "Bring in the Wine" (《将进酒》) late in life.')
    'He wrote "Bring in the Wine" (《将进酒》) late in life.'
    >>> clean("【Objective】To compare two doses. 【Method】A trial in 40 patients.")
    '【Objective】To compare two doses. 【Method】A trial in 40 patients.'

    Spaces between two marks belong to the second mark's match, so both are
    mapped in one run (cleaning is idempotent).

    >>> clean("Sales fell。 （See the table below）")
    'Sales fell. (See the table below)'
    """
    if talks_about_punctuation(match.string) or _holds_no_word(match.string, match.start(1)):
        return None  # a guide to the marks shows them: "《 ... 》", "「」"
    if match.group(1) in "《「『【" and _MEANT_MARKS.match(match.string, match.start(1)):
        return None
    if match.group(1) == "【" and _frames_its_line(match.string, match.start(1)):
        return None  # "【Message from the editor: ... .】": an editor's note set apart on purpose
    if match.group(1) == "【" and _labels_a_field(match.string, match.start(1)):
        return None  # "【Issuing Body】CAC" over "【Date of Issue】2022/11/2": a header's fields
    english = _OPENING[match.group(1)]
    preceding = _preceding(match)
    # A Chinese mark right before gets its space from the mark rule; one
    # spaced from this bracket keeps the space (its own match stops short of it).
    spaced_mark = preceding in _MARKS and match.group()[0] in " \t"
    return (
        " " if preceding and (preceding.isalnum() or preceding in ",.;:!?" or spaced_mark) else ""
    ) + english


@regex_rule("chinese.closing", r"(?:(?<![ \t])[ \t]+)?([）】》」』])" + _SPACES_AFTER, needs=list(_CLOSING))
def closing(match: regex.Match[str], context: Context) -> str | None:
    """A full-width closing bracket or quotation mark becomes English.

    >>> clean("It was called「Project Lotus」by the team.")
    'It was called “Project Lotus” by the team.'
    >>> clean("The report《Renaulution》 (2021) came out.")
    'The report “Renaulution” (2021) came out.'
    >>> clean("The album 《梦开始的地方》 came out in May.")
    'The album 《梦开始的地方》 came out in May.'
    """
    if talks_about_punctuation(match.string) or _holds_no_word(match.string, match.start(1)):
        return None  # a guide to the marks shows them: "《 ... 》", "「」"
    if match.group(1) in "》」』】" and _closes_meant_marks(match):
        return None
    if match.group(1) == "】" and (
        _frames_its_line(match.string, match.start(1)) or _labels_a_field(match.string, match.start(1))
    ):
        return None
    english = _CLOSING[match.group(1)]
    following = _following(match)
    # A space the writer put before an opening bracket or quote stays.
    spaced = match.group()[-1] in " \t" and following not in _NO_SPACE_BEFORE
    return english + (" " if following and (following.isalnum() or spaced) else "")


@regex_rule("chinese.ellipsis", r"…(?:[ \t]?…)+|。。。", needs=["……", "… …", "。。。"])
def ellipsis(match: regex.Match[str], context: Context) -> str | None:
    """The Chinese six-dot ellipsis becomes one ellipsis, also where MT spaced its two halves.

    >>> clean("The talks went on……")
    'The talks went on…'
    >>> clean("The talks went on………")
    'The talks went on…'
    >>> clean('"Rice bowls", "status" … … Online, the same words return.')
    '"Rice bowls", "status" … Online, the same words return.'
    >>> clean("Wait … and then … nothing.")
    'Wait … and then … nothing.'

    A run that leads to a page number at the end of its line is the leader
    of a table of contents, typed with the ellipsis key.

    >>> clean("Club championship report ……………………..20")
    'Club championship report ……………………..20'
    """
    if _LEADER_TO_PAGE.match(match.string, match.end()):
        return None
    return "…"


#: What follows a leader of dots in a table of contents: more dots or spaces, then a page number.
_LEADER_TO_PAGE = regex.compile(r"(?<![.\t ])[.\t ]*+\d{1,4}+[ \t]*+(?:\n|\Z)")


@regex_rule("chinese.dash", r"(?<![—－])(?:——|－－)(?![—－])", needs=["——", "－－"])
def dash(match: regex.Match[str], context: Context) -> str:
    """The Chinese double dash becomes one em dash.

    Exactly two: a longer run (the three-em dash of a bibliography, ``———``)
    is not the Chinese mark, and shortening it by two would leave a double
    dash that a second run would shorten again.

    >>> clean("Two brands——Volvo and Lotus——were named.")
    'Two brands—Volvo and Lotus—were named.'
    >>> clean("———. Collected Essays. London, 1990.")
    '———. Collected Essays. London, 1990.'
    """
    return "—"


@regex_rule("chinese.wave-dash", r"(?:(?<![ \t])[ \t]+)?[～〜]" + _SPACES_AFTER, needs=["～", "〜"])
def wave_dash(match: regex.Match[str], context: Context) -> str:
    """The full-width tilde: an en dash in a range of numbers, a tilde otherwise.

    >>> clean("Prices rose 10～20% last year.")
    'Prices rose 10–20% last year.'
    """
    if _preceding(match).isdigit() and _following(match).isdigit():
        return "–"
    return match.group().replace("～", "~").replace("〜", "~")


@regex_rule("chinese.middle-dot", r"·(?<=\p{Lu}\p{L}+·)(?=\p{Lu}\p{L})", needs=["·"])
def middle_dot(match: regex.Match[str], context: Context) -> str:
    """The dot between the parts of a foreign name becomes a space.

    Both parts are names: a capital and another letter on each side.  The
    dot of a unit product (``kW·h``, ``N·m``, ``mg·L-1``, ``µmol·g``) and
    Catalan's ``l·l`` (``Col·legi``) have a lower-case letter or a one-letter
    symbol beside it, and stay.

    >>> clean("Chairman Jean·Dupont spoke first.")
    'Chairman Jean Dupont spoke first.'
    >>> clean("Home · About · Contact")
    'Home · About · Contact'
    >>> clean("The pump used 5 kW·h a day at a torque of 30 N·m.")
    'The pump used 5 kW·h a day at a torque of 30 N·m.'
    """
    return " "


@regex_rule("chinese.ideographic-space", r"\u3000+", needs=["\u3000"])
def ideographic_space(match: regex.Match[str], context: Context) -> str:
    """The full-width space becomes one space; as a paragraph indent it goes.

    >>> clean("\u3000\u3000Renault\u3000Group")
    'Renault Group'
    """
    at_line_start = match.start() == 0 or match.string[match.start() - 1] == "\n"
    return "" if at_line_start else " "


#: What stands beside a heading's separator on an English page: a Latin letter or digit,
#: or a mark that ends or opens a title (``Omnimedia+丨Next``, ``"80" 丨 small``).
_SEPARATED_BEFORE = regex.compile(r"[\p{Latin}\d)\]”\"'’+!?][ \t]*\Z")
_SEPARATED_AFTER = regex.compile(r"(?:(?<![ \t])[ \t]+)?[\p{Latin}\d(\[“\"'‘]")
#: The part of the line before the stroke: a heading's label of one to six words,
#: each capitalised or a number or a quoted title (``Xinhua Omnimedia+``, ``Centennial "80"``).
_LABEL = regex.compile(
    r"(?:(?<![ \t])[ \t]+)?(?:[“\"'‘]?[\p{Lu}\d][\p{L}\d.&'’+-]*[”\"'’]?[+!?]?[ \t]*){1,6}"
)


@regex_rule("chinese.separator", r"[ \t]*丨[ \t]*", needs=["丨"])
def separator(match: regex.Match[str], context: Context) -> str | None:
    """The Chinese vertical stroke between two parts of an English heading becomes a bar: ``Xinhua丨Next stop`` → ``Xinhua | Next stop``.

    Chinese pages split a headline's source from its title, or a series
    from its story, with ``丨`` (a Han character, the vertical stroke); MT
    leaves it between two English parts.  English writes a spaced bar there.
    Only after a heading's label, one to six capitalised words or numbers at
    the start of its line: in a sentence the stroke is talked about.  A
    byline (``Text丨Zhang San``) is the ``boilerplate`` pass's, which runs
    first; beside Chinese the mark is Chinese and stays.  The full-width bar
    ``｜`` is left alone: Japanese pages title their English pages with it.

    >>> clean("Xinhua Omnimedia+丨Next stop, a new journey")
    'Xinhua Omnimedia+ | Next stop, a new journey'
    >>> clean('Centennial "80" 丨 small car hits a bus')
    'Centennial "80" | small car hits a bus'
    >>> clean("北京丨上海 stays, and so does About us｜Tokyo office.")
    '北京丨上海 stays, and so does About us｜Tokyo office.'
    """
    text = match.string
    if _SEPARATED_BEFORE.search(text, max(0, match.start() - 2), match.start()) is None:
        return None
    if _SEPARATED_AFTER.match(text, match.end()) is None:
        return None
    label = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    if _LABEL.fullmatch(label) is None:
        return None  # the stroke talked about in a sentence ("A lone 丨 is a stroke")
    return " | "


#: A box of a Chinese report's form, empty or ticked.
_BOX = "[□√☑]"


#: A box right after the No of a pair: the form puts each box after its answer (``Yes □ No □``).
_BOX_AFTER_NO = regex.compile(r"(?:No|Not[ \t]applicable)[ \t]?(?:" + _BOX + r"|\?)")


@regex_rule(
    "chinese.lost-tick",
    r"(?P<first>" + _BOX + r"|\?)(?P<space>[ \t]?)(?P<answer>Yes|Applicable)[ \t]*+[/|]?[ \t]*+"
    r"(?P<second>" + _BOX + r"|\?)[ \t]?(?=No\b|Not[ \t]applicable\b)",
    needs=["□", "√", "☑"],
)
def lost_tick(match: regex.Match[str], context: Context) -> str | None:
    """A tick a report's encoding lost (``?``) is put back in its box: ``□ Yes ?No`` → ``□ Yes √ No``.

    A Chinese company's English report answers its form's questions with two
    boxes, one empty and one ticked (``□ Yes √ No``, ``√ Applicable □ Not
    applicable``); a page that lost the tick in its encoding shows ``?`` in
    its place.  The other box tells which mark was lost: beside an empty box
    it was the tick, beside a tick the empty box.

    >>> clean("Whether the report has been audited\\n□ Yes ?No")
    'Whether the report has been audited\\n□ Yes √ No'
    >>> clean("Whether the data were restated. ? Yes √ No")
    'Whether the data were restated. □ Yes √ No'
    >>> clean("□Applicable ?Not applicable")
    '□Applicable √Not applicable'

    A question mark with no box beside it is a question.

    >>> clean("Yes ?No. Was it the first box? Yes? No.")
    'Yes ?No. Was it the first box? Yes? No.'

    A form that puts each box after its answer keeps its question marks.

    >>> clean("Do you smoke? Yes □ No □")
    'Do you smoke? Yes □ No □'
    """
    first, second = match["first"], match["second"]
    if (first == "?") == (second == "?"):
        return None
    text = match.string
    if first == "?" and match.start() > 0 and not text[match.start() - 1].isspace():
        return None  # a question's own mark: ``Do you smoke? Yes □ No □``
    if _BOX_AFTER_NO.match(text, match.end()):
        return None  # each box after its answer (``Yes □ No □``): the box before No is the Yes box
    known = second if first == "?" else first
    lost = "□" if known in "√☑" else "√"
    if first == "?":
        return lost + text[match.end("first") : match.end()]
    tail = text[match.end("second") : match.end()]
    return text[match.start() : match.start("second")] + lost + (tail or match["space"])


CHINESE = Pass(
    "chinese",
    (mark, opening, closing, ellipsis, dash, wave_dash, middle_dot, ideographic_space, separator, lost_tick),
)
