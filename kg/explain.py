"""Why is this entity in the graph?  Its type, names, posts, and every mention
and relation with the sentence, article and rule behind it.

Works on any graph `kg build` wrote (read back from Turtle) or on
`BuildResult.graph`.

>>> from kg.pipeline import build_from_texts
>>> g = build_from_texts({"a.txt": "5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"}).graph
>>> print(explain(g, "张明华"))  # doctest: +ELLIPSIS
张明华  (Official)  <https://w3id.org/kg-news/id/official/...>
  posts:
    区委副书记  [role 副书记; organisation 区委]
  mentions (1):
    a.txt #1 [25-28] official.title-name: 区委副书记张明华主持会议。
  relations (1):
    chairs -> 基层治理工作推进会 (Meeting)
      a.txt #1 rel.participates-cue: 区委副书记张明华主持会议。
"""
from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.errors import EntityNotFound
from kg.model import ENTITY_TYPES
from kg.rdf.namespace import KG, ORG, RESOURCE_BASE, TIME

_ENTITY_CLASSES = {KG[t]: t for t in ENTITY_TYPES}
_RELATIONS = (KG.participatesIn, KG.chairs, KG.speaksAt, KG.attends, KG.signsWith, KG.visits,
              KG.involves, KG.inIndustry, KG.partOfSector, KG.setBy)
_ROLES = (KG.chairs, KG.speaksAt, KG.attends)


def _norm(s: str) -> str:
    from kg.resolve import norm
    return norm(s)


def _label(g: Graph, node) -> str:
    lab = g.value(node, RDFS.label)
    return str(lab) if lab is not None else str(node).rsplit("/", 1)[-1]


def _type(g: Graph, node) -> str:
    for c in sorted(g.objects(node, RDF.type)):
        if c in _ENTITY_CLASSES:
            return _ENTITY_CLASSES[c]
        if c == KG.Place:
            return "Place"
    return "?"


def find_entities(g: Graph, query: str) -> list[URIRef]:
    """Entity nodes whose IRI, label or alias is `query` (names compared after
    normalising width, spaces and quotes); sorted by IRI.

    >>> from kg.pipeline import build_from_texts
    >>> g = build_from_texts({"a.txt": "区委书记张明华出席会议。"}).graph
    >>> len(find_entities(g, "张明华")), find_entities(g, "李四")
    (1, [])
    """
    q = query.strip()
    if q.startswith("kgr:"):
        q = RESOURCE_BASE + q[4:]
    entities = {s for c in _ENTITY_CLASSES for s in g.subjects(RDF.type, c)}
    if URIRef(q) in entities:
        return [URIRef(q)]
    nq = _norm(q)
    hits = set()
    for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel):
        for s, o in g.subject_objects(p):
            if s in entities and isinstance(o, Literal) and _norm(str(o)) == nq:
                hits.add(s)
    return sorted(hits)


def _where(g: Graph, sentence) -> tuple[str, int, str]:
    """(article file name, sentence index, sentence text)."""
    article = g.value(sentence, KG.inArticle)
    idx = g.value(sentence, KG.sentenceIndex)
    text = g.value(sentence, KG.text)
    return (_label(g, article) if article is not None else "?",
            int(idx) if idx is not None else -1, str(text) if text is not None else "")


def _posts(g: Graph, node) -> list[str]:
    lines = []
    for ms in sorted(g.objects(node, ORG.hasMembership)):
        titles = " / ".join(sorted(str(t) for t in g.objects(ms, KG.postTitle)))
        extra = []
        role = g.value(ms, ORG.role)
        if role is not None:
            extra.append(f"role {_label(g, role)}")
        org = g.value(ms, ORG.organization)
        if org is not None:
            extra.append(f"organisation {_label(g, org)}")
        years = sorted(str(y) for i in g.objects(ms, ORG.memberDuring)
                       for d in g.objects(i, TIME.hasDateTimeDescription)
                       for y in g.objects(d, TIME.year))
        if years:
            extra.append("in " + ", ".join(years))
        lines.append(f"    {titles}" + (f"  [{'; '.join(extra)}]" if extra else ""))
    return lines


