"""Rules added after the heldout_blind6 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.extract import companies, goals, industries, meetings, mentions, projects
from kg.model import Mention
from kg.resolve import resolve
from rule_helpers import doc, names, pairs


# goals ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("加快构建以智能家电、精密模具和现代物流为支柱的现代产业体系。",
     "加快构建以智能家电、精密模具和现代物流为支柱的现代产业体系"),
    ("扎实办好九项民生实事。", "九项民生实事"),
    ("着力打造西南光伏材料产业名区。", "西南光伏材料产业名区"),
    ("全力打造豫东现代商贸枢纽。", "豫东现代商贸枢纽"),
    ("加快建设黔北现代化商贸城市。", "黔北现代化商贸城市"),
    ("要打造国家重要的清洁能源基地。", "国家重要的清洁能源基地"),
    ("三是深化区域合作，打造成渝优质农产品供应基地。", "成渝优质农产品供应基地"),
    ("力争到2026年全县光伏装机规模突破300万千瓦。", "力争到2026年全县光伏装机规模突破300万千瓦"),
])
def test_new_goal_lines(lex, text, want):
    assert want in names(goals, text, lex)


def test_new_build_is_a_target_and_this_year_is_cut(lex):
    got = names(goals, "今年要确保完成造林3万亩，新建高标准农田4万亩。", lex)
    assert got == {"确保完成造林3万亩", "新建高标准农田4万亩"}


def test_a_date_leads_the_whole_list_of_targets(lex):
    got = names(goals, "到2027年，全镇农民人均收入突破5万元，村集体经营性收入全部达到80万元以上。", lex)
    assert "村集体经营性收入全部达到80万元以上" in got and len(got) == 2


@pytest.mark.parametrize("text", [
    "企业负责人介绍，公司投资2.5亿元建设的智能产线预计年底建成。",
    "他表示，公司看好青岩的港口条件，将把物流园打造成辐射西南的冷链集散枢纽。",
])
def test_a_company_speaking_of_its_plans_sets_no_goal(lex, text):
    assert names(goals, text, lex) == set()


def test_investment_metric_and_invested_site_stay_as_they_were(lex):
    assert names(goals, "力争全年新增规上企业30家，企业投资增长10%。", lex) == {
        "力争全年新增规上企业30家", "企业投资增长10%"}
    assert names(goals, "岭南牧业集团有限公司投资5亿元，打造岭南优质饲料生产基地。", lex) == set()


# industries ----------------------------------------------------------------------

def test_yiji_joins_list_items(lex):
    got = names(industries, "要围绕脐橙、肉牛以及茶叶三大特色产业，加快发展。", lex)
    assert {"脐橙", "肉牛", "茶叶"} <= got and not any(n.endswith("以") for n in got)


def test_pillar_system_names_its_industries(lex):
    got = names(industries, "加快构建以汽车零部件、绿色建材和高端纺织为支柱的现代产业体系。", lex)
    assert {"汽车零部件", "绿色建材", "高端纺织"} <= got and "建材" not in got


@pytest.mark.parametrize("text, want", [
    ("开发区将重点发展高端装备制造、精细化工以及港口物流，做大产业规模。",
     {"高端装备制造", "精细化工", "港口物流"}),
    ("推动纸业、智能家居和乡村旅游融合发展。", {"纸业", "智能家居", "乡村旅游"}),
    ("大力发展风光制氢、绿色化工以及新材料，打造基地。", {"风光制氢", "绿色化工", "新材料"}),
])
def test_list_after_a_development_verb(lex, text, want):
    assert want <= names(industries, text, lex)


def test_list_of_work_after_a_development_verb_is_no_industry_list(lex):
    got = names(industries, "要聚焦数字经济、营商环境和作风建设。", lex)
    assert "营商环境" not in got and "作风建设" not in got


def test_taxonomy_before_a_park_is_the_parks_name(lex):
    got = names(industries, "开工仪式在岭西旗新能源化工园区举行，现代煤化工产业产值达到90亿元。", lex)
    assert "新能源化工" not in got and "现代煤化工产业" in got | {m + "产业" for m in got}


# projects and companies ------------------------------------------------------------

def test_site_of_a_build_line_is_the_goal_not_a_project(lex):
    ms = mentions(doc("全力打造豫东现代商贸枢纽。"), lex)
    assert {(m.type, m.text) for m in ms} >= {("Goal", "豫东现代商贸枢纽")}
    assert not any(m.type == "Project" for m in ms)


def test_place_and_company_forms_of_one_annual_project_are_one(lex):
    a = Mention("Project", "岭西旗年产5万吨生物柴油项目", "d", 0, 0, 14, "r")
    b = Mention("Project", "岭南绿能有限公司年产5万吨生物柴油项目", "d", 1, 30, 49, "r")
    c = Mention("Project", "岭东县年产5万吨生物柴油项目", "e", 0, 0, 14, "r")
    d = Mention("Project", "岭北饲料有限公司年产5万吨生物柴油项目", "d", 2, 60, 79, "r")
    assert len(resolve([a, b])) == 1
    assert len(resolve([a, c])) == 2      # two articles: two projects
    assert len(resolve([a, b, d])) == 3   # two companies' projects of one size: no owner known


def test_what_is_signed_for_keeps_its_first_word(lex):
    text = "会上，青溪镇与浙江岭织智能科技有限公司签订智能织机研发中心项目合作协议。"
    assert "智能织机研发中心项目" in names(projects, text, lex)


def test_signed_list_pairs_off_in_order(lex):
    text = ("岭东经济开发区举行重点项目集中签约仪式\n"
            "岭港物流（集团）有限公司、中岭冷链股份公司分别签约岭东国际冷链物流园一期和跨境电商分拨中心项目。")
    assert {"岭东国际冷链物流园一期", "跨境电商分拨中心项目"} <= names(projects, text, lex)
    assert pairs(text, lex, "involves") == {
        ("岭东国际冷链物流园一期", "岭港物流（集团）有限公司"), ("跨境电商分拨中心项目", "中岭冷链股份公司")}
    assert pairs(text, lex, "signsWith") == {
        ("岭港物流（集团）有限公司", "岭东经济开发区"), ("中岭冷链股份公司", "岭东经济开发区")}


def test_signed_projects_as_a_category_name_no_project(lex):
    assert "停滞项目" not in names(projects, "对全区储备项目、签约项目、停滞项目等进行全面梳理。", lex)


def test_chemical_park_and_annual_name_stop_at_their_heads(lex):
    text = "4月8日，岭北绿能有限公司年产8万吨生物甲醇项目开工仪式在岭西旗新能源化工园区举行。"
    assert names(projects, text, lex) == {"岭北绿能有限公司年产8万吨生物甲醇项目", "岭西旗新能源化工园区"}


def test_joint_lab_signed_for_is_a_project_not_a_company(lex):
    text = "岭南机器人研究所与岭东重工股份有限公司签署智能焊接联合实验室合作协议。"
    assert names(companies, text, lex) == {"岭南机器人研究所", "岭东重工股份有限公司"}
    assert "智能焊接联合实验室" in names(projects, text, lex)
    assert pairs(text, lex, "involves") == {("智能焊接联合实验室", "岭南机器人研究所"),
                                             ("智能焊接联合实验室", "岭东重工股份有限公司")}


def test_place_character_taken_for_a_verb_begins_the_name(lex):
    text = "炼湖区委书记甲某出席。双方将共同建设炼湖湘商产业园，重点引进企业回乡兴业。"
    assert "炼湖湘商产业园" in names(projects, text, lex)


def test_policy_programme_zone_is_no_project(lex):
    assert names(projects, "岭溪镇要在共同富裕示范区建设中走在前、作示范。", lex) == set()


# meetings --------------------------------------------------------------------------

def test_verb_before_a_meeting_word_names_no_meeting(lex):
    assert names(meetings, "要以实干实绩推动全会精神落地见效。", lex) == set()
    assert names(meetings, "10月9日，岭溪镇乡村振兴推进大会召开。", lex) == {"岭溪镇乡村振兴推进大会"}


# relations -------------------------------------------------------------------------

def test_two_leaders_split_by_a_comma_lead_the_trip(lex):
    text = ("8月5日，岭州市委常委、青岩区委书记吴振邦，区委副书记、区长黎晓芸率队赴广东深圳开展招商考察，"
            "先后走访深圳岭帆智能科技有限公司、岭华新能源股份有限公司。")
    assert pairs(text, lex, "visits") == {(o, c) for o in ("吴振邦", "黎晓芸")
                                          for c in ("深圳岭帆智能科技有限公司", "岭华新能源股份有限公司")}


def test_bare_zone_head_is_the_articles_zone(lex):
    text = ("岭东经济开发区举行第二批重点项目集中签约仪式\n"
            "岭东经济开发区将坚持港产联动。岭北精细化工有限公司与开发区签约年产5万吨电子化学品项目。")
    assert pairs(text, lex, "signsWith") == {("岭北精细化工有限公司", "岭东经济开发区")}


def test_company_is_party_to_the_project_of_its_own_clause(lex):
    # (岭溪 is the town's name too, so the shared prefix makes no party.)
    text = ("今年以来，岭溪镇由岭溪纺织股份有限公司牵头建设的岭溪共富产业园一期已完成主体结顶，"
            "岭溪织艺小镇入选省级特色小镇创建名单。")
    got = pairs(text, lex, "involves")
    assert any(p.startswith("岭溪共富产业园") for p, _ in got)
    assert not any(p == "岭溪织艺小镇" for p, _ in got)


def test_contractor_of_the_project_named_two_sentences_before(lex):
    text = ("4月8日上午，岭北绿能有限公司年产8万吨生物甲醇项目开工仪式在岭西旗新能源化工园区举行。"
            "市委常委、副市长韩立东出席仪式。"
            "该项目总投资20亿元，由岭北绿能有限公司投资建设，中国岭建工程有限公司承担工程总承包。")
    got = pairs(text, lex, "involves")
    assert ("岭北绿能有限公司年产8万吨生物甲醇项目", "中国岭建工程有限公司") in got
    assert not any(p == "岭西旗新能源化工园区" for p, _ in got)
