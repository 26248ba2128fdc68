"""Every rule is named, documented and carries examples that really use it."""

from __future__ import annotations

import pytest

import mtclean
from mtclean.passes import DEFAULT_PASSES, OPT_IN, all_rules

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
