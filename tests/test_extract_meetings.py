"""Meeting names, dates and short forms (kg/extract/meetings.py).

Every sentence here is invented; each rule has a sentence it must fire on and
one it must not."""
from kg.extract import meetings


def names(ms):
    return sorted({m.name for m in ms})


def dated(ms):
    return {m.name: m.date for m in ms if m.date}


# meeting.head: the name runs left from its head word to a stop word.
def test_name_starts_after_the_holding_verb(extract_text):
    ms = extract_text(meetings, "6月3日上午，青山区召开城市更新工作推进会。")
    assert names(ms) == ["城市更新工作推进会"]
    assert dated(ms) == {"城市更新工作推进会": "--06-03"}


def test_bare_meeting_word_is_no_meeting(extract_text):
    assert extract_text(meetings, "区委副书记李某参加会议并讲话。会后召开座谈会。") == []


def test_organisation_plus_bare_word_is_no_meeting(extract_text):
    # 区政府会议 is a body's routine sitting, not an occasion.
    assert extract_text(meetings, "每周提交区政府会议研究，并提出问题破解路径。") == []


def test_body_plenary_is_a_meeting(extract_text):
    assert names(extract_text(meetings, "深入贯彻落实州委全会精神。")) == ["州委全会"]


def test_fullest_plenary_name_with_ordinals(extract_text):
    ms = extract_text(meetings, "9月2日，中国共产党安平市东岭区第八届委员会第五次全体会议召开。")
    assert names(ms) == ["中国共产党安平市东岭区第八届委员会第五次全体会议"]


def test_broken_ordinal_is_rejected(extract_text):
    # Text garbled by a PDF: 次 with no numeral is not an ordinal.
    assert extract_text(meetings, "落实市委十上是大次全会部署。") == []


def test_list_of_sessions_gives_no_bare_session(extract_text):
    ms = extract_text(meetings, "认真学习了党的十五大、十五届二中、三中、四中、五中全会精神。")
    assert names(ms) == ["党的十五大"]


# Recurring activities need an occasion (第N期, a year).
def test_activity_with_an_occasion_is_a_meeting(extract_text):
    ms = extract_text(meetings, "1月9日上午，全省第五期“双百工程”活动上，本市项目有12个。")
    assert names(ms) == ["全省第五期“双百工程”活动"]


def test_recurring_activity_is_no_meeting(extract_text):
    assert extract_text(meetings, "深入开展“百企帮百村”活动，持续推进“暖企行动”活动。") == []


def test_meeting_in_a_document_title_is_no_mention(extract_text):
    assert extract_text(meetings, "印发重点项目会议纪要督查通报。") == []


# 暨 joins two occasions into one name; brackets and long 、-lists stay inside.
def test_ji_joins_two_occasions(extract_text):
    ms = extract_text(meetings, "10月8日，河东县投资环境说明会暨重点项目签约会在杭州举行。")
    assert names(ms) == ["河东县投资环境说明会暨重点项目签约会"]


def test_brackets_inside_a_name(extract_text):
    ms = extract_text(meetings, "3月1日，某区召开全区“两重”（重点项目、重点工作）推进会议。")
    assert names(ms) == ["全区“两重”（重点项目、重点工作）推进会议"]


def test_comma_list_inside_a_name(extract_text):
    ms = extract_text(meetings, "5月6日，南岭县对接大湾区电子信息、新能源汽车产业招商推介会在深圳举行。")
    assert names(ms) == ["南岭县对接大湾区电子信息、新能源汽车产业招商推介会"]


def test_demonstrative_is_not_part_of_a_name(extract_text):
    assert extract_text(meetings, "本次签约仪式共签约8个项目。此次会议意义重大。") == []


# meeting.sign-parties: “A与B举行…签约仪式”.
def test_signing_parties_make_the_name(extract_text):
    ms = extract_text(meetings, "4月2日，西河区与某某能源有限公司举行项目合作签约仪式。")
    assert names(ms) == ["西河区与某某能源有限公司项目合作签约仪式"]


def test_signing_without_parties_is_generic(extract_text):
    assert extract_text(meetings, "双方举行座谈后出席签约仪式。") == []


