from kg.extract import officials


def posts(ms):
    return {m.text: [p.title for p in m.posts] for m in ms}


def test_title_then_name(extract_text):
    ms = extract_text(officials, "3月10日，城关县委书记刘建国调研重点项目建设工作。")
    assert posts(ms) == {"刘建国": ["城关县委书记"]}


def test_combined_titles_are_two_posts(extract_text):
    ms = extract_text(officials, "区委副书记、区长马立新总结上半年政府工作。")
    assert posts(ms) == {"马立新": ["区委副书记", "区长"]}


def test_two_character_name_ends_before_follower_word(extract_text):
    ms = extract_text(officials, "代区长何平作《政府工作报告》。")
    assert posts(ms) == {"何平": ["代区长"]}


def test_collective_post_covers_the_list(extract_text):
    ms = extract_text(officials, "县领导赵一鸣、钱多多、孙小明出席仪式。")
    assert posts(ms) == {"赵一鸣": ["县领导"], "钱多多": ["县领导"], "孙小明": ["县领导"]}


def test_title_starts_after_a_verb(extract_text):
    ms = extract_text(officials, "会上，与会人员观看了东方大学经济研究院院长周明远的视频报告。")
    assert posts(ms) == {"周明远": ["东方大学经济研究院院长"]}


def test_reporter_is_not_an_official(extract_text):
    assert extract_text(officials, "记者 王小明 通讯员 李大力/文") == []


def test_company_executive_is_not_an_official(extract_text):
    ms = extract_text(officials, "集团党委书记、董事长吴天成出席签约仪式。某某集团党委书记吴天成讲话。")
    assert ms == []


def test_no_surname_no_official(extract_text):
    assert extract_text(officials, "全会由区委常委会主持。") == []


def test_posts_of_every_level(extract_text):
    text = ("镇党委书记孔令山，县人大常委会副主任段思远，县政协副主席邢一鸣，"
            "开发区党工委书记贺天佑，县发改局局长柴文博出席。")
    assert posts(extract_text(officials, text)) == {
        "孔令山": ["镇党委书记"], "段思远": ["县人大常委会副主任"], "邢一鸣": ["县政协副主席"],
        "贺天佑": ["开发区党工委书记"], "柴文博": ["县发改局局长"]}


def test_collective_post_stops_at_a_non_name(extract_text):
    ms = extract_text(officials, "区领导秦明远、各街道负责人参加。")
    assert posts(ms) == {"秦明远": ["区领导"]}


def test_a_name_may_end_in_he_before_a_verb(extract_text):
    # 和 before 主持 or a comma joins nothing: it is the name's last character.
    ms = extract_text(officials, "县长乌云达和主持会议。副县长毕力格和、县委秘书长齐木德出席。")
    assert posts(ms) == {"乌云达和": ["县长"], "毕力格和": ["副县长"], "齐木德": ["县委秘书长"]}


def test_he_between_two_officials_still_joins_them(extract_text):
    ms = extract_text(officials, "县委书记柯明和县长杜远出席会议。")
    assert posts(ms) == {"柯明": ["县委书记"], "杜远": ["县长"]}
    ms = extract_text(officials, "县委书记柯明和同志们座谈。")
    assert posts(ms) == {"柯明": ["县委书记"]}


def test_collective_list_stops_at_a_title_it_does_not_know(extract_text):
    # 旗长 is not in the dictionary, so 旗长某某 could pass for a name.
    ms = extract_text(officials, "旗委书记格日乐和、旗长乌兰其其格出席会议。")
    assert posts(ms)["乌兰其其格"] == ["旗长"]
    assert "旗长乌兰其其格" not in posts(ms)


# official.name-title: the title after the name.
def test_name_before_general_secretary(extract_text):
    ms = extract_text(officials, "深入学习贯彻郑卫东总书记在某大会上的讲话精神。")
    assert posts(ms) == {"郑卫东": ["总书记"]}
    assert ms[0].rule == "official.name-title"


