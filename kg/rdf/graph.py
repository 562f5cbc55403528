"""Entities and relations to RDF, using the ontology's terms: graph_nt_terms
generates the triples as N-Triples text (what kg.output streams to Turtle);
graph_triples and build_graph give rdflib terms and an rdflib Graph.

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
from kg.rdf.iri import (article_iri_str, entity_iri_str, evidence_iri_str, membership_iri,
                        mention_iri_str, organization_iri, quantity_iri, role_iri,
                        sentence_iri_str, year_description_iri, year_iri)
from kg.rdf.namespace import KG, ORG, PROV, SCHEMA, TIME
from kg.rdf.ntriples import nt_int, nt_iri, nt_term, nt_text

PREFIXES = {
    "kg": KG._NS, "kgr": "https://w3id.org/kg-news/id/", "org": ORG, "schema": SCHEMA,
    "prov": PROV, "skos": SKOS, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "dcterms": DCTERMS,
    "time": TIME,
}
_ROLE_PROPERTY = {"chairs": KG.chairs, "speaksAt": KG.speaksAt, "attends": KG.attends}


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


def _article_places(docs: list[Document], entities: list[Entity]) -> dict:
    """article_place of every document; each document is shown only its own
    mentions, so a corpus costs one pass over the mentions, not one per article."""
    from types import SimpleNamespace
    by_doc: dict[str, list] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            by_doc[m.doc_id].append(m)
    return {d.doc_id: article_place(d, [SimpleNamespace(mentions=by_doc.get(d.doc_id, ()))])
            for d in docs}


class _Terms:
    """N-Triples forms of the vocabulary, looked up once: rdflib's
    DefinedNamespace attribute access and Literal constructor cost microseconds
    each, and a corpus graph has millions of triples."""

    def __init__(self):
        self._cache: dict = {}

    def __getattr__(self, name):   # T.KG_mention -> '<…ontology#mention>'
        ns, local = name.split("_", 1)
        out = nt_term({"KG": KG, "RDF": RDF, "RDFS": RDFS, "SKOS": SKOS, "SCHEMA": SCHEMA,
                       "ORG": ORG, "TIME": TIME}[ns][local])
        setattr(self, name, out)
        return out

    def kg(self, local: str) -> str:
        out = self._cache.get(local)
        if out is None:
            out = self._cache[local] = nt_term(KG[local])
        return out


def _zh_nt(s: str) -> str:
    return nt_text(s, "zh")


def _article_triples(T, d: Document):
    a = _minted(article_iri_str(d.doc_id))
    yield a, T.RDF_type, T.KG_Article
    yield a, T.RDF_type, T.SCHEMA_NewsArticle
    yield a, T.RDFS_label, nt_text(d.doc_id)
    if d.title:
        yield a, T.SCHEMA_headline, _zh_nt(d.title)
    if d.date:
        yield a, T.SCHEMA_datePublished, nt_term(Literal(d.date, datatype=XSD.date))
    elif d.year:
        yield a, T.SCHEMA_datePublished, nt_term(Literal(f"{d.year:04d}", datatype=XSD.gYear))
    if d.source_url:
        yield a, T.SCHEMA_url, nt_term(Literal(d.source_url, datatype=XSD.anyURI))
    if d.sha256:
        yield a, T.KG_sha256, nt_text(d.sha256)


def _year_triples(T, year: int):
    y, desc = nt_iri(year_iri(year)), nt_iri(year_description_iri(year))
    yield y, T.RDF_type, T.TIME_DateTimeInterval
    yield y, T.RDFS_label, nt_text(f"{year:04d}")
    yield y, T.TIME_hasDateTimeDescription, desc
    yield desc, T.RDF_type, T.TIME_DateTimeDescription
    yield desc, T.TIME_unitType, T.TIME_unitYear
    yield desc, T.TIME_year, nt_term(Literal(f"{year:04d}", datatype=XSD.gYear))


def _membership_triples(T, e: Entity, node: str, docs_by_id: dict, places: dict):
    """One org:Membership per (organisation, role) -- or per post as written
    when the post names no organisation -- held during the years of the
    articles that give it; every wording of the post is a kg:postTitle."""
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
        ms = nt_iri(membership_iri(e.key, role, "|".join((org, scope)) if org else ""))
        yield node, T.ORG_hasMembership, ms
        yield ms, T.RDF_type, T.ORG_Membership
        yield ms, T.ORG_member, node
        for t in sorted(titles[key]):
            yield ms, T.KG_postTitle, _zh_nt(t)
        if org:
            r = nt_iri(role_iri(role))
            yield ms, T.ORG_role, r
            yield r, T.RDF_type, T.ORG_Role
            yield r, T.RDFS_label, _zh_nt(role)
            o = nt_iri(organization_iri(org, scope))
            yield ms, T.ORG_organization, o
            yield o, T.RDF_type, T.ORG_Organization
            yield o, T.RDFS_label, _zh_nt(org)
        for y in sorted(years[key]):
            yield from _year_triples(T, y)
            yield ms, T.ORG_memberDuring, nt_iri(year_iri(y))


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
    from kg.rdf.ntriples import triples_from_ntriples
    return TripleSet(triples_from_ntriples(
        "".join(f"{s} {p} {o} .\n" for s, p, o in graph_nt_terms(docs, entities, relations))))


def graph_nt_terms(docs: list[Document], entities: list[Entity], relations: list[Relation]):
    """The graph's triples as (subject, predicate, object) in N-Triples
    syntax, generated one entity at a time (so a corpus graph never sits in
    memory as rdflib terms); a triple may come more than once.  This is the
    one definition of the graph's shape: the Turtle writer and
    graph_triples both read it.

    >>> from kg.pipeline import build_from_texts
    >>> r = build_from_texts({"a.txt": "区委书记张明华出席会议。"})
    >>> sorted(o for s, p, o in graph_nt_terms(r.documents, r.entities, r.relations)
    ...        if p.endswith("#rule>"))
    ['"official.title-name"']
    """
    T = _Terms()
    docs_by_id = {d.doc_id: d for d in docs}
    places = _article_places(docs, entities)
    for d in docs:
        yield from _article_triples(T, d)
    # The sentences some mention or evidence is in: a mark per sentence of
    # each document, not a (document, index) tuple per sentence.
    used_sentences = {d.doc_id: bytearray(len(d.sentences)) for d in docs}
    a, label, alt = T.RDF_type, T.RDFS_label, T.SKOS_altLabel
    p_mention, p_in_sentence, p_text = T.KG_mention, T.KG_inSentence, T.KG_text
    p_start, p_end, p_rule, c_mention = T.KG_start, T.KG_end, T.KG_rule, T.KG_Mention
    for e in entities:
        node = _minted(entity_iri_str(e.key))
        yield node, a, T.kg(e.type)
        yield node, label, _zh_nt(e.label)
        for al in e.aliases:
            yield node, alt, _zh_nt(al)
        if e.type == "Official":
            yield from _membership_triples(T, e, node, docs_by_id, places)
        for d in e.dates:
            yield node, T.KG_date, nt_term(date_literal(d))
        if e.type == "Meeting" and not e.dates:
            yield node, T.KG_dateUnknown, nt_term(Literal(True))
        for q in e.quantities:
            qn = nt_iri(quantity_iri(e.key, q.text))
            yield node, T.KG_quantity, qn
            yield qn, a, T.KG_Quantity
            yield qn, T.KG_value, nt_term(decimal_literal(q.value))
            yield qn, T.KG_unit, _zh_nt(q.unit)
            yield qn, label, _zh_nt(q.text)
            if q.qualifier:
                yield qn, T.KG_qualifier, _zh_nt(q.qualifier)
        seen = set()
        for m in e.mentions:
            k = (m.doc_id, m.sentence)
            if k in seen:
                continue
            seen.add(k)
            mn = _minted(mention_iri_str(e.key, m.doc_id, m.sentence))
            yield node, p_mention, mn
            yield mn, a, c_mention
            yield mn, p_in_sentence, _minted(sentence_iri_str(m.doc_id, m.sentence))
            yield mn, p_text, _zh_nt(m.text)
            yield mn, p_start, nt_int(m.start)
            yield mn, p_end, nt_int(m.end)
            yield mn, p_rule, nt_text(m.rule)
            _mark(used_sentences, m.doc_id, m.sentence)
    place_nodes = set()
    node_of: dict[str, str] = {}       # entity key -> IRI, hashed once
    c_evidence = T.KG_Evidence
    e_subject, e_predicate, e_object = T.RDF_subject, T.RDF_predicate, T.RDF_object
    for r in relations:
        s, o = node_of.get(r.subject), node_of.get(r.object)
        if s is None:
            s = node_of[r.subject] = _minted(entity_iri_str(r.subject))
        if o is None:
            o = node_of[r.object] = _minted(entity_iri_str(r.object))
        if r.object.startswith("Place|") and r.object not in place_nodes:
            place_nodes.add(r.object)
            yield o, a, T.KG_Place
            yield o, label, _zh_nt(r.object.split("|", 1)[1])
        p = _ROLE_PROPERTY.get(r.role, KG[r.predicate]) if r.predicate == "participatesIn" \
            else KG[r.predicate]
        pn = T.kg(p.removeprefix(str(KG._NS))) if str(p).startswith(str(KG._NS)) else nt_term(p)
        yield s, pn, o
        if r.predicate == "participatesIn":
            yield s, T.KG_participatesIn, o
        for ev in r.evidence:
            # One Evidence per (relation, sentence), shared by its rules.
            en = _minted(evidence_iri_str(r.subject, str(p), r.object, ev.doc_id, ev.sentence))
            yield en, a, c_evidence
            yield en, e_subject, s
            yield en, e_predicate, pn
            yield en, e_object, o
            yield en, p_in_sentence, _minted(sentence_iri_str(ev.doc_id, ev.sentence))
            yield en, p_rule, nt_text(ev.rule)
            _mark(used_sentences, ev.doc_id, ev.sentence)
    for doc_id in sorted(used_sentences):
        d = docs_by_id[doc_id]
        marks = used_sentences[doc_id]
        for idx in range(len(marks)):
            if marks[idx]:
                yield from _sentence_triples(T, d, idx)


def _minted(iri: str) -> str:
    """<iri> for an IRI kg.rdf.iri minted from a type word and a digest:
    nothing in it needs escaping (nt_iri would search it for nothing).

    >>> _minted("https://w3id.org/kg-news/id/sentence/00ff-1")
    '<https://w3id.org/kg-news/id/sentence/00ff-1>'
    """
    return "<" + iri + ">"


def _mark(used: dict, doc_id: str, idx: int) -> None:
    """Mark sentence `idx` of `doc_id` as used (one the documents do not have is left out)."""
    marks = used.get(doc_id)
    if marks is not None and 0 <= idx < len(marks):
        marks[idx] = 1


def _sentence_triples(T, d: Document, idx: int):
    sent = d.sentences[idx]
    sn = _minted(sentence_iri_str(d.doc_id, idx))
    yield sn, T.RDF_type, T.KG_Sentence
    yield sn, T.KG_text, _zh_nt(sent.text)
    yield sn, T.KG_inArticle, _minted(article_iri_str(d.doc_id))
    yield sn, T.KG_sentenceIndex, nt_int(idx)
    yield sn, T.KG_start, nt_int(sent.start)
    yield sn, T.KG_end, nt_int(sent.end)
