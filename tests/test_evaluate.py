"""`kg eval`: the project's scorer, on hand-made gold files and graphs, and
its agreement with the shared scorer on a build of the seeds."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED, need, shared_scorer
from kg.errors import EvalError
from kg.evaluate import (evaluate, form_similarity, format_report, load_gold, load_turtle,
                         match_one_to_one, score)

PREFIXES = """@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix x: <https://example.org/x/> .
"""


def gold_dir(tmp_path, *docs):
    """Write each gold object to its own file; returns the folder."""
    d = tmp_path / "gold"
    d.mkdir(exist_ok=True)
    for i, doc in enumerate(docs):
        doc = {"doc": f"d{i}.txt", **doc}
        (d / f"d{i}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return d


def ttl_file(tmp_path, body, name="kg.ttl"):
    p = tmp_path / name
    p.write_text(PREFIXES + body, encoding="utf-8")
    return p


def run_score(tmp_path, gold, ttl):
    return evaluate(gold_dir(tmp_path, *gold), ttl_file(tmp_path, ttl))


# ------------------------------------------------------------ string rules

def test_lenient_needs_ratio_and_four_characters():
    assert form_similarity("青禾智能装备产业园", "青禾智能装备产业园区", True) == pytest.approx(0.9)
    assert form_similarity("青禾智能装备产业园", "青禾智能装备产业园区", False) == 0.0
    # 5/9 < 0.6: contained but too short a part of the longer name
    assert form_similarity("青禾产业园", "青禾智能装备产业园", True) == 0.0
    # ratio 0.75 but only 3 characters
    assert form_similarity("林振东", "林振东华", True) == 0.0
    # not a substring
    assert form_similarity("青禾智能装备", "青禾智造装备园", True) == 0.0


def test_quotes_spaces_and_bracket_width_are_ignored(tmp_path):
    res = run_score(tmp_path, [{"entities": [{"type": "Goal", "name": "“青禾”工程（一期）"}]}],
                    'x:g1 a kg:Goal ; rdfs:label "青禾 工程(一期)"@zh .\n')
    assert res["entities"]["Goal"]["strict"]["tp"] == 1


def test_one_to_one_moves_a_holder_to_free_a_match():
    # left 0 prefers right 0 but can take 1; left 1 can only take 0
    assert match_one_to_one({0: [(1.0, 0), (0.7, 1)], 1: [(0.9, 0)]}) == {0: 1, 1: 0}
    # two candidates for one right item: one pair only, the better one
    assert match_one_to_one({0: [(0.8, 0)], 1: [(1.0, 0)]}) == {1: 0}


def test_one_to_one_long_chain_needs_no_recursion():
    n = 3000   # each left item i can take i or i+1; best first is i+1 for all but the last
    cands = {i: [(1.0, i + 1), (0.9, i)] for i in range(n - 1)}
    cands[n - 1] = [(1.0, n - 1)]
    assert len(match_one_to_one(cands)) == n


# ------------------------------------------------------------------ entities

def test_exact_and_lenient_entity_matches(tmp_path):
    res = run_score(tmp_path, [{"entities": [
        {"type": "Company", "name": "青禾投资有限公司"},
        {"type": "Project", "name": "青禾智能装备产业园"},
        {"type": "Project", "name": "澄江数字港"}]}], """
x:c1 a kg:Company ; rdfs:label "青禾投资有限公司"@zh .
x:p1 a kg:Project ; rdfs:label "青禾智能装备产业园区"@zh .
x:p2 a kg:Project ; rdfs:label "数字港"@zh .
""")
    comp, proj = res["entities"]["Company"], res["entities"]["Project"]
    assert comp["strict"]["tp"] == comp["lenient"]["tp"] == 1
    assert proj["gold"] == 2 and proj["pred"] == 2
    assert proj["strict"]["tp"] == 0
    assert proj["lenient"]["tp"] == 1          # 数字港: 3 characters, never lenient
    assert res["errors"]["entities"]["Project"]["false_positives"] == [["数字港"]]
    assert res["errors"]["entities"]["Project"]["lenient_only"] == [
        [["青禾智能装备产业园区"], ["青禾智能装备产业园"]]]
    assert res["entities"]["overall"]["lenient"]["tp"] == 2


def test_match_is_one_to_one(tmp_path):
    res = run_score(tmp_path, [{"entities": [
        {"type": "Company", "name": "青禾投资有限公司", "aliases": ["青禾投资"]}]}], """
