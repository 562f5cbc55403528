"""Rules added after the heldout_blind7 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.extract import companies, goals, projects
from rule_helpers import doc, names, pairs, posts


# officials -----------------------------------------------------------------------

def test_deputy_post_after_the_name(lex):
    got = posts("区委常委、常务副区长邵平，柯雨桐副区长等区领导参加观摩。", lex)
    assert got == {"邵平": ["区委常委", "常务副区长"], "柯雨桐": ["副区长"]}


def test_no_name_before_a_deputy_post_inside_a_longer_word(lex):
    assert posts("石门镇副镇长出席，常务副县长也到场。", lex) == {}


def test_inspector_and_central_bank_posts(lex):
    got = posts("市政府党组成员、二级巡视员汪明远，县人民银行行长邱海峰出席会议。", lex)
    assert got == {"汪明远": ["市政府党组成员", "二级巡视员"], "邱海峰": ["县人民银行行长"]}


def test_a_comma_before_the_last_post_joins_the_chain(lex):
    got = posts("岭州市委常委、副市长，岭州空港产业园管理局局长贺川出席，区长甲乙主持。", lex)
    assert got["贺川"] == ["岭州市委常委", "副市长", "岭州空港产业园管理局局长"]
    # (a name before the comma ends the chain: two officials)
    assert posts("区委书记蒋立，区长傅云出席。", lex) == {"蒋立": ["区委书记"], "傅云": ["区长"]}


# companies -----------------------------------------------------------------------

def test_branch_name_and_counted_firms(lex):
    got = names(companies, "中国岭兴银行股份有限公司青禾县支行、青禾农村商业银行股份有限公司等6家金融机构"
                           "与岭丰面业有限公司签订融资协议。", lex)
    assert got == {"中国岭兴银行股份有限公司青禾县支行", "青禾农村商业银行股份有限公司", "岭丰面业有限公司"}


def test_place_then_lone_characters_begin_a_trade_name(lex):
    got = names(companies, "仪式上，岭洲市顺兴五金制品有限公司与大湾村签约。", lex)
    assert got == {"岭洲市顺兴五金制品有限公司"}
    assert names(companies, "岭海航空维修工程有限公司投产。", lex) == {"岭海航空维修工程有限公司"}


def test_joint_lab_set_up_is_a_project(lex):
    text = "该院与北京岭芯电子科技有限公司联合组建了岭台智能芯片联合实验室，正在研发。"
    assert names(companies, text, lex) == {"北京岭芯电子科技有限公司"}
    assert "岭台智能芯片联合实验室" in names(projects, text, lex)
    assert ("岭台智能芯片联合实验室", "北京岭芯电子科技有限公司") in pairs(text, lex, "involves")


# projects ------------------------------------------------------------------------

def test_batch_of_projects_is_no_project(lex):
    got = names(projects, "岭海空港产业园2024年第三批项目集中签约仪式在园区举行。", lex)
    assert not any(n.endswith("批项目") for n in got)


def test_two_sites_joined_by_he_and_verbs_inside_names(lex):
    got = names(projects, "代表团考察了岭川共建产业园和青禾县高山蔬菜保供基地，详细了解情况。", lex)
    assert got == {"岭川共建产业园", "青禾县高山蔬菜保供基地"}
    assert "岭江古渡文化旅游区" in names(projects, "加快推进岭江古渡文化旅游区建设。", lex)


def test_project_named_right_after_signing(lex):
    text = "岭海航空维修工程有限公司与园区管理局签约飞机维修基地项目，项目总投资9亿元。"
    assert "飞机维修基地项目" in names(projects, text, lex)


# goals ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("一是坚持工业强县，做大做强精细化工、纺织服装和粮油加工三大产业集群，加快发展。",
     "做大做强精细化工、纺织服装和粮油加工三大产业集群"),
    ("全力打造滇西南山地特色农产品出山通道，加快发展。", "滇西南山地特色农产品出山通道"),
    ("加快构建“一核两带四园”开放发展格局，持续优化环境。", "“一核两带四园”开放发展格局"),
    ("要加快建设协作示范县，确保不发生规模性返贫。", "确保不发生规模性返贫"),
])
def test_new_goal_lines(lex, text, want):
    assert want in names(goals, text, lex)


def test_running_total_after_a_target_is_a_target(lex):
    got = names(goals, "力争到2026年园区营业收入突破200亿元，累计引进企业800家以上。", lex)
    assert got == {"力争到2026年园区营业收入突破200亿元", "累计引进企业800家以上"}
    assert names(goals, "今年以来，园区累计引进企业120家。", lex) == set()


def test_subjectless_reach_clause_goes_on_with_the_target_before(lex):
    got = names(goals, "奋斗目标：地区生产总值年均增长6%以上，到2027年突破400亿元；财政收入年均增长5%。", lex)
    assert "地区生产总值年均增长6%以上，到2027年突破400亿元" in got
    assert "到2027年突破400亿元" not in got


def test_a_span_of_time_is_no_goal(lex):
    assert "今后五年" not in names(goals, "报告明确了今后五年的奋斗目标：财政收入年均增长5%。", lex)


# relations -----------------------------------------------------------------------

def test_each_company_signs_with_its_own_village(lex):
    text = ("岭湾镇举行村企结对签约仪式\n"
            "仪式上，岭达家电股份有限公司与石岗村、岭兴五金制品有限公司与大洲村等8对村企代表签订结对共建协议。")
    assert pairs(text, lex, "signsWith") == {("岭达家电股份有限公司", "石岗村"),
                                             ("岭兴五金制品有限公司", "大洲村")}


def test_list_of_banks_signs_with_list_of_firms(lex):
    text = ("中国岭兴银行股份有限公司青禾县支行、青禾农村商业银行股份有限公司（简称“青禾农商行”）等6家金融机构"
            "与岭丰面业有限公司、青禾县岭祥纺织有限公司等30家企业签订融资协议。")
    banks = ("中国岭兴银行股份有限公司青禾县支行", "青禾农村商业银行股份有限公司")
    firms = ("岭丰面业有限公司", "青禾县岭祥纺织有限公司")
    assert pairs(text, lex, "signsWith") == {(b, f) for b in banks for f in firms}


def test_park_management_and_short_form_parties(lex):
    text = ("岭海空港产业园举行2024年第二批项目集中签约仪式\n"
            "岭州市委常委、副市长岑海出席。岭海航空维修工程有限公司（简称“岭航维修”）与园区管理局签约飞机维修基地项目；"
            "翔云航空科技（新加坡）私人有限公司与岭航维修签署航材共享合作协议。")
    assert pairs(text, lex, "signsWith") == {
        ("岭海航空维修工程有限公司", "岭海空港产业园"),
        ("翔云航空科技（新加坡）私人有限公司", "岭海航空维修工程有限公司")}


def test_visit_does_not_carry_past_the_meeting(lex):
    text = ("会前，市委书记岑立、市长欧阳雪一行走访了岭协精工有限公司。"
            "会上，岭博汽车系统有限公司、岭康医疗器械有限公司等8家外资企业负责人先后发言。"
            "岭博汽车系统有限公司是一家德国独资企业。")
    assert pairs(text, lex, "visits") == {("岑立", "岭协精工有限公司"), ("欧阳雪", "岭协精工有限公司")}


def test_company_naming_a_project_site_is_no_stop_of_the_visit(lex):
    text = ("区委书记岑立带领观摩团，先后来到岭光电子产业园二期、武汉岭鸿汽车部件有限公司智能化改造项目现场。")
    assert pairs(text, lex, "visits") == set()
    assert "岭光电子产业园二期" not in names(companies, text, lex)


def test_respective_sites_without_nested_names(lex):
    text = ("岭洲国际物流有限公司、岭汇跨境贸易有限公司分别签约临空冷链物流中心项目和跨境电商保税展示中心项目。")
    assert pairs(text, lex, "involves") == {("临空冷链物流中心项目", "岭洲国际物流有限公司"),
                                            ("跨境电商保税展示中心项目", "岭汇跨境贸易有限公司")}


def test_two_stops_of_a_visit_are_no_parties(lex):
    text = ("代表团一行先后走访了岭溪茶业集团有限公司、岭川智能制造有限公司，考察了青湾共建产业园，"
            "详细了解协作项目推进情况。")
    assert pairs(text, lex, "involves") == set()


# industries ----------------------------------------------------------------------

def test_taxonomy_word_naming_a_base_is_no_industry(lex):
    from kg.extract import industries
    got = names(industries, "全力打造“一中心两基地”，即岭西物流中心、高端化工新材料基地和绿色食品加工基地。", lex)
    assert not {"化工新材料", "绿色食品加工", "绿色食品"} & got


# meetings ------------------------------------------------------------------------

def test_round_table_meeting_and_leading_a_team(lex):
    from kg.extract import meetings
    text = ("5月8日下午，岭浦市2024年外商投资企业圆桌会召开。市委书记岑立出席会议并讲话。")
    assert {(m.text, m.date) for m in meetings.extract(doc(text), lex)} == {
        ("岭浦市2024年外商投资企业圆桌会", "2024-05-08")}
    text = ("3月5日至6日，岭漳区2024年一季度项目建设“比学赶超”观摩会举行。"
            "区委书记岑立，区委副书记、区长欧阳雪带领观摩团，实地观摩12个重点项目。")
    got = pairs(text, lex, "participatesIn")
    assert {("岑立", "岭漳区2024年一季度项目建设“比学赶超”观摩会"),
            ("欧阳雪", "岭漳区2024年一季度项目建设“比学赶超”观摩会")} <= got


def test_place_pair_name_free_trade_port_and_day_only_date(lex):
    from kg.extract import meetings
    text = ("6月2日至3日，岭川市党政代表团来青禾县考察。3日上午，岭川—青禾2024年东西部协作联席会议在青禾县召开。"
            "海南自由贸易港岭海空港产业园2024年第二批项目集中签约仪式在园区举行。")
    assert {(m.text, m.date) for m in meetings.extract(doc(text), lex)} == {
        ("岭川—青禾2024年东西部协作联席会议", "2024-06-03"),
        ("海南自由贸易港岭海空港产业园2024年第二批项目集中签约仪式", "")}


def test_base_named_by_a_region_and_a_quality_is_a_goal(lex):
    from kg.extract import mentions
    ms = mentions(doc("榕岭镇将加快建设粤西先进制造配套基地，力争全年新增企业10家。"), lex)
    assert ("Goal", "粤西先进制造配套基地") in {(m.type, m.text) for m in ms}
    assert not any(m.type == "Project" for m in ms)
    # (a site being built keeps its reading)
    ms = mentions(doc("岭北化工有限公司将加快建设岭北精细化工基地。"), lex)
    assert not any(m.type == "Goal" for m in ms)


def test_what_the_report_requires_is_ahead_over_its_list(lex):
    text = ("报告要求，一是坚持工业强县，支持岭源纺织股份有限公司建设年产2万吨高端面料项目；"
            "二是坚持农业稳县，新建高标准农田15万亩；三是坚持文旅兴县，加快推进岭河古渡文化旅游区建设。")
    assert names(goals, text, lex) == {"新建高标准农田15万亩"}
    # (without the report's requirement the same items report what was done)
    assert names(goals, "二是坚持农业稳县，新建高标准农田15万亩。", lex) == set()


def test_whole_year_filler_is_cut(lex):
    assert names(goals, "全年要确保固定资产投资增长9%以上。", lex) == {"确保固定资产投资增长9%以上"}
