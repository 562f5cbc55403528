"""The HTML page as a file: self-contained, escaped, deterministic; and its layout."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import sys

import networkx as nx
import numpy as np
import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from page_bench import generate_graph  # noqa: E402

from kg.graphview import to_networkx  # noqa: E402
from kg.render.html import (EDGE_NAMES_ZH, OVERVIEW_AT, OVERVIEW_NODES, TYPE_NAMES_ZH,  # noqa: E402
                            page_data, render_html, type_summary)
from kg.render.layout import layout  # noqa: E402


@pytest.fixture(scope="module")
def seeds_view(seeds_result):
    return to_networkx(seeds_result)


@pytest.fixture(scope="module")
def seeds_page(seeds_view):
    return render_html(seeds_view, "知识图谱")


def _embedded_data(page: str) -> dict:
    m = re.search(r"var DATA = (\{.*?\});\n", page, flags=re.S)
    return json.loads(m.group(1))


def test_page_is_one_self_contained_file(seeds_page):
    head = seeds_page[:400].lower()
    assert '<meta charset="utf-8">' in head
    markup = re.sub(r"<script>.*?</script>|<style>.*?</style>", "", seeds_page, flags=re.S)
    assert not re.search(r"\b(src|href|action)\s*=", markup, flags=re.I)
    assert "<link" not in markup.lower() and "<iframe" not in markup.lower()
    assert markup.count("<script") == 0
    assert len(re.findall(r"<script>(.*?)</script>", seeds_page, flags=re.S)) == 2
    css = "".join(re.findall(r"<style>(.*?)</style>", seeds_page, flags=re.S))
    assert all(u.startswith(("data:", '"data:', "'data:"))
               for u in re.findall(r"url\(\s*([^)]*)\)", css))
    seeds_page.encode("utf-8")


def test_csp_allows_exactly_the_page_scripts(seeds_page):
    from html import unescape
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"',
                             seeds_page).group(1))
    assert "default-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", seeds_page, flags=re.S)
    hashes = {"sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
              for s in scripts}
    assert set(re.findall(r"'(sha256-[^']+)'", csp)) == hashes
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_markup_in_text_never_reaches_the_page_as_markup():
    g = nx.MultiDiGraph()
    bad = "</script><img src=x onerror=alert(1)>"
    g.graph["articles"] = {bad: bad}
    g.add_node("urn:a", type="Company", label=bad + "有限公司", aliases=[bad], sources=[(bad, bad)])
    page = render_html(g, title=bad + "/*DATA*/null__TITLE__")
    assert "<img" not in page
    assert page.count("</script>") == 2
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;/*DATA*/null__TITLE__" in page
    data = _embedded_data(page)
    assert data["nodes"][0]["label"] == bad + "有限公司"
    assert data["articles"] == {bad: bad}


def test_same_graph_same_bytes(seeds_view, seeds_page):
    assert render_html(seeds_view, "知识图谱") == seeds_page


def test_page_data_matches_the_graph(seeds_view, seeds_page, seeds_result):
    data = _embedded_data(seeds_page)
    assert [n["id"] for n in data["nodes"]] == sorted(seeds_view.nodes)
    assert len([n for n in data["nodes"] if n["type"] != "Place"]) == len(seeds_result.entities)
    assert len(data["edges"]) == seeds_view.number_of_edges() == len(seeds_result.relations)
    assert {t["type"] for t in data["types"]} == {n["type"] for n in data["nodes"]}
    assert len({t["color"] for t in data["types"]}) == len(data["types"])
    assert set(data["articles"]) == {d.doc_id for d in seeds_result.documents}
    degree = dict(seeds_view.degree())
    assert all(n.get("degree", 0) == degree[n["id"]] for n in data["nodes"])
    assert all(len(n.get("short", n["label"])) <= 10 for n in data["nodes"])
    assert all(("short" in n) == (len(n["label"]) > 10) for n in data["nodes"])
    officials = [n for n in data["nodes"] if n["type"] == "Official"]
    assert officials and all(n["posts"] and n["sources"] for n in officials)
    assert all(n.get("dates") == seeds_view.nodes[n["id"]]["dates"]
               for n in data["nodes"] if n["type"] == "Meeting" and n.get("dates"))
    # every node is drawn (has a position) below the overview threshold
    assert all("x" in n and "y" in n for n in data["nodes"]) and data["overview"] is None


def test_sentences_are_written_once_and_referred_to(seeds_view, seeds_page):
    data = _embedded_data(seeds_page)
    pairs = [tuple(p) for p in data["sentences"]]
    assert len(pairs) == len(set(pairs))
    for n in data["nodes"]:
        want = [tuple(p) for p in seeds_view.nodes[n["id"]]["sources"]]
        assert [pairs[k] for k in n.get("sources", [])] == want
    ids = [n["id"] for n in data["nodes"]]
    got = sorted((ids[e["from"]], ids[e["to"]], tuple(pairs[k] for k in e.get("sources", [])))
                 for e in data["edges"])
    want = sorted((s, o, tuple(map(tuple, d["sources"]))) for s, o, d in seeds_view.edges(data=True))
    assert got == want
    # shared sentences make the table shorter than the references to it
    refs = sum(len(n.get("sources", [])) for n in data["nodes"]) + \
        sum(len(e.get("sources", [])) for e in data["edges"])
    assert len(pairs) < refs


def test_edge_labels_are_the_ontologys_chinese_labels(seeds_page):
    from rdflib import Graph, Literal, RDFS
    from kg.rdf.namespace import KG
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl")
    for name, zh in EDGE_NAMES_ZH.items():
        assert Literal(zh, lang="zh") in set(onto.objects(KG[name], RDFS.label)), name
    for name, zh in TYPE_NAMES_ZH.items():
        assert Literal(zh, lang="zh") in set(onto.objects(KG[name], RDFS.label)), name
    data = _embedded_data(seeds_page)
    assert {e["label"] for e in data["edges"]} <= set(EDGE_NAMES_ZH.values())
    for e in data["edges"]:
        assert e["label"] == EDGE_NAMES_ZH[e.get("role") or e["predicate"]]


def test_relations_carry_their_source_sentences(seeds_view, seeds_result):
    sentences = {(d.doc_id, s.text) for d in seeds_result.documents for s in d.sentences}
    edges = list(seeds_view.edges(data=True))
    assert edges and all(d["sources"] for _, _, d in edges)
    assert all(set(map(tuple, d["sources"])) <= sentences for _, _, d in edges)
    for node, d in seeds_view.nodes(data=True):
        if d["type"] == "Place":
            assert d["sources"], "a place shows the sentences it was named in"


# ---------------------------------------------------------------- layout

def _nearest(pos: dict) -> np.ndarray:
    from scipy.spatial import cKDTree
    pts = np.array(list(pos.values()), dtype=float)
    d, _ = cKDTree(pts).query(pts, k=2)
    return d[:, 1]


def test_layout_is_deterministic_and_whole(seeds_view):
    pos = layout(seeds_view)
    assert set(pos) == set(seeds_view.nodes)
    assert pos == layout(seeds_view.copy())
    assert all(isinstance(x, int) and isinstance(y, int) for x, y in pos.values())


def test_layout_keeps_nodes_apart(seeds_view):
    assert _nearest(layout(seeds_view)).min() >= 30
    near = _nearest(layout(generate_graph(1000)))
    assert np.percentile(near, 1) >= 20


def test_layout_groups_unlinked_entities_by_type(seeds_view):
    pos = layout(seeds_view)
    lonely = [n for n in seeds_view if seeds_view.degree(n) == 0]
    assert lonely
    blocks: dict = {}
    for n in lonely:
        blocks.setdefault(seeds_view.nodes[n]["type"], []).append(pos[n])
    assert len(blocks) > 1
    boxes = [(min(x for x, _ in p), min(y for _, y in p), max(x for x, _ in p), max(y for _, y in p))
             for p in blocks.values()]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
            assert apart, "each type's unlinked entities sit in their own block"


def test_layout_spreads_large_graphs():
    g = generate_graph(2000)
    pos = layout(g)
    pts = np.array(list(pos.values()), dtype=float)
    w, h = pts.max(axis=0) - pts.min(axis=0)
    assert 0.5 < w / h < 2.0
    # a linked node's neighbours are closer to it than the average node is
    some = sorted(n for n in g if g.degree(n) > 0)[:200]
    near = np.mean([np.hypot(*np.subtract(pos[n], pos[next(iter(nx.all_neighbors(g, n)))]))
                    for n in some])
    assert near < 0.1 * np.hypot(w, h)


def test_empty_graph_renders():
    page = render_html(nx.MultiDiGraph())
    assert _embedded_data(page)["nodes"] == []


def test_docstring_examples_run():
    import doctest
    import kg.graphview
    import kg.render.html
    import kg.render.layout
    import kg.render.view
    for module in (kg.render.html, kg.render.layout, kg.graphview, kg.render.view):
        failed, tried = doctest.testmod(module)
        assert tried > 0 and failed == 0, module.__name__


# ---------------------------------------------------------------- overview of big graphs

@pytest.fixture(scope="module")
def big_graph():
    return generate_graph(OVERVIEW_AT + 1000)


def test_big_graph_opens_on_hubs_and_what_links_them(big_graph):
    data = page_data(big_graph)
    g = big_graph
    assert [n["id"] for n in data["nodes"]] == sorted(g.nodes)         # all searchable
    drawn = {n["id"] for n in data["nodes"] if "x" in n}
    assert len(drawn) == OVERVIEW_NODES == data["overview"]["drawn"]
    assert data["overview"]["total"] == g.number_of_nodes()
    assert all(("y" in n) == ("x" in n) for n in data["nodes"])
    assert len(data["edges"]) == g.number_of_edges()                   # the page adds them as needed
    by_degree = sorted(g, key=lambda v: (-g.degree(v), v))
    hubs = by_degree[:OVERVIEW_NODES // 4]
    assert set(hubs) <= drawn
    # the rest are the hubs' neighbours, those linking two hubs first
    rest = drawn - set(hubs)
    near = set().union(*(set(nx.all_neighbors(g, h)) for h in hubs))
    assert rest <= near
    links = {v: len(set(nx.all_neighbors(g, v)) & set(hubs)) for v in near - set(hubs)}
    assert min(links[v] for v in rest) >= max(links[v] for v in near - drawn - set(hubs))
    # so the drawing is linked, unlike as many hubs alone, which mostly float apart
    def lonely(nodes):
        sub = g.subgraph(nodes)
        return sum(1 for v in sub if sub.degree(v) == 0)
    assert lonely(drawn) <= OVERVIEW_NODES // 100
    assert lonely(by_degree[:OVERVIEW_NODES]) > 10 * max(1, lonely(drawn))
    assert g.subgraph(drawn).number_of_edges() >= OVERVIEW_NODES - len(hubs)


def test_overview_positions_are_the_layout_of_the_drawn_part(big_graph):
    data = page_data(big_graph)
    drawn = {n["id"]: (n["x"], n["y"]) for n in data["nodes"] if "x" in n}
    assert drawn == layout(big_graph.subgraph(drawn))


def test_threshold_and_overview_size_are_parameters(seeds_view):
    data = page_data(seeds_view, overview_at=50, overview_nodes=12)
    assert data["overview"]["drawn"] == 12
    assert sum(1 for n in data["nodes"] if "x" in n) == 12
    assert page_data(seeds_view, overview_at=seeds_view.number_of_nodes())["overview"] is None


def test_type_summary_counts_every_node_and_edge(big_graph):
    g = big_graph
    s = type_summary(g)
    assert sum(s["counts"].values()) == g.number_of_nodes()
    assert s["counts"]["Official"] == sum(1 for _, d in g.nodes(data=True) if d["type"] == "Official")
    assert sum(c for *_, c in s["edges"]) == g.number_of_edges()
    chairs = sum(1 for _, _, d in g.edges(data=True) if d.get("role") == "chairs")
    assert ["Official", "Meeting", "主持", chairs] in s["edges"]
    assert [c for *_, c in s["edges"]] == sorted((c for *_, c in s["edges"]), reverse=True)


def test_big_page_stays_small():
    """50,000 nodes: page data under 300 bytes a node, rendered in well under a minute."""
    import time
    g = generate_graph(50_000)
    t = time.perf_counter()
    page = render_html(g)
    elapsed = time.perf_counter() - t
    assert len(page.encode("utf-8")) < 300 * 50_000
    assert elapsed < 60


def test_big_page_same_graph_same_bytes(big_graph):
    """The overview does not depend on the order nodes and edges were added in."""
    shuffled = nx.MultiDiGraph()
    shuffled.graph.update(big_graph.graph)
    shuffled.add_nodes_from(reversed(list(big_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(big_graph.edges(keys=True, data=True))))
    assert render_html(big_graph, "大图") == render_html(shuffled, "大图")
