"""Entities and relations to an rdflib Graph, using the ontology's terms.

Shape of the data (prefixes as in the Turtle output):

    kgr:official/… a kg:Official ; rdfs:label "张明华"@zh ;
        org:hasMembership kgr:membership/… ; kg:mention kgr:mention/… .
    kgr:membership/… a org:Membership ; org:member kgr:official/… ;
        kg:postTitle "青石区委书记"@zh ; org:role kgr:role/… ;
        org:organization kgr:organization/… ; org:memberDuring kgr:year/2023 .
    kgr:organization/… a org:Organization ; rdfs:label "青石区委"@zh .
    kgr:year/2023 a time:DateTimeInterval ; time:hasDateTimeDescription
        [ time:unitType time:unitYear ; time:year "2023"^^xsd:gYear ] .
    kgr:mention/… a kg:Mention ; kg:inSentence kgr:sentence/… ; kg:rule "official.title-name" ;
        kg:start 10 ; kg:end 13 .
    kgr:official/… kg:chairs kgr:meeting/… .            # every relation is a direct triple
    kgr:evidence/… a kg:Evidence ; rdf:subject kgr:official/… ; rdf:predicate kg:chairs ;
        rdf:object kgr:meeting/… ; kg:inSentence kgr:sentence/… ; kg:rule "rel.participates-cue" .
    kgr:sentence/… a kg:Sentence ; kg:text "…"@zh ; kg:inArticle kgr:article/… .
    kgr:article/… a kg:Article , schema:NewsArticle ; rdfs:label "a.txt" ; kg:sha256 "…" .

Free text (sentences, headlines) sits two hops from an entity (entity -> mention
or evidence -> sentence), so a consumer reading an entity's neighbourhood for its
titles or dates sees only the facts.  One Sentence node is shared by every
mention and evidence found in it.
"""
from __future__ import annotations

import re
from collections import defaultdict

from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.namespace import DCTERMS, OWL, SKOS

from kg.model import Document, Entity, Post, Relation
from kg.rdf.iri import (article_iri, entity_iri, evidence_iri, membership_iri, mention_iri,
                        organization_iri, quantity_iri, role_iri, sentence_iri,
                        year_description_iri, year_iri)
from kg.rdf.namespace import KG, ORG, PROV, SCHEMA, TIME

PREFIXES = {
    "kg": KG._NS, "kgr": "https://w3id.org/kg-news/id/", "org": ORG, "schema": SCHEMA,
    "prov": PROV, "skos": SKOS, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "dcterms": DCTERMS,
    "time": TIME,
}
_ROLE_PROPERTY = {"chairs": KG.chairs, "speaksAt": KG.speaksAt, "attends": KG.attends}


def _zh(s: str) -> Literal:
    return Literal(s, lang="zh")


