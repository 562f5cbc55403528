"""The networkx view of a build: one node per entity, one edge per relation.

>>> from kg.pipeline import build_from_texts
>>> g = to_networkx(build_from_texts({"a.txt": "区委书记张明华出席某某推进会。"}))
>>> sorted(d["type"] for _, d in g.nodes(data=True))
['Meeting', 'Official']
"""
from __future__ import annotations

import networkx as nx

from kg.rdf.iri import entity_iri


def _sources(docs: dict, mentions) -> list[tuple[str, str]]:
    """(article, sentence text) of each mention, first occurrence order, no repeats."""
    out = []
    for m in mentions:
        d = docs.get(m.doc_id)
        if d is not None and m.sentence < len(d.sentences):
            pair = (m.doc_id, d.sentences[m.sentence].text)
            if pair not in out:
                out.append(pair)
    return out


def to_networkx(result) -> nx.MultiDiGraph:
    """A MultiDiGraph keyed by entity IRI; node attributes: type, label,
    aliases, posts, dates, sector, sources (article, sentence); edge
    attributes: predicate, role, sources (the sentences the relation was
    read from).  g.graph["articles"] maps each article to its title."""
    g = nx.MultiDiGraph()
    docs = {d.doc_id: d for d in result.documents}
    g.graph["articles"] = {d.doc_id: d.title for d in sorted(result.documents, key=lambda d: d.doc_id)}
    for e in result.entities:
        g.add_node(str(entity_iri(e.key)), type=e.type, label=e.label, aliases=list(e.aliases),
                   posts=[p.title for p in e.posts], dates=list(e.dates), sector=e.sector,
                   sources=_sources(docs, e.mentions), key=e.key)
    for r in result.relations:
        s, o = str(entity_iri(r.subject)), str(entity_iri(r.object))
        for iri, key in ((s, r.subject), (o, r.object)):
            if iri not in g:    # a place ('Place|二七区') is a relation end, not an entity
                kind, _, name = key.partition("|")
                g.add_node(iri, type=kind, label=name.split("|")[0], aliases=[], posts=[],
                           dates=[], sector="", sources=[], key=key)
        evidence = _sources(docs, r.evidence)
        g.add_edge(s, o, key=f"{r.predicate}:{r.role}", predicate=r.predicate, role=r.role,
                   sources=evidence)
        if g.nodes[o]["type"] == "Place":   # a place has no mentions of its own
            g.nodes[o]["sources"] += [p for p in evidence if p not in g.nodes[o]["sources"]]
    return g
