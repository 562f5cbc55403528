from kg.model import Mention
from kg.resolve import link, resolve
from kg.model import RelationMention


def m(type_, text, doc="a.txt", sent=0, **kw):
    return Mention(type_, text, doc, sent, 0, len(text), "test", **kw)


def test_bracket_short_name_merges_with_full_name():
    es = resolve([m("Company", "某某投资有限公司", aliases=("某某投资",)), m("Company", "某某投资", sent=3)])
    assert len(es) == 1 and es[0].label == "某某投资有限公司" and es[0].aliases == ("某某投资",)


def test_same_official_across_documents_is_one_entity():
    es = resolve([m("Official", "张明华", "a.txt"), m("Official", "张明华", "b.txt")])
    assert len(es) == 1 and {x.doc_id for x in es[0].mentions} == {"a.txt", "b.txt"}


def test_company_without_place_prefix_merges_in_document():
    es = resolve([m("Company", "上海某某软科技有限公司"), m("Company", "某某软科技有限公司", sent=2)])
    assert len(es) == 1


def test_generic_meeting_name_stays_in_its_document():
    es = resolve([m("Meeting", "战略合作签约仪式", "a.txt"), m("Meeting", "战略合作签约仪式", "b.txt")])
    assert len(es) == 2


def test_specific_meeting_name_merges_across_documents():
    es = resolve([m("Meeting", "市委九届六次全会", "a.txt"), m("Meeting", "市委九届六次全会", "b.txt")])
    assert len(es) == 1


def test_resolution_does_not_depend_on_input_order():
    ms = [m("Company", "某某投资有限公司", aliases=("某某投资",)), m("Company", "某某投资", sent=3),
          m("Official", "张明华"), m("Project", "东湖产业园项目"), m("Project", "东湖产业园", sent=2)]
    assert resolve(ms) == resolve(list(reversed(ms)))


def test_link_drops_relations_whose_ends_are_unknown():
    es = resolve([m("Official", "张明华"), m("Meeting", "基层治理推进会")])
    rels = [RelationMention("participatesIn", "张明华", "Official", "基层治理推进会", "Meeting", "a.txt", 0, "r", "chairs"),
            RelationMention("participatesIn", "无名氏", "Official", "基层治理推进会", "Meeting", "a.txt", 0, "r", "chairs")]
    out = link(es, rels)
    assert len(out) == 1 and out[0].role == "chairs"


def test_bare_meeting_alias_does_not_merge_two_articles():
    from kg.model import Mention
    from kg.resolve import resolve
    a = Mention("Meeting", "中共甲县第九届委员会第三次全体会议", "a.txt", 0, 0, 10, "r", aliases=("全会",))
    b = Mention("Meeting", "中共乙县第五届委员会第二次全体会议", "b.txt", 0, 0, 10, "r", aliases=("全会",))
    assert len(resolve([a, b])) == 2
    c = Mention("Meeting", "中共甲县第九届委员会第三次全体会议", "c.txt", 0, 0, 10, "r")
    assert len(resolve([a, c])) == 1


def test_group_name_without_its_legal_form_is_the_same_company():
    from kg.model import Mention
    from kg.resolve import resolve
    a = Mention("Company", "岚湖锂能集团", "d", 0, 0, 6, "company.suffix")
    b = Mention("Company", "岚湖锂能集团有限公司", "d", 2, 40, 50, "company.suffix")
    c = Mention("Company", "岚湖锂能集团有限公司", "e", 0, 0, 10, "company.suffix")
    d = Mention("Company", "岚湖科技有限公司", "d", 3, 60, 68, "company.suffix")
    es = resolve([a, b, c, d])
    assert sorted((e.label, e.aliases) for e in es) == [
        ("岚湖科技有限公司", ()), ("岚湖锂能集团有限公司", ("岚湖锂能集团",))]


def test_a_bare_post_is_placed_by_the_article_so_namesakes_stay_apart():
    # Two people called 韦立新: a district's 区长 and a county's 县委书记.  Only
    # one article names the district in the post; the others say 区长 / 县委书记
    # in articles about a 区 and a 县.
    from kg.pipeline import build_from_texts
    r = build_from_texts({
        "a.txt": "2021年3月1日，栖云区召开项目推进会。栖云区副区长韦立新主持会议。",
        "b.txt": "2023年5月2日，栖云区召开招商大会。区委副书记、区长韦立新出席会议。",
        "c.txt": "2023年6月2日，岭西县召开乡村振兴推进会。县委书记韦立新主持会议。",
    })
    people = {e.key: sorted(m.doc_id for m in e.mentions) for e in r.entities if e.type == "Official"}
    assert people == {"Official|韦立新|栖云区": ["a.txt", "b.txt"], "Official|韦立新|岭西县": ["c.txt"]}
    # One person only: no article place is asked for, the name stays one node.
    r = build_from_texts({k: v for k, v in {
        "a.txt": "2021年3月1日，栖云区召开项目推进会。栖云区副区长韦立新主持会议。",
        "b.txt": "2023年5月2日，栖云区召开招商大会。区委副书记、区长韦立新出席会议。"}.items()})
    assert [e.key for e in r.entities if e.type == "Official"] == ["Official|韦立新"]
