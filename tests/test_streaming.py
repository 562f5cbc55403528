"""The streaming Turtle writer (kg.rdf.ntriples.write_turtle) writes the same
bytes as the in-memory path, whether or not its sort spills to disk; and
the output of a corpus build does not depend on set order."""
import io

from rdflib import Graph
from rdflib.compare import isomorphic

from kg.output import write_outputs
from kg.pipeline import build_from_texts
from kg.rdf.graph import PREFIXES, graph_nt_terms
from kg.rdf.namespace import RESOURCE_BASE
from kg.rdf.ntriples import (nt_line, sorted_unique_lines, turtle_from_triples,
                             write_turtle)


def stream(result, run_size=1_000_000) -> bytes:
    buf = io.BytesIO()
    write_turtle(graph_nt_terms(result.documents, result.entities, result.relations),
                 PREFIXES, buf, RESOURCE_BASE, run_size=run_size)
    return buf.getvalue()


def test_streamed_turtle_is_the_in_memory_turtle_on_the_seeds(seeds_result):
    # The reference formats rdflib terms (nt_line) and sorts them in memory.
    assert stream(seeds_result) == turtle_from_triples(seeds_result.triples, PREFIXES)


def test_spilled_sort_gives_the_same_bytes(seeds_result):
    assert stream(seeds_result, run_size=97) == stream(seeds_result)


def test_streamed_turtle_is_isomorphic_to_the_graph(seeds_result):
    g = Graph().parse(data=stream(seeds_result).decode("utf-8"), format="turtle")
    assert len(g) == len(seeds_result.graph) > 1000
    assert isomorphic(g, seeds_result.graph)


def test_generated_lines_are_the_lines_of_the_rdflib_terms(seeds_result):
    r = seeds_result
    lines = {f"{s} {p} {o} ." for s, p, o in graph_nt_terms(r.documents, r.entities, r.relations)}
    assert lines == {nt_line(t) for t in r.triples}


def test_write_outputs_streams_the_graph_turtle(tmp_path):
    r = build_from_texts({"a.txt": "5月31日，青石区召开营商环境推进会。区委书记王立新出席会议并讲话，"
                                   "“加快”\\发展\t产业。"})
    paths = write_outputs(r, tmp_path)
    data = (tmp_path / "kg.ttl").read_bytes()
    assert paths["ttl"] == str(tmp_path / "kg.ttl")
    assert data == turtle_from_triples(r.triples, PREFIXES)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.html", "kg.ttl"]


def test_sorted_unique_lines_merges_runs_in_code_point_order():
    words = ["乙", "a", "Z", "甲", "a", "ab", "\u00e9", "乙", "b"] * 3
    assert list(sorted_unique_lines(words, run_size=2)) == sorted(set(words))


def test_a_known_name_inside_a_longer_one_does_not_take_its_place():
    # Two officials, one name inside the other: the longer claims 王明华讲话
    # whatever the set order of names (it used to depend on PYTHONHASHSEED).
    r = build_from_texts({"a.txt": "5月31日，青石区召开营商环境推进会。区委书记王明华主持会议。"
                                   "区长王明出席会议。王明华在会上讲话。王明在会上讲话。"})
    speeches = sorted((rel.subject, rel.evidence[0].sentence) for rel in r.relations
                      if rel.role == "speaksAt")
    assert speeches == [("Official|王明", 4), ("Official|王明华", 3)]


def _triples_of_every_term_form(seed: int, n: int = 400) -> list:
    """Triples of instance IRIs carrying every kind of object the Turtle
    writer formats itself or asks pyoxigraph about."""
    import random

    from rdflib import RDF, XSD, Literal, URIRef

    from kg.rdf.graph import KG
    rnd = random.Random(seed)
    texts = ["甲乙", 'a"b', "c\\d", "e\tf", "g\nh", "i\rj", "k\x01l", "m\x7fn", "o\bp", "q\fr",
             "", " ", "@zh", "^^", "说“好”"]
    objects = [Literal(t) for t in texts] + [Literal(t, lang="zh") for t in texts] + [
        Literal(7), Literal(-12), Literal("007", datatype=XSD.integer), Literal("+3", datatype=XSD.integer),
        Literal("14.0", datatype=XSD.decimal), Literal("1", datatype=XSD.decimal),
        Literal(".5", datatype=XSD.decimal), Literal("1e3", datatype=XSD.double),
        Literal(True), Literal("false", datatype=XSD.boolean), Literal("2023-08-21", datatype=XSD.date),
        Literal("--08-21", datatype=XSD.gMonthDay), Literal("x", datatype=XSD.string),
        Literal("y", datatype=URIRef("urn:other:type")), KG.Mention, KG.Official,
        URIRef("https://schema.org/NewsArticle"), URIRef("urn:other:thing"),
        URIRef(RESOURCE_BASE + "sentence/00ff-1")]
    predicates = [RDF.type, KG.text, KG.start, KG.rule, URIRef("urn:other:p"),
                  URIRef("http://www.w3.org/2000/01/rdf-schema#label")]
    out = []
    for _ in range(n):
        s = URIRef(f"{RESOURCE_BASE}{rnd.choice(['mention', 'goal', 'sentence'])}/{rnd.randrange(64):02x}")
        out.append((s, rnd.choice(predicates), rnd.choice(objects)))
    return out


def test_own_turtle_writer_is_pyoxigraphs_on_every_term_form():
    from kg.rdf.ntriples import nt_term
    for seed in range(5):
        triples = _triples_of_every_term_form(seed)
        terms = [tuple(nt_term(x) for x in t) for t in triples]
        for run_size in (50, 1_000_000):      # spilled and in memory
            buf = io.BytesIO()
            count = write_turtle(terms, PREFIXES, buf, RESOURCE_BASE, run_size=run_size)
            assert buf.getvalue() == turtle_from_triples(triples, PREFIXES)
            assert count == len(set(triples))