# meeting.holder-generic: a generic meeting held by a named body.
def test_holder_names_a_generic_meeting(extract_text):
    ms = extract_text(meetings, "7月2日，北湖区委理论学习中心组在区委党校举行集体学习会。")
    assert names(ms) == ["北湖区委理论学习中心组集体学习会"]


def test_no_holder_no_name(extract_text):
    assert extract_text(meetings, "会上举行集体学习会。") == []


# meeting.party-congress
def test_party_congress(extract_text):
    assert names(extract_text(meetings, "全面贯彻党的十六大精神。")) == ["党的十六大"]


def test_party_word_alone_is_no_congress(extract_text):
    assert extract_text(meetings, "坚持党的领导，加强党的建设。") == []


# meeting.short-form: shorter forms in one article take the fullest name.
def test_short_forms_link_to_the_full_name(extract_text):
    text = ("东岭区委七届九次全体（扩大）会议，解读\n8月2日，东岭区召开区委七届九次全体（扩大）会议。"
            "会议指出，要落实县委九届三次全会部署。县委全会把开放放在突出位置。")
    ms = extract_text(meetings, text)
    assert names(ms) == ["东岭区委七届九次全体（扩大）会议", "县委九届三次全会"]
    assert {m.text for m in ms if m.rule == "meeting.short-form"} == {"区委七届九次全体（扩大）会议", "县委全会"}


def test_party_congress_short_form(extract_text):
    text = "全会决定召开中国共产党安平市东岭区第三次代表大会。周某就区第三次党代会筹备工作作说明。区第二次党代会确定的任务全面完成。"
    ms = extract_text(meetings, text)
    assert names(ms) == ["中国共产党安平市东岭区第三次代表大会", "区第二次党代会"]


def test_same_meeting():
    assert meetings.same_meeting("巨石县投资说明会暨项目签约会", "河北巨石县投资环境说明会暨项目签约会")
    assert meetings.same_meeting("中国共产党某市某区第四届委员会第二次全体会议",
                                 "中共某市某区第四届委员会第二次全体会议")
    assert not meetings.same_meeting("区委全会", "市委十届三次全会")
    assert not meetings.same_meeting("产业发展大会", "人才工作推进会")


# Dates: before the name, after it (于…), with the article's year.
def test_date_after_the_name(extract_text):
    ms = extract_text(meetings, "中共某县第九届委员会第三次全体会议于3月5日召开。")
    assert dated(ms) == {"中共某县第九届委员会第三次全体会议": "--03-05"}


def test_date_takes_the_article_year(extract_text):
    ms = extract_text(meetings, "6月3日，青山区召开城市更新工作推进会。", year=2024)
    assert dated(ms) == {"城市更新工作推进会": "2024-06-03"}


def test_stated_year_wins(extract_text):
    ms = extract_text(meetings, "全会决定2022年9月1日召开中国共产党某县第六次代表大会。", year=2024)
    assert dated(ms) == {"中国共产党某县第六次代表大会": "2022-09-01"}


def test_no_day_no_date(extract_text):
    ms = extract_text(meetings, "今年5月，青山区召开城市更新工作推进会。", year=2024)
    assert dated(ms) == {}


def test_rule_ids_are_listed_in_rules_tsv():
    """Every official./meeting./rel.participates rule id in the code has a row."""
    import re
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "kg"
    listed = {line.split("\t")[0] for line in (root / "data" / "rules.tsv").read_text("utf-8").splitlines()
              if line and not line.startswith("#")}
    used = set()
    for f in ("extract/officials.py", "extract/meetings.py", "relate.py"):
        used |= set(re.findall(r'"((?:official|meeting|rel\.participates)[a-z.-]*)"',
                               (root / f).read_text("utf-8")))
    assert used and used <= listed, used - listed


def test_place_and_campaign_words_are_not_meetings(extract_text):
    assert extract_text(meetings, "全区掀起项目建设大会战，代表团参观人民大会堂。") == []
    ms = extract_text(meetings, "3月5日，全省招商引资大会在人民大会堂举行。")
    assert names(ms) == ["全省招商引资大会"]


