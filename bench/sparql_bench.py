"""rdflib against the pyoxigraph path: load, serialise, and every saved query.

    python bench/sparql_bench.py [--triples 1000000] [--rdflib-timeout 30]

The graph is synthetic but has the shape kg builds (kg.rdf.graph.build_graph
is called on generated documents, entities and relations): officials with
memberships, companies, projects filed under industries under sectors,
meetings with dates, goals with quantities, mentions in sentences of articles.
Names are made up from generic syllables.  Same --seed, same graph.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.model import Document, Entity, Mention, Post, Quantity, Relation, Sentence  # noqa: E402

SYLLABLES = "华明新安泰德丰盛源瑞恒嘉宏兴达通远康宁祥和鑫隆昌信诚益"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
PLACES = ["东城区", "西湖县", "南山区", "北岭县", "中溪区", "青溪县", "金水区", "白沙县"]
POSTS = [("区委书记", "书记", "区委"), ("区长", "区长", ""), ("区委副书记", "副书记", "区委"),
         ("常务副区长", "常务副区长", ""), ("副区长", "副区长", ""), ("区委常委", "常委", "区委"),
         ("宣传部长", "宣传部长", ""), ("发改委主任", "主任", "发改委")]
SECTORS = {"高成长服务业": ["现代商贸", "健康服务", "特色商业", "文化旅游"],
           "低碳科技型工业": ["精密制造", "科技服务", "智能制造", "新材料"],
           "数字产业": ["人工智能", "大数据", "5G应用", "软件信息"]}
COMPANY_SUFFIX = ["科技有限公司", "集团有限公司", "医药股份有限公司", "实业有限公司"]
PROJECT_HEAD = ["产业园", "科创中心", "城市更新项目", "总部基地", "孵化器"]
MEETING_HEAD = ["工作推进会", "专题会议", "全体会议", "签约仪式", "调度会"]
UNITS = ["亿元", "%", "个"]


def _word(rng, n):
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def synthetic(n_triples: int, seed: int = 7):
    """(documents, entities, relations) whose graph has about `n_triples` triples."""
    rng = random.Random(seed)
    scale = max(1, n_triples // 21)          # ~21 triples per entity incl. its share of sentences
    n_docs = max(5, scale // 60)
    docs, per_doc = [], 30
    for d in range(n_docs):
        sents = tuple(Sentence(f"doc{d:06d}.txt", i, i * 60, i * 60 + 58,
                               f"{rng.choice(PLACES)}召开{_word(rng, 3)}会议，研究部署{_word(rng, 6)}工作。")
                      for i in range(per_doc))
        docs.append(Document(f"doc{d:06d}.txt", "", sents, title=f"{_word(rng, 4)}新闻",
                             sha256=f"{d:064x}"))

    def mentions(etype, name, k):
        out = []
        for _ in range(k):
            d = rng.randrange(n_docs)
            s = rng.randrange(per_doc)
            out.append(Mention(etype, name, docs[d].doc_id, s, s * 60, s * 60 + len(name),
                               f"{etype.lower()}.synthetic"))
        return tuple(out)

    entities, relations = [], []
    industries = []
    for sector, inds in SECTORS.items():
        entities.append(Entity(f"Industry|{sector}", "Industry", sector,
                               mentions=mentions("Industry", sector, 3)))
        for ind in inds:
            key = f"Industry|{ind}"
            industries.append(key)
            entities.append(Entity(key, "Industry", ind, mentions=mentions("Industry", ind, 3)))
            relations.append(Relation("partOfSector", key, f"Industry|{sector}"))
    n = scale
    officials = [f"Official|{rng.choice(SURNAMES)}{_word(rng, 2)}{i}" for i in range(n // 10)]
    companies = [f"Company|{_word(rng, 4)}{COMPANY_SUFFIX[i % 4]}{i}" for i in range(n // 4)]
    projects = [f"Project|{_word(rng, 4)}{PROJECT_HEAD[i % 5]}{i}" for i in range(n // 4)]
    meetings = [f"Meeting|{rng.choice(PLACES)}{_word(rng, 3)}{MEETING_HEAD[i % 5]}{i}"
                for i in range(n // 8)]
    goals = [f"Goal|力争{_word(rng, 3)}投资{i % 900 + 10}亿元{i}" for i in range(n // 8)]
    for key in officials:
        name = key.split("|")[1]
        posts = tuple(Post(*POSTS[rng.randrange(len(POSTS))]) for _ in range(rng.randint(1, 2)))
        entities.append(Entity(key, "Official", name, mentions=mentions("Official", name, 2),
                               posts=tuple(dict.fromkeys(posts))))
    for key in companies:
        name = key.split("|")[1]
        entities.append(Entity(key, "Company", name, aliases=(name[:4],),
                               mentions=mentions("Company", name, 2)))
    for key in projects:
        name = key.split("|")[1]
        entities.append(Entity(key, "Project", name, mentions=mentions("Project", name, 2)))
        relations.append(Relation("inIndustry", key, rng.choice(industries)))
        relations.append(Relation("involves", key, rng.choice(companies)))
    for i, key in enumerate(meetings):
        name = key.split("|")[1]
        day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        entities.append(Entity(key, "Meeting", name, mentions=mentions("Meeting", name, 2),
                               dates=(day if i % 2 else "--" + day[5:],)))
    for i, key in enumerate(goals):
        name = key.split("|")[1]
        v = str(i % 900 + 10)
        entities.append(Entity(key, "Goal", name, mentions=mentions("Goal", name, 2),
                               quantities=(Quantity(v, "亿元", v + "亿元", "不低于"),)))
        relations.append(Relation("setBy", key, rng.choice(meetings)))
    for key in officials:
        for _ in range(2):
            relations.append(Relation("participatesIn", key, rng.choice(meetings),
                                      role=rng.choice(["chairs", "speaksAt", "attends"])))
        relations.append(Relation("visits", key, rng.choice(companies)))
    for key in companies[: len(companies) // 5]:
        relations.append(Relation("signsWith", key, "Place|" + rng.choice(PLACES)))
    relations = list(dict.fromkeys(relations))
    return docs, entities, relations, officials


def _timed(fn, budget=None):
    """(seconds, result), or (None, None) when it ran past `budget` seconds."""
    def _alarm(signum, frame):
        raise TimeoutError
    if budget:
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, budget)
    t = time.perf_counter()
    try:
        out = fn()
        return time.perf_counter() - t, out
    except Exception as exc:                  # kg.query wraps rdflib's errors
        if isinstance(exc, TimeoutError) or isinstance(exc.__cause__, TimeoutError):
            return None, None
        raise
    finally:
        if budget:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def _fmt(t, budget=None):
    if t is None and not budget:
        return "-"
    return f">{budget:.0f} s" if t is None else (f"{t * 1000:.0f} ms" if t < 1 else f"{t:.1f} s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rdflib-timeout", type=float, default=30,
                    help="give up on an rdflib query after this many seconds")
    args = ap.parse_args(argv)

    import rdflib
    from kg.output import turtle_bytes
    from kg.query import run, saved_queries, to_store
    from kg.rdf.graph import build_graph

    t, (docs, ents, rels, officials) = _timed(lambda: synthetic(args.triples, args.seed))
    t2, graph = _timed(lambda: build_graph(docs, ents, rels))
    print(f"graph: {len(graph):,} triples, {len(ents):,} entities, {len(rels):,} relations "
          f"(generated in {_fmt(t)}, built in {_fmt(t2)})")
    print(f"{'step':40} {'rdflib':>10} {'pyoxigraph':>12}")

    def row(label, a, b, budget=None):
        speed = f"  x{a / b:.0f}" if a and b else ""
        print(f"{label:40} {_fmt(a, budget):>10} {_fmt(b):>12}{speed}", flush=True)

    ta, old_ttl = _timed(lambda: graph.serialize(format="turtle", encoding="utf-8"))
    tb, new_ttl = _timed(lambda: turtle_bytes(graph))
    row("serialise Turtle (turtle_bytes)", ta, tb)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kg.ttl"
        path.write_bytes(new_ttl)
        ta, _ = _timed(lambda: rdflib.Graph().parse(str(path), format="turtle"))
        tb, store = _timed(lambda: to_store(path))
        row("load Turtle file", ta, tb)
    del old_ttl
    tb, _ = _timed(lambda: to_store(graph))
    row("rdflib Graph -> pyoxigraph Store", None, tb, 0)
    assert len(store) == len(graph)

    name = officials[len(officials) // 2].split("|")[1]
    params = {"officials_by_post": {"post": "区长"}, "meetings_of_official": {"name": name},
              "meetings_between": {"from": "2023-05-01", "to": "2023-05-31"},
              "companies_signed_with": {"partner": PLACES[0]},
              "projects_by_industry": {"sector": "数字产业"}, "sector_tree": {"sector": "数字产业"},
              "goals_by_meeting": {"meeting": "签约仪式1"}, "numeric_targets": {"unit": "亿元"},
              "entity_links": {"name": name}, "fact_sources": {"name": name},
              "relation_evidence": {"subject": name}, "company_visits": {"name": name},
              "entity_search": {"text": "孵化器1", "type": "Project"}}
    for q in saved_queries():
        p = params.get(q.name, {})
        tb, fast = _timed(lambda: run(store, q.name, **p))
        ta, slow = _timed(lambda: run(graph, q.name, engine="rdflib", **p), args.rdflib_timeout)
        label = f"query {q.name} ({len(fast):,} rows)"
        if slow is not None and sorted(map(repr, slow)) != sorted(map(repr, fast)):
            label += " DIFFERENT ROWS"
        row(label, ta, tb, args.rdflib_timeout)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
