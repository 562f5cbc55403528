"""Rules added after the heldout_blind11 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
from kg.clean import clean_text
from kg.extract import companies, goals, industries, meetings, projects
from kg.read import document_from_text
from rule_helpers import doc, names, pairs, posts


def dated(text, lex):
    return {(m.text, m.date) for m in meetings.extract(doc(text), lex)}


# cleaning ------------------------------------------------------------------------

def test_a_page_stamp_ending_in_a_date_closes_its_line():
    text = clean_text("岚县住建局  2023-11-02\n\n10月30日上午，岚县召开安全生产推进会。")
    assert "2023-11-0210月" not in text and "10月30日上午" in text


def test_a_source_line_is_not_joined_to_the_next_paragraph():
    d = document_from_text("t.txt", "发布日期：2023-05-06 来源：岭溪镇人民政府网\n"
                                    "5月4日，岭溪镇召开防汛工作部署会。")
    assert any(s.text.startswith("5月4日") for s in d.sentences)


# meetings ------------------------------------------------------------------------

def test_the_study_group_names_its_own_session(lex):
    got = dated("3月2日，岭西县委理论学习中心组2023年第二次集中学习会举行。", lex)
    assert ("岭西县委理论学习中心组2023年第二次集中学习会", "2023-03-02") in got


def test_hundred_day_campaign_inside_a_meeting_name(lex):
    got = dated("8月9日，某某园区召开工业项目“百日会战”推进会。", lex)
    assert {m for m, _ in got} == {"工业项目“百日会战”推进会"}


def test_a_word_ending_in_ci_is_no_ordinal(lex):
    got = dated("6月3日，岭东新区2023年高层次人才项目签约仪式在会展中心举行。", lex)
    assert {m for m, _ in got} == {"岭东新区2023年高层次人才项目签约仪式"}


def test_a_consultative_session_is_a_meeting(lex):
    got = dated("4月8日，区政协召开“优化营商环境”专题协商议政会。", lex)
    assert {m for m, _ in got} == {"“优化营商环境”专题协商议政会"}


# officials -----------------------------------------------------------------------

def test_a_consultative_members_seat_makes_no_official(lex):
    got = posts("县政协委员卢茂林、县工商联主席蒋一丹先后发言。", lex)
    assert "卢茂林" not in got


def test_a_work_team_leader_is_an_official(lex):
    got = posts("驻村第一书记、工作队队长麻晓峰带领村民修路。", lex)
    assert got.get("麻晓峰") == ["驻村第一书记", "工作队队长"]


def test_a_name_before_sui_tuan(lex):
    got = posts("市商务局局长詹立随团出访。", lex)
    assert "詹立" in got


# companies -----------------------------------------------------------------------

def test_counted_groups_and_kinds_of_company_are_no_names(lex):
    got = names(companies, "将9家县属平台公司整合为3家市场化集团，采取“公司+基地+农户”模式。", lex)
    assert got == set()


def test_a_legal_form_written_first(lex):
    got = names(companies, "代表团拜访了株式会社丸岭电机，并出席推介会。", lex)
    assert got == {"株式会社丸岭电机"}


def test_a_group_named_again_without_its_country():
    from kg.resolve import _placed_group_form
    assert _placed_group_form("韦岚德集团", "瑞士韦岚德精工机械集团")
    assert not _placed_group_form("韦岚集团", "瑞士韦岚德精工机械集团")


# goals ---------------------------------------------------------------------------

def test_two_targets_each_with_its_own_period(lex):
    got = names(goals, "要力争三季度新开工项目8个以上、全年完成工业投资增长9%。", lex)
    assert got == {"力争三季度新开工项目8个以上", "全年完成工业投资增长9%"}


def test_a_second_target_gathering_people(lex):
    got = names(goals, "力争到2027年引育创新团队50个以上、集聚青年人才2万人。", lex)
    assert got == {"力争到2027年引育创新团队50个以上", "集聚青年人才2万人"}


def test_named_industries_or_a_firm_turning_into_something(lex):
    got = names(goals, "要推动陶瓷、竹编两大传统产业向文创陶瓷、竹艺家居转型升级，"
                       "推动县交投集团向综合交通运营商转型。", lex)
    assert got == {"推动陶瓷、竹编两大传统产业向文创陶瓷、竹艺家居转型升级",
                   "推动县交投集团向综合交通运营商转型"}


def test_a_way_of_working_is_no_transformation(lex):
    assert names(goals, "要推动传统产业向高端化、智能化转型。", lex) == set()


def test_a_place_to_be_built_into_a_model_town(lex):
    got = names(goals, "要把岭口镇建成全市乡村旅游示范镇，为奋力打造山区共富先行区贡献侨界智慧。", lex)
    assert {"全市乡村旅游示范镇", "山区共富先行区"} <= got


def test_a_company_building_its_own_base_is_no_goal(lex):
    got = names(goals, "他表示，公司将把东区工厂建成公司在华南最大的生产基地。", lex)
    assert got == set()


# relations -----------------------------------------------------------------------

_TRIP = ("9月2日至8日，岭南区委书记柯文涛率经贸代表团赴意大利开展招商活动。"
         "区委常委、副区长吕方，区商务局局长詹立随团出访。"
         "在米兰，代表团拜访了意大利贝洛尼机械集团总部。"
         "贝洛尼（中国）投资有限公司将在岭南设立华南总部。"
         "在都灵，代表团出席在当地举办的“2024岭南（都灵）投资说明会”。柯文涛在说明会上作推介。")


def test_those_going_along_do_not_end_the_leaders_visit(lex):
    got = pairs(_TRIP, lex, "visits")
    assert ("柯文涛", "意大利贝洛尼机械集团") in got


def test_a_company_as_the_subject_is_no_stop_of_the_visit(lex):
    got = pairs(_TRIP, lex, "visits")
    assert not any("投资有限公司" in o for _, o in got)


def test_a_meeting_held_in_quotes_is_the_one_spoken_at(lex):
    got = pairs(_TRIP, lex, "participatesIn")
    assert ("柯文涛", "2024岭南（都灵）投资说明会") in got


def test_coming_to_the_meeting_is_attending(lex):
    got = pairs("6月3日，岭口镇召开防汛工作部署会。县水利局副局长施远到会指导。", lex, "participatesIn")
    assert ("施远", "防汛工作部署会") in got


def test_a_place_word_two_companies_share_is_no_short_form(lex):
    text = ("第一名：岭川锂电产业园项目，由江东川能材料有限公司投资建设；"
            "第二名：年产5万吨涂料项目，由岭川汇丰化工有限公司投资建设；"
            "第三名：岭川冷链物流园二期项目，承建单位为岭川通达物流有限公司。")
    got = pairs(text, lex, "involves")
    assert ("岭川锂电产业园项目", "岭川汇丰化工有限公司") not in got
    assert ("岭川冷链物流园二期项目", "岭川汇丰化工有限公司") not in got


def test_a_team_signing_with_a_company_and_what_is_set_up_are_no_place_signings(lex):
    text = ("签约仪式上，岭北新区与多家单位签约。甲院士团队与岭北新区签约共建岭北光电研究院；"
            "乙教授团队与江北岭光材料有限公司签订合作协议。")
    got = pairs(text, lex, "signsWith")
    assert not any(s in ("岭北光电研究院", "江北岭光材料有限公司") for s, _ in got)


def test_a_short_form_opening_a_signing_and_a_zone_as_its_party(lex):
    text = ("岭西区委书记柯文涛率经贸代表团拜访了株式会社丸岭电机。会上，丸岭电机与岭西高新区签约年产50万台微电机项目。")
    assert ("株式会社丸岭电机", "岭西高新区") in pairs(text, lex, "signsWith")
    assert not any(s == "岭西高新区" for s, _ in pairs(text, lex, "involves"))


def test_a_park_the_village_builds_on_has_no_partner(lex):
    text = "桥头村依托岭口蔬菜产业园，与江岭农业发展有限公司合作，建成大棚200座。"
    assert pairs(text, lex, "involves") == set()


def test_clauses_of_a_semicolon_list_are_separate_deals(lex):
    text = ("签约仪式上，甲院士团队与岭东新区签约共建岭东智能传感研究院；"
            "乙博士团队与岭东新区签约入驻岭东青年创业园。")
    got = pairs(text, lex, "involves")
    assert ("岭东青年创业园", "岭东智能传感研究院") not in got


# projects ------------------------------------------------------------------------

def test_incubators_and_academician_stations_are_projects(lex):
    got = names(projects, "乙团队与江岭光学有限公司签订院士工作站共建协议，设立岭光院士工作站；"
                          "丙团队签约入驻岭南留学人员创业园。", lex)
    assert {"岭光院士工作站", "岭南留学人员创业园"} <= got
    assert "院士工作站" not in got


def test_a_service_complex_keeps_its_service_word(lex):
    got = names(projects, "委员们深入岭溪陶瓷产业创新服务综合体开展调研。", lex)
    assert got == {"岭溪陶瓷产业创新服务综合体"}


def test_a_report_verb_ends_a_project_name(lex):
    got = names(projects, "管委会副主任柯文静通报项目推进情况。", lex)
    assert got == set()


# industries ----------------------------------------------------------------------

def test_fields_of_discipline_work_are_no_industries(lex):
    got = names(industries, "要紧盯工程建设、土地出让、扶贫资金等领域，坚持受贿行贿一起查。", lex)
    assert got == set()


def test_fields_that_are_industries_still_are(lex):
    got = names(industries, "签约项目涉及新材料、生物医药、人工智能等领域。", lex)
    assert {"新材料", "生物医药", "人工智能"} <= got


def test_a_numbered_way_of_working_is_no_industry(lex):
    got = names(industries, "按照“一村一业、一业一村”思路推进改革。", lex)
    assert got == set()


def test_a_mountain_crop_keeps_its_qualifier(lex):
    assert "高山茶产业" in names(industries, "带领村民发展高山茶产业。", lex)


def test_what_counted_industries_turn_into(lex):
    got = names(industries, "推动陶瓷、竹编两大传统产业向文创陶瓷、竹艺家居转型升级。", lex)
    assert {"陶瓷", "竹编", "文创陶瓷", "竹艺家居"} <= got


def test_a_list_of_projects_after_the_company_is_all_of_its(lex):
    text = "陶某介绍，区交投集团今年承接的岭湖滨江城市更新项目、岭溪南站综合交通枢纽项目进展顺利。"
    got = pairs(text, lex, "involves")
    assert {("岭湖滨江城市更新项目", "区交投集团"), ("岭溪南站综合交通枢纽项目", "区交投集团")} <= got


def test_a_project_listed_with_a_company_is_still_no_partner(lex):
    text = "书记先后来到岭湖滨江城市更新项目现场、江岭科技有限公司调研。"
    assert pairs(text, lex, "involves") == set()


def test_a_central_plenary_keeps_dang_de(lex):
    got = dated("深入学习贯彻党的十九届六中全会精神。", lex)
    assert {m for m, _ in got} == {"党的十九届六中全会"}


def test_an_anchored_quoted_target_is_what_is_quoted(lex):
    got = names(goals, "要锚定“全年规上工业增加值增长9%以上”目标不放松，全力以赴稳增长。", lex)
    assert {g.strip("“”") for g in got} == {"全年规上工业增加值增长9%以上"}


# from probe articles in the same genres (no gold) ---------------------------------

def test_a_count_of_members_is_no_post(lex):
    assert posts("市政协委员蒋某等6位委员和专家先后发言。", lex) == {}


def test_a_study_session_by_year_and_number_takes_its_holder(lex):
    got = {(m.text, m.name) for m in meetings.extract(doc(
        "县委理论学习中心组举行专题学习会\n"
        "5月10日，岭溪县委理论学习中心组举行2024年第三次专题学习会。"), lex)}
    full = "岭溪县委理论学习中心组2024年第三次专题学习会"
    assert ("2024年第三次专题学习会", full) in got and ("专题学习会", full) in got


def test_a_station_two_parties_set_up_is_no_company_project(lex):
    got = names(projects, "乙院士团队与岭桥恒力材料股份有限公司共建院士专家工作站。", lex)
    assert not any("有限公司" in g for g in got)


def test_people_counted_in_ming_are_a_target(lex):
    got = names(goals, "力争到2027年引进院士团队8个、集聚高层次人才1500名。", lex)
    assert got == {"力争到2027年引进院士团队8个", "集聚高层次人才1500名"}


def test_a_subsidiary_under_its_group(lex):
    got = names(companies, "陈某介绍，集团旗下岭星物流（岭湖）有限公司已在岭湖运营5年。", lex)
    assert got == {"岭星物流（岭湖）有限公司"}


def test_a_company_adding_dollars_sets_no_target(lex):
    got = names(goals, "陈某介绍，集团计划追加投资2亿美元建设岭星智慧物流园二期。", lex)
    assert got == set()


def test_a_foreign_firms_own_name_in_brackets_is_its_alias(lex):
    got = {(m.text, m.aliases) for m in companies.extract(doc(
        "代表团拜访了瑞士岭峰精密仪器集团（Lingfeng Precision Instruments AG）总部。"), lex)}
    assert ("瑞士岭峰精密仪器集团", ("Lingfeng Precision Instruments AG",)) in got


def test_spaces_between_latin_words_stay_and_others_go():
    assert clean_text("岭峰集团（Lingfeng Precision AG）与联东 U谷签约。") == \
        "岭峰集团（Lingfeng Precision AG）与联东U谷签约。"


def test_the_chinese_name_labels_a_firm_with_a_longer_english_alias():
    from kg.pipeline import build_from_texts
    kg = build_from_texts({"a.txt": "代表团拜访了瑞士岭峰精密仪器集团（Lingfeng Precision Instruments AG）总部。"})
    labels = {e.label for e in kg.entities if e.type == "Company"}
    assert labels == {"瑞士岭峰精密仪器集团"}


# --- merge of blind9/10/11: rules that met on each other's sets ----------------

def test_a_bare_field_list_of_firms_is_industries(lex):
    # blind11 reads a bare 等领域 list with no taxonomy word as fields of work;
    # firms of those fields (等领域企业) make them industries again.
    from kg.extract import industries
    found = names(industries, "我区将重点招引储能电池、热管理、车载显示和线控底盘等领域企业。", lex)
    assert {"储能电池", "热管理", "车载显示", "线控底盘"} <= found
    assert not names(industries, "紧盯工程建设、土地出让、扶贫资金等领域，开展专项整治。", lex)


def test_service_before_a_bare_project_head_is_no_part_of_the_name(lex):
    from kg.extract import projects
    found = names(projects, "各镇要包保服务重点项目，推动项目早投产。", lex)
    assert not any("服务" in n for n in found)
    assert "青湾产业创新服务综合体" in names(projects, "建成青湾产业创新服务综合体。", lex)