x:c1 a kg:Company ; rdfs:label "青禾投资有限公司"@zh .
x:c2 a kg:Company ; rdfs:label "青禾投资"@zh .
""")
    row = res["entities"]["Company"]
    assert row["strict"]["tp"] == 1 and row["pred"] == 2
    assert row["strict"]["precision"] == 0.5 and row["strict"]["recall"] == 1.0


def test_alias_in_one_file_merges_with_name_in_another(tmp_path):
    gold = gold_dir(tmp_path,
                    {"entities": [{"type": "Company", "name": "青禾投资"}]},
                    {"entities": [{"type": "Company", "name": "青禾投资有限公司",
                                   "aliases": ["青禾投资"]}]},
                    {"entities": [{"type": "Project", "name": "青禾投资"}]})   # other type
    side = load_gold(gold)
    companies = [e for e in side.entities if e.type == "Company"]
    assert [(e.name, sorted(e.forms)) for e in companies] == [
        ("青禾投资有限公司", ["青禾投资", "青禾投资有限公司"])]
    assert len(side.entities) == 2
    assert any("merged Company 青禾投资有限公司 = 青禾投资" in w for w in side.warnings)


def test_official_title_found_on_membership_node(tmp_path):
    res = run_score(tmp_path, [{"entities": [
        {"type": "Official", "name": "林振东", "titles": ["澄江县委书记", "县长"]}]}], """
x:o1 a kg:Official ; rdfs:label "林振东"@zh ; org:hasMembership x:m1 .
x:m1 a org:Membership ; org:member x:o1 ; kg:postTitle "澄江县委书记"@zh .
""")
    t = res["official_titles"]
    assert (t["found"], t["gold_titles"], t["matched_officials_with_titles"]) == (1, 2, 1)
    assert res["errors"]["titles"] == [{"official": "林振东", "gold_title": "县长",
                                        "candidates": ["林振东", "澄江县委书记"]}]


def test_title_on_an_entity_neighbour_does_not_count(tmp_path):
    # literals of another *entity* (the meeting) are not candidates
    res = run_score(tmp_path, [{"entities": [
        {"type": "Official", "name": "林振东", "titles": ["县长"]}]}], """
x:o1 a kg:Official ; rdfs:label "林振东"@zh ; kg:chairs x:mt .
x:mt a kg:Meeting ; rdfs:label "县长办公会议"@zh .
""")
    assert res["official_titles"]["found"] == 0


@pytest.mark.parametrize("gold_date, literal, right", [
    ("--05-31", '"2024-05-31"^^xsd:date', True),         # gold without year
    ("2023-05-31", '"--05-31"^^xsd:gMonthDay', True),   # prediction without year
    ("2023-05-31", '"2024-05-31"^^xsd:date', False),    # both years, different
    ("2023-05-31", '"2023-06-30"^^xsd:date', False),
    ("--05-31", '"5月31日上午"@zh', True),               # Chinese date in a literal
])
def test_meeting_date(tmp_path, gold_date, literal, right):
    res = run_score(tmp_path, [{"entities": [
        {"type": "Meeting", "name": "澄江县招商推介会", "date": gold_date}]}], f"""
x:mt a kg:Meeting ; rdfs:label "澄江县招商推介会"@zh ; kg:date {literal} .
""")
    assert res["meeting_dates"]["matched_meetings_with_date"] == 1
    assert res["meeting_dates"]["correct"] == int(right)


def test_subclass_counts_as_its_type(tmp_path):
    res = run_score(tmp_path, [{"entities": [{"type": "Meeting", "name": "澄江县招商推介会"}]}], """
