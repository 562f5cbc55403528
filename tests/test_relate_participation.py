"""participatesIn: which official took part in which meeting, in which role
(the participatesIn block of kg/relate.py), on invented sentences and on the
short articles in tests/articles/."""
from pathlib import Path

import pytest

from kg.extract import extract_document
from kg.read import document_from_text, read_document

ARTICLES = Path(__file__).parent / "articles"


def _triples(ex):
    meetings = {m.text: m.name for m in ex.mentions if m.type == "Meeting"}
    return {(r.subject, r.role, meetings.get(r.object, r.object))
            for r in ex.relations if r.predicate == "participatesIn"}


@pytest.fixture
def parts(lex):
    def run(text, year=None):
        return _triples(extract_document(document_from_text("t.txt", text, year=year), lex))
    return run


M = "城市更新工作推进会"
OPEN = f"6月3日，青山区召开{M}。"


# rel.participates-cue: 主持 chairs, 讲话/强调/指出 speaksAt, 出席/参加 attends.
def test_role_cues(parts):
    got = parts(OPEN + "区委书记严正平主持会议。区长龚立文讲话。副区长钟小川出席会议。")
    assert got == {("严正平", "chairs", M), ("龚立文", "speaksAt", M), ("钟小川", "attends", M)}


def test_no_cue_no_participation(parts):
    assert parts(OPEN + "区长龚立文近日到企业调研。") == set()


def test_no_meeting_no_participation(parts):
    assert parts("区委书记严正平主持召开常委会。区长龚立文讲话。") == set()


# rel.participates-second-cue: 主持会议并讲话, 出席并致辞.
def test_second_role(parts):
    got = parts(OPEN + "区委书记严正平主持会议并讲话。")
    assert got == {("严正平", "chairs", M), ("严正平", "speaksAt", M)}


def test_single_role_stays_single(parts):
    assert parts(OPEN + "区委书记严正平主持会议。") == {("严正平", "chairs", M)}


# A list shares one verb.
def test_list_shares_the_verb(parts):
    got = parts(OPEN + "区委书记严正平，区人大常委会主任龚立文，区政协主席钟小川出席会议。")
    assert got == {(n, "attends", M) for n in ("严正平", "龚立文", "钟小川")}


def test_sentence_break_ends_the_list(parts):
    # (到会 is itself an attendance cue since heldout_blind11: the first clause
    # has no cue of its own here.)
    got = parts(OPEN + "区委书记严正平在外地；区长龚立文出席会议。")
    assert got == {("龚立文", "attends", M)}


# Speakers named again without their title.
def test_later_mention_without_title(parts):
    got = parts(OPEN + "区委书记严正平出席会议。严正平指出，要抓好落实。")
    assert got == {("严正平", "attends", M), ("严正平", "speaksAt", M)}


def test_name_inside_a_longer_word_is_not_the_person(parts):
    got = parts(OPEN + "区委书记严正平出席会议。会议强调，严正平安示范区建设要加快。")
    assert got == {("严正平", "attends", M)}


# rel.participates-at-meeting: 仪式上，X … (no cue) -> attends.
def test_at_the_meeting_means_attends(parts):
    got = parts("5月8日，南岭县2024年第一季度项目集中签约仪式在县会议中心举行。"
                "签约仪式上，常务副县长焦志鹏代表县政府与企业签订协议。")
    assert got == {("焦志鹏", "attends", "南岭县2024年第一季度项目集中签约仪式")}


def test_no_at_the_meeting_phrase_no_attendance(parts):
    got = parts("5月8日，南岭县2024年第一季度项目集中签约仪式在县会议中心举行。"
                "次日，常务副县长焦志鹏代表县政府与企业签订协议。")
    assert got == set()


# The meeting an official is 在…上/所作 binds him, not the article's meeting.
def test_speech_at_another_meeting(parts):
    got = parts("7月12日，西湖区委理论学习中心组举行集体学习会。区委书记鲁长安主持会议。"
                "会上，观看了东岳大学农业经济研究院院长褚明远在2024乡村发展论坛所作的视频报告；"
                "区委常委、组织部长严秋实作交流发言。")
    held = "西湖区委理论学习中心组集体学习会"
    assert got == {("鲁长安", "chairs", held), ("褚明远", "speaksAt", "2024乡村发展论坛"),
                   ("严秋实", "speaksAt", held)}


def test_cited_meeting_is_not_the_speakers(parts):
    got = parts("7月26日，中共某市某区第四届委员会第十二次全体会议召开。"
                "区委书记周立新就区第七次党代会筹备工作作说明，他指出，要学习贯彻州委全会精神。")
    assert got == {("周立新", "speaksAt", "中共某市某区第四届委员会第十二次全体会议")}