def date_literal(iso: str) -> Literal:
    """'2023-08-21' -> xsd:date, '--08-21' -> xsd:gMonthDay."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return Literal(iso, datatype=XSD.date)
    return Literal(iso, datatype=XSD.gMonthDay)


def read_graph(path) -> Graph:
    """A graph file (Turtle, or any format rdflib can guess from the name);
    a missing or unreadable file is a GraphFileError naming it."""
    from pathlib import Path

    from rdflib.util import guess_format

    from kg.errors import GraphFileError
    p = Path(path)
    if not p.is_file():
        raise GraphFileError(f"{p}: no such file (build one with `kg build`)")
    try:
        return Graph().parse(p, format=guess_format(str(p)) or "turtle")
    except Exception as exc:   # rdflib raises many parser exception types
        raise GraphFileError(f"{p}: cannot read as RDF ({exc})") from exc


def decimal_literal(value: str) -> Literal:
    """xsd:decimal with a decimal point, the form Turtle writes a decimal in,
    so the value reads back from the file exactly as it was built.

    >>> str(decimal_literal("218")), str(decimal_literal("9.4"))
    ('218.0', '9.4')
    """
    if "." not in value and value.lstrip("+-").isdigit():
        value += ".0"
    return Literal(value, datatype=XSD.decimal)


def new_graph() -> Graph:
    g = Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


# 区长, 常务副区长, 代县长: the head of the place's government.
_HEAD_OF_GOVERNMENT = re.compile(r"(?:常务|代)?副?([省市县区州旗])长")
# A department name this short (宣传部, 管委会) exists in every government.
_SPECIFIC_ORG_MIN = 5
_NAMES_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?[省市县区州旗]")   # 青石区委, 白河县县委


def qualified_org(post: Post, place: str) -> tuple[str, bool]:
    """The organisation a post belongs to, named with the article's place when
    the text leaves it implicit; the flag says whether the name says whose it is
    (a bare 市委 or 宣传部 does not, so its node stays with its article).

    >>> qualified_org(Post("区委书记", "书记", "区委"), "青石区")
    ('青石区委', True)
    >>> qualified_org(Post("常务副区长", "常务副区长", ""), "青石区")
    ('青石区人民政府', True)
    >>> qualified_org(Post("市委常委", "常委", "市委"), "某某县")
    ('市委', False)
    >>> qualified_org(Post("宣传部部长", "部长", "宣传部"), "某某县")
    ('宣传部', False)
    >>> qualified_org(Post("某某区委书记", "书记", "某某区委"), "")
    ('某某区委', True)
    """
    org = post.org
    level = org[:1]
    if not org:
        m = _HEAD_OF_GOVERNMENT.fullmatch(post.title)
        if m and place.endswith(m.group(1)):
            return place + "人民政府", True
        return "", False
    if level in "省市县区州旗":
        # 区委 in an article about 青石区 is 青石区委; 市委 there is some city's.
        if place.endswith(level):
            return place + org[1:], True
        return org, False
    # 宣传部, 社治委, 管委会: a department of whichever government the article is about.
    return org, len(org) >= _SPECIFIC_ORG_MIN or bool(_NAMES_PLACE.match(org))


# Words that do not occur in a place name: 并通过了四届区委 is not a district's 委.
_NOT_IN_PLACE = re.compile("[了的届过并和与在是为将对及等各全本该]")


def article_place(doc: Document, entities: list[Entity] = ()) -> str:
    """The district or county an article is about, to name the organisation of
    a bare 区委: the user's `place`, else the place the text names with 委 or
    政府, else the place an official's post names most often; '' if unsure.

    >>> from kg.read import document_from_text
    >>> article_place(document_from_text("a.txt", "青石区委召开会议。青石区委书记王立新讲话。"))
    '青石区'
    >>> article_place(document_from_text("a.txt", "白县县委召开会议。白县县委书记王立新讲话。"))
    '白县'
    """
    if doc.place:
        return doc.place
    from kg.relate import _main_place   # the same guess the relation rules use
    guess = _main_place(doc)
    if len(guess) >= 3 and guess[-1] == guess[-2]:
        guess = guess[:-1]     # 白河县县委 is 白河县's 县委
    if 2 <= len(guess) <= 8 and not _NOT_IN_PLACE.search(guess):
        return guess
    from kg.resolve import post_places
    counts: dict[str, int] = defaultdict(int)
    for e in entities:
        for m in e.mentions:
            if m.doc_id == doc.doc_id:
                for p in post_places(m):
                    counts[p] += 1
    return max(sorted(counts), key=lambda p: counts[p]) if counts else ""


def _add_article(g: Graph, d: Document) -> None:
    a = article_iri(d.doc_id)
    g.add((a, RDF.type, KG.Article))
    g.add((a, RDF.type, SCHEMA.NewsArticle))
    g.add((a, RDFS.label, Literal(d.doc_id)))
    if d.title:
        g.add((a, SCHEMA.headline, _zh(d.title)))
    if d.date:
        g.add((a, SCHEMA.datePublished, Literal(d.date, datatype=XSD.date)))
    elif d.year:
        g.add((a, SCHEMA.datePublished, Literal(f"{d.year:04d}", datatype=XSD.gYear)))
    if d.source_url:
        g.add((a, SCHEMA.url, Literal(d.source_url, datatype=XSD.anyURI)))
    if d.sha256:
        g.add((a, KG.sha256, Literal(d.sha256)))


def _add_year(g: Graph, year: int) -> None:
    y, desc = year_iri(year), year_description_iri(year)
    g.add((y, RDF.type, TIME.DateTimeInterval))
    g.add((y, RDFS.label, Literal(f"{year:04d}")))
    g.add((y, TIME.hasDateTimeDescription, desc))
    g.add((desc, RDF.type, TIME.DateTimeDescription))
    g.add((desc, TIME.unitType, TIME.unitYear))
    g.add((desc, TIME.year, Literal(f"{year:04d}", datatype=XSD.gYear)))


def _add_memberships(g: Graph, e: Entity, docs_by_id: dict, places: dict) -> None:
    """One org:Membership per (organisation, role) -- or per post as written
    when the post names no organisation -- held during the years of the
    articles that give it; every wording of the post is a kg:postTitle."""
    node = entity_iri(e.key)
    titles: dict[tuple, set] = defaultdict(set)
    years: dict[tuple, set] = defaultdict(set)
    for m in e.mentions:
        d = docs_by_id.get(m.doc_id)
        for p in m.posts:
            org, specific = qualified_org(p, places.get(m.doc_id, ""))
            scope = "" if specific or not org else m.doc_id
            key = (org, scope, p.role or p.title) if org else ("", "", p.title)
            titles[key].add(p.title)
            if d is not None and d.year:
                years[key].add(d.year)
    for key in sorted(titles):
        org, scope, role = key
        ms = membership_iri(e.key, role, "|".join((org, scope)) if org else "")
        g.add((node, ORG.hasMembership, ms))
        g.add((ms, RDF.type, ORG.Membership))
        g.add((ms, ORG.member, node))
        for t in sorted(titles[key]):
            g.add((ms, KG.postTitle, _zh(t)))
        if org:
            r = role_iri(role)
            g.add((ms, ORG.role, r))
            g.add((r, RDF.type, ORG.Role))
            g.add((r, RDFS.label, _zh(role)))
            o = organization_iri(org, scope)
            g.add((ms, ORG.organization, o))
            g.add((o, RDF.type, ORG.Organization))
            g.add((o, RDFS.label, _zh(org)))
        for y in sorted(years[key]):
            _add_year(g, y)
            g.add((ms, ORG.memberDuring, year_iri(y)))


class TripleSet(set):
    """A set of (s, p, o) with Graph.add's signature: collecting triples here and
    handing them to a store once is many times faster than rdflib's Graph.add."""

    def add(self, triple) -> None:   # noqa: D102 - same as set.add
        set.add(self, triple)


