"""The networkx view of a build: one node per entity, one edge per relation.

>>> from kg.pipeline import build_from_texts
>>> g = to_networkx(build_from_texts({"a.txt": "区委书记张明华出席某某推进会。"}))
>>> sorted(d["type"] for _, d in g.nodes(data=True))
['Meeting', 'Official']
"""
from __future__ import annotations

import networkx as nx

from kg.model import SentenceTable
from kg.rdf.iri import entity_iri_str


def _sources(docs: dict, mentions) -> list[tuple[str, str]]:
    """(article, sentence text) of each mention, first occurrence order, no repeats.

    A popular entity has thousands of mentions: repeats are found by
    dictionary, first by sentence number, then by text (an article may say
    the same sentence twice)."""
    out: dict = {}
    for doc_id, i in dict.fromkeys((m.doc_id, m.sentence) for m in mentions):
        d = docs.get(doc_id)
        if d is not None and i < len(d.sentences):
            out.setdefault((doc_id, _sentence_text(d, i)), None)
    return list(out)


def _sentence_text(doc, i: int) -> str:
    """Sentence `i`'s text, without making the Sentence object a
    SentenceTable would make for it."""
    table = doc.sentences
    if isinstance(table, SentenceTable):
        return table.text_of(i)
    return table[i].text


def to_networkx(result) -> nx.MultiDiGraph:
    """A MultiDiGraph keyed by entity IRI; node attributes: type, label,
    aliases, posts, dates, sector, sources (article, sentence); edge
    attributes: predicate, role, sources (the sentences the relation was
    read from).  g.graph["articles"] maps each article to its title."""
    g = nx.MultiDiGraph()
    docs = {d.doc_id: d for d in result.documents}
    g.graph["articles"] = {d.doc_id: d.title for d in sorted(result.documents, key=lambda d: d.doc_id)}
    iri_of: dict[str, str] = {}
    for e in result.entities:
        iri = iri_of[e.key] = entity_iri_str(e.key)
        g.add_node(iri, type=e.type, label=e.label, aliases=list(e.aliases),
                   posts=[p.title for p in e.posts], dates=list(e.dates), sector=e.sector,
                   sources=_sources(docs, e.mentions), key=e.key)
    place_sources: dict[str, dict] = {}       # a place's sources, as a dict for their order
    for r in result.relations:
        ends = []
        for key in (r.subject, r.object):
            iri = iri_of.get(key)
            if iri is None:
                iri = iri_of[key] = entity_iri_str(key)
            if iri not in g:    # a place ('Place|青石区') is a relation end, not an entity
                kind, _, name = key.partition("|")
                g.add_node(iri, type=kind, label=name.split("|")[0], aliases=[], posts=[],
                           dates=[], sector="", sources=[], key=key)
            ends.append(iri)
        s, o = ends
        evidence = _sources(docs, r.evidence)
        g.add_edge(s, o, key=f"{r.predicate}:{r.role}", predicate=r.predicate, role=r.role,
                   sources=evidence)
        if g.nodes[o]["type"] == "Place":   # a place has no mentions of its own
            seen = place_sources.get(o)
            if seen is None:
                seen = place_sources[o] = dict.fromkeys(g.nodes[o]["sources"])
            new = [p for p in evidence if p not in seen]
            seen.update(dict.fromkeys(new))
            g.nodes[o]["sources"] += new
    return g


# ---------------------------------------------------------------- back from Turtle

_RELATION_NAMES = ("participatesIn", "chairs", "speaksAt", "attends", "signsWith", "visits",
                   "involves", "inIndustry", "partOfSector", "setBy")
_ROLE_NAMES = ("chairs", "speaksAt", "attends")


