"""Rules added after the heldout_blind5 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.extract import companies, goals, industries, meetings, officials, projects
from rule_helpers import doc, names, pairs


# officials -----------------------------------------------------------------------

def test_dotted_transliterated_name(lex):
    got = {(m.text, tuple(p.title for p in m.posts))
           for m in officials.extract(doc("河岩县委书记吐尔洪·艾山，副县长古再丽·热合曼出席。"), lex)}
    assert got == {("吐尔洪·艾山", ("河岩县委书记",)), ("古再丽·热合曼", ("副县长",))}


def test_dot_without_a_name_after_it_ends_the_name(lex):
    assert names(officials, "副县长周明远·。", lex) == {"周明远"}


def test_chain_leader_and_party_group_member_are_posts(lex):
    got = {(m.text, tuple(p.title for p in m.posts)) for m in officials.extract(doc(
        "县委书记、苹果产业链链长郑国梁主持会议，县政府党组成员、县政府办公室主任邓文海出席。"), lex)}
    assert ("郑国梁", ("县委书记", "苹果产业链链长")) in got
    assert ("邓文海", ("县政府党组成员", "县政府办公室主任")) in got


def test_chain_system_is_no_post(lex):
    assert names(officials, "召开产业链链长制工作会议。", lex) == set()


# companies -----------------------------------------------------------------------

def test_cooperatives_are_companies(lex):
    text = "会上，青溪县丰禾蔬菜种植专业合作社与岭北果品农民专业合作社联合社签订购销协议。"
    assert names(companies, text, lex) == {"青溪县丰禾蔬菜种植专业合作社", "岭北果品农民专业合作社联合社"}


def test_development_verb_before_a_county_is_no_part_of_the_name(lex):
    assert names(companies, "发展岭溪县百果农民专业合作社等合作组织。", lex) == {"岭溪县百果农民专业合作社"}


def test_project_manager_is_a_post_at_the_company(lex):
    text = "岭南路桥工程集团有限公司项目经理马志远作表态发言。"
    assert names(companies, text, lex) == {"岭南路桥工程集团有限公司"}
    assert names(projects, text, lex) == set()


def test_company_project_is_still_a_project(lex):
    assert "岭南路桥工程集团有限公司" not in names(companies, "岭南路桥工程集团有限公司项目开工。", lex)


# projects ------------------------------------------------------------------------

def test_what_is_signed_for_is_a_project(lex):
    assert "高山茶叶标准化种植基地" in names(
        projects, "岭溪茶业有限公司与县政府签署高山茶叶标准化种植基地共建协议。", lex)


def test_what_is_invested_in_is_a_project(lex):
    assert "智能仓储物流装备生产基地" in names(
        projects, "公司计划投资3亿元建设智能仓储物流装备生产基地。", lex)


def test_generic_base_without_a_frame_is_no_project(lex):
    assert names(projects, "要加快建设标准化种植基地。", lex) == set()


@pytest.mark.parametrize("text, want", [
    ("建设岭溪至石门口岸二级公路。", "岭溪至石门口岸二级公路"),
    ("推进岭溪温泉度假区建设。", "岭溪温泉度假区"),
    ("入驻河岩科创园。", "河岩科创园"),
    ("建设岭溪蓝莓加工厂。", "岭溪蓝莓加工厂"),
    ("加快河岩西部陆港物流枢纽建设。", "河岩西部陆港物流枢纽"),
])
def test_new_project_heads(lex, text, want):
    assert want in names(projects, text, lex)


def test_aid_portfolio_and_systems_are_no_projects(lex):
    got = names(projects, "实地察看援疆项目推进情况，实行县级领导包保重点项目制度。", lex)
    assert got == set()


def test_ranked_base_after_dazao_is_an_aim(lex):
    assert names(projects, "要全力打造全国重要的苹果种苗繁育基地。", lex) == set()


# meetings ------------------------------------------------------------------------

def test_trade_word_before_a_generic_head_names_no_meeting(lex):
    got = names(meetings, "岭溪县在沪举办招商推介会。观摩结束后召开总结会议。", lex)
    assert got == set()


# industries ----------------------------------------------------------------------

def test_focus_list_filed_under_the_sector(lex):
    got = {(m.text, m.sector) for m in industries.extract(
        doc("加快发展以核桃、花椒、油橄榄为重点的山地特色林业产业，推动转型。"), lex)}
    assert {("核桃", "山地特色林业产业"), ("花椒", "山地特色林业产业")} <= got


def test_focus_list_without_sector(lex):
    got = names(industries, "要以硅基新材料、数字经济、现代物流为重点，抓好项目建设。", lex)
    assert {"硅基新材料", "数字经济", "现代物流"} <= got


def test_aspects_list_anchored_by_a_taxonomy_word(lex):
    got = names(industries, "全县在绿色食品、菌菇种植和森林康养等方面形成了产业基础。", lex)
    assert {"绿色食品", "菌菇种植", "森林康养"} <= got
    assert names(industries, "围绕融资、用工、物流等方面提出建议。", lex) == set()


def test_taxonomy_word_takes_the_longer_name(lex):
    got = names(industries, "以智能网联新能源汽车、电子信息为主导，发展壮大智能网联新能源汽车产业。", lex)
    assert "新能源汽车" not in got and "智能网联新能源汽车" in got


def test_system_highland_product_and_negated_category_are_no_industries(lex):
    got = names(industries, "构建现代制造业集群体系，建设先进制造业高地，走好“非农产业”发展之路，"
                            "岭溪汽车新能源整车投产。", lex)
    assert not got & {"现代制造业", "先进制造业", "“非农产业”", "新能源"}


# goals ---------------------------------------------------------------------------

@pytest.mark.parametrize("rule, text, want", [
    ("goal.write-up", "要做好“山头林尾”“果头工尾”大文章。", "“山头林尾”“果头工尾”大文章"),
    ("goal.focus-line", "加快构建以光伏、储能为主导的现代能源产业体系，推动发展。",
     "加快构建以光伏、储能为主导的现代能源产业体系"),
    ("goal.anchor", "锚定建设黔北先进制造业高地目标，抓好工作。", "建设黔北先进制造业高地"),
    ("goal.counted-deeds", "扎实办好八件重点民生实事。", "八件重点民生实事"),
    ("goal.build-line", "奋力建设边境开放示范县。", "边境开放示范县"),
    ("goal.build-line", "加快建设滇西现代化区域中心城市。", "滇西现代化区域中心城市"),
    ("goal.build-line", "推动岭溪县打造西南蓝莓产业重要基地。", "西南蓝莓产业重要基地"),
    ("goal.build-line", "全力打造全国重要的苹果种苗繁育基地和陇东果品集散中心。", "陇东果品集散中心"),
    ("goal.ranked-site", "打造千亿级核桃精深加工产业集群。", "千亿级核桃精深加工产业集群"),
    ("goal.new-road", "坚定不移走好“非农产业”崛起之路。", "“非农产业”崛起之路"),
])
def test_new_goal_lines(lex, rule, text, want):
    assert want in {m.text for m in goals.extract(doc(text), lex) if m.rule == rule}


def test_targets_split_on_their_own_predicates(lex):
    got = names(goals, "力争全年新增市场主体800户、实现税收收入9亿元。"
                       "力争三年内引进食品企业20家、新增就业岗位2万个。", lex)
    assert {"力争全年新增市场主体800户", "实现税收收入9亿元", "力争三年内引进食品企业20家",
            "新增就业岗位2万个"} <= got


def test_bare_rate_stays_with_its_item(lex):
    got = names(goals, "力争全年完成固定资产投资150亿元、增长9%。", lex)
    assert got == {"力争全年完成固定资产投资150亿元、增长9%"}


def test_year_so_far_and_company_spending_are_no_targets(lex):
    text = ("会议指出，今年以来，岭溪区地区生产总值预计增长5.8%，工业增加值增长7.1%。"
            "岭溪米业有限公司计划投资4.5亿元，建设大米加工园；公司计划投资1亿元建设烘干中心。")
    assert names(goals, text, lex) == set()


# relations -----------------------------------------------------------------------

def test_leader_of_a_delegation_visits(lex):
    text = ("浙江省岭海市委书记方正文率岭海市党政代表团赴河岩县考察。"
            "代表团一行先后来到新疆河岩棉业有限公司和河岩县红枣农民专业合作社。")
    assert pairs(text, lex, "visits") == {("方正文", "新疆河岩棉业有限公司"),
                                         ("方正文", "河岩县红枣农民专业合作社")}


def test_two_leaders_lead_every_stop(lex):
    text = ("近日，岭溪街道党工委书记曹文静、街道办事处主任宋海波带队走访辖区企业。"
            "在天津岭溪精密机械有限公司，曹文静一行参观了生产车间。"
            "随后，走访组来到天津岭溪新材料有限公司。")
    got = pairs(text, lex, "visits")
    assert {(o, c) for o in ("曹文静", "宋海波")
            for c in ("天津岭溪精密机械有限公司", "天津岭溪新材料有限公司")} <= got


def test_place_after_the_company_is_its_party(lex):
    text = "会上，岭海市与河岩县签订结对协议，浙江岭锦纺织集团有限公司与河岩县签订投资协议。"
    assert pairs(text, lex, "signsWith") == {("浙江岭锦纺织集团有限公司", "河岩县")}


def test_verbs_before_the_place_are_cut(lex):
    text = "会议原则同意岭溪区人民政府与山西岭云数据科技有限公司签订战略合作协议。"
    assert pairs(text, lex, "signsWith") == {("山西岭云数据科技有限公司", "岭溪区")}


def test_county_government_signs_for_the_county(lex):
    text = ("4月2日，岭溪县苹果产业推进会召开。岭溪县是苹果主产区。"
            "会上，县人民政府与甘肃岭果食品股份有限公司签订果汁加工项目合作协议。")
    assert ("甘肃岭果食品股份有限公司", "岭溪县") in pairs(text, lex, "signsWith")


def test_company_pointed_back_to_invests_in_the_project(lex):
    text = ("区委书记林岳带队走访企业。在天津岭溪精密机械有限公司，林岳参观了车间。"
            "企业负责人介绍，公司计划投资2亿元建设精密轴承生产基地。")
    assert ("精密轴承生产基地", "天津岭溪精密机械有限公司") in pairs(text, lex, "involves")


def test_company_phase_is_a_project(lex):
    text = "岭南重工股份有限公司风电装备二期正式投产。"
    assert "岭南重工股份有限公司风电装备二期" in names(projects, text, lex)
    assert ("岭南重工股份有限公司风电装备二期", "岭南重工股份有限公司") in pairs(text, lex, "involves")
    assert names(projects, "岭南重工股份有限公司二期订单增长。", lex) == set()


def test_works_on_a_line_and_the_supported_company_behind_it(lex):
    text = "支持岭北食品集团有限公司实施年产3万吨速冻食品生产线改造。"
    assert "年产3万吨速冻食品生产线改造" in names(projects, text, lex)
    assert ("年产3万吨速冻食品生产线改造", "岭北食品集团有限公司") in pairs(text, lex, "involves")
    # the government's support for a company is no party to a project named before it
    text = "推进岭北冰雪小镇建设，支持岭北重工集团有限公司实施数字化改造。"
    assert ("岭北冰雪小镇", "岭北重工集团有限公司") not in pairs(text, lex, "involves")


def test_cooperative_as_a_kind_is_no_company(lex):
    assert names(companies, "引导农民专业合作社规范发展，支持家庭农场和农民合作社发展壮大。", lex) == set()


def test_anchored_plan_or_year_is_no_goal(lex):
    got = {m.rule for m in goals.extract(doc("锚定“十四五”规划目标，锚定全年任务目标，奋力攻坚。"), lex)}
    assert "goal.anchor" not in got


def test_aspects_list_of_fields_of_work_is_no_industry_list(lex):
    assert names(industries, "在科技创新、数字经济、营商环境等方面走在前列。", lex) == {"数字经济"}


def test_focus_list_of_work_is_no_industry_list(lex):
    assert names(industries, "要以改革创新、优化服务为重点，推动发展。", lex) == set()


@pytest.mark.parametrize("text, want", [
    ("4月3日，岭溪县苹果和花椒产业链工作推进会召开。", "岭溪县苹果和花椒产业链工作推进会"),
    ("岭溪县召开苹果和花椒产业链工作推进会。", "苹果和花椒产业链工作推进会"),
    ("当天，岭海市—河岩县对口协作工作座谈会召开。", "岭海市—河岩县对口协作工作座谈会"),
])
def test_meeting_names_joined_by_he_or_a_dash(lex, text, want):
    assert names(meetings, text, lex) == {want}


def test_he_after_a_citation_or_before_a_bare_head_joins_no_name(lex):
    assert names(meetings, "学习贯彻省委全会和市委全会精神。", lex) == {"省委全会", "市委全会"}
    assert names(meetings, "，根据调研情况和座谈会意见修改。", lex) == set()
