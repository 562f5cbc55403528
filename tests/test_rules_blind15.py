"""Rules added after the heldout_blind15 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
from kg.extract import companies, extract_document, goals, industries, meetings, projects
from kg.extract.meetings import same_meeting
from rule_helpers import doc, names, pairs, posts


# officials -----------------------------------------------------------------------

def test_a_dotted_name_runs_over_a_last_part_that_reads_as_a_verb(lex):
    got = posts("县委副书记、县长吐尔洪·买买提出席会议。", lex)
    assert got == {"吐尔洪·买买提": ["县委副书记", "县长"]}


# companies -----------------------------------------------------------------------

def test_a_brand_word_read_as_a_verb_stays_inside_a_company_name(lex):
    got = names(companies, "首批入驻企业包括青禾云端优选电子商务有限公司等。", lex)
    assert "青禾云端优选电子商务有限公司" in got and "电子商务有限公司" not in got


# meetings ------------------------------------------------------------------------

def test_a_headline_form_with_the_quoted_theme_first_is_the_same_meeting():
    assert same_meeting("“禾川优品”区域公用品牌发布会", "禾川县农产品区域公用品牌“禾川优品”发布会")
    assert not same_meeting("“禾川优品”推介会", "禾川县农产品区域公用品牌“禾川优品”发布会")


def test_a_bare_ceremony_kind_names_no_meeting(lex):
    text = "5月8日，市长周立新出席青禾数字产业园开园仪式。开园仪式上，三家企业签约。"
    got = names(meetings, text, lex)
    assert got == {"青禾数字产业园开园仪式"}


def test_an_attended_occasion_takes_the_lead_sentence_date_and_its_attendees(lex):
    text = ("5月8日，青禾数字产业园开园运营。市委书记韩立东，市长周立新出席青禾数字产业园开园仪式，"
            "韩立东致辞，副市长孙文主持。")
    x = extract_document(doc(text), lex)
    ms = [m for m in x.mentions if m.type == "Meeting"]
    assert [(m.text, m.date) for m in ms] == [("青禾数字产业园开园仪式", "--05-08")]
    roles = {(r.subject, r.role) for r in x.relations if r.predicate == "participatesIn"}
    assert {("韩立东", "attends"), ("周立新", "attends"), ("韩立东", "speaksAt"), ("孙文", "chairs")} <= roles


def test_delegates_to_a_congress_are_no_attendance(lex):
    text = "6月2日，区委全会召开。全会确定出席市第九次党代会代表候选人预备人选。"
    x = extract_document(doc(text), lex)
    assert not any(m.date for m in x.mentions if m.type == "Meeting" and "党代会" in m.text)


# goals ---------------------------------------------------------------------------

def test_targets_kept_at_a_level_built_by_a_year_or_counted_in_sets(lex):
    text = ("要确保2025年完成5个片区征收任务，年内开工建设保障性住房6000套，"
            "全市地表水优良比例保持95%，到2026年建成高标准农田50万亩。")
    got = names(goals, text, lex)
    assert {"年内开工建设保障性住房6000套", "全市地表水优良比例保持95%",
            "到2026年建成高标准农田50万亩"} <= got


def test_a_whole_task_to_finish_by_a_year_is_a_target_without_an_amount(lex):
    got = names(goals, "会议要求，力争到2028年基本完成老城区棚户区改造。", lex)
    assert "力争到2028年基本完成老城区棚户区改造" in got
    assert not names(goals, "该县到2018年已基本完成棚户区改造。", lex)


def test_building_a_fine_version_of_the_place_itself_is_a_goal(lex):
    text = "青岭市召开大会。会议要求全力建设美丽青岭，建设美丽乡村。"
    got = names(goals, text, lex)
    assert "全力建设美丽青岭" in got and not any("乡村" in g for g in got)


def test_what_a_policy_grants_is_no_target(lex):
    text = "推介会上，张华介绍了青岭市“青岭英才计划”人才政策，对新引进的博士、硕士分别给予最高40万元、15万元安家补贴。"
    assert not any("补贴" in g for g in names(goals, text, lex))
    assert "力争全年引进人才800人以上" in names(goals, "会议要求，力争全年引进人才800人以上。", lex)


def test_a_goal_after_a_speaker_in_his_address_is_set_by_the_meeting(lex):
    text = ("9月3日，禾川县“禾川优品”品牌发布会在省城举行。县委书记高明出席并致辞。"
            "高明在致辞中表示，禾川位于山区。近年来，禾川坚持“生态立县、品牌强农”，力争到2027年农产品加工转化率达到75%以上。")
    got = pairs(text, lex, "setBy")
    assert ("力争到2027年农产品加工转化率达到75%以上", "禾川县“禾川优品”品牌发布会") in got


# signings and involves -----------------------------------------------------------

def test_a_government_before_a_company_is_its_party_even_when_it_signs_again(lex):
    text = ("现场，禾川县政府与青禾商贸有限公司签订产销协议，"
            "禾川薯业集团有限公司与青禾商贸有限公司签订供销协议。")
    got = pairs(text, lex, "signsWith")
    assert ("青禾商贸有限公司", "禾川县") in got
    assert ("禾川薯业集团有限公司", "青禾商贸有限公司") in got


def test_a_subjectless_second_signing_clause_goes_on_with_the_first_signer(lex):
    text = ("会上，青禾城投集团有限公司与岭南远景建设有限公司签订东门片区更新项目合作协议，"
            "与青禾建工集团有限公司签订西关片区安置房建设项目施工协议。")
    assert ("青禾城投集团有限公司", "青禾建工集团有限公司") in pairs(text, lex, "signsWith")
    inv = pairs(text, lex, "involves")
    assert {("西关片区安置房建设项目", "青禾城投集团有限公司"),
            ("西关片区安置房建设项目", "青禾建工集团有限公司")} <= inv


# projects ------------------------------------------------------------------------

def test_a_project_to_settle_somewhere_is_named_whatever_its_words(lex):
    got = names(projects, "在甲公司，双方就智能家电零部件生产基地项目落户禾川进行洽谈。", lex)
    assert "智能家电零部件生产基地项目" in got


def test_a_latin_word_before_a_space_is_part_of_a_project_name(lex):
    text = "禾川县人民政府与青禾光电科技股份有限公司签订Micro OLED光学模组项目投资协议。"
    assert "Micro OLED光学模组项目" in names(projects, text, lex)


# industries ----------------------------------------------------------------------

def test_a_first_list_item_split_by_the_tokenizer_keeps_its_first_character(lex):
    got = names(industries, "全市将以寒地生物、绿色食品、装备制造为重点，力争全年新增企业50家。", lex)
    assert "寒地生物" in got and "生物" not in got


def test_a_trade_inside_a_meeting_name_is_no_visited_company_s(lex):
    text = ("16日，县长张立一行来到杭州，考察了杭州青禾光电科技股份有限公司，"
            "并出席禾川县（杭州）电子信息产业招商推介会。")
    assert not pairs(text, lex, "inIndustry")