def build_graph(docs: list[Document], entities: list[Entity], relations: list[Relation]) -> Graph:
    """The knowledge graph of these documents as an rdflib Graph (shape: see
    the module doc).

    >>> from kg.pipeline import build_from_texts
    >>> r = build_from_texts({"a.txt": "5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"})
    >>> g = build_graph(r.documents, r.entities, r.relations)
    >>> sorted(str(o) for o in g.objects(None, KG.rule))
    ['meeting.head', 'official.title-name', 'rel.participates-cue']
    """
    return graph_from_triples(graph_triples(docs, entities, relations))


def graph_from_triples(triples) -> Graph:
    """An rdflib Graph holding `triples`, with the project's prefixes bound."""
    g = new_graph()
    g.addN((s, p, o, g) for s, p, o in triples)
    return g


def graph_triples(docs: list[Document], entities: list[Entity],
                  relations: list[Relation]) -> TripleSet:
    """The graph's triples as a set of rdflib terms (no store involved)."""
    g = TripleSet()
    docs_by_id = {d.doc_id: d for d in docs}
    places = {d.doc_id: article_place(d, entities) for d in docs}
    for d in docs:
        _add_article(g, d)
    used_sentences = set()
    for e in entities:
        node = entity_iri(e.key)
        g.add((node, RDF.type, KG[e.type]))
        g.add((node, RDFS.label, _zh(e.label)))
        for a in e.aliases:
            g.add((node, SKOS.altLabel, _zh(a)))
        if e.type == "Official":
            _add_memberships(g, e, docs_by_id, places)
        for d in e.dates:
            g.add((node, KG.date, date_literal(d)))
        if e.type == "Meeting" and not e.dates:
            g.add((node, KG.dateUnknown, Literal(True)))
        for q in e.quantities:
            qn = quantity_iri(e.key, q.text)
            g.add((node, KG.quantity, qn))
            g.add((qn, RDF.type, KG.Quantity))
            g.add((qn, KG.value, decimal_literal(q.value)))
            g.add((qn, KG.unit, _zh(q.unit)))
            g.add((qn, RDFS.label, _zh(q.text)))
            if q.qualifier:
                g.add((qn, KG.qualifier, _zh(q.qualifier)))
        seen = set()
        for m in e.mentions:
            k = (m.doc_id, m.sentence)
            if k in seen:
                continue
            seen.add(k)
            mn = mention_iri(e.key, m.doc_id, m.sentence)
            g.add((node, KG.mention, mn))
            g.add((mn, RDF.type, KG.Mention))
            g.add((mn, KG.inSentence, sentence_iri(m.doc_id, m.sentence)))
            g.add((mn, KG.text, _zh(m.text)))
            g.add((mn, KG.start, Literal(m.start)))
            g.add((mn, KG.end, Literal(m.end)))
            g.add((mn, KG.rule, Literal(m.rule)))
            used_sentences.add(k)
    place_nodes = set()
    for r in relations:
        s = entity_iri(r.subject)
        o = entity_iri(r.object)
        if r.object.startswith("Place|") and r.object not in place_nodes:
            place_nodes.add(r.object)
            g.add((o, RDF.type, KG.Place))
            g.add((o, RDFS.label, _zh(r.object.split("|", 1)[1])))
        p = _ROLE_PROPERTY.get(r.role, KG[r.predicate]) if r.predicate == "participatesIn" \
            else KG[r.predicate]
        g.add((s, p, o))
        if r.predicate == "participatesIn":
            g.add((s, KG.participatesIn, o))
        for ev in r.evidence:
            # One Evidence per (relation, sentence), shared by its rules.
            en = evidence_iri(r.subject, str(p), r.object, ev.doc_id, ev.sentence)
            g.add((en, RDF.type, KG.Evidence))
            g.add((en, RDF.subject, s))
            g.add((en, RDF.predicate, p))
            g.add((en, RDF.object, o))
            g.add((en, KG.inSentence, sentence_iri(ev.doc_id, ev.sentence)))
            g.add((en, KG.rule, Literal(ev.rule)))
            used_sentences.add((ev.doc_id, ev.sentence))
    for doc_id, idx in sorted(used_sentences):
        d = docs_by_id.get(doc_id)
        if d is None or idx >= len(d.sentences):
            continue
        sent = d.sentences[idx]
        sn = sentence_iri(doc_id, idx)
        g.add((sn, RDF.type, KG.Sentence))
        g.add((sn, KG.text, _zh(sent.text)))
        g.add((sn, KG.inArticle, article_iri(doc_id)))
        g.add((sn, KG.sentenceIndex, Literal(idx)))
        g.add((sn, KG.start, Literal(sent.start)))
        g.add((sn, KG.end, Literal(sent.end)))
    return g
