"""A Griffe extension that lets mkdocstrings render mtclean's docstrings as Markdown.

The docstrings are written for Python's ``help()`` and ``doctest``: Sphinx
roles (``:class:`Pipeline```), doctest examples (``>>> clean(...)``) and
literal blocks after ``::``.  Markdown would read ``>>>`` as nested quotes and
``[(...)]`` as a link, so this turns doctests into ``pycon`` code blocks and
roles into code before mkdocstrings renders them.  ``mkdocs.yml`` loads it.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:\w+:)?\w+:`~?(?:[\w.]*\.)?([^`]+)`")
_DOCTEST = re.compile(r"^(?P<indent>[ \t]*)>>> .*(?:\n(?P=indent)\S.*)*", re.M)


def markdown(docstring: str) -> str:
    """``docstring`` with doctests fenced as ``pycon`` and roles as code."""
    text = _ROLE.sub(r"`\1`", docstring)
    text = re.sub(r"(?<=\S)::$", ":", text, flags=re.M)
    return _DOCTEST.sub(lambda match: f"```pycon\n{match.group()}\n```", text)


class DocstringsAsMarkdown(griffe.Extension):
    """Rewrite every docstring once it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
