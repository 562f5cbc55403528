"""Rules added after the heldout_blind13 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.extract import companies, extract_document, goals, industries, meetings, projects
from rule_helpers import doc, names, pairs


# companies -----------------------------------------------------------------------

def test_a_short_name_given_in_brackets_names_the_company_again(lex):
    text = ("中国岭瀚工程集团有限公司（以下简称“岭瀚工程”）与青禾县签约。"
            "根据协议，岭瀚工程将投资12亿元建设青禾县污水处理厂扩建工程。")
    x = extract_document(doc(text), lex)
    short = [m for m in x.mentions if m.type == "Company" and m.text == "岭瀚工程"]
    assert len(short) == 1 and short[0].name == "中国岭瀚工程集团有限公司"
    got = {(r.subject, r.object) for r in x.relations if r.predicate == "involves"}
    assert ("青禾县污水处理厂扩建工程", "中国岭瀚工程集团有限公司") in got


def test_a_short_name_signs_with_another_short_name(lex):
    text = ("江苏岭丰物流集团有限公司（以下简称“岭丰物流”）、青禾晟达电子有限公司（以下简称“晟达电子”）"
            "出席仪式。仪式上，岭丰物流与晟达电子还签订了仓储服务协议。")
    assert ("江苏岭丰物流集团有限公司", "青禾晟达电子有限公司") in pairs(text, lex, "signsWith")


def test_a_joint_venture_to_be_set_up_is_no_company(lex):
    got = names(companies, "岭丰物流将与青禾县共同组建合资公司，负责码头运营。", lex)
    assert "合资公司" not in got


# relations -----------------------------------------------------------------------

def test_every_company_of_a_bracketed_list_signs_with_the_place(lex):
    text = ("6月2日，青禾县举行项目签约仪式。甲岭建设集团有限公司（以下简称“甲岭建设”）、"
            "乙禾能源有限公司（以下简称“乙禾能源”）分别与青禾县签署合作协议。")
    got = pairs(text, lex, "signsWith")
    assert ("甲岭建设集团有限公司", "青禾县") in got and ("乙禾能源有限公司", "青禾县") in got


def test_a_numbered_item_names_its_builder_sentences_on(lex):
    text = ("1. 青禾智慧冷链产业园项目。建设内容：新建冷库10万吨。总投资9亿元，建设单位为江州岭鲜供应链有限公司。"
            "2. 白溪路改造工程。建设内容：改造道路6公里。总投资3亿元，由白溪城市建设投资有限公司投资建设。")
    got = pairs(text, lex, "involves")
    assert got == {("青禾智慧冷链产业园项目", "江州岭鲜供应链有限公司"),
                   ("白溪路改造工程", "白溪城市建设投资有限公司")}


def test_the_company_pointed_back_to_builds_what_it_invested_in(lex):
    text = ("书记首先来到青禾岭锋电池有限公司，察看生产线。企业负责人介绍，"
            "公司投资12亿元建设的10GWh储能电池项目已投产。")
    assert ("10GWh储能电池项目", "青禾岭锋电池有限公司") in pairs(text, lex, "involves")


def test_a_bank_paired_with_a_firm_is_no_signer_with_the_place(lex):
    text = ("对接会上，青禾农村商业银行股份有限公司（简称“青禾农商行”）等5家金融机构与"
            "青禾岭丰米业有限公司等20家企业签订融资协议。其中，青禾农商行向青禾岭丰米业有限公司授信1亿元。")
    got = pairs(text, lex, "signsWith")
    assert not any(o == "青禾县" for _, o in got)


# goals ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("书记强调，要加快建设西岭现代商贸枢纽核心区，提升城市能级。", "西岭现代商贸枢纽核心区"),
    ("会议强调，要聚焦建设长江中游生态农业强县目标，抓好春耕。", "建设长江中游生态农业强县"),
    ("书记指出，要加快培育精细化工、电子材料两大产业集群。", "加快培育精细化工、电子材料两大产业集群"),
    ("全会强调，要培育壮大低空经济、生物制造两个新兴产业。", "培育壮大低空经济、生物制造两个新兴产业"),
    ("全会强调，要深入实施“园区提质”计划。", "“园区提质”计划"),
    ("副省长强调，要坚定不移推进农业强省建设。", "坚定不移推进农业强省建设"),
])
def test_goal_lines(lex, text, want):
    assert want in names(goals, text, lex)


def test_the_targets_inside_a_benchmark_frame_are_each_a_target(lex):
    got = names(goals, "副市长强调，各镇要对标全年引进亿元以上项目50个、实际到位资金90亿元的目标，抓好招商。", lex)
    assert {"全年引进亿元以上项目50个", "实际到位资金90亿元"} <= got


def test_what_the_place_will_do_this_year_is_a_target(lex):
    got = names(goals, "主任表示，街道今年将完成4个老旧小区改造，新建3个口袋公园。", lex)
    assert {"完成4个老旧小区改造", "新建3个口袋公园"} <= got
    # a company's own plan for next year, or the place's spending, is none
    assert names(goals, "董事长说，集团与某学院共建的中心已运行，明年将再投入2亿元用于研发。", lex) == set()
    assert names(goals, "岭川县今年将安排专项资金3亿元。", lex) == set()


def test_a_site_the_company_makes_its_own_is_no_goal(lex):
    got = names(goals, "董事长表示，岭丰将把青禾基地打造成公司在华南最大的生产基地。", lex)
    assert not any("公司" in g for g in got)


# meetings and participation --------------------------------------------------------

def test_a_training_course_opening_is_a_meeting(lex):
    got = [m.text for m in meetings.extract(doc("5月9日，县政协主席柯岚出席岭川县2024年机关干部能力提升培训班开班式并讲话。"), lex)]
    assert got == ["岭川县2024年机关干部能力提升培训班开班式"]


ROUNDUP = ("5月6日上午，县委书记严书航主持召开县委常委会2024年第9次会议，研究部署重点工作。"
           "会议强调，力争上半年工业投资增长10%以上。\n"
           "当天下午，严书航带队调研岭川经济开发区，指出要坚持“园区强县”不动摇。"
           "县委常委、副县长柯明远参加调研。\n"
           "当天下午，县人大常委会主任石立德带队视察全县河道治理工作。")


def test_a_roundup_moving_on_to_a_visit_leaves_the_meeting(lex):
    x = extract_document(doc(ROUNDUP), lex)
    part = {(r.subject, r.object) for r in x.relations if r.predicate == "participatesIn"}
    assert ("严书航", "县委常委会2024年第9次会议") in part
    assert not any(s in ("柯明远", "石立德") for s, _ in part)
    set_by = {r.subject for r in x.relations if r.predicate == "setBy"}
    assert "力争上半年工业投资增长10%以上" in set_by
    assert not any("园区强县" in g for g in set_by)


def test_a_verb_before_a_city_is_no_part_of_the_company(lex):
    got = names(companies, "由社区成员担任网格长，联合长沙岭秀物业服务有限公司开展服务。", lex)
    assert got == {"长沙岭秀物业服务有限公司"}


# industries ----------------------------------------------------------------------

def test_a_list_under_the_sector_its_projects_are_counted_in(lex):
    got = {(m.text, m.sector) for m in industries.extract(
        doc("其中，现代服务业项目12个，重点布局现代物流、检验检测、汽车电子等产业。"), lex)}
    assert {("现代物流", "现代服务业"), ("检验检测", "现代服务业"), ("汽车电子", "现代服务业")} <= got


def test_a_count_of_signed_projects_is_no_signing(lex):
    text = ("5月3日，岭川县召开推进会。会议指出，一季度全县新签约亿元以上项目9个，"
            "岭川禾丰食品有限公司投资建设的冷链仓储项目加快推进。")
    assert pairs(text, lex, "signsWith") == set()


def test_a_communique_is_dated_by_the_day_the_plenary_met(lex):
    text = ("中国共产党岭川县第五届委员会第六次全体会议公报\n\n"
            "（2024年12月29日中国共产党岭川县第五届委员会第六次全体会议通过）\n\n"
            "中国共产党岭川县第五届委员会第六次全体会议，于2024年12月28日在县城召开。\n\n"
            "全会由县委常委会主持。")
    got = {m.date for m in meetings.extract(doc(text), lex) if m.date}
    assert got == {"2024-12-28"}


# projects ------------------------------------------------------------------------

def test_a_park_inside_a_zone_named_by_its_trade_takes_the_zones_name(lex):
    got = names(projects, "书记还走访了岭川经济开发区生物医药产业园，听取了汇报。", lex)
    assert got == {"岭川经济开发区生物医药产业园"}


def test_the_last_item_of_a_list_after_and_is_a_name_of_its_own(lex):
    got = names(projects, "与会人员观摩了白溪社区邻里中心、青苑小区服务站和桂湖路老旧小区改造项目。", lex)
    assert "桂湖路老旧小区改造项目" in got
    assert not any("服务站和" in g for g in got)


@pytest.mark.parametrize("text", [
    "现将部分重点项目介绍如下：",
    "建设内容：新建GMP标准厂房12万平方米、公共实验平台1个。",
])
def test_generic_phrases_and_measured_buildings_are_no_projects(lex, text):
    assert names(projects, text, lex) == set()


def test_packaging_and_testing_inside_a_plants_name(lex):
    got = names(projects, "2. 白溪岭芯功率器件封装测试基地项目。建设内容：建设封装测试生产线6条。", lex)
    assert "白溪岭芯功率器件封装测试基地项目" in got


def test_next_day_after_a_date_heading_counts_from_the_narration(lex):
    text = ("【6月3日】\n6月3日上午，县长主持召开县政府第9次常务会议。\n"
            "【6月4日】\n次日上午，岭川县第二批重大项目集中开工仪式在园区举行。\n"
            "当天下午，县政协主席出席岭川县政协委员履职培训班开班式。")
    got = {m.text: m.date for m in meetings.extract(doc(text), lex)}
    assert got["岭川县第二批重大项目集中开工仪式"] == "--06-04"
    assert got["岭川县政协委员履职培训班开班式"] == "--06-04"


def test_a_bracketed_remark_is_no_short_name(lex):
    text = ("青禾岭丰机械有限公司（省级专精特新企业）出席仪式。"
            "会上，省级专精特新企业代表发言。")
    x = extract_document(doc(text), lex)
    assert not any(m.rule == "company.short-name" for m in x.mentions)


def test_the_parts_a_listed_project_is_built_of_are_no_projects(lex):
    text = "3. 白溪冷链物流园项目。建设内容：建设冷库6万吨及冷链分拨中心、电商物流中心。"
    got = names(projects, text, lex)
    assert "白溪冷链物流园项目" in got and not any(g.endswith("物流中心") or g.endswith("分拨中心") for g in got)
