"""Property tests: no text makes the pipeline raise, and whatever it builds
serialises to Turtle that parses back to the same graph."""
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg.model import Entity, Mention, Post, Quantity, Relation
from rdf_parsers import by_pyoxigraph, by_rdflib, written_turtle

# Modest by default so the suite stays fast; KG_FUZZ_EXAMPLES=5000 for a long hunt.
FUZZ = settings(max_examples=int(os.environ.get("KG_FUZZ_EXAMPLES", 150)), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Chinese text with the characters the rules key on, plus anything at all.
RULE_CHARS = "区委书记长副县市镇召开会议推进主持出席签约项目产业园有限公司集团科技年月日第次，。、；：“”《》（）0123456789"
cjk_text = st.text(alphabet=st.sampled_from(RULE_CHARS), max_size=80)
any_text = st.text(max_size=200)
mixed = st.lists(st.one_of(cjk_text, any_text), max_size=6).map("".join)


@FUZZ
@given(mixed)
def test_reading_any_text_never_raises_and_offsets_hold(text):
    from kg.read import document_from_text
    doc = document_from_text("f.txt", text)
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text and s.text.strip()


@FUZZ
@given(text=mixed)
def test_extraction_never_raises_and_mentions_point_into_the_text(text, lex):
    from kg.extract import extract_document
    from kg.read import document_from_text
    doc = document_from_text("f.txt", text)
    x = extract_document(doc, lex)
    for m in x.mentions:
        assert 0 <= m.start <= m.end <= len(doc.text)


# Sentences that do produce entities, with anything spliced into names and text.
@st.composite
def articles(draw):
    junk = draw(any_text)
    name = draw(st.text(alphabet=st.sampled_from("明华建国立新海涛春雨晓东志强"), min_size=1, max_size=2))
    meeting = draw(st.text(max_size=12))
    return (f"2023年5月{draw(st.integers(1, 28))}日，某区召开{meeting}工作推进会。{junk}"
            f"区委副书记张{name}主持会议。某某{draw(cjk_text)}科技有限公司与区政府签约。{junk}")


@FUZZ
@given(texts=st.lists(articles(), min_size=1, max_size=3))
def test_built_graph_round_trips_through_turtle(texts, tmp_path):
    from kg.pipeline import build_from_texts
    result = build_from_texts({f"{i}.txt": t for i, t in enumerate(texts)})
    g = result.graph
    data = written_turtle(result, tmp_path)
    assert isomorphic(by_rdflib(data), g)
    assert isomorphic(by_pyoxigraph(data), g)


# Any Unicode at all in names, posts, dates' neighbours and quantities reaches
# the Turtle unchanged (the RDF layer must not rely on cleaning).
label = st.text(min_size=1, max_size=40)


@FUZZ
@given(name=label, alias=label, post=label, unit=label)
def test_any_unicode_in_names_round_trips(name, alias, post, unit, tmp_path):
    from kg.pipeline import BuildResult
    from kg.read import document_from_text
    doc = document_from_text("a.txt", "区委书记张明华出席会议。")
    m = Mention("Official", name, doc.doc_id, 0, 0, 1, "fuzz")
    e = Entity(key=f"Official|{name}", type="Official", label=name, aliases=(alias,), mentions=(m,),
               posts=(Post(post, post, post),), quantities=(Quantity("1.5", unit, unit + "1.5"),))
    place = f"Place|{alias}"
    result = BuildResult([doc], [], [e], [Relation("visits", e.key, place)])
    g = result.graph
    data = written_turtle(result, tmp_path)
    for parsed in (by_rdflib(data), by_pyoxigraph(data)):
        assert isomorphic(parsed, g)
        labels = {str(o) for o in parsed.objects()}
        assert {name, alias} <= labels
