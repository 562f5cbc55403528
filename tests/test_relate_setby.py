"""setBy: which meeting set a goal (invented names)."""
from pathlib import Path

from kg.extract import goals
from kg.model import Mention
from kg.read import document_from_text
from kg.relate import goal_meetings, relations

ARTICLES = Path(__file__).parent / "articles"


def doc_and_mentions(text, meetings, lex):
    """The document, its goal mentions (from the goal rules) and Meeting mentions
    placed by hand at the first occurrence of each name at or after a given offset."""
    doc = document_from_text("t.txt", text)
    ms = list(goals.extract(doc, lex))
    for name, after in meetings:
        start = doc.text.find(name, after)
        sent = next(s for s in doc.sentences if s.start <= start < s.end)
        ms.append(Mention("Meeting", name, "t.txt", sent.index, start, start + len(name), "test"))
    return doc, ms


def pairs(rels, rule=None):
    return {(r.subject, r.object) for r in rels if rule is None or r.rule == rule}


def test_goals_of_an_article_link_to_the_meeting_it_reports(lex):
    text = "3月8日，青禾区召开产业发展大会。会议提出，全力打造“康养”“智造”两大工程。"
    doc, ms = doc_and_mentions(text, [("产业发展大会", 0)], lex)
    assert pairs(goal_meetings(doc, ms), "rel.setby-main-meeting") == {
        ("“康养”“智造”两大工程", "产业发展大会")}


def test_no_setby_when_the_article_reports_no_meeting(lex):
    text = "青禾区委书记林远航调研重点项目。他强调，要全力打造“康养”“智造”两大工程。"
    doc, ms = doc_and_mentions(text, [], lex)
    assert goal_meetings(doc, ms) == []


def test_a_meeting_only_referred_to_is_not_the_articles_meeting(lex):
    text = ("青禾区委书记林远航调研重点项目。他要求深入学习贯彻市委全会精神。"
            "要全力打造“康养”“智造”两大工程。")
    doc, ms = doc_and_mentions(text, [("市委全会", 0)], lex)
    assert goal_meetings(doc, ms) == []


def test_a_meeting_named_as_setting_the_goal_in_its_sentence_wins(lex):
    text = ("3月8日，青禾区召开区委全会。市委九届七次全会提出了“一核两翼、多点支撑”的发展新格局。"
            "全会要求加快建设“平安青禾”。")
    doc, ms = doc_and_mentions(text, [("区委全会", 0), ("市委九届七次全会", 0)], lex)
    rels = goal_meetings(doc, ms)
    assert pairs(rels, "rel.setby-own-sentence") == {("“一核两翼、多点支撑”", "市委九届七次全会")}
    assert pairs(rels, "rel.setby-main-meeting") == {("“平安青禾”", "区委全会")}


def test_a_meeting_that_is_not_the_subject_does_not_set_the_goal(lex):
    text = "3月8日，青禾区召开区委全会。会议指出，聚焦市委九届七次全会的工作部署，把握好“2468”的总体布局。"
    doc, ms = doc_and_mentions(text, [("区委全会", 0), ("市委九届七次全会", 20)], lex)
    assert pairs(goal_meetings(doc, ms)) == {("“2468”的总体布局", "区委全会")}


def test_reporter_background_is_not_set_by_the_meeting(lex):
    text = ("5月26日，青禾区与东岭投资有限公司举行战略合作签约仪式。"
            "今年以来，青禾区以建设现代化幸福青禾为总目标，大力推动招商引资。")
    doc, ms = doc_and_mentions(text, [("战略合作签约仪式", 0)], lex)
    assert goal_meetings(doc, ms) == []


def test_background_said_by_a_speaker_is_set_by_the_meeting(lex):
    text = ("5月26日，青禾区与东岭投资有限公司举行战略合作签约仪式。"
            "林远航表示，今年以来，青禾区以建设现代化幸福青禾为总目标，大力推动招商引资。")
    doc, ms = doc_and_mentions(text, [("战略合作签约仪式", 0)], lex)
    assert pairs(goal_meetings(doc, ms)) == {("建设现代化幸福青禾", "战略合作签约仪式")}


