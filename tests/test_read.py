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
    (tmp_path / "notes.docx").write_text("x")
    docs, problems = read_paths([tmp_path / "nope", tmp_path])
    assert not docs
    reasons = {p.problem for p in problems}
    assert reasons == {"no such file or folder", "folder has no .txt, .md or .html files"}


def test_dateline_gives_the_year():
    doc = document_from_text("d.txt", "2021年11月24日09:04 | 来源：某某\n11月12日，某市举行签约仪式。")
    assert doc.year == 2021 and doc.date == "2021-11-24"


def test_utf8_bom_is_dropped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeff区委书记张明华出席会议。".encode("utf-8"))
    assert read_document(f).text.startswith("区委书记")


# --- encodings -------------------------------------------------------------

ARTICLE = "2023年5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议并讲话。"
TRADITIONAL = "2023年5月31日，某區召開基層治理工作推進會。區委副書記張明華主持會議並講話。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "gb18030", "gbk", "gb2312"])
def test_simplified_article_decoded_in_every_common_encoding(tmp_path, encoding):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode(encoding))
    assert read_document(f).text == ARTICLE


@pytest.mark.parametrize("encoding", ["big5", "utf-8", "utf-16", "gb18030"])
def test_traditional_article_decoded_and_simplified(tmp_path, encoding):
    f = tmp_path / "t.txt"
    f.write_bytes(TRADITIONAL.encode(encoding))
    doc = read_document(f)
    assert doc.text == ARTICLE   # 區 -> 区, 並 -> 并 ...
    assert doc.date == "2023-05-31"


def test_short_gbk_text_is_not_taken_for_korean(tmp_path):
    # charset-normalizer on its own calls this cp949
    f = tmp_path / "s.txt"
    f.write_bytes("区委书记张明华出席会议。".encode("gbk"))
    assert read_document(f).text == "区委书记张明华出席会议。"


def test_explicit_encoding_wins_and_a_wrong_one_is_a_clear_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode("gbk"))
    assert read_document(f, encoding="gbk").text == ARTICLE
    with pytest.raises(InputError, match=r"not utf-8 text \(byte \d+"):
        read_document(f, encoding="utf-8")


def test_undecodable_bytes_are_named(tmp_path):
    f = tmp_path / "junk.txt"
    f.write_bytes(bytes(range(0x80, 0x100)) * 20)
    with pytest.raises(InputError) as e:
        read_document(f)
    assert "junk.txt" in str(e.value)
    assert "encoding" in e.value.problem or "not a text file" in e.value.problem


