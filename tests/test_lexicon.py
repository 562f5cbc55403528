"""The user's own word list (--lexicon) adds names the generic rules cannot know."""
import subprocess
import sys

import pytest
import rdflib

from conftest import ROOT
from kg.errors import InputError
from kg.lexicon import load

ARTICLE = ("6月3日，青禾县委书记张明华到云岭智造调研，详细了解企业生产经营情况。"
           "他指出，要把云岭智造做大做强，推动数字家居、智能装备等先进制造业发展。")
KG = rdflib.Namespace("https://w3id.org/kg-news/ontology#")


def build(tmp_path, lexicon_lines):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    args = [sys.executable, "-m", "kg", "build", str(src), "-o", str(tmp_path / "out")]
    if lexicon_lines is not None:
        lex = tmp_path / "words.tsv"
        lex.write_text("\n".join(lexicon_lines) + "\n", encoding="utf-8")
        args += ["--lexicon", str(lex)]
    r = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)
    return r, tmp_path / "out" / "kg.ttl"


def labels(g, cls):
    return {str(o) for s in g.subjects(rdflib.RDF.type, KG[cls]) for o in g.objects(s, rdflib.RDFS.label)}


def test_user_company_is_found_with_its_full_name(tmp_path):
    r, ttl = build(tmp_path, ["# my list", "Company\t云岭智能制造有限公司\t云岭智造"])
    assert r.returncode == 0, r.stderr
    g = rdflib.Graph().parse(ttl)
    assert "云岭智能制造有限公司" in labels(g, "Company")
    company = next(g.subjects(rdflib.RDFS.label, rdflib.Literal("云岭智能制造有限公司", lang="zh")))
    assert (company, rdflib.namespace.SKOS.altLabel, rdflib.Literal("云岭智造", lang="zh")) in g
    rules = {str(o) for m in g.objects(company, KG.mention) for o in g.objects(m, KG.rule)}
    assert rules == {"user.lexicon"}


def test_without_the_list_the_bare_brand_is_not_a_company(tmp_path):
    r, ttl = build(tmp_path, None)
    assert r.returncode == 0, r.stderr
    assert not any("云岭" in x for x in labels(rdflib.Graph().parse(ttl), "Company"))


def test_user_industry_filed_under_a_sector_of_the_text(tmp_path):
    r, ttl = build(tmp_path, ["Industry\t数字家居\tsector=先进制造业", "Industry\t先进制造业"])
    assert r.returncode == 0, r.stderr
    g = rdflib.Graph().parse(ttl)
    pairs = {(str(a), str(b)) for s, o in g.subject_objects(KG.partOfSector)
             for a in g.objects(s, rdflib.RDFS.label) for b in g.objects(o, rdflib.RDFS.label)}
    assert ("数字家居", "先进制造业") in pairs


def test_bad_line_names_the_file_and_the_line(tmp_path):
    f = tmp_path / "words.tsv"
    f.write_text("Company\t甲公司\nPerson\t乙\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load([f])
    assert "words.tsv" in str(e.value) and "line 2" in str(e.value)


def test_missing_lexicon_file_is_one_clear_error(tmp_path):
    r, _ = build(tmp_path, None)
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "in"), "-o",
                        str(tmp_path / "o2"), "--lexicon", str(tmp_path / "nope.tsv")],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    assert "nope.tsv: lexicon file not found" in r.stderr
