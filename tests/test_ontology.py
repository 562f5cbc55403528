"""The DefinedNamespace and ontology/kg.ttl declare the same terms."""
import rdflib
from rdflib import OWL, RDF

from conftest import ROOT
from kg.rdf.namespace import KG


def declared():
    g = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl")
    ns = str(KG._NS)
    terms = set()
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        terms |= {str(s)[len(ns):] for s in g.subjects(RDF.type, kind) if str(s).startswith(ns)}
    return terms


def test_namespace_mirrors_ontology():
    in_code = set(KG.__annotations__)
    assert in_code == declared()


def test_every_term_used_in_a_build_is_declared(seeds_result):
    ns = str(KG._NS)
    used = set()
    for s, p, o in seeds_result.graph:
        for x in (p, o):
            if isinstance(x, rdflib.URIRef) and str(x).startswith(ns):
                used.add(str(x)[len(ns):])
    assert used and used <= declared()


def test_six_entity_classes_and_seven_relations_declared():
    d = declared()
    assert {"Official", "Company", "Project", "Industry", "Meeting", "Goal"} <= d
    assert {"participatesIn", "signsWith", "visits", "involves", "inIndustry",
            "partOfSector", "setBy"} <= d
