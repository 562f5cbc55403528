"""`kg render`: a page showing part of a built graph.

The graph comes back from the Turtle a build wrote (kg.graphview.from_turtle)
or is built from articles; kg.graphview.filter_view picks the part to show.

>>> from kg.pipeline import build_from_texts
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> ttl = out / "kg.ttl"
>>> text = "5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"
>>> _ = ttl.write_bytes(build_from_texts({"a.txt": text}).graph.serialize(format="turtle", encoding="utf-8"))
>>> g, what = filtered_graph(load_view(ttl=ttl), types=["Official"])
>>> what, sorted(d["label"] for _, d in g.nodes(data=True))
('类型 Official', ['张明华'])
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:            # the CLI imports this module to parse arguments: keep it light
    import networkx as nx


def count(text: str) -> int:
    """An argparse type: a whole number, 0 or more.

    >>> count("3")
    3
    """
    import argparse
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number >= 0")
    return n


def load_view(ttl=None, paths=(), lexicon=()) -> nx.MultiDiGraph:
    """The networkx view of a Turtle file, or of a build of `paths` if given."""
    if paths:
        from kg.errors import NothingToBuild
        from kg.graphview import to_networkx
        from kg.lexicon import load
        from kg.pipeline import build_from_paths
        import sys
        result = build_from_paths(list(paths), load(list(lexicon)))
        for p in result.problems:
            print(f"kg: skipped {p}", file=sys.stderr)
        if not result.documents:
            raise NothingToBuild("nothing to build: no readable .txt input in "
                                 + ", ".join(map(str, paths)))
        return to_networkx(result)
    from kg.graphview import from_turtle
    return from_turtle(ttl)


def filtered_graph(g: nx.MultiDiGraph, types=(), around: str | None = None, hops: int = 1,
                   top: int = 0, source: str = "") -> tuple[nx.MultiDiGraph, str]:
    """The filtered graph and a short description of the filter (for the title);
    a name `around` that no node has is an EntityNotFound naming it."""
    from kg.errors import EntityNotFound
    from kg.graphview import filter_view, find_nodes
    centre = []
    what = []
    if around is not None:
        centre = find_nodes(g, around)
        if not centre:
            where = f" in {source}" if source else ""
            raise EntityNotFound(f"no entity named '{around}'{where}")
        what.append(f"“{around}” {hops} 跳 hops")
    if types:
        what.append("类型 " + ", ".join(types))
    if top:
        what.append(f"前 {top} top")
    return filter_view(g, types=types, around=centre, hops=hops, top=top), "；".join(what)


def write_view(g: nx.MultiDiGraph, out, title: str) -> str:
    from kg.output import write_atomic
    from kg.render.html import render_html
    write_atomic(out, render_html(g, title).encode("utf-8"))
    return str(out)
