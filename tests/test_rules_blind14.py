"""Rules added after the heldout_blind14 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
from kg.clean import clean_text
from kg.extract import extract_document, goals, industries, projects
from rule_helpers import doc, names, pairs, posts


# clean -----------------------------------------------------------------------------

def test_a_bulleted_or_numbered_line_is_an_item_of_its_own():
    text = ("本次共签约项目5个，总投资4.2亿元，涵盖新材料、现代物流等多个重点领域。\n"
            "■甲禾新材料有限公司投资1.5亿元建设年产3万吨某某材料项目\n"
            "■乙岭物流有限公司投资9000万元建设乙岭冷链物流中心项目\n"
            "2. 丙川机械有限公司某某零部件项目｜2亿元｜已投产\n")
    lines = clean_text(text).split("\n")
    assert [ln[:2] for ln in lines[1:]] == ["■甲", "■乙", "2."]


# officials -------------------------------------------------------------------------

def test_a_feature_interview_headline_names_the_post_after_its_verb(lex):
    text = "让小杂粮走向大市场——访青岭县委书记蒋立川\n本报记者　某某\n"
    assert posts(text, lex) == {"蒋立川": ["青岭县委书记"]}


# relations -------------------------------------------------------------------------

def test_answering_questions_at_a_press_conference_is_speaking(lex):
    text = ("5月6日，青岭区2025年一季度经济运行情况新闻发布会召开。"
            "区发展改革局局长蒋立川、区统计局局长韦明回答记者提问。")
    x = extract_document(doc(text), lex)
    got = {(r.subject, r.role) for r in x.relations if r.predicate == "participatesIn"}
    assert ("蒋立川", "speaksAt") in got and ("韦明", "speaksAt") in got


def test_a_roundup_item_on_another_day_is_not_at_the_last_meeting(lex):
    text = ("◆4月2日，青岭县召开2025年安全生产工作会议，县长蒋立川出席并讲话。\n"
            "◆4月6日，县政协主席韦明带队到青岭物流园项目现场调研。\n")
    x = extract_document(doc(text), lex)
    got = {r.subject for r in x.relations if r.predicate == "participatesIn"}
    assert got == {"蒋立川"}


def test_bulleted_firms_after_a_zone_signing_ceremony_sign_with_the_zone(lex):
    text = ("6月3日，禾岭经济开发区项目集中签约仪式举行。\n"
            "▶本次共签约项目4个，总投资2.6亿元。\n"
            "■甲禾新材料有限公司投资1.5亿元建设年产3万吨某某材料项目\n"
            "■乙岭物流有限公司投资9000万元建设乙岭冷链物流中心项目\n"
            "县委书记蒋立川出席签约仪式。青岭县今年已累计签约项目20个。\n")
    got = pairs(text, lex, "signsWith")
    assert ("甲禾新材料有限公司", "禾岭经济开发区") in got
    assert ("乙岭物流有限公司", "禾岭经济开发区") in got


def test_a_month_before_the_county_whole_is_no_place(lex):
    from kg.relate import _main_place
    d = doc("关于2025年8月份全县招商工作的通报\n8月份，全县新签约项目6个。\n青禾县招商办公室\n")
    assert _main_place(d) == "青禾县"


# projects --------------------------------------------------------------------------

def test_project_heads_new_in_blind14(lex):
    got = names(projects, "区内的岚湾青年创业港已孵化项目30个，禾川国际茶叶交易中心已投入运营。", lex)
    assert {"岚湾青年创业港", "禾川国际茶叶交易中心"} <= got


def test_remanufacturing_is_part_of_a_project_name(lex):
    got = names(projects, "甲岭重工有限公司投资6000万元建设汽车零部件再制造项目。", lex)
    assert "汽车零部件再制造项目" in got


def test_a_visit_to_a_project_site_leaves_the_visitor_out_of_the_name(lex):
    got = names(projects, "3月8日，县人大常委会主任韦明带队到禾川青梅文旅小镇项目现场调研。", lex)
    assert "禾川青梅文旅小镇项目" in got and not any("韦明" in g for g in got)


def test_the_main_works_of_a_phase_are_no_project(lex):
    got = names(projects, "禾川新材料产业园三期主体工程完工。", lex)
    assert got == {"禾川新材料产业园三期"}


def test_kinds_of_project_sought_are_no_names(lex):
    got = names(projects, "加快建设禾川茶叶精深加工产业园，引进速溶茶粉、茶饮料等项目。", lex)
    assert got == {"禾川茶叶精深加工产业园"}
    got = names(projects, "引进岚湖数字产业港、西山药业产业园等项目。", lex)
    assert got == {"岚湖数字产业港", "西山药业产业园"}


# goals -----------------------------------------------------------------------------

def test_a_quoted_place_to_become_after_an_adverb_is_a_goal(lex):
    got = names(goals, "下半年，禾川区将全力打造“西部营商环境最优区”，力争全年新增企业300家。", lex)
    assert "“西部营商环境最优区”" in got


def test_an_ordinal_or_plan_lead_is_no_part_of_a_target(lex):
    assert names(goals, "二是力争到2028年茶叶精深加工率提高到40%。", lex) == \
        {"力争到2028年茶叶精深加工率提高到40%"}
    assert names(goals, "全县已签约项目30个，下一步将力争全年到位资金突破20亿元。", lex) == \
        {"力争全年到位资金突破20亿元"}


def test_the_months_so_far_report_progress_not_targets(lex):
    assert names(goals, "1—9月，全县累计签约项目52个，完成年度目标的86.7%。", lex) == set()


def test_the_year_ahead_in_a_clause_of_its_own_leads_a_target(lex):
    assert names(goals, "明年，我们还将新建冷链仓储设施12万平方米。", lex) == {"新建冷链仓储设施12万平方米"}
    assert names(goals, "去年，我们新建冷链仓储设施12万平方米。", lex) == set()


# industries ------------------------------------------------------------------------

def test_the_scope_before_a_counted_list_is_no_part_of_its_first_item(lex):
    got = names(industries, "全镇肉羊养殖、青稞种植、高原康养三大产业初具规模。", lex)
    assert "肉羊养殖" in got and not any(g.startswith("全镇") for g in got)


def test_taxonomy_words_new_in_blind14(lex):
    got = names(industries, "重点发展深远海养殖和海洋食品加工，做强葡萄酒、集成电路设计等产业。", lex)
    assert {"深远海养殖", "海洋食品加工", "葡萄酒", "集成电路设计"} <= got


def test_a_reported_paragraph_after_an_emoji_sets_nothing_at_the_meeting(lex):
    text = ("📢6月3日，禾岭经济开发区项目集中签约仪式举行！\n"
            "👉县委书记蒋立川出席签约仪式并致辞。\n"
            "🌟据悉，禾岭县今年已累计签约项目20个，下一步将力争全年到位资金突破30亿元！\n")
    x = extract_document(doc(text), lex)
    assert any(m.type == "Goal" for m in x.mentions)
    assert not [r for r in x.relations if r.predicate == "setBy"]
