"""Page furniture MT translated as text: breadcrumbs, editor's tags, credits, copy buttons.

A Chinese page carries furniture around its article: a breadcrumb trail
(``当前位置``), a bracketed tag for the broadcast script (``【解说】``), an end
mark (``（完）``), a photo credit, a byline, and on blogging sites the labels
of buttons and image placeholders (``复制代码``, ``这里插入图片描述``).
Translated, these land inside the text as ``Current location - Home -
Recipes - How``, ``[Explanation] On Sunday``, ``(Finish)``, ``(Photo/Reporter
Liu Fang)``, ``Text |Lao Zhou``, ``3000Copy the code``, and a newspaper's
dateline (``本报讯``), a WeChat account's prompt to follow it and a run of
credits come out as ``News from our newspaper``, ``Click above↑`` and
``Author|X Editor | Y``.  Each rule matches
the translated label in the one place the page puts it (a paragraph's start
or end, glued to the code it followed), in words no English writer uses
there, and removes it or writes it as English news does.
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, Pass, regex_rule
from mtclean.words import scans_as_pinyin


@regex_rule(
    "boilerplate.breadcrumb",
    r"\A(?:Current|Your)[ \t]+(?:location|position)[ \t]*[:：]?[ \t]*[-—>＞»][ \t]*(?:[^\n]*?[ \t][-—>＞»][ \t]+)+"
    r"|\A(?:当前位置|您的位置|你的位置|您现在的位置)[ \t]*[:：]?[ \t]*(?:[^\n>＞»\p{Latin}]*[>＞»][ \t]*)+(?=\p{Latin})",
    needs=["Current location", "Current position", "Your location", "Your position", "的位置", "当前位置"],
)
def breadcrumb(match: regex.Match[str], context: Context) -> str:
    """A breadcrumb trail at the start of a paragraph is removed: the title stays.

    MT may leave the trail in Chinese (``当前位置:网站首页>``) and translate the title.

    >>> clean("Current location - Recipe Network - Home cooking - How long should ribs stew?")
    'How long should ribs stew?'
    >>> clean("当前位置:网站首页> How to read a flame graph in five minutes")
    'How to read a flame graph in five minutes'
    >>> clean("Your location matters: shops near the station sell more.")
    'Your location matters: shops near the station sell more.'
    """
    return ""


# A site MT named with a calque of a content farm's name (``Traditional Culture
# Encyclopedia``, ``Joke Collection Website``, ``Recipe Complete Network``).
_FARM = r"[^\n]{0,60}?\b(?:Encyclopedia|Network|Website|Collection)"


@regex_rule(
    "boilerplate.breadcrumb-line",
    r"\A(?:(?:Current|Your)[ \t]+(?:location|position)[ \t]*[:：]?[ \t]*[-—>＞»][ \t]*|(?="
    + _FARM
    + r"[ \t]+-[ \t]))"
    r"(?:[^\n]*?[ \t][-—>＞»][ \t]+)++(?P<title>[\p{Lu}\d][^\n]{2,}?)[ \t]*"
    r"(?:\n(?=[ \t]*(?P=title)[ \t]*(?:\n|\Z))|\Z)",
    needs=["Current location", "Current position", "Your location", "Your position", " - "],
)
def breadcrumb_line(match: regex.Match[str], context: Context) -> str | None:
    """A content farm's breadcrumb line, whose title the next line repeats, is removed whole.

    The trail may start with the site's name instead of ``Current location``
    (a calque no English site is named: ``... Encyclopedia``, ``... Network``):
    the title it ends with, repeated on the next line, shows it is the page's
    furniture.

    >>> clean("Culture Encyclopedia - Festivals - Why do we eat dumplings?\\nWhy do we eat dumplings?\\nThey look like ingots.")
    'Why do we eat dumplings?\\nThey look like ingots.'
    >>> clean("Current location - Recipe Network - Soups - How long to boil bones?\\nHow long to boil bones?\\nTwo hours.")
    'How long to boil bones?\\nTwo hours.'
    >>> clean("Home - Blog - Why we moved\\nWhy we moved\\nThe office was too small.")
    'Home - Blog - Why we moved\\nWhy we moved\\nThe office was too small.'

    A trail that is a paragraph of its own goes when the next paragraph is its title.

    >>> clean("Joke Collection Website - News - Why do cats purr?\\n\\nWhy do cats purr?\\n\\nNobody is sure.")
    'Why do cats purr?\\n\\nNobody is sure.'
    >>> clean("Joke Collection Website - News - Why do cats purr?\\n\\nNobody is sure why cats purr.")
    'Joke Collection Website - News - Why do cats purr?\\n\\nNobody is sure why cats purr.'
    """
    if match.group().endswith("\n"):
        return ""
    return "" if _title_follows(context.document, match.group(), match["title"]) else None


_BLANK_LINES = regex.compile(r"[ \t]*\n(?:[ \t]*\n)+[ \t]*")
_LINE_END = regex.compile(r"[ \t]*(?:\n|\Z)")


def _title_follows(document: str, trail: str, title: str) -> bool:
    """Whether ``trail`` stands in ``document`` as a paragraph followed by a paragraph that is ``title``.

    Found with string searches, not an expression compiled per trail (a compile cost
    more than the rest of a long page's boilerplate pass).

    >>> _title_follows("A - B - Why?\\n\\n Why?\\n\\nText.", "A - B - Why?", "Why?")
    True
    >>> _title_follows("A - B - Why?\\n\\nWhy not?", "A - B - Why?", "Why?")
    False
    """
    position = document.find(trail)
    while position != -1:
        gap = _BLANK_LINES.match(document, position + len(trail))
        if (
            gap
            and document.startswith(title, gap.end())
            and _LINE_END.match(document, gap.end() + len(title))
        ):
            return True
        position = document.find(trail, position + 1)
    return False


@regex_rule(
    "boilerplate.blog-furniture",
    r"(?:(?<![ \t])[ \t]+)?Insert (?:picture|image) description here[ \t]*(?=\S|\Z)|(?<=\S)Copy the code(?=[ \t])",
    needs=["Insert picture description here", "Insert image description here", "Copy the code"],
)
def blog_furniture(match: regex.Match[str], context: Context) -> str:
    """A blog's image placeholder and copy button, translated into the text, are removed.

    CSDN's placeholder (在这里插入图片描述) comes in two wordings.

    >>> clean("The dashboard has three panels. Insert picture description here The left panel lists jobs.")
    'The dashboard has three panels. The left panel lists jobs.'
    >>> clean("The loop is below. Insert image description here Then run it.")
    'The loop is below. Then run it.'
    >>> clean("Set the timeout to 3000Copy the code and restart.")
    'Set the timeout to 3000 and restart.'
    >>> clean("Copy the code below into your shell.")
    'Copy the code below into your shell.'
    """
    return " " if match.group().startswith((" ", "\t")) and match.group().endswith((" ", "\t")) else ""


@regex_rule(
    "boilerplate.end-mark",
    r"(?:(?<![ \t])[ \t]+)?[(（](?:Finish|Finished|Full text ends|End of full text)[)）][ \t]*\Z",
    needs=["(Finish", "（Finish", "(Full text", "(End of full"],
)
def end_mark(match: regex.Match[str], context: Context) -> str:
    """The end mark of a Chinese news story (``（完）``, read as ``(Finish)``) is removed.

    >>> clean("No new cases were found, the commission said. (Finish)")
    'No new cases were found, the commission said.'
    >>> clean("The race (Finish) line was moved.")
    'The race (Finish) line was moved.'
    """
    return ""


@regex_rule(
    "boilerplate.script-tag",
    r"\A[ \t]*[\[【](?:Explanation|Commentary|Same [Pp]eriod|Simultaneous [Ss]ound|Live [Ss]ound)[\]】][ \t]*"
    r"|(?<=\p{L})[ \t]*[\[【]Weibo[\]】](?=[ \t]|[,.])",
    needs=[
        f"{tag}{end}" for tag in ("Explanation", "Commentary", "period", "sound", "Weibo") for end in "]】"
    ],
)
def script_tag(match: regex.Match[str], context: Context) -> str:
    """A broadcast script's tag (``[Explanation]``) or a profile link (``[Weibo]``) is removed.

    >>> clean("[Explanation] On Sunday, 60 patients left the hospital.")
    'On Sunday, 60 patients left the hospital.'
    >>> clean("Xiao Zhan [Weibo] will sing the theme song.")
    'Xiao Zhan will sing the theme song.'
    """
    return ""


@regex_rule(
    "boilerplate.photo-credit",
    r"[(（]Photo[ \t]*/[ \t]*(?:Reporter|reporter|Correspondent)[ \t]+(?P<name>[^()（）\n/]{2,40}?)[)）]",
    needs=["Photo/", "Photo /"],
)
def photo_credit(match: regex.Match[str], context: Context) -> str:
    """A photo credit calqued from ``（记者X/摄）`` reads as English credits do.

    >>> clean("Volunteers handed out tea. (Photo/Reporter Liu Fang)")
    'Volunteers handed out tea. (Photo: Liu Fang)'
    """
    return f"(Photo: {match['name']})"


@regex_rule(
    "boilerplate.byline",
    r"\A[ \t]*(?:Text|Wen|[Aa]uthor|Written by)[ \t]*[|丨｜/][ \t]*(?P<name>\p{Lu}[\p{L}.'’ -]{1,40}?)[ \t]*\Z",
    cue=r"\A[ \t]*(?:Text|Wen|[Aa]uthor|Written by)[ \t]*[|丨｜/]",
)
def byline(match: regex.Match[str], context: Context) -> str | None:
    """A byline calqued from ``文 | 张三`` (a paragraph of its own) reads ``By Zhang San``.

    >>> clean("Text |Lao Zhou")
    'By Lao Zhou'
    >>> clean("Written by/Gao Ming")
    'By Gao Ming'
    >>> clean("Text | Input")
    'Text | Input'

    ``Written by`` and ``Author`` are English labels too (a film's or a
    book's card: ``Written by | Vince Gilligan``): after them, only a name
    spelt in pinyin is a calqued byline.

    >>> clean("Written by | Vince Gilligan")
    'Written by | Vince Gilligan'
    """
    words = match["name"].split()
    if len(words) > 4 or any(word.lower() in _NOT_NAMES for word in words):
        return None
    label = match.group().lstrip(" \t")
    if label.startswith(("Written", "Author", "author")) and not all(scans_as_pinyin(word) for word in words):
        return None
    return f"By {match['name']}"


# Words of a menu, a label or a table's heading, never of a name: "Text | Input" is a form's
# field, "Author / Title" and "Written by / Directed by" are column headings.
_NOT_NAMES = frozenset(
    "input output box field size style editor font colour color area link image"
    " title year date publisher source name pages isbn by and the of for with to"
    " author authors translator translators illustrator illustrators editors director directors"
    " writer writers composer photographer photography".split()
)


# A name in a credit: one to three capitalised words, none of them a role.
_ROLES = r"(?:Author|Text|Editor in charge|Editor|Proofreader|Reviewer|Review|Typesetting|Layout|Planning)"
_NAME = rf"(?!{_ROLES}\b)\p{{Lu}}\p{{Ll}}+(?:[ \t]+(?!{_ROLES}\b)\p{{Lu}}\p{{Ll}}+){{0,2}}"


_CREDIT = regex.compile(rf"({_ROLES})[ \t]*[|丨｜][ \t]*({_NAME})")

# Roles English credits name otherwise: 文 is the author, 责任编辑 (the editor in charge) the editor.
_ROLE_IN_ENGLISH = {"Text": "Author", "Editor in charge": "Editor"}


@regex_rule(
    "boilerplate.credit-line",
    rf"(?P<credits>(?:{_ROLES}[ \t]*[|丨｜][ \t]*{_NAME}[ \t]*){{2,4}})\.?[ \t]*\Z",
    cue=r"(?:Author|Text|Editor|Proofreader|Review|Typesetting|Layout|Planning)[ \t]*[|丨｜]",
)
def credit_line(match: regex.Match[str], context: Context) -> str:
    """A run of credits calqued from ``作者|X 编辑|Y`` at a paragraph's end is written as English credits.

    >>> clean("This article first ran on a finance account. Author|Lin Yue Editor | Qian Hao.")
    'This article first ran on a finance account. Author: Lin Yue. Editor: Qian Hao.'
    >>> clean("Fields: Author | Title | Year")
    'Fields: Author | Title | Year'
    """
    pairs = _CREDIT.findall(match["credits"])
    return " ".join(f"{_ROLE_IN_ENGLISH.get(role, role)}: {name}." for role, name in pairs)


@regex_rule(
    "boilerplate.lone-credit",
    r"\A[ \t]*(?P<role>Editor in charge|Editor|Proofreader)[ \t]*[|丨｜][ \t]*"
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})[ \t]*\Z",
    needs=["Editor", "Proofreader"],
)
def lone_credit(match: regex.Match[str], context: Context) -> str | None:
    """A credit calqued from ``编辑|郑少娜`` on a line of its own reads as an English credit.

    Only before a name whose every word is pinyin: ``Editor | Code Style`` is a menu's path.

    >>> clean("Editor|Zheng Shaona")
    'Editor: Zheng Shaona'
    >>> clean("Editor | Code Style")
    'Editor | Code Style'
    """
    if not all(scans_as_pinyin(word) for word in match["name"].split()):
        return None
    return f"{_ROLE_IN_ENGLISH.get(match['role'], match['role'])}: {match['name']}"


@regex_rule(
    "boilerplate.proofread",
    rf"proofread(?<=[Ee]ditor[ \t]+{_NAME},[ \t]*proofread)(?=[ \t]+{_NAME}\.?[ \t]*\Z)",
    needs=["proofread"],
)
def proofread(match: regex.Match[str], context: Context) -> str:
    """The last of a paragraph's credits, ``编辑 X，校对 Y``, names the proofreader, not the verb.

    >>> clean("The company declined to comment. Reporter Wu Qing, editor Sun Tao, proofread Ma Lan")
    'The company declined to comment. Reporter Wu Qing, editor Sun Tao, proofreader Ma Lan'
    >>> clean("The chapter was written by Lin Yue, and the editor, Sun Tao, proofread it.")
    'The chapter was written by Lin Yue, and the editor, Sun Tao, proofread it.'
    """
    return "proofreader"


@regex_rule(
    "boilerplate.paper-byline",
    r"\A[ \t]*●[ \t]*(?P<paper>(?:\p{Lu}\p{Ll}+[ \t]+){0,3}(?:Post|Daily|News|Times|Herald|Weekly))"
    rf"[ \t]+(?:[Rr]eporters?[ \t]+)?(?P<name>(?!(?:Post|Daily|News|Times|Herald|Weekly)\b){_NAME})[ \t]*\Z",
    needs=["●"],
)
def paper_byline(match: regex.Match[str], context: Context) -> str:
    """A byline calqued from ``●北京晨报记者 赵琳`` (a paragraph of its own) reads ``By Zhao Lin, Beijing Morning Post``.

    >>> clean("● Beijing Morning Post Zhao Lin")
    'By Zhao Lin, Beijing Morning Post'
    >>> clean("● Beijing Morning Post: three stories on the new metro line")
    '● Beijing Morning Post: three stories on the new metro line'
    """
    return f"By {match['name']}, {match['paper']}"


_REPORTER = regex.compile(
    rf"(?:(?:[Ii]ntern|[Tt]rainee)[ \t]+)?(?:[Rr]eporter|[Cc]orrespondent)s?[ \t]+({_NAME})"
)


@regex_rule(
    "boilerplate.newspaper-dateline",
    r"\A[ \t]*(?:News from (?:our|this) newspaper|(?:Our|This) newspaper(?:'s)? news)[ \t]*"
    r"(?:[(（](?P<credit>[^()（）\n]{2,80})[)）][ \t]*)?(?=\p{Lu})",
    needs=["ur newspaper", "is newspaper"],
)
def newspaper_dateline(match: regex.Match[str], context: Context) -> str:
    """A dateline calqued from ``本报讯（记者 X）`` opening a story is written as a byline, or removed.

    >>> clean("News from our newspaper (intern reporter Sun Yue) The city will open 12 new kindergartens.")
    '(By Sun Yue) The city will open 12 new kindergartens.'
    >>> clean("News from our newspaper reached the village a week late.")
    'News from our newspaper reached the village a week late.'
    """
    credit = match["credit"]
    if credit is None:
        return ""
    names = _REPORTER.findall(credit)
    if not names or _REPORTER.sub("", credit).replace("and", "").strip(" \t,;、，"):
        return f"({credit}) "
    return f"(By {' and '.join(names)}) "


@regex_rule(
    "boilerplate.image-source",
    r"(?:Image|Picture|Photo) source[ \t]*[:：][ \t]*"
    r"(?:provided by the (?:author|interviewee)|(?:the )?[Ii]nternet|[Nn]etwork|Visual China)[ \t]+(?=\p{Lu})"
    r"(?<=[.!?。][ \t]+(?:Image|Picture|Photo) source[^\n]{1,60})",
    needs=["Image source", "Picture source", "Photo source"],
)
def image_source(match: regex.Match[str], context: Context) -> str:
    """An image credit (``图片来源：作者提供``) glued between two sentences of prose is removed.

    >>> clean("The dumplings look like purses. Image source: provided by the author Each one holds a shrimp.")
    'The dumplings look like purses. Each one holds a shrimp.'
    >>> clean("Image source: provided by the author")
    'Image source: provided by the author'
    """
    return ""


@regex_rule(
    "boilerplate.follow-prompt",
    r"\A[ \t]*Click[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?(?:above|blue[ \t]+words?(?:[ \t]+above)?)[ \t]*↑[^\n]{0,120}?"
    r"(?:add (?:a )?star|star ?mark|set (?:it |us )?as (?:a )?star|focus on|follow us)[^\n]{0,40}\Z",
    needs=["↑"],
)
def follow_prompt(match: regex.Match[str], context: Context) -> str:
    """A prompt to follow the account (``点击上方↑…关注，加星标！``), a paragraph of its own, is removed.

    Without the arrow, ``Click on the blue word above to follow us`` is the
    glossary's phrase ``follow us``.

    >>> clean('Click above↑"Auto Weekly"focus on, and add a star!\\n\\nThe price fell.')
    'The price fell.'
    >>> clean("Click above to see the full list of winners.")
    'Click above to see the full list of winners.'
    """
    return ""


#: A separator of a breadcrumb trail, as the page printed it.
_TRAIL_SEPARATOR = regex.compile(r"(?<![ \t])[ \t]*+(?:>>?|[＞»])[ \t]*+")


@regex_rule(
    "boilerplate.location-label",
    r"(?m)^(?P<indent>[ \t]*+)(?:[Yy]our[ \t]+(?:current[ \t]+)?|[Cc]urrent[ \t]+)(?:location|position)[ \t]*+[:：][ \t]*+"
    r"(?P<trail>(?:[Hh]ome(?:page)?|HOME|首页|网站首页)(?:[ \t]*+(?:>>?|[＞»])[ \t]*+[^\n>＞»]*[^\s>＞»])++)[ \t]*+$",
    needs=["location:", "location :", "location：", "position:", "position："],
)
def location_label(match: regex.Match[str], context: Context) -> str:
    """A trail of links calqued from ``当前位置：首页 > 新闻`` reads as English sites label it: ``You are here: Home > News``.

    Only a line that is the label and a trail from the home page: the title
    the trail may end with on the same line is the ``breadcrumb`` rule's.

    >>> clean("Your current location:Home >News\\n\\nThe plant passed its audit.")
    'You are here: Home > News\\n\\nThe plant passed its audit.'
    >>> clean("Current location: Home is where the heart is > everything else")
    'Current location: Home is where the heart is > everything else'
    """
    return f"{match['indent']}You are here: {_TRAIL_SEPARATOR.sub(' > ', match['trail'])}"


#: A date as pages print it: ``2021-07-01``, ``2021.07.01``, ``2021年7月1日``, ``Sep 22,2017``,
#: ``22 Sep 2017``, with a clock time after it at most (``2012-10-16 18:34``).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATE = (
    r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]*,[ \t]*\d{{4}}|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}})"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
)
#: The verb of a date label calqued from ``发布时间`` (``Release time``), and the English label it makes.
DATE_LABELS = {
    "Release": "Released",
    "Publish": "Published",
    "Publishing": "Published",
    "Issue": "Issued",
    "Post": "Posted",
    "Update": "Updated",
    "Add": "Added",
    "Upload": "Uploaded",
}
_LABEL_VERB = "|".join(
    f"[{verb[0]}{verb[0].lower()}]{verb[1:]}" for verb in sorted(DATE_LABELS, key=len, reverse=True)
)


@regex_rule(
    "boilerplate.date-label",
    rf"(?m)(?:^(?P<indent>[ \t]*+)|(?<=[ \t]{{2}}|[│|｜][ \t]*))(?P<verb>{_LABEL_VERB})[ \t]?[Tt]ime[ \t]*+[:：][ \t]*+"
    rf"(?:(?P<date>{_DATE})(?:[ \t]*+$|(?=[ \t]{{2}}|[ \t]*+[│|｜]))|(?P<below>)(?=\n[ \t]*+{_DATE}[ \t]*+$)|\Z)",
    needs=["ime:", "ime :", "ime：", "ime ："],
)
def date_label(match: regex.Match[str], context: Context) -> str | None:
    """A page's date line calqued from ``发布时间：`` (``Release time:2021-07-01``) reads as English labels do.

    Only a line that is the label and a date, or the label alone when the
    next line or paragraph is the date, or a field of a line of the page's
    details set apart by wide gaps or bars: ``release time`` is a drug's or
    a film's words in a sentence.

    >>> clean("Publish Time: 2021-07-01\\n\\nDo you know what your cat should eat?")
    'Published: 2021-07-01\\n\\nDo you know what your cat should eat?'
    >>> clean("Release time:\\n\\nSep 22,2017\\n\\nThe new plant opened.")
    'Released:\\n\\nSep 22,2017\\n\\nThe new plant opened.'
    >>> clean("Views: 12    Publish Time: 2023-09-25    Origin: Site")
    'Views: 12    Published: 2023-09-25    Origin: Site'
    >>> clean("Release time: 4 to 6 hours, so take one tablet in the morning.")
    'Release time: 4 to 6 hours, so take one tablet in the morning.'
    """
    label = DATE_LABELS[match["verb"].capitalize()]
    if match["date"] is not None:
        return f"{match['indent'] or ''}{label}: {match['date']}"
    if match["indent"] is None:
        return None
    if match["below"] is not None:
        return f"{match['indent']}{label}:"
    date_next = regex.compile(
        regex.escape(match.group()) + rf"[ \t]*\n(?:[ \t]*\n)+[ \t]*{_DATE}[ \t]*(?:\n|\Z)"
    )
    return f"{match['indent']}{label}:" if date_next.search(context.document) else None


@regex_rule(
    "boilerplate.glued-date-label",
    r"(?m)(?:^[ \t]*+|(?<=[ \t]{2}|[│|｜][ \t]*))(?P<label>(?:Release|Publish|Update|Issue)[ \t][Dd]ate|Date|Time)"
    rf"[:：](?P<date>{_DATE})(?=[ \t]*+$|[ \t]{{2}}|[ \t]*+[│|｜]|[ \t]++\p{{Lu}}\p{{Ll}}++[:：])",
    needs=["ate:", "ime:", "ate：", "ime："],
)
def glued_date_label(match: regex.Match[str], context: Context) -> str:
    """A page's date label glued to its date (``Time:2021-11-08 01:42``) gets the space after its colon.

    A capitalised label only: ``date:2021-01-01`` in lower case is a line
    of a configuration file or a log as often as a page's.

    >>> clean("Release date:2016-12-26")
    'Release date: 2016-12-26'
    >>> clean("date:2016-12-26")
    'date:2016-12-26'
    >>> clean("Time:10:30 and Date:2021 were the fields.")
    'Time:10:30 and Date:2021 were the fields.'
    """
    return f"{match['label']}: {match['date']}"


#: The salutation of a letter: ``Dear`` and one to six words (``Dear parents``, ``Dear Parents and Friends``).
_SALUTATION = r"Dear[ \t]+(?:[\p{L}'’.-]+[ \t]+){0,5}[\p{L}'’.-]+[ \t]*"
#: A salutation on a line of its own, with a colon or nothing after it, closing the previous paragraph.
_SALUTATION_BEFORE = regex.compile(rf"(?:\A|\n)[ \t]*{_SALUTATION}[:：]?[ \t]*\n(?:[ \t]*\n)+[ \t]*\Z")


@regex_rule(
    "boilerplate.letter-greeting",
    rf"(?<=\A[ \t]*{_SALUTATION}[:：])(?P<gap>[ \t]*(?:\n[ \t]*)?)Hello[ \t]*[!！](?P<after>[ \t]*(?:(?=\n)|\Z)|[ \t]+(?=\p{{Lu}}))"
    r"|\A[ \t]*Hello[ \t]*[!！][ \t]+(?=\p{Lu})",
    needs=["Hello!", "Hello！", "Hello !"],
)
def letter_greeting(match: regex.Match[str], context: Context) -> str | None:
    """A Chinese letter's greeting after the salutation (``家长您好！``, read as ``Hello!``) is removed.

    English letters go from ``Dear parents:`` straight to the body.  Only
    after a salutation with a colon on the same paragraph, or at the start
    of the paragraph that follows a salutation line ending in a colon or in
    nothing: ``Dear Santa,`` then ``Hello!`` is how a child writes.

    >>> clean("Dear parents:\\nHello!\\nThe school closes on Friday for the holiday.")
    'Dear parents:\\nThe school closes on Friday for the holiday.'
    >>> clean("Dear parents: Hello! The spring outing is on April 12.")
    'Dear parents: The spring outing is on April 12.'
    >>> clean("Dear Parents and Friends\\n\\nHello! The winter break starts on January 20.")
    'Dear Parents and Friends\\n\\nThe winter break starts on January 20.'
    >>> clean("Dear Santa,\\n\\nHello! I would like a red bike.")
    'Dear Santa,\\n\\nHello! I would like a red bike.'
    >>> clean("Hello! Welcome to the workshop.")
    'Hello! Welcome to the workshop.'

    A teacher who writes in the first person (``Hello! My name is``, ``Hello!
    I am``) greets the family herself; a school's notice speaks for the school.

    >>> clean("Dear Parents:\\nHello! My name is Ms. Lee, and I teach your child this year.")
    'Dear Parents:\\nHello! My name is Ms. Lee, and I teach your child this year.'
    """
    if _IN_THE_FIRST_PERSON.match(match.string, match.end()) is not None:
        return None
    if match["gap"] is None:
        return "" if _after_salutation(context.document, match.string) else None
    body_follows = match.end() < len(match.string) and match.string[match.end()] != "\n"
    if not body_follows:
        return ""
    return match["gap"][match["gap"].index("\n") :] if "\n" in match["gap"] else " "


#: A letter's body that opens in the first person singular: the writer's own greeting.
#: (Its spaces start at the edge of a run, so a search from each space of a long run stays linear.)
_IN_THE_FIRST_PERSON = regex.compile(
    r"(?:(?<![ \t])[ \t]++)?+(?:\n[ \t]*+)?+(?:I|I['’](?:m|ve|d|ll)|My|Me)\b"
)


def _after_salutation(document: str, paragraph: str) -> bool:
    """Whether ``paragraph`` stands in ``document`` right after a paragraph that is a salutation line.

    >>> _after_salutation("Dear parents:\\n\\nHello! The trip is on.", "Hello! The trip is on.")
    True
    >>> _after_salutation("Dear Tom,\\n\\nHello! The trip is on.", "Hello! The trip is on.")
    False
    """
    head = paragraph.lstrip(" \t")[:60]
    position = document.find(head)
    while position != -1:
        if _SALUTATION_BEFORE.search(document, max(0, position - 120), position):
            return True
        position = document.find(head, position + 1)
    return False


BOILERPLATE = Pass(
    "boilerplate",
    (
        breadcrumb_line,
        breadcrumb,
        blog_furniture,
        end_mark,
        script_tag,
        photo_credit,
        byline,
        credit_line,
        lone_credit,
        proofread,
        paper_byline,
        newspaper_dateline,
        image_source,
        follow_prompt,
        date_label,
        glued_date_label,
        location_label,
        letter_greeting,
    ),
    # Credits and datelines are matched with their brackets closed up, which
    # the punctuation pass does later (``( Photo / reporter X )``): the
    # pipeline checks that a changed paragraph gives them nothing more to do.
    settles=True,
)
