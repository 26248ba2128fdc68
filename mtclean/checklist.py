"""The real-garble checklist: items written from the survey of real MT pages.

The survey (``corpora/survey/<topic>.yaml``) records facts about real
machine-translated pages: which artifacts each page shows, by family.  The
checklist (``corpora/checklist/<topic>.yaml``) holds the team's own
paragraphs that reproduce each artifact seen there, one item per pattern::

    - family: names
      text: The millet SU7 sedan drew 50,000 orders in a day.
      span: millet SU7
      repairs: [Xiaomi SU7]

An item is **fixed** by a cleaner when the cleaned text contains one of the
``repairs`` and no longer contains the ``span`` (unless a repair contains
it).  ``mtclean eval`` reports the items fixed per family for mtclean and,
as anchors, for sacremoses' ``MosesDetokenizer`` and ``ftfy.fix_text``
(``docs/evaluation.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import regex
import yaml

#: The artifact families of the survey, in the order reports list them.
FAMILIES = (
    "names",
    "terms",
    "phrases",
    "spacing",
    "casing",
    "lists",
    "dates",
    "numbers",
    "quotes",
    "html",
    "split-tokens",
    "apostrophes",
    "chinese-punctuation",
    "double-space",
    "residual-cjk",
    "repeated-words",
    "flag-only",
)
#: Families with no safe automatic repair: surveyed, never in the checklist.
UNREPAIRABLE = frozenset({"flag-only"})
#: The styles of garbled page (``../TAXONOMY.md``): clause by clause, fluent, Q&A mirror.
STYLES = ("fragment", "fluent", "qa-mirror")


class ChecklistError(ValueError):
    """A checklist or survey file that does not follow its format; the message names the file."""


@dataclass(frozen=True)
class Item:
    """One checklist item: a paragraph, the garbled span in it and its acceptable repairs."""

    family: str
    text: str
    span: str
    repairs: tuple[str, ...]
    topic: str = ""

    def fixed(self, cleaned: str) -> bool:
        """Whether ``cleaned`` (this item's text after cleaning) repairs the span.

        >>> item = Item("names", "Lingke sold cars .", "Lingke", ("Lynk & Co",))
        >>> item.fixed("Lynk & Co sold cars."), item.fixed("Lingke sold cars.")
        (True, False)
        """
        if not any(repair in cleaned for repair in self.repairs):
            return False
        return self.span not in cleaned or any(self.span in repair for repair in self.repairs)


def _mapping_list(path: Path) -> list[dict[str, object]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ChecklistError(f"{path}: cannot read: {error}") from error
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ChecklistError(f"{path}: must be a YAML list of mappings")
    return data


def _strings(value: object) -> tuple[str, ...] | None:
    if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
        return tuple(value)
    return None


def read_items(path: Path) -> list[Item]:
    """The items of one checklist file, checked.

    Raises :class:`ChecklistError` naming the file and item on the first mistake.
    """
    items = []
    for number, data in enumerate(_mapping_list(path), 1):
        where = f"{path}: item {number}"
        family, text, span = data.get("family"), data.get("text"), data.get("span")
        repairs = _strings(data.get("repairs"))
        if set(data) - {"family", "text", "span", "repairs"}:
            raise ChecklistError(
                f"{where}: unknown fields {sorted(set(data) - {'family', 'text', 'span', 'repairs'})}"
            )
        if family not in FAMILIES or family in UNREPAIRABLE:
            raise ChecklistError(f"{where}: family {family!r} is not a repairable family")
        if not isinstance(text, str) or not isinstance(span, str) or not span.strip():
            raise ChecklistError(f"{where}: 'text' and 'span' must be non-empty strings")
        if text.count(span) != 1:
            raise ChecklistError(f"{where}: the span {span!r} must occur exactly once in the text")
        if repairs is None or span in repairs:
            raise ChecklistError(f"{where}: 'repairs' must list the corrected forms, not the span")
        items.append(Item(family, text, span, repairs, path.stem))
    return items


def load(root: Path) -> list[Item]:
    """Every item of the checklist files ``root/*.yaml``, in file order."""
    return [item for path in sorted(root.glob("*.yaml")) for item in read_items(path)]


def scores(items: Iterable[Item], clean: Callable[[str], str]) -> dict[str, tuple[int, int]]:
    """Items fixed and items in all, per family, when each text is cleaned by ``clean``.

    >>> items = [Item("spacing", "It rose .", " .", (".",)), Item("names", "Lingke won.", "Lingke", ("Lynk & Co",))]
    >>> scores(items, lambda text: text.replace(" .", "."))
    {'names': (0, 1), 'spacing': (1, 1)}
    """
    totals: dict[str, list[int]] = {}
    for item in items:
        counts = totals.setdefault(item.family, [0, 0])
        counts[0] += item.fixed(clean(item.text))
        counts[1] += 1
    return {family: (totals[family][0], totals[family][1]) for family in FAMILIES if family in totals}


def moses_detokenizer() -> Callable[[str], str] | None:
    """The ``MosesDetokenizer`` of sacremoses as a text cleaner (line by line), if installed."""
    try:
        from sacremoses import MosesDetokenizer
    except ImportError:
        return None
    detokenizer = MosesDetokenizer(lang="en")
    return lambda text: "\n".join(detokenizer.detokenize(line.split()) for line in text.split("\n"))


@dataclass(frozen=True)
class Artifact:
    """One artifact seen on a surveyed page: the span as seen (a few words), its family, its fix."""

    seen: str
    family: str
    correct: str
    source: str = ""


@dataclass(frozen=True)
class Page:
    """One surveyed real page: where it is, its topic and style, and what it shows."""

    url: str
    topic: str
    style: str
    artifacts: tuple[Artifact, ...]


#: The most words an artifact's ``seen`` may have: a fact about a page, never its prose.
SEEN_WORDS = 10
# A word: letters and digits (a run of Chinese characters is one), ``64.1`` is one.
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[.,]\p{N}+)*")


def _artifact(data: object, where: str) -> Artifact:
    if not isinstance(data, dict):
        raise ChecklistError(f"{where}: an artifact must be a mapping")
    seen, family, correct = data.get("seen"), data.get("family"), data.get("correct")
    source = data.get("source", "")
    if family not in FAMILIES:
        raise ChecklistError(f"{where}: family {family!r} is not one of {', '.join(FAMILIES)}")
    if not isinstance(seen, str) or not seen.strip() or len(_WORD.findall(seen)) > SEEN_WORDS:
        raise ChecklistError(f"{where}: 'seen' must be the artifact itself, 1 to {SEEN_WORDS} words")
    if not isinstance(correct, str) or not isinstance(source, str):
        raise ChecklistError(f"{where}: 'correct' and 'source' must be strings")
    if family in ("names", "terms") and not source.startswith(("https://", "http://")):
        raise ChecklistError(f"{where}: a {family} artifact needs the URL of its fact in 'source'")
    return Artifact(seen, family, correct, source)


def read_pages(path: Path) -> list[Page]:
    """The pages of one survey file (``corpora/survey/<topic>.yaml``), checked."""
    pages = []
    for number, data in enumerate(_mapping_list(path), 1):
        where = f"{path}: page {number}"
        url, style, artifacts = data.get("url"), data.get("style"), data.get("artifacts")
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise ChecklistError(f"{where}: 'url' must be the page's URL")
        if style not in STYLES:
            raise ChecklistError(f"{where}: style {style!r} is not one of {', '.join(STYLES)}")
        if not isinstance(artifacts, list) or not artifacts:
            raise ChecklistError(f"{where}: 'artifacts' must list what the page shows")
        found = tuple(_artifact(a, f"{where} ({url})") for a in artifacts)
        pages.append(Page(url, path.stem, style, found))
    return pages


def survey(root: Path) -> list[Page]:
    """Every page of the survey files ``root/*.yaml``."""
    return [page for path in sorted(root.glob("*.yaml")) for page in read_pages(path)]


def pages_per_family(pages: Iterable[Page]) -> dict[str, int]:
    """How many pages show each family (a page counts once per family).

    >>> page = Page("https://a", "cars", "fluent", (Artifact("geely", "names", "Geely", "https://b"),) * 2)
    >>> pages_per_family([page])
    {'names': 1}
    """
    counts: dict[str, int] = {}
    for page in pages:
        for family in {artifact.family for artifact in page.artifacts}:
            counts[family] = counts.get(family, 0) + 1
    return {family: counts[family] for family in FAMILIES if family in counts}
