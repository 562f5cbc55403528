"""Writing results: Turtle and HTML, each written to a temporary file in the
destination folder and renamed over the old one, so an interrupted build
leaves the previous output whole."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def turtle_bytes(graph) -> bytes:
    """An rdflib Graph as Turtle, UTF-8, byte-identical for the same triples
    (see kg.rdf.ntriples.turtle_from_triples).  Blank nodes get canonical
    labels first (rdflib.compare), since rdflib's are random.

    >>> from rdflib import Graph, Literal, URIRef, RDFS
    >>> g = Graph(); g.bind("rdfs", RDFS)
    >>> _ = g.add((URIRef("urn:x:b"), RDFS.label, Literal("乙"))); _ = g.add((URIRef("urn:x:a"), RDFS.label, Literal("甲")))
    >>> print(turtle_bytes(g).decode(), end="")
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <urn:x:a> rdfs:label "甲" .
    <urn:x:b> rdfs:label "乙" .
    """
    from rdflib import BNode
    from kg.rdf.ntriples import turtle_from_triples
    prefixes = {p: str(ns) for p, ns in graph.namespaces() if p}
    if any(isinstance(x, BNode) for t in graph for x in t):
        from rdflib.compare import to_canonical_graph
        graph = to_canonical_graph(graph)
    return turtle_from_triples(graph, prefixes)


def write_outputs(result, out_dir, title: str = "知识图谱") -> dict:
    """Write kg.ttl and kg.html into `out_dir`; returns {kind: path}."""
    from kg.graphview import to_networkx
    from kg.render.html import render_html
    out = Path(out_dir)
    ttl = out / "kg.ttl"
    html = out / "kg.html"
    from kg.rdf.graph import PREFIXES
    from kg.rdf.ntriples import turtle_from_triples
    write_atomic(ttl, turtle_from_triples(result.triples, PREFIXES))
    write_atomic(html, render_html(to_networkx(result), title).encode("utf-8"))
    return {"ttl": str(ttl), "html": str(html)}