def test_pdf_named_txt_is_recognised(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(InputError, match=r"not a text file \(PDF\)"):
        read_document(f)


def test_html_meta_charset_is_used(tmp_path):
    page = ('<html><head><meta charset="gbk"><title>推进会</title></head>'
            f"<body><p>{ARTICLE}</p></body></html>")
    f = tmp_path / "p.html"
    f.write_bytes(page.encode("gbk"))
    assert ARTICLE in read_document(f).text


# --- traditional characters ---------------------------------------------------

def test_traditional_keeps_offsets_and_extracts(lex):
    from kg.extract import officials
    doc = document_from_text("t.txt", TRADITIONAL)
    assert len(doc.text) == len(TRADITIONAL)   # one character for one
    names = {m.text: [p.title for p in m.posts] for m in officials.extract(doc, lex)}
    assert names == {"张明华": ["区委副书记"]}


def test_simplified_text_is_never_changed_by_t2s():
    from kg.clean import to_simplified
    # characters that are both traditional and standard simplified stay
    s = "著名的乾坤於是干部范围后面发表"
    assert to_simplified(s) == s


def test_a_stray_traditional_character_in_simplified_text_is_left_alone():
    from kg.clean import clean_text
    s = "区委书记张明華出席会议，强调要抓好项目建设和产业发展工作。"
    assert clean_text(s) == s


# --- formats ------------------------------------------------------------------

def test_html_page_body_text_without_scripts_styles_and_navigation(tmp_path):
    page = """<!DOCTYPE html><html><head><title>某区召开推进会</title>
    <style>p { color: red }</style><script>var x = "区委书记王假名";</script></head>
    <body><nav><a href="/">首页</a> | <a href="/n">新闻</a></nav>
    <article><h1>某区召开推进会</h1>
    <p>2023年5月31日，某区召开基层治理工作推进会。</p>
    <p>区委副书记张明华
       主持会议&nbsp;并讲话&#12290;</p><!-- 区长李注释 --></article>
    <footer>版权所有</footer><script>track("区长赵脚本")</script></body></html>"""
    f = tmp_path / "news.htm"
    f.write_text(page, encoding="utf-8")
    doc = read_document(f)
    assert doc.title == "某区召开推进会"
    assert doc.text.split("\n") == ["某区召开推进会", "2023年5月31日，某区召开基层治理工作推进会。",
                                    "区委副书记张明华主持会议并讲话。"]
    assert doc.date == "2023-05-31"


def test_markdown_markup_is_dropped(tmp_path):
    md = ("# 某区召开推进会\n\n![图](a.png)\n"
          "- **区委副书记**张明华主持[会议](http://x)。\n\n---\n")
    f = tmp_path / "a.md"
    f.write_text(md, encoding="utf-8")
    assert read_document(f).text == "某区召开推进会\n区委副书记张明华主持会议。"


def test_markdown_front_matter_is_left_for_the_metadata_reader():
    from kg.read import markdown_to_text
    md = "---\ndate: 2023-05-31\nurl: http://x/a_b_c\n---\n- **加快**建设。\n"
    assert markdown_to_text(md) == "---\ndate: 2023-05-31\nurl: http://x/a_b_c\n---\n加快建设。\n"


def test_same_text_as_txt_md_and_html_gives_the_same_document(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.md").write_text(f"**{ARTICLE}**", encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<body><div><p>{ARTICLE}</p></div></body>", encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert not problems
    assert {d.text for d in docs} == {ARTICLE} and len(docs) == 3


# --- listing -----------------------------------------------------------------

def test_symlink_loops_are_reported_and_do_not_hang(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    docs, problems = read_paths([tmp_path])
    assert [d.doc_id for d in docs] == ["good.txt"]
    got = {p.path.rsplit("/", 1)[-1]: p.problem for p in problems}
    assert got["loop.txt"] == "symlink loop"
    assert got["up"].startswith("symlink loop")
    assert got["dangling.txt"] == "broken symlink"


def test_same_name_in_two_folders_gets_ids_independent_of_order(tmp_path):
    for sub, text in (("a", ARTICLE), ("b", TRADITIONAL + "另一篇。")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(text, encoding="utf-8")
    one, _ = read_paths([tmp_path / "a", tmp_path / "b"])
    two, _ = read_paths([tmp_path / "b", tmp_path / "a"])
    assert [(d.doc_id, d.text) for d in one] == [(d.doc_id, d.text) for d in two]
    assert len({d.doc_id for d in one}) == 2
    assert all(s.doc_id == d.doc_id for d in one for s in d.sentences)


def test_non_utf8_file_name_becomes_printable(tmp_path):
    import os
    name = os.fsdecode(b"\xb2\xe2\xca\xd4.txt")     # GBK bytes of a name, not UTF-8
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    docs, _ = read_paths([tmp_path])
    assert docs[0].doc_id.endswith(".txt")
    docs[0].doc_id.encode("utf-8")     # no lone surrogates left


# --- news pages as saved from a government site ------------------------------

GOV_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="岭东区召开项目建设推进会">
<meta name="PubDate" content="2023-06-12 09:30">
<meta name="Url" content="https://www.example.gov.cn/xw/202306/t20230612_1.html">
<title>岭东区召开项目建设推进会_工作动态_岭东区人民政府</title></head><body>
<div class="top-bar">欢迎访问岭东区人民政府门户网站</div>
<div id="mainNav"><ul><li><a>首页</a></li><li><a>政务公开</a></li></ul></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>工作动态</a></div>
<div class="article"><h1>岭东区召开项目建设推进会</h1>
<div class="info">发布时间：2023-06-12 09:30　来源：区发展改革委　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor"><p>6月9日，岭东区召开项目建设推进会。区委书记范立群主持会议。</p>
<p>会议要求，加快推进重点项目建设。</p></div>
<div class="bdshare_t">分享到：<a>微信</a></div></div>
<div class="xgxw"><ul><li><a>区长伍思远调研云杉科技产业园项目</a></li>
<li><a>岭东区与鼎泰新材料有限公司签约</a></li></ul></div>
<div class="footer"><div><p>主办：岭东区人民政府办公室</p></div><p>备案号：某ICP备00000000号</p></div>
</body></html>"""


def test_a_government_page_keeps_the_article_and_drops_the_page_around_it(tmp_path):
    f = tmp_path / "t20230612_1.html"
    f.write_text(GOV_PAGE, encoding="utf-8")
    doc = read_document(f)
    assert doc.title == "岭东区召开项目建设推进会"
    assert doc.date == "2023-06-12"
    assert doc.source_url == "https://www.example.gov.cn/xw/202306/t20230612_1.html"
    # Menus, breadcrumbs, share bar, related news and footer are gone; each
    # block stays its own paragraph (the date line is not glued to the story).
    assert doc.text.split("\n") == [
        "岭东区召开项目建设推进会",
        "发布时间：2023-06-12 09:30来源：区发展改革委 【字体：大中小】",
        "6月9日，岭东区召开项目建设推进会。区委书记范立群主持会议。",
        "会议要求，加快推进重点项目建设。"]


def test_related_news_on_a_page_gives_no_entities(tmp_path, lex):
    from kg.extract import mentions
    f = tmp_path / "p.html"
    f.write_text(GOV_PAGE, encoding="utf-8")
    names = {m.text for m in mentions(read_document(f), lex)}
    assert "范立群" in names
    assert not any(x in n for n in names for x in ("伍思远", "云杉", "鼎泰"))


def test_page_title_without_meta_tags_is_the_headline_the_title_names():
    from kg.read import html_to_text
    page = ("<title>县政府 - 某县举行签约仪式 - 新闻</title><body><div>县政府</div>"
            "<h1>某县举行签约仪式</h1><p>签约仪式举行。</p></body>")
    assert html_to_text(page) == "---\ntitle: 某县举行签约仪式\n---\n某县举行签约仪式\n签约仪式举行。"
    # No headline element: the longest part of <title>, put first.
    page = "<title>某县举行签约仪式_新闻</title><body><p>签约仪式举行。</p></body>"
    assert html_to_text(page).endswith("---\n某县举行签约仪式\n签约仪式举行。")


def test_a_page_whose_story_sits_inside_a_furniture_class_is_kept_whole():
    from kg.read import html_to_text
    # A site that wraps everything in a "main-nav-layout" div: dropping it
    # would leave no story, so nothing is dropped.
    page = '<body><div class="nav-layout"><p>某区召开推进会。</p></div></body>'
    assert html_to_text(page) == "某区召开推进会。"


def test_spaces_between_ascii_words_and_numbers_stay():
    from kg.clean import clean_text
    assert clean_text("与 Tesla Inc 签约 2023-06-12 09:30 投资 5.2 亿元") == \
        "与Tesla Inc签约2023-06-12 09:30投资5.2亿元"


def test_style_classes_and_paragraphs_are_never_page_furniture():
    from kg.read import html_to_text
    page = ('<body><div class="container position-relative"><h1>某区召开推进会</h1>'
            '<p class="border-bottom">会议指出。</p><div class="text-bottom mb-3">会议要求。</div>'
            '<p class="footer">一段正文。</p></div><div class="site-footer">版权所有</div></body>')
    assert html_to_text(page) == "某区召开推进会\n会议指出。\n会议要求。\n一段正文。"


def test_an_index_page_of_headlines_is_reported_not_built(tmp_path):
    page = ("<html><head><title>工作动态_某某区人民政府</title></head><body><ul>"
            "<li><a>区长赵假名调研重点项目</a><span>2023-06-10</span></li>"
            "<li><a>某某区与某某科技有限公司签约</a><span>2023-06-05</span></li></ul></body></html>")
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert [d.doc_id for d in docs] == ["a.txt"]
    assert len(problems) == 1 and "index.html" in str(problems[0]) and "index or list page" in str(problems[0])
