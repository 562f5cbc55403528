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


_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _used_prefixes(graph, nt: bytes) -> dict:
    """The graph's prefix bindings that shorten some predicate or class IRI in
    the N-Triples `nt` to a clean local name (kgr:company/… would need an
    escaped slash, so such a namespace is left out).  Byte searches, so a
    million triples cost milliseconds."""
    out = {}
    for prefix, ns in sorted(graph.namespaces()):
        if not prefix:
            continue
        nsb = str(ns).encode("utf-8")
        for probe in (b"> <" + nsb, b"> " + _RDF_TYPE + b" <" + nsb):
            pos, tries = nt.find(probe), 0
            while pos >= 0 and tries < 50 and prefix not in out:
                start = pos + len(probe)
                local = nt[start:nt.find(b">", start)]
                if local and local.replace(b"_", b"a").replace(b"-", b"a").isalnum() \
                        and not local[:1].isdigit():
                    out[prefix] = str(ns)
                pos, tries = nt.find(probe, start), tries + 1
    return out


def turtle_bytes(graph) -> bytes:
    """The graph as Turtle, UTF-8, byte-identical for the same triples.

    rdflib writes N-Triples, the lines are sorted (so neither insertion order
    nor PYTHONHASHSEED matters), and pyoxigraph writes the Turtle: about ten
    times faster than rdflib's Turtle writer on a large graph.  Blank nodes
    get canonical labels first (rdflib.compare), since rdflib's are random.

    >>> from rdflib import Graph, Literal, URIRef, RDFS
    >>> g = Graph(); g.bind("rdfs", RDFS)
    >>> _ = g.add((URIRef("urn:x:b"), RDFS.label, Literal("乙"))); _ = g.add((URIRef("urn:x:a"), RDFS.label, Literal("甲")))
    >>> print(turtle_bytes(g).decode(), end="")
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <urn:x:a> rdfs:label "甲" .
    <urn:x:b> rdfs:label "乙" .
    """
    import pyoxigraph as ox
    from rdflib import BNode
    nt = graph.serialize(format="nt", encoding="utf-8")
    if b"_:" in nt and any(isinstance(x, BNode) for t in graph for x in t):
        from rdflib.compare import to_canonical_graph
        canon = to_canonical_graph(graph)
        nt = canon.serialize(format="nt", encoding="utf-8")
    lines = sorted({line for line in nt.split(b"\n") if line.strip()})
    triples = ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_used_prefixes(graph, nt))


def write_outputs(result, out_dir, title: str = "知识图谱") -> dict:
    """Write kg.ttl and kg.html into `out_dir`; returns {kind: path}."""
    from kg.graphview import to_networkx
    from kg.render.html import render_html
    out = Path(out_dir)
    ttl = out / "kg.ttl"
    html = out / "kg.html"
    write_atomic(ttl, turtle_bytes(result.graph))
    write_atomic(html, render_html(to_networkx(result), title).encode("utf-8"))
    return {"ttl": str(ttl), "html": str(html)}