x:Forum rdfs:subClassOf kg:Meeting .
x:mt a x:Forum ; skos:prefLabel "澄江县招商推介会"@zh .
""")
    assert res["entities"]["Meeting"]["strict"]["tp"] == 1


# ----------------------------------------------------------------- relations

GRAPH_WITH_MEETING = """
x:o1 a kg:Official ; rdfs:label "林振东"@zh .
x:mt a kg:Meeting ; rdfs:label "澄江县招商推介会"@zh .
"""
GOLD_WITH_MEETING = {"entities": [{"type": "Official", "name": "林振东"},
                                  {"type": "Meeting", "name": "澄江县招商推介会"}]}


@pytest.mark.parametrize("prop, role_right", [("kg:chairs", 1), ("kg:attends", 0)])
def test_relation_with_role(tmp_path, prop, role_right):
    gold = {**GOLD_WITH_MEETING,
            "relations": [{"s": "林振东", "p": "chairs", "o": "澄江县招商推介会"}]}
    res = run_score(tmp_path, [gold], GRAPH_WITH_MEETING + f"x:o1 {prop} x:mt .\n")
    assert res["relations"]["participatesIn"]["tp"] == 1
    assert res["participatesIn_roles"] == {"matched_with_gold_role": 1, "correct": role_right,
                                           "accuracy": float(role_right)}


def test_relation_endpoints_match_leniently_and_by_type(tmp_path):
    gold = {"entities": [{"type": "Company", "name": "青禾投资有限公司"},
                         {"type": "Project", "name": "青禾智能装备产业园"}],
            "relations": [{"s": "青禾投资有限公司", "p": "signsWith", "o": "澄江县"},
                          {"s": "青禾智能装备产业园", "p": "involves", "o": "青禾投资有限公司"}]}
    res = run_score(tmp_path, [gold], """
x:c1 a kg:Company ; rdfs:label "青禾投资有限公司"@zh .
x:p1 a kg:Project ; rdfs:label "青禾智能装备产业园区"@zh .
x:place rdfs:label "澄江县"@zh .
x:c1 kg:signsWith x:place .
x:p1 kg:involves x:c1 .
x:c1 kg:involves x:p1 .
""")
    assert res["relations"]["signsWith"]["tp"] == 1          # a labelled place
    inv = res["relations"]["involves"]
    assert (inv["tp"], inv["pred"]) == (1, 2)                # the reversed one has wrong types
    assert res["errors"]["relations"]["involves"]["false_positives"] == [
        "青禾投资有限公司 --involves--> 青禾智能装备产业园区"]


def test_unlabelled_relation_object_is_skipped_with_a_note(tmp_path):
    res = run_score(tmp_path, [GOLD_WITH_MEETING], GRAPH_WITH_MEETING + "x:o1 kg:visits x:nowhere .\n")
    assert res["relations"]["visits"]["pred"] == 0
    assert any("1 relation triples skipped" in w for w in res["warnings"])


# ------------------------------------------------------------- report, CLI

def run_kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_cli_prints_table_errors_and_json(tmp_path):
    gold = gold_dir(tmp_path, {"entities": [{"type": "Company", "name": "青禾投资有限公司"},
                                            {"type": "Company", "name": "澄江建材有限公司"}]})
    ttl = ttl_file(tmp_path, 'x:c1 a kg:Company ; rdfs:label "青禾投资有限公司"@zh .\n'
                             'x:c2 a kg:Company ; rdfs:label "澄江物流"@zh .\n')
    out = tmp_path / "scores.json"
    r = run_kg("eval", "--gold", str(gold), str(ttl), "--show-errors", "--json", str(out))
    assert r.returncode == 0, r.stderr
    assert "Company       2     2 |    1  0.500  0.500  0.500 |" in r.stdout
    assert "    + 澄江物流" in r.stdout and "    - 澄江建材有限公司" in r.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["entities"]["Company"]["lenient"]["f1"] == 0.5
    assert data["inputs"]["gold_files"] == 1


@pytest.mark.parametrize("problem", ["no gold dir", "no ttl", "bad ttl", "bad gold"])
def test_cli_bad_input_is_one_line_and_exit_1(tmp_path, problem):
    gold = gold_dir(tmp_path, {"entities": []})
    ttl = ttl_file(tmp_path, "")
    if problem == "no gold dir":
        gold = tmp_path / "missing"
    elif problem == "no ttl":
        ttl = tmp_path / "missing.ttl"
    elif problem == "bad ttl":
        ttl.write_text("x:a x:b <<< not turtle\n", encoding="utf-8")
    else:
        (gold / "broken.json").write_text("{", encoding="utf-8")
    r = run_kg("eval", "--gold", str(gold), str(ttl))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ")
    named = {"no gold dir": "missing", "no ttl": "missing.ttl", "bad ttl": "kg.ttl",
             "bad gold": "broken.json"}[problem]
    assert named in lines[0]
    assert r.stdout == ""


def test_output_folder_stands_for_its_kg_ttl(tmp_path):
    gold = gold_dir(tmp_path, {"entities": [{"type": "Company", "name": "青禾投资有限公司"}]})
    ttl_file(tmp_path, 'x:c1 a kg:Company ; rdfs:label "青禾投资有限公司"@zh .\n')
    res = evaluate(gold, tmp_path)
    assert res["inputs"]["prediction"] == str(tmp_path / "kg.ttl")
    assert res["entities"]["Company"]["strict"]["tp"] == 1


def test_bad_gold_shape_names_the_file(tmp_path):
    gold = gold_dir(tmp_path, {"entities": []})
    (gold / "odd.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(EvalError, match="odd.json: expected a JSON object"):
        load_gold(gold)


def test_report_is_the_same_under_any_hash_seed(tmp_path):
    # two predicted relations tie for one gold relation: the winner must not
    # depend on rdflib's hash-ordered triple iteration
    gold = gold_dir(tmp_path, {**GOLD_WITH_MEETING, "relations": [
        {"s": "林振东", "p": "attends", "o": "澄江县招商推介会"}]})
    ttl = ttl_file(tmp_path, GRAPH_WITH_MEETING + """
