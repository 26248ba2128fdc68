"""Glossary entries: the data model, loading and the schema checks.

A glossary file is a YAML list of entries, one per name, term or phrase::

    - name: Haval                   # the official English form, written as is
      zh: 哈弗
      kind: brand
      wrong: [Hafu]                 # never ordinary English: replaced anywhere
      ambiguous: [Harvard]          # ordinary English: replaced with evidence only
      adjacent: [H6, H9, Jolion]    # evidence that must touch the rendering
      context: []                   # evidence anywhere in the same sentence
      examples:                     # each is run as a test
        - garbled: The Harvard H6 led the SUV chart again.
          clean: The Haval H6 led the SUV chart again.
      keep:                         # sentences that must come through unchanged
        - She taught at Harvard for ten years.
      source: https://...

``docs/glossary.md`` is the contributor's guide to this format.  Loading
keeps the line of every entry and of every value in it, so that errors (here,
and in ``mtclean glossary check``) name the file, the line and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def safe_load(text: str) -> Any:
    """Parse YAML as ``yaml.safe_load`` does, with libyaml's loader when PyYAML has it (ten times faster)."""
    return yaml.load(text, Loader=_Loader)


KINDS = ("brand", "company", "product", "app", "media", "person", "organisation", "place", "term", "phrase")
#: The kind each shipped file holds, by file stem.
FILE_KINDS = {
    "brands": "brand",
    "companies": "company",
    "products": "product",
    "apps": "app",
    "media": "media",
    "people": "person",
    "organisations": "organisation",
    "places": "place",
    "terms": "term",
    "phrases": "phrase",
}
#: Kinds that are names (not terms or phrases): their safe renderings match in
#: other casings, and their ambiguous ones may take evidence from the whole document.
NAME_KINDS = frozenset(KINDS) - {"term", "phrase"}
_REQUIRED = ("name", "kind", "wrong", "examples", "source")
LIST_FIELDS = (
    "wrong",
    "ambiguous",
    "in_lists",
    "context",
    "adjacent",
    "not_context",
    "not_before",
    "not_after",
    "keep",
)
_STRINGS = ("name", "kind", "zh", "plural", "source", "notes")
_KNOWN = frozenset((*_REQUIRED, *LIST_FIELDS, *_STRINGS, "variant"))


class GlossaryError(ValueError):
    """A glossary file that cannot be loaded; the message names file, line and entry."""


@dataclass(frozen=True)
class Problem:
    """One mistake in a glossary file, located for the contributor."""

    path: str
    line: int
    entry: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}"
        return f"{where}: {self.entry}: {self.message}" if self.entry else f"{where}: {self.message}"


@dataclass(frozen=True)
class Example:
    """A garbled sentence and what cleaning must make of it."""

    garbled: str
    clean: str