def test_name_before_comrade_has_no_post(extract_text):
    ms = extract_text(officials, "以韦建平同志为核心的领导集体。")
    assert posts(ms) == {"韦建平": []}


def test_comrade_without_a_name_is_nobody(extract_text):
    assert extract_text(officials, "各位同志，广大党员同志要发挥作用。") == []
    assert extract_text(officials, "，广大同志要团结。全体同志、年轻同志和有关同志参加。") == []


def test_correspondent_in_a_byline_is_not_an_official(extract_text):
    assert extract_text(officials, "（通讯员 邹晓梅 尹大成）11月2日，某县召开推进会。") == []


def test_title_starts_after_a_byline(extract_text):
    ms = extract_text(officials, "记者 朱小燕 报道 区长周明涛出席。")
    assert posts(ms) == {"周明涛": ["区长"]}


def test_executive_with_a_government_post_is_an_official(extract_text):
    ms = extract_text(officials, "某某集团董事长、县人大常委会副主任韦一鸣出席。")
    assert posts(ms) == {"韦一鸣": ["县人大常委会副主任"]}


def test_executive_with_only_a_consultative_seat_is_no_official(extract_text):
    # (since heldout_blind11: a seat on the 政协 is a membership, not a party or
    # government post, so an entrepreneur named with it alone is no official)
    ms = extract_text(officials, "某某集团董事长、县政协委员韦一鸣出席。")
    assert posts(ms) == {}


def test_rostrum_is_no_chairman(extract_text):
    # 主席|台 is the rostrum: 台前排 is no person.
    ms = extract_text(officials, "县政协主席钟立言等在主席台前排就座。")
    assert posts(ms) == {"钟立言": ["县政协主席"]}


def test_name_before_liexi_or_tuijie(extract_text):
    ms = extract_text(officials, "副区长葛明列席会议，副县长岩叶推介投资环境。")
    assert posts(ms) == {"葛明": ["副区长"], "岩叶": ["副县长"]}
    assert posts(extract_text(officials, "副区长列席会议。")) == {}


def test_post_covers_a_list_of_names(extract_text):
    ms = extract_text(officials, "副县长郑一鸣、钱多多、孙小明出席会议。")
    assert posts(ms) == {"郑一鸣": ["副县长"], "钱多多": ["副县长"], "孙小明": ["副县长"]}
    # a title after the comma starts another official
    ms = extract_text(officials, "县委书记郑一鸣、县长钱多多出席会议。")
    assert posts(ms) == {"郑一鸣": ["县委书记"], "钱多多": ["县长"]}


def test_name_without_a_han_surname(extract_text):
    ms = extract_text(officials, "旗委常委、高新区党工委书记次仁多吉主持会议。管委会主任其木格领学。")
    got = posts(ms)
    assert got == {"次仁多吉": ["旗委常委", "高新区党工委书记"], "其木格": ["管委会主任"]}
    # words after a title are no name
    assert posts(extract_text(officials, "会议由县长办公会议决定。副县长助理参加。")) == {}


def test_league_head_title(extract_text):
    ms = extract_text(officials, "盟委副书记、盟长巴特尔对明年工作作具体安排。")
    assert posts(ms) == {"巴特尔": ["盟委副书记", "盟长"]}


def test_a_chain_of_titles_covers_each_name_of_the_list(extract_text):
    ms = extract_text(officials, "街道党工委委员、办事处副主任岳宁、邵文达参加会议。")
    assert posts(ms) == {"岳宁": ["街道党工委委员", "办事处副主任"],
                         "邵文达": ["街道党工委委员", "办事处副主任"]}


def test_name_before_comrade_after_titles(extract_text):
    ms = extract_text(officials, "区委常委、副区长扎布平央同志出席会议。")
    assert posts(ms) == {"扎布平央": ["区委常委", "副区长"]}


def test_deputy_group_leader_is_a_post(extract_text):
    ms = extract_text(officials, "省竹产业发展领导小组副组长邝立言出席。")
    assert posts(ms) == {"邝立言": ["省竹产业发展领导小组副组长"]}
