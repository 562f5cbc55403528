"""Saved queries against the seeds build, parameter binding, `kg query`, and
the Turtle writer they read."""
import importlib.util
import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
import rdflib
from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef

import kg
from conftest import ROOT, SHARED, need
from kg.errors import QueryError
from kg.output import turtle_bytes
from kg.query import format_rows, load_query, run, saved_queries, to_store
from kg.rdf.namespace import KG

INJECTION = '"} DROP ALL {'


@pytest.fixture(scope="module")
def store(seeds_result):
    return to_store(seeds_result.graph)


@pytest.fixture(scope="module")
def seeds_ttl(seeds_result, tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "kg.ttl"
    path.write_bytes(turtle_bytes(seeds_result.graph))
    return path


# (query, parameters, rows that must be among the answers) -- facts the
# current extractor finds in seeds/, read off the articles.
EXPECTED = [
    ("officials_by_post", {"post": "区长"},
     [{"official": "虎荣鑫", "postTitle": "区长", "role": "区长", "organization": "二七区人民政府"}]),
    ("officials_by_post", {},
     [{"official": "樊惠林", "postTitle": "二七区委书记", "role": "书记", "organization": "二七区委"}]),
    ("meetings_of_official", {"name": "李卓瑜"},
     [{"official": "李卓瑜", "meeting": "党建引领网格化基层治理工作推进会", "role": "chairs",
       "date": "--05-31"}]),
    ("meetings_between", {"from": "2023-05-01", "to": "2023-05-31"},
     [{"meeting": "党建引领网格化基层治理工作推进会", "date": "--05-31", "yearKnown": False}]),
    ("companies_signed_with", {"partner": "二七区"},
     [{"company": "中交投资有限公司", "partnerName": "二七区", "partnerType": "Place"}]),
    ("projects_by_industry", {"sector": "高成长服务业"},
     [{"item": "仲景医药产业园", "itemType": "Project", "industryName": "健康服务",
       "sectorName": "高成长服务业"}]),
    ("sector_tree", {"sector": "低碳科技型工业"},
     [{"sectorName": "低碳科技型工业", "industryName": "科技服务", "item": "713所",
       "itemType": "Company"}]),
    ("goals_by_meeting", {"meeting": "产业发展大会"},
     [{"meetingName": "全区产业发展大会", "date": "--02-14", "goal": "“乐业”工程"}]),
    ("numeric_targets", {"unit": "亿元"},
     [{"goal": "年度计划完成投资350亿元", "value": Decimal("350"), "unitName": "亿元",
       "qualifier": None, "amount": "350亿元"}]),
    ("numeric_targets", {"unit": "%"},
     [{"goal": "力争2023年固定资产投资增长15%", "value": Decimal("15"), "unitName": "%",
       "qualifier": "增长", "amount": "15%"}]),
    ("entity_links", {"name": "樊惠林"},
     [{"entity": "樊惠林", "direction": "out", "relation": "visits",
       "other": "上海薪太软科技有限公司", "otherType": "Company"}]),
    ("entity_links", {"name": "二七区"},
     [{"entity": "二七区", "direction": "in", "relation": "signsWith",
       "other": "中交投资有限公司", "otherType": "Company"}]),
    ("company_visits", {"name": "樊惠林"},
     [{"official": "樊惠林", "company": "上海薪太软科技有限公司"}]),
    ("entity_search", {"text": "产业园", "type": "Project"},
     [{"entity": "仲景医药产业园", "entityType": "Project", "matched": "仲景医药产业园"}]),
]


def test_at_least_ten_saved_queries_each_stating_its_question():
    qs = saved_queries()
    assert len(qs) >= 10
    for q in qs:
        assert q.question.endswith("?"), q.name
        for p in q.params:   # substituted variables must be projected (pyoxigraph)
            select = q.text[q.text.index("SELECT"):q.text.index("WHERE")]
            assert f"?{p.name}" in select, (q.name, p.name)


def test_top_level_queries_folder_is_the_packaged_one():
    assert sorted(p.name for p in (ROOT / "queries").glob("*.rq")) == \
        sorted(p.name for p in (ROOT / "kg" / "queries").glob("*.rq"))


@pytest.mark.parametrize("name,params,expected", EXPECTED,
                         ids=[f"{n}-{'-'.join(p.values()) or 'all'}" for n, p, _ in EXPECTED])
def test_saved_query_finds_known_rows(store, name, params, expected):
    rows = run(store, name, **params)
    for row in expected:
        assert row in rows


def test_every_saved_query_is_covered_by_a_test():
    covered = {n for n, _, _ in EXPECTED} | {"fact_sources", "relation_evidence",
                                             "counts_by_type", "relation_counts"}
    assert {q.name for q in saved_queries()} <= covered


def test_a_parameter_narrows_the_answer(store):
    everyone = run(store, "officials_by_post")
    heads = run(store, "officials_by_post", post="区长")
    assert 0 < len(heads) < len(everyone)
    assert all("区长" in r["postTitle"] for r in heads)
    may = run(store, "meetings_between", **{"from": "2023-05-01", "to": "2023-05-31"})
    assert "全区产业发展大会" not in {r["meeting"] for r in may}      # 2月14日


def test_fact_sources_by_alias_gives_article_and_sentence(store):
    rows = run(store, "fact_sources", name="中交投资")       # an alias of the company
    assert rows and {r["entity"] for r in rows} == {"中交投资有限公司"}
    r = rows[0]
    assert r["article"] == "002_d1ec614fff12554d.txt" and r["type"] == "Company"
    assert "中交投资有限公司" in r["sentence"] and "签约仪式" in r["sentence"]
    assert r["rule"]


def test_relation_evidence_sentence_mentions_both_ends(store):
    rows = run(store, "relation_evidence", subject="健康服务", object="高成长服务业")
    assert rows and all(r["relation"] == "partOfSector" for r in rows)
    assert all("健康服务" in r["sentence"] and "高成长服务业" in r["sentence"] for r in rows)


def test_counts(store):
    types = {r["type"]: r["count"] for r in run(store, "counts_by_type")}
    assert set(types) >= {"Official", "Company", "Project", "Industry", "Meeting", "Goal"}
    assert types["Official"] >= 5
    rels = {r["relation"]: r["count"] for r in run(store, "relation_counts")}
    assert rels["visits"] >= 5 and rels["signsWith"] >= 2


@pytest.mark.parametrize("name,params", [(n, p) for n, p, _ in EXPECTED])
def test_rdflib_and_pyoxigraph_give_the_same_rows(seeds_result, store, name, params):
    fast = run(store, name, **params)
    slow = run(seeds_result.graph, name, engine="rdflib", **params)
    assert sorted(map(repr, fast)) == sorted(map(repr, slow))


def test_year_known_and_year_less_dates_in_a_range():
    g = rdflib.Graph()
    for key, label, d in [("a", "甲会", Literal("2023-05-10", datatype=XSD.date)),
                          ("b", "乙会", Literal("2022-05-10", datatype=XSD.date)),
                          ("c", "丙会", Literal("--05-20", datatype=XSD.gMonthDay)),
                          ("d", "丁会", Literal("--12-20", datatype=XSD.gMonthDay))]:
        m = URIRef(f"urn:test:{key}")
        g.add((m, RDF.type, KG.Meeting))
        g.add((m, RDFS.label, Literal(label, lang="zh")))
        g.add((m, KG.date, d))

    def names(**p):
        return sorted(r["meeting"] for r in run(g, "meetings_between", **p))
    assert names(**{"from": "2023-05-01", "to": "2023-05-31"}) == ["丙会", "甲会"]
    assert names(**{"from": "2022-12-01", "to": "2023-01-31"}) == ["丁会"]   # across new year
    assert names(**{"from": "2023-01-01"}) == ["丁会", "丙会", "甲会"]
    assert names() == ["丁会", "丙会", "乙会", "甲会"]


@pytest.mark.parametrize("q", [q for q in saved_queries() if q.params], ids=lambda q: q.name)
def test_injection_text_is_only_a_string(store, q):
    before = len(store)
    string_params = [p.name for p in q.params if p.type == "string"]
    for name in string_params:
        assert run(store, q.name, **{name: INJECTION}) == []
    assert len(store) == before


def test_bad_values_and_names_are_query_errors(store):
    with pytest.raises(QueryError, match="not a valid xsd:date"):
        run(store, "meetings_between", **{"from": "2023-13-45"})
    with pytest.raises(QueryError, match="unknown parameter 'pots'"):
        run(store, "officials_by_post", pots="区长")
    with pytest.raises(QueryError, match="no such query"):
        load_query("no_such_query")


def test_library_helper_returns_plain_rows(seeds_result):
    rows = kg.query(seeds_result.graph, "officials_by_post", post="区长")
    assert {"official": "虎荣鑫", "postTitle": "区长", "role": "区长", "organization": "二七区人民政府"} in rows
    assert all(type(v) in (str, type(None)) for r in rows for v in r.values())
    assert kg.query(seeds_result, "company_visits", name="樊惠林") == \
        kg.query(kg.query_store(seeds_result.graph), "company_visits", name="樊惠林")


def test_query_text_and_file_with_a_bound_parameter(store, tmp_path):
    text = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "SELECT ?x ?who WHERE { ?x rdfs:label ?l FILTER(STR(?l) = ?who) }")
    assert len(run(store, text, who="樊惠林")) == 1
    f = tmp_path / "mine.rq"
    f.write_text("# Who is this?\n" + text, encoding="utf-8")
    assert run(store, str(f), who=INJECTION) == []


