"""Every rule is named, documented and carries examples that really use it."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import mtclean
from mtclean.glossary import load_glossary
from mtclean.passes import DEFAULT_PASSES, OPT_IN, all_rules
from mtclean.rules import RegexRule, Trigger, regex_rule

RULES = all_rules()


def cleaner(name: str) -> mtclean.Pipeline:
    """The default pipeline, with the rule ``name`` enabled if it is opt-in."""
    return mtclean.Pipeline(enable=[name]) if name in OPT_IN else mtclean.Pipeline()


def test_rule_names_are_unique_and_belong_to_their_pass() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for pass_ in DEFAULT_PASSES:
        for rule in pass_.rules:
            assert rule.name.startswith(pass_.name + ".") or pass_.name == "glossary"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_rule_has_a_summary(rule: mtclean.Rule) -> None:
    assert rule.summary


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_rule_has_an_example_that_fires_it(rule: mtclean.Rule) -> None:
    changed = [(before, after) for before, after in rule.examples if before != after]
    assert changed, f"{rule.name} has no before → after example"
    fired = any(
        rule.name in {c.rule for c in cleaner(rule.name).explain(before).changes} for before, _ in changed
    )
    assert fired, f"none of the examples of {rule.name} is fixed by {rule.name}"


EXAMPLES = [(rule.name, before, after) for rule in RULES for before, after in rule.examples]


def test_the_rules_carry_examples() -> None:
    assert len(EXAMPLES) >= len(RULES)


@pytest.mark.parametrize("name, before, after", EXAMPLES, ids=[f"{n}:{b[:30]}" for n, b, _ in EXAMPLES])
def test_every_docstring_example_is_exactly_what_clean_does(name: str, before: str, after: str) -> None:
    # Rule objects are not functions, so pytest's doctest collection never sees
    # their docstrings: this runs them.
    assert cleaner(name).clean(before) == after


@pytest.mark.parametrize("pass_", DEFAULT_PASSES, ids=lambda p: p.name)
def test_passes_survive_pickling_with_their_rules(pass_: mtclean.Pass) -> None:
    copy = pickle.loads(pickle.dumps(pass_))
    assert copy == pass_
    assert all(a is b for a, b in zip(copy.rules, pass_.rules, strict=True) if isinstance(a, RegexRule))


def test_a_rule_made_inside_a_function_cannot_be_pickled_and_says_why() -> None:
    @regex_rule("local.rule", "x")
    def local(match: object, context: object) -> str:
        """Not reachable from its module."""
        return "y"

    with pytest.raises(pickle.PicklingError, match=r"'local.rule' is not a module-level name"):
        pickle.dumps(local)


def test_a_pass_runs_no_rule_when_the_paragraph_has_none_of_their_triggers() -> None:
    calls = []

    def replace(match: object, context: object) -> str:
        calls.append(match)
        return "y"

    rule = RegexRule("t.x", "", "x", replace, needs=("x!",))
    pass_ = mtclean.Pass("t", (rule,))
    context = mtclean.Context(load_glossary())
    assert pass_.find("x x x", context) == []
    assert [edit.replacement for edit in pass_.find("x!", context)] == ["y"]
    assert len(calls) == 1


GATED = [rule for rule in RULES if isinstance(rule, RegexRule) and rule.trigger is not None]
CORPUS = [
    paragraph
    for path in sorted(Path(__file__).parent.parent.glob("corpora/*/*.txt"))
    for paragraph in path.read_text(encoding="utf-8").split("\n\n")
] + [text for rule in RULES for pair in rule.examples for text in pair]


def _would_edit(rule: RegexRule, text: str) -> bool:
    """Whether ``rule`` would propose an edit to ``text`` if its trigger were not asked."""
    context = mtclean.Context(load_glossary())
    return any(
        rule.replace(match, context) not in (None, match.group()) for match in rule.pattern.finditer(text)
    )


@pytest.mark.parametrize("rule", GATED, ids=lambda rule: rule.name)
def test_a_rules_trigger_is_found_wherever_it_would_edit(rule: RegexRule) -> None:
    assert rule.trigger is not None
    for text in CORPUS:
        if _would_edit(rule, text):
            assert rule.trigger.found(text), text


ALSO_GATED = [rule for rule in RULES if isinstance(rule, RegexRule) and rule.also_trigger is not None]


@pytest.mark.parametrize("rule", ALSO_GATED, ids=lambda rule: rule.name)
def test_a_rules_second_gate_is_found_wherever_it_would_edit(rule: RegexRule) -> None:
    assert rule.also_trigger is not None
    for text in CORPUS:
        for variant in (text, text.upper(), text.lower(), text.replace(" ", "\t")):
            if _would_edit(rule, variant):
                assert rule.also_trigger.found(variant), variant


# The words the apostrophe rules edit, in three cases, with what may stand around them.
_CONTRACTIONS = st.tuples(
    st.sampled_from(["", "We ", "x", "'", "-", "é", ", ", "the ", "I "]),
    st.sampled_from(
        "dont doesnt didnt isnt wasnt arent werent hasnt havent hadnt couldnt wouldnt shouldnt mustnt neednt"
        " cant wont youre youve youll youd theyre theyve theyll theyd weve Ive Im thats whats theres heres whos"
        " its".split()
    ),
    st.sampled_from(["upper", "lower", "title", "swapcase", "same"]),
    st.sampled_from(["", " a", " not", " wait", " sure", "x", "'", "-", "é", " ,", " the"]),
    st.sampled_from(["", " , and .", " 。"]),
).map(lambda t: t[0] + (t[1] if t[2] == "same" else getattr(t[1], t[2])()) + t[3] + t[4])


@pytest.mark.parametrize("rule", ALSO_GATED, ids=lambda rule: rule.name)
@given(text=_CONTRACTIONS)
def test_a_second_gate_is_found_wherever_its_rule_would_edit_any_case(rule: RegexRule, text: str) -> None:
    assert rule.also_trigger is not None
    if _would_edit(rule, text):
        assert rule.also_trigger.found(text), text


TRIGGERS = [
    (owner.name, owner.trigger)
    for owner in [*DEFAULT_PASSES, *GATED]
    if owner.trigger is not None and (owner.trigger.cues or owner.trigger.needles)
]


def _found_one_by_one(trigger: Trigger, text: str) -> bool:
    """What ``trigger.found`` answers, asked of each needle with ``in`` and each cue on its own."""
    spaced = text.replace("\t", " ")
    needles = any(needle.replace("\t", " ") in spaced for needle in trigger.needles)
    return needles or any(cue.search(text) is not None for cue in trigger.cues)


@pytest.mark.parametrize(("name", "trigger"), TRIGGERS, ids=[name for name, _ in TRIGGERS])
def test_a_trigger_answers_as_its_needles_and_cues_one_by_one(name: str, trigger: Trigger) -> None:
    # Needles grouped by the character they open with, cues that open with the same one joined.
    for text in CORPUS:
        assert trigger.found(text) == _found_one_by_one(trigger, text), text


# Texts built like what the rules with a cue look for (numbers split at a
# point or a colon, doubled marks), with noise around them.
_NOISE = st.text(alphabet=" \t.,;:!%a1", max_size=4)
_CUE_TEXTS = st.tuples(
    _NOISE,
    st.sampled_from(["", "at ", "rose by ", "from ", "page ", "Step "]),
    st.sampled_from(["4", "12", "123", "2021"]),
    st.sampled_from([".", " .", ". ", " . ", ":", ": ", " :", " : ", "\t:\t", ", ", " , ."]),
    st.sampled_from(["3", "30", "15", "5"]),
    st.sampled_from(["", " pm", " percent", "%", " times", ",", " .", " , ;"]),
    _NOISE,
).map("".join)


@pytest.mark.parametrize("rule", [rule for rule in GATED if rule.cue], ids=lambda rule: rule.name)
@given(text=_CUE_TEXTS)
def test_a_cue_is_found_wherever_its_rule_would_edit(rule: RegexRule, text: str) -> None:
    assert rule.trigger is not None
    if _would_edit(rule, text):
        assert rule.trigger.found(text)


@pytest.mark.parametrize("rule", [rule for rule in GATED if rule.needs], ids=lambda rule: rule.name)
def test_a_rules_trigger_is_found_where_tabs_stand_for_its_spaces(rule: RegexRule) -> None:
    # The patterns accept [ \t] wherever a needle has a space.
    assert rule.trigger is not None
    for text in CORPUS:
        tabbed = text.replace(" ", "\t")
        if _would_edit(rule, tabbed):
            assert rule.trigger.found(tabbed), tabbed


# Needles and texts from a small alphabet of the kinds of characters the
# needles hold (marks, digits, capitals, rare and common letters, spaces, tabs).
_NEEDLE_ALPHABET = " \t,.:(“、1Yzqetn"


@example(needles=[",\t"], text=", ")
@example(needles=["e\t"], text="e ")
@given(
    needles=st.lists(st.text(alphabet=_NEEDLE_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=6),
    text=st.text(alphabet=_NEEDLE_ALPHABET, max_size=30),
)
def test_a_trigger_finds_a_needle_exactly_where_in_does(needles: list[str], text: str) -> None:
    # The needles with a rare character are one pattern; the answer must be
    # that of ``in`` on the text with its tabs read as spaces.
    haystack = text.replace("\t", " ")
    expected = any(needle.replace("\t", " ") in haystack for needle in needles)
    assert Trigger.of(needs=needles).found(text) == expected


# Stops, spaces and letters of every kind around them: what casing.sentence-start's second
# gate (a stop, spaces, then a lower-case letter) must find wherever the rule capitalises.
_STOP_TEXTS = st.text(alphabet=" \t\n.!?。！？,aéßǆµZÉ1_中", max_size=14).map(lambda text: "Word " + text)


@given(text=_STOP_TEXTS)
def test_the_sentence_start_gate_is_found_wherever_its_rule_would_edit(text: str) -> None:
    rule = next(rule for rule in ALSO_GATED if rule.name == "casing.sentence-start")
    assert rule.also_trigger is not None
    if _would_edit(rule, text):
        assert rule.also_trigger.found(text), text