x:o2 a kg:Official ; rdfs:label "乙"@zh ; skos:altLabel "林振东"@zh .
x:o3 a kg:Official ; rdfs:label "丙"@zh ; skos:altLabel "林振东"@zh .
x:o4 a kg:Official ; rdfs:label "丁"@zh ; skos:altLabel "林振东"@zh .
x:o1 kg:attends x:mt . x:o2 kg:attends x:mt . x:o3 kg:attends x:mt . x:o4 kg:attends x:mt .
""")
    outs = set()
    for seed in ("1", "2", "3"):
        r = subprocess.run([sys.executable, "-m", "kg", "eval", "--gold", str(gold), str(ttl),
                            "--show-errors"], cwd=ROOT, capture_output=True, text=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        outs.add(r.stdout)
    assert len(outs) == 1


# ------------------------------------------------- agreement with score.py



def _figures(res):
    """Every number of a result; error lists as counts (the shared scorer's
    relation error lists follow rdflib's hash-seeded triple order)."""
    out = {k: res[k] for k in ("entities", "relations", "official_titles", "meeting_dates",
                               "participatesIn_roles")}
    out["entity_errors"] = res["errors"]["entities"]
    out["title_errors"] = res["errors"]["titles"]
    out["date_errors"] = res["errors"]["dates"]
    out["relation_error_counts"] = {p: {k: len(v) for k, v in e.items()}
                                    for p, e in res["errors"]["relations"].items()}
    return out


def test_agrees_with_shared_scorer_on_seeds(seeds_result, tmp_path):
    _check_agreement(seeds_result, SHARED / "gold", tmp_path)


def test_agrees_with_shared_scorer_on_dev(tmp_path):
    from kg.pipeline import build_from_paths
    docs = SHARED / "dev" / "docs"
    need(docs.is_dir(), f"shared dev articles not found at {docs}")
    _check_agreement(build_from_paths([docs]), SHARED / "dev" / "gold", tmp_path)


def _check_agreement(result, gold, tmp_path):
    shared = shared_scorer()
    need(gold.is_dir(), f"shared gold not found at {gold}")
    ttl = tmp_path / "kg.ttl"
    result.graph.serialize(ttl, format="turtle")
    g_ents, g_rels, g_warn, _ = shared.load_gold(str(gold))
    p_ents, p_rels, p_warn = shared.load_ttl(str(ttl))
    theirs = shared.score(g_ents, g_rels, p_ents, p_rels)
    theirs["warnings"] = [f"gold: {x}" for x in g_warn] + [f"pred: {x}" for x in p_warn]
    ours = evaluate(gold, ttl)
    assert _figures(ours) == _figures(theirs)
    assert ours["warnings"] == theirs["warnings"]
    # and the printed table is the same text
    import io
    buf = io.StringIO()
    shared.print_report(theirs, buf)
    assert format_report(ours) == buf.getvalue()
    assert ours["entities"]["overall"]["gold"] > 100     # the gold really was read
    assert ours["relations"]["overall"]["pred"] > 50