def test_interview_is_not_a_speech_at_the_meeting(parts):
    got = parts(OPEN + "区长龚立文在接受记者采访时表示，将加快项目建设。")
    assert got == set()


def test_another_unnamed_occasion_is_not_the_meeting(parts):
    got = parts(OPEN + "会后，区长龚立文一行还参加了“投产一批”活动。")
    assert got == set()


def test_generic_object_is_the_current_meeting(parts):
    got = parts(OPEN + "会后，区长龚立文还参加了签约仪式。")
    assert got == {("龚立文", "attends", M)}


# 本报讯 starts a new report: the previous report's meeting is not carried over.
def test_new_report_resets_the_meeting(parts):
    got = parts(OPEN + "区长龚立文讲话。\n本报讯 近日，副区长钟小川强调，要做好防汛工作。")
    assert got == {("龚立文", "speaksAt", M)}


def test_heading_before_a_report_names_its_meeting(parts):
    got = parts(OPEN + "区长龚立文讲话。\n青山区举办招商政策培训会\n本报讯 近日，副区长钟小川强调，要用好政策。")
    assert got == {("龚立文", "speaksAt", M), ("钟小川", "speaksAt", "招商政策培训会")}


# The articles in tests/articles/: what the rules find in a whole report.
def _article(lex, name):
    return extract_document(read_document(ARTICLES / name), lex)


def _officials(ex):
    out = {}
    for m in ex.mentions:
        if m.type == "Official":
            out.setdefault(m.text, [])
            out[m.text] += [p.title for p in m.posts if p.title not in out[m.text]]
    return out


def test_article_plenum(lex):
    ex = _article(lex, "people_plenum.txt")
    full = "中国共产党青禾市云岭区第九届委员会第六次全体会议"
    assert _officials(ex) == {"韩立本": ["云岭区委书记"], "邵明哲": ["区委副书记", "区长"],
                              "冯嘉树": ["区领导"], "蒋怀远": ["区领导"], "沈曼青": ["区领导"]}
    assert {(m.name, m.date) for m in ex.mentions if m.type == "Meeting"} == {
        (full, ""), (full, "--11-03"), ("党的十六大", ""), ("县委全会", "")}
    assert _triples(ex) == {("韩立本", "speaksAt", full), ("邵明哲", "speaksAt", full),
                            ("冯嘉树", "attends", full), ("蒋怀远", "attends", full),
                            ("沈曼青", "attends", full)}


def test_article_signing(lex):
    ex = _article(lex, "people_signing.txt")
    full = "石泉县2024年第二季度重大项目集中签约仪式"
    assert {m.name for m in ex.mentions if m.type == "Meeting"} == {full}
    # The year comes from the name (2024年第二季度); the article has no dateline.
    assert {m.date for m in ex.mentions if m.type == "Meeting"} == {"", "2024-06-18"}
    assert _officials(ex)["郎德明"] == ["县委副书记", "县长"]
    assert _triples(ex) == {
        ("庞志远", "attends", full), ("庞志远", "speaksAt", full), ("尤立群", "attends", full),
        ("柏晓川", "attends", full), ("郎德明", "chairs", full), ("郎德明", "speaksAt", full),
        ("章一帆", "attends", full)}


def test_article_roundup(lex):
    ex = _article(lex, "people_roundup.txt")
    first, second = "乡村振兴工作推进会", "南川区委理论学习中心组专题学习会"
    assert {m.name for m in ex.mentions if m.type == "Meeting"} == {first, second, "2024乡村发展论坛"}
    assert "钱不多" not in _officials(ex)
    assert _officials(ex)["褚明远"] == ["东岳大学农业经济研究院院长"]
    assert _triples(ex) == {
        ("葛晓峰", "chairs", first), ("卫长庚", "attends", first), ("卫长庚", "speaksAt", first),
        ("鲁世安", "chairs", second), ("鲁世安", "speaksAt", second),
        ("褚明远", "speaksAt", "2024乡村发展论坛"), ("严秋实", "speaksAt", second)}


def test_giving_a_report_is_speaking(parts):
    got = parts("1月8日，东岭区第十八届人民代表大会第四次会议开幕。区长田方圆作政府工作报告。")
    assert got == {("田方圆", "speaksAt", "东岭区第十八届人民代表大会第四次会议")}


