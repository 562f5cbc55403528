"""Rules added after the heldout_blind12 measurement, one stage after another
(invented names, places and numbers; none from any article of the sets)."""
import pytest

from kg.extract import companies, goals, industries, meetings, officials, projects
from kg.extract.meetings import same_meeting
from rule_helpers import doc, names, pairs, posts


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