@dataclass(frozen=True)
class Entry:
    """One name, term or phrase and the wrong renderings MT makes of it.

    ``wrong`` renderings are replaced anywhere (word-bounded); ``ambiguous``
    ones only with evidence: an ``adjacent`` word touching the rendering (if
    any are listed), a ``context`` word in the same sentence (if any are
    listed), and, for a ``variant`` entry, other garble in the paragraph.
    ``in_lists`` renderings only as an item of a list beside a safe rendering
    of a name of the same kind and domain.
    ``not_context`` words in the sentence veto every rendering of the entry;
    ``not_before`` / ``not_after`` words right after / before a rendering do
    too.  ``plural`` is what a plural rendering of a term becomes.
    """

    name: str
    kind: str
    wrong: tuple[str, ...]
    ambiguous: tuple[str, ...] = ()
    #: Renderings of a name that are ordinary English words on their own (``Ideal`` for Li
    #: Auto): replaced only as a whole item of a list whose other items hold a safe rendering
    #: of a name of the same kind and domain (``Weilai, Xiaopeng and Ideal``).
    in_lists: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    adjacent: tuple[str, ...] = ()
    not_context: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    variant: bool = False
    plural: str = ""
    examples: tuple[Example, ...] = ()
    keep: tuple[str, ...] = ()
    zh: str = ""
    source: str = ""
    notes: str = ""
    path: str = ""
    line: int = 0
    #: The line of each value: ``("wrong", 0)`` → line of the first wrong rendering.
    lines: Mapping[tuple[str, int], int] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def renderings(self) -> tuple[str, ...]:
        """Every wrong rendering, safe ones first."""
        return self.wrong + self.ambiguous

    @property
    def origin(self) -> str:
        """``file:line (name)``, for messages."""
        return f"{self.path}:{self.line} ({self.name})"

    def line_of(self, field_name: str, index: int = 0) -> int:
        """The line of a value of this entry (the entry's line if unknown)."""
        return self.lines.get((field_name, index), self.line)

    def plural_renderings(self) -> frozenset[str]:
        """The renderings that are plurals of another rendering of this entry.

        A rendering is plural when dropping its ending (``s``, ``es``,
        ``ies`` → ``y``) gives another listed rendering, ignoring the case of
        the first letter: ``charging piles`` next to ``charging pile``.
        """
        listed = {_uncapitalise(rendering) for rendering in self.renderings}
        return frozenset(
            rendering
            for rendering in self.renderings
            if singular(rendering) != rendering and _uncapitalise(singular(rendering)) in listed
        )


def _uncapitalise(text: str) -> str:
    return text[:1].lower() + text[1:]


_LETTERS = re.compile(r"[^\W\d_]+")


def english_only(rendering: str) -> bool:
    """Whether ``rendering`` reads as English: a function word in it, or only English words and letters.

    English words are :func:`mtclean.words.english_words`; pinyin never
    holds ``the`` or ``of``, so a rendering with one is an English phrase.

    >>> english_only("Hero Alliance"), english_only("Led the g"), english_only("Lingke Automobile")
    (True, True, False)
    """
    from mtclean.words import FUNCTION_WORDS, english_words

    words = [word.lower() for word in _LETTERS.findall(rendering)]
    if any(word in FUNCTION_WORDS for word in words):
        return True
    known = english_words()
    return all(len(word) == 1 or word in known for word in words)


#: Fewer letters than this, and a safe rendering matches only as listed (``Ma``, ``Wei``).
_VARIANT_LETTERS = 4


def case_variants(rendering: str) -> dict[str, bool]:
    """The other casings a safe rendering of a name matches in, each with "mid-sentence only".

    A rendering with a word that is not English (pinyin: ``Lingke``,
    ``Extreme krypton``) also matches in lower case, in upper case, in
    title case (``Extreme Krypton``) and in sentence case (``Jingdong
    logistics``).  A rendering that reads as
    English (:func:`english_only`: ``Hero Alliance``) never matches in lower
    case, which is how English writes a phrase, and in sentence case
    (``Hero alliance``) only away from the start of a sentence or clause;
    it matches in upper case and in title case with or without a capital
    first letter (``hero Alliance``).  A rendering of fewer than four
    letters has no other casing.

    >>> case_variants("Lingke")
    {'lingke': False, 'LINGKE': False}
    >>> case_variants("Jingdong Logistics")
    {'jingdong logistics': False, 'JINGDONG LOGISTICS': False, 'Jingdong logistics': False}
    >>> case_variants("Hero Alliance")
    {'HERO ALLIANCE': False, 'hero Alliance': False, 'Hero alliance': True}
    >>> case_variants("Wei")
    {}
    """
    if sum(len(word) for word in _LETTERS.findall(rendering)) < _VARIANT_LETTERS:
        return {}
    lower = rendering.lower()
    title = " ".join(word[:1].upper() + word[1:] for word in rendering.split(" "))
    sentence = lower[:1].upper() + lower[1:]
    candidates = [(lower, False), (rendering.upper(), False), (title, False), (sentence, False)]
    if english_only(rendering):
        candidates = [
            (rendering.upper(), False),
            (title, False),
            (_uncapitalise(title), False),
            (sentence, True),
        ]
    variants: dict[str, bool] = {}
    for form, mid_sentence_only in candidates:
        if form != rendering:
            variants.setdefault(form, mid_sentence_only)
    return variants


