"""Companies: one positive and one negative sentence per rule (invented names)."""
from kg.extract import companies
from kg.read import document_from_text


def found(text, lex, rule=None):
    doc = document_from_text("t.txt", text)
    return {m.text for m in companies.extract(doc, lex) if rule is None or m.rule == rule}


def aliases(text, lex):
    doc = document_from_text("t.txt", text)
    return {m.text: m.aliases for m in companies.extract(doc, lex)}


# company.suffix -------------------------------------------------------------

def test_suffix_name_runs_left_to_the_visit_verb(lex):
    assert found("书记一行考察了苏原檀木智能科技有限公司。", lex) == {"苏原檀木智能科技有限公司"}


def test_suffix_name_keeps_words_that_are_also_stop_words(lex):
    # 建设 and 发展 end names elsewhere, inside a company name they stay.
    assert found("考察组拜访了江城恒岳建设集团。", lex) == {"江城恒岳建设集团"}
    assert "青禾农林发展有限公司" in found("走访青禾农林发展有限公司山楂加工厂。", lex)


def test_a_city_the_dictionary_tags_as_another_word_begins_the_name(lex):
    # jieba's dictionary has 保定 as a verb and 大连 as an adverb: kg/data/city_names.txt
    got = found("青石县与保定岚星机械有限公司、大连岚海精细化工有限公司签订合作协议。", lex)
    assert got == {"保定岚星机械有限公司", "大连岚海精细化工有限公司"}


def test_suffix_name_stops_at_a_verb(lex):
    assert found("平溪的发展离不开南岭水投集团的支持。", lex) == {"南岭水投集团"}


def test_suffix_name_keeps_its_bracketed_short_name(lex):
    assert aliases("丰县与江岚投资有限公司（简称江岚投资）签约。", lex) == {
        "江岚投资有限公司": ("江岚投资",)}


def test_longer_suffix_wins_over_a_shorter_one_inside_it(lex):
    assert found("走进岚澜集团控股有限公司。", lex) == {"岚澜集团控股有限公司"}


def test_description_before_the_name_ends_at_qiye(lex):
    assert found("项目由浙江百佳科技企业一千禾集团投资兴建。", lex) == {"一千禾集团"}


def test_public_bodies_schools_and_associations_are_not_companies(lex):
    assert found("观看了南江大学新结构经济学研究院的视频。", lex) == set()
    assert found("市工商业联合会与南江商会座谈。", lex) == set()


def test_company_word_before_xiangmu_is_part_of_a_project(lex):
    assert found("就转化平台及医药C证公司项目座谈。", lex) == set()


def test_meeting_word_ends_a_company_name(lex):
    assert found("签约活动青岭机械设备有限公司代表发言。", lex) == {"青岭机械设备有限公司"}


# company.numbered-institute ---------------------------------------------------

def test_numbered_institute(lex):
    assert "815所" in found("要整合815所等科研院所资源。", lex, "company.numbered-institute")
    assert found("全年新增2023所学校。", lex, "company.numbered-institute") == set()


# company.enumeration ----------------------------------------------------------

def test_enumeration_items_are_companies_first_item_cut_at_the_verb(lex):
    got = found("要整合815所、岚飞、同岳等央企国企资源。", lex, "company.enumeration")
    assert got == {"815所", "岚飞", "同岳"}


def test_enumeration_needs_a_company_category(lex):
    assert found("发展岚飞、同岳等产业。", lex, "company.enumeration") == set()


# company.mixed-list -----------------------------------------------------------

def test_bare_names_listed_with_a_suffixed_company(lex):
    got = found("北京岚迁食品、云川科技公司、北京建岳华创负责人分别发言。", lex, "company.mixed-list")
    assert got == {"北京岚迁食品", "北京建岳华创"}


def test_no_mixed_list_without_a_suffixed_company(lex):
    assert found("北京岚迁食品、北京建岳华创负责人分别发言。", lex, "company.mixed-list") == set()


# company.visit-list -----------------------------------------------------------

def test_visit_list_takes_proper_names_and_skips_the_project(lex):
    got = found("一行先后前往岚浩集成电路、贝禾食品、智岳线束生产项目现场。", lex, "company.visit-list")
    assert got == {"岚浩集成电路", "贝禾食品"}


def test_visit_list_skips_activities(lex):
    assert found("书记深入一线作调研、搞座谈、建机制、谋出路。", lex) == set()


def test_trade_name_after_a_place_is_kept_though_jieba_reads_a_verb(lex):
    # 驰 and 铭拓 are tagged as verbs: after a place they are the trade name.
    assert "西安驰远汽车零部件有限公司" in found("全区已集聚西安驰远汽车零部件有限公司等企业。", lex)
    assert "深圳市铭拓储能科技有限公司" in found("先后走访深圳市铭拓储能科技有限公司。", lex)
    assert "比邻（深圳）智能装备股份有限公司" in found("青禾区与比邻（深圳）智能装备股份有限公司签约。", lex)
    # a verb that is a stop word still ends the name
    assert found("在深圳考察岚拓科技有限公司。", lex) == {"岚拓科技有限公司"}


def test_name_does_not_run_back_over_another_company(lex):
    assert found("与禾丰冷链物流有限公司和味岭餐饮管理有限公司签约。", lex) == {
        "禾丰冷链物流有限公司", "味岭餐饮管理有限公司"}
    # 和 between single characters inside one name stays (see spans._name_conjunction)
    assert "江南和岚医药有限公司" in found("考察了江南和岚医药有限公司。", lex)


def test_place_signing_with_listed_companies_is_no_company(lex):
    got = found("推介会上，青禾县与岚江食品有限公司、禾丰物流有限公司等6家企业签订协议。", lex)
    assert "青禾县" not in got and "岚江食品有限公司" in got
    assert "岚华超市" in found("走访了岚华超市、禾丰物流有限公司等企业。", lex)


def test_province_guizhou_begins_a_name_and_a_role_word_ends_before_it(lex):
    from kg.extract import companies
    from kg.read import document_from_text
    doc = document_from_text("t.txt", "县政府与贵州岚峰山地农业开发有限公司签约，听取园区运营方厦门云岫供应链有限公司介绍。")
    names = {m.text for m in companies.extract(doc, lex)}
    assert {"贵州岚峰山地农业开发有限公司", "厦门云岫供应链有限公司"} <= names
    assert not any(n.startswith("园区") for n in names)


def test_a_place_and_a_lone_character_before_a_short_verb_are_a_trade_name(lex):
    from kg.extract import companies
    from kg.read import document_from_text
    doc = document_from_text("t.txt", "新区与重庆渝达供应链管理有限公司签订投资协议。")
    assert "重庆渝达供应链管理有限公司" in {m.text for m in companies.extract(doc, lex)}


# heldout_blind4 fixes (invented names) ---------------------------------------------

def test_split_trade_name_and_verb_before_province(lex):
    # 岭上|光|能|科技: jieba reads 能 as a verb inside the trade name.
    assert "岭上光能科技有限公司" in found("来到青峪新材料有限公司和岭上光能科技有限公司。", lex)
    assert "上海岚湖投资发展集团有限公司" in found("镇里还联合上海岚湖投资发展集团有限公司设立基金。", lex)
    assert not found("企业负责人介绍，今年一季度公司订单增长三成。", lex)


def test_one_character_verb_before_the_suffix_ends_the_trade_name(extract_text):
    # 湖锂|能|集团: jieba reads 能 as a verb; right before the suffix it is the name's.
    ms = extract_text(companies, "青禾县与岚湖锂能集团有限公司签约。")
    assert [m.text for m in ms] == ["岚湖锂能集团有限公司"]
