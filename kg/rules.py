"""The rule registry (kg/data/rules.tsv): what each rule id means.

Every mention and relation mention carries the id of the rule that produced
it (`kg extract --json`, kg:rule in the graph); this is where an id is
explained.

>>> get_rule("official.title-name").type
'Official'
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.errors import UnknownRule
from kg.lexicon import builtin_table


@dataclass(frozen=True)
class Rule:
    id: str
    type: str          # the entity type or predicate the rule produces
    description: str


def rules() -> tuple[Rule, ...]:
    """All registered rules, in file order.

    >>> len({r.id for r in rules()}) == len(rules())
    True
    """
    return tuple(Rule(*row[:3]) for row in builtin_table("rules"))


def get_rule(rule_id: str) -> Rule:
    """One rule by id; `UnknownRule` names the id when it is not registered."""
    for r in rules():
        if r.id == rule_id:
            return r
    raise UnknownRule(f"unknown rule id {rule_id!r} (see `kg rules` for the list)")