_ONE_WORD_NAME = re.compile(r"[A-Za-z]{4,}")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")


def lower_case_variant(entry: Entry) -> str | None:
    """The official name in lower case, if it is a case variant to repair (``douyin``).

    MT writes pinyin and camel-case names in lower case (``douyin``,
    ``netease``), and English never writes such a word in lower case, so a
    one-word name of a company, brand, product, app, place or medium that is
    pinyin (:func:`mtclean.words.pinyin_name`) or camel case matches in lower
    case without being listed.  A name that English also writes as a word
    (``Lotus``), a Western name (``Audi``), a person's name and an acronym
    do not.

    >>> from mtclean.glossary.model import Entry
    >>> lower_case_variant(Entry(name="Douyin", kind="app", wrong=()))
    'douyin'
    >>> lower_case_variant(Entry(name="NetEase", kind="company", wrong=()))
    'netease'
    >>> [lower_case_variant(Entry(name=name, kind="brand", wrong=())) for name in ("Lotus", "Audi", "FAW", "vivo")]
    [None, None, None, None]
    """
    from mtclean.words import pinyin_name

    name = entry.name
    if entry.kind not in NAME_KINDS or entry.kind == "person" or _ONE_WORD_NAME.fullmatch(name) is None:
        return None
    # A casing-only place was listed as a place of China on purpose: that is the evidence the
    # tell letter stands for elsewhere (``Linyi``, ``Wuhan`` have none), not English is still needed.
    tell = not casing_only(entry)
    if name.isupper() or name.islower() or not (pinyin_name(name, tell=tell) or _CAMEL_CASE.search(name)):
        return None
    return name.lower()


def casing_only(entry: Entry) -> bool:
    """Whether ``entry`` is a place listed only so that its name in lower case is repaired.

    Such an entry (``wrong: []`` and no ``ambiguous``) lists no rendering:
    MT leaves the pinyin names of Chinese cities, provinces and districts in
    lower case (``linyi``, ``xuhui district``), and the entry's one repair is
    that casing (:func:`lower_case_variant`).

    >>> from mtclean.glossary.model import Entry
    >>> casing_only(Entry(name="Linyi", kind="place", wrong=())), lower_case_variant(Entry(name="Linyi", kind="place", wrong=()))
    (True, 'linyi')
    >>> casing_only(Entry(name="Linyi", kind="company", wrong=())), lower_case_variant(Entry(name="Linyi", kind="company", wrong=()))
    (False, None)
    """
    return entry.kind == "place" and not entry.wrong and not entry.ambiguous


def singular(rendering: str) -> str:
    """The singular a plural rendering would have (itself if it has none).

    >>> singular("charging piles"), singular("main engine factories"), singular("fuel car")
    ('charging pile', 'main engine factory', 'fuel car')
    """
    if rendering.endswith("ies"):
        return rendering[:-3] + "y"
    if rendering.endswith(("ches", "shes", "sses", "xes")):
        return rendering[:-2]
    if rendering.endswith("s") and not rendering.endswith("ss"):
        return rendering[:-1]
    return rendering


# --- reading YAML with the line of every node -------------------------------------------------------


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(node: yaml.Node) -> Any:
    """The value of a scalar node: str, bool or None (numbers are kept as text)."""
    if not isinstance(node, yaml.ScalarNode):
        return node
    if node.tag.endswith(":bool"):
        return node.value.lower() in ("true", "yes", "on")
    if node.tag.endswith(":null"):
        return None
    return node.value


