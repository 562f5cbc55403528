"""The rule registry (kg/data/rules.tsv) and `kg rules`."""
import re
import subprocess
import sys

from conftest import ROOT
from kg.model import ENTITY_TYPES, PREDICATES
from kg.rules import get_rule, rules

REGISTERED = {r.id for r in rules()}


def test_registry_rows_are_well_formed():
    ids = [r.id for r in rules()]
    assert len(ids) == len(set(ids)), "a rule id is listed twice"
    for r in rules():
        assert re.fullmatch(r"[a-z]+\.[a-z0-9-]+", r.id), r.id
        assert r.type in ENTITY_TYPES + PREDICATES + ("any",), (r.id, r.type)
        assert len(r.description) > 10, r.id


def test_every_rule_emitted_on_the_seeds_is_registered(seeds_result):
    emitted = {m.rule for x in seeds_result.extractions for m in x.mentions}
    emitted |= {r.rule for x in seeds_result.extractions for r in x.relations}
    emitted |= {r.rule for rel in seeds_result.relations for r in rel.evidence}
    assert len(emitted) >= 10          # the seeds exercise most rules
    assert sorted(emitted - REGISTERED) == []


def test_every_rule_in_the_graph_is_registered(seeds_result):
    from kg.rdf.namespace import KG
    in_graph = {str(o) for o in seeds_result.graph.objects(None, KG.rule)}
    assert in_graph and sorted(in_graph - REGISTERED) == []


def test_every_rule_id_in_the_code_is_registered():
    # rules the seeds never fire are caught here: any quoted "prefix.name"
    # string in kg/ whose prefix is a registered one
    prefixes = sorted({i.split(".")[0] for i in REGISTERED})
    pattern = re.compile(r"""["']((?:%s)\.[a-z0-9-]+)["']""" % "|".join(prefixes))
    found = {}
    for path in (ROOT / "kg").rglob("*.py"):
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(m.group(1), path.name)
    assert len(found) >= 10
    assert {k: v for k, v in found.items() if k not in REGISTERED} == {}


def test_type_matches_what_the_rule_produces(seeds_result):
    for x in seeds_result.extractions:
        for m in x.mentions:
            assert get_rule(m.rule).type in (m.type, "any"), m.rule
        for r in x.relations:
            assert get_rule(r.rule).type in (r.predicate, "any"), r.rule


def run_kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_cli_lists_every_rule():
    r = run_kg("rules")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["id", "type", "description"]
    assert [ln.split()[0] for ln in lines[1:]] == [x.id for x in rules()]


def test_cli_shows_one_rule():
    r = run_kg("rules", "rel.sign-cue")
    assert r.returncode == 0
    assert r.stdout.splitlines()[:2] == ["rel.sign-cue", "type: signsWith"]


def test_cli_unknown_rule_is_one_line_exit_1():
    r = run_kg("rules", "official.no-such-rule")
    assert r.returncode == 1
    assert r.stderr.strip() == ("kg: error: unknown rule id 'official.no-such-rule' "
                                "(see `kg rules` for the list)")