def kg_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env=env)


def test_cli_query_formats(seeds_ttl):
    r = kg_cli("query", "officials_by_post", "--ttl", str(seeds_ttl), "--bind", "post=区长",
               "--format", "json")
    assert r.returncode == 0, r.stderr
    assert {"official": "虎荣鑫", "postTitle": "区长", "role": "区长",
            "organization": "二七区人民政府"} in json.loads(r.stdout)
    r = kg_cli("query", "numeric_targets", "--ttl", str(seeds_ttl), "--bind", "unit=亿元",
               "--format", "csv")
    assert "年度计划完成投资350亿元,350,亿元,,350亿元" in r.stdout.splitlines()
    r = kg_cli("query", "company_visits", "--ttl", str(seeds_ttl), "--bind", "name=樊惠林")
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["official", "company"]
    assert ["樊惠林", "上海薪太软科技有限公司"] in [ln.split() for ln in lines]


def test_cli_injection_matches_nothing_and_bad_input_is_one_line(seeds_ttl, tmp_path):
    r = kg_cli("query", "officials_by_post", "--ttl", str(seeds_ttl), "--bind",
               f"post={INJECTION}", "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout) == []
    r = kg_cli("query", "officials_by_post", "--ttl", str(tmp_path / "none.ttl"))
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "none.ttl: no such file" in r.stderr
    r = kg_cli("query", "meetings_between", "--ttl", str(seeds_ttl), "--bind", "from=May")
    assert r.returncode == 1 and "from='May' is not a valid xsd:date" in r.stderr


def test_cli_lists_saved_queries():
    r = kg_cli("query", "--list")
    assert r.returncode == 0
    assert len(r.stdout.splitlines()) == len(saved_queries())
    assert "officials_by_post" in r.stdout and "[post=…]" in r.stdout


def test_table_aligns_chinese_text():
    from kg.query import _width
    out = format_rows([{"a": "中文", "b": "x"}, {"a": "abcde", "b": "y"}]).splitlines()
    assert _width(out[2][:out[2].index("x")]) == _width(out[3][:out[3].index("y")]) == 7


# ---------------------------------------------------------------- Turtle writer

def test_turtle_parses_back_to_the_same_triples(seeds_result):
    import pyoxigraph as ox
    data = turtle_bytes(seeds_result.graph)
    back = rdflib.Graph().parse(data=data, format="turtle")
    assert set(back) == set(seeds_result.graph)
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == len(seeds_result.graph)


def test_turtle_ignores_insertion_order_and_blank_node_ids():
    def graph(order):
        g = rdflib.Graph()
        g.bind("rdfs", RDFS)
        b = BNode()                  # a fresh random id each time
        triples = [(URIRef("urn:x:1"), RDFS.label, Literal("一", lang="zh")),
                   (URIRef("urn:x:2"), RDFS.seeAlso, b), (b, RDFS.label, Literal("空")),
                   (URIRef("urn:x:0"), RDFS.label, Literal(3))]
        for t in (triples if order else reversed(triples)):
            g.add(t)
        return g
    assert turtle_bytes(graph(True)) == turtle_bytes(graph(False))


def test_turtle_is_identical_across_hash_seeds(tmp_path):
    code = ("import sys; from kg.pipeline import build_from_paths; from kg.output import "
            "turtle_bytes; sys.stdout.buffer.write(turtle_bytes(build_from_paths(['seeds']).graph))")
    outs = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                           env={**os.environ, "PYTHONHASHSEED": s}, check=True).stdout
            for s in ("0", "1", "77")}
    assert len(outs) == 1


def test_scores_same_as_rdflib_turtle(seeds_result, seeds_ttl, tmp_path):
    path = SHARED / "eval" / "score.py"
    need(path.exists(), f"shared scorer not found at {path}")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    score = importlib.util.module_from_spec(spec)
    sys.modules["shared_score"] = score
    spec.loader.exec_module(score)
    old = tmp_path / "rdflib.ttl"
    seeds_result.graph.serialize(old, format="turtle")
    gold_e, gold_r, _, _ = score.load_gold(str(SHARED / "gold"))
    results = []
    for ttl in (old, seeds_ttl):
        pe, pr, _ = score.load_ttl(str(ttl))
        results.append(json.dumps(score.score(gold_e, gold_r, pe, pr), sort_keys=True,
                                  default=str))
    assert results[0] == results[1]


def test_ontology_readme_has_a_row_for_every_term():
    from kg.rdf.namespace import KG as _KG
    text = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    missing = [t for t in _KG.__annotations__ if f"| `kg:{t}` |" not in text]
    assert not missing