def _terms():
    from rdflib import RDF, RDFS
    from rdflib.namespace import SKOS

    from kg.model import ENTITY_TYPES
    from kg.rdf.namespace import KG, ORG, SCHEMA
    classes = {str(KG[t]): t for t in ENTITY_TYPES + ("Place",)}
    relations = {str(KG[p]): p for p in _RELATION_NAMES}
    return classes, relations, {
        "type": str(RDF.type), "label": str(RDFS.label), "alias": str(SKOS.altLabel),
        "membership": str(ORG.hasMembership), "post": str(KG.postTitle), "date": str(KG.date),
        "mention": str(KG.mention), "in_sentence": str(KG.inSentence), "text": str(KG.text),
        "in_article": str(KG.inArticle), "index": str(KG.sentenceIndex),
        "headline": str(SCHEMA.headline), "subject": str(RDF.subject),
        "predicate": str(RDF.predicate), "object": str(RDF.object), "Article": str(KG.Article),
    }


def _triples(path, wanted: set):
    """(subject, predicate, object) as plain strings (a literal's lexical form),
    for the predicates in `wanted`.

    pyoxigraph parses Turtle about ten times faster than rdflib (see
    docs/explorer.md); rdflib is the fallback when it is not installed."""
    try:
        import pyoxigraph as ox
    except ImportError:
        from rdflib import Graph
        for s, p, o in Graph().parse(str(path), format="turtle"):
            if str(p) in wanted:
                yield str(s), str(p), str(o)
        return
    for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        p = q.predicate.value
        if p in wanted:
            yield q.subject.value, p, q.object.value


def from_turtle(path) -> nx.MultiDiGraph:
    """The networkx view of a graph `kg build` wrote, read back from its Turtle:
    the same nodes, attributes and edges as `to_networkx` gives for the build
    (lists of posts, dates and sources sorted).  A missing or unreadable file is
    a GraphFileError naming it.

    >>> import tempfile, pathlib
    >>> from kg.pipeline import build_from_texts
    >>> r = build_from_texts({"a.txt": "5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"})
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "kg.ttl"
    >>> _ = p.write_bytes(r.graph.serialize(format="turtle", encoding="utf-8"))
    >>> g = from_turtle(p)
    >>> sorted((d["label"], d["type"]) for _, d in g.nodes(data=True))
    [('基层治理工作推进会', 'Meeting'), ('张明华', 'Official')]
    >>> [(d["predicate"], d["role"]) for _, _, d in g.edges(data=True)]
    [('participatesIn', 'chairs')]
    """
    from pathlib import Path

    from kg.errors import GraphFileError
    p = Path(path)
    if not p.is_file():
        raise GraphFileError(f"{p}: no such file (build one with `kg build`)")
    classes, relations, t = _terms()
    kind: dict = {}
    articles = set()
    one: dict = {k: {} for k in ("label", "in_sentence", "text", "in_article", "index",
                                 "headline", "subject", "predicate", "object")}
    many: dict = {k: {} for k in ("alias", "membership", "post", "date", "mention")}
    by_iri = {v: k for k, v in t.items()}
    triples = []
    try:
        for s, pred, o in _triples(p, set(relations) | set(by_iri)):
            if pred in relations:
                triples.append((s, relations[pred], o))
                continue
            name = by_iri.get(pred)
            if name is None:
                continue
            if name == "type":
                if o in classes:
                    kind[s] = classes[o]
                elif o == t["Article"]:
                    articles.add(s)
            elif name in one:
                one[name][s] = o
            else:
                many[name].setdefault(s, []).append(o)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphFileError(f"{p}: cannot read as Turtle ({exc})") from exc

    located: dict = {}

    def where(sentence):
        if sentence not in located:
            art = one["in_article"].get(sentence)
            i = one["index"].get(sentence, "")
            located[sentence] = (int(i) if i.isdigit() else -1, one["label"].get(art, art or "?"),
                                 one["text"].get(sentence, ""))
        return located[sentence]

    def sources(sentences) -> list:
        rows = sorted({where(s) for s in sentences if s in one["text"]},
                      key=lambda r: (r[1], r[0], r[2]))
        return [(doc, text) for _, doc, text in rows]

    g = nx.MultiDiGraph()
    g.graph["articles"] = dict(sorted(
        (one["label"].get(a, a), one["headline"].get(a, "")) for a in articles))
    for node in sorted(kind):
        posts = sorted({x for ms in many["membership"].get(node, []) for x in many["post"].get(ms, [])})
        sents = [one["in_sentence"][m] for m in many["mention"].get(node, [])
                 if m in one["in_sentence"]]
        g.add_node(node, type=kind[node], label=one["label"].get(node, node.rsplit("/", 1)[-1]),
                   aliases=sorted(set(many["alias"].get(node, []))), posts=posts,
                   dates=sorted(set(many["date"].get(node, []))), sector="",
                   sources=sources(sents), key=node)
    evidence: dict = {}
    for ev, s in one["subject"].items():
        pred = relations.get(one["predicate"].get(ev, ""))
        evidence.setdefault((s, pred, one["object"].get(ev)), []).append(one["in_sentence"].get(ev))
    roles = {(s, o) for s, pred, o in triples if pred in _ROLE_NAMES}
    for s, pred, o in sorted(set(triples)):
        if s not in kind or o not in kind:
            continue
        if pred == "participatesIn" and (s, o) in roles:
            continue               # the role triple (chairs, ...) stands for it
        predicate, role = ("participatesIn", pred) if pred in _ROLE_NAMES else (pred, "")
        ev = sources(evidence.get((s, pred, o), []))
        g.add_edge(s, o, key=f"{predicate}:{role}", predicate=predicate, role=role, sources=ev)
        if pred == "partOfSector" and not g.nodes[s]["sector"]:
            g.nodes[s]["sector"] = g.nodes[o]["label"]
        if kind[o] == "Place":
            g.nodes[o]["sources"] = sorted(set(g.nodes[o]["sources"]) | set(ev),
                                           key=lambda x: (x[0], x[1]))
    return g


