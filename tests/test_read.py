import pytest

from kg.errors import InputError
from kg.read import document_from_text, read_document, read_paths


def test_empty_file_is_an_error_naming_it(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("")
    with pytest.raises(InputError) as e:
        read_document(f)
    assert "empty.txt" in str(e.value) and "empty" in e.value.problem


def test_binary_file_is_an_error(tmp_path):
    f = tmp_path / "img.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="not a text file"):
        read_document(f)


def test_bad_file_does_not_cost_the_others(tmp_path):
    (tmp_path / "a.txt").write_text("区委书记张明华出席会议。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02garbage\x00\xff" * 10)
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert [d.doc_id for d in docs] == ["a.txt"]
    assert sorted(p.path.rsplit("/", 1)[-1] for p in problems) == ["b.txt", "c.txt"]


def test_missing_path_and_folder_without_txt(tmp_path):
    (tmp_path / "notes.md").write_text("x")
    docs, problems = read_paths([tmp_path / "nope", tmp_path])
    assert not docs
    reasons = {p.problem for p in problems}
    assert reasons == {"no such file or folder", "folder has no .txt files"}


def test_dateline_gives_the_year():
    doc = document_from_text("d.txt", "2021年11月24日09:04 | 来源：某某\n11月12日，某市举行签约仪式。")
    assert doc.year == 2021 and doc.date == "2021-11-24"


def test_utf8_bom_is_dropped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeff区委书记张明华出席会议。".encode("utf-8"))
    assert read_document(f).text.startswith("区委书记")
