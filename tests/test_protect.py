from __future__ import annotations

import pytest

import mtclean
from mtclean.protect import code_lines, find, find_numbers, inline_code


@pytest.mark.parametrize(
    "text, protected",
    [
        ("Visit https://example.com/a,b?x=1 , then", "https://example.com/a,b?x=1"),
        ("Mail jane.doe@example.org , please", "jane.doe@example.org"),
        ("Run `print(a , b)` now", "`print(a , b)`"),
        ("See [the docs](https://example.org/a_b) here", "https://example.org/a_b"),
        ('Use <a href="x , y"> tags', '<a href="x , y">'),
        ("Follow @renault_group , now", "@renault_group"),
        ("Tagged #Geely2021 , today", "#Geely2021"),
        ("Edit /etc/mtclean/rules.yaml , then", "/etc/mtclean/rules.yaml"),
        ("Open src/mtclean/cli.py , then", "src/mtclean/cli.py"),
        ("Open ~/notes , then", "~/notes"),
        ("Run C:\\Tools\\mt.exe , then", "C:\\Tools\\mt.exe"),
        ("A <!-- note , The --> here", "<!-- note , The -->"),
        ("Lynk &amp; Co , then", "&amp;"),
        ("See [docs](https://x.org/a_(b)) here", "https://x.org/a_(b)"),
        ("Run ``a ` b`` now", "``a ` b``"),
        ("WWW.EXAMPLE.COM/A , B", "WWW.EXAMPLE.COM/A"),
        ('Type digits such as "１２３" , not words', "１２３"),
        ("The mark “，” is full-width", "，"),
        ("Use '、' between items", "、"),
        ("Order at geely.com , then", "geely.com"),
        ("See jinan.gov.cn , then", "jinan.gov.cn"),
        ("Open report.csv , then", "report.csv"),
        ("Open 36kr.com , then", "36kr.com"),
        ("The full stop (句点, 。) is a circle", "(句点, 。)"),
        ("Its brackets (「」) mark speech", "(「」)"),
        ("、 Ideographic comma, which lists items", "、 Ideographic"),
    ],
)
def test_finds_the_protected_span(text: str, protected: str) -> None:
    start = text.index(protected)
    assert (start, start + len(protected)) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "The booming market , see `a , b` for details .",
        "The report , at https://example.com/x , is long .",
        "```\nprint(a , b)\ndict[ 'k' ]\n```",
    ],
)
def test_protected_text_survives_cleaning(text: str) -> None:
    cleaned = mtclean.clean(text)
    for start, end in find(text):
        assert text[start:end] in cleaned


def test_user_patterns_are_protected() -> None:
    pipeline = mtclean.Pipeline(protect=[r"KEEP , THIS"])
    assert pipeline.clean("It grew , KEEP , THIS , fine .") == "It grew, KEEP , THIS, fine."


@pytest.mark.parametrize(
    "text",
    [
        "He won the #1 spot , The race",  # a number, not a hashtag
        "C# and F# , The languages",
        "Use and/or , The choice",
        "About /kloc-0/0 stores opened .",  # garble the numbers pass repairs
        "The `unclosed code , The",
        "He said :“ the 1 , 2 plan ， works .”",  # a quotation of words, not of a character
    ],
)
def test_what_is_not_protected(text: str) -> None:
    spans = find(text)
    assert not any(
        " , " in text[start:end] or "，" in text[start:end] or text[start:end] in ("#1", "C#", "/kloc-0/0")
        for start, end in spans
    )


def test_numbers_with_separators_are_atomic() -> None:
    assert find_numbers("It cost 1,200 yuan at 10:30 , up 3.5%") == [(8, 13), (22, 27), (33, 36)]
    # a rule may rewrite a whole number but not cut into one
    assert mtclean.clean("Sales reached 1.2 100 million yuan .") == "Sales reached 120 million yuan."
    assert mtclean.clean("It rose 3.5 , The end .") == "It rose 3.5, the end."


def test_inline_code_pairs_runs_of_equal_length() -> None:
    text = "a `b` and ``c ` d`` and ` lone"
    assert [text[start:end] for start, end in inline_code(text)] == ["`b`", "``c ` d``"]


def test_an_unclosed_fence_protects_the_rest_of_the_paragraph() -> None:
    text = "Intro , The\n```\ncode , The\nmore , The"
    assert find(text) == [(text.index("```"), len(text))]


@pytest.mark.parametrize(
    "line",
    [
        "    , footer : Html msg",
        "12    , header",
        "view : Model -> Html Msg",
        "main :: IO ()",
        "13        { title : String",
        "    view model =",
        "12    type alias Page msg =",
        "            [ header model",
        "16        }",
        "x = {a; b}",
        "[ expression for name in sequence ]",
        '  File "<stdin>", line 3, in ?',
        "scores.append( total%7 )",
        "    console.log('Seats:', seats.length);",
        "(( seats > 40 ))",
        "[[ -f seats.txt ]] # a regular file",
    ],
)
def test_a_code_shaped_line_is_protected_whole(line: str) -> None:
    text = f"The listing:\n{line}\nIt is short."
    start = text.index(line)
    assert list(code_lines(text)) == [(start, start + len(line))]


