"""The HTML page: a vis-network drawing of the graph, one self-contained file.

The drawing is vis-network, the library pyvis wraps, taken from inside the
pyvis package.  The page is our own template rather than pyvis's, because
pyvis's templates load scripts from CDNs (its 'local' mode needs a lib/
folder next to the page) and write the heading unescaped.  Here vis-network's
script and CSS are inlined, node positions are computed in Python
(kg.render.layout) so nothing moves after load, and all article text reaches
the page as JSON data, never as markup.  A Content-Security-Policy lets only
the page's own two scripts run (by hash) and forbids every request, so even
markup that slipped through could neither run nor fetch anything.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("urn:a", type="Company", label="<b>某某</b>有限公司")
>>> page = render_html(g, title="<i>图</i>")
>>> "<b>某某" in page, "&lt;i&gt;图&lt;/i&gt;" in page
(False, True)
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from html import escape
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.render.layout import layout

TYPE_COLOURS = {
    "Official": "#e6194b", "Company": "#4363d8", "Project": "#3cb44b", "Industry": "#f58231",
    "Meeting": "#911eb4", "Goal": "#17becf", "Place": "#8c8c8c",
}
TYPE_NAMES_ZH = {
    "Official": "官员", "Company": "企业", "Project": "项目", "Industry": "产业",
    "Meeting": "会议", "Goal": "目标", "Place": "地区",
}
# the ontology's @zh labels (ontology/kg.ttl; a test keeps them equal)
EDGE_NAMES_ZH = {
    "participatesIn": "参与", "chairs": "主持", "speaksAt": "讲话", "attends": "出席",
    "signsWith": "签约", "visits": "考察", "involves": "涉及", "inIndustry": "属于产业",
    "partOfSector": "归属板块", "setBy": "提出于",
}
LABEL_CHARS = 10      # longer names are cut in the drawing; the panel shows them whole


def _vis_asset(name: str) -> str:
    """A file of the vis-network build shipped inside the pyvis package, found
    without importing pyvis (which imports IPython: half a second)."""
    from importlib.util import find_spec
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the pyvis package (which ships vis-network) is not installed")
    base = Path(spec.submodule_search_locations[0]) / "templates" / "lib" / "vis-9.1.2"
    return (base / name).read_text(encoding="utf-8")


def _script_json(data) -> str:
    """JSON that is safe inside <script>: no '</' or '<!--' can close the element.

    >>> _script_json({"a": "</script><b>"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    s = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


OVERVIEW_AT = 3000     # more nodes than this and the page opens on an overview
OVERVIEW_NODES = 400   # the most connected nodes, drawn in the overview


HUB_SHARE = 4          # a quarter of the overview are hubs, the rest their best-linked neighbours


def overview(g: nx.MultiDiGraph, n: int) -> list:
    """The nodes a big graph's page draws first, sorted: the n/4 most connected
    ("hubs"), then their neighbours that link the most hubs (ties: more
    relations, then id), up to `n`.  The hubs alone are rarely linked to each
    other (sectors, big meetings), so their neighbours show how they hang
    together; a neighbour shared by two hubs is the first to be drawn.

    >>> g = nx.MultiDiGraph([("h1", "b"), ("h2", "b")])
    >>> g.add_edges_from([("h1", f"a{i}") for i in range(4)] + [("h2", f"c{i}") for i in range(4)])
    [0, 0, 0, 0, 0, 0, 0, 0]
    >>> overview(g, 8)          # hubs h1 and h2, then b (it links both), then leaves by id
    ['a0', 'a1', 'a2', 'a3', 'b', 'c0', 'h1', 'h2']
    """
    degree = dict(g.degree())
    hubs = sorted(g.nodes, key=lambda v: (-degree[v], v))[:max(1, n // HUB_SHARE)]
    chosen = set(hubs)
    links: dict = {}
    for h in hubs:
        for v in set(g.successors(h)) | set(g.predecessors(h)):
            if v not in chosen:
                links[v] = links.get(v, 0) + 1
    for v in sorted(links, key=lambda v: (-links[v], -degree[v], v))[:n - len(chosen)]:
        chosen.add(v)
    if len(chosen) < n:          # few neighbours: the next most connected nodes
        for v in sorted(g.nodes, key=lambda v: (-degree[v], v)):
            if len(chosen) >= n:
                break
            chosen.add(v)
    return sorted(chosen)


def type_summary(g: nx.MultiDiGraph) -> dict:
    """Nodes per type and relations between types: the graph aggregated by type.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", type="Official"); g.add_node("m", type="Meeting")
    >>> g.add_edge("a", "m", predicate="participatesIn", role="chairs")
    0
    >>> type_summary(g)
    {'counts': {'Meeting': 1, 'Official': 1}, 'edges': [['Official', 'Meeting', '主持', 1]]}
    """
    counts: dict = {}
    for _, d in g.nodes(data=True):
        counts[d["type"]] = counts.get(d["type"], 0) + 1
    edges: dict = {}
    for s, o, d in g.edges(data=True):
        name = d.get("role") or d["predicate"]
        k = (g.nodes[s]["type"], g.nodes[o]["type"], EDGE_NAMES_ZH.get(name, name))
        edges[k] = edges.get(k, 0) + 1
    return {"counts": dict(sorted(counts.items())),
            "edges": [[*k, c] for k, c in sorted(edges.items(), key=lambda kc: (-kc[1], kc[0]))]}


def page_data(g: nx.MultiDiGraph, overview_at: int = OVERVIEW_AT,
              overview_nodes: int = OVERVIEW_NODES) -> dict:
    """Nodes, edges, types and article titles, as the page's script reads them.

    Compact, because a corpus gives tens of thousands of nodes: empty fields
    are left out, each (article, sentence) is written once in `sentences` and
    referred to by number, and edges refer to nodes by their place in `nodes`.
    Only the drawn nodes have a position (x, y).  Past `overview_at` nodes only
    `overview_nodes` of them (see `overview`) are laid out and drawn at first;
    the rest are found by the page's search, which draws them where needed.
    """
    order = sorted(g.nodes)
    index = {v: i for i, v in enumerate(order)}
    degree = dict(g.degree())
    big = len(order) > overview_at
    shown = overview(g, overview_nodes) if big else order
    pos = layout(g.subgraph(shown) if big else g)
    sentences: list = []
    sentence_index: dict = {}

    def refs(pairs) -> list:
        out = []
        for p in pairs:
            if type(p) is not tuple:      # read back from JSON or Turtle: a list
                p = (p[0], p[1])
            i = sentence_index.get(p)
            if i is None:
                i = sentence_index[p] = len(sentences)
                sentences.append(list(p))
            out.append(i)
        return out

    nodes = []
    for node in order:
        d = g.nodes[node]
        n = {"id": node, "label": d["label"], "type": d["type"]}
        if _short(d["label"]) != d["label"]:
            n["short"] = _short(d["label"])
        for field in ("aliases", "posts", "dates"):
            if d.get(field):
                n[field] = list(d[field])
        if d.get("sector"):
            n["sector"] = d["sector"]
        if d.get("sources"):
            n["sources"] = refs(d["sources"])
        if degree.get(node):
            n["degree"] = degree[node]
        if node in pos:
            n["x"], n["y"] = pos[node]
        nodes.append(n)
    edges = []
    for s, o, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        name = d.get("role") or d["predicate"]
        e = {"from": index[s], "to": index[o], "predicate": d["predicate"],
             "label": EDGE_NAMES_ZH.get(name, name)}
        if d.get("role"):
            e["role"] = d["role"]
        if d.get("sources"):
            e["sources"] = refs(d["sources"])
        edges.append(e)
    present = {n["type"] for n in nodes}
    types = [{"type": t, "zh": TYPE_NAMES_ZH[t], "color": c}
             for t, c in TYPE_COLOURS.items() if t in present]
    types += [{"type": t, "zh": t, "color": "#777777"} for t in sorted(present - set(TYPE_COLOURS))]
    if big:
        summary = {"drawn": len(shown), "total": len(order), **type_summary(g)}
    return {"nodes": nodes, "edges": edges, "types": types, "sentences": sentences,
            "overview": summary if big else None, "articles": dict(sorted(g.graph.get("articles", {}).items()))}


def _csp(scripts: list[str]) -> str:
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest())
                      .decode("ascii") + "'" for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


def render_html(g: nx.MultiDiGraph, title: str = "知识图谱", overview_at: int = OVERVIEW_AT,
                overview_nodes: int = OVERVIEW_NODES) -> str:
    """The whole page as a string (write it as UTF-8); see page_data for the overview."""
    files = resources.files("kg").joinpath("render")
    template = files.joinpath("page.html").read_text(encoding="utf-8")
    app = files.joinpath("page.js").read_text(encoding="utf-8")
    vis_js = _vis_asset("vis-network.min.js")
    app = app.replace("/*DATA*/null", _script_json(page_data(g, overview_at, overview_nodes)), 1)
    parts = {"__CSP__": escape(_csp([vis_js, app])), "__TITLE__": escape(title),
             "/*VIS_CSS*/": _vis_asset("vis-network.css"), "/*VIS_JS*/": vis_js,
             "/*APP_JS*/": app}
    # one pass, so a title or a name that happens to contain a placeholder stays as it is
    return re.sub("|".join(re.escape(k) for k in parts), lambda m: parts[m.group(0)], template)
