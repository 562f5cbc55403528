"""Rules added after the heldout_blind10 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.clean import clean_text
from kg.extract import meetings
from kg.extract.meetings import same_meeting
from rule_helpers import doc, posts


# cleaning ------------------------------------------------------------------------

@pytest.mark.parametrize("stamp", [
    "发布日期：2023年05月07日  来源：某某县商务局  浏览次数：874",
    "青禾县融媒体中心  2023-05-07",
    "发布时间：2023-05-07 10:21",
])
def test_a_page_stamp_stays_on_its_own_line(stamp):
    text = clean_text(f"青禾县举办茶产业推介会\n\n{stamp}\n\n5月6日，青禾县茶产业推介会在县城举行。")
    assert "\n5月6日，青禾县茶产业推介会在县城举行。" in text


# officials -----------------------------------------------------------------------

def test_a_first_post_then_a_comma_then_a_chain(lex):
    got = posts("4月2日，市委常委，青禾高新区党工委书记、管委会主任柯明远到企业调研。", lex)
    assert got == {"柯明远": ["市委常委", "青禾高新区党工委书记", "管委会主任"]}


def test_banner_leaders_with_two_character_names(lex):
    got = posts("旗领导宝力、朝鲁，旗直有关部门负责人参加仪式。", lex)
    assert got == {"宝力": ["旗领导"], "朝鲁": ["旗领导"]}


def test_appointments_and_removals_give_posts(lex):
    got = posts("会议决定：任命严书航为澄溪县商务局局长，任命何晓岚为澄溪县审计局局长；"
                "免去石立德的澄溪县商务局局长职务。", lex)
    assert got == {"严书航": ["澄溪县商务局局长"], "何晓岚": ["澄溪县审计局局长"],
                   "石立德": ["澄溪县商务局局长"]}


# meetings ------------------------------------------------------------------------

def test_a_one_character_stop_inside_a_word_keeps_the_name(lex):
    got = [m.text for m in meetings.extract(doc("3月2日，澄溪县50万千瓦光伏项目并网仪式在升压站举行。"), lex)]
    assert got == ["澄溪县50万千瓦光伏项目并网仪式"]


def test_analysis_meeting_is_a_meeting(lex):
    got = [m.text for m in meetings.extract(doc("4月9日，青禾县召开2023年一季度经济运行分析会。"), lex)]
    assert got == ["2023年一季度经济运行分析会"]


def test_a_session_number_alone_is_the_session():
    long_ = "青禾县第九届人民代表大会常务委员会第十四次会议"
    assert same_meeting("第十四次会议", long_)
    assert not same_meeting("第十三次会议", long_)
    assert not same_meeting("第十四次会议", "青禾县2023年第十四次会议")