@pytest.mark.parametrize(
    "text",
    [
        "The market is booming , The cooperation will grow .",
        "It covers batteries 、 Chips 、 Motors And other parts .",
        "Li Shufu once said : International situation is changing .",
        "editor : Zhang San",
        "    Geely Holding Group . meanwhile , Renault will grow .",
        "Sales rose\n, The plan grew .",
        "On 8 month 9 Japan ( Monday ) , the plant opened .",
        "The page ended with < / p > < p > tags .",
        "1 Japan 19\n2 Ireland 16",
        "Node.js ( the runtime ) is fast .",
        "[ Strong consistency ] is the goal .",
        "> > > The cooperation will grow .",
    ],
)
def test_garble_is_not_taken_for_code(text: str) -> None:
    assert list(code_lines(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Orders go through geely.com and lingke.cn now.",
        "The city posts its notices on jinan.gov.cn every week.",
        "The file jinan.csv holds the figures.",
    ],
)
def test_a_name_in_a_bare_domain_or_file_name_is_not_prose(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_sentence_glued_to_the_next_is_no_domain() -> None:
    assert find("It now holds all the shares.Previously, it held none.") == []


@pytest.mark.parametrize(
    "text",
    [
        # an interactive session: prompts, continuation lines and output
        ">>> Language.get('en-US').display_name('zh-Hans')\n'英语（美国）'",
        '    >>> def stem(word):\n    ...     """ Stem word to primitive form """',
        "In [2]: %timeit f(b'x')\n268 ns ± 24.1 ns per loop (mean ± std. dev. of 7 runs)",
        "$ mtclean --diff page.txt , then review",
        # an indented block with a line of code
        '    total = d["elapsed"] * (d["total"] or 0)\n    d.update(total_time=fmt(total) + " in total")',
        "    class MySpec:\n        A hook specification namespace .",
        '    for i in Bar(\n          range(9), ascii=" .oO0"):',
    ],
)
def test_code_sessions_and_indented_code_are_left_alone(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_listing_typed_at_the_prompt_comes_back_unchanged() -> None:
    text = (
        "The method strips the spaces around each name:\n"
        ">>> names = [' ada', ' lin ', 'bo ']\n"
        ">>> [name.strip() for name in names]  # one  pass\n"
        "['ada', 'lin', 'bo']\n"
        "A tuple needs its brackets:\n"
        ">>> [n, n*2 for n in range(3)]\n"
        '  File "<stdin>", line 1, in ?\n'
        "SyntaxError: invalid syntax\n"
        "The total is kept in a list:\n"
        "scores.append( total%7 )"
    )
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # Chinese-style indented prose, garbled: no line of code
        "    Geely Holding Group . meanwhile , Renault will grow .",
        "    The company said , The sales rose 5 % .\n    It plans to open 20 stores ( Beijing ) .",
        # an ellipsis is no continuation line without a prompt before it
        "... and then , The plan changed .",
    ],
)
def test_indented_or_elided_prose_is_not_taken_for_code(text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It covers batteries 、 Chips 、 Motors And other parts 。",
        "The deal with Renault （ Renault ） was signed 。",
        "Li said ： The market is booming 。",
    ],
)
def test_marks_used_in_garble_are_not_taken_for_mentioned_ones(text: str) -> None:
    assert find(text) == []


def test_a_page_about_punctuation_keeps_the_marks_it_names() -> None:
    text = (
        "Chinese ends a sentence with the full stop (句号, 。) and lists items with the pause mark (顿号, 、);"
        " titles sit in double angle brackets (书名号, 《》).\n"
        "、 The pause mark separates short items of a list.\n"
        "。 The full stop is a small circle, not a dot."
    )
    assert mtclean.clean(text) == text


def test_a_record_of_comma_separated_values_with_a_quoted_field_is_code() -> None:
    text = 'Rows:\n3,"Oak Lane"," spare key ",12\nAfter the rows , the note .'
    assert [text[start:end] for start, end in code_lines(text)] == ['3,"Oak Lane"," spare key ",12']
    assert mtclean.clean(text) == 'Rows:\n3,"Oak Lane"," spare key ",12\nAfter the rows, the note.'


@pytest.mark.parametrize(
    "line",
    ['He said, "we agree", and left.', 'The tag is "beta",not final', "a,b,c,d without quotes"],
)
def test_prose_with_a_quote_and_commas_is_no_record(line: str) -> None:
    assert list(code_lines(line)) == []


def test_a_shell_command_continued_with_backslashes_keeps_its_spaces() -> None:
    text = (
        "aws s3api put-object \\\n    --bucket-name  my-field-notes-bucket-west \\\n    --key notes/today.txt"
    )
    assert mtclean.clean(text) == text
