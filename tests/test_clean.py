from kg.clean import clean_text, split_sentences


def test_rejoins_word_broken_by_pdf_line_break():
    raw = "以引领式突破实现“方向转型”，创新\n\n式突破实现“路径转型”，攻坚式突破实现\n“状态转型”。"
    assert clean_text(raw) == "以引领式突破实现“方向转型”，创新式突破实现“路径转型”，攻坚式突破实现“状态转型”。"


def test_keeps_paragraph_break_after_sentence_end():
    raw = "第一段说完了。\n第二段开始了。"
    assert clean_text(raw) == "第一段说完了。\n第二段开始了。"


def test_short_heading_line_is_not_joined():
    raw = ("破题开局 换道转型\n2月14日上午，某区聚焦“兴业”工程，召开全区产业推进大会，提\n"
           "出以国土空间规划调整为先导。")
    text = clean_text(raw)
    assert text.split("\n")[0] == "破题开局换道转型"
    assert "提出以国土" in text


def test_stray_spaces_inside_names_removed():
    assert clean_text("推动岚东 U谷科技总部港建设，完成投资 186.6 亿元。") == \
        "推动岚东U谷科技总部港建设，完成投资186.6亿元。"


def test_halfwidth_punctuation_unified_next_to_chinese():
    assert clean_text('5月30日下午,某区召开"学习会"(扩大)。') == "5月30日下午，某区召开“学习会”（扩大）。"


def test_decimal_point_and_ascii_untouched():
    assert clean_text("增长 9.4%,总量 1,200 亿元") == "增长9.4%，总量1,200亿元"


def test_fullwidth_digits_become_ascii():
    assert clean_text("２０２３年") == "2023年"


def test_sentences_keep_offsets():
    text = "第一句。第二句！\n第三句"
    sents = split_sentences("d", text)
    assert [s.text for s in sents] == ["第一句。", "第二句！", "第三句"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_closing_quote_stays_with_its_sentence():
    sents = split_sentences("d", "他说：“要抓落实。”下一句。")
    assert sents[0].text == "他说：“要抓落实。”"
