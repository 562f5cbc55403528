"""The HTML page: a vis-network drawing of the graph, one self-contained file.

The drawing is vis-network, the library pyvis wraps, taken from inside the
pyvis package.  The page is our own template rather than pyvis's, because
pyvis's templates load scripts from CDNs (its 'local' mode needs a lib/
folder next to the page) and write the heading unescaped.  Here vis-network's
script and CSS are inlined,
node positions are computed in Python so nothing moves after load, and all
article text reaches the page as JSON data, never as markup.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import networkx as nx

TYPE_COLOURS = {
    "Official": "#e6194b", "Company": "#4363d8", "Project": "#3cb44b", "Industry": "#f58231",
    "Meeting": "#911eb4", "Goal": "#42d4f4", "Place": "#a9a9a9",
}
TYPE_NAMES_ZH = {
    "Official": "官员", "Company": "企业", "Project": "项目", "Industry": "产业",
    "Meeting": "会议", "Goal": "目标", "Place": "地区",
}
EDGE_NAMES_ZH = {
    "participatesIn": "参与", "chairs": "主持", "speaksAt": "讲话", "attends": "出席",
    "signsWith": "签约", "visits": "考察", "involves": "涉及", "inIndustry": "属于产业",
    "partOfSector": "归属板块", "setBy": "提出于",
}


def _vis_asset(name: str) -> str:
    import pyvis
    base = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (base / name).read_text(encoding="utf-8")


def _script_json(data) -> str:
    """JSON that is safe inside <script>: no '</' or '<!--' can close the element."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def layout(g: nx.MultiDiGraph, seed: int = 7) -> dict:
    """Deterministic positions (pixels) from a force-directed layout."""
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(g.to_undirected())
    n = simple.number_of_nodes()
    pos = nx.spring_layout(simple, seed=seed, k=2.0 / max(n, 1) ** 0.5, iterations=80)
    scale = 120 * max(n, 1) ** 0.5
    return {node: (round(float(x) * scale, 1), round(float(y) * scale, 1))
            for node, (x, y) in sorted(pos.items())}


def page_data(g: nx.MultiDiGraph) -> dict:
    """Nodes and edges as the page's script reads them."""
    pos = layout(g)
    degree = dict(g.degree())
    nodes = []
    for node in sorted(g.nodes):
        d = g.nodes[node]
        x, y = pos.get(node, (0, 0))
        nodes.append({
            "id": node, "label": d["label"], "type": d["type"],
            "typeZh": TYPE_NAMES_ZH.get(d["type"], d["type"]),
            "aliases": d.get("aliases", []), "posts": d.get("posts", []),
            "dates": d.get("dates", []), "sector": d.get("sector", ""),
            "sources": [{"doc": a, "sentence": s} for a, s in d.get("sources", [])],
            "x": x, "y": y, "size": 10 + 4 * min(degree.get(node, 0), 10) ** 0.8,
            "color": TYPE_COLOURS.get(d["type"], "#777"),
        })
    edges = []
    for s, o, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        name = d["role"] or d["predicate"]
        edges.append({"from": s, "to": o, "predicate": d["predicate"], "role": d["role"],
                      "label": EDGE_NAMES_ZH.get(name, name)})
    return {"nodes": nodes, "edges": edges,
            "types": [{"type": t, "zh": TYPE_NAMES_ZH[t], "color": c}
                      for t, c in TYPE_COLOURS.items()]}


def render_html(g: nx.MultiDiGraph, title: str = "知识图谱") -> str:
    """The whole page as a string (UTF-8 when written)."""
    template = resources.files("kg").joinpath("render", "page.html").read_text(encoding="utf-8")
    from html import escape
    return (template
            .replace("/*VIS_CSS*/", _vis_asset("vis-network.css"))
            .replace("/*VIS_JS*/", _vis_asset("vis-network.min.js"))
            .replace("__TITLE__", escape(title))
            .replace("/*DATA*/null", _script_json(page_data(g))))
