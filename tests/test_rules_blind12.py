"""Rules added after the heldout_blind12 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.extract import companies, extract_document, goals, industries, meetings, projects
from kg.extract.meetings import same_meeting
from rule_helpers import doc, names, pairs, posts


# officials -----------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("开发区财政金融局局长严书航回应，将于下月兑现奖补资金。", {"严书航": ["开发区财政金融局局长"]}),
    ("澳门特别行政区政府贸易投资促进署副署长梁启彬等出席。",
     {"梁启彬": ["澳门特别行政区政府贸易投资促进署副署长"]}),
])
def test_an_answering_official_and_a_deputy_commissioner(lex, text, want):
    assert posts(text, lex) == want


# companies -----------------------------------------------------------------------

def test_banks_and_their_branches_are_companies(lex):
    got = names(companies, "开发区会同岚川银行青禾分行、青禾农商银行和各商业银行为企业定制信贷产品，"
                           "人民银行青禾中心支行出席。", lex)
    assert got == {"岚川银行青禾分行", "青禾农商银行"}


def test_a_bank_short_form_in_brackets_belongs_to_the_name(lex):
    got = names(companies, "青禾农村商业银行股份有限公司（简称“青禾农商银行”）出席。", lex)
    assert got == {"青禾农村商业银行股份有限公司"}


def test_a_provincial_lab_is_no_company(lex):
    assert names(companies, "江西省智能制造实验室与澄溪区签约共建中试基地。", lex) == set()


def test_a_comparison_word_before_a_name_is_no_part_of_it(lex):
    assert names(companies, "在澄溪，像岚丰集团这样转型的企业不在少数。", lex) == {"岚丰集团"}


# relations -----------------------------------------------------------------------

def test_a_bank_lending_to_a_firm_in_an_among_clause(lex):
    got = pairs("青禾县与8家银行、30家企业签订融资协议。其中，岚川银行向青禾米业有限公司授信2亿元。",
                lex, "signsWith")
    assert ("岚川银行", "青禾米业有限公司") in got and ("岚川银行", "青禾县") not in got


# meetings ------------------------------------------------------------------------

def test_a_quoted_term_inside_a_meeting_name_is_read_whole(lex):
    got = [m.text for m in meetings.extract(doc("6月3日，青禾县“以企引企”暨乡贤企业家座谈会在县城召开。"), lex)]
    assert got == ["青禾县“以企引企”暨乡贤企业家座谈会"]


@pytest.mark.parametrize("short, full", [
    ("政企恳谈会", "澄溪高新区2023年第三季度政企恳谈会"),
    ("“以企引企”恳谈会", "青禾县“以企引企”暨乡贤企业家恳谈会"),
    ("岚江市（澳门）招商推介会", "江西岚江市（澳门）经贸合作推介会"),
])
def test_a_headline_short_form_is_the_full_meeting(short, full):
    assert same_meeting(short, full)


@pytest.mark.parametrize("short, full", [
    ("第一次会议", "青禾县第二次会议"),
    ("岚江市（澳门）招商推介会", "江西岚江市（香港）经贸合作推介会"),
])
def test_other_meetings_stay_apart(short, full):
    assert not same_meeting(short, full)


def test_a_convention_centre_is_no_meeting(lex):
    got = [m.text for m in meetings.extract(doc("推介会在澳门旅游塔会议展览中心举行。"), lex)]
    assert got == []


# cleaning ------------------------------------------------------------------------

def test_a_half_width_semicolon_after_a_rate_ends_the_target(lex):
    got = names(goals, "2025年主要预期目标:\n地区生产总值增长6%左右;\n固定资产投资增长7%;\n"
                       "城镇新增就业8000人以上。", lex)
    assert got == {"地区生产总值增长6%左右", "固定资产投资增长7%", "城镇新增就业8000人以上"}


# goals ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("县长表示，县里正在推进改革，今年将实施技改项目30个以上，新培育专精特新企业12家。",
     {"实施技改项目30个以上", "新培育专精特新企业12家"}),
    ("岚溪将全力对接湾区，力争到2026年累计引进外资项目80个以上。", {"力争到2026年累计引进外资项目80个以上"}),
    ("力争到2026年全镇综合产值突破15亿元，带动农户人均增收2000元以上。",
     {"力争到2026年全镇综合产值突破15亿元", "带动农户人均增收2000元以上"}),
])
def test_targets_ahead(lex, text, want):
    assert names(goals, text, lex) == want


@pytest.mark.parametrize("text", [
    "集团负责人说，明年将再投入2亿元用于研发。",
    "青禾县今年将安排数字经济专项资金3亿元。",
    "截至目前，全县已累计引进项目120个。",
])
def test_spending_and_totals_so_far_are_no_targets(lex, text):
    assert names(goals, text, lex) == set()


def test_a_work_plan_led_by_its_year(lex):
    got = names(goals, "2025年重点工作：\n一是抓好项目建设。实施重大项目150个、完成投资300亿元以上，"
                       "新增经营主体8000户。", lex)
    assert {"实施重大项目150个", "完成投资300亿元以上", "新增经营主体8000户"} <= got


@pytest.mark.parametrize("text, want", [
    ("澄溪要全力打造全市一流营商环境区，让企业安心发展。", "打造全市一流营商环境区"),
    ("青禾将奋力建设岭南现代化产业新城，为全市发展作贡献。", "岭南现代化产业新城"),
    ("要努力把古镇打造成为国家级特色小镇，力争明年验收。", "努力把古镇打造成为国家级特色小镇"),
    ("岚溪将全力建设“江东科创走廊核心区”，重点发展新材料。", "“江东科创走廊核心区”"),
])
def test_lines_the_place_is_to_become(lex, text, want):
    assert want in names(goals, text, lex)


# relations -----------------------------------------------------------------------

def test_a_department_head_answering_at_a_meeting_speaks_at_it(lex):
    x = extract_document(doc("5月6日，澄溪高新区政企恳谈会召开。区财政局局长严书航回应，将加快兑现奖补资金。"), lex)
    roles = {(r.subject, r.role) for r in x.relations if r.predicate == "participatesIn"}
    assert ("严书航", "speaksAt") in roles


# projects ------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("岭川大学与青禾精密机械股份有限公司签约共建智能视觉联合实验室。", "智能视觉联合实验室"),
    ("省先进材料实验室与澄溪区人民政府签约共建澄溪材料中试基地。", "澄溪材料中试基地"),
    ("集团还将与岭川理工学院共建高端阀门材料联合研发中心，攻关新材料。", "高端阀门材料联合研发中心"),
    ("企业新上的高精度数控磨床生产线项目急需招聘技工。", "高精度数控磨床生产线项目"),
    ("岭南公司与青禾开发区签约岭南锂电池正极材料项目，总投资20亿元。", "岭南锂电池正极材料项目"),
    ("加快推进澄溪国际医疗城、东部智造港建设。", "东部智造港"),
    ("青禾开发区和青禾临港经济区为港资企业预留了空间。", "青禾临港经济区"),
    ("小镇已建成岚山茶博园、古道文化街，年接待游客50万人次。", "古道文化街"),
])
def test_projects_named_by_their_frame_or_head(lex, text, want):
    assert want in names(projects, text, lex)


def test_parties_building_together_are_no_words_of_the_name(lex):
    got = names(projects, "集团还将与岭川理工学院共建高端阀门材料联合研发中心。", lex)
    assert not any("共建" in g or "学院" in g for g in got)


def test_a_base_listed_after_a_centre_stays_a_role(lex):
    got = names(projects, "全力打造“一中心两基地”，即岭东区域物流中心、高端化工新材料基地和绿色食品加工基地。", lex)
    assert "高端化工新材料基地" not in got


# resolving -----------------------------------------------------------------------

def test_a_group_called_by_its_trade_name():
    from kg.resolve import _trade_group
    assert _trade_group("岭通集团", "江淮岭通管道装备集团有限公司")
    assert not _trade_group("岭通集团", "岭通集团长青酿造有限公司")
    assert not _trade_group("岭通集团", "江淮岭南管道有限公司")


# relations: signings and parties -------------------------------------------------

def test_a_signing_ceremony_telling_the_time_is_no_signing(lex):
    got = pairs("签约仪式后，县委书记严明一行拜访了岭南远航电子有限公司。", lex, "signsWith")
    assert got == set()


def test_a_firm_signing_with_a_university_signs_with_no_place(lex):
    got = pairs("5月3日，澄溪区科技成果对接会举行。岭川大学与澄溪精工机械股份有限公司签约共建智能视觉联合实验室。",
                lex, "signsWith")
    assert not any(s == "澄溪精工机械股份有限公司" for s, _ in got)


def test_a_zone_named_by_its_economic_zone_head_is_the_party(lex):
    got = pairs("青禾市（香港）招商推介会签约项目8个\n6月5日，青禾市（香港）招商推介会在香港举行。"
                "青禾市委书记严明致辞。岭南岚航电子有限公司与青禾临港经济区签约岚航智能终端产业园项目，总投资12亿元。", lex, "signsWith")
    assert got == {("岭南岚航电子有限公司", "青禾临港经济区")}


# relations: a firm's own projects ------------------------------------------------

@pytest.mark.parametrize("text, project", [
    ("青禾禾丰食品股份有限公司副总经理严立反映，公司冷链仓储中心项目的用地手续还没有办完。", "冷链仓储中心项目"),
    ("青禾禾丰食品股份有限公司总经理严立作为企业代表发言。她说，公司投资3亿元建设的高性能纤维项目即将投产。",
     "高性能纤维项目"),
    ("青禾禾丰食品股份有限公司董事长严立说，产品远销海外。今年，集团还将与岭川理工学院共建食品安全联合研发中心。",
     "食品安全联合研发中心"),
])
def test_a_firm_named_before_owns_what_it_builds(lex, text, project):
    assert (project, "青禾禾丰食品股份有限公司") in pairs(text, lex, "involves")


def test_a_site_opening_a_longer_project_name_is_no_project(lex):
    got = names(projects, "岭南文旅发展有限公司与澄溪县签约澄溪古镇文旅综合开发项目，总投资15亿元。", lex)
    assert "澄溪古镇" not in got and "澄溪古镇文旅综合开发项目" in got


def test_platforms_the_place_has_built(lex):
    got = names(projects, "青禾县建成了阀门检验检测中心和阀门产业互联网平台，为中小企业提供服务。", lex)
    assert {"阀门检验检测中心", "阀门产业互联网平台"} <= got
    assert names(projects, "全县建成了5G基站1200个。", lex) == set()


# industries ----------------------------------------------------------------------

def test_fields_a_product_covers(lex):
    got = names(industries, "产品覆盖石油化工、电力、城市燃气等领域。", lex)
    assert got == {"石油化工", "电力", "城市燃气"}


def test_a_modern_industrial_system_names_no_industry(lex):
    assert names(industries, "一是加快建设现代化产业体系。", lex) == set()
