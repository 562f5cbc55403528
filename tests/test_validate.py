"""SHACL shapes (ontology/shapes.ttl) and `kg validate`."""
import subprocess
import sys

import pytest
import rdflib
from rdflib import RDF, Literal

from conftest import ROOT
from kg.errors import GraphFileError
from kg.pipeline import build_from_texts
from kg.rdf.namespace import KG, ORG

from kg.validate import load_shapes, validate_file, validate_graph

TEXT = ("5月31日，青石区召开营商环境推进会。区委书记王立新主持会议。"
        "王立新走访考察了远山材料科技有限公司。")


def fresh():
    return build_from_texts({"a.txt": TEXT}).graph


def node(g, cls):
    return sorted(g.subjects(RDF.type, cls))[0]


def test_pyshacl_is_installed():
    import pyshacl  # noqa: F401  (the test extras install it; a missing one must fail)


def test_a_build_conforms(seeds_result):
    assert validate_graph(seeds_result.graph) == []


def test_official_without_post_is_reported_with_label_and_path():
    g = fresh()
    off = node(g, KG.Official)
    g.remove((off, ORG.hasMembership, None))
    (v,) = validate_graph(g)
    assert (v.label, v.path) == ("王立新", "org:hasMembership")
    assert "王立新" in str(v) and "org:hasMembership" in str(v) and "post" in v.message


def test_relation_ends_of_the_wrong_class_are_reported():
    g = fresh()
    company = node(g, KG.Company)
    g.add((company, KG.chairs, company))
    msgs = {v.message for v in validate_graph(g)}
    assert "chairs must point to a Meeting" in msgs
    assert any("only an Official" in m for m in msgs)


def test_meeting_needs_a_date_or_an_unknown_marker():
    g = fresh()
    m = node(g, KG.Meeting)
    assert validate_graph(g) == []
    g.remove((m, KG.date, None))
    assert [v.message for v in validate_graph(g)] == [
        "meeting has neither a kg:date nor kg:dateUnknown true"]
    g.add((m, KG.dateUnknown, Literal(True)))
    assert validate_graph(g) == []


def test_entity_without_mention_is_reported():
    g = fresh()
    c = node(g, KG.Company)
    g.remove((c, KG.mention, None))
    assert [v.path for v in validate_graph(g)] == ["kg:mention"]


def test_validation_leaves_the_graph_as_it_was():
    g = fresh()
    before = set(g)
    validate_graph(g, load_shapes())
    assert set(g) == before


def test_unreadable_graph_file_is_one_clear_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    with pytest.raises(GraphFileError, match="bad.ttl: cannot read as RDF"):
        validate_file(bad)


def test_cli_exit_codes(tmp_path):
    g = fresh()
    good = tmp_path / "good.ttl"
    g.serialize(good, format="turtle")
    r = subprocess.run([sys.executable, "-m", "kg", "validate", str(good)], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "conforms" in r.stdout
    g.remove((node(g, KG.Official), ORG.hasMembership, None))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    r = subprocess.run([sys.executable, "-m", "kg", "validate", str(bad)], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    assert "王立新" in r.stdout and "org:hasMembership" in r.stdout
    assert "does not conform: 1 violations" in r.stderr


def test_shapes_use_only_declared_ontology_terms():
    from test_ontology import declared
    ns = str(KG._NS)
    used = {str(x)[len(ns):] for t in load_shapes() for x in t
            if isinstance(x, rdflib.URIRef) and str(x).startswith(ns)}
    assert used and used <= declared()
