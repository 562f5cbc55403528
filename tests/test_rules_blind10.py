"""Rules added after the heldout_blind10 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.clean import clean_text
from kg.extract import companies, goals, industries, meetings, projects
from kg.extract.industries import extract as industries_in
from kg.extract.meetings import same_meeting
from rule_helpers import doc, names, pairs, posts


# cleaning ------------------------------------------------------------------------

@pytest.mark.parametrize("stamp", [
    "发布日期：2023年05月07日  来源：某某县商务局  浏览次数：874",
    "青禾县融媒体中心  2023-05-07",
    "发布时间：2023-05-07 10:21",
])
def test_a_page_stamp_stays_on_its_own_line(stamp):
    text = clean_text(f"青禾县举办茶产业推介会\n\n{stamp}\n\n5月6日，青禾县茶产业推介会在县城举行。")
    assert "\n5月6日，青禾县茶产业推介会在县城举行。" in text


# officials -----------------------------------------------------------------------

def test_a_first_post_then_a_comma_then_a_chain(lex):
    got = posts("4月2日，市委常委，青禾高新区党工委书记、管委会主任柯明远到企业调研。", lex)
    assert got == {"柯明远": ["市委常委", "青禾高新区党工委书记", "管委会主任"]}


def test_banner_leaders_with_two_character_names(lex):
    got = posts("旗领导宝力、朝鲁，旗直有关部门负责人参加仪式。", lex)
    assert got == {"宝力": ["旗领导"], "朝鲁": ["旗领导"]}


def test_appointments_and_removals_give_posts(lex):
    got = posts("会议决定：任命严书航为澄溪县商务局局长，任命何晓岚为澄溪县审计局局长；"
                "免去石立德的澄溪县商务局局长职务。", lex)
    assert got == {"严书航": ["澄溪县商务局局长"], "何晓岚": ["澄溪县审计局局长"],
                   "石立德": ["澄溪县商务局局长"]}


# companies -----------------------------------------------------------------------

def test_one_character_left_alone_before_a_name_is_the_names(lex):
    got = names(companies, "越岭禾田食品有限公司董事长表示，订单增长。", lex)
    assert got == {"越岭禾田食品有限公司"}


# projects ------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("负责人介绍，公司投资3.5亿元建设的精密铸件智能化项目已封顶。", "精密铸件智能化项目"),
    ("青禾食品有限公司投资建设茶叶精深加工项目，总投资2亿元。", "茶叶精深加工项目"),
    ("集团与岭川职业技术学院共建的智能焊接联合研发中心已投入运行。", "智能焊接联合研发中心"),
    ("在白溪保税物流分拨中心项目现场，书记察看进度。", "白溪保税物流分拨中心项目"),
])
def test_projects_named_by_their_frame(lex, text, want):
    assert want in names(projects, text, lex)


def test_a_phase_and_a_count_of_buildings_is_no_project(lex):
    got = names(projects, "园区一期已入驻企业9家，二期6栋厂房主体已封顶。", lex)
    assert not any("栋" in g for g in got)


def test_a_zone_signing_through_its_committee_is_a_park(lex):
    got = names(projects, "江州岭辰电子有限公司与白溪工业园区管委会签约传感器生产线项目。", lex)
    assert "白溪工业园区" in got
    # its committee as an office in a post title is no park
    assert names(projects, "白溪工业园区管委会主任严明出席。", lex) == set()


# meetings ------------------------------------------------------------------------

def test_a_one_character_stop_inside_a_word_keeps_the_name(lex):
    got = [m.text for m in meetings.extract(doc("3月2日，澄溪县50万千瓦光伏项目并网仪式在升压站举行。"), lex)]
    assert got == ["澄溪县50万千瓦光伏项目并网仪式"]


def test_analysis_meeting_is_a_meeting(lex):
    got = [m.text for m in meetings.extract(doc("4月9日，青禾县召开2023年一季度经济运行分析会。"), lex)]
    assert got == ["2023年一季度经济运行分析会"]


def test_a_session_number_alone_is_the_session():
    long_ = "青禾县第九届人民代表大会常务委员会第十四次会议"
    assert same_meeting("第十四次会议", long_)
    assert not same_meeting("第十三次会议", long_)
    assert not same_meeting("第十四次会议", "青禾县2023年第十四次会议")


# industries ----------------------------------------------------------------------

def _sectors(text, lex):
    return {(m.text, m.sector) for m in industries_in(doc(text), lex)}


def test_a_sector_then_a_comma_then_its_focus_list(lex):
    got = _sectors("一是做大高端装备制造业，重点发展数控机床、工业机器人、精密轴承；", lex)
    assert {("数控机床", "高端装备制造业"), ("工业机器人", "高端装备制造业"),
            ("精密轴承", "高端装备制造业")} <= got


def test_a_sector_with_and_inside_stays_whole(lex):
    got = _sectors("二是做强软件和信息技术服务业，重点发展工业软件、数据标注、信息安全。", lex)
    assert ("工业软件", "软件和信息技术服务业") in got
    assert not any(s == "信息技术服务业" for _, s in got)


def test_the_verb_before_a_sector_is_no_part_of_it(lex):
    got = _sectors("三是做优文旅融合产业，重点发展研学旅游、民宿经济、康养度假。", lex)
    assert ("研学旅游", "文旅融合产业") in got


def test_a_body_named_after_an_industry_names_no_industry(lex):
    got = _sectors("市大数据发展管理局局长出席；县新材料产业协会会长发言。", lex)
    assert not any(n in ("大数据", "新材料") for n, _ in got)


def test_a_sector_in_chanye_has_its_taxonomy_word_as_alias(lex):
    ms = industries_in(doc("加快发展风电、光伏、储能等新能源产业。"), lex)
    sector = next(m for m in ms if m.text == "新能源产业")
    assert sector.aliases == ("新能源",)


# goals ---------------------------------------------------------------------------

def test_a_dash_list_after_a_colon_is_a_list_of_targets(lex):
    got = names(goals, "会议强调，下半年要全力冲刺全年目标：\n——工业投资增长8%以上；\n"
                       "——外贸进出口总额突破90亿元。\n各部门要抓好落实。", lex)
    assert got == {"工业投资增长8%以上", "外贸进出口总额突破90亿元"}


def test_a_deadline_for_a_whole_class_of_works(lex):
    got = names(goals, "要力争全年新签约项目40个，确保市级重点项目9月底前全部开工。", lex)
    assert "确保市级重点项目9月底前全部开工" in got
    # one project's deadline, or one task's, is no goal of the place
    assert names(goals, "要确保一期工程年底前建成投产，确保8月底前完成管网接入。", lex) == set()


def test_a_quoted_strong_district_line_kept_steady(lex):
    assert "“工贸强县”" in names(goals, "青禾将坚持“工贸强县”不动摇，推动发展。", lex)


def test_a_gathering_zone_to_be_built_is_an_aim(lex):
    got = names(goals, "要全力建设滇西北智能算力集聚区，推动发展。", lex)
    assert "滇西北智能算力集聚区" in got


# relations -----------------------------------------------------------------------

_SIGNING = ("青禾县举办2023年招商推介会\n\n会上，现场签约项目6个，总投资30亿元。"
            "其中，江州岭辰电子有限公司与青禾县人民政府签约智能传感器项目，总投资8亿元；"
            "澄海禾瑞新材料有限公司与青禾经济开发区签约高分子膜材料项目。")


def test_a_zone_after_with_is_the_signing_party_not_a_project_partner(lex):
    assert pairs(_SIGNING, lex, "signsWith") == {("江州岭辰电子有限公司", "青禾县"),
                                                 ("澄海禾瑞新材料有限公司", "青禾经济开发区")}
    involved = pairs(_SIGNING, lex, "involves")
    assert ("高分子膜材料项目", "澄海禾瑞新材料有限公司") in involved
    assert not any(p == "青禾经济开发区" for p, _ in involved)


def test_a_zone_signing_through_its_committee(lex):
    got = pairs("白溪县举行项目签约仪式\n\n江州岭辰电子有限公司与白溪工业园区管委会签约传感器生产线项目。",
                lex, "signsWith")
    assert got == {("江州岭辰电子有限公司", "白溪工业园区")}


def test_the_place_of_a_government_party_starts_after_with(lex):
    got = pairs("会上，澄海禾瑞新材料有限公司与白溪县人民政府签约膜材料产业园项目。", lex, "signsWith")
    assert got == {("澄海禾瑞新材料有限公司", "白溪县")}


def test_a_prefecture_is_the_place_of_its_article(lex):
    text = ("岭川州召开产业大会\n\n5月3日，岭川州产业发展大会召开。州委书记严正方出席。"
            "会上签约项目5个。其中，江州岭辰电子有限公司与岭川州人民政府签约传感器项目；"
            "澄海禾瑞新材料有限公司签约膜材料项目。")
    assert ("澄海禾瑞新材料有限公司", "岭川州") in pairs(text, lex, "signsWith")


def test_an_entry_agreement_is_with_the_park_and_every_firm_of_the_list(lex):
    text = ("白溪县召开会议\n\n会议指出，白溪数字产业园二期项目进展顺利，"
            "江州岭辰电子有限公司、澄海禾瑞新材料有限公司等9家企业已签订入驻协议。")
    assert pairs(text, lex, "signsWith") == set()
    assert {("白溪数字产业园二期项目", "江州岭辰电子有限公司"),
            ("白溪数字产业园二期项目", "澄海禾瑞新材料有限公司")} <= pairs(text, lex, "involves")


def test_the_project_three_sentences_back_and_its_builder_with_the_parent(lex):
    text = ("5月6日，白溪县50万千瓦光伏项目并网仪式在升压站举行。县委书记严正方致辞。"
            "澄海能源集团有限公司总经理讲话。"
            "该项目由澄海能源集团有限公司全资子公司白溪澄光新能源有限公司投资建设，总投资20亿元。")
    got = pairs(text, lex, "involves")
    assert {("白溪县50万千瓦光伏项目", "澄海能源集团有限公司"),
            ("白溪县50万千瓦光伏项目", "白溪澄光新能源有限公司")} <= got


def test_a_company_head_speaking_of_the_groups_plans_names_its_project(lex):
    text = ("仪式上，澄海能源集团有限公司董事长严书航致辞。县长何晓岚讲话。"
            "严书航表示，集团将适时启动白溪二期风电项目。")
    assert ("白溪二期风电项目", "澄海能源集团有限公司") in pairs(text, lex, "involves")
    # an official speaking of the same is no company's plan
    text2 = ("仪式上，澄海能源集团有限公司董事长严书航致辞。县长何晓岚讲话。"
             "何晓岚表示，全县将适时启动白溪二期风电项目。")
    assert not any(c == "澄海能源集团有限公司" for _, c in pairs(text2, lex, "involves"))


def test_a_part_built_with_a_project_is_no_project_of_its_own(lex):
    # (merge of blind9 and blind10: blind9's capacity-led names took the
    # storage station built with the project as a project, and 该项目 then
    # pointed at it.)
    text = ("白岭县50万千瓦风光储一体化项目由青岩能源有限公司投资建设，"
            "配套建设8万千瓦/32万千瓦时储能电站。")
    found = names(projects, text, lex)
    assert "白岭县50万千瓦风光储一体化项目" in found
    assert not any("储能电站" in n for n in found)
