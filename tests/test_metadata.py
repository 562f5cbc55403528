"""Document metadata: front matter and NAME.meta.json sidecars (kg.metadata)."""
import json

import pytest

from kg.errors import InputError
from kg.metadata import parse_date, sidecar_path, split_front_matter
from kg.read import document_from_text, read_document, read_paths

FRONT = "---\ndate: 2022-09-01\nsource: https://example.org/a.html\ntitle: 青石区召开推进会\nplace: 青石区\n---\n"
BODY = "8月21日，青石区召开营商环境推进会。区委书记王立新主持会议。"


def test_front_matter_is_read_and_removed_from_the_text():
    doc = document_from_text("a.txt", FRONT + BODY)
    assert (doc.date, doc.year, doc.source_url, doc.title, doc.place) == (
        "2022-09-01", 2022, "https://example.org/a.html", "青石区召开推进会", "青石区")
    assert doc.text.startswith("8月21日") and "---" not in doc.text


def test_offsets_refer_to_the_text_without_front_matter():
    doc = document_from_text("a.txt", FRONT + BODY)
    s = doc.sentences[1]
    assert doc.text[s.start:s.end] == s.text == "区委书记王立新主持会议。"


def test_year_of_a_bare_month_day_comes_from_the_metadata():
    from kg.pipeline import build_documents
    with_meta = build_documents([document_from_text("a.txt", FRONT + BODY)])
    without = build_documents([document_from_text("a.txt", BODY)])
    meeting = lambda r: [e for e in r.entities if e.type == "Meeting"]
    assert [e.dates for e in meeting(with_meta)] == [("2022-08-21",)]
    assert [e.dates for e in meeting(without)] == [("--08-21",)]


def test_metadata_date_wins_over_the_dateline():
    doc = document_from_text("a.txt", "---\ndate: 2021\n---\n2019年5月6日 青石区召开会议。")
    assert doc.year == 2021 and doc.date is None


def test_text_without_front_matter_is_unchanged():
    assert split_front_matter(BODY) == ({}, BODY)
    # a rule line later in the text is not a front matter
    assert split_front_matter("正文。\n---\ndate: 2020\n---\n")[0] == {}


def test_sidecar_gives_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"date": "2023/8/1", "url": "https://example.org/x"}),
                                          encoding="utf-8")
    doc = read_document(tmp_path / "a.txt")
    assert (doc.date, doc.year, doc.source_url) == ("2023-08-01", 2023, "https://example.org/x")


def test_sidecar_wins_over_front_matter(tmp_path):
    (tmp_path / "a.txt").write_text(FRONT + BODY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"date": "2024-01-02"}', encoding="utf-8")
    doc = read_document(tmp_path / "a.txt")
    assert doc.date == "2024-01-02" and doc.title == "青石区召开推进会"


def test_bad_sidecar_names_the_sidecar_and_costs_only_its_article(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert [d.doc_id for d in docs] == ["b.txt"]
    assert len(problems) == 1 and problems[0].path.endswith("a.meta.json")
    assert "bad metadata file" in problems[0].problem


def test_bad_date_is_an_input_error():
    with pytest.raises(InputError, match="not a date"):
        document_from_text("a.txt", "---\ndate: 明天\n---\n" + BODY)
    with pytest.raises(InputError, match="not a date"):
        parse_date("2023-13-01", "a.txt")


def test_date_forms():
    assert parse_date("2023年8月21日", "x") == ("2023-08-21", 2023)
    assert parse_date("2023-08-21T10:00:00", "x") == ("2023-08-21", 2023)
    assert parse_date("2023", "x") == ("", 2023)
    assert sidecar_path("d/n.txt").name == "n.meta.json"


def test_headline_only_when_the_first_line_reads_as_one():
    assert document_from_text("a.txt", "青石区召开营商环境推进会\n" + BODY).title == "青石区召开营商环境推进会"
    assert document_from_text("a.txt", BODY).title == ""
    assert document_from_text("a.txt", "---\ntitle: 给定标题\n---\n" + BODY).title == "给定标题"