# ---------------------------------------------------------------- filtered views

def find_nodes(g: nx.MultiDiGraph, name: str) -> list:
    """Nodes whose IRI, label or alias is `name` (compared as kg.resolve.norm
    compares names: width, spaces, quotes), sorted.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("urn:c", type="Company", label="某某科技有限公司", aliases=["某某科技"])
    >>> find_nodes(g, "某某科技"), find_nodes(g, "urn:c"), find_nodes(g, "别的")
    (['urn:c'], ['urn:c'], [])
    """
    from kg.resolve import norm
    q = name.strip()
    if q in g:
        return [q]
    nq = norm(q)
    return sorted(v for v, d in g.nodes(data=True)
                  if nq in {norm(x) for x in [d.get("label", "")] + list(d.get("aliases", []))})


def filter_view(g: nx.MultiDiGraph, types=(), around=(), hops: int = 1, top: int = 0) -> nx.MultiDiGraph:
    """The part of `g` a filtered page shows, as a new graph (attributes shared):

    - `around`: nodes within `hops` relations (either direction) of these nodes;
    - `types`: only nodes of these types (the `around` nodes themselves stay);
    - `top`: then only the `top` nodes with the most relations in the whole graph.

    >>> g = nx.MultiDiGraph([("a", "m"), ("b", "m"), ("c", "x")])
    >>> for v in g: g.nodes[v]["type"] = "Meeting" if v in "mx" else "Official"
    >>> sorted(filter_view(g, around=["a"], hops=2)), sorted(filter_view(g, types=["Meeting"]))
    (['a', 'b', 'm'], ['m', 'x'])
    >>> sorted(filter_view(g, top=1))
    ['m']
    """
    keep = set(g.nodes)
    centre = set(around)
    if centre:
        simple = g.to_undirected(as_view=True)
        keep = set()
        for v in sorted(centre):
            keep |= set(nx.single_source_shortest_path_length(simple, v, cutoff=hops))
    if types:
        keep = {v for v in keep if g.nodes[v].get("type") in set(types) or v in centre}
    if top:
        degree = dict(g.degree())
        keep = set(sorted(keep, key=lambda v: (-degree[v], v))[:top])
    out = g.subgraph(keep).copy()
    out.graph = dict(g.graph)
    return out