def test_hearing_a_report_is_not_speaking(parts):
    got = parts("1月8日，东岭区第十八届人民代表大会第四次会议开幕。区长田方圆听取报告。")
    assert got == set()


def test_cue_before_the_list(parts):
    got = parts(OPEN + "出席会议的还有区领导严正平、龚立文。")
    assert got == {("严正平", "attends", M), ("龚立文", "attends", M)}


def test_list_after_an_unrelated_phrase_has_no_role(parts):
    got = parts(OPEN + "受表彰的有区领导严正平、龚立文。")
    assert got == set()


def test_cited_meeting_is_not_the_current_one(parts):
    assert parts("区委书记严正平到企业调研。严正平强调，要深入贯彻党的十六大精神和州委全会部署。") == set()
    assert parts("深入学习贯彻党的十六大精神\n区委书记严正平强调，要抓好落实。") == set()


def test_after_the_meeting_moving_on_ends_it(parts):
    got = parts(OPEN + "区长龚立文出席会议。随后，龚立文前往项目现场，详细了解工程进展并强调，要确保安全。")
    assert got == {("龚立文", "attends", M)}


def test_after_the_meeting_without_moving_keeps_it(parts):
    got = parts(OPEN + "区长龚立文出席会议。随后，龚立文强调，要确保安全。")
    assert got == {("龚立文", "attends", M), ("龚立文", "speaksAt", M)}


def test_article_inspection_has_no_participation(lex):
    ex = _article(lex, "people_inspection.txt")
    assert _officials(ex) == {"柯文远": ["县委书记"], "聂宏图": ["县委常委", "常务副县长"],
                              "温如海": ["副县长"]}
    assert {m.name for m in ex.mentions if m.type == "Meeting"} == {"党的十六大"}
    assert _triples(ex) == set()


def test_heading_after_a_page_stamp_names_the_meeting(parts):
    got = parts("# 2025-01-03 星期五\n\n# 东岭区安全生产工作会议\n\n区长龚立文出席会议并讲话。")
    assert got == {("龚立文", "attends", "东岭区安全生产工作会议"), ("龚立文", "speaksAt", "东岭区安全生产工作会议")}
    # Further down, a heading-like line is a section title, not the article's meeting.
    far = ("# 2025-01-03 星期五\n\n# 东岭区召开会议\n\n# 一、抓好落实\n\n# 二、压实责任\n\n"
           "# 三、东岭区安全生产工作会议\n\n区长龚立文讲话。")
    assert parts(far) == set()


def test_reporting_to_the_meeting_is_speaking(parts):
    got = parts(OPEN + "会议由区委副书记龚立文主持，副区长钟小川通报了全区项目建设情况。")
    assert got == {("龚立文", "chairs", M), ("钟小川", "speaksAt", M)}


def test_this_occasion_is_the_current_meeting(parts):
    got = parts(OPEN + "区长龚立文参加了此次“云推介”活动。")
    assert got == {("龚立文", "attends", M)}


def test_liexi_and_rostrum_seat_are_attending(parts):
    text = (f"{OPEN}区委书记钟岳主持会议。副区长葛明列席会议。"
            "区人大常委会主任梁远等在主席台就座。")
    got = parts(text)
    assert ("葛明", "attends", M) in got and ("梁远", "attends", M) in got
    # someone named without a cue word takes no part
    assert not any(s == "葛明" for s, _, _ in parts(f"{OPEN}区委书记钟岳主持会议。副区长葛明分管此项工作。"))


def test_announcing_the_start_is_attending_and_sharing_views_is_speaking(parts):
    text = ("9月2日，青禾市重大项目集中开工仪式举行。市委书记钟岳宣布项目开工，市长梁远致辞。"
            "会上，副市长葛明交流了工作体会。")
    got = parts(text)
    meeting = "青禾市重大项目集中开工仪式"
    assert ("钟岳", "attends", meeting) in got and ("钟岳", "speaksAt", meeting) not in got
    assert ("葛明", "speaksAt", meeting) in got and ("葛明", "attends", meeting) not in got


def test_making_the_arrangements_is_speaking(lex):
    from kg.extract import extract_document
    from kg.read import document_from_text
    text = ("12月25日，桐原盟委经济工作会议召开。盟委书记巴图作讲话，盟委副书记、盟长岳庆对明年经济工作作具体安排，"
            "盟委副书记孟川主持会议。")
    x = extract_document(document_from_text("t.txt", text), lex)
    roles = {(r.subject, r.role) for r in x.relations if r.predicate == "participatesIn"}
    assert ("岳庆", "speaksAt") in roles and ("岳庆", "chairs") not in roles