def test_each_news_item_on_a_page_has_its_own_meeting(lex):
    text = ("青禾区召开招商工作会议\n本报讯5月3日，青禾区召开招商工作会议。会议要求，确保全年新签约项目30个。\n"
            "青禾区领导调研园区\n本报讯5月4日，区领导调研园区。他强调，力争园区产值增长10%。")
    doc, ms = doc_and_mentions(text, [("招商工作会议", 0)], lex)
    assert pairs(goal_meetings(doc, ms)) == {("确保全年新签约项目30个", "招商工作会议")}


def test_a_reporter_byline_does_not_start_a_news_item(lex):
    text = ("3月8日，青禾区召开产业发展大会。\n记者王一通讯员李二\n"
            "会议提出，全力打造“康养”“智造”两大工程。")
    doc, ms = doc_and_mentions(text, [("产业发展大会", 0)], lex)
    assert pairs(goal_meetings(doc, ms)) == {("“康养”“智造”两大工程", "产业发展大会")}


def test_relations_include_setby(lex):
    text = "3月8日，青禾区召开产业发展大会。会议提出，全力打造“康养”“智造”两大工程。"
    doc, ms = doc_and_mentions(text, [("产业发展大会", 0)], lex)
    assert ("“康养”“智造”两大工程", "产业发展大会") in pairs(
        r for r in relations(doc, ms) if r.predicate == "setBy")


def test_article_signing_links_each_news_item_to_its_meeting(lex):
    text = (ARTICLES / "goals_signing.txt").read_text(encoding="utf-8")
    doc, ms = doc_and_mentions(text, [("柳溪县与东岭新材料有限公司举行战略合作签约仪式", 0),
                                      ("全县优化营商环境工作推进会", 0)], lex)
    got = pairs(goal_meetings(doc, ms))
    sign, push = "柳溪县与东岭新材料有限公司举行战略合作签约仪式", "全县优化营商环境工作推进会"
    assert ("“项目攻坚年”", sign) in got
    assert ("建设“营商环境最优县”", push) in got
    assert ("建设“营商环境最优县”", sign) not in got


def test_reported_paragraph_sets_nothing(lex):
    text = ("3月8日，青禾区召开产业发展大会。会议提出，力争全年引进项目30个。\n"
            "记者了解到，下一步，青禾区将力争到2026年物流产值突破80亿元。")
    doc, ms = doc_and_mentions(text, [("产业发展大会", 0)], lex)
    got = pairs(goal_meetings(doc, ms))
    assert ("力争全年引进项目30个", "产业发展大会") in got
    assert not any("80亿元" in g for g, _ in got)


def test_speech_goes_on_over_a_background_sentence(lex):
    text = ("3月8日，青禾区召开产业发展大会。\n区长岚文表示，青禾交通便利。"
            "近年来，全区深入实施“数字青禾”战略，力争全年数字经济增长20%。")
    doc, ms = doc_and_mentions(text, [("产业发展大会", 0)], lex)
    assert any(o == "产业发展大会" for _, o in pairs(goal_meetings(doc, ms)))


def test_the_lead_after_source_lines_names_the_main_meeting():
    # Source and editor lines between the headline and the lead: the meeting
    # named in the lead (its first full sentence) is still what the article
    # reports on, with no 召开 or 举行 next to its name.
    from kg.pipeline import build_from_texts
    text = ("记者 柳青岩 通讯员 白若溪\n来源：某县融媒体中心\n"
            "3月2日，全县“三抓”推进会议暨项目观摩活动启动，部署一季度工作。\n"
            "会议要求，加快建设“一园两区”。")
    r = build_from_texts({"a.txt": text})
    assert [(x.subject, x.object) for x in r.relations if x.predicate == "setBy"] == \
        [("Goal|一园两区", "Meeting|全县三抓推进会议|a.txt")]
