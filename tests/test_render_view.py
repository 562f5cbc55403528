"""`kg render`: the graph read back from Turtle, and filtered pages."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from kg.cli import main
from kg.graphview import filter_view, find_nodes, from_turtle, to_networkx


def _data(path) -> dict:
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r"var DATA = (\{.*?\});\n", page, flags=re.S).group(1))


def _ids(data) -> set:
    return {n["id"] for n in data["nodes"]}


@pytest.fixture(scope="module")
def seeds_ttl(seeds_result, tmp_path_factory):
    from kg.output import turtle_bytes
    path = tmp_path_factory.mktemp("ttl") / "kg.ttl"
    path.write_bytes(turtle_bytes(seeds_result.graph))
    return path


@pytest.fixture(scope="module")
def view(seeds_ttl):
    return from_turtle(seeds_ttl)


def _comparable(g: nx.MultiDiGraph):
    nodes = {v: (d["type"], d["label"], sorted(d["aliases"]), sorted(d["posts"]), sorted(d["dates"]),
                 d["sector"], sorted(map(tuple, d["sources"]))) for v, d in g.nodes(data=True)}
    edges = sorted((s, o, k, d["predicate"], d["role"], tuple(sorted(map(tuple, d["sources"]))))
                   for s, o, k, d in g.edges(keys=True, data=True))
    return nodes, edges, g.graph["articles"]


def test_turtle_gives_back_the_builds_view(view, seeds_result):
    """Everything the page shows survives the trip through kg.ttl."""
    built = to_networkx(seeds_result)
    assert _comparable(view) == _comparable(built)
    roles = {d["role"] for _, _, d in view.edges(data=True) if d["predicate"] == "participatesIn"}
    assert roles and roles <= {"chairs", "speaksAt", "attends"}
    assert any(d["sector"] for _, d in view.nodes(data=True) if d["type"] == "Industry")
    assert any(d["posts"] for _, d in view.nodes(data=True) if d["type"] == "Official")


def test_unreadable_turtle_is_one_error_line(tmp_path, capsys):
    bad = tmp_path / "kg.ttl"
    bad.write_text("@prefix x: <urn:x#> .\nx:a x:b ", encoding="utf-8")
    assert main(["render", "--ttl", str(bad), "-o", str(tmp_path / "v.html")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0] and "cannot read" in err[0]
    assert not (tmp_path / "v.html").exists()


def test_render_by_type(seeds_ttl, view, tmp_path, capsys):
    out = tmp_path / "officials.html"
    assert main(["render", "--ttl", str(seeds_ttl), "--type", "Official", "--type", "Meeting",
                 "-o", str(out)]) == 0
    data = _data(out)
    want = {v for v, d in view.nodes(data=True) if d["type"] in ("Official", "Meeting")}
    assert _ids(data) == want and want
    assert len(data["edges"]) == view.subgraph(want).number_of_edges() > 0
    assert "Official" in out.read_text(encoding="utf-8").split("<title>")[1].split("</title>")[0]
    assert f"{len(want)} of {view.number_of_nodes()} nodes" in capsys.readouterr().out


def test_render_around_a_name_with_hops(seeds_ttl, view, tmp_path):
    def ball(v):
        return {v} | set(view.successors(v)) | set(view.predecessors(v))

    labels = [d["label"] for _, d in view.nodes(data=True)]
    hub, one, two = None, set(), set()
    for v in sorted(view, key=lambda v: (-view.degree(v), v)):     # a well-linked, uniquely named node
        one = ball(v)
        two = set().union(*(ball(x) for x in one))
        if labels.count(view.nodes[v]["label"]) == 1 and one < two:
            hub = v
            break
    assert hub is not None and two < set(view.nodes)
    name = view.nodes[hub]["label"]
    for hops, want in ((1, one), (2, two)):
        out = tmp_path / f"around{hops}.html"
        assert main(["render", "--ttl", str(seeds_ttl), "--around", name, "--hops", str(hops),
                     "-o", str(out), "-q"]) == 0
        assert _ids(_data(out)) == want


def test_render_around_an_alias(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("urn:c", type="Company", label="青石某某科技有限公司", aliases=["某某科技"])
    g.add_node("urn:p", type="Project", label="某某产业园项目", aliases=[])
    g.add_node("urn:q", type="Project", label="别的产业园项目", aliases=[])
    g.add_edge("urn:p", "urn:c", predicate="involves", role="")
    assert find_nodes(g, "某某科技") == ["urn:c"]
    assert find_nodes(g, "某某科技 ") == ["urn:c"]
    assert set(filter_view(g, around=["urn:c"])) == {"urn:c", "urn:p"}


def test_render_top_n(seeds_ttl, view, tmp_path):
    out = tmp_path / "top.html"
    assert main(["render", "--ttl", str(seeds_ttl), "--top", "15", "-o", str(out), "-q"]) == 0
    data = _data(out)
    assert len(data["nodes"]) == 15
    degrees = sorted((view.degree(v) for v in view), reverse=True)
    assert min(view.degree(v) for v in _ids(data)) == degrees[14]
    assert max(view.degree(v) for v in set(view) - _ids(data)) <= degrees[14]


def test_render_types_and_top_combine(seeds_ttl, view, tmp_path):
    out = tmp_path / "x.html"
    assert main(["render", "--ttl", str(seeds_ttl), "--type", "Industry", "--top", "3",
                 "-o", str(out), "-q"]) == 0
    ids = _ids(_data(out))
    assert len(ids) == 3 and all(view.nodes[v]["type"] == "Industry" for v in ids)


def test_unknown_name_is_one_error_line(seeds_ttl, tmp_path, capsys):
    out = tmp_path / "none.html"
    code = main(["render", "--ttl", str(seeds_ttl), "--around", "甲乙丙丁戊", "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and "甲乙丙丁戊" in err[0] and str(seeds_ttl) in err[0]
    assert not out.exists()


def test_missing_turtle_names_the_file(tmp_path, capsys):
    missing = tmp_path / "nowhere" / "kg.ttl"
    assert main(["render", "--ttl", str(missing)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(missing) in err[0]


def test_render_builds_articles_when_given_paths(tmp_path):
    art = tmp_path / "in"
    art.mkdir()
    (art / "a.txt").write_text("6月1日，青石区召开产业发展推进会。区委书记林某某主持会议。\n"
                               "区长赵某某出席会议。", encoding="utf-8")
    out = tmp_path / "v.html"
    assert main(["render", str(art), "--type", "Official", "-o", str(out), "-q"]) == 0
    data = _data(out)
    assert data["nodes"] and {n["type"] for n in data["nodes"]} == {"Official"}


def test_same_filter_same_bytes(seeds_ttl, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    for out in (a, b):
        assert main(["render", "--ttl", str(seeds_ttl), "--top", "30", "-o", str(out), "-q"]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_turtle_loader_reads_corpus_scale_fast(tmp_path):
    """A Turtle file the size of a few thousand articles' graph is read back in seconds."""
    import time
    from kg.output import turtle_bytes
    from kg.pipeline import build_from_texts
    texts = {f"{i:04d}.txt": f"{i % 28 + 1}日，青石区召开第{i}次产业发展推进会。区委书记林{'一二三四五六七八九'[i % 9]}某主持会议。"
             f"区长赵某某出席会议。青石{i}号智能产业园项目开工。" for i in range(300)}
    result = build_from_texts(texts)
    path = tmp_path / "kg.ttl"
    path.write_bytes(turtle_bytes(result.graph))
    t = time.perf_counter()
    g = from_turtle(path)
    elapsed = time.perf_counter() - t
    assert _comparable(g) == _comparable(to_networkx(result))
    assert g.number_of_nodes() > 300
    assert elapsed < 5.0


def test_negative_counts_are_usage_errors(seeds_ttl, capsys):
    for flag in ("--top", "--hops"):
        with pytest.raises(SystemExit) as exc:
            main(["render", "--ttl", str(seeds_ttl), flag, "-2"])
        assert exc.value.code == 2
        assert "'-2' is not a whole number" in capsys.readouterr().err


def test_rdflib_reads_the_same_when_pyoxigraph_is_missing(seeds_ttl, view, monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "pyoxigraph", None)      # import now raises ImportError
    assert _comparable(from_turtle(seeds_ttl)) == _comparable(view)