def test_cited_meetings_take_no_date(extract_text):
    ms = extract_text(meetings, "8月2日，中共某县第九届委员会第三次全体会议召开，深入贯彻州委全会、县委全会精神。")
    assert dated(ms) == {"中共某县第九届委员会第三次全体会议": "--08-02"}
    assert names(ms) == ["中共某县第九届委员会第三次全体会议", "县委全会", "州委全会"]


def test_year_from_the_name_when_the_article_has_none(extract_text):
    ms = extract_text(meetings, "3月8日，东岭区2021年一季度招商项目集中签约仪式在区会议中心举行。")
    assert dated(ms) == {"东岭区2021年一季度招商项目集中签约仪式": "2021-03-08"}


def test_no_year_when_the_article_date_is_earlier(lex):
    from kg.read import document_from_text
    from dataclasses import replace
    doc = document_from_text("t.txt", "10月11日，东岭县投资环境说明会在北京举行。")
    assert [m.date for m in meetings.extract(replace(doc, year=2025, date="2025-07-23"), lex)] == ["--10-11"]
    assert [m.date for m in meetings.extract(replace(doc, year=2025, date="2025-10-12"), lex)] == ["2025-10-11"]


def test_nickname_before_a_dash_is_an_alias(extract_text):
    ms = extract_text(meetings, "2月6日，东岭区召开2025年“开年第一会”——全区重点项目推进会议。")
    assert [(m.name, m.aliases, m.date) for m in ms] == [
        ("全区重点项目推进会议", ("2025年“开年第一会”",), "2025-02-06")]
    ms = extract_text(meetings, "2月6日，东岭区召开全区重点项目推进会议。")
    assert [(m.name, m.aliases) for m in ms] == [("全区重点项目推进会议", ())]


def test_bare_plenary_word_is_an_alias_of_the_articles_plenary(extract_text):
    text = "9月2日，中共某县第九届委员会第三次全体会议召开。全会审议通过了决议。全会指出，要抓落实。"
    ms = extract_text(meetings, text)
    assert {a for m in ms for a in m.aliases} == {"全会"}
    # No dated plenary in the article: the bare word stays nobody's.
    ms = extract_text(meetings, "深入贯彻州委全会精神。全会指出，要抓落实。")
    assert {a for m in ms for a in m.aliases} == set()


def test_quoted_name_drops_its_unbalanced_quote(extract_text):
    ms = extract_text(meetings, "11月5日，县委书记范文胜出席“2024东岭发展论坛”并致辞。")
    assert names(ms) == ["2024东岭发展论坛"]
    ms = extract_text(meetings, "1月9日，全省第五期“双百工程”活动举行。")
    assert names(ms) == ["全省第五期“双百工程”活动"]


def test_dated_bare_sentence_dates_the_articles_meeting(extract_text):
    text = "# 东岭区召开安全生产工作会议\n\n3月5日上午，会议在区行政中心召开。"
    assert dated(extract_text(meetings, text)) == {"安全生产工作会议": "--03-05"}
    text = "# 东岭区召开安全生产工作会议\n\n3月5日上午，区长到企业调研。"
    assert dated(extract_text(meetings, text)) == {}


def test_theme_and_year_before_a_name_make_one_meeting(extract_text):
    ms = extract_text(meetings, "青禾县（深圳）招商推介会举行\n6月3日，“山水青禾·投资兴业”2024青禾县（深圳）招商推介会在深圳举行。")
    assert names(ms) == ["“山水青禾·投资兴业”2024青禾县（深圳）招商推介会"]
    # a different meeting that only ends alike stays apart
    ms = extract_text(meetings, "6月3日，青禾县召开招商推介会筹备会。6月9日，青禾县（深圳）招商推介会举行。")
    assert "招商推介会筹备会" not in {m.name for m in ms if m.text == "青禾县（深圳）招商推介会"}


def test_recurring_meeting_and_meeting_form_are_no_meetings(extract_text):
    assert extract_text(meetings, "各社区要倒排工期，每月召开一次项目调度会，及时协调问题。") == []
    assert extract_text(meetings, "会议以电视电话会议形式开到各乡镇。") == []
    assert names(extract_text(meetings, "3月5日，青湖区召开项目调度会。")) == ["项目调度会"]
