"""Rules added after the heldout_blind11 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
from kg.clean import clean_text
from kg.extract import meetings
from kg.read import document_from_text
from rule_helpers import doc


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
