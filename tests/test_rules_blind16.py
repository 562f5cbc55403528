"""Rules added after the heldout_blind16 measurement (documents in non-news
layouts: PDF pages, minutes, speeches, project sheets, résumés), one stage
after another (invented names, places and numbers; none from any article of
the sets)."""
from kg.clean import clean_text
from kg.extract import extract_document, goals, meetings, projects
from rule_helpers import doc, names, pairs, posts


# clean ---------------------------------------------------------------------------

def test_form_fields_stay_on_their_own_lines():
    raw = ("会议时间：2023年9月2日\n主持人：镇长韦立山\n列席人员：镇财政所所长甘明\n"
           "记录：吴晴\n项目名称：禾田冷链仓储项目\n建设内容：新建冷库2万吨。\n")
    assert clean_text(raw).split("\n") == [
        "会议时间：2023年9月2日", "主持人：镇长韦立山", "列席人员：镇财政所所长甘明",
        "记录：吴晴", "项目名称：禾田冷链仓储项目", "建设内容：新建冷库2万吨。"]


def test_a_wrapped_line_opening_with_a_colon_word_is_still_joined():
    raw = "全县上下要紧紧围绕年初确定的目标任务，会议强调\n指出：要抓好落实。\n"
    assert clean_text(raw) == "全县上下要紧紧围绕年初确定的目标任务，会议强调指出：要抓好落实。"


def test_page_numbers_and_the_running_header_leave_a_pdf_page():
    raw = ("禾田县人民政府公报 2023年第2期\n一、到2025年，全县粮食总产\n量稳定在50万吨以上，建成高标准农田\n"
           "— 7 —\n禾田县人民政府公报 2023年第2期\n20万亩。\n")
    assert clean_text(raw) == "一、到2025年，全县粮食总产量稳定在50万吨以上，建成高标准农田20万亩。"


# officials -----------------------------------------------------------------------

def test_a_contact_name_ends_before_its_phone_field(lex):
    got = posts("联系人：禾田县商务局副局长 韦立山  电话：0771-5550123\n", lex)
    assert got == {"韦立山": ["禾田县商务局副局长"]}


def test_an_appointment_list_runs_on_over_semicolons(lex):
    got = posts("会议决定任命：韦立山为禾田县财政局局长；\n甘明为禾田县审计局副局长。\n", lex)
    assert got == {"韦立山": ["禾田县财政局局长"], "甘明": ["禾田县审计局副局长"]}


def test_a_resume_gives_its_person_the_current_and_former_posts(lex):
    text = ("韦立山\n韦立山，男，壮族，1976年4月出生，广西百色人，大学学历。历任禾田县副县长，"
            "禾田县委常委等职。现任青岭区委副书记、区长。\n工作分工：负责区政府全面工作。\n")
    got = posts(text, lex)
    assert got == {"韦立山": ["青岭区委副书记", "区长", "禾田县副县长", "禾田县委常委"]}


def test_a_place_before_a_comma_and_a_sex_word_is_no_resume(lex):
    assert posts("禾田县，男女老少齐上阵。历任村干部带头。", lex) == {}


# meetings and participation ---------------------------------------------------------

_MINUTES = ("禾田镇人民政府专题会议纪要\n〔2023〕第4次\n会议时间：2023年9月2日下午\n"
            "会议地点：镇政府二楼会议室\n主持人：镇长韦立山\n出席人员：镇党委副书记甘明，副镇长吴晴\n"
            "列席人员：镇财政所所长陆森\n记录：黄文\n会议研究了集镇改造事项。\n")


def test_the_minutes_title_names_the_meeting_and_the_time_field_dates_it(lex):
    x = extract_document(doc(_MINUTES), lex)
    got = [(m.text, m.date) for m in x.mentions if m.type == "Meeting"]
    assert got == [("禾田镇人民政府专题会议", "2023-09-02")]


def test_the_minutes_fields_give_the_roles(lex):
    x = extract_document(doc(_MINUTES), lex)
    got = {(r.subject, r.role) for r in x.relations if r.predicate == "participatesIn"}
    assert got == {("韦立山", "chairs"), ("甘明", "attends"), ("吴晴", "attends"), ("陆森", "attends")}


def test_a_notice_about_minutes_without_a_time_field_names_no_meeting(lex):
    assert names(meetings, "关于印发禾田镇人民政府专题会议纪要的通知。", lex) == set()


_SPEECH = ("在全县招商引资推进大会上的讲话\n县委书记 韦立山\n（2023年4月6日）\n同志们：\n"
           "今天召开全县招商引资推进大会，主要任务是总结去年工作、部署今年任务。\n")


def test_a_printed_speech_dates_its_meeting_and_its_speaker_speaks_there(lex):
    x = extract_document(doc(_SPEECH), lex)
    dated = {(m.text, m.date) for m in x.mentions if m.type == "Meeting"}
    assert ("全县招商引资推进大会", "2023-04-06") in dated
    got = {(r.subject, r.object, r.role) for r in x.relations if r.predicate == "participatesIn"}
    assert got == {("韦立山", "全县招商引资推进大会", "speaksAt")}


def test_the_whole_county_form_is_the_same_meeting_as_the_named_county_form():
    assert meetings.same_meeting("全县招商引资推进大会", "禾田县招商引资推进大会")
    assert not meetings.same_meeting("全市招商引资推进大会", "禾田县招商引资推进大会")
    assert not meetings.same_meeting("全县招商引资推进大会", "禾田县项目观摩推进大会")


# goals ---------------------------------------------------------------------------

def test_a_numbered_must_in_a_speech_makes_its_amounts_targets(lex):
    got = names(goals, "二要打造清朗的政务环境，全年涉企收费事项压减20%以上。三要优化服务，新建人才驿站12个。", lex)
    assert {"全年涉企收费事项压减20%以上", "新建人才驿站12个"} <= got


def test_a_past_total_after_a_numbered_heading_is_no_target(lex):
    got = names(goals, "（二）项目建设提速增效。全年实施重点项目16个，完成投资9.2亿元。", lex)
    assert got == set()


# relations -----------------------------------------------------------------------

_SHEET = ("一、现代物流类\n项目名称：禾田陆港物流园项目\n投资估算：总投资6亿元。\n"
          "二、招商引资政策\n项目名称：禾田南站综合体项目\n投资估算：总投资3亿元。\n")


def test_a_class_heading_files_the_projects_under_it_until_the_next_heading(lex):
    got = pairs(_SHEET, lex, "inIndustry")
    assert ("禾田陆港物流园项目", "现代物流") in got or ("禾田陆港物流园", "现代物流") in got
    assert not any(s.startswith("禾田南站") for s, _ in got)


# projects ------------------------------------------------------------------------

def test_a_report_headings_verb_makes_no_project(lex):
    got = names(projects, "（三）抓实项目建设。加快推进禾田智能制造产业园建设。", lex)
    assert "抓实项目" not in got and "禾田智能制造产业园" in got
