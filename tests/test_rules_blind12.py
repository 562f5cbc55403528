"""Rules added after the heldout_blind12 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.extract import companies, goals, industries, meetings, officials, projects
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
