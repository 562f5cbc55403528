"""An article written to break out of every output format: the Turtle stays
valid and says only what the article says; the HTML page carries the text
as inert JSON data and is otherwise the very same page."""
import json
import re
import subprocess
import sys
from html import escape

import rdflib
from rdflib.compare import isomorphic

from conftest import ROOT
from rdf_parsers import parse_everywhere

EVIL = "\n".join([
    '2023年5月31日，某区召开"}]<script>alert(1)</script>工作推进会。',
    '区委副书记张明华</script><script>alert("x")</script>主持会议。',
    "@prefix evil: <http://evil.example/> .",
    'evil:x evil:y "injected" . <http://evil.example/s> <http://evil.example/p> <http://evil.example/o> .',
    '区长李建国<img src=x onerror=alert(1)>出席<!-- 注释 -->签约仪式，与某某\\"}科技有限公司签约。',
    "县委书记王立新调研<svg onload=alert(1)>产业园项目。\"\"\"'''\\u0000 `${alert(1)}` javascript:alert(1)",
    '会议强调，要加快<iframe src="javascript:alert(1)"></iframe>新能源汽车产业发展。]]></textarea></title>',
    "区委书记赵\\一鸣出席\u2028第二届\u2029“<b>数字</b>”产业大会。",
])
BENIGN = "2023年5月31日，某区召开工作推进会。区委副书记张明华主持会议。"
EVIL_TITLE = '</title><script>alert("t")</script>'


def build(tmp_path, name, text, title):
    src = tmp_path / name
    src.mkdir()
    (src / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / (name + "-out")
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(src), "-o", str(out), "--title", title],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return (out / "kg.ttl").read_bytes(), (out / "kg.html").read_text(encoding="utf-8")


_DATA = re.compile(r"var DATA = (.*?);\n", re.S)


def split_page(html, title):
    """(the page with the data and the escaped title taken out, the data's JSON text)"""
    m = _DATA.search(html)
    assert m, "page data not found"
    rest = html[:m.start(1)] + "DATA" + html[m.end(1):]
    # a Content-Security-Policy may pin the inline script by its hash, which the data changes
    rest = re.sub(r"sha(256|384|512)-[A-Za-z0-9+/=]+", "sha-HASH", rest)
    return rest.replace(escape(title), "TITLE"), m.group(1)


def test_turtle_of_a_hostile_article_is_valid_and_says_nothing_injected(tmp_path):
    ttl, _ = build(tmp_path, "evil", EVIL, EVIL_TITLE)
    ours = rdflib.Graph().parse(data=ttl, format="turtle")
    for parser, g in parse_everywhere(ttl, tmp_path).items():
        assert isomorphic(g, ours), parser
        iris = {str(x) for t in g for x in t if isinstance(x, rdflib.URIRef)}
        assert not any("evil.example" in x for x in iris), parser   # only ever inside text
    texts = {str(o) for o in ours.objects(None, rdflib.URIRef("https://w3id.org/kg-news/ontology#text"))}
    assert any("<script>alert" in t for t in texts)          # the text is kept, as text


def test_html_of_a_hostile_article_differs_from_a_plain_one_only_in_inert_data(tmp_path):
    _, evil_html = build(tmp_path, "evil", EVIL, EVIL_TITLE)
    _, plain_html = build(tmp_path, "plain", BENIGN, "知识图谱")
    evil_rest, evil_data = split_page(evil_html, EVIL_TITLE)
    plain_rest, _ = split_page(plain_html, "知识图谱")
    assert evil_rest == plain_rest                 # no markup came in anywhere else
    assert "&lt;/title&gt;&lt;script&gt;" in evil_html
    assert not re.search(r"[<>\u2028\u2029]", evil_data)
    assert "</" not in evil_data and "<!--" not in evil_data
    data = json.loads(evil_data)
    carried = json.dumps(data, ensure_ascii=False)
    assert "<script>alert" in carried or "<img" in carried   # escaped, not dropped