def _mentions(g: Graph, node) -> list[str]:
    rows = []
    for mn in g.objects(node, KG.mention):
        sent = g.value(mn, KG.inSentence)
        article, idx, text = _where(g, sent) if sent is not None else ("?", -1, "")
        start, end = g.value(mn, KG.start), g.value(mn, KG.end)
        rules = ",".join(sorted(str(r) for r in g.objects(mn, KG.rule)))
        rows.append((article, idx, f"    {article} #{idx} [{start}-{end}] {rules}: {text}"))
    rows.sort()
    return [f"  mentions ({len(rows)}):"] + [r[2] for r in rows]


def _evidence(g: Graph, s, p, o) -> list[str]:
    rows = []
    for ev in g.subjects(RDF.subject, s):
        if g.value(ev, RDF.predicate) != p or g.value(ev, RDF.object) != o:
            continue
        sent = g.value(ev, KG.inSentence)
        article, idx, text = _where(g, sent) if sent is not None else ("?", -1, "")
        rules = ",".join(sorted(str(r) for r in g.objects(ev, KG.rule)))
        rows.append((article, idx, f"      {article} #{idx} {rules}: {text}"))
    return [r[2] for r in sorted(rows)]


def _relations(g: Graph, node) -> list[str]:
    out = []
    for p in _RELATIONS:
        for o in sorted(g.objects(node, p)):
            # participatesIn repeats a role the graph states as chairs/speaksAt/attends.
            if p == KG.participatesIn and any((node, r, o) in g for r in _ROLES):
                continue
            out.append((f"    {p.split('#')[-1]} -> {_label(g, o)} ({_type(g, o)})",
                        _evidence(g, node, p, o)))
        for s in sorted(g.subjects(p, node)):
            if p == KG.participatesIn and any((s, r, node) in g for r in _ROLES):
                continue
            out.append((f"    {p.split('#')[-1]} <- {_label(g, s)} ({_type(g, s)})",
                        _evidence(g, s, p, node)))
    lines = [f"  relations ({len(out)}):"]
    for head, ev in out:
        lines.append(head)
        lines.extend(ev)
    return lines


def explain_node(g: Graph, node) -> str:
    """The explanation of one entity node, as text."""
    lines = [f"{_label(g, node)}  ({_type(g, node)})  <{node}>"]
    aliases = sorted(str(a) for a in g.objects(node, SKOS.altLabel))
    if aliases:
        lines.append("  aliases: " + ", ".join(aliases))
    dates = sorted(str(d) for d in g.objects(node, KG.date))
    if dates:
        lines.append("  date: " + ", ".join(dates))
    elif (node, KG.dateUnknown, Literal(True)) in g:
        lines.append("  date: unknown (the text gives no day)")
    posts = _posts(g, node)
    if posts:
        lines.append("  posts:")
        lines.extend(posts)
    lines.extend(_mentions(g, node))
    lines.extend(_relations(g, node))
    return "\n".join(lines)


def explain(g: Graph, query: str) -> str:
    """Explanations of every entity named `query` (a name, alias or IRI),
    separated by blank lines; EntityNotFound when there is none."""
    nodes = find_entities(g, query)
    if not nodes:
        nq = _norm(query)
        near = sorted({str(o) for c in _ENTITY_CLASSES for s in g.subjects(RDF.type, c)
                       for o in g.objects(s, RDFS.label) if nq and nq in _norm(str(o))})
        hint = f"; did you mean: {', '.join(near[:5])}" if near else ""
        raise EntityNotFound(f"no entity named {query!r} in the graph{hint}")
    return "\n\n".join(explain_node(g, n) for n in nodes)
