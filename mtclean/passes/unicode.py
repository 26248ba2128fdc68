"""Unicode repairs, done by ftfy.

Mojibake (``cafÃ©`` → ``café``) and full-width letters and digits (``ＣＭＡ``
→ ``CMA``); Chinese punctuation read byte by byte in a Western code page
(``Farmers¡¯`` → ``Farmers’``), which ftfy does not repair, by a table.  ftfy is configured never to change what is already right:
curly quotes, HTML entities, line breaks, control characters and the
normalisation form are left as they are.  ftfy only runs on paragraphs where
it can find something to fix (:func:`may_need_ftfy`): most English text,
with its curly quotes and dashes, never pays for it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache
from typing import TYPE_CHECKING

import regex

from mtclean.edits import Edit
from mtclean.rules import Context, Pass, Rule, regex_rule

if TYPE_CHECKING:
    import ftfy


@cache
def _config() -> ftfy.TextFixerConfig:
    """Ftfy's settings for this pass (ftfy is imported on first need: most text never needs it)."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


MOJIBAKE = Rule(
    "unicode.mojibake",
    """Text decoded with the wrong encoding is repaired by ftfy.

    >>> clean("Renault and CitroÃ«n")
    'Renault and Citroën'
    """,
)


# Besides mojibake, what ftfy changes under _config(): C1 control characters,
# surrogates, and a line that starts with a mojibake "Ã " or "Â " (which its
# mojibake test only sees at the start of the text, and ftfy fixes line by line).
_OTHER_FIXES = regex.compile(r"[\x80-\x9f\ud800-\udfff]|^[ÃÂ] ", regex.MULTILINE)
# Every pattern of ftfy's mojibake test needs two non-ASCII characters in a
# row, not both of them marks that English and Chinese run together (an
# ellipsis ``……``, a dash ``——``, curly quotes, a middle dot, Chinese
# characters and punctuation, full-width forms), or one of these
# (tests/passes/test_unicode.py checks it against ftfy's own pattern): most
# English, with a lone curly quote or dash, has neither, and text that quotes
# Chinese or trails off in ``……`` is not asked ftfy's test for nothing.
_RUN_TOGETHER = "…—–―’‘“”·\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_SUSPECT = regex.compile(
    rf"[^\x00-\x7f{_RUN_TOGETHER}][^\x00-\x7f]|[^\x00-\x7f][^\x00-\x7f{_RUN_TOGETHER}]"
    r"|[ŒœÃÂ\x80-\x9f\ud800-\udfff]"
)


_LINE_BREAK = regex.compile(r"\n")


def may_need_ftfy(text: str) -> bool:
    """Whether ``ftfy.fix_text`` could change ``text`` under this pass's configuration.

    ftfy itself first asks :func:`ftfy.badness.is_bad` before it tries to
    repair an encoding; a cheaper necessary condition, then that question
    asked once for the whole paragraph, spare most paragraphs its setup.

    >>> may_need_ftfy("“Quoted” — fine"), may_need_ftfy("CitroÃ«n")
    (False, True)
    """
    if text.isascii() or _SUSPECT.search(text) is None:
        return False
    from ftfy.badness import is_bad

    return is_bad(text) or _OTHER_FIXES.search(text) is not None


def find_mojibake(text: str, context: Context) -> Iterator[Edit]:
    """The edits that turn ``text`` into what ``ftfy.fix_text`` makes of it."""
    if not may_need_ftfy(text):
        return
    import ftfy

    fixed = ftfy.fix_text(text, _config())
    if fixed == text:
        return
    # One edit per line, from its first change to its last: ftfy repairs a
    # line as a whole, and a line's repairs only make sense together (if a
    # protected span drops one of them, the rest must go too, or a second run
    # repairs the half-repaired line differently and text is duplicated).
    breaks = [match.start() for match in _LINE_BREAK.finditer(text)]
    changed: dict[int, list[int]] = {}
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, text, fixed, autojunk=False).get_opcodes():
        if tag != "equal":
            span = changed.setdefault(bisect_left(breaks, i1), [i1, i2, j1, j2])
            span[1:] = [i2, span[2], j2]
    for i1, i2, j1, j2 in changed.values():
        yield Edit(i1, i2, fixed[j1:j2], MOJIBAKE.name)


@regex_rule("unicode.full-width", r"[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+")
def full_width(match: regex.Match[str], context: Context) -> str:
    """Full-width letters and digits become ASCII (ftfy's width fix).

    >>> clean("the ＣＭＡ architecture")
    'the CMA architecture'
    """
    from ftfy.fixes import fix_character_width

    return str(fix_character_width(match.group()))


# Chinese punctuation whose two GBK bytes a page read one by one in Latin-1
# (or Windows-1252, the same at these bytes) or, for the curly double quotes,
# in the DOS code page 437.  ftfy repairs UTF-8 read wrongly, not GBK.  No
# pair is English: an inverted exclamation mark, a pound sign or a diaeresis
# before a raised sign, a box-drawing shade after an accented i.
# The signs of a measure too (``4.7 ¡Á 10``, ``25¡ãC``); a multiplication sign and
# the rest only where no letter follows: Spanish opens a cry with a capital (``¡Ándale!``).
_GBK_MARKS = "“”‘’—…–、，：；（）《》·×÷±°"
_GBK_MOJIBAKE = {
    **{mark.encode("gbk").decode("latin-1"): mark for mark in _GBK_MARKS},
    **{mark.encode("gbk").decode("cp437"): mark for mark in "“”"},
}


@regex_rule(
    "unicode.gbk-punctuation",
    r"[¡£¨í][°±®¯ª\xad¢¶·¤¬º»¨©C░▒]|¡[ÁÂÀ](?!\p{L})|¡ã",
    needs=["¡", "£", "¨", "í"],
)
def gbk_punctuation(match: regex.Match[str], context: Context) -> str | None:
    """Chinese punctuation read byte by byte in a Western code page becomes the mark it was.

    ``Farmers¡¯ Adoption`` → ``Farmers’ Adoption``, ``pp. 550¨C558`` →
    ``pp. 550–558``, ``í░elixirí▒`` → ``“elixir”``.

    >>> clean("The survey asked about farmers¡¯ adoption (pp. 550¨C558).")
    'The survey asked about farmers’ adoption (pp. 550–558).'
    >>> clean("Tickets cost £10 (about ¥90), and ¡Hola! was the show's title.")
    "Tickets cost £10 (about ¥90), and ¡Hola! was the show's title."

    The signs of a measure come back as well, where no word follows.

    >>> clean("The field covers about 4.7 ¡Á 10 hectares at 25¡ãC, and ¡Ándale! is a cry.")
    'The field covers about 4.7 × 10 hectares at 25°C, and ¡Ándale! is a cry.'
    """
    return _GBK_MOJIBAKE.get(match.group())


def _find(text: str, context: Context) -> Iterator[Edit]:
    if text.isascii():  # no mojibake and no full-width form (a flag lookup, not a scan)
        return
    yield from find_mojibake(text, context)
    yield from full_width.find(text, context)
    yield from gbk_punctuation.find(text, context)


UNICODE = Pass("unicode", (MOJIBAKE, full_width, gbk_punctuation), finder=_find, settles=True)
