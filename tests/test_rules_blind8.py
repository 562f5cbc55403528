"""Rules added after the heldout_blind8 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.extract import companies, goals, industries, projects
from kg.extract.meetings import same_meeting
from rule_helpers import doc, names


# companies -----------------------------------------------------------------------

def test_subsidiary_after_its_parent_and_listed_company_as_a_kind(lex):
    got = names(companies, "同日，岭辰科技全资子公司江州岭辰传动有限公司完成注册，"
                           "岭辰科技是一家科创板上市公司。", lex)
    assert got == {"江州岭辰传动有限公司"}


def test_casting_word_inside_a_company_name(lex):
    got = names(companies, "在湖北青禾精密铸造有限公司，书记察看了生产线。", lex)
    assert got == {"湖北青禾精密铸造有限公司"}


# meetings ------------------------------------------------------------------------

def test_short_form_of_a_prefecture_plenary():
    assert same_meeting("州委八届五次全会", "中国共产党岭川彝族自治州第八届委员会第五次全体会议")
    assert not same_meeting("州委八届四次全会", "中国共产党岭川彝族自治州第八届委员会第五次全体会议")


# industries ----------------------------------------------------------------------

def test_counted_chains_name_their_industries(lex):
    got = names(industries, "要做大林下种植、竹木加工、山货电商三条产业链。", lex)
    assert {"林下种植", "竹木加工", "山货电商"} <= got


def test_everything_but_an_industry_names_none(lex):
    got = names(industries, "非煤产业增加值增长12%。", lex)
    assert not any("煤" in g for g in got)


# goals ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("要奋力谱写中国式现代化青禾篇章，推动发展。", "奋力谱写中国式现代化青禾篇章"),
    ("要加快推进转型，打造精细化工和新能源“双百亿”产业集群，推动发展。",
     "精细化工和新能源“双百亿”产业集群"),
    ("要培育壮大风电、储能两条新兴产业链。", "培育壮大风电、储能两条新兴产业链"),
    ("做强康养旅游、特色农业两大支柱产业，推动发展。", "做强康养旅游、特色农业两大支柱产业"),
    ("推动园区经济由“招商引资”向“招商选资”转变。", "推动园区经济由“招商引资”向“招商选资”转变"),
])
def test_new_goal_lines(lex, text, want):
    assert want in names(goals, text, lex)


def test_person_times_target_splits_from_the_next(lex):
    got = names(goals, "力争到2026年全县接待游客突破800万人次、旅游综合收入达到60亿元。", lex)
    assert got == {"力争到2026年全县接待游客突破800万人次", "旅游综合收入达到60亿元"}


def test_company_head_speaking_and_a_site_plan_set_no_goals(lex):
    assert names(goals, "该公司负责人表示，将把项目打造成为全国知名的康养目的地。", lex) == set()
    assert names(goals, "产业园三期总投资8亿元，占地200亩，计划建设标准化厂房15万平方米。", lex) == set()


# projects ------------------------------------------------------------------------

def test_border_zone_inland_port_and_old_town(lex):
    got = names(projects, "加快推进岭南国际陆港一期建设，青禾边境经济合作区同步推进。", lex)
    assert {"岭南国际陆港一期", "青禾边境经济合作区"} <= got
    assert "青禾苏区古镇二期" in names(projects, "某公司签约青禾苏区古镇二期，总投资9亿元。", lex)


def test_batch_a_ceremony_signs_is_no_project(lex):
    assert names(projects, "青禾县文旅项目集中签约仪式在县城举行。", lex) == set()


# meetings and relations ----------------------------------------------------------

def test_work_on_the_meeting_is_no_meeting(lex):
    from kg.extract import meetings
    assert names(meetings, "县长要求，各乡镇、各部门要抓好会议精神落实。", lex) == set()


def _relations(text, lex, predicate):
    from kg.extract import extract_document
    x = extract_document(doc(text), lex)
    return {(r.subject, r.object, r.role) for r in x.relations if r.predicate == predicate}


def test_deputy_giving_a_detailed_deployment_speaks(lex):
    got = _relations("青禾县2025年经济工作会议召开。县委书记罗山主持会议，"
                     "县长白川就全年工作作具体部署，副县长米禾就项目建设作了安排。", lex, "participatesIn")
    assert {(s, r) for s, _, r in got} >= {("罗山", "chairs"), ("白川", "speaksAt"), ("米禾", "speaksAt")}


def test_among_clause_names_its_own_zone(lex):
    got = _relations("青禾县招商推介会举行，现场签约项目9个。其中，岭达控股有限公司（简称“岭达控股”）"
                     "与青禾经济开发区签约青禾鞋材城项目。", lex, "signsWith")
    assert ("岭达控股有限公司", "青禾经济开发区", "") in {(s, o, r or "") for s, o, r in got}


def test_next_day_and_same_day_dates(lex):
    from kg.extract import meetings
    text = "5月31日，岭州市招商工作会议召开。次日，青禾县招商引资推进会召开。"
    got = {(m.text, m.date) for m in meetings.extract(doc(text), lex)}
    assert got >= {("岭州市招商工作会议", "--05-31"), ("青禾县招商引资推进会", "--06-01")}
    text = "12月31日，县长走访企业。当天下午，县长主持召开青禾县重点企业座谈会。"
    got = {(m.text, m.date) for m in meetings.extract(doc(text), lex)}
    assert ("青禾县重点企业座谈会", "--12-31") in got


def test_phase_project_a_company_builds(lex):
    got = names(projects, "岭川化工集团有限公司投资建设的焦炉尾气制醇一期项目建成投产。", lex)
    assert "焦炉尾气制醇一期项目" in got
    # (a support verb jieba reads as a noun ends the name on its left)
    assert not any(n.startswith("全力支持") for n in names(projects, "市里将全力支持青禾文旅项目建设。", lex))


def test_another_official_speaking_ends_the_visit(lex):
    text = ("会前，县委书记罗山实地调研了青禾果业有限公司。副县长白川通报，一季度贸易额增长。"
            "青禾供应链有限公司投资建设的冷库项目已投入使用。")
    got = _relations(text, lex, "visits")
    assert {(s, o) for s, o, _ in got} == {("罗山", "青禾果业有限公司")}


def test_department_with_he_inside_its_name():
    from kg.extract import officials
    from kg.lexicon import load
    got = {m.text: [p.title for p in m.posts] for m in officials.extract(
        doc("岭州省发展和改革委员会副主任罗山，县住房和城乡建设局局长白川出席。"), load())}
    assert got == {"罗山": ["岭州省发展和改革委员会副主任"], "白川": ["县住房和城乡建设局局长"]}


def test_road_between_two_places_split_by_the_tokenizer(lex):
    got = names(projects, "加快推进禾城至弄川高速公路建设。", lex)
    assert got == {"禾城至弄川高速公路"}
