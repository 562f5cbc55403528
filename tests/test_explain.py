"""`kg explain ENTITY`: type, names, posts, mentions and relations with their evidence."""
import subprocess
import sys

import pytest

from conftest import ROOT
from kg.errors import EntityNotFound
from kg.explain import explain, find_entities
from kg.pipeline import build_from_texts

TEXTS = {
    "a.txt": "5月31日，青石区召开营商环境推进会。青石区委书记王立新主持会议。"
             "王立新走访考察了远山材料科技有限公司（简称远山材料）。",
    "b.txt": "9月9日，白河县召开乡村振兴推进会。白河县委副书记王立新主持会议。",
}


@pytest.fixture(scope="module")
def graph():
    return build_from_texts(TEXTS).graph


def test_explains_type_posts_mentions_and_relations(graph):
    text = explain(graph, "远山材料科技有限公司")
    first = text.splitlines()[0]
    assert first.startswith("远山材料科技有限公司  (Company)  <https://w3id.org/kg-news/id/company/")
    assert "aliases: 远山材料" in text
    assert "visits <- 王立新 (Official)" in text
    assert "a.txt #2 rel.visit-cue: 王立新走访考察了远山材料科技有限公司（简称远山材料）。" in text
    assert "company." in text   # the rule id of the mention


def test_alias_and_iri_find_the_same_entity(graph):
    by_name = find_entities(graph, "远山材料科技有限公司")
    assert find_entities(graph, "远山材料") == by_name
    assert find_entities(graph, str(by_name[0])) == by_name
    short = "kgr:" + str(by_name[0]).split("/id/", 1)[1]
    assert find_entities(graph, short) == by_name


def test_namesakes_are_both_explained_with_their_posts(graph):
    text = explain(graph, "王立新")
    blocks = text.split("\n\n")
    assert len(blocks) == 2
    assert any("白河县委副书记" in b and "organisation 白河县委" in b and "b.txt #1" in b for b in blocks)
    assert any("青石区委书记" in b and "chairs -> 营商环境推进会 (Meeting)" in b for b in blocks)


def test_unknown_name_is_an_error_with_a_hint(graph):
    with pytest.raises(EntityNotFound, match="did you mean: 远山材料科技有限公司"):
        explain(graph, "远山材料科技")
    with pytest.raises(EntityNotFound, match="no entity named '李四'"):
        explain(graph, "李四")


def test_cli_reads_output_kg_ttl_by_default(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    run = lambda *a: subprocess.run([sys.executable, "-m", "kg", *a], cwd=tmp_path,
                                    capture_output=True, text=True, timeout=300,
                                    env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert run("build", str(src), "-q").returncode == 0
    r = run("explain", "远山材料")
    assert r.returncode == 0, r.stderr
    assert "rel.visit-cue" in r.stdout
    r = run("explain", "李四")
    assert r.returncode == 1 and r.stderr.strip().count("\n") == 0
    assert "no entity named '李四'" in r.stderr
