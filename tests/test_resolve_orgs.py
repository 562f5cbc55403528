"""Company and project merging (invented names)."""
from kg.model import Mention
from kg.resolve import resolve


def m(type_, text, doc="d", aliases=()):
    return Mention(type_, text, doc, 0, 0, len(text), "test", aliases=aliases)


def groups(mentions):
    return sorted(sorted(e.forms) for e in resolve(mentions))


def test_short_name_in_brackets_merges():
    assert groups([m("Company", "岚江投资有限公司", aliases=("岚江投资",)), m("Company", "岚江投资")]) == [
        ["岚江投资", "岚江投资有限公司"]]


def test_short_form_without_place_trade_word_and_suffix_merges():
    assert len(resolve([m("Company", "江淮岚光新能源科技有限公司"), m("Company", "岚光新能源")])) == 1


def test_short_form_in_another_article_stays_apart():
    assert len(resolve([m("Company", "江淮岚光新能源科技有限公司", "a"),
                        m("Company", "岚光新能源", "b")])) == 2


def test_abbreviated_group_name_merges_but_not_another_place():
    assert len(resolve([m("Company", "南江水利投资集团"), m("Company", "南江水投集团")])) == 1
    assert len(resolve([m("Company", "北江水利投资集团"), m("Company", "南江水投集团")])) == 2


def test_zone_name_forms_merge():
    assert len(resolve([m("Project", "岚鹿县经济开发区"), m("Project", "岚鹿开发区")])) == 1
    assert len(resolve([m("Project", "岚鹿县经济开发区"), m("Project", "青鹿开发区")])) == 2


def test_project_with_and_without_xiangmu_merges():
    assert len(resolve([m("Project", "岚宁国际家居工业园项目"), m("Project", "岚宁国际家居工业园")])) == 1


def test_project_short_form_merges_within_an_article():
    assert len(resolve([m("Project", "青禾汽车线束生产项目"), m("Project", "青禾线束生产项目")])) == 1
    assert len(resolve([m("Project", "青禾汽车电池生产项目"), m("Project", "青禾线束生产项目")])) == 2
