"""Page furniture MT translated as text: breadcrumbs, editor's tags, credits, copy buttons.

A Chinese page carries furniture around its article: a breadcrumb trail
(``当前位置``), a bracketed tag for the broadcast script (``【解说】``), an end
mark (``（完）``), a photo credit, a byline, and on blogging sites the labels
of buttons and image placeholders (``复制代码``, ``这里插入图片描述``).
Translated, these land inside the text as ``Current location - Home -
Recipes - How``, ``[Explanation] On Sunday``, ``(Finish)``, ``(Photo/Reporter
Liu Fang)``, ``Text |Lao Zhou``, ``3000Copy the code``.  Each rule matches
the translated label in the one place the page puts it (a paragraph's start
or end, glued to the code it followed), in words no English writer uses
there, and removes it or writes it as English news does.
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, Pass, regex_rule


@regex_rule(
    "boilerplate.breadcrumb",
    r"\A(?:Current|Your)[ \t]+(?:location|position)[ \t]*[:：]?[ \t]*[-—>＞»][ \t]*(?:[^\n]*?[ \t][-—>＞»][ \t]+)+",
    needs=["Current location", "Current position", "Your location", "Your position"],
)
def breadcrumb(match: regex.Match[str], context: Context) -> str:
    """A breadcrumb trail at the start of a paragraph is removed: the title stays.

    >>> clean("Current location - Recipe Network - Home cooking - How long should ribs stew?")
    'How long should ribs stew?'
    >>> clean("Your location matters: shops near the station sell more.")
    'Your location matters: shops near the station sell more.'
    """
    return ""


@regex_rule(
    "boilerplate.blog-furniture",
    r"(?:(?<![ \t])[ \t]+)?Insert picture description here[ \t]*(?=\S|\Z)|(?<=\S)Copy the code(?=[ \t])",
    needs=["Insert picture description here", "Copy the code"],
)
def blog_furniture(match: regex.Match[str], context: Context) -> str:
    """A blog's image placeholder and copy button, translated into the text, are removed.

    >>> clean("The dashboard has three panels. Insert picture description here The left panel lists jobs.")
    'The dashboard has three panels. The left panel lists jobs.'
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
    r"\A[ \t]*(?:Text|Wen|Author)[ \t]*[|丨｜/][ \t]*(?P<name>\p{Lu}[\p{L}.'’ -]{1,40}?)[ \t]*\Z",
    cue=r"\A[ \t]*(?:Text|Wen|Author)[ \t]*[|丨｜/]",
)
def byline(match: regex.Match[str], context: Context) -> str | None:
    """A byline calqued from ``文 | 张三`` (a paragraph of its own) reads ``By Zhang San``.

    >>> clean("Text |Lao Zhou")
    'By Lao Zhou'
    >>> clean("Text | Input")
    'Text | Input'
    """
    words = match["name"].split()
    if len(words) > 4 or any(word.lower() in _NOT_NAMES for word in words):
        return None
    return f"By {match['name']}"


# Words of a menu or a label, never of a name: "Text | Input" is a form's field.
_NOT_NAMES = frozenset("input output box field size style editor font colour color area link image".split())


BOILERPLATE = Pass("boilerplate", (breadcrumb, blog_furniture, end_mark, script_tag, photo_credit, byline))
