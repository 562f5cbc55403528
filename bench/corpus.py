"""Make a synthetic corpus in the genre, of a given size, for benchmarks.

Sentences follow the real patterns of district news (officials with posts,
meetings with dates, signings, visits, project lists, targets) with names,
places and numbers drawn at random, so the graph grows like a real one instead
of repeating the seeds.  Deterministic for a given seed.

    python bench/corpus.py OUT_DIR --mb 10
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国明华伟强军平刚杰涛斌超磊勇峰亮辉鹏宇浩凯敏静丽娟霞艳红芳玲婷雪梅兰英秀云莉晨阳光荣新春海波林森志德文武正清"
PLACE_CHARS = "东西南北中金银青绿安宁平和兴盛丰泰华阳山水川河湖江海云龙凤鹤松柏桃李杏枫"
BRANDS = "天宇恒通嘉禾瑞丰信达卓越星辰博远汇智鼎盛华创锦程宏图正元启航晨光海纳蓝海明德睿思"
INDUSTRIES = ["现代商贸", "电子信息", "生物医药", "新能源", "新材料", "装备制造", "智能制造", "数字经济",
              "现代物流", "健康养老", "文化旅游", "食品加工", "纺织服装", "精细化工", "人工智能", "大数据"]
SECTORS = ["现代服务业", "先进制造业", "战略性新兴产业"]
PROJECT_HEADS = ["产业园", "科技园", "智慧港", "孵化器", "物流园", "创新谷", "总部港", "商业中心"]
COMPANY_SUFFIXES = ["科技有限公司", "集团", "股份有限公司", "实业有限公司", "投资有限公司"]
MEETING_HEADS = ["推进会", "工作会议", "座谈会", "培训会", "签约仪式", "观摩会"]
LEVELS = ["区", "县"]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def pick(self, s):
        return self.r.choice(s)

    def chars(self, pool, n):
        return "".join(self.r.choice(pool) for _ in range(n))

    def person(self):
        return self.pick(SURNAMES) + self.chars(GIVEN, self.r.choice((1, 2, 2)))

    def place(self):
        return self.chars(PLACE_CHARS, 2) + self.pick(LEVELS)

    def company(self):
        return self.chars(PLACE_CHARS, 2) + self.chars(BRANDS, 2) + self.pick(COMPANY_SUFFIXES)

    def project(self):
        return self.chars(PLACE_CHARS, 2) + self.chars(BRANDS, 2) + self.pick(INDUSTRIES)[:2] + self.pick(PROJECT_HEADS)

    def date(self):
        return f"{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"

    def article(self) -> str:
        place = self.place()
        lvl = place[-1]
        sec, head, dep = self.person(), self.person(), self.person()
        meeting = f"{self.pick(INDUSTRIES)}产业发展{self.pick(MEETING_HEADS)}"
        comps = [self.company() for _ in range(self.r.randint(2, 4))]
        projs = [self.project() for _ in range(self.r.randint(2, 4))]
        inds = self.r.sample(INDUSTRIES, 3)
        year = self.r.randint(2018, 2025)
        paras = [
            f"{self.date()}上午，{place}召开{meeting}。{lvl}委书记{sec}主持会议并讲话，"
            f"{lvl}委副书记、{lvl}长{head}出席会议。",
            f"{sec}指出，要坚持项目为王，统筹{inds[0]}、{inds[1]}和{inds[2]}等{self.pick(SECTORS)}"
            f"发展，全力打造“{self.chars(PLACE_CHARS, 2)}”“{self.chars(PLACE_CHARS, 2)}”两大工程。",
            f"会上，{place}与{comps[0]}举行战略合作签约仪式，双方将在{inds[0]}等领域开展合作，"
            f"预计未来{self.r.randint(3, 5)}年合作规模不低于{self.r.randint(10, 500)}亿元。",
            f"{lvl}委常委、常务副{lvl}长{dep}带领招商小分队走访考察了{comps[1]}，"
            f"并就{projs[0]}项目进行了座谈。",
            f"今年，{place}将加快推进{'、'.join(projs)}等重大项目建设，力争{year}年固定资产投资增长"
            f"{self.r.randint(5, 20)}%，全年新签约{self.r.randint(5, 30)}个亿元以上项目。",
            f"截至{self.r.randint(1, 12)}月底，全{lvl}{self.r.randint(50, 400)}个重大项目完成投资"
            f"{self.r.randint(10, 900)}.{self.r.randint(0, 9)}亿元，同比增长{self.r.randint(1, 15)}%。",
            f"记者 {self.person()} 通讯员 {self.person()}",
        ]
        return "\n".join(paras) + "\n"


def make_corpus(out_dir, megabytes: float, seed: int = 1, per_file_kb: int = 8) -> list[Path]:
    """Write articles (about `per_file_kb` KB each) until `megabytes` MB of UTF-8."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(seed)
    target = int(megabytes * 1024 * 1024)
    written, files, n = 0, [], 0
    while written < target:
        parts, size = [], 0
        while size < per_file_kb * 1024:
            a = g.article()
            parts.append(a)
            size += len(a.encode("utf-8"))
        data = "\n".join(parts).encode("utf-8")
        f = out / f"article_{n:06d}.txt"
        f.write_bytes(data)
        files.append(f)
        written += len(data)
        n += 1
    return files


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    fs = make_corpus(a.out, a.mb, a.seed)
    print(f"{len(fs)} files in {a.out}")
