"""Provenance, identity and time in the graph (kg.rdf.graph, kg.resolve)."""
import hashlib

import rdflib
from rdflib import RDF, RDFS, Literal

from kg.pipeline import build_documents, build_from_texts
from kg.rdf.namespace import KG, ORG, SCHEMA
from kg.read import document_from_text

A = ("---\ndate: 2023-04-02\n---\n"
     "4月2日，青石区召开营商环境推进会。青石区委书记王立新主持会议并讲话，区长赵春雨出席会议。"
     "会后，王立新带队走访考察了远山材料科技有限公司。")
B = ("---\ndate: 2024-06-01\n---\n"
     "6月1日，青石区举行重点项目观摩会。区委书记王立新出席会议。")
C = ("---\ndate: 2023-09-09\n---\n"
     "9月9日，白河县召开乡村振兴推进会。白河县委副书记王立新主持会议。")

Q_WHO_HELD = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT DISTINCT ?name WHERE {
  ?m a org:Membership ; org:member ?p ;
     org:role/rdfs:label ?role ; org:organization/rdfs:label ?org ;
     org:memberDuring/time:hasDateTimeDescription/time:year ?year .
  ?p rdfs:label ?name .
} """


def build(texts):
    return build_documents([document_from_text(k, v) for k, v in texts.items()])


def entity_nodes(g):
    return {s for t in ("Official", "Company", "Project", "Industry", "Meeting", "Goal")
            for s in g.subjects(RDF.type, KG[t])}


def test_article_node_has_name_date_hash_and_standard_class():
    r = build({"a.txt": A})
    g = r.graph
    (art,) = set(g.subjects(RDF.type, SCHEMA.NewsArticle))
    assert (art, RDF.type, KG.Article) in g
    assert str(g.value(art, RDFS.label)) == "a.txt"
    assert g.value(art, SCHEMA.datePublished) == Literal("2023-04-02", datatype=rdflib.XSD.date)
    assert str(g.value(art, KG.sha256)) == hashlib.sha256(A.encode("utf-8")).hexdigest()


def test_every_mention_points_to_its_sentence_with_offsets_and_rule():
    r = build({"a.txt": A})
    g, doc = r.graph, r.documents[0]
    mentions = list(g.subjects(RDF.type, KG.Mention))
    assert mentions
    for mn in mentions:
        sent = g.value(mn, KG.inSentence)
        start, end = int(g.value(mn, KG.start)), int(g.value(mn, KG.end))
        assert doc.text[start:end] == str(g.value(mn, KG.text))
        assert str(g.value(mn, KG.text)) in str(g.value(sent, KG.text))
        assert g.value(mn, KG.rule) is not None
        assert str(g.value(g.value(sent, KG.inArticle), RDFS.label)) == "a.txt"


def test_every_relation_is_a_direct_triple_with_evidence_from_its_sentence():
    g = build({"a.txt": A}).graph
    evidence = list(g.subjects(RDF.type, KG.Evidence))
    assert len(evidence) >= 3      # chairs, speaksAt, attends, visits
    for ev in evidence:
        s, p, o = g.value(ev, RDF.subject), g.value(ev, RDF.predicate), g.value(ev, RDF.object)
        assert (s, p, o) in g
        sentence = str(g.value(g.value(ev, KG.inSentence), KG.text))
        assert str(g.value(s, RDFS.label)) in sentence or g.value(ev, KG.rule) == Literal("rel.visit-cue")
        assert str(g.value(ev, KG.rule)).startswith("rel.")
    visits = [ev for ev in evidence if g.value(ev, RDF.predicate) == KG.visits]
    assert len(visits) == 1


def test_provenance_is_one_record_per_sentence_not_per_triple():
    r = build({"a.txt": A})
    g = r.graph
    sentences = set(g.subjects(RDF.type, KG.Sentence))
    used = {(m.doc_id, m.sentence) for e in r.entities for m in e.mentions}
    used |= {(ev.doc_id, ev.sentence) for rel in r.relations for ev in rel.evidence}
    assert len(sentences) == len(used)
    assert all(len(list(g.objects(s, KG.text))) == 1 for s in sentences)


def test_free_text_is_never_one_hop_from_an_entity():
    """The scorer reads every literal one hop from an official or a meeting as a
    title or date; sentence text and headlines must stay two hops away."""
    g = build({"a.txt": A, "b.txt": B}).graph
    ents = entity_nodes(g)
    for e in ents:
        hop = {o for _, o in g.predicate_objects(e) if not isinstance(o, Literal)}
        hop |= set(g.subjects(None, e))
        for n in hop - ents:
            assert not (set(g.objects(n, RDF.type)) & {KG.Sentence, KG.Article}), n
            assert g.value(n, SCHEMA.headline) is None


def test_posts_are_memberships_in_organisations_held_in_the_articles_years():
    g = build({"a.txt": A, "b.txt": B}).graph
    q = Q_WHO_HELD.replace("} ", 'FILTER(?role = "书记"@zh && ?org = "青石区委"@zh && ?year = "2024"^^xsd:gYear) }')
    assert [str(r.name) for r in g.query(q)] == ["王立新"]
    q23 = Q_WHO_HELD.replace("} ", 'FILTER(?role = "区长"@zh && ?org = "青石区人民政府"@zh && ?year = "2023"^^xsd:gYear) }')
    assert [str(r.name) for r in g.query(q23)] == ["赵春雨"]
    none = Q_WHO_HELD.replace("} ", 'FILTER(?role = "区长"@zh && ?year = "2024"^^xsd:gYear) }')
    assert list(g.query(none)) == []


def test_membership_keeps_every_wording_of_the_post_as_post_title():
    g = build({"a.txt": A, "b.txt": B}).graph
    titles = {str(t) for t in g.objects(None, KG.postTitle)}
    assert {"青石区委书记", "区委书记"} <= titles
    (person,) = g.subjects(RDFS.label, Literal("王立新", lang="zh"))
    (ms,) = g.objects(person, ORG.hasMembership)   # one membership: same role, same organisation
    assert {str(t) for t in g.objects(ms, KG.postTitle)} == {"青石区委书记", "区委书记"}


def test_same_official_in_several_articles_is_one_node_with_all_mentions():
    r = build({"a.txt": A, "b.txt": B})
    (wang,) = [e for e in r.entities if e.label == "王立新"]
    assert {m.doc_id for m in wang.mentions} == {"a.txt", "b.txt"}


def test_namesakes_placed_apart_by_their_posts_stay_two_people():
    r = build({"a.txt": A, "b.txt": B, "c.txt": C})
    wangs = sorted((e.key, sorted({m.doc_id for m in e.mentions})) for e in r.entities
                   if e.label == "王立新")
    assert wangs == [("Official|王立新|白河县", ["c.txt"]),
                     ("Official|王立新|青石区", ["a.txt", "b.txt"])]
    g = r.graph
    assert len(set(g.subjects(RDFS.label, Literal("王立新", lang="zh")))) == 2


def test_meeting_without_a_day_says_so():
    g = build_from_texts({"a.txt": "青石区召开营商环境推进会。区委书记王立新出席会议。"}).graph
    (m,) = g.subjects(RDF.type, KG.Meeting)
    assert g.value(m, KG.date) is None and g.value(m, KG.dateUnknown) == Literal(True)


def test_seed_graph_keeps_titles_on_memberships(seeds_result):
    g = seeds_result.graph
    for off in g.subjects(RDF.type, KG.Official):
        ms = list(g.objects(off, ORG.hasMembership))
        assert ms and all(g.value(m, KG.postTitle) is not None for m in ms)


def test_an_unplaced_namesake_joins_only_the_person_its_level_fits():
    base = {"a.txt": "青石区委书记王立新出席推进会。", "c.txt": "白河县委副书记王立新主持会议。"}

    def people(extra):
        r = build_from_texts({**base, "d.txt": extra})
        return sorted((e.key, sorted({m.doc_id for m in e.mentions}))
                      for e in r.entities if e.type == "Official")
    # 县委常委 can only be the person placed in a 县
    assert ("Official|王立新|白河县", ["c.txt", "d.txt"]) in people("县委常委王立新出席推进会。")
    # 副书记 fits both: the text does not say which, so it stays apart
    assert ("Official|王立新", ["d.txt"]) in people("副书记王立新出席推进会。")
