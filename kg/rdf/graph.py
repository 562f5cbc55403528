"""Entities and relations to an rdflib Graph, using the ontology's terms.

Shape of the data (prefixes as in the Turtle output):

    kgr:official/… a kg:Official ; rdfs:label "樊惠林"@zh ;
        org:hasMembership kgr:membership/… ; kg:mention kgr:mention/… .
    kgr:membership/… a org:Membership ; org:member kgr:official/… ;
        kg:postTitle "二七区委书记"@zh ; kg:roleName "书记"@zh ; org:memberDuring "2023"^^xsd:gYear .
    kgr:mention/… a kg:Mention ; kg:inSentence kgr:sentence/… ; kg:rule "official.title-name" .
    kgr:sentence/… a kg:Sentence ; kg:text "…"@zh ; kg:inArticle kgr:article/… .
"""
from __future__ import annotations

import re

from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.namespace import DCTERMS, OWL, SKOS

from kg.model import Document, Entity, Relation
from kg.rdf.iri import (article_iri, entity_iri, membership_iri, mention_iri, quantity_iri,
                        sentence_iri)
from kg.rdf.namespace import KG, ORG, PROV, SCHEMA

PREFIXES = {
    "kg": KG._NS, "kgr": "https://w3id.org/kg-news/id/", "org": ORG, "schema": SCHEMA,
    "prov": PROV, "skos": SKOS, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "dcterms": DCTERMS,
}
_ROLE_PROPERTY = {"chairs": KG.chairs, "speaksAt": KG.speaksAt, "attends": KG.attends}


def _zh(s: str) -> Literal:
    return Literal(s, lang="zh")


def date_literal(iso: str) -> Literal:
    """'2023-08-21' -> xsd:date, '--08-21' -> xsd:gMonthDay."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return Literal(iso, datatype=XSD.date)
    return Literal(iso, datatype=XSD.gMonthDay)


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


def build_graph(docs: list[Document], entities: list[Entity], relations: list[Relation]) -> Graph:
    """The knowledge graph of these documents."""
    g = new_graph()
    docs_by_id = {d.doc_id: d for d in docs}
    for d in docs:
        a = article_iri(d.doc_id)
        g.add((a, RDF.type, KG.Article))
        g.add((a, RDFS.label, Literal(d.doc_id)))
        if d.title:
            g.add((a, SCHEMA.headline, _zh(d.title)))
        if d.date:
            g.add((a, SCHEMA.datePublished, Literal(d.date, datatype=XSD.date)))
        if d.sha256:
            g.add((a, KG.sha256, Literal(d.sha256)))
    used_sentences = set()
    for e in entities:
        node = entity_iri(e.key)
        g.add((node, RDF.type, KG[e.type]))
        g.add((node, RDFS.label, _zh(e.label)))
        for a in e.aliases:
            g.add((node, SKOS.altLabel, _zh(a)))
        years = sorted({docs_by_id[m.doc_id].year for m in e.mentions
                        if m.doc_id in docs_by_id and docs_by_id[m.doc_id].year})
        for p in e.posts:
            ms = membership_iri(e.key, p.title)
            g.add((node, ORG.hasMembership, ms))
            g.add((ms, RDF.type, ORG.Membership))
            g.add((ms, ORG.member, node))
            g.add((ms, KG.postTitle, _zh(p.title)))
            if p.role:
                g.add((ms, KG.roleName, _zh(p.role)))
            if p.org:
                g.add((ms, KG.organizationName, _zh(p.org)))
            for y in years:
                g.add((ms, ORG.memberDuring, Literal(str(y), datatype=XSD.gYear)))
        for d in e.dates:
            g.add((node, KG.date, date_literal(d)))
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
        for doc_id in sorted({m.doc_id for m in e.mentions}):
            g.add((node, PROV.wasDerivedFrom, article_iri(doc_id)))
    places = set()
    for r in relations:
        s = entity_iri(r.subject)
        o = entity_iri(r.object)
        if r.object.startswith("Place|") and r.object not in places:
            places.add(r.object)
            g.add((o, RDF.type, KG.Place))
            g.add((o, RDFS.label, _zh(r.object.split("|", 1)[1])))
        p = _ROLE_PROPERTY.get(r.role, KG[r.predicate]) if r.predicate == "participatesIn" \
            else KG[r.predicate]
        g.add((s, p, o))
        if r.predicate == "participatesIn":
            g.add((s, KG.participatesIn, o))
        for ev in r.evidence:
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