class _Reader:
    """Turns the nodes of one entry into an :class:`Entry`, collecting problems."""

    def __init__(self, path: str, node: yaml.Node, problems: list[Problem]) -> None:
        self.path = path
        self.node = node
        self.problems = problems
        self.entry = ""
        self.lines: dict[tuple[str, int], int] = {}
        self.ok = True

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, self.entry, message))
        self.ok = False

    def strings(self, key: str, node: yaml.Node | None) -> tuple[str, ...]:
        if node is None:
            return ()
        if isinstance(node, yaml.ScalarNode) and _scalar(node) is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(_line(node), f"'{key}' must be a list of non-empty strings")
            return ()
        values = []
        for index, item in enumerate(node.value):
            value = _scalar(item)
            if not isinstance(value, str) or not value.strip():
                self.problem(_line(item), f"'{key}' must be a list of non-empty strings")
                continue
            if value != value.strip() or "\n" in value:
                self.problem(_line(item), f"{key} {value!r} has surrounding spaces or a line break")
            self.lines[(key, index)] = _line(item)
            values.append(value)
        return tuple(values)

    def string(self, key: str, node: yaml.Node | None) -> str:
        if node is None:
            return ""
        value = _scalar(node)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem(_line(node), f"'{key}' must be a string")
            return ""
        self.lines[(key, 0)] = _line(node)
        return value

    def examples(self, node: yaml.Node | None) -> tuple[Example, ...]:
        if node is None or not isinstance(node, yaml.SequenceNode):
            if node is not None and _scalar(node) is not None:
                self.problem(_line(node), "'examples' must be a list of {garbled, clean} pairs")
            return ()
        examples = []
        for index, item in enumerate(node.value):
            pair = {}
            if isinstance(item, yaml.MappingNode):
                pair = {_scalar(key): _scalar(value) for key, value in item.value}
            if set(pair) != {"garbled", "clean"} or not all(isinstance(v, str) for v in pair.values()):
                self.problem(_line(item), "each example needs exactly 'garbled' and 'clean' (strings)")
                continue
            self.lines[("examples", index)] = _line(item)
            examples.append(Example(pair["garbled"], pair["clean"]))
        return tuple(examples)

    def read(self) -> Entry | None:
        node = self.node
        if not isinstance(node, yaml.MappingNode):
            self.problem(_line(node), "an entry must be a mapping of fields")
            return None
        fields: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node))
            if key in fields:
                self.problem(_line(key_node), f"field '{key}' is given twice")
            fields[key] = value_node
        name = _scalar(fields["name"]) if "name" in fields else None
        if isinstance(name, str) and name.strip():
            self.entry = name
        for key in fields:
            if key not in _KNOWN:
                self.problem(_line(fields[key]), f"unknown field {key}")
        # A place listed only for the casing of its name (``wrong: []``, no ``ambiguous``:
        # :func:`casing_only`) needs no example: its repair is the one every such entry shares.
        casing_only_place = (
            "kind" in fields
            and _scalar(fields["kind"]) == "place"
            and "wrong" in fields
            and isinstance(fields["wrong"], yaml.SequenceNode)
            and not fields["wrong"].value
            and "ambiguous" not in fields
        )
        missing = [
            key for key in _REQUIRED if key not in fields and not (key == "examples" and casing_only_place)
        ]
        if missing:
            self.problem(_line(node), f"missing {', '.join(missing)}")
        if not isinstance(name, str) or not name.strip():
            if "name" in fields:
                self.problem(_line(fields["name"]), "'name' must be a non-empty string")
            return None
        kind = self.string("kind", fields.get("kind"))
        if "kind" in fields and kind not in KINDS:
            self.problem(_line(fields["kind"]), f"kind {kind!r} is not one of {', '.join(KINDS)}")
        lists = {key: self.strings(key, fields.get(key)) for key in LIST_FIELDS}
        strings = {key: self.string(key, fields.get(key)) for key in ("zh", "plural", "source", "notes")}
        variant = _scalar(fields["variant"]) if "variant" in fields else False
        if not isinstance(variant, bool):
            self.problem(_line(fields["variant"]), "'variant' must be true or false")
            variant = False
        examples = self.examples(fields.get("examples"))
        if "examples" in fields and not examples and self.ok:
            self.problem(_line(fields["examples"]), "at least one example is required")
        if "wrong" in fields and not lists["wrong"] and not lists["ambiguous"] and not casing_only_place:
            self.problem(_line(fields["wrong"]), "no wrong rendering in 'wrong' or 'ambiguous'")
        if lists["ambiguous"] and not (lists["context"] or lists["adjacent"]):
            self.problem(
                _line(fields["ambiguous"]), "ambiguous renderings need 'context' or 'adjacent' words"
            )
        if not self.ok:
            return None
        return Entry(
            name=name,
            kind=kind,
            wrong=lists["wrong"],
            ambiguous=lists["ambiguous"],
            in_lists=lists["in_lists"],
            context=lists["context"],
            adjacent=lists["adjacent"],
            not_context=lists["not_context"],
            not_before=lists["not_before"],
            not_after=lists["not_after"],
            variant=variant,
            plural=strings["plural"],
            examples=examples,
            keep=lists["keep"],
            zh=strings["zh"],
            source=strings["source"],
            notes=strings["notes"],
            path=self.path,
            line=_line(node),
            lines=self.lines,
        )


