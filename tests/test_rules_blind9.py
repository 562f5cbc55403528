"""Rules added after the heldout_blind9 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.clean import clean_text
from kg.extract import companies, extract_document, goals, industries, meetings, projects
from rule_helpers import doc, names, pairs


def _relations(text, lex, predicate):
    x = extract_document(doc(text), lex)
    return {(r.subject, r.object, r.role or "") for r in x.relations if r.predicate == predicate}


# clean ---------------------------------------------------------------------------

def test_a_header_stamp_line_is_not_joined_to_the_body(lex):
    text = clean_text("某某县召开会议\n来源：青禾县融媒体中心　2023-05-10\n\n5月9日上午，青禾县招商工作推进会召开。")
    assert "2023-05-10\n5月9日" in text
    got = {(m.text, m.date) for m in meetings.extract(doc(text), lex)}
    assert ("青禾县招商工作推进会", "2023-05-09") in got
    # (a number wrapped onto the next line is still joined)
    assert clean_text("全县共完成投资20\n24亿元。") == "全县共完成投资2024亿元。"


# companies -----------------------------------------------------------------------

def test_creative_trade_word_inside_a_company_name(lex):
    got = names(companies, "随后，调研组来到云南岭绣文化创意有限公司，察看了工坊。", lex)
    assert got == {"云南岭绣文化创意有限公司"}


# goals ---------------------------------------------------------------------------

def test_the_lines_of_a_work_plan_are_targets(lex):
    text = ("报告明确，明年重点抓好四个方面工作：\n一是在工业上持续发力。"
            "全年新增规上企业40家以上，新建市级研发平台8家。\n二是在民生上持续发力。"
            "城镇新增就业6000人，新改建农村公路55公里。\n会议还表彰了先进，新增表彰名额31家。")
    got = names(goals, text, lex)
    assert {"全年新增规上企业40家以上", "新建市级研发平台8家", "城镇新增就业6000人",
            "新改建农村公路55公里"} <= got
    # (the plan ends where the lines stop being numbered)
    assert not any("31家" in g for g in got)


def test_without_a_plan_lead_numbered_lines_count_nothing(lex):
    text = "过去一年主要做了以下工作：\n一是工业稳步增长。\n新增规上企业40家，新建研发平台8家。"
    assert names(goals, text, lex) == set()


@pytest.mark.parametrize("text, want", [
    ("二要抓好示范创建，年内打造市级示范村6个。", "年内打造市级示范村6个"),
    ("要培育壮大骨干企业，今年新增市级龙头企业4家。", "今年新增市级龙头企业4家"),
    ("全区将力争全年引进亿元以上项目30个。", "力争全年引进亿元以上项目30个"),
])
def test_new_target_cues(lex, text, want):
    assert want in names(goals, text, lex)


def test_a_programme_named_in_full_in_quotes(lex):
    got = names(goals, "会议强调，要扎实推进“千村示范万村提升发展工程”，推动乡村全面振兴。", lex)
    assert "“千村示范万村提升发展工程”" in got
    # a short nickname held to is a work-style slogan
    assert names(goals, "全县坚持招商引资“一号工程”不动摇。", lex) == set()


def test_a_quoted_positioning_and_a_cluster_zone_to_become(lex):
    assert "“智造强区、生态新城”定位" in names(goals, "要紧紧围绕“智造强区、生态新城”定位，推动发展。", lex)
    got = names(goals, "青禾区正全力打造“西岭东翼现代物流集聚区”，加快发展。", lex)
    assert any("西岭东翼现代物流集聚区" in g for g in got)
    assert not any("集聚区" in p for p in names(projects, "青禾区正全力打造“西岭东翼现代物流集聚区”，加快发展。", lex))


def test_a_system_named_by_what_it_covers(lex):
    text = "要构建涵盖茶叶精制、菌菇加工、山货电商在内的山地特色食品产业体系，推动发展。"
    assert "构建涵盖茶叶精制、菌菇加工、山货电商在内的山地特色食品产业体系" in names(goals, text, lex)
    got = {(m.text, m.sector) for m in industries.extract(doc(text), lex)}
    assert {("茶叶精制", "山地特色食品产业"), ("菌菇加工", "山地特色食品产业"),
            ("山货电商", "山地特色食品产业")} <= got


# projects ------------------------------------------------------------------------

def test_capacity_brackets_and_a_joined_building_in_names(lex):
    got = names(projects, "青禾县与岭川能源有限公司签约150兆瓦农光互补项目。", lex)
    assert "150兆瓦农光互补项目" in got
    got = names(projects, "开工的还有岭东路（青禾路至滨湖大道）道路改造工程等。", lex)
    assert "岭东路（青禾路至滨湖大道）道路改造工程" in got
    got = names(projects, "包括：青禾岭川科技有限公司研发总部及中试中心项目等。", lex)
    assert "青禾岭川科技有限公司研发总部及中试中心项目" in got


def test_a_phase_listed_next_to_a_named_project(lex):
    got = names(projects, "加快推进岭川光电三期、青禾智能制造产业园建设。", lex)
    assert {"岭川光电三期", "青禾智能制造产业园"} <= got
    got = names(projects, "民生项目5个，包括青禾老街片区更新一期、岭东路改造工程等。", lex)
    assert "青禾老街片区更新一期" in got


def test_camping_base_and_no_title_or_counted_headline(lex):
    assert "岚山谷露营基地" in names(projects, "在岚山谷露营基地，调研组了解了运营情况。", lex)
    got = names(projects, "青禾高新区获批省级特色（产业）示范园区，岭川新材料产业园竣工。", lex)
    assert not any("获批" in g or g.startswith("省级") for g in got)
    assert names(projects, "青禾县项目集中签约活动9个项目总投资21亿元", lex) == set()


# industries ----------------------------------------------------------------------

def test_region_quality_facility_and_ratio(lex):
    got = names(industries, "做强江南丝绸、茶叶加工两大产业。", lex)
    assert "江南丝绸" in got
    assert names(industries, "规划建设康养社区。", lex) == set()
    assert not any("农产品加工" in g for g in names(industries, "全县农产品加工转化率达到60%。", lex))


def test_industry_words_inside_a_county_aim_are_its_description(lex):
    x = extract_document(doc("要加快打造长三角产业转移承接示范县，推动发展。"), lex)
    assert not [m for m in x.mentions if m.type == "Industry"]


# relations -----------------------------------------------------------------------

def test_two_leaders_of_an_observation_team_visit_and_attend(lex):
    text = ("9月3日，青禾县项目观摩推进会召开。县委书记罗山，县委副书记、县长白川率观摩组，"
            "先后深入4个乡镇。县人大常委会主任米禾参加观摩。随后，观摩组来到岭川竹木制品有限公司，察看了生产线。"
            "4日下午，观摩组召开总结会。罗山指出，要抓好项目建设。")
    visits = pairs(text, lex, "visits")
    assert visits == {("罗山", "岭川竹木制品有限公司"), ("白川", "岭川竹木制品有限公司")}
    got = {(s, r) for s, _, r in _relations(text, lex, "participatesIn")}
    assert {("罗山", "attends"), ("白川", "attends"), ("米禾", "attends"), ("罗山", "speaksAt")} <= got


def test_chairing_the_opening_session_chairs_the_congress(lex):
    text = ("1月8日上午，青禾市第十七届人民代表大会第三次会议开幕。"
            "市人大常委会副主任米禾主持开幕会。")
    assert ("米禾", "chairs") in {(s, r) for s, _, r in _relations(text, lex, "participatesIn")}


def test_a_zone_that_signs_is_no_project_of_the_company(lex):
    text = "青禾经济开发区与岭川新材料有限公司签约年产2万吨碳纤维项目。"
    got = pairs(text, lex, "involves")
    assert ("年产2万吨碳纤维项目", "岭川新材料有限公司") in got
    assert not any(p.startswith("青禾经济开发区") for p, _ in got)