def read_file(path: Path) -> tuple[list[Entry], list[Problem]]:
    """The entries of one glossary file and the problems found reading it.

    An entry with a problem is left out of the returned entries.
    """
    problems: list[Problem] = []
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError) as error:
        return [], [Problem(str(path), 0, "", f"cannot read: {error}")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        return [], [Problem(str(path), line, "", f"not valid YAML: {getattr(error, 'problem', error)}")]
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        return [], [Problem(str(path), _line(root), "", "a glossary file must be a YAML list of entries")]
    entries = []
    for node in root.value:
        entry = _Reader(str(path), node, problems).read()
        if entry is not None:
            entries.append(entry)
    return entries, problems


def load_file(path: Path) -> Iterator[Entry]:
    """The entries of one glossary file.

    Raises :class:`GlossaryError` naming the file, line and entry on the
    first error.
    """
    entries, problems = read_file(path)
    if problems:
        raise GlossaryError(str(problems[0]))
    yield from entries


def load_files(paths: Iterable[Path], *, cached: bool = False) -> list[Entry]:
    """All entries of ``paths``, in order.

    With ``cached``, each file is read through :func:`mtclean.glossary.cache.load`:
    a compiled form kept in the user's cache directory while the file is unchanged.
    """
    if not cached:
        return [entry for path in paths for entry in load_file(path)]
    from mtclean.glossary.cache import load  # the cache module imports this one

    return [entry for path in paths for entry in load(path, lambda path: list(load_file(path)))]


#: The domains of the shipped glossary: ``data/<domain>/<kind file>.yaml``.
DOMAINS = (
    "cars",
    "phones",
    "internet",
    "games",
    "finance",
    "food",
    "programming",
    "health",
    "sport",
    "places",
    "news",
    "entertainment",
    "society",
)


def data_files() -> list[Path]:
    """The glossary files shipped with mtclean (every ``*.yaml`` below ``data/``)."""
    return sorted((Path(__file__).parent / "data").rglob("*.yaml"))


def domain_of(path: str) -> str:
    """The domain of a glossary file: the name of its folder under ``data/`` ("" if none).

    >>> domain_of("mtclean/glossary/data/games/products.yaml")
    'games'
    >>> domain_of("my-glossary.yaml")
    ''
    """
    parts = Path(path).parts
    if len(parts) >= 3 and parts[-3] == "data" and parts[-2] in DOMAINS:
        return parts[-2]
    return ""
